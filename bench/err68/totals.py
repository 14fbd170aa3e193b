#!/usr/bin/env python3
"""bench/err68/totals.py VFILE... — the read parts' totals of `recall.py score --split all -v`
listings (quotes gold/found/attributed/system/true; events gold/found/system), summed over the
per-part lines (branch err68)."""
import re, sys
for f in sys.argv[1:]:
    q = [0] * 5
    ev = [0] * 3
    parts = 0
    for l in open(f, encoding="utf-8"):
        m = re.match(r"quotes\s+gold (\d+) found (\d+) recall \S+ attribution (\S+) \| system (\d+) "
                     r"true (\d+)", l)
        if m:
            parts += 1
            g, fo, at, s, t = m.groups()
            q[0] += int(g); q[1] += int(fo); q[3] += int(s); q[4] += int(t)
            q[2] += round(float(at) * int(fo)) if at != "-" else 0
        m = re.match(r"events all\s+gold\s+(\d+) found\s+(\d+) .*\| system\s+(\d+)", l)
        if m:
            ev = [a + int(b) for a, b in zip(ev, m.groups())]
    print("%s: %d parts; quotes %d of %d (%.3f), attribution ~%d, precision %d of %d (%.3f); "
          "events %d of %d, system %d" % (f, parts, q[1], q[0], q[1] / q[0], q[2], q[4], q[3],
                                           q[4] / q[3], ev[1], ev[0], ev[2]))
