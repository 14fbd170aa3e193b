#!/usr/bin/env python3
"""pairs.py (branch hist74): every rule "undated at the article's day & A [& B]" (A, B a feature
of rows.tsv or its negation) on the judged rows BUILD still makes; the best by the date's
precision (date wrong / hits) with at least MIN hits. Read off the judged rows: in sample."""
import csv
import itertools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = {"file", "no", "article", "kind", "cls", "gone", "date_wrong", "sent_idx",
        "undated_at_day", "dated"}


def main(argv):
    low = int(argv[1]) if len(argv) > 1 else 8
    with open(os.path.join(HERE, "rows.tsv"), encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t")
                if r["gone"] == "False" and r["undated_at_day"] == "True"]
    feats = [k for k in rows[0] if k not in SKIP]
    lits = [(k, v) for k in feats for v in ("True", "False")]
    res = []
    for n in (1, 2):
        for combo in itertools.combinations(lits, n):
            if len({k for k, _ in combo}) < n:
                continue
            h = [r for r in rows if all(r[k] == v for k, v in combo)]
            if len(h) < low:
                continue
            w = sum(r["date_wrong"] == "True" for r in h)
            old = sum(r["cls"] in ("hist", "camp", "pold") for r in h)
            res.append((w / len(h), len(h), w, old, combo))
    res.sort(key=lambda x: (-x[0], -x[1]))
    tot = sum(r["date_wrong"] == "True" for r in rows)
    print("undated at the article's day: %d rows, date wrong %d (%.2f)" % (
        len(rows), tot, tot / len(rows)))
    print("prec  hits dateW old  rule")
    for p, n, w, old, combo in res[:20]:
        print("%.2f %5d %5d %3d  %s" % (p, n, w, old, " & ".join(
            ("" if v == "True" else "not ") + k for k, v in combo)))


if __name__ == "__main__":
    main(sys.argv)
