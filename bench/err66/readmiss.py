#!/usr/bin/env python3
"""bench/err66/readmiss.py — the read parts' missed quotes (a `recall.py score --split all -v`
listing) with the words before each, and how many match each form of count.py (branch err66).

  readmiss.py VFILE [FORM]   counts per form of the missed quotes whose 60 bytes before the
                             start (or the event's sentence) match; FORM: print those rows"""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
sys.path.insert(0, HERE)
import recall  # noqa: E402
import count  # noqa: E402

LABELS = os.path.join(HERE, "..", "..", "tests", "data", "recall_snn.tsv")


def main(vfile, form=None):
    rows = [l.split() for l in open(vfile, encoding="utf-8") if l.startswith("  missed")]
    gold = recall.load(LABELS, "all")
    ids = {r[2] if r[1] == "event" else r[1] for r in rows}
    docs = {d["id"]: d["text"].encode() for d in recall.articles(ids)}
    rx = {k: re.compile(v) for k, v in count.FORMS.items()}
    hits = {k: 0 for k in rx}
    for r in rows:
        if r[1] == "event":
            aid = r[2]
            # every gold event of the kind in the article: its sentence
            texts = [docs[aid][e["start"]:e["end"]].decode("utf-8", "ignore")
                     for e in gold.get(aid, {}).get("E", []) if e["type"] == r[3]]
        else:
            aid, s, e = r[1], int(r[2]), int(r[3])
            texts = [docs[aid][max(0, s - 200):e].decode("utf-8", "ignore")]
        for k, x in rx.items():
            if any(x.search(t) for t in texts):
                hits[k] += 1
                if k == form:
                    print(" ".join(r[:4]), "|", texts[0][-300:].replace("\n", " "))
    for k in rx:
        print("%s\t%d missed rows of the read parts" % (k, hits[k]))


if __name__ == "__main__":
    main(*sys.argv[1:])
