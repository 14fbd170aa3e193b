#!/usr/bin/env python3
"""bench/stories/sample.py CORPUS DAY... — the systematic sample behind labels.tsv.

For each DAY (the date of `published`), the day's articles sorted by id, every k-th one from
the first, k = n // 150 (so at least 150 a day). Prints "id<TAB>day", one a line.
"""
import gzip, json, sys

corpus, days = sys.argv[1], sys.argv[2:]
byday = {d: [] for d in days}
with gzip.open(corpus, "rt", encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        day = (d.get("published") or "")[:10]
        if day in byday:
            byday[day].append(d["id"])
for day in days:
    ids = sorted(byday[day])
    k = max(1, len(ids) // 150)
    for i in ids[::k]:
        print(f"{i}\t{day}")
