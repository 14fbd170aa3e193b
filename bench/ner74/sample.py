#!/usr/bin/env python3
"""sample.py — SEED's N articles outside drawn.txt and the judged files run through BUILD
(`rasd analyze` in batches of 250), saved to OUT.jsonl with their text (branch ner74, stop 60;
copied from bench/span71).

    python3 bench/span71/sample.py BUILD SEED N OUT.jsonl"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import fresh as F  # noqa: E402


def main():
    build, seed, n, path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    docs = F.sample(F.pool(F.judged_ids()), seed, n)
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
