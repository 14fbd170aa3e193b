#!/usr/bin/env python3
"""bench/err65/count.py — how often each form of unseen33's missed and false rows recurs in the
SaudiNewsNet corpus outside bench/recall/drawn.txt (branch err65, stop 57).

  count.py [--show FORM [N]]   counts per form: sentences and articles matching its regex;
                               --show prints N (default 8) matching sentences of one form
  count.py --dump DIR          counts, and every matching sentence in DIR/FORM.txt
Sentences: the text split at . ! ? ؟ and newlines. A regex count is an upper bound on the
form (its sense is read on the shown sentences, docs/EVENTS.md "branch err65")."""
import gzip, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SNN = os.path.join(ROOT, "..", "shared", "data", "saudinewsnet", "articles.jsonl.gz")
if not os.path.exists(SNN):
    SNN = "/work/shared/data/saudinewsnet/articles.jsonl.gz"
W = r"(?:^|(?<=[\s«\"(]))"        # a word's start
TITLE = r"(?:الدكتور|الأستاذ|المهندس|الأمير|الشيخ|اللواء|الفريق|العميد|السفير|معالي|سمو)"
FORMS = {
    # quotes missed
    "q1": W + r"(?:و)?(?:يتساءل|يتساءلون|تتساءل|يتسائلون)\s+عن\s",
    "q2": W + r"(?:التي|الذي)\s+(?:شرح|أوضح|أكد|ذكر)(?:ت)?\s+(?:أنه|أنها|انه|انها)\s+\S+(?:ها|ه)\b",
    "q3": W + r"(?:و)?(?:يطالب|تطالب)\s+(?:ال)\S+(?:ون|يون)\s+(?:بأن|ب)",
    "q4": W + r"(?:و)?(?:ترى|يرى)\s+(?:ال)?\S+\s+(?:التي|الذي)\s[^.،]{0,120}،\s*في\s",
    "q5": W + r"(?:و)?استبعد(?:ت)?\s[^.،]{0,60}?(?:فرضية|احتمال|إمكانية|فكرة)\s",
    "q6": W + r"(?:و)?(?:كما\s+)?عرف\s+في\s+كلمته",
    "q7": W + r"(?:و)?شاكرا?ً?\s+\S+",
    "q8": W + r"(?:التلفظ|تلفظ|لفظ)\s[^.]{0,50}بقوله",
    "q9": W + r"(?:علل|برر|عللت|بررت)\s+ذلك\s+بقوله",
    "q10": W + r"(?:و)?(?:تشير|أشارت|اشارت)\s+(?:الأنباء|الانباء|الأخبار|الاخبار|المعلومات)(?:\s+\S+){0,4}\s+إلى\s+أن",
    "q11": W + r"مقدما?ً?\s+(?:له|لهم|لها|لهما\s+)?\s*شرحا?ً?\s",
    "q12": W + r"(?:و)?استعرض(?:ت)?\s[^.]{0,80}خلال\s+(?:اللقاء|الاجتماع|الاستقبال)",
    # false quote rows
    "f1": W + r"(?:الذي|التي)\s+(?:أعلن|أعلنت|اعلن|اعلنت)\s+عن\s+(?:إنشائه|إنشائها|تأسيسه|تأسيسها|انشائه|انشائها)",
    "f2": W + r"(?:و)?اقترحت\s+(?:أن|ان)\s",
    "f3": r"أدرك\s+شهرزاد\s+الصباح",
    # events missed
    "e2": W + r"(?:و)?(?:اجتمع|يجتمع|سيجتمع|التقى|يلتقي|سيلتقي|اجتمعت|تجتمع|ستجتمع)\s+كل\s+من\s",
    "e3": W + r"(?:قمة|القمة)\s+(?:لدول|لقادة|لزعماء)\s",
    "e4": W + r"(?:و)?(?:وصف|وصفت)\s[^.]{0,60}\s(?:بأنها|بأنه|بانها|بانه)\s+(?:متشدد|فاشل|مخيب|خطأ|كارثي|إرهابي|إجرامي|جبان)",
    "e5": W + r"(?:خلال|أثناء|اثناء)\s+جولته\s+(?:في|على)\s",
    "e6": W + r"(?:و)?زار\s[^.،]{0,80}\sوالتقى\s+(?:خلال|أمس|امس|اليوم|هناك|فيها)",
    "e7": W + r"(?:حصل|حصلت|يحصل|تحصل)\s[^.]{0,80}على\s+موافقة\s[^.]{0,40}من\s",
    "e8": W + r"مطلق\s+النار\s",
    "e9": W + r"(?:و)?(?:استقبل|التقى)\s+(?:\S+\s+){7,25}?" + TITLE + r"\s",
    "e10": W + r"(?:و)?(?:التقى|اجتمع|يلتقي)\s[^.]{0,160}?،\s*(?:أمس|امس|اليوم|مساء\s+أمس|صباح\s+أمس)\s*،",
    # the dates mend
    "d1": r"أمس\s+الأول\s+(?:الجمعة|السبت|الأحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الخميس)",
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
            for s in re.split(r"[.!?؟\n]+", d["text"]):
                if s.strip():
                    yield d["id"], s.strip()


def main(a):
    show = a[1] if len(a) > 1 and a[0] == "--show" else None
    dump = a[1] if len(a) > 1 and a[0] == "--dump" else None
    out = {}
    if dump:
        os.makedirs(dump, exist_ok=True)
        out = {k: open(os.path.join(dump, k + ".txt"), "w", encoding="utf-8") for k in FORMS}
    n_show = int(a[2]) if len(a) > 2 else 8
    rx = {k: re.compile(v) for k, v in FORMS.items() if not show or k == show}
    sent, arts = {k: 0 for k in rx}, {k: set() for k in rx}
    for aid, s in sentences():
        for k, r in rx.items():
            if r.search(s):
                sent[k] += 1
                arts[k].add(aid)
                if dump:
                    out[k].write("%s\t%s\n" % (aid, s))
                if show and sent[k] <= n_show:
                    print(aid, s[:400])
    for k in rx:
        print("%s\t%d sentences\t%d articles" % (k, sent[k], len(arts[k])))


if __name__ == "__main__":
    main(sys.argv[1:])
