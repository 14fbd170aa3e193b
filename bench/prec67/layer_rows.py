#!/usr/bin/env python3
"""prec67: the judged event rows of judge43..judge59 that pool.py marks as the trigger layer's
(POOL.tsv), in the judge files' own columns, for `tools/judge_sample.py score`.

    bench/prec67/layer_rows.py POOL.tsv OUT.tsv [layer|rules]"""
import csv, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(pool, out, who="layer"):
    keep = set()
    for r in csv.DictReader(open(pool, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE):
        if r["who"] == who:
            keep.add((r["file"], r["no"]))
    w = None
    for n in range(43, 60):
        f = "judge%d" % n
        p = os.path.join(ROOT, "bench", "judged", f + ".tsv")
        rd = csv.reader(open(p, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE)
        head = next(rd)
        if w is None:
            w = csv.writer(open(out, "w", encoding="utf-8", newline=""), delimiter="\t",
                           quoting=csv.QUOTE_NONE, quotechar=None, escapechar=None,
                           lineterminator="\n")
            w.writerow(head)
        for r in rd:
            if r and r[0] == "events" and (f, r[1]) in keep:
                w.writerow(r)


if __name__ == "__main__":
    main(*sys.argv[1:])
