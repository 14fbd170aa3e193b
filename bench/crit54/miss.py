#!/usr/bin/env python3
"""The read parts' criticize / accuse / threaten events and how rasd finds them (branch crit54,
stop 46).

  miss.py RASD OUT.tsv     one row per gold event of the three kinds in dev, dev5, unseen,
                           unseen2 … up to the part before the newest drawn (the blind one is
                           never read): part, id, kind, found by default (1/0), found as a quote
                           (1/0: a system quote overlaps the gold sentence), gold actors, rasd's
                           actors of the matching row, the gold sentence
Python stdlib only; uses bench/recall/recall.py's loaders and matching rule and
bench/assault51/miss.py's list of parts (as bench/appeal53/miss.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
sys.path.insert(0, os.path.join(HERE, "..", "assault51"))
import recall as R
import miss as M

KINDS = ("criticize", "accuse", "threaten")


def main(rasd, out):
    with open(out, "w", encoding="utf-8") as f:
        for p, i, g, res, (m, _), _, text in M.articles(rasd, KINDS):
            for e, s in zip(g["E"], m):
                if e["type"] not in KINDS:
                    continue
                q = int(any(x["start"] < e["end"] and e["start"] < x["end"]
                            for x in res.get("quotes", [])))
                names = [x.get("name") or "" for x in s.get("actors", [])] if s else []
                f.write("\t".join([p, i, e["type"], str(int(s is not None)), str(q),
                                   ";".join(e["actors"]), ";".join(names),
                                   M.sentence(text, e)]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
