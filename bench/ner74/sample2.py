#!/usr/bin/env python3
"""sample2.py — a fresh draw for the filter's precision: SEED's N articles outside drawn.txt,
the judged files and the articles of FIRST.jsonl (comma-separated: earlier samples), through BUILD
(branch ner74, stop 60).

    python3 bench/ner74/sample2.py BUILD SEED N FIRST.jsonl OUT.jsonl"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import fresh as F  # noqa: E402


def main():
    build, seed, n, first, path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), \
        sys.argv[4], sys.argv[5]
    seen = {json.loads(l)["id"] for p in first.split(",") for l in open(p, encoding="utf-8")}
    docs = F.sample(F.pool(set(F.judged_ids()) | seen), seed, n)
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
