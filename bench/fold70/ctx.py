"""For each row of a fold70 fresh file: the article's appeal events by the new build (actors,
sentence start, the sentence), to judge whether an added row repeats the row it was folded into.
Usage: ctx.py NEW FRESH.tsv"""
import csv, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "recall"))
import fresh as F
import recall as R

new, path = sys.argv[1:3]
rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
ids = sorted({r["article"] for r in rows})
docs = [d for d in R.articles() if d["id"] in set(ids)]
out = F.analyze(new, docs)
for d in docs:
    t = d["text"].encode("utf-8")
    print("==", d["id"])
    for e in out[d["id"]].get("events", []):
        if e.get("type") != "appeal":
            continue
        s = t[e["sentence"][0]:e["sentence"][1]].decode("utf-8", "replace")
        names = ",".join(a.get("name", "") for a in e.get("actors", []))
        print("  %6d %s | %s" % (e["sentence"][0], names, s[:160]))
