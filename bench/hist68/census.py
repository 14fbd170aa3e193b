#!/usr/bin/env python3
"""hist68: how often each background form of bench/hist68/collect.py occurs in the corpus
outside bench/recall/drawn.txt (articles holding it, and hits), one rough regex a form.
Usage: python3 bench/hist68/census.py > bench/hist68/census.txt"""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "recall"))
import fresh  # noqa: E402

P = r"(?<![\w])"
FORMS = [
    ("then-word (آنذاك، وقتذاك، حينذاك، حينها، يومها، وقتها)",
     P + r"(و|ف)?(آنذاك|انذاك|وقتذاك|حينذاك|حينئذ|وقتئذ|حينها|يومها|وقتها)(?!\w)"),
    ("يوم أن", P + r"(و|ف)?يوم (أن|ان)(?!\w)"),
    ("بعدما / بعد أن + word", P + r"(و|ف)?(بعدما|بعد أن|بعد ان|عقب أن)(?!\w)"),
    ("وكان/وكانت + words, no قد (clause start)",
     r"(^|[.،,:؛]\s*)(و|ف)(كان|كانت|كانوا)\s+(?!قد)(\S+\s+){0,6}?(?!قد)\S+"),
    ("وكان … قد (hist50's)", P + r"(و|ف)?(كان|كانت|كانوا)\s+(\S+\s+){0,7}قد\s"),
    ("سبق أن (hist50's)", P + r"(و|ف)?سبق (أن|ان|وأن|وان)(?!\w)"),
    ("منذ + a word", P + r"(و|ف)?منذ(?!\w)"),
    ("في وقت سابق", P + r"(و|ف)?في وقت سابق"),
    ("عندما/حين/حينما", P + r"(و|ف)?(عندما|حين|حينما)(?!\w)"),
]

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

main()
