#!/usr/bin/env python3
"""hist69: the 37 marker-less rows of hist68's pool (bench/hist68/pool.tsv, form "none", at the
article's day) with their article's title, date, the paragraph up to the trigger's sentence and
the sentence before. Usage: python3 bench/hist69/context.py > bench/hist69/context.txt"""
import csv, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import recall as R  # noqa: E402


def rows():
    with open(os.path.join(HERE, "..", "hist68", "pool.tsv"), encoding="utf-8") as f:
        return [r for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                if r["form"] == "none" and r["at_day"] == "1"]


def main():
    rs = rows()
    docs = {d["id"]: d for d in R.articles({r["article"] for r in rs})}
    for r in rs:
        d = docs[r["article"]]
        t = d["text"]
        plain = r["text"].replace("‹", "").replace("›", "").strip('"').replace('""', '"')
        k = t.find(plain[:60])
        print(f"== judge{r['judge']} {r['no']} {r['article']} {r['kind']} {r['verdict']} "
              f"{d['published']} | {d['title']}")
        print("   R:", r["reason"])
        if k < 0:
            print("   (sentence not found)")
            continue
        para = t.rfind("\n", 0, k) + 1
        before = t[max(para, k - 600):k]
        print("   PARA-START:", t[para:para + 160].replace("\n", " "))
        print("   BEFORE:", before.replace("\n", " ")[-600:])
        print("   S:", r["text"][:400])
        print()


main()
