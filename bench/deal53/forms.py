#!/usr/bin/env python3
"""Counts the forms of signings and agreements over the corpus outside bench/recall/drawn.txt
(branch deal53, stop 45): forms.py [N] prints each form's count and N examples.
Python stdlib only; text normalised (hamzas on alif, diacritics, tatweel)."""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R

NORM = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ـ": None})
DIAC = re.compile("[\u064b-\u0652]")
AGR = r"(?:ال)?(?:اتفاق(?:ية|يات|يتين|ات|ا)?|مذكر(?:ة|ات) تفاهم|معاهد(?:ة|ات)|صفقة)"
FORMS = [
    ("sign: توقيع AGR [adj] بين", r"توقيع " + AGR + r"(?: \S+)? بين "),
    ("sign: توقيع AGR [adj] مع", r"توقيع(?:ها|ه|هما)? " + AGR + r"(?: \S+){0,2} مع "),
    ("sign: التوقيع على AGR", r"التوقيع على " + AGR),
    ("sign: الموقع(ة) بين", r"الموقع(?:ة)? (?:\S+ )?بين "),
    ("sign: الموقع(ة) مع", r"الموقع(?:ة)? مع "),
    ("sign: التي/الذي وقعها/وقعتها", r"(?:التي|الذي) (?:وقعها|وقعتها|وقعاها|وقعوها)"),
    ("sign: وقعت X ... AGR (verb)", r"(?:^|[ ،])و?وقع(?:ت|ا|تا|وا)? "),
    ("sign: تم توقيع", r"تم توقيع"),
    ("agree: تم الاتفاق", r"تم الاتفاق"),
    ("agree: تم الاتفاق مع", r"تم الاتفاق مع"),
    ("agree: تم الاتفاق بين", r"تم الاتفاق (?:\S+ ){0,3}بين"),
    ("agree: توصل(ت) X الى اتفاق", r"توصل(?:ت|وا|تا|ا)? (?:\S+ ){0,4}الى " + AGR),
    ("agree: تم التوصل الى", r"تم التوصل الى " + AGR),
    ("agree: الذي/التي توصل(ت) اليه", r"(?:الذي|التي) (?:تم )?(?:التوصل|توصل\S*) اليه"),
    ("agree: وافق X على", r"(?:^|[ ،])و?وافق(?:ت)? \S+"),
    ("agree: اتفق الطرفان/البلدان", r"اتفق(?:ت)? (?:الطرفان|البلدان|الجانبان)"),
    ("agree: اتفاق البلدين/الطرفين على", r"اتفاق (?:البلدين|الطرفين|الجانبين)"),
    ("agree: ابرام اتفاق", r"ابرام " + AGR),
    ("agree: ابرم(ت) X", r"(?:^|[ ،])و?ابرم(?:ت|ا|وا)? "),
]


def norm(s):
    return DIAC.sub("", s.translate(NORM))


def main(nex):
    drawn = {r[0] for r in R.drawn()}
    cnt = {f: 0 for f, _ in FORMS}
    ex = {f: [] for f, _ in FORMS}
    rx = [(f, re.compile(r)) for f, r in FORMS]
    for d in R.articles():
        if d["id"] in drawn:
            continue
        t = norm(d["text"])
        for f, r in rx:
            for m in r.finditer(t):
                cnt[f] += 1
                if len(ex[f]) < nex:
                    a = max(0, m.start() - 80)
                    ex[f].append(d["id"] + " " + t[a:m.end() + 80].replace("\n", " "))
    for f, _ in FORMS:
        print("%6d  %s" % (cnt[f], f))
        for e in ex[f]:
            print("        " + e)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
