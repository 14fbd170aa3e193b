#!/usr/bin/env python3
"""camp70: the read parts' system events whose date two builds give differently, set beside the
gold event of their sentence and kind (recall.py's scorer does not compare dates).
Usage: python3 bench/camp70/gold_dates.py OLD[:DATA] NEW[:DATA]"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "recall"))
import fresh  # noqa: E402
import recall as R  # noqa: E402

def dates(build, docs):
    b, _, d = build.partition(":")
    return {i: {(e["type"], tuple(e["trigger"])): (e.get("date") or "-", e["sentence"])
                for e in o.get("events", [])} for i, o in fresh.analyze(b, docs, data=d or None).items()}

def main():
    gold = R.load(R.LABELS, "all")
    docs = list(R.articles(set(gold)))
    old, new = dates(sys.argv[1], docs), dates(sys.argv[2], docs)
    n = 0
    for aid in sorted(old):
        for k, (d0, sent) in old[aid].items():
            d1 = new.get(aid, {}).get(k, ("gone", sent))[0]
            if d0 == d1:
                continue
            n += 1
            g = [e for e in gold[aid]["E"] if e["type"] == k[0] and
                 R.overlap(e["start"], e["end"], sent[0], sent[1])]
            print(aid, k[0], k[1][0], d0, "->", d1, "| gold:",
                  "; ".join(e["date"] or "-" for e in g) or "none")
    print("rows changed:", n)

main()
