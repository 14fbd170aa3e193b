#!/usr/bin/env python3
"""The visit rows a branch adds or changes on a fresh draw (branch visit53, stop 45).

  fresh.py BASE_RASD NEW_RASD SEED N OUT.tsv [SKIP]
Articles outside bench/recall/drawn.txt (every part) are shuffled with random.Random(SEED);
the first N (after the first SKIP, a draw judged before) are analysed by both builds (`rasd analyze --threads 2`); every visit row of the
new build that the base build does not give (same sentence, actors, place, status) is written
with its sentence (the trigger marked ‹ ›) and empty verdict and reason columns, to judge by
hand (docs/EVENTS.md "Stop 41: a fresh judged sample"); the base's rows the new build lost
are written as "lost". The draw and runs are bench/recall/fresh.py's (mend54, stop 46).
Python stdlib only."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import fresh as F  # noqa: E402


def key(e):
    return (tuple(e["sentence"]), tuple(x.get("name") or "" for x in e["actors"]),
            (e.get("place") or {}).get("name") or "", e.get("status"))


def visit(e):
    return e["type"] == "visit"


def main(base, new, seed, n, out, skip=0):
    docs = F.shuffled(F.pool(), seed, skip, n)
    a, b = F.analyze(base, docs), F.analyze(new, docs)
    k = 0
    with open(out, "w", encoding="utf-8") as f:
        f.write("no\tchange\tarticle\tstatus\tactors\tplace\ttext\tverdict\treason\n")
        for d in docs:
            i, tx = d["id"], d["text"].encode()
            ra = F.rows_by(a.get(i, {}), key=key, keep=visit)
            rb = F.rows_by(b.get(i, {}), key=key, keep=visit)
            for what, mine, other in (("added", rb, ra), ("lost", ra, rb)):
                for kk, e in mine.items():
                    if kk in other:
                        continue
                    s0, s1 = e["sentence"]
                    t0, t1 = e.get("trigger") or [s0, s0]
                    s = (tx[s0:t0] + "‹".encode() + tx[t0:t1] + "›".encode() + tx[t1:s1])
                    k += 1
                    f.write("\t".join([str(k), what, i, kk[3] or "", ";".join(kk[1]), kk[2],
                                       s.decode(errors="replace").replace("\n", " "), "",
                                       ""]) + "\n")
    print("articles %d, rows %d" % (len(docs), k), file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:7])
