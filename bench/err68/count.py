#!/usr/bin/env python3
"""bench/err68/count.py — how often each form of unseen36's 34 errors recurs in the
SaudiNewsNet corpus outside bench/recall/drawn.txt (branch err68, stop 60; err67's frame).

  count.py [--show FORM [N]]   counts per form: sentences and articles matching its regex;
                               --show prints N (default 8) matching sentences of one form
Sentences: the text split at . ! ? ؟ and newlines, not at the point of a one-letter title
(د. م. أ.). A regex count is an upper bound on the form; its sense is read on shown samples."""
import gzip, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SNN = os.path.join(ROOT, "..", "shared", "data", "saudinewsnet", "articles.jsonl.gz")
if not os.path.exists(SNN):
    SNN = "/work/shared/data/saudinewsnet/articles.jsonl.gz"
W = r"(?:^|(?<=[\s«\"(]))"        # a word's start
CUE = (r"(?:أكد|اكد|قال|أوضح|اوضح|أشار|اشار|بين|بيّن|بيَّن|ذكر|شدد|أضاف|اضاف|لفت|نوه|"
       r"حذر|دعا|طالب|رأى|يرى|يقول|اعتبر|وصف|أفاد|افاد|كشف|أعرب|عبر|أبان)")
FORMS = {
    # quotes missed
    "m1": W + r"(?:و)?(?:يوضح|يؤكد|يرى|يشير|يقول|يضيف|أوضح|أكد|أشار)\s+(?:المؤلف|الكاتب|المؤلِّف)\s+(?:أن|ان|إن|إلى|الى)\s",
    "m2": W + r"(?:إلى|الى)\s+القول\s+(?:إن|ان|أن|بأن)\s",
    "m3": W + r"(?:و)?(?:يضيف|أضاف|يذكر|ذكر|يقول|يؤكد|أكد)\s+الخبر\s+(?:بأن|أن|ان|إن)\s",
    "m4": W + r"(?:و)?(?:عبر|عبّر|أعرب|اعرب)\s+[^،.:«\"]{6,140}،\s*عن\s",
    "m5": W + r"كما\s+وعد\s+ب",
    "m6": W + r"(?:و|بل\s+|ف)?يذهب\s+(?:[^\s.]+\s+){0,4}?(?:إلى|الى)\s+(?:أن|ان)\s",
    "m7": W + r"(?:ل|و|ف)?يزعم\s+(?:أن|ان)\S*\s",
    "m8": W + r"(?:بما\s+)?نقله\s+(?:\S+\s+){1,8}من\s+(?:أن|ان)\s",
    "m9": W + r"يفس(?:ِّ|ّ)?ر\s+(?:\S+\s+){0,3}(?:بأن|بان)\S*\s",
    "m11": W + r"(?:ف|و)?يرج(?:ِّ|ّ)?ح\s+(?:أن|ان)\S*\s",
    "m12": W + r"(?:أوضح|اوضح|قال|أكد|اكد)\s+(?:\S+\s+){1,12}(?:الدكتور|د\.)\s?\S+\s+\S+\s+(?:تأتي|يأتي)\s",
    "m13": W + r"في\s+كتابه\s*[«»\"][^«»\"]{3,80}[«»\"]\s*(?:أن|إن|ان)\s",
    # false quote rows
    "x1": W + r"متمني(?:ا|اً|ًا)\s+(?:أن|ان)\s",
    "x2": W + r"(?:و)?(?:يرى|رأى|يقول|قال)\s+آخر(?:ون)?\s+(?:أن|إن|ان|بأن)\s",
    "x3": W + r"بالقول\s+(?:إنه|انه|إن|إنها)\s",
    "x4": W + r"(?:و)?كده\s+كل(?:ّ)?ه\s*:",
    "x5": W + r"صاح\s+قائل(?:ا|اً|ًا)\s*:",
    # wrong speakers
    "w1": W + r"(?:و)?(?:قالت|نفت|أكدت|أوضحت)\s+الطالبة\s",
    "w4": W + r"(?:الذي|التي)\s+(?:أصر|اصر|أصرت)\s+على\s",
    "w5": r"(?:الذي|التي)\s+(?:أشار|اشار|أكد|قال)[^.]{20,300}\sكما\s+(?:أوضح|اوضح|أكد|اكد|أشار|اشار)\s+(?:أن|ان)\s",
    "w6": W + r"(?:و)?(?:عبر|أعرب|قال|أكد|أوضح)\s+[^.،]{2,80}\(\S+\)\s+(?:الدكتور|المهندس|الشيخ|الأستاذ)\s",
    "w7": W + r"(?:أنه|انه)\s+قال\s*:\s*[«\"]",
    "w8": W + r"(?:و)?(?:بين|بيّن|أوضح|أكد)\s+المدير\s+التنفيذي\s+(?!(?:أن|ان|إن|بأن|لـ|ل)\s)\S",
    # events missed
    "e1": W + r"(?:نريد|نطالب|نرجو)\s+من\s+\S+\s+(?:أن|ان)\s",
    "e2": W + r"(?:أن\s+)?(?:أطالب|اطالب|نطالب)\s+(?:كل|جميع|كافة)\s",
    "e3": W + r"(?:نسف|تفجير)\s+(?:محكمة|مبنى|مقر)\s",
    # the Yemen fights (snn-027314)
    "f1": W + r"(?:المقاومة|الحوثيون|الحوثيين|القوات|المسلحون|المسلحين|المتمردون|المتمردين|التحالف|الميليشيات|المليشيات)\s+(?:ال)?(?:مدعوم|متحالف)\S*\s+(?:ب|مع)\S*(?:\s+\S+){0,4}?\s+(?:استول|سيطر|الذين\s+(?:سيطر|استول|هاجم))",
    "f1any": W + r"(?:المقاومة|الحوثيون|الحوثيين|القوات|المسلحون|المسلحين|المتمردون|المتمردين|التحالف|الميليشيات|المليشيات)\s+(?:ال)?(?:مدعوم|متحالف)\S*\s+(?:ب|مع)",
    "f2": W + r"(?:منذ|بعد|عقب|إثر|اثر)\s+السيطرة\s+على\s+(?:مدينة|ميناء|العاصمة|محافظة|مطار|قاعدة)",
    "f2any": W + r"السيطرة\s+على\s+(?:مدينة|ميناء|العاصمة|محافظة|مطار|قاعدة)",
    "f3": W + r"(?:الحوثيين|المتمردين|المسلحين|الميليشيات|المليشيات)\s+(?:\S+\s+){1,4}الذين\s+(?:سيطروا|استولوا)\s+على",
    "f4": W + r"(?:حقق|حققت|حققوا)\s+(?:\S+\s+){0,6}?انتصار\S*\s+على\s",
    "f4b": W + r"قتال(?:ا|اً)?\s+عنيف(?:ا|اً)?\s+شهدت?ه",
    "f4side": W + r"(?:و)?(?:استولى|سيطر|حقق|شن|هاجم|تقدم)\s+(?:ال)?مقاتل(?:ون|ين)\s",
    "f4sideany": W + r"(?:ال)?مقاتل(?:ون|ين)\s+(?:\S+\s+){0,6}?(?:استولوا|سيطروا|هاجموا|تقدموا|قصفوا)\s",
    # the read parts' Yemen seizures (fights.py): a seizure verb whose subject is carried
    "s1": r"(?:،\s*|\s)(?:كما|بعد\s+أن|بعد\s+ان|عقب\s+أن|ثم)\s+(?:سيطرت|سيطروا|استولت|استولوا|سيطر|استولى)\s+على\s",
    "s1and": r"،\s*(?:و)(?:سيطرت|سيطروا|استولت|استولوا|سيطر|استولى)\s+على\s",
    "s1any": r"(?:سيطرت|سيطروا|استولت|استولوا|سيطر|استولى)\s+(?:\S+\s+){0,3}?على\s+(?:مدينة|ميناء|العاصمة|محافظة|مطار|قاعدة|مديرية|جبل|معسكر|منطقة|بلدة|قرية|مواقع|موقع)",
    # a force described before its verb of ground (unseen36 f1; rule 2)
    "r2": W + r"(?:أن|إن|ان|بأن|كانت|وكانت)\s+(?:ال)?(?:قوات|مقاومة|جيش|ميليشيات|مليشيات|مسلحين|مسلحون|متمردين|متمردون|حوثيين|حوثيون|ثوار|مقاتلين|مقاتلو|مقاتلي)(?:\s+[^\s،,]+){0,3}?\s+(?:ال)?(?:موالي\S*|مدعوم\S*|متحالف\S*|في)\s+(?:[^\s،,.]+\s+){1,5}?(?:قد\s+)?(?:سيطر|استول|حرر|استعاد|دمر)\S*\s",
    "m4b": W + r"(?:و)?(?:عبر|عبّر|أعرب|اعرب|تعبر|يعبر)\s+(?:[^.\s]+\s+){0,14}?عن\s+(?:مشاعر|بالغ\s+مشاعر)",
    "m4c": W + r"(?:و)?(?:عبر|عبّر|أعرب|اعرب)\s+(?:[^.\s]+\s+){0,14}?عن\s+(?:مشاعره|مشاعرها|مشاعرهم)",
}


def drawn():
    ids = set()
    for l in open(os.path.join(ROOT, "bench", "recall", "drawn.txt"), encoding="utf-8"):
        if l.startswith("snn-"):
            ids.add(l.split()[0])
    return ids


def sentences():
    skip = drawn()
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in skip:
                continue
            for s in re.split(r"(?<!\s[دمأ])(?<!^[دمأ])[.!?؟\n]+", d["text"]):
                if s.strip():
                    yield d["id"], s.strip()


def main(a):
    show = a[1] if len(a) > 1 and a[0] == "--show" else None
    n_show = int(a[2]) if len(a) > 2 else 8
    rx = {k: re.compile(v) for k, v in FORMS.items() if not show or k == show}
    sent, arts = {k: 0 for k in rx}, {k: set() for k in rx}
    for aid, s in sentences():
        for k, r in rx.items():
            if r.search(s):
                sent[k] += 1
                arts[k].add(aid)
                if show and sent[k] <= n_show:
                    print(aid, s[:300])
    for k in rx:
        print("%s\t%d sentences\t%d articles" % (k, sent[k], len(arts[k])))


if __name__ == "__main__":
    main(sys.argv[1:])
