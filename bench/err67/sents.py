#!/usr/bin/env python3
"""bench/err67/sents.py — the whole sentence of each unseen35 gold event (first … last words
of unseen35_work.txt), for classing its miss (branch err67, stop 59)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "recall"))
import recall  # noqa: E402
HERE = os.path.dirname(os.path.abspath(__file__))
rows = [l.split(" | ") for l in open(os.path.join(HERE, "..", "recall", "unseen35_work.txt"),
        encoding="utf-8") if " | E | " in l and l.startswith("snn-")]
ids = set(sys.argv[1:]) or {r[0] for r in rows}
docs = {d["id"]: d for d in recall.articles({r[0] for r in rows})}
for r in rows:
    if r[0] not in ids:
        continue
    a, b = [x.strip() for x in r[7].split("…")]
    t = docs[r[0]]["text"]
    s = t.find(a)
    e = t.find(b, s) + len(b) if s >= 0 else -1
    print("##", r[0], r[2], r[3], "|", r[6])
    print(t[s:e] if s >= 0 and e > s else "NOT FOUND " + a)
