#!/usr/bin/env python3
"""wrong.py RASD [OUT.jsonl]: every wrong speaker of every read part (dev … the part before the
newest drawn; never the newest, the blind one, nor dev5), with 400 bytes before the quote and
rasd's quote rows for its span (attrc53, stop 45; attr54, stop 46, listed with it).
One `rasd analyze` of all the read parts' articles (an article's output does not depend on its
batch, tests/cli_batch.sh). Prints one block a row; the last line counts found / wrong."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R

BLIND = {R.drawn()[-1][1]}   # the newest drawn part: blind until the next stop opens it
parts = []
for i, s in R.drawn():
    if s not in BLIND and s not in R.EVENTS_ONLY and s.rstrip(":") == s and s.startswith(("dev", "unseen")):
        if s not in parts:
            parts.append(s)
gold = {}
for p in parts:
    for i, g in R.load(R.LABELS, p).items():
        gold[i] = (p, g)
out = R.run_rasd(sys.argv[1], gold.keys())
if len(sys.argv) > 2:
    with open(sys.argv[2], "w", encoding="utf-8") as w:
        for i in sorted(out):
            w.write(json.dumps(out[i], ensure_ascii=False) + "\n")
texts = {d["id"]: d["text"].encode() for d in R.articles(set(gold))}
nf = nw = 0
for i, (p, g) in sorted(gold.items(), key=lambda x: (parts.index(x[1][0]), x[0])):
    sq = out.get(i, {}).get("quotes", [])
    found, _, _ = R.match_quotes(g["Q"], sq)
    for q, m in zip(g["Q"], found):
        if not m:
            continue
        nf += 1
        best, names, ok = m
        if ok:
            continue
        nw += 1
        t = texts[i]
        ctx = t[max(0, best["start"] - 400):best["start"]].decode(errors="ignore").replace("\n", " ¶ ")
        body = t[best["start"]:best["start"] + 90].decode(errors="ignore").replace("\n", " ¶ ")
        sp = best.get("speaker") or {}
        print("### %s %s %d gold=%s sys=%s cue=%s direct=%s spk@%s" % (
            p, i, q["start"], q["speaker"], names, best.get("cue"), best.get("direct"),
            sp.get("start")))
        print("    …" + ctx + " ⟦" + body + "…⟧")
print("found %d wrong %d attribution %.3f" % (nf, nw, 1 - nw / max(nf, 1)))
