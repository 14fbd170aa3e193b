#!/usr/bin/env python3
"""still.py (prec72) — which wrong event rows of judge60-62 a build still gives, and how.
    python3 bench/prec72/still.py BUILD"""
import csv, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "recall"))
import fresh as F  # noqa: E402
import recall as R  # noqa: E402
rows = []
for n in (60, 61, 62):
    with open(os.path.join(HERE, "..", "judged", f"judge{n}.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if r["sample"] == "events" and r["verdict"] == "wrong":
                rows.append((n, r))
ids = sorted({r["article"] for _, r in rows})
docs = [d for d in R.articles() if d["id"] in ids]
out = F.analyze(sys.argv[1], docs)
byid = {d["id"]: d for d in docs}
for n, r in rows:
    evs = (out.get(r["article"]) or {}).get("events") or []
    hit = [e for e in evs if e["type"] == r["kind"] and str(e["trigger"][0]) == r["start"]]
    if not hit:
        print(f"judge{n} #{r['no']} {r['kind']}: GONE")
        continue
    x = F.event_row(byid[r["article"]], hit[0])
    same = x[2:7] == [r["status"], r["date"], r["dated"], r["actors"], r["place|speaker"]]
    print(f"judge{n} #{r['no']} {r['kind']}: {'same' if same else 'CHANGED ' + repr(x[2:7])}")
