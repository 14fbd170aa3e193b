#!/usr/bin/env python3
"""Fresh check of a speaker change (branch attrw53, stop 45): every quote whose speaker differs
between two rasd builds on a random draw of SaudiNewsNet articles outside
bench/recall/drawn.txt.

  python3 bench/attrw53/fresh.py BASE HEAD SEED N [--skip SEED2:N2 ...]

Draws N ids with random.Random(SEED) among the corpus ids not in drawn.txt (nor in the draws
named by --skip, to keep a later draw disjoint from an earlier one), runs `rasd analyze
--threads 1` with each build, and prints for every quote (same start and end, or a quote only
one build has) whose speaker name differs: id, start, cue, base speaker -> head speaker,
~300 bytes before the quote and its first bytes. Last line: articles, quotes, changed rows.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import recall  # noqa: E402


def pick(seed, n, avoid):
    pool = sorted(d["id"] for d in recall.articles() if d["id"] not in avoid)
    return random.Random(seed).sample(pool, n)


def main(a):
    base, head, seed, n = a[0], a[1], int(a[2]), int(a[3])
    avoid = {i for i, _ in recall.drawn()}
    for k, x in enumerate(a):
        if x == "--skip":
            s2, n2 = a[k + 1].split(":")
            avoid |= set(pick(int(s2), int(n2), {i for i, _ in recall.drawn()}))
    ids = set(pick(seed, n, avoid))
    docs = list(recall.articles(ids))
    ob = recall.analyze_docs(base, docs)
    oh = recall.analyze_docs(head, docs)
    texts = {d["id"]: d["text"].encode() for d in docs}
    nq = changed = 0
    for i in sorted(ids):
        qb = {(q["start"], q["end"]): q for q in ob.get(i, {}).get("quotes", [])}
        qh = {(q["start"], q["end"]): q for q in oh.get(i, {}).get("quotes", [])}
        nq += len(qh)
        for k in sorted(set(qb) | set(qh)):
            sb = recall.quote_speakers(qb[k]) if k in qb else None
            sh = recall.quote_speakers(qh[k]) if k in qh else None
            if sb == sh:
                continue
            changed += 1
            q = qh.get(k) or qb.get(k)
            t = texts[i]
            print("=" * 8, i, k[0], k[1], "cue:", q.get("cue"), "|", sb, "->", sh)
            print("  before:", t[max(0, k[0] - 300):k[0]].decode("utf-8", "replace").replace("\n", " / "))
            print("  quote :", t[k[0]:k[0] + 150].decode("utf-8", "replace").replace("\n", " / "))
    print("# articles %d quotes(head) %d changed %d" % (len(ids), nq, changed))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
