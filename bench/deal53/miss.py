#!/usr/bin/env python3
"""The read parts' sign and agree events (branch deal53, stop 45), after bench/assault51/miss.py.

  miss.py RASD OUT.tsv     one row per gold sign or agree of dev, dev5, unseen, unseen2 … up to
                           the part before the newest drawn (the blind one, never read): part,
                           id, kind, found by default (1/0), actors right (1/0/-), found under
                           --event-triggers (1/0), gold actors, rasd's actors, status, sentence
Python stdlib only; uses bench/recall/recall.py's loaders and its matching rule."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assault51"))
import recall as R
import miss as M

KINDS = ("sign", "agree")


def main(rasd, out):
    with open(out, "w", encoding="utf-8") as f:
        for p, i, g, _, (m1, _), m2, text in M.articles(rasd, KINDS, True):
            for e, x, y in zip(g["E"], m1, m2):
                if e["type"] not in KINDS:
                    continue
                names = [s.get("name") or "" for s in (x or {}).get("actors", [])]
                f.write("\t".join([p, i, e["type"], str(int(x is not None)),
                                   M.actors_right(e, x), str(int(y is not None)),
                                   ";".join(e["actors"]), ";".join(names), e["status"],
                                   M.sentence(text, e)]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
