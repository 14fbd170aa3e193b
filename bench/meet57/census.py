#!/usr/bin/env python3
"""Corpus counts of the forms of the read parts' missed meetings (branch meet57, stop 49):
articles outside bench/recall/drawn.txt holding each form (diacritics and tatweel stripped).

  census.py [--show FORM N [SEED]]   the counts; with --show, N random sentences of FORM"""
import os, re, sys, random
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R

W = r"[^\s.،,؛:!?]+"
FORMS = {
    # V-comma: a verb of meeting or talking, its subject, a comma, then its party (بـ، مع، إلى)
    "verb_comma_party": r"\b[وف]?(?:التقى|التقت|يلتقي|سيلتقي|سوف يلتقي|اجتمع|اجتمعت|تحدث|بحث|تباحث)(?: " + W + r"){1,8}، (?:ب|مع |إلى )",
    # R: a meeting chaired by someone
    "chaired": r"\b[وبل]?(?:ال)?(?:اجتماع|لقاء)(?:ا|ه|ها|هم)?(?: " + W + r"){0,6} برئاسة",
    # N1: a negotiation or talks noun with a party after مع
    "talks_with": r"\b[وبلف]?(?:ال)?(?:تفاوض|مفاوضات|مفاوضاته|مفاوضاتها|تباحث|حوار|نقاش|مباحثات|محادثات|مشاورات)(?: " + W + r"){0,4} مع",
    # C: contact
    "contact": r"\b[وف]?(?:تواصل|تواصلت|اتصالات|اتصال|اتصالا) (?:" + W + r" ){0,3}(?:مع|ب)",
    # A: participation in a meeting or conference
    "takes_part": r"\b[وف]?(?:يشارك|تشارك|شارك|شاركت)(?: " + W + r"){0,6} في (?:ال)?(?:اجتماع|مؤتمر|قمة)",
    # coordinated sides of a noun: لقاء/اجتماع X و Y, the genitive a title or name
    "noun_pair": r"\b[وبل]?(?:لقاء|اجتماع) (?:الرئيس|الملك|الأمير|وزير|رئيس)(?: " + W + r"){1,5} و(?:الرئيس|الملك|الأمير|وزير|رئيس)",
}
STRIP = re.compile("[\u064b-\u0652\u0640]")
SENT = re.compile(r"[^.!?؟\n]+")


def main():
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    n = int(sys.argv[sys.argv.index("--show") + 2]) if show else 0
    seed = int(sys.argv[sys.argv.index("--show") + 3]) if show and len(sys.argv) > sys.argv.index("--show") + 3 else 57
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
            if r.search(t):
                cnt[k] += 1
                if k == show:
                    for s in SENT.findall(t):
                        if r.search(s):
                            hits.append((d["id"], s.strip()))
    print("articles", total)
    for k, v in cnt.items():
        print("%-18s %6d" % (k, v))
    if show:
        for i, s in random.Random(seed).sample(hits, min(n, len(hits))):
            print(i, s[:400])


if __name__ == "__main__":
    main()
