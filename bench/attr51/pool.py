#!/usr/bin/env python3
"""pool.py SEED N OUT.jsonl [EXCLUDE.jsonl...]: N articles outside drawn.txt (and outside the ids of EXCLUDE files), shuffled by SEED."""
import sys, json, random
import os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from judge_sample import load_articles
seed, n, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
ex = set()
for f in sys.argv[4:]:
    for l in open(f, encoding="utf-8"):
        ex.add(json.loads(l)["id"])
docs = [d for d in load_articles() if d["id"] not in ex]
docs = [docs[i] for i in random.Random(seed).sample(range(len(docs)), min(n, len(docs)))]
with open(out, "w", encoding="utf-8") as w:
    for d in docs:
        w.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(docs))
