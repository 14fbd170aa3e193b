#!/usr/bin/env python3
"""The quote rows of the read parts (every labelled article but unseen36) that differ between
two builds, each with whether a gold quote overlaps it (recall.py's matching).
Usage: diff_read.py OLD_RASD[:DATA] NEW_RASD[:DATA]"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R

def run(spec, ids):
    b, _, d = spec.partition(":")
    if d:
        os.environ["RASD_DATA"] = d
    else:
        os.environ.pop("RASD_DATA", None)
    return R.run_rasd(b, ids)

def main(old, new):
    parts = {}
    for l in open(R.LABELS, encoding="utf-8"):
        if not l.startswith("#") and l.strip():
            f = l.split("\t"); parts.setdefault(f[0], f[1])
    gold = R.load(R.LABELS, "all")
    ids = [i for i in gold if parts[i] not in R.EVENTS_ONLY]
    a, b = run(old, ids), run(new, ids)
    for i in sorted(ids):
        qa = {(q["start"], q["end"]): q for q in a.get(i, {}).get("quotes", [])}
        qb = {(q["start"], q["end"]): q for q in b.get(i, {}).get("quotes", [])}
        for k in sorted(set(qa) | set(qb)):
            x, y = qa.get(k), qb.get(k)
            sx = x and (x.get("speaker") or {}).get("name")
            sy = y and (y.get("speaker") or {}).get("name")
            if x and y and sx == sy:
                continue
            g = [q for q in gold[i]["Q"] if R.overlap(q["start"], q["end"], k[0], k[1]) > 0]
            gs = ";".join("%s(%d-%d)" % (q["speaker"], q["start"], q["end"]) for q in g) or "NO-GOLD"
            ch = "added" if not x else "removed" if not y else "speaker"
            q = y or x
            print("\t".join([parts[i], i, ch, "%d-%d" % k, str(sx), str(sy), q.get("cue") or "",
                             q["text"][:90].replace("\n", " "), gs]))
main(sys.argv[1], sys.argv[2])
