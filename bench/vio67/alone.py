#!/usr/bin/env python3
"""bench/vio67/alone.py — each row of missed.tsv analysed alone (branch vio67, stop 57).

  alone.py RASD missed.tsv > alone.tsv

One line per row (its code a1 …/f1 …, as classes.py numbers them): "alone" when RASD gives an
event of the row's kind (recall.py's kinds: kill and assassinate are assault) for the gold
sentence analysed by itself with its article's publication day, else "none" (fight57's alone.py
on this list)."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall  # noqa: E402


def main(a):
    lines = open(a[1], encoding="utf-8").read().splitlines()[1:]
    rows, n = [], {"assault": 0, "fight": 0}
    for l in lines:
        f = l.split("\t")
        n[f[4]] += 1
        rows.append((("a" if f[4] == "assault" else "f") + str(n[f[4]]), f))
    arts = {d["id"]: d for d in recall.articles({f[1] for _, f in rows})}
    docs = [{"id": c, "text": f[8], "published": arts[f[1]].get("published")} for c, f in rows]
    out = recall.analyze_docs(a[0], docs)
    for c, f in rows:
        ev = [e for e in out.get(c, {}).get("events", []) if recall.kind(e) == f[4]]
        print("%s\t%s" % (c, "alone" if ev else "none"))


if __name__ == "__main__":
    main(sys.argv[1:])
