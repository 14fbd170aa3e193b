#!/usr/bin/env python3
"""classify_rows.py — given70's 32 class-(b) rows (bench/given70/classes.tsv, clip b): the word
after the speaker's mention in BUILD's output, its class and the two candidate tests.

    python3 bench/span70/classify_rows.py BUILD > bench/span70/rows_b.txt"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import fresh as F  # noqa: E402
import recall as R  # noqa: E402
import nextword as N  # noqa: E402


def main():
    L = N.lists()
    rows = [r for r in csv.DictReader(open(os.path.join(HERE, "..", "given70", "classes.tsv"),
                                           encoding="utf-8"), delimiter="\t") if r["clip"] == "b"]
    docs = {d["id"]: d for d in R.articles({r["article"] for r in rows})}
    out = F.analyze(sys.argv[1], list(docs.values()))
    print("sample\tno\tarticle\tclass\tmention\tnext\tnclass\tA\tB")
    for r in rows:
        o, tb = out[r["article"]], docs[r["article"]]["text"].encode("utf-8")
        q = [q for q in o["quotes"] if q["start"] == int(r["start"])]
        sp = (q[0].get("speaker") or {}) if q else {}
        e = [x for x in o["entities"] if x["start"] == sp.get("start")]
        named = [x for x in o["entities"] if x.get("id") == sp.get("id") and
                 x["text"] == sp.get("name")]
        if e and e[0]["text"] != sp.get("name") and named:
            e = named[:1]  # the speaker took an earlier mention's name: that mention's end
        if not e:
            print("\t".join([r["sample"], r["no"], r["article"], r["class"], "-", "-",
                             "no-mention", "-", "-"]))
            continue
        w, gap, tag = N.after(tb, o, e[0])
        print("\t".join([r["sample"], r["no"], r["article"], r["class"], e[0]["type"] + ":" +
                         e[0]["text"], (gap.strip() + " " if gap.strip() else "") + (w or ""),
                         N.nclass(w, gap, tag, L), str(int(N.test_list(w, gap, tag, L))),
                         str(int(N.test_open(w, gap, tag, L)))]))


if __name__ == "__main__":
    main()
