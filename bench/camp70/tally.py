#!/usr/bin/env python3
"""camp70: the judged fresh rows by rule, each distinct row (article, kind, start) once over
the files given: removed rows wrong / all, changed rows better / all (the reason's
"rule N; wrong|right|better|worse|same").
Usage: python3 bench/camp70/tally.py FILE..."""
import csv, re, sys

seen, tot = set(), {}
for f in sys.argv[1:]:
    for r in csv.DictReader(open(f), delimiter="\t", quoting=csv.QUOTE_NONE):
        key = (r["article"], r["kind"], r["start"], r["change"])
        if key in seen:
            continue
        seen.add(key)
        m = re.match(r"rule (\w+); (\w+)", r["reason"])
        if not m:
            print("unclassed", f, r["no"])
            continue
        t = tot.setdefault((m.group(1), r["change"]), {})
        t[m.group(2)] = t.get(m.group(2), 0) + 1
for (rule, change), t in sorted(tot.items()):
    n = sum(t.values())
    good = t.get("wrong" if change == "removed" else "better", 0)
    print(f"rule {rule} {change}: {n} distinct rows, {'wrong' if change == 'removed' else 'better'}"
          f" {good} ({good / n:.2f}); {t}")
