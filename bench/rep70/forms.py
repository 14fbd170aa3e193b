#!/usr/bin/env python3
"""Count the forms of rep70's miss classes over SaudiNewsNet articles outside drawn.txt
(sentences matching a regex, any sense: upper bounds). Usage: forms.py"""
import gzip, json, re, sys, collections
CORPUS = "/work/shared/data/saudinewsnet/articles.jsonl.gz"
drawn = set(re.findall(r"snn-\d+", open("bench/recall/drawn.txt").read()))
A = "[اأإآ]"
FORMS = {
 "offer: قدم/يقدم + a thanks, apology or explanation noun":
   r"(?:^|\s)[وف]?(?:قدم|قدمت|قدموا|يقدم|مقدما|مقدمًا|مقدماً)\s(?:\S+\s){0,12}?(?:شكر\S*|الشكر|" + A + r"عتذار\S*|شرحا\S*|شرحًا|التعازي|تعازي\S*|التهاني|تهاني\S*)(?:\s|$)",
 "rule 1: قدم/يقدم + an explanation or an apology (شرحا، اعتذاره …)":
   r"(?:^|\s)[وف]?(?:قدم|قدمت|قدموا|يقدم)\s(?:\S+\s){0,14}?(?:شرح[اًا]*|الشرح|شرحه|شرحها|" + A + r"عتذار\S*|الاعتذار)(?:\s|$)",
 "rule 2: the noun cue بقوله/بقولها/بقولهم before a colon or a quote mark":
   r"بقول(?:ه|ها|هم)\s*[:«\"“]",
 "thanks verb شكر + object": r"(?:^|\s)[وف]?(?:شكر|شكرت|يشكر|تشكر)\s(?:\S+\s){1,10}?على\s",
 "continuation: cue first in its sentence, no subject, + إلى/على/ب complement":
   r"(?:^|[.\n]\s*)(?:و|كما\s)(?:تطرق|تطرقت|عرج|نوه|نوهت|طالب|طالبت|أوضح|أوضحت|أكد|أكدت|نفى|نفت|وصف|وصفت)\s+(?:إلى|على|ب\S+|عن)\s",
 "a report or data as subject of أظهر/تفيد/رصد + أن":
   r"(?:أظهر|أظهرت|يظهر|تظهر|تفيد|يفيد|رصد|رصدت)\s(?:\S+\s){0,6}?(?:تقرير|التقرير|بيانات|البيانات|دراسة|الدراسة|تقديرات|تقارير)\S*\s(?:\S+\s){0,8}?(?:أن|بأن)\s",
 "request verb طلب … من + object": r"(?:^|\s)[وف]?(?:طلب|طلبت|طلبوا|يطلب|تطلب)\s(?:\S+\s){0,8}?من\s(?:\S+\s){1,4}?(?:أن|ال\S+)",
 "talk verb تحدث عن": r"(?:^|\s)[وف]?(?:تحدث|تحدثت|يتحدث|تتحدث)\s(?:\S+\s){0,8}?عن\s",
 "complaint verb من": r"(?:^|\s)[وف]?(?:اشتكى|اشتكت|يشتكي|تشتكي|شكا|شكت|يشكو|تشكو|تذمر)\s(?:\S+\s){0,8}?من\s",
 "criticism verb انتقد + object": r"(?:^|\s)[وف]?(?:انتقد|انتقدت|ينتقد|تنتقد)\s",
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
