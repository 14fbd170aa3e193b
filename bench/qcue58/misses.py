#!/usr/bin/env python3
"""misses.py — branch qcue58's step 1 (docs/EVENTS.md "Reporting words mined from the
corpus"): every gold quote of the read parts (dev … unseen26) that rasd misses, classed by
why, from the words around it.

    python3 bench/qcue58/misses.py [--rasd build/rasd] > bench/qcue58/misses.tsv

A miss is a gold quote no quote of rasd finds (recall.py's match). Its reporting word is
looked for in the 14 tokens before the quote's start (and, for a direct quote, the 6 after
its end: «…» قال), inside the sentence: a token whose form (up to two proclitics و ف ب ل
cut) is the first word of a "cue" or "part" row of data/quotes.tsv, or one of "comp".
  known   a listed reporting word is there: the cue is known, the form around it is not
  unknown no listed word there: the reporting word is not a cue rasd knows (or there is none)
Prints one row a miss: part, id, start, end, class, the listed word if any, direct, and the
text from 14 tokens before to 10 tokens into the quote, for reading. Python stdlib only."""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench", "recall"))
import recall  # noqa: E402

PARTS = ["dev", "dev2", "dev3", "dev4", "unseen"] + ["unseen%d" % k for k in range(2, 27)]
ENDS = {".", "؟", "?", "!"}


def listed_forms():
    out = set()
    for line in open(os.path.join(ROOT, "data", "quotes.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) == 3 and f[0] in ("cue", "part", "comp"):
            out.add(norm(f[2].split()[0]))
    return out


def norm(w):
    t = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ئ": "ء", "ؤ": "ء",
                       "ـ": None})
    return "".join(c for c in w if not "\u064b" <= c <= "\u0652").translate(t)


def cuts(w):
    yield w
    if len(w) > 3 and w[0] in "وفبل":
        yield w[1:]
        if len(w) > 4 and w[1] in "بل":
            yield w[2:]


def analyze(rasd, ids):
    docs = list(recall.articles(set(ids)))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in docs:
            t.write(json.dumps(d, ensure_ascii=False) + "\n")
    try:
        out = subprocess.run([rasd, "analyze", "--tokens", "--threads", "1", t.name],
                             check=True, capture_output=True).stdout.decode()
    finally:
        os.unlink(t.name)
    text = {d["id"]: d["text"] for d in docs}
    return {json.loads(l)["id"]: json.loads(l) for l in out.splitlines()}, text


def window(toks, q):
    """Indices of the tokens before the quote's start (14, inside its sentence) and, for a
    direct quote, the 6 after its end."""
    first = [k for k, t in enumerate(toks) if t["start"] >= q["start"]]
    i = first[0] if first else len(toks)
    before = []
    for k in range(i - 1, max(i - 15, -1), -1):
        if toks[k]["norm"] in ENDS:
            break
        before.append(k)
    after = []
    if q["direct"]:
        j = [k for k, t in enumerate(toks) if t["start"] >= q["end"]]
        after = list(range(j[0], min(j[0] + 6, len(toks)))) if j else []
    return before, after, i


def classify(toks, q, forms):
    before, after, i = window(toks, q)
    for k in before + after:
        for c in cuts(toks[k]["norm"]):
            if c in forms:
                return "known", toks[k]["norm"], i
    return "unknown", "", i


def main(a):
    rasd = a[a.index("--rasd") + 1] if "--rasd" in a else os.path.join(ROOT, "build", "rasd")
    forms = listed_forms()
    print("part\tid\tstart\tend\tclass\tword\tdirect\tcontext")
    for part in PARTS:
        gold = recall.load(recall.LABELS, part)
        out, text = analyze(rasd, gold.keys())
        for i, g in sorted(gold.items()):
            r = out.get(i, {})
            found, _hit, _true = recall.match_quotes(g["Q"], r.get("quotes", []))
            toks = r.get("tokens", [])
            b = text[i].encode("utf-8")
            for q, m in zip(g["Q"], found):
                if m:
                    continue
                cls, word, k = classify(toks, q, forms)
                lo = toks[max(k - 14, 0)]["start"] if toks else q["start"]
                hi = min(q["end"], toks[min(k + 10, len(toks) - 1)]["end"]) if toks else q["end"]
                ctx = b[lo:q["start"]].decode() + " ⟦" + b[q["start"]:hi].decode()
                print("\t".join([part, i, str(q["start"]), str(q["end"]), cls, word,
                                 "d" if q["direct"] else "r", ctx.replace("\n", " ")]))


if __name__ == "__main__":
    main(sys.argv[1:])
