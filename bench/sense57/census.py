#!/usr/bin/env python3
"""census.py (sense57, stop 49): corpus hits outside drawn.txt of the SENSE groups' contexts
(a cue word in a sense that is no speech). Counts articles and hits per group."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import fresh  # noqa: E402
W = r"(?<![\w])"
E = r"(?![\w])"
NUM = r"[0-9٠-٩][0-9٠-٩.,]*"
G = {
    "add_points": W + r"[وف]?(?:أضاف|أضافت)\s+(?:\S+\s+){0,2}?(?:" + NUM + r"\s+نقط|نقطة|نقاط)",
    "add_goal": W + r"[وف]?(?:أضاف|أضافت)\s+(?:\S+\s+){0,3}?(?:الهدف|هدفا|هدفاً|هدف)" + E,
    "add_feature": W + r"[وف]?(?:أضاف|أضافت)\s+(?:\S+\s+){0,3}?(?:المزايا|ميزة|مزايا|ميزات|خاصية|خصائص)" + E,
    "clearer": W + r"[وف]?أوضح\s+(?:دليل|من\s+أن|مثال|صورة)" + E,
    "between": W + r"وبين\s+ال\S+\s+(?:\S+\s+){0,3}?و",
    "opinion": W + r"[وف]?رأي" + E,
    "other_opinion": W + r"رأي\s+آخر" + E,
    "point_hand": W + r"[وف]?(?:أشار|أشارت)\s+(?:بيده|بإصبعه|بيدها|بإصبع)",
    "caught_eye": W + r"[وف]?(?:لفت|لفتت)\s+(?:نظر|انتباه)",
    "pray_for": W + r"[وف]?(?:داعيا|داعياً|داعية)\s+(?:لل|له|لها|لهم|الله)",
    "expected_noun": W + r"(?:التوقع|توقع)\s+(?:ارتفاع|انخفاض|ارتداد|وصول|تراجع|هبوط)",
    "via": W + r"عبر\s+(?:منفذ|حساب|موقع|الحدود|شبكات|وسائل)",
}
docs = fresh.pool()
for k, rx in G.items():
    r = re.compile(rx)
    arts = hits = 0
    for d in docs:
        n = len(r.findall(d["text"]))
        if n:
            arts += 1
            hits += n
    print(f"{k}\t{arts}\t{hits}")
