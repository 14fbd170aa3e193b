#!/usr/bin/env python3
"""cases.py — the D′ cases of a saved sample (sample.py's OUT.jsonl): every PER mention followed
by a PER mention with only white space between whose first word passes span70's test_merge
(not a title, honorific, stop word, cue, nor و/ل/ف + 4 letters), each once; with --guards the
guards added from the first draw (guard()). Prints counts, then DRAW cases drawn with SEED
(less the cases of the draws named by --not SEED:N), with context, to read by hand.

    python3 bench/span71/cases.py SAMPLE.jsonl SEED N [--guards] [--not SEED:N] > OUT.txt"""
import argparse
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "span70"))
import nextword as N  # noqa: E402


LATIN = re.compile(r"[A-Za-z]")
CLIT = ("وبال", "وال", "بال", "لل", "فال", "كال", "ال", "و", "ب", "ل", "ف", "ك")


def bare(w):
    """w normalised, a proclitic and the article taken off when a listed word is left."""
    w = N.norm(w)
    return [w] + [w[len(c):] for c in CLIT if w.startswith(c) and len(w) - len(c) >= 3]


def guard(a, b, L):
    """The guards added after the first draw: the reason the join is refused, or None.
    G1 the second span does not open with a letter, or its script is not the first's
    («..», «Benjamin of»); G2 a word of the first span is a title word (titles.tsv) or an
    honorific (names.tsv), proclitic and article off («وزير النفط الإيراني», «للرئيس
    الأميركي», «وزير الصحة المهندس»); G3 the second span opens with و + 3 letters (a list:
    «ومشعل العنزي» + «وفهد الجهني»); G4 a second span of one word that is no name word of
    persons.tsv / the gazetteer («بريك», «قورو»)."""
    w2 = b["text"].split()[0]
    if not re.match(r"\w", w2) or w2[0].isdigit() or \
            bool(LATIN.search(w2)) != bool(LATIN.search(a["text"].split()[-1])):
        return "G1"
    if any(x in L["titles"] or x in L["names"] for w in a["text"].split() for x in bare(w)):
        return "G2"
    if N.norm(w2).startswith("و") and len(N.norm(w2)) >= 4:
        return "G3"
    if len(b["text"].split()) == 1 and N.norm(w2) not in L["later"] | L["first"]:
        return "G4"
    return None


def all_cases(path, use_guards):
    L = N.lists()
    out, speakers = [], 0
    for line in open(path, encoding="utf-8"):
        o = json.loads(line)
        tb = o["text"].encode("utf-8")
        ents = sorted(o["entities"], key=lambda x: x["start"])
        spk = {(q.get("speaker") or {}).get("start") for q in o["quotes"]}
        for a, b in zip(ents, ents[1:]):
            if a["type"] != "PER" or b["type"] != "PER" or b["start"] < a["end"]:
                continue
            gap = tb[a["end"]:b["start"]].decode("utf-8", "ignore")
            if gap.strip() or not N.test_merge(b, gap, L):
                continue
            if use_guards and guard(a, b, L):
                continue
            ctx = (tb[max(0, a["start"] - 70):a["start"]].decode("utf-8", "ignore") +
                   " [[" + a["text"] + "]]" + ("⏎" if "\n" in gap else " ") + "[[" +
                   b["text"] + "]] " +
                   tb[b["end"]:b["end"] + 50].decode("utf-8", "ignore")).replace("\n", " ")
            sp = a["start"] in spk or b["start"] in spk
            speakers += sp
            out.append((o["id"], a["start"], a["text"], b["text"], int(sp), ctx))
    return out, speakers


def main():
    p = argparse.ArgumentParser()
    p.add_argument("sample")
    p.add_argument("seed", type=int)
    p.add_argument("n", type=int)
    p.add_argument("--guards", action="store_true")
    p.add_argument("--not", dest="skip", default="")
    o = p.parse_args()
    cs, sp = all_cases(o.sample, o.guards)
    print("# D' cases %d (a speaker mention in %d), articles %d" %
          (len(cs), sp, sum(1 for _ in open(o.sample))))
    if o.skip:
        s0, n0 = (int(v) for v in o.skip.split(":"))
        base, _ = all_cases(o.sample, False)
        gone = {(c[0], c[1]) for c in random.Random(s0).sample(base, min(n0, len(base)))}
        cs = [c for c in cs if (c[0], c[1]) not in gone]
        print("# less the %d cases of draw %s: %d" % (len(gone), o.skip, len(cs)))
    for k, c in enumerate(random.Random(o.seed).sample(cs, min(o.n, len(cs))), 1):
        print("%d\t%s\t%d\t%s\t%s\tspk=%d\t%s" % ((k,) + c))


if __name__ == "__main__":
    main()
