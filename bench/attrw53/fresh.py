#!/usr/bin/env python3
"""Fresh check of a speaker change (branch attrw53, stop 45): every quote whose speaker differs
between two rasd builds on a random draw of SaudiNewsNet articles outside
bench/recall/drawn.txt.

  python3 bench/attrw53/fresh.py BASE HEAD SEED N [--skip SEED2:N2 ...]

Draws N ids with random.Random(SEED) among the corpus ids not in drawn.txt (nor in the draws
named by --skip, to keep a later draw disjoint from an earlier one), runs `rasd analyze`
with each build, and prints for every quote (same start and end, or a quote only
one build has) whose speaker name differs: id, start, cue, base speaker -> head speaker,
~300 bytes before the quote and its first bytes. Last line: articles, quotes, changed rows.
The draw, runs and rows are bench/recall/fresh.py's (mend54, stop 46).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import fresh as F  # noqa: E402
import recall  # noqa: E402


def main(a):
    base, head, seed, n = a[0], a[1], int(a[2]), int(a[3])
    skip = ",".join(a[k + 1] for k, x in enumerate(a) if x == "--skip")
    docs = sorted(F.sample(F.skip_draws(F.pool(), skip), seed, n), key=lambda d: d["id"])
    ob, oh = F.analyze(base, docs), F.analyze(head, docs)
    nq = sum(len(F.rows_by(oh.get(d["id"]), "quotes")) for d in docs)
    changed = 0
    for _, d, qb, qh in F.changes(docs, ob, oh, "quotes", same=recall.quote_speakers):
        changed += 1
        sb = recall.quote_speakers(qb) if qb else None
        sh = recall.quote_speakers(qh) if qh else None
        q, t = qh or qb, d["text"].encode()
        k = (q["start"], q["end"])
        print("=" * 8, d["id"], k[0], k[1], "cue:", q.get("cue"), "|", sb, "->", sh)
        print("  before:", t[max(0, k[0] - 300):k[0]].decode("utf-8", "replace").replace("\n", " / "))
        print("  quote :", t[k[0]:k[0] + 150].decode("utf-8", "replace").replace("\n", " / "))
    print("# articles %d quotes(head) %d changed %d" % (len(docs), nq, changed))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
