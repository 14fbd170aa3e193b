#!/usr/bin/env python3
"""bench/app71/partdiff.py BEFORE AFTER — the per-part lines of two `recall.py score --split
all` outputs that differ, each with its part (branch app71)."""
import sys


def lines(p):
    part, res = "-", {}
    for l in open(p, encoding="utf-8"):
        if l.rstrip().endswith(" articles") and ":" in l:
            part = l.split(":")[0]
        elif not l.startswith("  ") and l.strip():
            res[(part, l.split("gold")[0].strip())] = l.rstrip()
    return res


a, b = lines(sys.argv[1]), lines(sys.argv[2])
for k in sorted(set(a) | set(b)):
    if a.get(k) != b.get(k):
        print("%s\n  before %s\n  after  %s" % (k[0], a.get(k), b.get(k)))
