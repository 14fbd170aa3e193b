#!/usr/bin/env python3
"""fresh_ents.py — the entity mentions two rasd builds give differently on a fresh draw
(branch ner56, stop 48): articles outside bench/recall/drawn.txt (bench/recall/fresh.py's
pool), random.Random(SEED).sample of N; every (start, end, type, name) of one build missing
from the other is printed with 60 characters either side, for judging. Also the quotes whose
speaker changed.

    python3 bench/ner56/fresh_ents.py OLD NEW SEED N [SKIPSEED:SKIPN] > OUT.txt

Draws of ner56: 48561:1500 (the first rule, judged in docs/NER.md), then 48562:2000 less
that draw (the rule as merged)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "recall"))
import fresh as F  # noqa: E402


def ctx(text, s, e):
    b = text.encode()
    return (b[max(0, s - 120):s].decode(errors="ignore") + "[" + b[s:e].decode(errors="ignore")
            + "]" + b[e:e + 80].decode(errors="ignore")).replace("\n", " ")


def main(old, new, seed, n, skip=None):
    pool = F.pool()
    if skip:                               # an earlier draw SEED:N left out
        ss, sn = (int(v) for v in skip.split(":"))
        gone = {d["id"] for d in F.sample(pool, ss, sn)}
        pool = [d for d in pool if d["id"] not in gone]
    docs = F.sample(pool, seed, n)
    a, b = F.analyze(old, docs), F.analyze(new, docs)
    byid = {d["id"]: d for d in docs}
    changed = 0
    for i in sorted(a):
        ea = {(e["start"], e["end"], e["type"], e["name"]) for e in a[i].get("entities", [])}
        eb = {(e["start"], e["end"], e["type"], e["name"]) for e in b[i].get("entities", [])}
        qa = {(q["start"], (q.get("speaker") or {}).get("name")) for q in a[i].get("quotes", [])}
        qb = {(q["start"], (q.get("speaker") or {}).get("name")) for q in b[i].get("quotes", [])}
        if ea == eb and qa == qb:
            continue
        changed += 1
        t = byid[i]["text"]
        print("###", i)
        for x in sorted(ea - eb):
            print("  - %d %s %s | %s" % (x[0], x[2], x[3], ctx(t, x[0], x[1])))
        for x in sorted(eb - ea):
            print("  + %d %s %s | %s" % (x[0], x[2], x[3], ctx(t, x[0], x[1])))
        for x in sorted(qa ^ qb, key=str):
            print("  q%s %d speaker %s" % ("-" if x in qa else "+", x[0], x[1]))
    print("articles %d changed %d" % (len(docs), changed), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]),
         sys.argv[5] if len(sys.argv) > 5 else None)
