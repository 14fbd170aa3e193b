#!/usr/bin/env python3
"""hist68: changed rows of judged fresh files, better / worse / same, by rule (the reason's
"rule N; better|worse|same").  Usage: python3 bench/hist68/tally.py FILE..."""
import csv, re, sys

tot = {}
for f in sys.argv[1:]:
    for r in csv.DictReader(open(f), delimiter="\t"):
        m = re.match(r"rule (\d)\b.*?; (better|worse|same)", r["reason"])
        if not m:
            print("unclassed", f, r["no"])
            continue
        t = tot.setdefault(m.group(1), {"better": 0, "worse": 0, "same": 0})
        t[m.group(2)] += 1
for k in sorted(tot):
    t = tot[k]
    n = sum(t.values())
    print(f"rule {k}: {n} changed, better {t['better']} ({t['better'] / n:.2f}), "
          f"worse {t['worse']}, same {t['same']}")
