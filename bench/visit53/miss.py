#!/usr/bin/env python3
"""The read parts' visit events, found or missed (branch visit53, stop 45).

  miss.py RASD OUT.tsv     one row per gold visit of dev, dev5, unseen, unseen2 … up to the
                           part before the newest drawn (the blind one is never read): part,
                           id, found by default (1/0), actors right (1/0/-), found under
                           --event-triggers (1/0), actors, place, date, status, the gold
                           sentence; then one "extra" row per visit rasd gives that matches no
                           gold visit (part, id, "extra", its actors, its sentence)
Python stdlib only; the loaders and matching of bench/recall/recall.py (bench/assault51/miss.py's
shape)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assault51"))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R
import miss as M

KIND = "visit"


def main(rasd, out):
    with open(out, "w", encoding="utf-8") as f:
        for p, i, g, res, (m1, used), m2, text in M.articles(rasd, (KIND,), True, every=True):
            for e, x, y in zip(g["E"], m1, m2):
                if e["type"] == KIND:
                    f.write("\t".join([p, i, str(int(bool(x))), M.actors_right(e, x),
                                       str(int(bool(y))), ";".join(e["actors"]), e["place"],
                                       e["date"], e["status"], M.sentence(text, e)]) + "\n")
            for k, s in enumerate(res.get("events", [])):
                if used[k] or R.kind(s) != KIND:
                    continue
                ss = s.get("sentence") or [0, 0]
                t = text[ss[0]:ss[1]].decode(errors="replace").replace("\n", " ")
                f.write("\t".join([p, i, "extra", ";".join(z.get("name") or "" for z in
                                                          s.get("actors", [])),
                                   (s.get("place") or {}).get("name", ""),
                                   s.get("status", "occurred"), t]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
