#!/usr/bin/env python3
"""events55: how often the form of each class of unseen23's missed events (and of its wrong
row) occurs in the corpus outside drawn.txt (bench/events55/classes.md).

    forms.py [OUT.txt]   per form: hits and articles; OUT gets up to 5 contexts a form
Regular expressions over the raw text (diacritics allowed between letters only where written);
articles outside drawn.txt (tools/judge_sample.load_articles). Python stdlib only."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from judge_sample import load_articles  # noqa: E402

W = r"(?:\S+\s+)"
START = r"(?:^|[.!؟\n]\s*)"
FORMS = [
    # U1 criticize: an idiom of anger, a critic described
    ("U1_anger_idiom", r"(?:يصب|صب|تصب|صبت|يصبون|صبوا)\s+جام\s+غضب"),
    # U2 assault: a deed's noun with a pronoun doer and لـ (سفكهم لدماء، استهدافهم لـ)
    ("U2_deed_pronoun_l", r"(?:سفكهم|استهدافهم|قتلهم|تفجيرهم|اعتداءهم|اعتدائهم|هجومهم)\s+ل"),
    # U3 appeal: تمنى على X (أن …): the wish upon someone
    ("U3_wish_upon", r"(?<!\S)[وف]?(?:تمنى|يتمنى|تمنت|تتمنى|أتمنى|نتمنى|تمنوا)\s+" + W + r"{0,3}على\s"),
    # U4 appeal: a sentence opened by و/كما + an appeal verb, then a definite noun (the one
    # asked or a body), its caller the sentence before's
    ("U4_open_appeal_def", START + r"(?:و|كما\s+)(?:طالب|طالبت|دعا|دعت|ناشد|ناشدت|طلب|طلبت)\s+ال\S+"),
    ("U4_open_appeal_bi", START + r"(?:و|كما\s+)(?:طالب|طالبت)\s+ب\S+"),
    # U5 visit: a noun of arrival with its visitor (قدوم/وصول + title)
    ("U5_arrival_title", r"(?:قدوم|وصول|لقدوم|بقدوم|لوصول|بوصول)\s+(?:صاحب السمو|سمو|الأمير|الملك|خادم الحرمين|الرئيس|ولي العهد|فخامة|معالي)"),
    ("U5_condolence", r"لتقديم\s+(?:التعازي|واجب العزاء|العزاء)"),
    # U6 sign: a signing's noun with no doer (تم/سيتم/يتم توقيع، بعد توقيع، التوقيع مع/على)
    ("U6_passive_signing", r"(?:تم|سيتم|يتم|وتم|وسيتم)\s+(?:توقيع|التوقيع)"),
    ("U6_after_signing", r"(?:بعد|عقب|منذ)\s+(?:توقيع|التوقيع)"),
    # U7 meet: a meeting noun + بين, a side described (وزراء، وفد، مسؤولي، ممثلي)
    ("U7_meeting_between_desc", r"(?:الاجتماع|اجتماع|اللقاء|لقاء|المحادثات|مباحثات|المباحثات)\s+" + W + r"{0,1}بين\s+(?:وزراء|وفد|وفدي|مسؤولي|ممثلي|قادة|رؤساء|أعضاء)"),
    # U8 criticize: the noun وصف X Y بـ
    ("U8_describing_noun", r"(?:في|على)\s+وصف\s+" + W + r"{1,6}ب(?:ـ|[«\"]|ال)"),
    # U9 host: a reception noun, its host a title or name, its guest after لـ
    ("U9_reception_noun_l", r"(?<!\S)(?:استقبال|واستقبال|باستقبال)\s+(?:خادم|صاحب|سمو|الأمير|الملك|أمير|الرئيس|ولي|رئيس|وزير)\S*\s+" + W + r"{0,8}(?:لل|ل)\S+"),
    # U10 appeal: طلب/طالب with a described caller (بعض، عدد من، أحد)
    ("U10_desc_caller", r"(?<!\S)[وف]?(?:طلب|طالب|طالبت|دعا|ناشد)\s+(?:بعض|عدد من|أحد|إحدى)\s"),
    # U11 assault: a body found (عثر … على جثة)
    ("U11_body_found", r"(?:عثر|عثرت|العثور)[^.،\n]{0,40}(?:جثة|جثمان|مقتولا|مقتولة)"),
    # W threaten/accuse: a singular relative before the verb (the wrong row's form)
    ("W_relative_verb", r"(?:الذي|التي)\s+[وف]?(?:هدد|هددت|هددوا|توعد|توعدت|اتهم|اتهمت|اتهموا)"),
]


def main(out=None):
    pats = [(k, re.compile(v)) for k, v in FORMS]
    hits = {k: [0, 0, []] for k, _ in FORMS}
    docs = load_articles()
    for d in docs:
        t = d["text"]
        for k, p in pats:
            m = list(p.finditer(t))
            if m:
                h = hits[k]
                h[0] += len(m)
                h[1] += 1
                if len(h[2]) < 5:
                    a = m[0].start()
                    h[2].append((d["id"], t[max(0, a - 60):a + 140].replace("\n", " ")))
    print("articles outside drawn.txt: %d" % len(docs))
    for k, _ in FORMS:
        print("%-26s hits %5d articles %5d" % (k, hits[k][0], hits[k][1]))
    if out:
        with open(out, "w", encoding="utf-8") as f:
            for k, _ in FORMS:
                for i, ctx in hits[k][2]:
                    f.write("%s\t%s\t%s\n" % (k, i, ctx))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
