#!/usr/bin/env python3
"""readparts.py — the read parts' wrong speakers (`recall.py score -v` output on stdin: lines
«wrong speaker ID START GOLD <- [FOUND…]») whose found speaker is a span of spans.py's classes
or one filter.py would re-type (branch ner74, stop 60). unseen37 is blind this stop: the
output fed here was made split by split without it.

    python3 bench/ner74/readparts.py < read_v.txt"""
import ast
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import spans as S  # noqa: E402
import filter as FL  # noqa: E402

LINE = re.compile(r"^\s*wrong speaker (\S+) (\d+) (.*) <- (\[.*\])\s*$")


def main():
    L = S.lists()
    n, hit = 0, Counter()
    for line in sys.stdin:
        m = LINE.match(line)
        if not m:
            continue
        n += 1
        for x in ast.literal_eval(m.group(4)):
            c, ks = S.classify(x, L)
            f, _ = FL.judge({"text": x}, None, ".", L)
            if c or f:
                hit[c, f] += 1
                print("%s\t%s\tgold %s\tfound %s\tclass %s\tfilter %s" % (
                    m.group(1), m.group(2), m.group(3), x, c, f))
    print("# wrong speakers %d; found speaker of a class / re-typed: %s" % (n, dict(hit)))


if __name__ == "__main__":
    main()
