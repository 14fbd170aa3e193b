#!/usr/bin/env python3
"""on50: 30 rows a form (seed 7750; all when fewer) of forms.py's rows.tsv, as judge rows.

    bench/on50/sample.py ROWS.tsv OUT.tsv FORM ...   (FORM kind:form)"""
import random, sys
rows, out, forms = sys.argv[1], sys.argv[2], sys.argv[3:]
allr = [l.rstrip("\n").split("\t") for l in open(rows, encoding="utf-8")]
w = open(out, "w", encoding="utf-8")
w.write("form\tno\tarticle\tpublished\tkind\tstart\tstatus\tdate\tdated\tactors\tplace\tcue\t"
        "text\tverdict\treason\n")
for f in forms:
    r = [x for x in allr if x[0] == f]
    pick = sorted(random.Random(7750).sample(range(len(r)), min(30, len(r))))
    for n, i in enumerate(pick, 1):
        w.write("\t".join(r[i][:1] + [str(n)] + r[i][1:] + ["", ""]) + "\n")
