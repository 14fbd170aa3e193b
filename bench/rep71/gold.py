#!/usr/bin/env python3
"""bench/rep71/gold.py RASD[:DATA] — gold events of the read parts (recall_snn.tsv, READ_PARTS)
whose labelled sentence holds a repetition word (أكثر من مرة، مرارا، عدة مرات …) or a habit
word (كثيرا ما، غالبا ما): kind, date label, and whether RASD finds it (recall.py's matching)."""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "recall"))
import recall as R

FORMS = [("أكثر من مرة", r"[أا]كثر من مر[ةه]"), ("مرارا", r"مرار[اًا]"),
         ("عدة مرات", r"عد[ةه] مرات|مرات عد[ةه]"), ("كثيرا ما", r"كثير[اً]+ ما"),
         ("غالبا ما", r"غالب[اً]+ ما"), ("أكثر من مناسبة", r"[أا]كثر من مناسب[ةه]")]


def main(rasd):
    gold = R.load(R.LABELS, "all")
    assert not any(s == "unseen36" for i, s in R.drawn() if i in gold)
    texts = {d["id"]: d for d in R.articles(set(gold))}
    out = R.run_rasd(rasd, gold.keys())
    n = {}
    for i, g in sorted(gold.items()):
        b = texts[i]["text"].encode("utf-8") if "text" in texts[i] else None
        if b is None:
            continue
        se = out.get(i, {}).get("events", [])
        hits, _ = R.match_events(g["E"], se)
        for e, h in zip(g["E"], hits):
            s = b[e["start"]:e["end"]].decode("utf-8", "ignore")
            for name, rx in FORMS:
                if re.search(rx, s):
                    n.setdefault(name, [0, 0])
                    n[name][0] += 1
                    n[name][1] += h is not None
                    d = (h or {}).get("date") or {}
                    print("%s\t%s\t%s\tgold date=%s\t%s\tsys date=%s\t%s" % (
                        name, i, e["type"], e["date"] or "-", "found" if h else "MISSED",
                        d.get("value") if h else "", re.sub(r"\s+", " ", s)[:260]))
    for k, v in n.items():
        print("# %s: %d gold events, %d found" % (k, v[0], v[1]))


if __name__ == "__main__":
    main(sys.argv[1])
