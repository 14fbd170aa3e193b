#!/usr/bin/env python3
"""The read parts' appeal events and how rasd finds them (branch appeal53, stop 45).

  miss.py RASD OUT.tsv     one row per gold appeal of dev, dev5, unseen, unseen2 … up to the
                           part before the newest drawn (the blind one, never read): part, id,
                           found by default (1/0), actors right (1/0/-), gold actors, rasd's
                           actors of the matching row, the gold sentence
Python stdlib only; uses bench/recall/recall.py's loaders and its matching rule, and
bench/assault51/miss.py's list of parts."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
sys.path.insert(0, os.path.join(HERE, "..", "assault51"))
import recall as R
import miss as M


def main(rasd, out):
    with open(out, "w", encoding="utf-8") as f:
        for p, i, g, _, (m, _), _, text in M.articles(rasd, ("appeal",)):
            for e, s in zip(g["E"], m):
                if e["type"] != "appeal":
                    continue
                names = [x.get("name") or "" for x in s.get("actors", [])] if s else []
                f.write("\t".join([p, i, str(int(s is not None)), M.actors_right(e, s),
                                   ";".join(e["actors"]), ";".join(names),
                                   M.sentence(text, e)]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
