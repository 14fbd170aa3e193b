#!/usr/bin/env python3
"""Rows a branch adds or drops against a base build over a draw of the corpus (branch summit53,
stop 45).

  diff.py BASE_RASD RASD HALF [--seed S] [--filter REGEX]

The corpus outside bench/recall/drawn.txt is shuffled by random.Random(S) (S = 53045 unless
given) and cut in two halves: HALF "dev" (the first, read while writing the rules) or "fresh"
(the second, read only once the code was final). Only articles whose text (diacritics
stripped) matches the filter are analysed (rows can change only there). Prints each event row
added (+) or removed (-), keyed by article, type, actors, status, date, place and sentence,
with the sentence. The draw and runs are bench/recall/fresh.py's (mend54, stop 46). Python
stdlib only."""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import fresh as F  # noqa: E402

STRIP = re.compile("[\u064b-\u0652\u0640]")
FILTER = r"(?:لقائ|اجتماع|قمة|القمة)"


def arg(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def key(e):
    return (e["type"], ";".join(x["name"] for x in e["actors"]), e.get("status", ""),
            str(e.get("date")), (e.get("place") or {}).get("name", "-"), tuple(e["sentence"]))


def main():
    base, new, half = sys.argv[1], sys.argv[2], sys.argv[3]
    seed, rx = int(arg("--seed", "53045")), re.compile(arg("--filter", FILTER))
    docs = F.pool()
    docs = F.shuffled(docs, seed, *((0, len(docs) // 2) if half == "dev" else (len(docs) // 2,)))
    docs = [d for d in docs if rx.search(STRIP.sub("", d["text"]))]
    a, b = F.analyze(base, docs), F.analyze(new, docs)
    text = {d["id"]: d["text"].encode() for d in docs}
    n = 0
    print("articles analysed:", len(docs))
    for i in sorted(a):
        ra, rb = F.rows_by(a[i], key=key), F.rows_by(b.get(i, {}), key=key)
        for sign, keys in (("-", ra.keys() - rb.keys()), ("+", rb.keys() - ra.keys())):
            for k in sorted(keys):
                n += 1
                s = text[i][k[5][0]:k[5][1]].decode(errors="replace").replace("\n", " ")
                print(sign, i, *k[:5], sep="\t")
                print("\t" + s[:400])
    print("rows changed:", n)


if __name__ == "__main__":
    main()
