#!/usr/bin/env python3
"""camp70: how often each campaign or habit form occurs in the corpus outside
bench/recall/drawn.txt (articles holding it, hits), and among the gold events of the read parts
(tests/data/recall_snn.tsv, split all: the events whose labelled sentence holds the form; -v
lists them, for reading how the labels treat such summaries). One rough regex a form.
Usage: python3 bench/camp70/census.py [-v] > bench/camp70/census.txt"""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "recall"))
import fresh  # noqa: E402
import recall as R  # noqa: E402

W = r"(?<![\w])"
E = r"(?!\w)"
ATT = (r"(ال)?(غارات|غارة|ضربات|ضربة|هجمات|هجوم|عمليات|اغتيالات|اشتباكات|معارك|"
       r"انتقادات|اتهامات|دعوات|زيارات|اجتماعات|لقاءات)")
FORMS = [
    ("day after day (يوما بعد آخر/يوم، يوميا، كل يوم)",
     W + r"(و|ف)?(يوما بعد (آخر|اخر|يوم)|يوماً بعد (آخر|يوم)|يوميا|يومياً|كل يوم)" + E),
    ("constantly, repeatedly (باستمرار، مرارا، تكرارا)",
     W + r"(و|ف)?(باستمرار|مرارا|مراراً|مرارًا|تكرارا|تكراراً)" + E),
    ("لطالما / طالما", W + r"(و|ف)?ل?طالما" + E),
    ("لوقت طويل / لسنوات / طوال سنوات", W + r"(لوقت طويل|لسنوات|طوال (ال)?سنوات|على مدى سنوات)" + E),
    ("a plural count + attack/criticism noun (آلاف/عشرات/مئات/أكثر من N ألف)",
     W + r"(و|ب)?(آلاف|الاف|عشرات|مئات|ألف|الف)\s+" + ATT + E),
    ("كان + imperfect within 2 words (habitual)",
     W + r"(و|ف)?(كان|كانت|كانوا)\s+(\S+\s+){0,1}(ي|ت)\S{3,}"),
    ("comparison (أكثر مما / أكثر من أي وقت)", W + r"(أكثر|اكثر) (مما|من أي وقت|من اي وقت)" + E),
    ("منذ + a word", W + r"(و|ف)?منذ" + E),
    ("known for (عُرف/عرف ب)", W + r"(و|ف)?(عرف|عُرف)\s+ب"),
    ("كثيرا ما / أكثر من مرة / عدة مرات (habit list's and more)",
     W + r"(كثيرا ما|كثيراً ما|غالبا ما|أكثر من مرة|اكثر من مرة|عدة مرات|مرات عدة)" + E),
]

def gold_sentences():
    gold = R.load(R.LABELS if hasattr(R, "LABELS") else "tests/data/recall_snn.tsv", "all")
    docs = {d["id"]: d for d in R.articles(set(gold))}
    for aid, g in sorted(gold.items()):
        b = docs[aid]["text"].encode("utf-8")
        for e in g["E"]:
            yield aid, e, b[e["start"]:e["end"]].decode("utf-8", "replace")

def main():
    verbose = "-v" in sys.argv
    docs = fresh.pool()
    gold = list(gold_sentences())
    print(f"articles outside drawn.txt: {len(docs)}; gold events of the read parts: {len(gold)}")
    print("form\tarticles\thits\tgold events")
    lists = []
    for name, rx in FORMS:
        r = re.compile(rx, re.M)
        a = h = 0
        for d in docs:
            n = len(r.findall(d["text"]))
            a += n > 0
            h += n
        g = [(aid, e, s) for aid, e, s in gold if r.search(s)]
        print(f"{name}\t{a}\t{h}\t{len(g)}")
        lists.append((name, g))
    if verbose:
        for name, g in lists:
            print(f"\n## {name}")
            for aid, e, s in g:
                print(f"{aid}\t{e['type']}\t{e['date']}\t{';'.join(e['actors'])}\t{s[:300]}")

main()
