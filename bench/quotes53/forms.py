#!/usr/bin/env python3
"""bench/quotes53/forms.py [N] — how often each missed-quote form of bench/quotes53/classes.md
stands in SaudiNewsNet outside bench/recall/drawn.txt (regex over the article texts; N
articles, default all). Prints form, hits, articles and three examples. Stdlib only."""
import sys, os, re, collections
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R

W = r"[^\s.،؛:]+"
FORMS = {
    "info-noun speaks (تشير التقديرات إلى أن، ترجح معلومات)":
        r"(?:و)?(?:تشير|أشارت|تفيد|أفادت|ترجح|رجحت|تؤكد|أكدت|تتحدث|تحدثت)\s+(?:ال)?(?:تقديرات|معلومات|توقعات|تقارير|معطيات|أرقام|مؤشرات)(?:\s+" + W + r"){0,4}\s+(?:إلى\s+أن|إلى|بأن|أن|عن)\s",
    "info-noun before its verb (التوقعات تشير إلى)":
        r"(?:ال)?(?:تقديرات|معلومات|توقعات|تقارير)(?:\s+" + W + r"){0,3}\s+(?:تشير|تفيد|ترجح|تؤكد|تتحدث)\s+(?:إلى|بأن|أن|عن)\s",
    "appeal + addressee + لل/إلى/ب (دعا X المسافرين للتأكد)":
        r"(?:و)?(?:دعا|دعت|ناشد|ناشدت|حث|حثت|يدعو|تدعو|طالب|طالبت)\s+(?:" + W + r"\s+){2,8}(?:لل\S{3,}|إلى|بضرورة|على\s+ضرورة)\s",
    "document + relative verb فيه/فيها (كلمة شكر فيها)":
        r"(?:كلمة|بيانا|بيانًا|رسالة|خطابا|خطاباً|شكوى|مقالا|تغريدة)\s*(?:" + W + r"\s+){0,4}،?\s*" + W + r"\s+(?:فيها|فيه)\s",
    "جاء في + part noun + document (وجاء في نهاية التقرير، أقوال المتهم)":
        r"(?:و)?جاء\s+(?:في|ب)\s*(?:نهاية|ختام|مستهل|مطلع|نص|أقوال|مقدمة|سياق|رد|الوثيقة|بالوثيقة)\s",
    "بقوله/بقولها with colon":
        r"بقول(?:ه|ها|هم)\s*:",
    "رد X بأن/أن (replied that)":
        r"(?:^|\s)(?:و)?(?:رد|ردت)\s+(?:" + W + r"\s+){1,6}(?:بأن|أن)\s",
    "parenthetical كما يقول/يذكر inside":
        r"،?\s*كما\s+(?:يقول|يذكر|قال|ذكر|يشير|وصفه|وصفها|يدعي)\s",
    "subject then present verb (وزارة الداخلية تعلن، مصدر … يصرح)":
        r"(?:وزارة|مصدر|المصادر)(?:\s+" + W + r"){0,4}\s+(?:تعلن|يصرح|تصدر|تتحدث|يؤكد|تؤكد)\s",
}


def main(a):
    n = int(a[0]) if a else 0
    skip = {i for i, _ in R.drawn()}
    pats = {k: re.compile(v) for k, v in FORMS.items()}
    hits = collections.Counter()
    arts = collections.Counter()
    ex = collections.defaultdict(list)
    seen = 0
    for d in R.articles():
        if d["id"] in skip:
            continue
        seen += 1
        if n and seen > n:
            break
        for k, p in pats.items():
            m = list(p.finditer(d["text"]))
            if m:
                hits[k] += len(m)
                arts[k] += 1
                if len(ex[k]) < 3:
                    ex[k].append("%s: %s" % (d["id"], m[0].group(0).strip()[:70]))
    print("articles read: %d" % min(seen, n or seen))
    for k in FORMS:
        print("%-62s %6d hits %6d articles" % (k, hits[k], arts[k]))
        for e in ex[k]:
            print("      " + e)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
