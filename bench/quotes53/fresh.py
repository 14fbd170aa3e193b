#!/usr/bin/env python3
"""bench/quotes53/fresh.py BASE_RASD NEW_RASD [SEED] [N] — the fresh check of quotes53: N
articles (default 6000) drawn with random.Random(SEED) (default 9453) among SaudiNewsNet's
outside bench/recall/drawn.txt, analysed by both builds; prints every quote row (span,
speaker) the new build adds or changes, with the text before it, its cue and its start, to
be judged right / partly / wrong by hand (docs/EVENTS.md "Stop 41: a fresh judged sample").
The draw and runs are bench/recall/fresh.py's (mend54, stop 46). Stdlib only."""
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import fresh as F  # noqa: E402
import recall as R  # noqa: E402


def qkey(q):
    return (q["start"], q["end"], tuple(R.quote_speakers(q)), q.get("cue"))


def rows(res):
    return {i: set(F.rows_by(r, "quotes", key=qkey)) for i, r in res.items()}


def main(a):
    base, new = a[0], a[1]
    seed = int(a[2]) if len(a) > 2 else 9453
    n = int(a[3]) if len(a) > 3 else 6000
    docs = F.sample(F.pool(), seed, n)
    rb, rn = rows(F.analyze(base, docs)), rows(F.analyze(new, docs))
    text = {d["id"]: d["text"].encode() for d in docs}
    k = 0
    for i in sorted(rn):
        add = sorted(rn[i] - rb.get(i, set()))
        gone = sorted(rb.get(i, set()) - rn[i])
        for s, e, sp, cue in add:
            k += 1
            b = text[i]
            print("#%d %s %d-%d cue=%s speaker=%s%s" % (k, i, s, e, cue, "; ".join(sp) or "-",
                  " (was: %s)" % [(g[0], g[1], "; ".join(g[2])) for g in gone] if gone else ""))
            print("   PRE: " + b[max(0, s - 260):s].decode("utf-8", "ignore").replace("\n", " / "))
            print("   Q:   " + b[s:min(e, s + 300)].decode("utf-8", "ignore").replace("\n", " / "))
        for g in gone:
            if not any(x[0] < g[1] and g[0] < x[1] for x in add):
                print("GONE %s %d-%d %s" % (i, g[0], g[1], "; ".join(g[2])))
    print("rows added or changed: %d over %d articles" % (k, n))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
