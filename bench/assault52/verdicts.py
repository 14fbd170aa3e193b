#!/usr/bin/env python3
"""assault52: the verdicts on the fresh rows of bench/assault52/fresh52NN.tsv (diff.py), read
once each (judging conventions of docs/EVENTS.md "Stop 41: a fresh judged sample"), in file
order: r right, p partly, w wrong; "dup" a row of an article already judged in an earlier
draw (5253 shares articles with 5252). 5252 was judged with the first code, 5253 with مسلحي and
مقاتلي added to fighter52 after 5252's wrong row (5253's wrong rows gave the guards for Houthis,
a fighting force's attack and mines), 5254 with those
guards (its wrong rows gave a year-old date, a beast, a toll of hundreds), 5255 with the final
code. `verdicts.py` writes the verdicts into the files' last two columns and prints the tally.
"""
import os
D = os.path.dirname(os.path.abspath(__file__))
V = {
 "5252": "p p r r r w r p p r r r",
 "5253": "p r dup dup w p p r p r dup p p w w r w r r r dup w dup dup r p",
 "5254": "p w p r r p r p r p p p p p p p r w p w r r",
 "5255": "r p r w r r r lost p w p r w p p w w r r p r",
}
NOTES = {
 ("5252", 6): "IS against rival groups' gunmen: combat",
 ("5253", 5): "Houthis in the Resistance's attack: combat",
 ("5253", 14): "coalition soldiers, a mine on a road: war",
 ("5253", 15): "Houthis in the Resistance's attack: combat",
 ("5253", 17): "mines' remnants, Zinjibar",
 ("5253", 22): "mines' remnants, Zinjibar",
 ("5254", 2): "bison in Yellowstone, 2012",
 ("5254", 18): "a toll of hundreds over years",
 ("5254", 20): "IRGC against PJAK fighters: combat, background",
 ("5255", 4): "car bombs on army barracks: a fight by the conventions",
 ("5255", 8): "removed: three judges killed by gunmen (byhand's row, right), displaced by row 9",
 ("5255", 10): "US special forces' raid: a fight",
 ("5255", 13): "US special forces' raid: a fight",
 ("5255", 16): "IEDs on an army and militia convoy near Fallujah: front",
 ("5255", 17): "IED on soldiers' vehicle near Fallujah: front",
}
for seed, v in V.items():
    p = os.path.join(D, "fresh%s.tsv" % seed)
    rows = [l.rstrip("\n").split("\t") for l in open(p, encoding="utf-8")]
    vs = v.split()
    assert len(vs) == len(rows), (seed, len(vs), len(rows))
    for k, (r, x) in enumerate(zip(rows, vs), 1):
        r[-2], r[-1] = x, NOTES.get((seed, k), "")
    with open(p, "w", encoding="utf-8") as f:
        f.write("".join("\t".join(r) + "\n" for r in rows))
    n = {c: vs.count(c) for c in ("r", "p", "w")}
    t = n["r"] + n["p"] + n["w"]
    print(seed, "rows", t, n, "with partly %.2f" % ((n["r"] + n["p"]) / t) if t else "")
