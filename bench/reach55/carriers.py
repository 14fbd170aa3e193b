#!/usr/bin/env python3
"""reach55: the carrier (word or construction) of each missed gold event that has no
trigger-layer candidate of its kind in its sentence (rank55's test), by kind.

    carriers.py assign NONE.tsv OUT.tsv    carrier of each of the 245 (first pattern of the
                                           kind found in the gold sentence; '?' if none)
    carriers.py corpus OUT.tsv             articles / sentences of the corpus outside
                                           drawn.txt holding each carrier
    carriers.py draw G,G.. SEED N        N random corpus sentences (outside drawn.txt)
                                           holding GROUP's carrier
Python stdlib only; patterns over the raw text with diacritics and tatweel removed."""
import os, random, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))

B = r"(?<![\u0621-\u064a])"          # word start (proclitics written into the pattern)
E = r"(?![\u0621-\u064a])"
P = r"(?:[وف]?(?:ب|ل|لل|ك)?)"          # proclitics
# (group, kind, regex): first match in the kind's list wins, so specific forms come first
CARRIERS = [
    ("appeal", "طالب (verb/participle)", B + r"[وف]?(?:طالب|طالبنا|طالبت|طالبوا|يطالب|تطالب|يطالبون|نطالب|نطالبك|أطالب|مطالبين|مطالبا|مطالبة|مطالبا)" + E),
    ("appeal", "طلب (verb/noun)", B + P + r"(?:طلب|طلبت|طلبوا|يطلب|تطلب|نطلب|طلبا|طلبًا|الطلب)" + E),
    ("appeal", "دعا/دعوة", B + P + r"(?:دعا|دعت|دعوا|يدعو|تدعو|ندعو|داعيا|داعيًا|داعين|داعية|دعوة|دعوته|الدعوة|دعوتها|يدعونا)" + E),
    ("appeal", "حث", B + r"[وف]?(?:حث|حثت|يحث|تحث|حثهم|حثوا)" + E),
    ("appeal", "تمنى على", B + r"[وف]?(?:تمنى|يتمنى|تمنت)" + E),
    ("appeal", "أهاب/نادى/ناشد", B + r"[وف]?(?:تهيب|يهيب|أهاب|أهابت|نادى|ناشد|ناشدت)" + E),
    ("appeal", "رفض", B + r"[وف]?(?:رفض|رفضت|يرفض)" + E),
    ("assault", "عثر على جثة / جثث", B + P + r"(?:جثة|جثث|الجثة|الجثث|جثته)" + E + r"|عثرت?\s"),
    ("assault", "قتل (verb/participle)", B + r"[وف]?(?:قتل|قتلت|قتلوا|يقتل|تقتل|مقتولا|وقتلت|قاتل|لقاتل)" + E),
    ("assault", "فجر/تفجير", B + P + r"(?:فجر|فجرت|تفجير|التفجير|تفجيرات|التفجيرات|مفجر|انفجرت)" + E),
    ("assault", "حرق/إحراق", B + P + r"(?:حرق|إحراق|احراق|أحرق|حرقا)" + E),
    ("assault", "هاجم/مهاجمة/حرب", B + P + r"(?:هاجم|هاجمتهم|مهاجمة|بمهاجمة|هجوم|حرب|حربا|حرباً|الاعتداءات|اعتداء)" + E),
    ("assault", "سفك/استهداف", B + P + r"(?:سفكهم|سفك|استهداف|استهدافهم)" + E),
    ("assault", "إعدام/رمي بالرصاص/رصاصة", B + P + r"(?:اعدامهم|إعدامهم|رصاصة|الرصاصة|طلقات)" + E),
    ("assault", "تصفع/تحرش", B + P + r"(?:لتصفع|تصفع|صفع)" + E),
    ("fight", "تحرير (noun)", B + P + r"(?:تحرير)" + E),
    ("fight", "سيطر/سيطرة", B + P + r"(?:سيطرت|سيطر|سيطرة|السيطرة)" + E),
    ("fight", "تقدم (noun/verb)", B + P + r"(?:تقدم|تقدمت|التقدم|للمقاومة)" + E),
    ("fight", "طرد/أسر/إنزال/دخول", B + P + r"(?:طردوا|طرد|دخول)" + E),
    ("fight", "قتل/قتلت (combat kills)", B + r"[وف]?(?:قتل|قتلت|قتلتهم|مقتل)" + E),
    ("fight", "طلعة جوية / قنبلة / قذيفة", B + P + r"(?:طلعة|قنبلة|قذيفتي|صاروخ)" + E),
    ("fight", "إطلاق النار / فتحوا النار", r"(?:فتحوا|إطلاق|لإطلاق)\s+(?:ال)?نار"),
    ("fight", "عملية/عمليات عسكرية، رد بعملية", B + P + r"(?:بعملية|عملية|عمليات|العمليات)" + E),
    ("fight", "معارك/قتال/هزائم/مواجهة/خسائر", B + P + r"(?:معارك|المعارك|القتال|هزائمها|المواجهة|مواجهته|الخسائر)" + E),
    ("fight", "غزو/احتلال/صراع", B + P + r"(?:الغزو|الاحتلال|صراع|حرب)" + E),
    ("meet", "اجتماع (noun)", B + P + r"(?:اجتماع|اجتماعا|اجتماعاً|الاجتماع|اجتماعه|اجتماعهم)" + E),
    ("meet", "لقاء/التقى/يلتقي", B + P + r"(?:لقاء|اللقاء|اللقاءات|يلتقي|التقى|ويلتقي)" + E),
    ("meet", "بحث/يبحث/ناقش (talks)", B + r"[وف]?(?:بحث|بالتباحث|التباحث|بحثا|يبحث|سيبحث|ناقشت|ناقش|النقاش)" + E),
    ("meet", "مفاوضات/مشاورات/حوار/اتصالات", B + P + r"(?:المفاوضات|مفاوضاته|مشاورات|المشاورات|الحوار|اتصالات|تواصلت|تواصل|تحدث)" + E),
    ("meet", "يشارك في / مؤتمر", B + P + r"(?:يشارك|تشارك|مؤتمر)" + E),
    ("meet", "التعاقد/يعد لإعلان", B + P + r"(?:التعاقد|لإعلان|للتوقيع)" + E),
    ("meet", "واجه/خدعت", B + P + r"(?:واجه|خدعت)" + E),
    ("visit", "وصل/يصل/وصول", B + r"(?!فيصل)[وف]?(?:وصل|يصل|سيصل|وصوله|لوصوله)" + E),
    ("visit", "زيارة/زار", B + P + r"(?:زيارة|زيارتهما|لزيارة|زار|بزيارة|وزار)" + E),
    ("visit", "غادر/توجه/طار/هبط/جولة/وفد", B + P + r"(?:مغادرته|متوجها|يطير|هبط|جولة|وفد|تهافتت)" + E),
    ("visit", "عايد/حضر/شارك في حفل", B + r"[وف]?(?:عايد|حضر|شارك)" + E),
    ("host", "استقبال/استقبله", B + P + r"(?:استقبال|استقباله|استقبله)" + E),
    ("host", "مأدبة/أقام", B + P + r"(?:مأدبة|المأدبة)" + E),
    ("sign", "وقع/توقيع (verb/noun)", B + P + r"(?:وقع|وقعت|وقعوا|وقعتها|وقعنا|وقّعت|وقّع|وُقّعت|توقيع|توقيعها|لتوقيع|التوقيع)" + E),
    ("sign", "اتفاقية (noun alone)", B + P + r"(?:اتفاقية|الاتفاقية|مشروع)" + E),
    ("agree", "وافق/موافقة", B + P + r"(?:وافق|وافقت|موافقة|موافقتهم)" + E),
    ("agree", "توصل/التوصل", B + P + r"(?:توصلت|توصل|التوصل)" + E),
    ("agree", "اتفاق/إبرام", B + P + r"(?:اتفاق|اتفاقات|واتفاق|إبرام|الاتفاق)" + E),
    ("agree", "شراكة/رفض انتقاله", B + P + r"(?:شراكة|رفض)" + E),
    ("criticize", "انتقد/انتقادات/نقد", B + P + r"(?:انتقد|انتقده|ينتقد|انتقادات|الانتقادات|الانتقادت|نقد)" + E),
    ("criticize", "ندد/تنديد/إدانة", B + P + r"(?:للتنديد|التنديد|ندد|إدانات|الإدانة)" + E),
    ("criticize", "وصف/واصفا", B + P + r"(?:وصف|واصفين|واصفا|واصفًا)" + E),
    ("criticize", "غضب/امتعاض/لوم/استياء", B + P + r"(?:غضبه|الغضب|امتعاضهم|اللوم|تذمر)" + E),
    ("criticize", "هجوم (verbal)/اعترض/تلاسن/تراشق/نعيق", B + P + r"(?:هجوم|هجوما|اعترض|تلاسن|تراشق|نعيق)" + E),
    ("accuse", "اتهم/اتهام/تهمة", B + P + r"(?:اتهم|اتهمه|يتهم|اتهامات|الاتهامات|اتهامهن|التهمة|المتهم)" + E),
    ("accuse", "حمّل مسؤولية/يتحملون مسؤولية", B + P + r"(?:حمل|يتحملون)" + E),
    ("threaten", "هدد/تهديد", B + P + r"(?:هدد|هددها|تهديدات|للتهديدات|التهديد|تهديد)" + E),
]
DIAC = re.compile(r"[\u064b-\u0652\u0640]")


def clean(t):
    return DIAC.sub("", t)


def assign(t, kind):
    t = clean(t)
    for k, g, rx in CARRIERS:
        if k == kind and re.search(rx, t):
            return g
    return "?"


def main():
    cmd = sys.argv[1]
    if cmd == "assign":
        with open(sys.argv[3], "w", encoding="utf-8") as out:
            for l in open(sys.argv[2], encoding="utf-8"):
                f = l.rstrip("\n").split("\t")
                out.write("\t".join(f[:5] + [assign(f[5], f[3]), f[5]]) + "\n")
        return
    from judge_sample import load_articles
    docs = load_articles()
    pats = [(k, g, re.compile(rx)) for k, g, rx in CARRIERS]
    if cmd == "corpus":
        art, sen = {}, {}
        for d in docs:
            t = clean(d["text"])
            ss = [s for s in re.split(r"[.!؟\n]", t) if s.strip()]
            for k, g, p in pats:
                if not p.search(t):
                    continue
                n = sum(1 for s in ss if p.search(s))
                if n:
                    art[(k, g)] = art.get((k, g), 0) + 1
                    sen[(k, g)] = sen.get((k, g), 0) + n
        with open(sys.argv[2], "w", encoding="utf-8") as out:
            out.write("# %d articles outside drawn.txt\n" % len(docs))
            for k, g, _ in pats:
                out.write("%s\t%s\t%d\t%d\n" % (k, g, art.get((k, g), 0), sen.get((k, g), 0)))
    elif cmd == "draw":
        seed, n = int(sys.argv[3]), int(sys.argv[4])
        sents = [(d["id"], s.strip()) for d in docs
                 for s in re.split(r"(?<=[.!؟])\s+|\n", d["text"]) if 20 < len(s) < 600]
        for group in sys.argv[2].split(","):      # groups named by their number in CARRIERS
            k, g, p = pats[int(group)]
            pool = [(i, s) for i, s in sents if p.search(clean(s))]
            rnd = random.Random(seed)
            for j, (i, s) in enumerate(rnd.sample(pool, min(n, len(pool)))):
                print("%s\t%s\t%d\t%s\t%s" % (k, g, j + 1, i, s))


if __name__ == "__main__":
    main()
