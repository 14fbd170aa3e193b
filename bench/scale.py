#!/usr/bin/env python3
"""bench/scale.py SRC.jsonl.gz N [SEED] — writes N articles as JSON Lines to standard output.

The first min(N, len(SRC)) are SRC's articles in file order; beyond that, articles are drawn
from SRC with replacement (random.Random(SEED), default 1) and given new ids "syn-0000001"…,
keeping their source, date, title and text. This is the synthetic 1M-article corpus of the
scaling benchmark: it grows the index like more news of the same kind would (document
frequencies scale with N), without inventing text.
"""
import gzip
import json
import random
import sys


def main() -> int:
    if len(sys.argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    src, n = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) == 4 else 1)
    with gzip.open(src, "rt", encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    out = sys.stdout
    for line in lines[:n]:
        out.write(line if line.endswith("\n") else line + "\n")
    for i in range(max(0, n - len(lines))):
        rec = json.loads(rng.choice(lines))
        rec["id"] = "syn-%07d" % (i + 1)
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
