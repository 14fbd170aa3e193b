#!/usr/bin/env python3
"""The read parts' gold meet events and whether rasd finds them (branch summit53, stop 45).

  miss.py RASD OUT.tsv [KIND]   one row per gold event of KIND (meet by default) of dev, dev5,
                                unseen, unseen2 … up to the part before the newest drawn (the
                                blind part is never read): part, id, found by default (1/0),
                                found under --event-triggers (1/0), actors, place, date, status,
                                the gold sentence
Reuses bench/assault51/miss.py (its loaders, its matching rule); Python stdlib only."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assault51"))
import miss as M


def main(rasd, out, kind):
    with open(out, "w", encoding="utf-8") as f:
        for p, i, g, _, (m1, _), m2, text in M.articles(rasd, (kind,), True):
            for e, x, y in zip(g["E"], m1, m2):
                if e["type"] == kind:
                    f.write("\t".join([p, i, str(int(x is not None)), str(int(y is not None)),
                                       ";".join(e["actors"]), e["place"], e["date"],
                                       e["status"], M.sentence(text, e)]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "meet")
