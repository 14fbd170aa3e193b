#!/usr/bin/env python3
"""spk59: every found gold quote of the read parts whose rasd speaker is a wrong name (not
empty), with its sentence: the text from the speaker (or the sentence start) to the quote's
start, the cue and the speaker marked. Usage: rows.py RASD > rows.tsv (part, article, gold
start, gold speaker, rasd speaker, cue, speaker before/after cue, context)."""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "recall"))
import recall as R

PARTS = ["dev", "dev2", "dev3", "dev4", "dev5", "unseen"] + ["unseen%d" % k for k in range(2, 28)]


def context(b, a, z):
    """The bytes b[a:z] as text, with a little before."""
    s = b[max(0, a - 120):z].decode("utf-8", "ignore")
    return re.sub(r"\s+", " ", s)


def main(rasd):
    gold_all = {}
    part_of = {}
    for p in PARTS:
        g = R.load(R.LABELS, p)
        for i, v in g.items():
            gold_all[i] = v
            part_of[i] = p
    docs = {d["id"]: d for d in R.articles(set(gold_all))}
    out = R.analyze_docs(rasd, list(docs.values()))
    for i in sorted(gold_all, key=lambda x: (PARTS.index(part_of[x]), x)):
        if part_of[i] == "dev5":
            continue
        sq = out.get(i, {}).get("quotes", [])
        found, _h, _t = R.match_quotes(gold_all[i]["Q"], sq)
        b = docs[i]["text"].encode("utf-8")
        for q, m in zip(gold_all[i]["Q"], found):
            if not m or m[2] or not m[1]:
                continue
            best = m[0]
            sp = best.get("speaker") or {}
            s0 = sp.get("start", best["start"])
            a = min(s0, best["start"])
            where = "before" if s0 < best["start"] else "after"
            print("\t".join([part_of[i], i, str(q["start"]), q["speaker"], ";".join(m[1]),
                             best.get("cue", ""), where,
                             context(b, a, best["start"] + 80)]))


if __name__ == "__main__":
    main(sys.argv[1])
