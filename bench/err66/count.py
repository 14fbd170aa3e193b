#!/usr/bin/env python3
"""bench/err66/count.py — how often each form of unseen34's missed and false rows recurs in the
SaudiNewsNet corpus outside bench/recall/drawn.txt (branch err66, stop 58).

  count.py [--show FORM [N]]   counts per form: sentences and articles matching its regex;
                               --show prints N (default 8) matching sentences of one form
  count.py --dump DIR          counts, and every matching sentence in DIR/FORM.txt
Sentences: the text split at . ! ? ؟ and newlines (not the . of a title د.). A regex count is an upper bound on the
form (its sense is read on the shown sentences, docs/EVENTS.md "branch err66")."""
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
    "q1": r"أتحفنا\s+بها",
    "q2": W + r"(?:و)?(?:يعتبرها|يعتبره|يعتبرونها|يعتبرونه|تعتبرها|اعتبرها|اعتبره)\s[^.]{0,60}?(?:بأنها|بأنه|بانها|بانه)\s",
    "q3": W + r"(?:الذي|التي)\s+(?:يزعم|تزعم|زعم|زعمت|يدعي|تدعي|ادعى)\s+\S+(?:\s+\S+)?\s+(?:أن|أنه|أنها|ان|انه)\s",
    "q4": r"،\s*(?:ودعا|ودعت|وطالب|وطالبت)\s+(?:ال)\S+\s+(?:إلى|الى|ب)",
    "q5": W + r"(?:أبدى|ابدى|أبدت|ابدت)\s+(?:\S+\s+)?(?:اهتمام|اهتماما|اهتماماً)\s",
    "q6": W + r"(?:و)?(?:أوضح|اوضح|أشار|اشار|ذكر|أكد|اكد)\s+التقرير\s+الذي\s",
    "q7": W + r"(?:و)?(?:أهاب|أهابت|اهاب|اهابت|يهيب|تهيب)\s",
    "q8": W + r"(?:و)?(?:ختم|اختتم|ختمت|اختتمت)\s+(?:حديثه|حديثها|كلمته|كلمتها|تصريحه|تصريحاته|تصريحها)\s+ب",
    # false quote rows
    "f1": r"(?:بيتا|بيتاً|أبياتا|أبياتاً|بيت\s+شعر)\s+(?:\S+\s+){0,2}(?:يقول|يقول\s+فيه|قال\s+فيه)\s*:",
    "f2": W + r"(?:التي|الذي)\s+(?:ترمز|يرمز)\s+(?:إلى|الى|ل)",
    "f3": r"قال\s+عنه\s+(?:الرسول|النبي|رسول\s+الله)[^:]{0,40}:\s*\(",
    # events missed
    "e1": r"قاد\s+فيها\s[^.]{0,80}لقتال",
    "e2": W + r"(?:و)?(?:استقبل|استقبلت|التقى|التقت|اجتمع|اجتمعت|يجتمع|يلتقي|زار|زارت|يزور|وقع|وقعت|دعا|دعت|طالب|طالبت|انتقد|انتقدت|اتهم|اتهمت|أدان|ناقش|بحث|تفقد)\s+(?:\S+\s+){0,4}د\.\s*\S",
    "e3": r"،\s*(?:وطالبتهم|وطالبهم|ودعتهم|ودعاهم|وطالبتها|وطالبه|وطالبها|وحثتهم|وحثهم)\s",
    "e4": W + r"(?:حرب|الحرب\s+على|الحرب\s+في)\s+(?:\S+\s+){1,3}(?:عام|سنة)\s+\d{4}",
    "e6": W + r"(?:قامت|قام|وقامت|وقام)\s+بحرب",
    "e7": W + r"(?:فشن|فشنت)\s+(?:هجوما|هجوماً|حربا|حرباً|غارات|هجمات)",
    "e8": W + r"(?:و)?(?:وصف|وصفت)\s[^.]{0,60}(?:بأنها|بأنه|بانها|بانه)\s+(?:منطلق|مصدر|منبع|راعية|راعي|داعمة|داعم)\s+(?:ال)?(?:إرهاب|ارهاب)",
    "e10": W + r"(?:اتهامه|اتهامها|اتهامهم)\s+(?:ل|إلى|الى)",
    "e11": W + r"(?:و)?(?:تعرض|تعرضت)\s[^.]{0,40}(?:إساءات|إساءاته|بالإساءة)",
    "e12": W + r"(?:بالتوقيع|التوقيع|للتوقيع)\s+(?:لنادي|للنادي|مع\s+نادي|لفريق)",
    "e13": r"(?:الحوار|المحادثات|المفاوضات)\s+بين\s+\S+\s+و\S+\s+(?:في|ب)\S*",
    "e14": W + r"(?:خلال|أثناء|اثناء|لدى)\s+استقباله\s",
    "e15": W + r"(?:أن|إن|ان)\s+(?:تحرير|انتصار)\s+\S+\s",
    "e16": r"اجتماعا?ً?\s+(?:ب|مع\s+)\S+\s+(?:\S+\s+)?ممثلا?ً?\s+ب",
    "e17": W + r"(?:والالتقاء|الالتقاء|للالتقاء)\s+ب",
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
            for s in re.split(r"(?<!\sد)(?<!^د)[.!?؟\n]+", d["text"]):
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
