#!/usr/bin/env python3
"""lay68: totals of `recall.py score --split all` output (FILE): quotes found / gold, events
found / gold and system rows, summed over the parts; and each part's events line.

    bench/lay68/sum.py FILE"""
import re, sys
q = [0, 0]
ev = [0, 0, 0]
part = None
for l in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"(\S+): \d+ articles", l)
    if m:
        part = m.group(1)
    m = re.match(r"quotes\s+gold (\d+) found (\d+)", l)
    if m:
        q[0] += int(m.group(1)); q[1] += int(m.group(2))
    m = re.match(r"events all\s+gold\s+(\d+) found\s+(\d+).*system\s+(\d+)", l)
    if m:
        ev[0] += int(m.group(1)); ev[1] += int(m.group(2)); ev[2] += int(m.group(3))
print("quotes %d of %d; events %d of %d, system %d" % (q[1], q[0], ev[1], ev[0], ev[2]))
