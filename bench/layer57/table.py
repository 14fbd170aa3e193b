#!/usr/bin/env python3
"""layer57: the tables of OUTDIR/pool.tsv (bench/layer57/pool.py; pool_before.tsv = e5e9999, pool_after.tsv = with the three forms off, not merged): layer49's tables, then
the layer rows by kind, form and trigger word (the ‹…› of the judged row's text)."""
import csv, sys, collections, os, re, runpy
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "layer49"))
from pool import wilson  # noqa: E402
runpy.run_path(os.path.join(os.path.dirname(HERE), "layer49", "table.py"), run_name="__main__")


def line(name, vs):
    n = len(vs)
    c = collections.Counter(vs)
    k = c["right"] + c["partly"]
    lo, hi = wilson(k, n)
    return "| %s | %d | %d / %d / %d | %.2f [%.2f, %.2f] |" % (name, n, c["right"], c["partly"], c["wrong"], k / n, lo, hi)


text = {}
for n in range(43, 52):
    f = "judge%d" % n
    p = os.path.join(HERE, "..", "judged", f + ".tsv")
    for r in csv.DictReader(open(p, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE):
        if r["sample"] == "events":
            m = re.search("‹([^›]*)›", r["text"])
            text[(f, r["no"])] = m.group(1) if m else "?"
rs = list(csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
g = collections.defaultdict(list)
for r in rs:
    if r["who"] == "layer":
        form = (r["forms"] or "none").split("@")[0]
        g[form + " | " + text[(r["file"], r["no"])]].append(r["verdict"])
print("\n| layer form | trigger word | rows | right / partly / wrong | with partly |\n|---|---|---|---|---|")
for k in sorted(g, key=lambda k: (k.split(" | ")[0], -len(g[k]))):
    print(line(k, g[k]).replace("| ", "| ", 1))
