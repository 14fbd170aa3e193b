#!/usr/bin/env python3
"""lay68: the trigger layer's partly and wrong judged rows (pool.py's POOL.tsv, who=layer),
with the judge files' actors, place, date and reason; one row a line, for classing by hand.

    bench/lay68/dump.py POOL.tsv > rows.txt"""
import csv, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def judged():
    out = {}
    for n in range(43, 60):
        f = "judge%d" % n
        p = os.path.join(ROOT, "bench", "judged", f + ".tsv")
        for r in csv.DictReader(open(p, encoding="utf-8"), delimiter="\t",
                                quoting=csv.QUOTE_NONE):
            if r["sample"] == "events":
                out[(f, r["no"])] = r
    return out


def main(pool):
    j = judged()
    for r in csv.DictReader(open(pool, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE):
        if r["who"] != "layer" or r["verdict"] not in ("partly", "wrong"):
            continue
        x = j[(r["file"], r["no"])]
        print("%s-%s %s %s %s A=[%s] P=[%s] D=%s pub=%s\n  T: %s\n  R: %s" % (
            r["file"][5:], r["no"], r["article"], r["kind"], r["verdict"], x["actors"],
            x["place|speaker"], x["date"], x["published"][:10], x["text"], r["reason"]))


if __name__ == "__main__":
    main(*sys.argv[1:])
