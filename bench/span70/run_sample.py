#!/usr/bin/env python3
"""run_sample.py — SEED's sample of N corpus articles outside bench/recall/drawn.txt run through
BUILD (`rasd analyze` in batches of 250), saved to OUT.jsonl (branch span70, stop 59).

    python3 bench/span70/run_sample.py BUILD SEED N OUT.jsonl"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import fresh as F  # noqa: E402
import recall as R  # noqa: E402


def main():
    build, seed, n, path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    drawn = set(open(os.path.join(HERE, "..", "recall", "drawn.txt"), encoding="utf-8").read()
                .split())
    ids = [d["id"] for d in R.articles() if d["id"] not in drawn]
    pick = set(random.Random(seed).sample(ids, n))
    docs = list(R.articles(pick))
    with open(path, "w", encoding="utf-8") as f:
        for i in range(0, len(docs), 250):
            out = F.analyze(build, docs[i:i + 250])
            for d in docs[i:i + 250]:
                o = out[d["id"]]
                o["text"] = d["text"]
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
            print(i + 250, file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
