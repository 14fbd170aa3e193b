#!/usr/bin/env python3
"""Counts of the forms that tell a visit by a noun, over the corpus outside drawn.txt (branch
visit53, stop 45): matches (articles). Python stdlib only.   forms.py"""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R

N = r"(?:زيارة|زيارته|زيارتها|زيارتهما|زيارتهم)"
PL = r"(?:ل|إلى |الى )"
FORMS = [
    ("light verb: قام/قامت X بزيارة", r"(?:^|\s)[وف]?(?:قام|قامت|قاموا)\s(?:\S+\s){0,12}?بزيارة"),
    ("light verb, planned: يقوم/سيقوم … بزيارة", r"(?:^|\s)[وف]?س?(?:يقوم|تقوم)\s(?:\S+\s){0,12}?بزيارة"),
    ("light verb: أجرى زيارة", r"(?:أجرى|أجرت|يجري)\s(?:\S+\s){0,10}?زيارة"),
    ("noun + pronoun + لـ/إلى: زيارته للكويت", r"(?:^|\s)[وب]?زيار(?:ته|تها|تهما|تهم)\s(?:\S+\s)?" + PL),
    ("noun + honorific + لـ/إلى: زيارة سموه للأردن", r"(?:^|\s)[وب]?زيارة\s(?:سموه|معاليه|فخامته|جلالته)\s(?:\S+\s)?" + PL),
    ("noun + named visitor + لـ/إلى (any 1-8 words)", r"(?:^|\s)[وب]?زيارة\s(?:(?!لـ?)\S+\s){1,8}?(?:ل\S+|إلى \S+|الى \S+)"),
    ("occasion: خلال زيارته", r"خلال\sزيار(?:ته|تها|تهما|تهم)"),
    ("في زيارة رسمية/في زيارة يقوم بها", r"في\sزيارة\s(?:رسمية|خاصة|عمل|يقوم|تستغرق)"),
    ("جولة تفقدية", r"جولة\sتفقدية"),
    ("plural generic: زيارات ميدانية", r"زيارات\s(?:ميدانية|دورية|تفقدية)"),
    ("purpose/plan: لزيارة", r"(?:^|\s)لزيارة"),
]


def main():
    drawn = {i for i, _ in R.drawn()}
    res = {f[0]: [0, 0] for f in FORMS}
    rx = [(f[0], re.compile(f[1])) for f in FORMS]
    n = 0
    for d in R.articles():
        if d["id"] in drawn:
            continue
        n += 1
        for name, r in rx:
            k = len(r.findall(d["text"]))
            if k:
                res[name][0] += k
                res[name][1] += 1
    print("articles outside drawn.txt:", n)
    for name, _ in FORMS:
        print("%6d %6d  %s" % (res[name][0], res[name][1], name))


if __name__ == "__main__":
    main()
