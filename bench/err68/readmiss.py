#!/usr/bin/env python3
"""bench/err68/readmiss.py — the read parts' error rows (a `recall.py score --split all -v`
listing: missed quotes and events, extra quotes, wrong speakers) and how many match each form
of count.py (branch err68, after err67's; unseen36's own rows left out).

  readmiss.py VFILE [FORM]   per form: the rows whose sentence up to the quote's end (for an
                             event: any gold sentence of its kind in the article) matches, and
                             in how many articles; FORM: print those rows"""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
sys.path.insert(0, HERE)
import recall  # noqa: E402
import count  # noqa: E402

LABELS = os.path.join(HERE, "..", "..", "tests", "data", "recall_snn.tsv")
KINDS = ("missed", "extra", "wrong")
SPLIT = re.compile(r"(?<!\s[دمأ])(?<!^[دمأ])[.!?؟\n]+")


def main(vfile, form=None):
    own = {l.split()[0] for l in open(os.path.join(HERE, "..", "recall", "drawn.txt"),
                                     encoding="utf-8") if "unseen36" in l}
    rows = [l.split() for l in open(vfile, encoding="utf-8") if l.strip().startswith(KINDS)]
    rows = [r for r in rows if (r[2] if r[1] in ("event", "speaker") else r[1]) not in own]
    gold = recall.load(LABELS, "all")
    ids = {r[2] if r[1] in ("event", "speaker") else r[1] for r in rows}
    docs = {d["id"]: d["text"].encode() for d in recall.articles(ids)}
    rx = {k: re.compile(v) for k, v in count.FORMS.items()}
    hits, arts = {k: 0 for k in rx}, {k: set() for k in rx}
    for r in rows:
        if r[1] == "event":
            aid = r[2]
            texts = [docs[aid][e["start"]:e["end"]].decode("utf-8", "ignore")
                     for e in gold.get(aid, {}).get("E", []) if e["type"] == r[3]]
        else:
            aid = r[2] if r[1] == "speaker" else r[1]
            s = int(r[3] if r[1] == "speaker" else r[2])
            e = s + 200 if r[1] == "speaker" else int(r[3])
            before = docs[aid][max(0, s - 400):s].decode("utf-8", "ignore")
            texts = [SPLIT.split(before)[-1].lstrip() +
                     docs[aid][s:e].decode("utf-8", "ignore")]
        for k, x in rx.items():
            if any(x.search(t) for t in texts):
                hits[k] += 1
                arts[k].add(aid)
                if k == form:
                    print(" ".join(r[:4]), "|", texts[0][-300:].replace("\n", " "))
    for k in rx:
        print("%s\t%d error rows of the read parts\t%d articles" % (k, hits[k], len(arts[k])))


if __name__ == "__main__":
    main(*sys.argv[1:])
