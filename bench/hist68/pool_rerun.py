#!/usr/bin/env python3
"""hist68: the pool rows (bench/hist68/pool.tsv, at the article's day) rerun with the start
build and this branch's: each row's date before and after (in sample).
Usage: python3 bench/hist68/pool_rerun.py OLD[:DATA] NEW[:DATA]"""
import csv, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "recall"))
import fresh  # noqa: E402
import recall as R  # noqa: E402

def dates(build, docs):
    b, _, d = build.partition(":")
    out = fresh.analyze(b, docs, data=d or None)
    res = {}
    for i, o in out.items():
        for e in o.get("events", []):
            res[(i, e["trigger"][0] if isinstance(e["trigger"], list) else None, e["type"])] = \
                e.get("date") or ""
    return res

def main():
    rows = [r for r in csv.DictReader(open("bench/hist68/pool.tsv"), delimiter="\t")
            if r["at_day"] == "1"]
    docs = list(R.articles({r["article"] for r in rows}))
    old, new = dates(sys.argv[1], docs), dates(sys.argv[2], docs)
    full = {}
    for k in range(43, 61):
        for r in csv.DictReader(open(f"bench/judged/judge{k}.tsv"), delimiter="\t"):
            if r["sample"] == "events":
                full[(str(k), r["no"])] = r
    for r in rows:
        f = full[(r["judge"], r["no"])]
        key = (f["article"], int(f["start"]), f["kind"])
        a, b = old.get(key, "-"), new.get(key, "-")
        mark = "CHANGED" if a != b else ""
        print(r["judge"], r["no"], r["kind"], r["verdict"], r["form"], a, "->", b, mark)

main()
