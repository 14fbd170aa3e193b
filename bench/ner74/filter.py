#!/usr/bin/env python3
"""filter.py — the candidate post-filter (bench/ner74/rule.md) over a saved sample: the
recogniser PER mentions (no "via") it would re-type, and a draw of them to read (branch
ner74, stop 60). Words are taken with a proclitic off (span71's bare()); "with the article"
means the word, proclitic off, starts with ال.
  D  a title word (titles.tsv head/counterpart/former) WITH the article (الرئيس، المتحدث);
  d  an honorific (names.tsv honorific/king) with the article (والشيخ، السلطان), or a nisba of
     a known place (spans.py) with the article (السويدي، والكولومبي); D and d are never a
     name word of persons.tsv / the gazetteer's PER names (spans.py's order);
  F1 every word of the span is D, d or a stop word, at least one D or d; and the next mention starts
     after white space only and is a PER mention: the span becomes the title/descriptor of
     that name (same entity, "via": "title"), not a person of its own;
  F2 not F1; every word is D or a stop word and one is a title word of titles.tsv (not only
     nisbas and honorifics: «الباجي»، «الترمذي»، «السلطان» alone are family names, guard from
     the first sample), or the span is one indefinite feminine nisba (كويتية، هندية):
     re-typed as a title mention (titles.c gives it a holder the article names, else none).
Title/honorific words without the article (سلطان، مساعد، أمير، أمين) are given names: never D.

    python3 bench/ner74/filter.py SAMPLE.jsonl [--draw SEED N] [--tsv OUT]"""
import argparse
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import spans as S  # noqa: E402

N = S.N


def art(w):
    """w normalised with one proclitic off (و ف ب ل ك, or لل → ال)."""
    w = N.norm(w)
    if w.startswith("لل"):
        return "ال" + w[2:]
    for c in ("وال", "فال", "بال", "كال"):
        if w.startswith(c):
            return w[1:]
    return w


def dword(w, L):
    k = S.kind(w, L)
    a = art(w)
    if k in "TH":
        return ("D" if k == "T" else "d") if a.startswith("ال") else "g"
    if k == "N":
        return "d" if a.startswith("ال") else ("f" if a.endswith("يه") or a.endswith("ية")
                                               else "n")
    return k


def judge(e, nxt, gap, L):
    ws = e["text"].split()
    ks = "".join(dword(w, L) for w in ws)
    if set(ks) <= set("DdS") and set(ks) & set("Dd"):
        if nxt is not None and nxt["type"] == "PER" and not gap.strip():
            return "F1", ks
        if "D" in ks:
            return "F2", ks
    if ks == "f":
        return "F2", ks
    return None, ks


def cases(path, L):
    out, stats = [], Counter()
    for line in open(path, encoding="utf-8"):
        o = json.loads(line)
        tb = o["text"].encode("utf-8")
        ents = sorted(o["entities"], key=lambda x: x["start"])
        spk = {(q.get("speaker") or {}).get("start") for q in o["quotes"]}
        act = {a.get("start") for ev in o["events"] for a in ev.get("actors", [])}
        for i, e in enumerate(ents):
            if e["type"] != "PER" or e.get("via"):
                continue
            nxt = next((x for x in ents[i + 1:] if x["start"] >= e["end"]), None)
            gap = tb[e["end"]:nxt["start"]].decode("utf-8", "ignore") if nxt else "."
            f, ks = judge(e, nxt, gap, L)
            if not f:
                continue
            others = [x for x in ents if x.get("id") == e.get("id") and x is not e]
            ctx = (tb[max(0, e["start"] - 60):e["start"]].decode("utf-8", "ignore") + " [[" +
                   e["text"] + "]] " + tb[e["end"]:e["end"] + 60].decode("utf-8", "ignore"))
            x = {"doc": o["id"], "start": e["start"], "f": f, "ks": ks, "text": e["text"],
                 "next": nxt["text"] if f == "F1" else "", "own": int(not others),
                 "spk": int(e["start"] in spk), "act": int(e["start"] in act),
                 "ctx": ctx.replace("\n", "⏎")}
            out.append(x)
            stats[f] += 1
            stats[f + " own-entity"] += x["own"]
            stats[f + " speaker"] += x["spk"]
            stats[f + " actor"] += x["act"]
    return out, stats


def main():
    p = argparse.ArgumentParser()
    p.add_argument("sample")
    p.add_argument("--draw", nargs=2, type=int)
    p.add_argument("--tsv")
    o = p.parse_args()
    L = S.lists()
    cs, st = cases(o.sample, L)
    print("# articles %d; re-typed %s" % (sum(1 for _ in open(o.sample)), dict(sorted(st.items()))))
    if o.tsv:
        with open(o.tsv, "w", encoding="utf-8") as f:
            for x in cs:
                f.write("\t".join(str(x[k]) for k in ("doc", "start", "f", "ks", "own", "spk",
                                                      "act", "text", "next", "ctx")) + "\n")
    if o.draw:
        for k, x in enumerate(random.Random(o.draw[0]).sample(cs, min(o.draw[1], len(cs))), 1):
            print("%d\t%s\t%d\t%s\t%s\town=%d spk=%d act=%d\t%s" % (
                k, x["doc"], x["start"], x["f"], x["ks"], x["own"], x["spk"], x["act"], x["ctx"]))


if __name__ == "__main__":
    main()
