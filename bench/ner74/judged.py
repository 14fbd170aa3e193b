#!/usr/bin/env python3
"""judged.py — the judged pool's (bench/judged/judge43–62) partly/wrong quotes and events whose
speaker or an actor is a span of spans.py's classes (ALL, STOP, TPH, TNAME: title/descriptor
words), and attr65's BT/CB/CP rows among them (branch ner74, stop 60).

    python3 bench/ner74/judged.py          (the rows' printed speaker/actor text)
    python3 bench/ner74/judged.py BUILD    (the rows through BUILD now: recogniser spans)"""
import csv
import glob
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
sys.path.insert(0, HERE)
import spans as S  # noqa: E402


def main():
    L = S.lists()
    cls = {}
    for r in csv.DictReader(open(os.path.join(ROOT, "bench/attr65/judged_classes.tsv")),
                            delimiter="\t", quoting=csv.QUOTE_NONE):
        cls[(r["sample"], r["article"], r["start"])] = r["class"]
    n, hit, shown = Counter(), Counter(), []
    for f in sorted(glob.glob(os.path.join(ROOT, "bench/judged/judge[4-6][0-9].tsv"))):
        name = os.path.basename(f)[:-4]
        if int(name[5:]) < 43:
            continue
        for r in csv.DictReader(open(f, encoding="utf-8"), delimiter="\t",
                                quoting=csv.QUOTE_NONE):
            if r["verdict"] not in ("partly", "wrong"):
                continue
            k = r["sample"]
            n[k] += 1
            names = [r["place|speaker"]] if k == "quotes" else r["actors"].split("|")
            c = cls.get((name, r["article"], r["start"]))
            if c in ("BT", "CB", "CP"):
                n["attr65 " + c] += 1
            for x in names:
                got, ks = S.classify(x.strip(), L)
                if got:
                    hit[k, got] += 1
                    if c:
                        hit["attr65 " + c, got] += 1
                    shown.append("%s\t%s\t%s\t%s\t%s\t%s\t%s" % (name, k, r["article"], r["start"],
                                                              got, x, r["reason"][:90]))
    print("# partly/wrong rows:", dict(n))
    print("# rows with a class span as speaker/actor:", dict(hit))
    print("\n".join(shown))




def now(build):
    """The same rows through BUILD now: the quote at the row's start / the event at its
    trigger; is its speaker / an actor a recogniser PER mention (no "via") of a class?"""
    sys.path.insert(0, os.path.join(ROOT, "bench", "recall"))
    import fresh as F
    L = S.lists()
    rows = []
    for f in sorted(glob.glob(os.path.join(ROOT, "bench/judged/judge[4-6][0-9].tsv"))):
        name = os.path.basename(f)[:-4]
        if int(name[5:]) >= 43:
            rows += [(name, r) for r in csv.DictReader(open(f, encoding="utf-8"), delimiter="\t",
                                                        quoting=csv.QUOTE_NONE)
                     if r["verdict"] in ("partly", "wrong")]
    ids = {r["article"] for _, r in rows}
    docs = [d for d in F.pool() if d["id"] in ids]
    out = {}
    for i in range(0, len(docs), 250):
        out.update(F.analyze(build, docs[i:i + 250]))
    n, hit = Counter(), Counter()
    for name, r in rows:
        o = out.get(r["article"])
        if o is None:
            n["article not in pool"] += 1
            continue
        st = int(r["start"])
        if r["sample"] == "quotes":
            xs = [q["speaker"] for q in o["quotes"] if q["start"] == st and q.get("speaker")]
        else:
            xs = [a for e in o["events"] if e["trigger"][0] == st for a in e.get("actors", [])]
        per = {e["start"]: e for e in o["entities"] if e["type"] == "PER" and not e.get("via")}
        n[r["sample"]] += 1
        for x in xs:
            e = per.get(x.get("start"))
            if e is None:
                continue
            got, ks = S.classify(e["text"], L)
            if got:
                hit[r["sample"], got] += 1
                print("%s\t%s\t%s\t%s\t%s\t%s\t%s" % (name, r["sample"], r["article"], st, got,
                                                      e["text"], r["reason"][:90]))
    print("# rows now:", dict(n))
    print("# a recogniser PER span of a class as speaker/actor now:", dict(hit))


if __name__ == "__main__":
    now(sys.argv[1]) if len(sys.argv) > 1 else main()
