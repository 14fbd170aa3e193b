#!/usr/bin/env python3
"""bench/app71/classes71.py — app70's 36 caller-not-found appeals (class C of
bench/app70/missed_classed.tsv) and unseen36's 2 missed appeals, classed again by what the
caller is and where it stands relative to the verb (branch app71, stop 60).

  classes71.py ROWS.tsv > classed71.tsv   ROWS.tsv: bench/app71/missed60.tsv (app70's
                                          missed.py on the stop's start build /tmp/start60)
  classes71.py --table ROWS.tsv           the table: position x caller, rows and parts
  classes71.py --corpus                   each position's form counted in the corpus outside
                                          bench/recall/drawn.txt (sentences, articles)

Rows are named by app70's row number (bench/app70/classes.py ROWS) or, for unseen36, by
article. Position: where the caller stands relative to the appeal word; caller: what it is."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "recall"))
import recall  # noqa: E402

POS = {
    "after": "the verb's own subject after it (VSO), no name of the recogniser",
    "before": "the subject before the verb (أن/إن/أما X … طلب) or before its participle "
              "(تذمر الأهالي … مطالبين)",
    "coord": "the subject of an earlier verb of the sentence (وطلب، وطلبوا، بينما طلبوا)",
    "anna": "the pronoun of أنه before the verb (بأنه طلب، أنه دعا): the clause's speaker",
    "carried": "the speaker of the sentence or quote before (وطالب، ودعوا، كما دعا)",
    "content": "a participle after a quote, the caller named inside the quote",
    "noun": "a noun of request's genitive or issuer (بطلب من X، لنداء X، بيانا طلب)",
    "writer": "the writer or the issuing body, first person outside quotes (نطالب، نناشد، "
              "نهيب، أطالب، نريد من)",
}

# row -> (position, caller kind, the caller as the gold gives it / note)
ROWS = {
    2: ("noun", "description", "بطلب من عائلة بيليه"),
    4: ("coord", "name", "ابو الخير, subject of فضل; مطالبا after a وقال with no subject"),
    8: ("writer", "writer", "ونحن نطالب: a citizen's complaint (gold: the man named before)"),
    10: ("carried", "name", "كما دعا: the sentence before's speaker"),
    14: ("coord", "name", "الشيخ حمد الزامل أعطاني … وطلب مني (inside a quote)"),
    16: ("writer", "writer", "يجعلنا نطالبك (the outlet سبق)"),
    17: ("writer", "writer", "نطالب يا معالي الوزير (the outlet سبق)"),
    18: ("before", "name", "أما مصر التي …، فقد طلبت"),
    19: ("before", "description", "تجمع متظاهرون … داعين"),
    23: ("after", "title", "الذي دعا خادم الحرمين الشريفين الملك عبد الله (a relative's verb)"),
    25: ("carried", "description", "وطالب: the quote's speaker المواطن"),
    29: ("writer", "writer", "الذي نطلب منه (a column; gold: the one asked only)"),
    30: ("before", "description", "أن الوزارة طلبت من الجميع"),
    31: ("writer", "writer", "ونهيب: a body's notice (gold: the body)"),
    32: ("coord", "description", "قسم الباحثون … وطلبوا من"),
    33: ("coord", "description", "قسم الباحثون … بينما طلبوا من"),
    34: ("before", "description", "إن الرجل طلب"),
    35: ("noun", "name", "أصدرت ديبي ويزرمان بيانا طلب"),
    37: ("noun", "description", "استجابة لطلب بعض الساسة"),
    42: ("coord", "description", "أحد المتهمين … وذكر … وطلب في رسالة"),
    43: ("anna", "description", "وأفاد بأنه طلب: the accused (المتهم الأول)"),
    44: ("after", "description", "فيما طالبت أصوات أخرى"),
    46: ("noun", "body", "تلبية لنداء مركز سلمان الإغاثي"),
    47: ("coord", "name", "العراق … اعتذر … وطلب"),
    49: ("after", "description", "حين طلب الأمن من المعتقلين (1967)"),
    50: ("carried", "title", "وطالب: the quote's speaker الدكتور بخاري"),
    52: ("after", "description", "طلب بعض مرضى الربو"),
    54: ("carried", "description", "ودعوا: the quote's speaker محللون"),
    63: ("before", "title", "تحدث مدير الدورة مطالبًا"),
    64: ("noun", "title", "بطلب من مواطنه مدرب الهلال آنذاك الروماني X"),
    70: ("anna", "name", "مشيرا إلى أنه دعا (عبدالعزيز الحسن)"),
    75: ("before", "description", "تذمر الأهالي … مطالبين (gold أهالي جنوب الرس)"),
    77: ("content", "description", "», مطالبًا: الشعب العراقي, named in the quote"),
    78: ("content", "body", "», مطالبًا: ائتلاف الوطنية, named in the quote"),
    84: ("writer", "writer", "نناشد شركة الكهرباء (a citizen's letter; gold names him)"),
    85: ("after", "body", "وطالب مجمع الفقه، الفقهاء"),
    "snn-009806": ("writer", "writer", "نريد من الهيئة (a column; gold: the one asked only)"),
    "snn-012694": ("writer", "writer", "أن أطالب كل الأهلاويين (a column; gold: the one asked)"),
}

V = r"(طالب|طالبت|طالبوا|دعا|دعت|دعوا|ناشد|ناشدت|ناشدوا|طلب|طلبت|طلبوا|حث|حثت|أهاب|أهابت)"
DESC = (r"(بعض |عدد من |أصوات|مجمع|أهالي|مواطنون|متظاهرون|ال(أهالي|مواطنون|متظاهرون|وزارة|"
        r"هيئة|لجنة|جمعية|أمن|شرطة|جهات|جهة|بيان|مجلس|حكومة|سلطات|إدارة|منظمة|رجل|مصدر|"
        r"مصادر|باحثون|خبراء|محللون|نواب|سكان))")
FORMS = [
    ("after", r"(^|[ ،,])(و|ف)?" + V + " " + DESC),
    ("before", r"(أن|إن|أما|كان|كانت|وكان|وكانت) " + DESC + r"\S*( \S+)? (قد )?" + V + "( |$)"),
    ("before", r"(الأهالي|أهالي|متظاهرون|المتظاهرون|المواطنون|مواطنون|المحتجون)[^.،]{0,60}"
               r"(مطالبين|داعين|مطالبا|مطالبًا|مطالباً)"),
    ("before_any", r"(أن|إن|كان|كانت) ال[^ ]+ ([^ ]+ )?" + V + "( |$)"),
    ("coord", r"(، ?| )(و|ف|بينما |كما )(طلب|طلبوا|طلبت|طالب|طالبوا|دعا|دعوا) (من|مني|منه|منها|"
              r"منهم|منا)( |$)"),
    ("anna", r"(أنه|بأنه|وأنه|أنها|بأنها|أنهم|بأنهم) (قد )?" + V + "( |$)"),
    ("carried", r"^\s*(و|كما )(طالب|طالبت|طالبوا|دعا|دعت|دعوا|ناشد|ناشدت) (ب|إلى |الى )"),
    ("content", r"[»\"]\s*[،,]\s*(مطالبا|مطالبًا|مطالباً|داعيا|داعياً)"),
    ("noun", r"(بطلب من|على طلب|استجابة لطلب|استجابة لنداء|تلبية لنداء|تلبية لطلب|"
             r"استجابة لدعوة|تلبية لدعوة|بيانا طالب|بيانا طلب)"),
    ("writer", r"(^|[ و])(نطالب|نناشد|نهيب|أطالب|أناشد|ندعو|أدعو|نحث|أحث|أهيب|نطلب من|"
               r"نريد من)( |$)"),
]


def rows(path):
    res = []
    for l in open(path, encoding="utf-8"):
        f = l.rstrip("\n").split("\t")
        if f[0] != "part":
            res.append(f)
    return res


def app70_numbers():
    """(article, start) -> app70's row numbers, in order (77 and 78 share a sentence)."""
    res = {}
    for l in open(os.path.join(HERE, "..", "app70", "missed_classed.tsv"), encoding="utf-8"):
        f = l.rstrip("\n").split("\t")
        if f[0] != "row":
            res.setdefault((f[5], f[6]), []).append(int(f[0]))
    return res


def classed(path):
    num = app70_numbers()
    out = []
    for f in rows(path):
        ks = num.get((f[1], f[2]))
        k = ks.pop(0) if ks else f[1]
        if k in ROWS:
            out.append((k, ROWS[k], f))
    assert len(out) == len(ROWS), (len(out), len(ROWS))
    return out


def corpus():
    drawn = {i for i, _ in recall.drawn()}
    pats = [(p, re.compile(r)) for p, r in FORMS]
    n = {p: 0 for p, _ in FORMS}
    arts = {p: set() for p, _ in FORMS}
    sents = 0
    for d in recall.articles():
        if d["id"] in drawn:
            continue
        for s in re.split(r"[.؟!\n]+", d["text"]):
            sents += 1
            hit = {p for p, r in pats if r.search(s)}
            if "writer" in hit and ("«" in s or '"' in s):
                hit.discard("writer")          # first person inside quote marks: a speaker's
            for p in hit:
                n[p] += 1
                arts[p].add(d["id"])
    print("corpus sentences outside drawn.txt: %d" % sents)
    print("| position | sentences | articles |\n|---|---|---|")
    for p in list(POS) + ["before_any"]:
        print("| %s | %d | %d |" % (p, n[p], len(arts[p])))
    print("\nbefore_any: rule 2's fresh grep (any ال-word between the particle and the verb, "
          "the verb's own subject or not)")


def main(a):
    if a and a[0] == "--corpus":
        return corpus()
    cs = classed(a[-1])
    if a[0] != "--table":
        print("row\tposition\tcaller\tnote\tpart\tarticle\tstart\tactors\tsentence")
        for k, (p, w, note), f in cs:
            print("\t".join([str(k), p, w, note, f[0], f[1], f[2], f[4], f[10]]))
        return
    print("| position | what | rows | parts | callers (rows) |\n|---|---|---|---|---|")
    for p in POS:
        sel = [(k, c, f) for k, c, f in cs if c[0] == p]
        kinds = {}
        for _, c, _ in sel:
            kinds[c[1]] = kinds.get(c[1], 0) + 1
        print("| %s | %s | %d | %d | %s |" % (p, POS[p], len(sel), len({f[0] for _, _, f in sel}),
                                           ", ".join("%s %d" % kv for kv in sorted(kinds.items()))))
    kinds = {}
    for _, c, f in cs:
        kinds.setdefault(c[1], set()).add(f[0])
    print("\nby caller: " + "; ".join("%s %d rows %d parts" % (w, sum(1 for _, c, _ in cs
                                                                 if c[1] == w), len(v))
                                      for w, v in sorted(kinds.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
