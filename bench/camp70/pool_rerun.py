#!/usr/bin/env python3
"""camp70: the pool rows (bench/camp70/pool.tsv) rerun with the start build and this branch's:
each row's date before and after, "gone" when the row is no longer given (in sample: the rules
were read off this pool).
Usage: python3 bench/camp70/pool_rerun.py OLD[:DATA] NEW[:DATA] > bench/camp70/pool_mended.txt"""
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
            t = e["trigger"][0] if isinstance(e["trigger"], list) else None
            res[(i, t, e["type"])] = e.get("date") or "undated"
    return res

def main():
    rows = list(csv.DictReader(open("bench/camp70/pool.tsv"), delimiter="\t"))
    docs = list(R.articles({r["article"] for r in rows}))
    old, new = dates(sys.argv[1], docs), dates(sys.argv[2], docs)
    n = 0
    for r in rows:
        key = (r["article"], int(r["start"]), r["kind"])
        a, b = old.get(key, "gone"), new.get(key, "gone")
        mark = "CHANGED" if a != b else ""
        n += a != b and r["again"] == "0"
        print(f"judge{r['judge']} {r['no']}\t{r['kind']}\t{r['verdict']}\t{a} -> {b}\t{mark}\t"
              f"{r['form']}")
    print(f"distinct rows changed: {n}")

main()
