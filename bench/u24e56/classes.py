#!/usr/bin/env python3
"""u24e56 (stop 48): the forms of unseen24's 15 missed events and its false row, looked up
in every read part's misses (misses_start.tsv: bench/events55/misses.py at 7ef945b, dev …
unseen24, 367 of 572) and in the corpus outside drawn.txt.

    classes.py misses            per class: the misses whose kind and sentence match, by part
    classes.py corpus            per class: articles and hits in the corpus outside drawn.txt
    classes.py show CLASS        the matching misses' sentences (to read them)
Regular expressions over the raw text; Python stdlib only."""
import collections, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tools"))

W = r"(?:\S+\s+)"
DEED = r"(?:اغتيال|مقتل|مهاجمة|تفجير|تفجيرات|هجوم|هجمات|الهجوم|الهجمات|استهداف|اختطاف)"
YEAR = r"(?<!\d)(?:1[89]\d\d|20[01]\d)(?!\d)"
# class: (kinds, regex over the gold sentence / corpus text)
CLASSES = {
    "A_listed_deed_year": (("assault", "fight"),
        r"(?:^|[\n:*•\-–]\s*|(?:أبرزها|أشهرها|أهمها)\s*:?\s*)[وف]?(?:ال)?(?:المشاركة في\s+)?"
        + DEED + r"[^\n.]{0,150}?" + YEAR),
    "B_decided_deed": (("assault", "fight"),
        r"(?:قرر|قررت|أمر|أمرت|خطط|خططت)\s+" + W + r"{0,8}?(?:مهاجمة|اغتيال|تفجير|استهداف|قتل|اقتحام)"),
    "C_killed_in_ambush": (("assault", "fight"),
        r"(?:قتل|قُتل|لقي حتفه|لقي مصرعه|اغتيل)\s+(?:\S+\s+){0,3}?في\s+(?:كمين|اشتباك|مواجهة|غارة|هجوم|قصف)"),
    "D_clashes_between_noun": (("fight",),
        r"(?:مواجهات|اشتباكات|مواجهة|اشتباك|معارك|معركة)\s+(?:\S+\s+){0,2}?بين\s+"),
    "E_takeover_noun": (("fight",),
        r"(?:سيطرة|استيلاء|تحرير|استعادة)\s+(?!على)\S+"),
    "F_second_takeover_carried": (("fight",),
        r"بعد\s+أن\s+(?:سيطر|سيطرت|استولى|استولت|حرر|حررت|استعاد|استعادت)"),
    "G_asked_of": (("appeal",),
        r"(?<!\S)[وف]?(?:طلب|طلبت|طلبوا)\s+" + W + r"{1,6}?من\s+"),
    "H_first_person_appeal": (("appeal",),
        r"(?<!\S)[وف]?(?:نهيب|نناشد|ندعو|نطالب|نطلب|أناشد|أدعو|أطالب|أهيب|يهيب|تهيب)(?!\S)"),
    "I_visit_noun_pronoun": (("visit",),
        r"(?<!\S)[وبل]?(?:ال)?(?:زيارته|زيارتها|زيارتهم|لزيارته|بزيارته)\s+(?:ل|إلى)"),
    "J_qama_gap_ziyara": (("visit",),
        r"(?:قام|قامت)\s+(?:\S+\s+){3,25}?بزيارة"),
    "K_contact_noun": (("meet",),
        r"(?:اتصال|اتصالات|تواصل|الاتصال|الاتصالات)\s+(?:\S+\s+){0,3}?(?:ب|مع\s)"),
    "L_deal_noun_tam": (("agree",),
        r"(?:الاتفاق|الاتفاقية|اتفاق|الصفقة)\s+(?:\S+\s+){0,4}?(?:تم|قد تم)(?!\S)"),
    "W_remained_in_clashes": (("fight",),
        r"(?:ظل|ظلت|بقي|بقيت|استمر|استمرت|ما زال|مازال|لا يزال|لا تزال)\s+(?:\S+\s+){0,2}?(?:في\s+)?(?:مواجهات|مواجهة|حرب|صراع|اشتباكات|قتال)"),
}
PATS = {k: (kinds, re.compile(p)) for k, (kinds, p) in CLASSES.items()}


def misses(path=os.path.join(HERE, "misses_start.tsv")):
    with open(path, encoding="utf-8") as f:
        for line in f:
            p, i, kind, actors, text = line.rstrip("\n").split("\t")
            yield p, i, kind, actors, text


def cmd_misses(show=None):
    rows = list(misses())
    for k, (kinds, pat) in PATS.items():
        if show and k != show:
            continue
        hit = [r for r in rows if r[2] in kinds and pat.search(r[4])]
        parts = collections.Counter(r[0] for r in hit)
        print(k, "misses", len(hit), "parts", len(parts), dict(sorted(parts.items())))
        if show:
            for r in hit:
                m = pat.search(r[4])
                print("  ", r[0], r[1], r[2], r[3], "|", r[4][max(0, m.start() - 60):m.end() + 60])


def cmd_corpus():
    from judge_sample import load_articles
    docs = load_articles()
    for k, (_, pat) in PATS.items():
        n = [len(pat.findall(d["text"])) for d in docs]
        print(k, "articles", sum(1 for x in n if x), "hits", sum(n))


if __name__ == "__main__":
    a = sys.argv[1:]
    if a[0] == "misses":
        cmd_misses()
    elif a[0] == "show":
        cmd_misses(a[1])
    else:
        cmd_corpus()
