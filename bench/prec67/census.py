#!/usr/bin/env python3
"""prec67: articles / hits of the layer's wrong forms over articles outside drawn.txt
(one regex a form; a rough count).   python3 bench/prec67/census.py"""
import gzip, json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SNN = os.path.join(ROOT, "..", "shared", "data", "saudinewsnet", "articles.jsonl.gz")
FORMS = {
    "court verdict (أدانت المحكمة/القضاء)":
        r"(?:^|\s)و?(?:أدان|ادان)(?:ت)?\s+(?:ال)?(?:محكمة|القضاء|هيئة\s+المحلفين|المحكمه)",
    "habit (و/ف)لطالما|وطالما + past verb": r"(?:^|\s)[وف]?(?:ل)?طالما\s+\S+",
    "long-standing (لوقت طويل/لسنوات/منذ زمن)": r"(?:اتهم|هاجم|طالب|دعا)\S*\s+(?:لوقت طويل|لسنوات|منذ زمن)",
    "diary line (^NN month:)": r"(?m)^\s*\d{1,2}\s+(?:يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر)\s*:",
    "generic plural + passive relative (غارات يروج)": r"في\s+(?:غارات|هجمات|حروب)\s+(?:ي|ت)\S+\s+لها",
    "at the time (وقتها/آنذاك) in a kind's sentence": r"(?:اتهم|زار|هاجم|التقى|دعا|طالب)\S*[^.]{0,60}(?:وقتها|آنذاك|حينها)",
}


def main():
    drawn = set(open(os.path.join(ROOT, "bench", "recall", "drawn.txt")).read().split())
    arts = {k: 0 for k in FORMS}
    hits = {k: 0 for k in FORMS}
    rx = {k: re.compile(v) for k, v in FORMS.items()}
    n = 0
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for l in f:
            d = json.loads(l)
            if d["id"] in drawn:
                continue
            n += 1
            t = d.get("text", "") or ""
            for k, r in rx.items():
                m = r.findall(t)
                if m:
                    arts[k] += 1
                    hits[k] += len(m)
    print("articles outside drawn.txt:", n)
    for k in FORMS:
        print("%-55s %5d articles %5d hits" % (k, arts[k], hits[k]))


if __name__ == "__main__":
    main()
