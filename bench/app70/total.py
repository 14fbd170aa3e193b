#!/usr/bin/env python3
"""bench/app70/total.py — the read parts' totals of a `recall.py score --split all` output
(branch app70): quotes and events summed over the parts, the appeal line, and with two files
the parts whose lines differ.   total.py ALL.txt [OTHER.txt]"""
import re, sys


def parts(path):
    res, cur = {}, None
    for l in open(path, encoding="utf-8"):
        m = re.match(r"^(\S+): \d+ articles", l)
        if m:
            cur = m.group(1)
            res[cur] = []
        elif cur:
            res[cur].append(l.rstrip("\n"))
    return res


def total(p):
    t = {}
    for lines in p.values():
        for l in lines:
            m = re.match(r"^(event \S+|events all|quotes)\s+gold\s+(\d+) found\s+(\d+).*system\s+(\d+)"
                         r"(?: true (\d+))?", l)
            if m:
                k = m.group(1)
                v = t.setdefault(k, [0, 0, 0, 0])
                for j in range(4):
                    v[j] += int(m.group(j + 2) or 0)
    return t


def show(path):
    t = total(parts(path))
    for k in ("quotes", "event appeal", "events all"):
        g, f, s, tr = t[k]
        print("%s: %-13s gold %d found %d (%.3f) system %d%s" % (
            path, k, g, f, f / g, s, " true %d" % tr if tr else ""))


if __name__ == "__main__":
    show(sys.argv[1])
    if len(sys.argv) > 2:
        show(sys.argv[2])
        a, b = parts(sys.argv[1]), parts(sys.argv[2])
        for p in a:
            if a[p] != b.get(p):
                print("differs:", p)
