#!/usr/bin/env python3
"""cands.py RASD OUT.json: bench/spk55/cands.py on the read parts dev … unseen23 (branch
cands55, stop 47). From 129dc1a on, tests/data/recall_snn.tsv holds unseen24's rows and
spk55's script stops on them; this one leaves them out before any article is read (the
blind part is never opened). Python stdlib only."""
import sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench", "spk55"))
sys.path.insert(0, os.path.join(ROOT, "bench", "recall"))
import recall
import cands as spk

BLIND = {"unseen24"}

def analyze(rasd):
    parts = {}
    for l in open(recall.LABELS, encoding="utf-8"):
        if l.startswith("#") or not l.strip():
            continue
        f = l.rstrip("\n").split("\t")
        parts[f[0]] = f[1]
    gold = {i: g for i, g in recall.load(recall.LABELS, "all").items()
            if parts[i] not in BLIND}
    ids = [i for i in gold if parts[i] not in recall.EVENTS_ONLY]
    docs = list(recall.articles(set(ids)))
    return {"parts": parts, "gold": gold, "out": recall.analyze_docs(rasd, docs),
            "texts": {d["id"]: d["text"] for d in docs}}

if __name__ == "__main__":
    spk.analyze = analyze
    spk.main(sys.argv[1], sys.argv[2])
