#!/usr/bin/env python3
"""Corpus counts of the miss forms of criticism, accusation and threat (branch crit54, stop 46).

  forms.py            for each form's regular expression: matches and articles over the
                      SaudiNewsNet articles outside bench/recall/drawn.txt
  forms.py FORM N     N random example sentences of FORM (seed 5461)
Python stdlib only."""
import gzip, json, os, random, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R

W = r"[^\s.،]+"
FORMS = {
    "condemn_verb": r"(?:^|\s)[وف]?(?:ندد|نددت|استنكر|استنكرت|أدان|أدانت|ادان|ادانت|شجب|شجبت)\s",
    "condemn_generic": r"(?:^|\s)[وف]?(?:انتقد|انتقدت|ندد|استنكر|هاجم|أدان)(?:ه|ها|هم)?\s+(?:البعض|عدد من|كل|أحد|بعض|كثير|الكثير|متظاهرون|مواطنون|ناشطون|مغردون)\s",
    "crit_noun_min": r"(?:انتقادات|إدانات|ادانات|اتهامات|تهديدات)(?:\s+" + W + r"){0,2}\s+من\s+",
    "crit_noun_nisba": r"(?:الانتقادات|الإدانات|الاتهامات|التهديدات|انتقادات|اتهامات|تهديدات)\s+ال?" + W + r"ي[ةه]\s+(?:ل|ضد|إلى|الى)",
    "threat_noun_against": r"(?:تهديدات|تهديد|التهديدات)(?:\s+" + W + r"){0,4}\s+ضد\s",
    "object_verb": r"(?:^|\s)[وف]?(?:اعترض|اعترضت|اعترضوا)\s+" + W + r"(?:\s+" + W + r"){0,3}\s+على\s",
    "threat_verb": r"(?:^|\s)[وف]?(?:هدد|هددت|توعد|توعدت|لوح|لوحت|يهدد|تهدد)(?:ه|ها|هم)?\s",
    "threat_verb_pron": r"(?:^|\s)[وف]?(?:هدد|هددت|توعد|توعدت)(?:ه|ها|هم)\s",
    "blame": r"(?:^|\s)[وف]?(?:حمل|حملت|حمّل|حمّلت)\s+(?:فيه\s+)?" + W + r"(?:\s+" + W + r"){0,3}\s+(?:ال)?مسؤولي[ةه]",
    "accuse_verb": r"(?:^|\s)[وف]?(?:اتهم|اتهمت|يتهم|تتهم)(?:ه|ها|هم)?\s",
    "accuse_passive": r"(?:^|\s)[وف]?(?:اتُهم|اتهم|اتهمت)\s+ال" + W + r"\s+(?:ب)",
    "participle": r"(?:^|\s)(?:واصفين|واصفا|واصفة|منتقدين|منتقدا|مستنكرين|مستنكرا|منددين|منددا|متهما|متهمين|معتبرينه|محملا|محملين)\s",
    "tandid": r"(?:^|\s)(?:ل|و)?(?:لل|ال)تنديد\s+ب",
    "complaint": r"بشكوى" + r"(?:\s+" + W + r"){0,4}\s+(?:يتهم|تتهم)",
    "exchange": r"(?:^|\s)[وف]?(?:تلاسن|تراشق|تبادل\s+الاتهامات|تبادلا\s+الاتهامات)",
}


def docs():
    drawn = {i for i, _ in R.drawn()}
    for d in map(json.loads, gzip.open(R.SNN, "rt")):
        if d["id"] not in drawn:
            yield d


def main():
    rx = {k: re.compile(v) for k, v in FORMS.items()}
    n = {k: [0, 0] for k in FORMS}
    for d in docs():
        for k, r in rx.items():
            m = len(r.findall(d["text"]))
            if m:
                n[k][0] += m
                n[k][1] += 1
    for k in FORMS:
        print("%-20s %6d matches %6d articles" % (k, n[k][0], n[k][1]))


def examples(form, k):
    r = re.compile(FORMS[form])
    ex = []
    for d in docs():
        for s in re.split(r"(?<=[.!؟\n])", d["text"]):
            if r.search(s):
                ex.append((d["id"], s.strip()))
    random.Random(5461).shuffle(ex)
    for i, s in ex[:k]:
        print(i, s[:300])


if __name__ == "__main__":
    main() if len(sys.argv) < 2 else examples(sys.argv[1], int(sys.argv[2]))
