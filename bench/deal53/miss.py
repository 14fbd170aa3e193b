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
    read, blind = M.parts()
    with open(out, "w", encoding="utf-8") as f:
        for p in read:
            assert p != blind
            gold = R.load(R.LABELS, p)
            if not any(e["type"] in KINDS for g in gold.values() for e in g["E"]):
                continue
            docs = {d["id"]: d for d in R.articles(set(gold))}
            a = M.analyze(rasd, docs.values(), [])
            b = M.analyze(rasd, docs.values(), ["--event-triggers"])
            for i, g in sorted(gold.items()):
                m1 = R.match_events(g["E"], a.get(i, {}).get("events", []))[0]
                m2 = R.match_events(g["E"], b.get(i, {}).get("events", []))[0]
                text = docs[i]["text"].encode()
                for e, x, y in zip(g["E"], m1, m2):
                    if e["type"] not in KINDS:
                        continue
                    names = [s.get("name") or "" for s in (x or {}).get("actors", [])]
                    ok = "-" if x is None else str(int(all(
                        any(R.same_name(n, m) for m in names) for n in e["actors"])))
                    s = text[e["start"]:e["end"]].decode(errors="replace").replace("\n", " ")
                    f.write("\t".join([p, i, e["type"], str(int(x is not None)), ok,
                                       str(int(y is not None)), ";".join(e["actors"]),
                                       ";".join(names), e["status"], s]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
