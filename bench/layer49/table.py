#!/usr/bin/env python3
"""layer49: the tables of OUTDIR/pool.tsv (bench/layer49/pool.py)."""
import csv, sys, collections, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pool import wilson


def line(name, vs):
    n = len(vs)
    c = collections.Counter(vs)
    k = c["right"] + c["partly"]
    lo, hi = wilson(k, n)
    p = k / n if n else 0
    return "| %s | %d | %d / %d / %d | %.2f [%.2f, %.2f] |" % (name, n, c["right"], c["partly"], c["wrong"], p, lo, hi)


rs = list(csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
print("| group | rows | right / partly / wrong | with partly [Wilson 95%] |\n|---|---|---|---|")
for who in ["layer", "rules", "gone", "gone-all", "gone-rules"]:
    print(line(who, [r["verdict"] for r in rs if r["who"] == who]))
print(line("given today", [r["verdict"] for r in rs if not r["who"].startswith("gone")]))
print(line("all judged", [r["verdict"] for r in rs]))
print()
g = collections.defaultdict(list)
for r in rs:
    if r["who"] == "layer":
        g[r["kind"] + " | " + (r["forms"] or "(no single form)")].append(r["verdict"])
print("| layer kind, form | rows | right / partly / wrong | with partly |\n|---|---|---|---|")
for k in sorted(g, key=lambda k: -len(g[k])):
    print(line(k, g[k]))
g = collections.defaultdict(list)
for r in rs:
    if r["who"] == "layer":
        g[r["kind"]].append(r["verdict"])
print()
for k in sorted(g, key=lambda k: -len(g[k])):
    print(line(k, g[k]))
g = collections.defaultdict(list)
for r in rs:
    if r["who"] == "layer":
        for f in (r["forms"] or "none").split(","):
            g[f.split("@")[0]].append(r["verdict"])
print()
for k in sorted(g, key=lambda k: -len(g[k])):
    print(line("form " + k, g[k]))
