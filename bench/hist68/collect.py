#!/usr/bin/env python3
"""hist68: every wrong/partly event row of bench/judged/judge43..judge60 whose reason
tells an old deed / history / a past event at the article's day, classed by the clause
form that marks it as background (first match in FORMS' order, in the trigger's sentence).
Usage: python3 bench/hist68/collect.py [-v]  (writes bench/hist68/pool.tsv)"""
import csv, re, sys

REASON = re.compile(r"histor|old deed|recollect|background|long ago|long before|years? (ago|before)|"
                    r"months? (ago|before|earlier)|anniversar|recalled|almanac|"
                    r"\b(past|earlier|old|older|previous|former)\b|obituar|biograph|memor|"
                    r"\b(in|from) (19|20)\d\d\b|\(?(19|20)\d\d\)?,? (recalled|at the)", re.I)
NOTDAY = re.compile(r"أمس|اليوم|next sentence|the lead|Monday|Tuesday|Wednesday|Thursday|"
                    r"Friday|Saturday|Sunday|past week|الأسبوع", re.I)
MONTHS = ("يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|"
          "اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين")
# (name, regex on the text before the trigger within its sentence, or around it)
FORMS = [
    ("آنذاك/وقتها/حينها", r"آنذاك|وقتذاك|وقتها|حينها|حينذاك|يومها|يومذاك"),
    ("يوم أن/يوم + past", r"(?<!\w)(و|ف)?يوم (أن|ان)(?!\w)"),
    ("سبق أن/له", r"سبق (أن|ان|وأن|له|لها|لهم)"),
    ("كان … قد", r"\b(و|ف)?(كان|كانت|كانوا|كانا)\b[^.،]{0,80}\bقد\b"),
    ("بعدما/بعد أن", r"(بعدما|بعد أن|بعد ان|عقب أن)"),
    ("قبل + duration", r"قبل (\S+ )?(سنوات|سنة|عام|عامين|أعوام|شهر|أشهر|شهرين|أسابيع)"),
    ("منذ", r"\bمنذ\b"),
    ("في وقت سابق", r"في وقت سابق|سابقا|سابقاً"),
    ("عندما/حين/لما + past", r"\b(عندما|حين|حينما|لما|إبان|ابان|أثناء)\b"),
    ("a year", r"\b(1[0-9]{3}|20[0-9]{2})\b|عام \d\d\b"),
    ("a month name", r"\b(ف|ب|و)?(" + MONTHS + r")\b"),
    ("وكان/وكانت (no قد)", r"\b(و)?(كان|كانت|كانوا)\b"),
]

def sentence(text, trig):
    i = text.find("‹")
    lo = max(text.rfind(".", 0, i), text.rfind("؟", 0, i), text.rfind("!", 0, i)) + 1
    return text[lo:], text[lo:i]

def form_of(text):
    sent, before = sentence(text, None)
    for name, rx in FORMS:
        if re.search(rx, sent):
            return name
    return "none"

def main():
    out = []
    for k in range(43, 61):
        for r in csv.DictReader(open(f"bench/judged/judge{k}.tsv"), delimiter="\t"):
            if r["sample"] != "events" or r["verdict"] not in ("wrong", "partly"):
                continue
            if not REASON.search(r["reason"]) or NOTDAY.search(r["reason"]):
                continue
            at_day = r["date"][:10] == r["published"][:10]
            out.append((k, r, at_day, form_of(r["text"])))
    w = csv.writer(open("bench/hist68/pool.tsv", "w"), delimiter="\t", lineterminator="\n")
    w.writerow(["judge", "no", "article", "kind", "verdict", "at_day", "form", "reason", "text"])
    for k, r, d, f in out:
        w.writerow([k, r["no"], r["article"], r["kind"], r["verdict"], int(d), f, r["reason"],
                    r["text"]])
    tab = {}
    for k, r, d, f in out:
        if not d:
            continue
        t = tab.setdefault(f, [0, 0, set()])
        t[0 if r["verdict"] == "wrong" else 1] += 1
        t[2].add(k)
    print("rows", len(out), "at the article's day", sum(1 for o in out if o[2]))
    print("form\twrong\tpartly\tsamples")
    for f, (a, b, s) in sorted(tab.items(), key=lambda x: -(x[1][0] + x[1][1])):
        print(f"{f}\t{a}\t{b}\t{len(s)} ({','.join(map(str, sorted(s)))})")

main()
