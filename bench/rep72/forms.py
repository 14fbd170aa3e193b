#!/usr/bin/env python3
"""Count rep72's sub-forms of rep70's b-noun and b-view classes over SaudiNewsNet articles
outside drawn.txt (regex matches, any sense: upper bounds). Usage: forms.py"""
import gzip, json, re, collections
CORPUS = "/work/shared/data/saudinewsnet/articles.jsonl.gz"
drawn = set(re.findall(r"snn-\d+", open("bench/recall/drawn.txt").read()))
A = "[اأإآ]"
ANN = r"(?:^|\s)[وف]?(?:كما\s)?" + A + r"علن(?:ت|وا|ا)?\s(?:\S+\s){0,10}?"
FORMS = {
 "rule 1: أعلن + a signing or transfer noun (التوقيع، التعاقد، تعاقد، انتقال، ضم، تحويل)":
   ANN + r"(?:التوقيع|التعاقد|تعاقد|انتقال|ضم|تحويل)(?:\s|$)",
 "  of it: التوقيع/التعاقد/تعاقد": ANN + r"(?:التوقيع|التعاقد|تعاقد)(?:\s|$)",
 "  of it: انتقال": ANN + r"انتقال(?:\s|$)",
 "  of it: ضم": ANN + r"ضم(?:\s|$)",
 "  of it: تحويل": ANN + r"تحويل(?:\s|$)",
 "أعلن + عن + a noun": ANN + r"عن\s",
 "عبر/أعرب … عن + a feeling noun without a pronoun (مشاعر، شعور، الفرحة)":
   r"(?:^|\s)[وف]?(?:عبر|عبّر|عبرت|عبروا|" + A + r"عرب|" + A + r"عربت)\s(?:\S+\s){0,10}?عن\s(?:مشاعر|شعور|الفرحة|الفرح|الغبطة)(?:\s|$)",
 "وصف X بأن/ب…": r"(?:^|\s)[وف]?(?:وصف|وصفت|وصفوا|يصف|تصف)\s(?:\S+\s){0,10}?(?:ب" + A + r"ن\S*|بال\S+)",
 "اعتبر + pronoun object (اعتبرها، اعتبروها، يعتبرها)":
   r"(?:^|\s)[وف]?(?:" + A + r"عتبر|يعتبر|تعتبر)(?:ها|ه|هم|وها|وه)\s",
 "قدر/يقدر + عدد": r"(?:^|\s)[وف]?(?:قدر|قدرت|يقدر|تقدر|يقدّر|قدّر)\s(?:\S+\s){0,6}?عدد\s",
}
def main():
    n = collections.Counter(); arts = collections.Counter(); total = 0
    for line in gzip.open(CORPUS, "rt", encoding="utf-8"):
        d = json.loads(line)
        if d["id"] in drawn:
            continue
        total += 1
        for name, rx in FORMS.items():
            k = len(re.findall(rx, d["text"]))
            if k:
                n[name] += k; arts[name] += 1
    print("articles outside drawn.txt:", total)
    for name in FORMS:
        print("%6d matches %6d articles  %s" % (n[name], arts[name], name))
main()
