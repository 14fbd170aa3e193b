#!/usr/bin/env python3
"""bench/vio67/sum.py — totals of assault, fight and all events over a `recall.py score --split
all` output (branch vio67): gold, found, system rows, true rows (precision × rows, rounded).

  sum.py ALL.txt [ALL2.txt]   with two files, also the part lines that differ"""
import re, sys


def parse(path):
    tot, part, lines = {}, None, {}
    for l in open(path, encoding="utf-8"):
        m = re.match(r"(\S+): \d+ articles", l)
        if m:
            part = m.group(1)
            continue
        m = re.match(r"events? (\S+)\s+gold\s+(\d+) found\s+(\d+).*system\s+(\d+) precision "
                     r"(\S+)", l)
        if not m:
            continue
        lines[(part, m.group(1))] = l.strip()
        k, g, f, s, p = m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4)), m.group(5)
        t = tot.setdefault(k, [0, 0, 0, 0.0])
        t[0] += g
        t[1] += f
        t[2] += s
        t[3] += round(float(p) * s) if p != "-" else 0
    return tot, lines


def main(a):
    for path in a:
        tot, _ = parse(path)
        print(path)
        for k in ("assault", "fight", "all"):
            g, f, s, t = tot.get(k, [0, 0, 0, 0])
            print("  %-8s gold %4d found %4d (%.3f) | rows %4d true %4d (%.3f)" %
                  (k, g, f, f / g if g else 0, s, t, t / s if s else 0))
    if len(a) > 1:
        _, lines = parse(a[0])
        _, l2 = parse(a[1])
        for key in sorted(set(lines) | set(l2)):
            if lines.get(key) != l2.get(key):
                print(key[0], "\n  -", lines.get(key), "\n  +", l2.get(key))


if __name__ == "__main__":
    main(sys.argv[1:])
