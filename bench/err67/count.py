#!/usr/bin/env python3
"""bench/err67/count.py — how often each form of unseen35's 27 errors recurs in the
SaudiNewsNet corpus outside bench/recall/drawn.txt (branch err67, stop 59; err66's frame).

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
    "q1": W + r"(?:وهو|وهي)\s+(?:يقرر|تقرر|يرى|ترى|يؤكد|تؤكد|يعتبر|تعتبر)\s+(?:أن|ان)\s",
    "q2": r"^(?:\S+\s+)?(?:د\.\s?)?\S+(?:\s+\S+){0,3}\s*-[^-]{3,60}-\s*(?:بيّن|بيَّن|بين)\s+(?:أن|ان)\s",
    "q3": W + r"(?:و)?واصف(?:ا|اً|ًا)\s+(?:إياها|اياها|إياه|اياه|إياهم|اياهم)\s+ب",
    "q4": W + r"ورفض\s+(?:د\.\s?|الدكتور\s)\S+\s+(?:ال)\S+",
    "q6": r"(?:أعلن|أعلنت|اعلن|اعلنت)\s+\S+(?:\s+\S+)?،\s*من\s+جانب(?:ها|ه)،\s*(?:وهي|وهو)\s",
    "q7": W + r"(?:و)?(?:عبر|أعرب|اعرب|أكد|اكد|قال|أوضح|اوضح|أشار|اشار)،\s*\S+\s+(?:عن|أن|إن|ان)\s",
    "q8": W + r"(?:علت|تعالت|ارتفعت)\s+(?:\S+\s+){1,5}(?:مطالبة|مطالبين|مطالبا|مطالباً|مطالبًا)\s",
    "q9": W + r"(?:ثم\s+)?(?:تحدث|تحدّث|تحدَّث|ثمَّ\s+تحدَّث)\s+(?:\S+\s+){1,4}(?:مطالب|داعي|محذر|مؤكد)\S*\s",
    "q10": r"^\s*\d{3,4}\s*[-–]\s*(?:\S+\s+){0,5}(?:يقدر|يقدِّر|يؤكد|يقول|يعلن|تعلن)\s",
    # false quote rows
    "f1": W + r"(?:و)?(?:يقول|قال|يرى|ويرى|يعتقد)\s+البعض\s+(?:إن|أن|ان|بأن)\s",
    "f2": W + r"(?:قاعدة|مقولة|حكمة|المثل|مثل)\s+(?:\S+\s+){0,2}(?:تقول|يقول)\s*:",
    "f3": r"(?:سورة|الآية\s+الكريمة|قوله\s+تعالى|قال\s+تعالى)[^.]{0,80}(?:قال|يقول)\s*:\s*[\"«]",
    # wrong speakers
    "w1": W + r"(?:و)?" + CUE + r"\s+م\.\s?[^\d\s]",
    "w1any": W + r"(?:م)\.\s?(?:[^\d\s.]\S*)",
    "w2": W + r"(?:وقالت|وأكدت|واكدت|وأوضحت|وأضافت|واضافت)\s+الشركة\s+ال\S+ي(?:ة)?\s",
    "w3": W + r"(?:كتب|غرد|نشر)\s+[^.]{0,150}،\s*(?:فقال|وقال)\s*:",
    # a subject before its cue, after «د.» at the sentence's start (q2, q5; the start build
    # reads «الدكتور X أكد أن» but not «د. X أكد أن»)
    "d1": r"^(?:\S+\s+)?د\.\s?\S+(?:\s+\S+){0,8}?\s+(?:و)?" + CUE + r"\s",
    "d1dash": r"^(?:\S+\s+)?د\.\s?\S+(?:\s+\S+){0,3}\s*-[^-]{3,60}-\s*" + CUE + r"\s",
    # events missed
    "e1": W + r"(?:المفاوضات|مفاوضات|المحادثات|محادثات)\s+بين\s+\S+",
    "e2": W + r"(?:وحث|وحثت)\s+\S+\s+على\s",
    "e3": W + r"(?:تحركت|توجهت|زحفت)\s+(?:قوة|قوات)\s[^.]{0,80}(?:نحو|باتجاه)\s",
    "e4": W + r"(?:سيبدأ|سيبدأون|ستبدأ|سيبدؤون|ستشن|سيشن|سيشنون)\s+(?:ال)?(?:هجوم|عملية|معركة|الهجوم)",
    "e5": W + r"(?:مواجهات|اشتباكات|معارك)\s+(?:\S+\s+){0,2}بين\s+الطرفين",
    "e6": W + r"(?:مطالبة|مطالبين)\s+ب",
    "e7": W + r"(?:انهال|انهالت|انهالوا)\s+(?:\S+\s+)?(?:بالضرب|ضربا|ضرباً)",
    "e9": W + r"(?:بعد|عقب|إثر|اثر)\s+(?:ال)?تفجير\s+(?:مسجد|المسجد)",
    "e10": r"^\s*\d{3,4}\s*[-–]\s*(?:مقتل|اغتيال|اختطاف|تفجير|هجوم|مجزرة)\s",
    "e11": W + r"(?:و)?(?:نناشد|نطالب|أناشد|اناشد|أطالب|اطالب)\s",
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
