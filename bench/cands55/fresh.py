#!/usr/bin/env python3
"""fresh.py RASD SEED N [EXCLUDE_SEED:N ...] > FILE: the quotes rasd leaves without a speaker on
N fresh articles (bench/recall/fresh.py's pool, outside drawn.txt, so never unseen24; its
sample() with SEED), less the articles of earlier draws EXCLUDE_SEED:N, each quote with the 300
bytes before it, for classing by hand (branch cands55, stop 47). Draws made: 47155 300
(fresh_empty.txt), 47156 600 47155:300 (fresh_empty2.txt)."""
import sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench", "recall"))
import fresh

def main(rasd, seed, n, excl):
    pool = fresh.pool()
    seen = set()
    for e in excl:
        s0, n0 = e.split(":")
        seen |= {d["id"] for d in fresh.sample(pool, int(s0), int(n0))}
    docs = [d for d in fresh.sample(pool, seed, n) if d["id"] not in seen]
    out = fresh.analyze(rasd, docs)
    k = 0
    nq = 0
    for d in docs:
        b = d["text"].encode()
        for q in out[d["id"]].get("quotes", []):
            nq += 1
            if q.get("speaker"):
                continue
            k += 1
            lo = max(0, q["start"] - 300)
            while lo > 0 and (b[lo] & 0xC0) == 0x80: lo += 1
            hi = min(q["end"], q["start"] + 120)
            while hi < len(b) and (b[hi] & 0xC0) == 0x80: hi += 1
            print("### F%d %s %d cue=%s" % (k, d["id"], q["start"], q.get("cue")))
            print("…" + b[lo:q["start"]].decode().replace("\n", " ⏎ ") + " ⟦"
                  + b[q["start"]:hi].decode().replace("\n", " ⏎ ") + "…⟧")
    print("# %d articles, %d quotes, %d without a speaker" % (len(docs), nq, k))

if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:])
