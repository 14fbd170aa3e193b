#!/usr/bin/env python3
"""Draws of corpus articles outside drawn.txt for appeal53's checks (branch appeal53, stop 45).

  draw.py SEED N OUT.jsonl [SKIP]   articles outside bench/recall/drawn.txt whose text holds a
                                    verb of appeal in the first person (data/events.tsv appeal
                                    value 14, with or without و/ف: the only articles where the
                                    rule can change a row), shuffled by random.Random(SEED);
                                    N of them after the first SKIP
The draw is bench/recall/fresh.py's (pool, shuffled; mend54, stop 46). Python stdlib only."""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import fresh as F  # noqa: E402

FIRST = re.compile("(?:أدعو|ندعو|أطالب|نطالب|أناشد|نناشد|أحث|نحث|أهيب|نهيب|ادعو|اطالب|اناشد|احث|اهيب)")


def main(seed, n, out, skip=0):
    docs = F.pool(grep=FIRST)
    pick = F.shuffled(docs, seed, skip, n)
    F.write_docs(pick, out)
    print(len(docs), "candidates;", len(pick), "written")


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 0)
