#!/usr/bin/env python3
"""bench/app70/classes.py — the hand classes of bench/app70/missed.tsv (branch app70, stop 59).

  classes.py missed.tsv > missed_classed.tsv     rows with their class
  classes.py --table missed.tsv                  the class table (rows, read parts)
  classes.py --corpus                            each class's form counted in the corpus
                                                 outside bench/recall/drawn.txt (sentences)

Every missed gold appeal of the read parts (dev … unseen35, start build 1c34d152) was read
(its sentence, what rasd found there, the sentence alone, variants of it) and given one class:
why rasd misses it. Rows are numbered in missed.tsv's order (1 …)."""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall  # noqa: E402

CLASS = {
    "W": "no appeal word rasd knows (the word is given)",
    "C": "the word known, its caller not found (title, description, body, pronoun, none, "
         "the writer)",
    "F": "folded into another appeal of the same caller (another sentence or its own)",
    "O": "the sentence's other event taken instead",
    "R": "a planned, negated or history reading",
    "N": "a noun appeal (دعوة، مطالبة، طلب، نداء، دعوات)",
    "X": "other (participle inside another cue's span, verb after a non-lead, a relative's "
         "verb, two appeals of one sentence)",
}

ROWS = {
    1: ("W", "present", "تهيب inside a participle's statement"),
    2: ("C", "description", "بطلب من عائلة بيليه, after ولم يعلق"),
    3: ("W", "present", "يطالب اليونانيون بأن"),
    4: ("C", "none", "مطالبا من الجميع: the quote's وقال has no subject"),
    5: ("W", "first", "طالبنا inside a quote"),
    6: ("X", "participle", "مطالبين after ؛ inside وتابعوا's quote (a group)"),
    7: ("N", "writer", "ما يدعونا إلى طلب المبادرة: the outlet's"),
    8: ("C", "writer", "ونحن نطالب outside a quote"),
    9: ("W", "other", "تمنى X على Y أن"),
    10: ("C", "pronoun", "كما دعا: no subject (and the caller's appeal elsewhere)"),
    11: ("W", "objpron", "وطالبتهم: the verb with its object pronoun"),
    12: ("F", "sentence", "وحث الحسين: his appeal of another sentence"),
    13: ("N", "pronoun", "عن دعوته رجال الأعمال"),
    14: ("C", "pronoun", "وطلب مني: the coordinated verb's subject before"),
    15: ("W", "objpron", "حثهم فيها: relative verb with object pronoun"),
    16: ("C", "writer", "يجعلنا نطالبك"),
    17: ("C", "writer", "نطالب يا معالي الوزير"),
    18: ("C", "before", "أما مصر … فقد طلبت من"),
    19: ("C", "group", "متظاهرون … داعين"),
    20: ("N", "other", "باتهام المملكة … والمطالبة بوضعها"),
    21: ("N", "other", "سباقة في دعوة العالم"),
    22: ("N", "other", "لا تعني الوصول للمطالبة بإعفائه (negated)"),
    23: ("C", "title", "الذي دعا خادم الحرمين الشريفين الملك عبد الله (relative, history)"),
    24: ("N", "other", "ستكون هناك دعوة لأهالي (planned)"),
    25: ("C", "description", "وطالب: quote speaker المواطن"),
    26: ("N", "other", "إلحاح أطفاله بطلب ثياب"),
    27: ("O", "-", "وصف المالكي … وطالب: the criticism found, the second verb not"),
    28: ("W", "present", "فتهيب وزارة الصحة"),
    29: ("C", "writer", "نطلب منه: a column"),
    30: ("C", "before", "أن الوزارة طلبت من"),
    31: ("C", "writer", "ونهيب: a body's statement"),
    32: ("C", "pronoun", "وطلبوا من (الباحثون before)"),
    33: ("C", "pronoun", "بينما طلبوا من"),
    34: ("C", "before", "إن الرجل طلب"),
    35: ("C", "body", "بيانا طلب اعتذار: the statement as subject"),
    36: ("W", "present", "يطالب فيها (relative)"),
    37: ("C", "description", "استجابة لطلب بعض الساسة الأميركيين"),
    38: ("W", "other", "نادى X بـ"),
    39: ("W", "first", "«نطلب الآن» inside a quote"),
    40: ("W", "present", "قائد رحلة … يطلب"),
    41: ("N", "pronoun", "عن دعوته رجال الأعمال (a copy of row 13)"),
    42: ("C", "pronoun", "وطلب في رسالة"),
    43: ("C", "pronoun", "بأنه طلب من … وأنه طلب من"),
    44: ("C", "description", "طالبت أصوات أخرى"),
    45: ("F", "sentence", "داعياً: the same speaker's appeal earlier"),
    46: ("C", "body", "تلبية لنداء مركز سلمان الإغاثي: the body not recognised"),
    47: ("C", "pronoun", "العراق … اعتذر … وطلب استضافة"),
    48: ("W", "participle", "مطالبة بغير ذلك (feminine participle)"),
    49: ("C", "body", "حين طلب الأمن من (1967)"),
    50: ("C", "title", "وطالب: quote speaker الدكتور بخاري"),
    51: ("F", "sentence", "وطالب بتبرعات: Ban's appeal of another sentence"),
    52: ("C", "description", "طلب بعض مرضى الربو"),
    53: ("N", "other", "قرر وزراء … مطالبة مجلس الامن"),
    54: ("C", "description", "ودعوا: quote speaker محللون"),
    55: ("X", "relative", "الهدنات التي دعت لها قيادة التحالف، ودعوة الأمم المتحدة"),
    56: ("N", "other", "قدمت الحكومة الفلسطينية طلباً رسمياً"),
    57: ("X", "two", "two appeals in one sentence, one event (بناء على طلب)"),
    58: ("X", "nonlead", "في المقابل طلب داسيلفا من (alone and at a lead: found)"),
    59: ("W", "present", "يدعو ظريف المملكة"),
    60: ("N", "other", "تحدث عن دعوة الطرفين"),
    61: ("W", "bare", "حيث طالب اللاعبين (bare طالب)"),
    62: ("W", "bare", "طالب من خلالها اللاعبين (bare طالب)"),
    63: ("C", "title", "تحدث مدير الدورة مطالبًا (the title's holder named elsewhere)"),
    64: ("C", "title", "بطلب من مواطنه مدرب الهلال آنذاك الروماني X"),
    65: ("N", "other", "لطلب وضع شعار"),
    66: ("F", "in", "دعا … ودعا: two appeals of one caller in one sentence"),
    67: ("W", "present", "المبادرة … تدعو إلى"),
    68: ("F", "in", "داعيا: a second appeal of the sentence's caller"),
    69: ("F", "sentence", "وطالب: his appeal of another sentence"),
    70: ("C", "pronoun", "مشيرا إلى أنه دعا"),
    71: ("W", "participle", "التظاهرات … مطالبةً بالإصلاحات"),
    72: ("N", "other", "وجه الدعوة لأبناء (المركز)"),
    73: ("W", "objpron", "ودعاه إلى"),
    74: ("N", "writer", "ونداء أخير إلى وزارة"),
    75: ("C", "group", "مطالبين: quote speaker none (الأهالي)"),
    76: ("W", "present", "«إنني أول مسؤول يطلب من»"),
    77: ("C", "none", "مطالبًا after a quote: no speaker (الشعب العراقي)"),
    78: ("C", "none", "مطالبًا after a quote: no speaker (ائتلاف الوطنية)"),
    79: ("X", "participle", "داعياً inside وأضاف's span"),
    80: ("N", "pronoun", "رفضت نداءاته"),
    81: ("N", "other", "ما تضمنه من دعوات لوضع"),
    82: ("N", "other", "للتظاهر للمطالبة بمحاسبة"),
    83: ("N", "pronoun", "ودعوته لانضمام"),
    84: ("C", "writer", "نناشد شركة الكهرباء"),
    85: ("C", "body", "وطالب مجمع الفقه، …: quote speaker none"),
    86: ("F", "in", "وناشد … ويحض: two appeals of one caller in one sentence"),
}

# Each (class, sub-form) and the form's regex, counted over corpus sentences outside drawn.txt.
FORMS = [
    ("W", "present", r"(^|\s)[وف]?(يطالب|تطالب|يطالبون|يدعو|تدعو|يدعون|يطلب|تطلب|يطلبون|تهيب|"
                     r"يهيب|يناشد|تناشد|يحث|تحث)\s"),
    ("W", "objpron", r"(^|\s)[وف]?(دعاه|دعاها|دعاهم|دعته|دعتهم|طالبه|طالبها|طالبهم|طالبته|"
                     r"طالبتهم|حثه|حثها|حثهم|حثته|حثتهم|ناشده|ناشدهم|ناشدته|ناشدتهم)\s"),
    ("W", "participle", r"(^|\s)مطالب(ة|ةً|ًة)\s+ب"),
    ("W", "bare", r"(^|\s)(حيث|كما|ثم|بل|و?قد) طالب\s"),
    ("W", "first", r"(^|\s)[وف]?(طالبنا|نطلب|أطلب|طلبنا|ناشدنا|دعونا)\s"),
    ("W", "other", r"(^|\s)[وف]?(تمنى|تمنت|نادى|نادت)\s\S+\s(على|بـ?)"),
    ("C", "writer", r"(^|\s)[وف]?(نطالب|نناشد|نهيب|ندعو)\s"),
    ("C", "pronoun", r"(^|\s)(وطلب|وطلبت|وطلبوا|بأنه طلب|أنه طلب|أنها طلبت|أنه دعا|أنها دعت|"
                     r"كما دعا|كما دعت|كما طالب|كما طالبت)\s"),
    ("C", "before", r"(الوزارة|الرجل|الحكومة|الهيئة|الشرطة|اللجنة|الجمعية)\s(طلبت?|دعت?|طالبت?|"
                    r"ناشدت?|حثت?)\s"),
    ("C", "title/description/none", r"(^|\s)(وطالب|وطالبت|ودعا|ودعت|وناشد|وحث|مطالبا|داعيا|"
                                    r"مطالبًا|داعياً)\s"),
    ("N", "noun", r"(^|\s)(لل|ال|بال|و|ب|ل)?(مطالبة|دعوة|دعوته|دعوتها|نداء|نداءات|مناشدة|"
                  r"دعوات|مطالبات|طلبا|طلباً)\s"),
    ("F", "second appeal of one caller",
     r"(وطالب|ودعا|وناشد|وحث|داعيا|مطالبا|مطالبًا|داعياً)\s.*(ودعا|وطالب|داعيا|مطالبا|ويحض|وحث)\s"),
]


def rows(path):
    out = []
    for k, l in enumerate(open(path, encoding="utf-8")):
        if k:
            out.append(l.rstrip("\n").split("\t"))
    return out


def corpus():
    drawn = {i for i, _ in recall.drawn()}
    pats = [(c, s, re.compile(p)) for c, s, p in FORMS]
    n = [0] * len(pats)
    arts = [set() for _ in pats]
    sents = 0
    for d in recall.articles():
        if d["id"] in drawn:
            continue
        for s in re.split(r"[.؟!\n]+", d["text"]):
            sents += 1
            for k, (_, _, p) in enumerate(pats):
                if p.search(s):
                    n[k] += 1
                    arts[k].add(d["id"])
    print("corpus sentences outside drawn.txt: %d" % sents)
    print("| class | form | sentences | articles |\n|---|---|---|---|")
    for (c, s, _), m, a in zip(pats, n, arts):
        print("| %s | %s | %d | %d |" % (c, s, m, len(a)))


def main(a):
    if a and a[0] == "--corpus":
        return corpus()
    table = a and a[0] == "--table"
    rs = rows(a[-1])
    assert len(rs) == len(ROWS), (len(rs), len(ROWS))
    if not table:
        print("row\tclass\tsub\tnote\t" + "\t".join(open(a[-1], encoding="utf-8")
                                                     .readline().rstrip("\n").split("\t")))
        for k, r in enumerate(rs, 1):
            c, s, n = ROWS[k]
            print("\t".join([str(k), c, s, n] + r))
        return
    by = {}
    for k, r in enumerate(rs, 1):
        c, s, _ = ROWS[k]
        by.setdefault(c, {}).setdefault(s, []).append(r[0])
    print("| class | what | rows | read parts | unseen35 | sub-forms (rows) |")
    print("|---|---|---|---|---|---|")
    for c in sorted(by, key=lambda c: -sum(len(v) for v in by[c].values())):
        allp = [p for v in by[c].values() for p in v]
        subs = ", ".join("%s %d" % (s, len(v)) for s, v in
                         sorted(by[c].items(), key=lambda x: -len(x[1])))
        print("| %s | %s | %d | %d | %d | %s |" % (c, CLASS[c], len(allp), len(set(allp)),
                                                   allp.count("unseen35"), subs))
    print("| all | | %d | %d | %d | |" % (len(rs), len({r[0] for r in rs}),
                                         sum(r[0] == "unseen35" for r in rs)))
    subs = {}
    for k, r in enumerate(rs, 1):
        c, s, _ = ROWS[k]
        subs.setdefault((c, s), []).append(r[0])
    print("\n| class:sub | rows | read parts |\n|---|---|---|")
    for (c, s), v in sorted(subs.items(), key=lambda x: -len(x[1])):
        print("| %s:%s | %d | %d |" % (c, s, len(v), len(set(v))))


if __name__ == "__main__":
    main(sys.argv[1:])
