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
    read, blind = M.parts()
    with open(out, "w", encoding="utf-8") as f:
        for p in read:
            assert p != blind
            gold = R.load(R.LABELS, p)
            docs = {d["id"]: d for d in R.articles(set(gold))}
            a = M.analyze(rasd, docs.values(), [])
            for i, g in sorted(gold.items()):
                m = R.match_events(g["E"], a.get(i, {}).get("events", []))[0]
                text = docs[i]["text"].encode()
                for e, s in zip(g["E"], m):
                    if e["type"] != "appeal":
                        continue
                    names = [x.get("name") or "" for x in s.get("actors", [])] if s else []
                    ok = "-" if s is None else str(int(all(
                        any(R.same_name(x, n) for n in names) for x in e["actors"])))
                    t = text[e["start"]:e["end"]].decode(errors="replace").replace("\n", " ")
                    f.write("\t".join([p, i, str(int(s is not None)), ok, ";".join(e["actors"]),
                                       ";".join(names), t]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
