#!/usr/bin/env python3
"""hist69: how often each class of bench/hist69/classes.tsv shows its form in the corpus outside
bench/recall/drawn.txt (articles holding it, and hits), one rough regex a form (as hist68's
census.py). Usage: python3 bench/hist69/census.py > bench/hist69/census.txt"""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "recall"))
import fresh  # noqa: E402

P = r"(?<![\w])"
NOUNS = (r"(تحرير|تحريرها|تحريره|طرد|دحر|زيارة|زيارته|زيارتها|مقتل|اغتيال|توقيع|لقاء|لقائه|"
         r"اجتماع|هجوم|الهجوم|تفجير|التفجير|اشتباكات|المعارك|معارك|اقتحام|قصف|غارة|انتقاد|"
         r"اتهام|مناشدة|دعوة)")
FORMS = [
    ("after-noun: بعد/عقب + an event noun", P + r"(و|ف)?(بعد|عقب) " + NOUNS + r"(?!\w)"),
    ("response: استجابة/تلبية لـ + a request",
     P + r"(و|ف)?(استجابة|استجابةً|تلبية|تلبيةً) (لطلب|لمناشدة|لنداء|لدعوة|لمطالب|لمطالبة|"
     r"لنداءات|لدعوات|لمناشدات|لطلبات)"),
    ("relative-agreed: التي/الذي تم/جرى الاتفاق/التوقيع",
     P + r"(التي|الذي|اللذين|اللتين|الذين) (تم|جرى) (الاتفاق|الإتفاق|التوقيع|التوصل)"),
    ("person-past: المسؤول عن/العقل المدبر/أشرف على + an event noun",
     P + r"((المسؤول|المسئول)( الأول)? عن|العقل المدبر (وراء|ل)|أشرف على) (محاولة|هجوم|هجمات|"
     r"تفجير|تفجيرات|اغتيال|عمليات|الهجوم|الهجمات|التفجير)"),
    ("person-past: الذي/التي + تعرض لانتقادات", P + r"(الذي|التي) تعرض(ت)? (لانتقادات|لانتقاد)"),
    ("recent-period: مؤخرا", P + r"(و)?مؤخر(ا|اً)(?!\w)"),
    ("recent-period: الأشهر/السنوات/الأعوام الماضية",
     P + r"(الأشهر|الشهور|السنوات|الأعوام|السنين) (الماضية|الأخيرة)"),
    ("recent-period: an event noun + الأخيرة (no pronoun)",
     P + r"(الهجمات|الهجوم|التفجيرات|التفجير|الزيارة|الاشتباكات|المعارك)( \S+)? الأخير(ة)?"),
    ("already: بالفعل", P + r"(و)?بالفعل(?!\w)"),
    ("execution: حكم القتل/قصاصا + أقدم على", r"(حكم القتل|قصاص)[^.]{0,200}أقدم"),
    ("column: a biography series (رحالة الصيف)", r"رحالة الصيف"),
]


def prev_date(d):
    """A sentence naming a year before the article's year, then a sentence naming no year."""
    y = int(d.get("published", "2015")[:4] or 2015)
    ss = re.split(r"(?<=[.!?؟])\s+", d["text"])
    yr = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
    n = 0
    for a, b in zip(ss, ss[1:]):
        if any(int(v) < y for v in yr.findall(a)) and not yr.search(b):
            n += 1
    return n


def main():
    docs = fresh.pool()
    print(f"articles outside drawn.txt: {len(docs)}")
    print("form\tarticles\thits")
    for name, rx in FORMS:
        r = re.compile(rx, re.M)
        a = h = 0
        for d in docs:
            n = len(r.findall(d["text"]))
            a += n > 0
            h += n
        print(f"{name}\t{a}\t{h}")
    a = h = 0
    for d in docs:
        n = prev_date(d)
        a += n > 0
        h += n
    print(f"prev-date: a sentence with an earlier year, then one with none\t{a}\t{h}")


main()
