#!/usr/bin/env python3
"""List every missed quote of the read parts (recall.py's matching) with its context:
part, article, offsets, gold speaker, d|r, the nearest overlap of rasd's quotes, the words
before the quote in its sentence (where a cue stands) and the quote's first words.
Usage: missed.py RASD > missed.tsv"""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R

def main(rasd):
    parts = {}
    for l in open(R.LABELS, encoding="utf-8"):
        if l.startswith("#") or not l.strip():
            continue
        f = l.split("\t")
        parts.setdefault(f[0], f[1])
    gold = R.load(R.LABELS, "all")
    out = R.run_rasd(rasd, gold.keys())
    texts = {d["id"]: d["text"].encode() for d in R.articles(set(gold))}
    print("part\tarticle\tstart\tend\tspeaker\tdr\trasd_overlap\tbefore\tquote_start")
    for i, g in sorted(gold.items()):
        if parts[i] in R.EVENTS_ONLY:
            continue
        sq = out.get(i, {}).get("quotes", [])
        found, _, _ = R.match_quotes(g["Q"], sq)
        t = texts[i]
        for q, m in zip(g["Q"], found):
            if m:
                continue
            ov = [(R.overlap(q["start"], q["end"], s["start"], s["end"]), s) for s in sq]
            ov = [(o, s) for o, s in ov if o > 0]
            ovs = ";".join("%d-%d(%d)" % (s["start"], s["end"], o) for o, s in ov) or "-"
            a = q["start"]
            b0 = max(t.rfind(b".", 0, a), t.rfind(b"\n", 0, a), a - 400)
            before = t[b0 + 1:a].decode("utf-8", "replace").strip()
            before = " ".join(before.split()[-14:])
            qs = " ".join(t[a:q["end"]].decode("utf-8", "replace").split()[:14])
            print("\t".join([parts[i], i, str(q["start"]), str(q["end"]), q["speaker"],
                             "d" if q["direct"] else "r", ovs, before, qs]))

main(sys.argv[1])
