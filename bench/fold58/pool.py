#!/usr/bin/env python3
"""Pools `recall.py score --split all` output (stdin): quotes and events by kind over every part.
Python stdlib only (fold58, stop 50)."""
import collections, re, sys
q = [0, 0, 0, 0, 0]
ev = collections.defaultdict(lambda: [0, 0, 0, 0])
for l in sys.stdin:
    m = re.match(r"quotes  gold (\d+) found (\d+) recall \S+ attribution (\S+) \| system (\d+) true (\d+)", l)
    if m:
        g, f, a, s, t = m.groups()
        q[0] += int(g); q[1] += int(f); q[3] += int(s); q[4] += int(t)
        q[2] += round(float(a) * int(f)) if a != "-" else 0
    m = re.match(r"event (\w+)\s+gold\s+(\d+) found\s+(\d+) .*system\s+(\d+) precision (\S+)", l)
    if m:
        k, g, f, s, p = m.groups()
        e = ev[k]; e[0] += int(g); e[1] += int(f); e[2] += int(s)
        e[3] += round(float(p) * int(s)) if p != "-" else 0
print("quotes gold %d found %d system %d true %d (attribution ~%d, rounded per part)" % (q[0], q[1], q[3], q[4], q[2]))
t = [0, 0, 0, 0]
for k in sorted(ev):
    e = ev[k]; t = [a + b for a, b in zip(t, e)]
    print("%-10s gold %3d found %3d (%.3f) system %3d true %3d" % (k, e[0], e[1], e[1] / max(e[0], 1), e[2], e[3]))
print("%-10s gold %3d found %3d (%.3f) system %3d true %3d (%.3f)" % ("all", t[0], t[1], t[1] / t[0], t[2], t[3], t[3] / max(t[2], 1)))
