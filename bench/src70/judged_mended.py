#!/usr/bin/env python3
"""src70: the judged rows of judge43-61 whose actor is an outlet, rerun by the base build and
this branch's (default flags; each judge file's articles in their own batch): the row's actors
at its kind and trigger start, before and after."""
import csv, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import fresh as F  # noqa: E402
ROWS = [("judge50", "23"), ("judge51", "54"), ("judge60", "9"), ("judge60", "59"),
        ("judge61", "26")]
want = {}
for f, no in ROWS:
    for r in csv.DictReader(open(os.path.join(HERE, "..", "judged", f + ".tsv"),
                                 encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE):
        if r["sample"] == "events" and r["no"] == no:
            want[(f, no)] = r
ids = {r["article"] for r in want.values()}
docs = [d for d in F.pool() if d["id"] in ids]
old = F.analyze(sys.argv[1] if len(sys.argv) > 1 else "/tmp/start59/rasd.bin:/tmp/start59/data", docs)
new = F.analyze(sys.argv[2] if len(sys.argv) > 2 else "build/rasd", docs)


def actors(out, r):
    for e in out.get(r["article"], {}).get("events") or []:
        if e["type"] == r["kind"] and str(e["trigger"][0]) == r["start"]:
            return "; ".join(a.get("name") or "" for a in e.get("actors") or []) or "(none)"
    return "(no row)"


for (f, no), r in sorted(want.items()):
    print(f"{f} {no} {r['kind']} judged {r['verdict']} «{r['actors']}» | "
          f"base «{actors(old, r)}» | src70 «{actors(new, r)}»")
