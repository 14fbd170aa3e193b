#!/usr/bin/env python3
"""u24e56 (stop 48): how often the corpus outside drawn.txt holds the history-list form of
unseen24's history article: a deed noun of assault or fight opening a bulleted or numbered
line (or a paragraph), with a year on it («* اغتيال … في أكتوبر 1990», «* مهاجمة السياح في
الأقصر عام 1997»), and the recap «أبرزها/أشهرها + deed noun» («كان أشهرها تفجيرات … 2001»).

    lists.py                       per variant: lines and articles
    lists.py --sample V SEED N     N random articles holding variant V, their matching lines
Python stdlib only; tools/judge_sample.load_articles (drawn.txt left out)."""
import os, random, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from judge_sample import load_articles  # noqa: E402

BULLET = r"(?:^|\n)[ \t]*(?:[\*\-•▪●◄►–]|\d{1,2}[ \t]*[-.)/]|[أ-ي][ \t]*[-)])[ \t]*"
PARA = r"(?:^|\n)[ \t]*"
DEED = (r"[وف]?(?:ال)?(?:اغتيال|مقتل|قتل|مهاجمة|هجوم|هجمات|تفجير|تفجيرات|اختطاف|خطف|"
        r"استهداف|مذبحة|مجزرة|معركة|معارك|حرب|اشتباكات|مواجهات|غزو|احتلال|اقتحام|"
        r"المشاركة في (?:مقتل|اغتيال|قتل|الهجوم))")
YEAR = r"[^\n]{0,200}?(?<!\d)(?:1[89]\d\d|20[01]\d)(?!\d)"
RECAP = r"(?:أبرزها|أشهرها|أهمها|أخطرها|أعنفها|أبرز ها)\s*:?\s*"
VARIANTS = {
    "bullet_deed_year": re.compile(BULLET + DEED + r"\S*" + YEAR),
    "bullet_deed": re.compile(BULLET + DEED + r"\S*[^\n]{0,120}"),
    "para_deed_year": re.compile(PARA + DEED + r"\S*" + YEAR),
    "recap_deed": re.compile(RECAP + r"\n?[ \t]*[\*\-•]?[ \t]*" + DEED + r"\S*[^\n]{0,120}"),
    "recap_deed_year": re.compile(RECAP + r"\n?[ \t]*[\*\-•]?[ \t]*" + DEED + r"\S*" + YEAR),
}


def hits(docs, pat):
    out = []
    for d in docs:
        m = [x.group(0).strip() for x in pat.finditer(d["text"])]
        if m:
            out.append((d["id"], m))
    return out


def main(a):
    docs = load_articles()
    if a and a[0] == "--sample":
        h = hits(docs, VARIANTS[a[1]])
        for i, m in random.Random(int(a[2])).sample(h, min(int(a[3]), len(h))):
            for line in m:
                print(i + "\t" + line.replace("\n", " ⏎ ")[:300])
        return
    print("pool", len(docs))
    for k, p in VARIANTS.items():
        h = hits(docs, p)
        print(k, "articles", len(h), "lines", sum(len(m) for _, m in h))


if __name__ == "__main__":
    main(sys.argv[1:])
