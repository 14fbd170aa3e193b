#!/usr/bin/env python3
"""reach55: the narrower forms inside the three largest carrier groups that the misses suggest
(docs/EVENTS.md, reach55's section): corpus articles outside drawn.txt and 20 random
sentences each (seed given), to judge.   narrow.py SEED N > OUT.tsv"""
import os, random, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), "tools"))
from judge_sample import load_articles  # noqa: E402
DIAC = re.compile(r"[\u064b-\u0652\u0640]")
W = r"(?:\S+\s+)"
FORMS = [
    # meet: عقد + its subject + اجتماعا/لقاء (adjective) + ب/مع (the subject between verb and noun)
    ("meet_aqad_subject_ijtima", r"(?<!\S)[وف]?(?:عقد|عقدت|يعقد|تعقد|سيعقد)\s+" + W + r"{1,8}(?:اجتماعا|اجتماعاً|لقاء|لقاءً)\s+" + W + r"{0,2}(?:ب|مع\s)"),
    # appeal: طلب/طلبت + a subject + من (the verb, not the noun الطلب)
    ("appeal_talab_subject_min", r"(?<!\S)[وف]?(?:طلب|طلبت)\s+(?!من\s)" + W + r"{1,5}من\s"),
    # appeal: a sentence opened by (و)طالب(ت) with its caller right after (not بـ)
    ("appeal_open_talab_caller", r"(?:^|[.!؟]\s*)[وف]?(?:طالب|طالبت)\s+(?!ب)\S+"),
]


def main():
    seed, n = int(sys.argv[1]), int(sys.argv[2])
    pats = [(k, re.compile(v)) for k, v in FORMS]
    pools = {k: [] for k, _ in FORMS}
    arts = {k: 0 for k, _ in FORMS}
    for d in load_articles():
        t = DIAC.sub("", d["text"])
        for k, p in pats:
            if not p.search(t):
                continue
            arts[k] += 1
            for s in re.split(r"(?<=[.!؟])\s+|\n", t):
                if p.search(s) and 20 < len(s) < 600:
                    pools[k].append((d["id"], s.strip()))
    for k, _ in FORMS:
        print("# %s: %d articles, %d sentences" % (k, arts[k], len(pools[k])))
        rnd = random.Random(seed)
        for j, (i, s) in enumerate(rnd.sample(pools[k], min(n, len(pools[k])))):
            print("%s\t%d\t%s\t%s" % (k, j + 1, i, s))


if __name__ == "__main__":
    main()
