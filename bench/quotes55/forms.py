#!/usr/bin/env python3
"""forms.py: how often the forms of quotes55's class table occur in SaudiNewsNet outside
drawn.txt (every drawn part, the blind one too, left out; texts matched by regular
expressions, nothing run) and in the read parts (quotes55, stop 47). Prints one line a form:
matches, articles, and for the survey form the articles holding three or more."""
import os, re, sys, collections
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recall"))
import recall as R

A = r"[\u0621-\u064A\u0660-\u0669]"
W = A + r"+"
ROLE = (r"(?:محام|محامي|محامية|ناشط|ناشطة|مشرف|مشرفة|شاعر|شاعرة|معلم|معلمة|طالب|طالبة|موظف|"
        r"موظفة|مواطن|مواطنة|ربة منزل|أكاديمي|أكاديمية|كاتب|كاتبة|إعلامي|إعلامية|طبيب|طبيبة|"
        r"مهندس|مهندسة|رجل أعمال|سيدة أعمال|متقاعد|متقاعدة|مدرس|مدرسة|باحث|باحثة|مستشار|"
        r"مستشارة|اخصائي|أخصائي|أخصائية|اخصائية|تربوي|تربوية|فنان|فنانة|رسام|رسامة|مذيع|مذيعة|"
        r"صحفي|صحفية|رياضي|لاعب|مدرب|تاجر|مقيم|مقيمة|عضو|رئيس|مدير|مديرة)")
FORMS = {
    # a survey or vox-pop: a name (two words or more), a role in brackets, then the words
    "survey: NAME (role)": r"(?<!وظيفة )(?<!مرتبة )(?<!من )(?<!إلى )(?<!على )" + W + r" " + W +
                           r" ?\( ?" + ROLE + r"[^()]{0,40}\)",
    # a speech or text noun's relative verb (ألقى كلمة شكر فيها، أصدر بيانا شرح فيه)
    "in-text: VERB فيها/فيه": r"(?:كلمة|بيانا|بيانًا|بياناً|تغريدة|رسالة|خطابا|خطاباً|مقالا|مقالاً|"
                               r"تصريحا|تصريحاً|شكوى|وسما|وسماً|منشورات|قصيدة|محاضرة)[^.،]{0,60}?،? "
                               r"(?:و?" + W + r") (?:فيها|فيه|خلالها|خلاله)\b",
    # a courtesy told by a noun: قدم/رفع + thanks, congratulations, condolences
    "courtesy: قدم/رفع + شكره/التهنئة": r"\b[وف]?(?:قدم|قدمت|رفع|رفعت)\b[^.]{0,80}? (?:شكره|شكرها|"
                                         r"شكرهم|الشكر|تهنئته|التهنئة|التهاني|تبريكاته|تعازيه|"
                                         r"التعازي)\b",
    # وصف X بأن: describing, its object then بأن
    "describe: وصف … بأنه": r"\b[وف]?(?:وصف|وصفت|وصفوا|يصف|تصف)\b[^.،]{0,60}? ب[أا]ن(?:ه|ها|هم|هما)\b",
    # present-tense verbs of opinion with a subject and أن/إلى أن
    "present: يلفت/يعتقد/يستذكر": r"\b[وف]?(?:يلفت|يعتقد|تعتقد|يستذكر|تستذكر)\b",
}


def main():
    drawn = {i for i, _ in R.drawn()}
    hits = collections.Counter()
    arts = collections.Counter()
    survey3 = []
    for d in R.articles():
        if d["id"] in drawn:
            continue
        for name, rx in FORMS.items():
            n = len(re.findall(rx, d["text"]))
            if n:
                hits[name] += n
                arts[name] += 1
                if name.startswith("survey") and n >= 3 and "وظيفة" not in d["text"]:
                    survey3.append(d["id"])
    for name in FORMS:
        print("%-36s %6d matches in %5d articles" % (name, hits[name], arts[name]))
    print("survey: articles with three or more: %d (first ids: %s)" % (len(survey3),
          " ".join(survey3[:12])))


if __name__ == "__main__":
    main()
