#!/usr/bin/env python3
"""Every read part's gold events rasd misses by default (branch events55, stop 47).

  misses.py RASD OUT.tsv   one row per missed gold event of dev, dev5, unseen … unseen23
                           (the blind unseen24 never read: bench/assault51/miss.py's parts()):
                           part, id, kind, gold actors, the gold sentence (400 characters)
Python stdlib only; recall.py's loaders and matching through assault51/miss.py's articles()."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assault51"))
import miss as M

KINDS = ("appeal", "assault", "fight", "meet", "criticize", "visit", "sign", "agree", "host",
         "accuse", "threaten")


def main(rasd, out):
    with open(out, "w", encoding="utf-8") as f:
        for p, i, g, _, (hits, _), _, text in M.articles(rasd, KINDS):
            for e, h in zip(g["E"], hits):
                if h is None:
                    f.write("\t".join([p, i, e["type"], ";".join(e["actors"]),
                                       M.sentence(text, e)[:400]]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
