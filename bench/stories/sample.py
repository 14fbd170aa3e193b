#!/usr/bin/env python3
"""bench/stories/sample.py [--offset N|half] CORPUS DAY... — the systematic sample behind labels.tsv.

For each DAY (the date of `published`), the day's articles sorted by id, every k-th one from
the first, k = n // 150 (so at least 150 a day). Prints "id<TAB>day", one a line.

--offset N starts at the N-th article (0-based, taken modulo k) instead of the first; "half"
means k // 2, the articles halfway between those of the default sample. A second sample of a
day drawn this way never overlaps the first (when k >= 2): 2015-07-23's second sample (stop 29)
is `sample.py --offset half CORPUS 2015-07-23`.
"""
import argparse, gzip, json

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--offset", default="0", help="first index of each day's sample: N or 'half' (k // 2)")
ap.add_argument("corpus")
ap.add_argument("days", nargs="+")
args = ap.parse_args()
byday = {d: [] for d in args.days}
with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        day = (d.get("published") or "")[:10]
        if day in byday:
            byday[day].append(d["id"])
for day in args.days:
    ids = sorted(byday[day])
    k = max(1, len(ids) // 150)
    off = k // 2 if args.offset == "half" else int(args.offset) % k
    for i in ids[off::k]:
        print(f"{i}\t{day}")
