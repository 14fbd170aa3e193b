#!/usr/bin/env python3
"""fight57 (stop 49): the class table of every read part's missed assaults and fights.

    table.py [MISSES.tsv [ALONE.tsv]]   per (kind, class): misses, distinct parts, distinct
                                        articles, and how many of them rasd gives when the
                                        gold sentence is analysed alone (ALONE.tsv: alone.py's
                                        output, same row order; such a miss is lost to the
                                        article: a second event of one sentence, or a later
                                        mention folded into an earlier one, event_when.c)
MISSES.tsv: bench/fight57/misses.tsv (bench/assault54/miss.py's rows at 4e4e13c, the misses
classed: assault54's letters, unseen23-25 classed here). Python stdlib only."""
import collections, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))


def main(misses, alone):
    rows = [l.rstrip("\n").split("\t") for l in open(misses, encoding="utf-8")
            if not l.startswith("#")]
    al = [l.split("\t")[0] for l in open(alone, encoding="utf-8")] if alone else []
    agg = collections.defaultdict(lambda: [0, set(), set(), 0])
    for k, r in enumerate(rows):
        a = agg[(r[2], r[3])]
        a[0] += 1
        a[1].add(r[0])
        a[2].add(r[1])
        a[3] += k < len(al) and al[k] == "alone"
    print("kind\tclass\tmisses\tparts\tarticles\tgiven alone")
    for (kind, cls), (n, p, a, g) in sorted(agg.items(), key=lambda x: (-len(x[1][1]), -x[1][0])):
        print("%s\t%s\t%d\t%d\t%d\t%d" % (kind, cls, n, len(p), len(a), g))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "misses.tsv"),
         sys.argv[2] if len(sys.argv) > 2 else None)
