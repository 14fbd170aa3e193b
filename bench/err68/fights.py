#!/usr/bin/env python3
"""bench/err68/fights.py — the read parts' missed events of one kind (default fight) with their
gold sentence, for reading what each needs (branch err68).
  fights.py VFILE [KIND]   VFILE: `recall.py score --split all -v` of the start build"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import recall  # noqa: E402
LABELS = os.path.join(HERE, "..", "..", "tests", "data", "recall_snn.tsv")
vfile = sys.argv[1]
kind = sys.argv[2] if len(sys.argv) > 2 else "fight"
rows = [l.split(None, 4) for l in open(vfile, encoding="utf-8") if l.strip().startswith("missed event")]
rows = [r for r in rows if r[3] == kind]
gold = recall.load(LABELS, "all")
docs = {d["id"]: d["text"].encode() for d in recall.articles({r[2] for r in rows})}
seen = set()
for r in rows:
    aid = r[2]
    if aid in seen:
        continue
    seen.add(aid)
    for e in gold.get(aid, {}).get("E", []):
        if e["type"] == kind:
            print(aid, e.get("actors"), "|", docs[aid][e["start"]:e["end"]].decode("utf-8", "ignore").replace("\n", " ")[:400])
