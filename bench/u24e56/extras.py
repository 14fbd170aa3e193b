#!/usr/bin/env python3
"""u24e56 (stop 48): every read part's rasd event rows that recall.py counts false (no gold
event of their kind matched to them or overlapping their sentence; dev … unseen24), by kind: part, id, kind, actors, the row's sentence (400 characters).

    extras.py RASD OUT.tsv
Python stdlib only; bench/assault51/miss.py's articles() (every=True)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assault51"))
import miss as M

KINDS = ("appeal", "assault", "fight", "meet", "criticize", "visit", "sign", "agree", "host",
         "accuse", "threaten")


def main(rasd, out):
    with open(out, "w", encoding="utf-8") as f:
        for p, i, g, res, (_, used), _, text in M.articles(rasd, KINDS, every=True):
            for k, e in enumerate(res.get("events", [])):
                s0, s1 = e.get("sentence") or [0, 0]
                if used[k] or any(M.R.overlap(x["start"], x["end"], s0, s1) > 0 and
                                  x["type"] == M.R.kind(e) for x in g["E"]):
                    continue
                f.write("\t".join([p, i, M.R.kind(e), ";".join(a.get("name") or "" for a in
                                   e.get("actors", [])),
                                   text[s0:s1].decode(errors="replace").replace("\n", " ")[:400]])
                        + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
