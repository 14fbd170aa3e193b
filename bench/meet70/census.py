#!/usr/bin/env python3
"""bench/meet70/census.py — corpus counts of the forms of the read parts' missed meetings
(classes.py), over every SaudiNewsNet article outside bench/recall/drawn.txt (diacritics and
tatweel stripped); branch meet70, stop 59. A count is of articles holding the form.

  census.py [--show FORM N [SEED]]   the counts; with --show, N random sentences of FORM"""
import os, re, sys, random
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R

W = r"[^\s.،,؛:!?]+"
PRON = r"(?:معه|معها|معهما|معهم|به|بها|بهما|بهم)"
MEETV = r"(?:اجتمع|اجتمعت|التقى|التقت|بحث|بحثت|ناقش|ناقشت|تباحث|تباحثت)"
FORMS = [
    # TALKS
    ("TALKS", "talks_noun_with", r"(?:^|\s)[وبلف]?(?:ال)?(?:تفاوض|مفاوضات|تباحث|حوار|تشاور|مباحثات|محادثات|مشاورات)(?: " + W + r"){0,4} (?:مع|بين) "),
    ("TALKS", "talks_noun_any", r"(?:^|\s)[وبلف]?(?:ال)?(?:مفاوضات|مباحثات|محادثات|مشاورات)(?:\s|$)"),
    # NOUN
    ("NOUN", "takes_part", r"(?:^|\s)[وف]?(?:يشارك|تشارك|شارك|شاركت)(?: " + W + r"){0,6} في (?:ال)?(?:اجتماع|مؤتمر|قمة)"),
    ("NOUN", "noun_pronoun_doer", r"(?:^|\s)(?:خلال|في|بعد|عقب) (?:اجتماعه|لقائه|اجتماعها|لقائها) (?:ب|مع )"),
    ("NOUN", "noun_of_descriptions", r"(?:^|\s)[وبل]?(?:ال)?(?:اجتماع|لقاء)(?: المشترك)? (?:بين )?(?:وزراء|رؤساء|أعضاء|ممثلي|مسؤولي)"),
    # PARTY1
    ("PARTY1", "verb_time_bi_plural", r"(?:^|\s)[وف]?(?:اجتمع|التقى|يجتمع|يلتقي)(?: " + W + r"){1,10} (?:أمس|اليوم|امس) ب(?:م" + W + r"ي|ال" + W + r"ين)(?:\s|$)"),
    ("PARTY1", "verb_direct_object", r"(?:^|\s)[وف]?(?:التقى|يلتقي|سيلتقي)(?: " + W + r"){1,8}،? (?:أمس|امس|اليوم)،? (?:الرئيس|الأمير|الملك|وزير|نظيره|رئيس|الأمين)"),
    ("PARTY1", "support_noun_body", r"(?:^|\s)[وف]?عقد(?: " + W + r"){1,10} اجتماعا ب(?:الجهاز|اللجنة|مجلس|المجلس)"),
    # CALL
    ("CALL", "phone_call", r"اتصالا? هاتفيا?"),
    ("CALL", "contact_with", r"(?:^|\s)[وف]?(?:تواصل|تواصلت|اتصل|اتصلت|اتصالات|اتصال) (?:" + W + r" ){0,3}(?:مع|ب)"),
    ("CALL", "spoke_to", r"(?:^|\s)[وف]?(?:تحدث|تحدثت)(?: " + W + r"){1,8}،? إلى (?:الرئيس|الأمير|الملك|وزير|نظيره|رئيس)"),
    # FOLD
    ("FOLD", "host_then_pronoun", r"(?:^|\s)[وف]?(?:استقبل|استقبلت)(?: " + W + r"|،){1,40} [وف](?:عقد|عقدت|" + MEETV[3:-1] + r") " + PRON + r"(?:\s|$|[،.])"),
    ("FOLD", "host_then_meet_noun", r"(?:خلال|لدى|أثناء) استقبال(?:ه|ها)?(?: " + W + r"|،){1,30} (?:خلال|في) (?:اللقاء|الاجتماع)"),
    ("FOLD", "visit_then_meet", r"(?:^|\s)[وف]?(?:زار|زارت)(?: " + W + r"|،){1,20} [وف](?:التقى|التقت|اجتمع|اجتمعت|التقوا)(?:\s|$)"),
    # NOWORD
    ("NOWORD", "mediate", r"(?:^|\s)[وبل]?(?:ال)?(?:توسط|وساطة)(?: " + W + r"){0,3} بين "),
    ("NOWORD", "discussion_with", r"(?:^|\s)[وبل]?(?:ال)?نقاش(?: " + W + r"){0,3} مع "),
]
STRIP = re.compile("[\u064b-\u0652\u0640]")
SENT = re.compile(r"[^.!?؟\n]+")


def main():
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    n = int(sys.argv[sys.argv.index("--show") + 2]) if show else 0
    seed = int(sys.argv[sys.argv.index("--show") + 3]) \
        if show and len(sys.argv) > sys.argv.index("--show") + 3 else 70
    drawn = {i for i, _ in R.drawn()}
    rx = [(c, k, re.compile(v)) for c, k, v in FORMS]
    cnt = {k: 0 for _, k, _ in FORMS}
    hits, total = [], 0
    for d in R.articles():
        if d["id"] in drawn:
            continue
        total += 1
        t = STRIP.sub("", d["text"])
        for _, k, r in rx:
            if r.search(t):
                cnt[k] += 1
                if k == show:
                    hits += [(d["id"], s.strip()) for s in SENT.findall(t) if r.search(s)]
    print("articles outside drawn.txt", total)
    for c, k, _ in FORMS:
        print("%-7s %-22s %6d" % (c, k, cnt[k]))
    if show:
        for i, s in random.Random(seed).sample(hits, min(n, len(hits))):
            print(i, s[:300])


if __name__ == "__main__":
    main()
