#!/usr/bin/env python3
"""The read parts' meet events rasd misses and the meet rows it reports that match no gold
event (branch meet56, stop 48).   miss.py RASD OUT.tsv
Rows: part, id, "miss" or "extra", actors, the sentence. The blind part (the newest drawn)
is never read (bench/assault51/miss.py's parts())."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assault51"))
import miss as M


def main(rasd, out):
    with open(out, "w", encoding="utf-8") as f:
        for p, i, g, res, (hits, used), _, text in M.articles(rasd, ("meet",), every=True):
            for e, h in zip(g["E"], hits):
                if e["type"] == "meet" and h is None:
                    f.write("\t".join([p, i, "miss", ";".join(e["actors"]),
                                       M.sentence(text, e)]) + "\n")
            for k, s in enumerate(res.get("events", [])):
                if s["type"] == "meet" and not used[k]:
                    st, en = s["sentence"]
                    f.write("\t".join([p, i, "extra", ";".join(a.get("name") or "" for a in s.get("actors", [])),
                                       text[st:en].decode(errors="replace").replace("\n", " ")]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
