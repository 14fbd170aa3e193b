#!/usr/bin/env python3
"""margins.py CANDS.json: where the learned choice and the rules disagree (branch spk55, stop 47;
docs/EVENTS.md "Issue 16: a learned speaker choice"). For each read part, rank.py's model trained
on the other parts scores that part's quotes, with no tau (every disagreement counts). Prints the
disagreements by margin (rules named a speaker, rules named nobody), the fills' accuracy by the
model's probability, the rules' accuracy by the model's probability of their choice, and the
features whose weight keeps its sign in every fold. Python stdlib only."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rank


def main(path):
    R = rank.prep(json.load(open(path)))
    parts = sorted({r["part"] for r in R})
    O, W = [], {}
    for P in parts:
        w = W[P] = rank.train([r for r in R if r["part"] != P])
        for r in R:
            if r["part"] != P or not r["cands"]:
                continue
            p = rank.probs(w, r["X"])
            top = max(range(len(p)), key=lambda k: p[k])
            ri = next((k for k, c in enumerate(r["cands"]) if c["is_rule"]), None)
            O.append({"named": r["rules"] is not None, "rules_ok": r["rules_ok"],
                      "ptop": p[top], "prule": p[ri] if ri is not None else 0.0,
                      "top_is_rule": top == ri, "top_ok": r["cands"][top]["label"]})
    print("%d quotes with candidates" % len(O))
    bands = ((0, .3), (.3, .5), (.5, .7), (.7, .9), (.9, 1.01))
    for named in (True, False):
        print("rules named a speaker" if named else "rules named nobody")
        for lo, hi in bands:
            xs = [o for o in O if o["named"] == named and not o["top_is_rule"]
                  and lo <= o["ptop"] - o["prule"] < hi]
            print("  margin %.1f-%.1f: %3d, model right %3d, rules right %3d" % (
                lo, min(hi, 1), len(xs), sum(o["top_ok"] for o in xs), sum(o["rules_ok"] for o in xs)))
    for th in (0.3, 0.5, 0.7, 0.8, 0.9):
        xs = [o for o in O if not o["named"] and o["ptop"] >= th]
        print("fill at p >= %.1f: %d, right %d" % (th, len(xs), sum(o["top_ok"] for o in xs)))
    for lo, hi in bands:
        xs = [o for o in O if o["named"] and lo <= o["prule"] < hi]
        print("rules' choice at p %.1f-%.1f: %4d, right %4d" % (lo, min(hi, 1), len(xs),
                                                              sum(o["rules_ok"] for o in xs)))
    ws = collections.defaultdict(list)
    for w in W.values():
        for f, v in w.items():
            ws[f].append(v)
    stable = [(sum(v) / len(parts), f) for f, v in ws.items() if len(v) == len(parts)
              and (all(x > 0 for x in v) or all(x < 0 for x in v))]
    for m, f in sorted(stable, key=lambda x: -abs(x[0]))[:25]:
        print("  %-24s %+.2f (same sign in all %d folds)" % (f, m, len(parts)))


if __name__ == "__main__":
    main(sys.argv[1])
