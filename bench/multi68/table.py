#!/usr/bin/env python3
"""bench/multi68/table.py — lost.tsv's rows by kind and cause, rows / read parts (branch
multi68, stop 58), as markdown; then vio67's looser count (an event of the row's kind in the
sentence alone, whichever gold row it would match).

  table.py lost.tsv > table.md"""
import collections, csv, sys

CAUSES = ("fold", "fold-in-sentence", "assault-already", "context", "sentence-limit", "form")


def main(a):
    rows = list(csv.DictReader(open(a[0], encoding="utf-8"), delimiter="\t"))
    n = collections.defaultdict(collections.Counter)
    p = collections.defaultdict(lambda: collections.defaultdict(set))
    for r in rows:
        for k in (r["kind"], "all"):
            n[k][r["cause"]] += 1
            p[k][r["cause"]].add(r["part"])
            p[k]["*"].add(r["part"])
    kinds = sorted((k for k in n if k != "all"), key=lambda k: -sum(n[k].values())) + ["all"]
    print("| kind | missed | " + " | ".join(CAUSES) + " | found alone |")
    print("|---" * (len(CAUSES) + 3) + "|")
    for k in kinds:
        cells = ["%d / %d" % (n[k][c], len(p[k][c])) if n[k][c] else "–" for c in CAUSES]
        alone = sum(1 for r in rows if (k == "all" or r["kind"] == k) and r["alone"] == "found")
        print("| %s | %d / %d | %s | %d |" % (k, sum(n[k].values()), len(p[k]["*"]),
                                             " | ".join(cells), alone))
    loose = collections.Counter(r["kind"] for r in rows if int(r["n_alone"]) > 0)
    print("\nvio67's looser count (an event of the kind in the sentence alone): "
          + ", ".join("%s %d" % kv for kv in loose.most_common()) + "; all %d"
          % sum(loose.values()))


if __name__ == "__main__":
    main(sys.argv[1:])
