#!/usr/bin/env python3
"""Counts of the meeting forms of the read parts' missed meets (branch summit53, stop 45) over
the corpus outside bench/recall/drawn.txt: articles holding each form (diacritics and tatweel
stripped), by regular expression. Python stdlib only.

  census.py [--show FORM N]    the counts; with --show, N sentences of FORM"""
import os, re, sys, random
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R

W = r"[^\s.،,؛:!?]+"
NOUN = r"(?:[وبل]?(?:ال)?(?:اجتماع|لقاء|قمة|مباحثات|محادثات|مشاورات)(?:ا|ات|ه|ها|هم|هما)?)"
FORMS = {
    # a summit or meeting of a body told as held by a relative (قمة دول بريكس التي عقدت)
    "body_summit_held": r"\b[وبلف]?(?:ال)?قمة(?: " + W + r"){1,6} (?:التي|الذي) (?:عقدت|تم عقدها|انعقدت|عقد|جرت|اختتمت)",
    "meeting_held_rel": r"\b[وبلف]?(?:ال)?(?:اجتماع|لقاء)(?: " + W + r"){1,6} (?:التي|الذي) (?:عقد|عقدت|تم عقده|تم عقدها|انعقد|جرى)\b",
    # a light verb, a subject between, then a meeting noun
    "light_verb_noun": r"\b[وف]?(?:عقد|أجرى|اجرى|يعقد|سيعقد|تعقد|ستعقد|عقدت|أجرت)(?: " + W + r"){1,8} (?:اجتماعا|لقاء|مباحثات|محادثات|مشاورات|اجتماعهم|اجتماعه|اجتماعها)\b",
    # a possessive meeting noun in a time clause, its party the direct object (خلال لقائه اليوم مبعوث)
    "time_poss_object": r"\b(?:خلال|عقب|بعد|أثناء|اثناء|لدى) (?:لقائه|لقائها|استقباله|استقبالها|اجتماعه|اجتماعها)(?: اليوم| أمس| امس)? (?!مع|ب|في|مساء|صباح)" + W,
    "time_poss_with": r"\b(?:خلال|عقب|بعد|أثناء|اثناء|لدى) (?:لقائه|لقائها|اجتماعه|اجتماعها|لقائهما|مباحثاته)(?: " + W + r"){0,2} (?:مع |ب)",
    "time_noun_genitive": r"\b(?:خلال|عقب|بعد|على هامش|في ختام) (?:اجتماع|لقاء|قمة) (?!مع|في)" + W,
    "existential": r"\b(?:كان هناك|هناك|جرى|جرت) (?:لقاء|اجتماع|اتصالات|مباحثات|محادثات) (?:مع|بين)",
    "negotiation": r"\b(?:التفاوض مع|المفاوضات|مفاوضات مع|التباحث مع)",
    "contact": r"\b(?:تواصل|تواصلت|اتصالات) مع",
}
STRIP = re.compile("[\u064b-\u0652\u0640]")


def main():
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    n = int(sys.argv[sys.argv.index("--show") + 2]) if show else 0
    drawn = {i for i, _ in R.drawn()}
    rx = {k: re.compile(v) for k, v in FORMS.items()}
    cnt = {k: 0 for k in FORMS}
    hits, total = [], 0
    for d in R.articles():
        if d["id"] in drawn:
            continue
        total += 1
        t = STRIP.sub("", d["text"])
        for k, r in rx.items():
            m = r.search(t)
            if m:
                cnt[k] += 1
                if k == show:
                    a = max(t.rfind(".", 0, m.start()), 0)
                    hits.append((d["id"], t[a:m.end() + 120].replace("\n", " ")))
    print("articles outside drawn.txt:", total)
    for k in FORMS:
        print("%-20s %d" % (k, cnt[k]))
    random.Random(4553).shuffle(hits)
    for h in hits[:n]:
        print(*h, sep="\t")


if __name__ == "__main__":
    main()
