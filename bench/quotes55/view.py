#!/usr/bin/env python3
"""view.py RASD PART|read [ID...]: a part's missed quotes, wrong speakers and extra rows, each with
the 300 bytes before it and its first 120 bytes, and rasd's rows near it (quotes55, stop 47).
Never pass the blind part."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R

rasd, part = sys.argv[1], sys.argv[2]
BLIND = R.drawn()[-1][1]
assert part != BLIND, "the newest drawn part is blind"
if part == "read":   # every read part (as bench/attrc53/wrong.py: not the blind one, not dev5)
    gold, where = {}, {}
    for i, s in R.drawn():
        if s != BLIND and s not in R.EVENTS_ONLY and s.rstrip(":") == s and s.startswith(("dev", "unseen")):
            for j, g in R.load(R.LABELS, s).items():
                gold[j], where[j] = g, s
else:
    gold = R.load(R.LABELS, part)
    where = {i: part for i in gold}
if len(sys.argv) > 3:
    gold = {i: g for i, g in gold.items() if i in sys.argv[3:]}
out = R.run_rasd(rasd, gold.keys())
texts = {d["id"]: d["text"].encode() for d in R.articles(set(gold))}
cut = lambda t, a, b: t[max(0, a):b].decode(errors="ignore").replace("\n", " ¶ ")
for i, g in sorted(gold.items()):
    t = texts[i]
    sq = out.get(i, {}).get("quotes", [])
    found, hit, true = R.match_quotes(g["Q"], sq)
    for q, m in zip(g["Q"], found):
        if m and m[2]:
            continue
        tag = "MISSED" if not m else "WRONG %s cue=%s spk@%s" % (m[1], m[0].get("cue"),
                                                                  (m[0].get("speaker") or {}).get("start"))
        print("### %s %s %d-%d gold=%s %s" % (where[i], i, q["start"], q["end"], q["speaker"], tag))
        print("    …" + cut(t, q["start"] - 300, q["start"]) + " ⟦" + cut(t, q["start"], q["start"] + 120) + "…⟧")
    for k, s in enumerate(sq):
        if not hit[k]:
            print("### %s %s %d-%d EXTRA %s cue=%s true=%s" % (where[i], i, s["start"], s["end"],
                  R.quote_speakers(s), s.get("cue"), true[k]))
            print("    …" + cut(t, s["start"] - 300, s["start"]) + " ⟦" + cut(t, s["start"], s["start"] + 120) + "…⟧")
