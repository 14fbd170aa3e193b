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
    read, blind = M.parts()
    with open(out, "w", encoding="utf-8") as f:
        for p in read:
            assert p != blind
            gold = M.R.load(M.R.LABELS, p)
            if not any(e["type"] == kind for g in gold.values() for e in g["E"]):
                continue
            docs = {d["id"]: d for d in M.R.articles(set(gold))}
            a = M.analyze(rasd, docs.values(), [])
            b = M.analyze(rasd, docs.values(), ["--event-triggers"])
            for i, g in sorted(gold.items()):
                m1 = M.matched(g["E"], a.get(i, {}).get("events", []))
                m2 = M.matched(g["E"], b.get(i, {}).get("events", []))
                text = docs[i]["text"].encode()
                for e, x, y in zip(g["E"], m1, m2):
                    if e["type"] != kind:
                        continue
                    s = text[e["start"]:e["end"]].decode(errors="replace").replace("\n", " ")
                    f.write("\t".join([p, i, str(int(x)), str(int(y)), ";".join(e["actors"]),
                                       e["place"], e["date"], e["status"], s]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "meet")
