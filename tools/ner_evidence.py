#!/usr/bin/env python3
"""Words that SaudiNewsNet writes right after Saudi/Gulf name patterns, as evidence
features for the recogniser (data/ner_evidence.tsv; docs/NER.md, "Pattern evidence").

Input: rasd's normalised tokens, one article a line (`rasd clusters --tokens FILE
articles.jsonl.gz`). For each class of trigger words (محافظة X, نادي X, جامعة X, شركة X,
الأمير X ...; a one-letter or two-letter proclitic on the trigger is allowed), counts how
often each word follows a trigger and how often it occurs at all. A word gets the class
when it follows the class's triggers at least MIN_COUNT times and in at least WEAK of its
occurrences; "strong" from STRONG on. The recogniser uses these as feature bits and learns
their weights from ANERcorp; they are never answers.

usage: tools/ner_evidence.py TOKENS OUT
"""
import collections
import sys

MIN_COUNT = 3
WEAK, STRONG = 0.1, 0.3
# Triggers in rasd's normalised spelling (ة → ه, ى → ي, hamza forms → ا/ء).
CLASSES = [
    ("ADM", "محافظه منطقه مدينه بلديه امانه اماره قريه مركز حي ميناء مطار"),
    ("CLUB", "نادي فريق منتخب"),
    ("EDU", "جامعه كليه مستشفي معهد مدرسه مدارس"),
    ("CO", "شركه مجموعه بنك مصرف مؤسسه صحيفه قناه وكاله"),
    ("PER", "الامير الشيخ الملك الدكتور المهندس الرئيس اللواء العقيد المواطن الفنان "
            "اللاعب السيد الفريق المدرب سمو معالي"),
]
PROCLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def main():
    tokens_path, out_path = sys.argv[1], sys.argv[2]
    trig = {w: c for c, ws in CLASSES for w in ws.split()}

    def trigger(w):
        if w in trig:
            return trig[w]
        for p in PROCLITICS:
            if w.startswith(p) and w[len(p):] in trig:
                return trig[w[len(p):]]
        return None

    count = collections.Counter()
    after = collections.defaultdict(collections.Counter)
    with open(tokens_path, encoding="utf-8") as f:
        for line in f:
            ws = line.split()
            for i, w in enumerate(ws):
                count[w] += 1
                c = trigger(w) if i + 1 < len(ws) else None
                if c:
                    after[c][ws[i + 1]] += 1
    rows = []
    for c, _ in CLASSES:
        for w, n in after[c].items():
            share = n / count[w]
            if n >= MIN_COUNT and share >= WEAK and len(w) > 1 and w not in trig:
                rows.append((w, c, 2 if share >= STRONG else 1))
    rows.sort()
    with open(out_path, "w", encoding="utf-8") as o:
        o.write("# word<TAB>class<TAB>strength (1: >= 10%, 2: >= 30% of its occurrences "
                "follow the class's triggers); tools/ner_evidence.py\n")
        for w, c, s in rows:
            o.write(f"{w}\t{c}\t{s}\n")


if __name__ == "__main__":
    main()
