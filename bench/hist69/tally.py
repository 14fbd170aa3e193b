#!/usr/bin/env python3
"""hist69: changed rows of judged fresh files by rule (the reason's "rule N better|worse|same"),
each (article, start, kind) once across the files given. Usage: tally.py FILE.tsv..."""
import collections, csv, re, sys

seen, n = set(), collections.defaultdict(collections.Counter)
for f in sys.argv[1:]:
    for r in csv.DictReader(open(f, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE):
        m = re.match(r"rule (\d) (better|worse|same)", r["reason"] or "")
        key = (r["article"], r["start"], r["kind"])
        if not m or key in seen:
            continue
        seen.add(key)
        n[m.group(1)][m.group(2)] += 1
for k in sorted(n):
    c = n[k]
    t = sum(c.values())
    print(f"rule {k}: {c['better']} of {t} better ({c['better'] / t:.2f}); "
          f"worse {c['worse']}, same {c['same']}")
