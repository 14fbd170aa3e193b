#!/usr/bin/env python3
"""The read parts' gold assaults and fights and how rasd finds them (branch assault54, stop 46).

  miss.py RASD OUT.tsv     one row per gold assault or fight of dev, dev5, unseen … up to the
                           part before the newest drawn (the blind one is never read): part, id,
                           kind, found by default (1/0), gold actors, place, status, the gold
                           sentence
Python stdlib only; bench/assault51/miss.py's parts and analyze, recall.py's matching."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
sys.path.insert(0, os.path.join(HERE, "..", "assault51"))
import recall as R
import miss as M

KINDS = ("assault", "fight")


def main(rasd, out):
    with open(out, "w", encoding="utf-8") as f:
        for p, i, g, _, (m, _), _, text in M.articles(rasd, KINDS):
            for e, x in zip(g["E"], m):
                if e["type"] in KINDS:
                    f.write("\t".join([p, i, e["type"], str(int(x is not None)),
                                       ";".join(e["actors"]), e["place"], e["status"],
                                       M.sentence(text, e)]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
