#!/usr/bin/env python3
"""bench/app66/classes.py — the hand classes of missed.tsv's rows (branch app66, stop 56).

  classes.py missed.tsv > missed_classed.tsv; classes.py --table missed.tsv

Each missed appeal (a1 … in file order) and meet (m1 …) was read (its sentence, what rasd
found there, rasd run on the sentence and on variants) and given one class: what would have
to be read for rasd to report it. The codes and their meaning are in CLASS below."""
import sys

CLASS = {
    "A-QSPK": "appeal: its verb or participle is a quote's cue rasd finds, but the quote's "
              "speaker is no recogniser name (a description, a title, none), so no actor",
    "A-FOLD": "appeal: the same actor's later appeal (another sentence, or a second one in its "
              "sentence) folded into the first event by design",
    "A-FIRST": "appeal in the first person (نطالب، نطلب، نهيب، طالبنا، يدعونا), outside a quote "
               "or a word appeal 14 lacks",
    "A-SUBJ-BEFORE": "appeal verb whose subject stands before it (a body, a country, a "
                     "description, a pronoun in an أنه clause, a relative's antecedent)",
    "A-SUBJ-AFTER": "appeal verb with its subject after it that rasd does not take (a "
                    "description, or the verb after a word that is no lead: في المقابل طلب)",
    "A-NOUN": "a verbal noun of appeal (دعوة، مطالبة، طلب، نداء، مطلب) names the appeal",
    "A-PART": "an appeal participle rasd reads as no cue (no quote of its own, after ؛ or "
              "inside another cue's span)",
    "A-WORD": "a word the lexicon lacks or reads in another sense (تهيب، تمنى على، نادى، "
              "present يدعو، ودعاه، a relative's verb)",
    "M-NOUN": "a meeting noun (اجتماع، لقاء، قمة، مؤتمر) whose parties stand in a form the "
              "rules miss (خلال اجتماع لـ، الاجتماع المشترك بين، اجتماع … مع far)",
    "M-TALKS": "talks or negotiations (مفاوضات، محادثات، مباحثات، مشاورات، التفاوض مع، "
               "الحوار مع، مقابلة بين) labelled meet",
    "M-CALL": "a call or contact (اتصال هاتفي، اتصل به، تحدث إلى، تواصل مع، اتصالات مع)",
    "M-VERB-GAP": "a meeting verb (اجتمع، التقى، بحث، عقد اجتماعا، يتباحثان) with words "
                  "between it and its party, or dropped in context",
    "M-FOLD": "a second meeting of the same actors or of one sentence folded into the first",
    "M-OTHER": "history in a long column, an agreement labelled meet",
}

ROWS = {  # row code -> (class, note)
    "a1": ("A-WORD", "تهيب (present) inside a participle's statement"),
    "a2": ("A-NOUN", "بطلب من عائلة بيليه after a negation (ولم يعلق)"),
    "a3": ("A-QSPK", "مطالبا من الجميع الدعاء: quote found, speaker none (err61's form)"),
    "a4": ("A-FIRST", "طالبنا (past, first person) inside a quote"),
    "a5": ("A-PART", "مطالبين after ؛ inside وتابعوا's quote"),
    "a6": ("A-FIRST", "ما يدعونا إلى طلب المبادرة: the writer's"),
    "a7": ("A-FIRST", "ونحن نطالب, unmarked speech"),
    "a8": ("A-WORD", "تمنى X على Y أن"),
    "a9": ("A-QSPK", "كما دعا X إلى: quote found, speaker none"),
    "a10": ("A-NOUN", "عن دعوته رجال الأعمال لدعم"),
    "a11": ("A-WORD", "وطلب مني شراء inside a quote; دعا ل a prayer"),
    "a12": ("A-WORD", "حثهم فيها: a relative verb with an object pronoun"),
    "a13": ("A-FIRST", "يجعلنا نطالبك: a column"),
    "a14": ("A-FIRST", "نطالب يا معالي الوزير: a column"),
    "a15": ("A-SUBJ-BEFORE", "أما مصر … فقد طلبت من"),
    "a16": ("A-PART", "داعين after the subject's own verb (تجمع متظاهرون)"),
    "a17": ("A-NOUN", "والمطالبة بوضعها"),
    "a18": ("A-NOUN", "في دعوة العالم للاتحاد"),
    "a19": ("A-NOUN", "للمطالبة بإعفائه، مطلبنا"),
    "a20": ("A-WORD", "الذي دعا X إلى: a relative verb (quote found, wrong speaker)"),
    "a21": ("A-NOUN", "ستكون هناك دعوة لأهالي"),
    "a22": ("A-QSPK", "وطالب: speaker المواطن (no id); layer finds it"),
    "a23": ("A-NOUN", "بطلب ثياب"),
    "a24": ("A-WORD", "فتهيب (present)"),
    "a25": ("A-FIRST", "نطلب منه: a column"),
    "a26": ("A-SUBJ-BEFORE", "أن الوزارة طلبت من الجميع"),
    "a27": ("A-FIRST", "ونهيب: a statement"),
    "a28": ("A-SUBJ-BEFORE", "الباحثون … وطلبوا من"),
    "a29": ("A-SUBJ-BEFORE", "بينما طلبوا من (pronoun)"),
    "a30": ("A-SUBJ-BEFORE", "الرجل طلب"),
    "a31": ("A-SUBJ-BEFORE", "بيانا طلب اعتذار (relative)"),
    "a32": ("A-WORD", "يطالب فيها (relative present)"),
    "a33": ("A-NOUN", "لطلب بعض الساسة"),
    "a34": ("A-WORD", "نادى X بـ"),
    "a35": ("A-FIRST", "«نطلب الآن المساعدة» inside a quote: نطلب not in appeal 14"),
    "a36": ("A-SUBJ-BEFORE", "قائد رحلة … يطلب (present)"),
    "a37": ("A-NOUN", "عن دعوته رجال الأعمال (a copy of a10)"),
    "a38": ("A-SUBJ-BEFORE", "وطلب في رسالة (pronoun)"),
    "a39": ("A-SUBJ-BEFORE", "بأنه طلب من"),
    "a40": ("A-QSPK", "طالبت أصوات أخرى: speaker none; the sentence's other appeal found"),
    "a41": ("A-FOLD", "داعياً: same speaker's appeal earlier"),
    "a42": ("A-NOUN", "تلبية لنداء مركز سلمان الإغاثي (value 5; the name not found)"),
    "a43": ("A-SUBJ-BEFORE", "العراق … وطلب استضافة"),
    "a44": ("A-SUBJ-AFTER", "حين طلب الأمن من"),
    "a45": ("A-QSPK", "وطالب: speaker الدكتور بخاري (no id); layer finds it"),
    "a46": ("A-FOLD", "وطالب بتبرعات: same actor's appeal earlier"),
    "a47": ("A-SUBJ-AFTER", "طلب بعض مرضى الربو"),
    "a48": ("A-NOUN", "قرر … مطالبة مجلس الأمن; layer finds it"),
    "a49": ("A-QSPK", "ودعوا: speaker محللون (no id); layer finds it"),
    "a50": ("A-NOUN", "ودعوة الأمم المتحدة"),
    "a51": ("A-NOUN", "قدمت طلباً رسمياً إلى"),
    "a52": ("A-FOLD", "a second بناء على طلب in its sentence"),
    "a53": ("A-SUBJ-AFTER", "في المقابل طلب داسيلفا من"),
    "a54": ("A-WORD", "يدعو ظريف المملكة (present)"),
    "a55": ("A-NOUN", "عن دعوة الطرفين لتجنب"),
    "a56": ("A-SUBJ-AFTER", "حيث طالب اللاعبين (bare طالب)"),
    "a57": ("A-SUBJ-AFTER", "طالب من خلالها اللاعبين (bare طالب)"),
    "a58": ("A-NOUN", "بطلب من مواطنه مدرب … (value 5; the name far)"),
    "a59": ("A-NOUN", "لطلب وضع"),
    "a60": ("A-FOLD", "a second ودعا in its sentence"),
    "a61": ("A-SUBJ-BEFORE", "المبادرة … تدعو إلى (present)"),
    "a62": ("A-FOLD", "حث … داعيا: two appeals, one found"),
    "a63": ("A-FOLD", "وطالب: same speaker's appeal in the sentence before"),
    "a64": ("A-SUBJ-BEFORE", "مشيرا إلى أنه دعا زملاءه; layer finds it"),
    "a65": ("A-PART", "التظاهرات … مطالبةً (feminine)"),
    "a66": ("A-NOUN", "وجه الدعوة لأبناء"),
    "a67": ("A-WORD", "ودعاه إلى (object pronoun)"),
    "a68": ("A-NOUN", "ونداء أخير إلى"),
    "a69": ("A-QSPK", "مطالبين: speaker none"),
    "a70": ("A-SUBJ-BEFORE", "«إنني أول مسؤول يطلب من» (relative present)"),
    "a71": ("A-QSPK", "مطالبًا: speaker none"),
    "a72": ("A-QSPK", "مطالبًا: speaker none (the same sentence's second label)"),
    "a73": ("A-PART", "داعياً inside وأضاف's span"),
    "a74": ("A-NOUN", "رفضت نداءاته"),
    "a75": ("A-NOUN", "من دعوات لوضع"),
    "a76": ("A-NOUN", "للمطالبة بمحاسبة (unseen32: err64's)"),
    "a77": ("A-NOUN", "ودعوته لانضمام"),
    "a78": ("A-QSPK", "وطالب مجمع الفقه، الفقهاء: speaker none"),
    "a79": ("A-FOLD", "ناشد … ويحض: two appeals, one found"),
    "m1": ("M-OTHER", "history told in a long column"),
    "m2": ("M-VERB-GAP", "اجتمع + titles + في جدة مساء اليوم + مع (err63 e1); layer finds it"),
    "m3": ("M-TALKS", "المفاوضات بين اليونان ودائنيها"),
    "m4": ("M-NOUN", "تشارك المملكة في اجتماع الصندوق"),
    "m5": ("M-TALKS", "تم النقاش في شأنها مع"),
    "m6": ("M-NOUN", "الاجتماع به"),
    "m7": ("M-NOUN", "اللقاءات (a visit found)"),
    "m8": ("M-CALL", "جرت اتصالات مع"),
    "m9": ("M-TALKS", "نهاية المفاوضات"),
    "m10": ("M-NOUN", "يشارك X في مؤتمر"),
    "m11": ("M-FOLD", "عقد X وY اجتماعاً: the same actors' meeting earlier"),
    "m12": ("M-CALL", "اتصال هاتفي جرى بين; layer finds it"),
    "m13": ("M-NOUN", "خلال لقاء … يضم (planned)"),
    "m14": ("M-VERB-GAP", "وعقد معه اجتماعاً after استقبل (host found; err63 e2)"),
    "m15": ("M-CALL", "تواصلت مع"),
    "m16": ("M-NOUN", "الاجتماع الوزاري"),
    "m17": ("M-TALKS", "وجرت المفاوضات بين"),
    "m18": ("M-FOLD", "a second meeting in its sentence (عقدت ثلاثة اجتماعات)"),
    "m19": ("M-CALL", "تحدث X إلى Y"),
    "m20": ("M-VERB-GAP", "سيبحث الصراع … مع"),
    "m21": ("M-OTHER", "اتفاق X مع Y labelled meet"),
    "m22": ("M-TALKS", "المشاورات ستتوسع"),
    "m23": ("M-TALKS", "طاولة المفاوضات مع"),
    "m24": ("M-CALL", "اتصل به"),
    "m25": ("M-TALKS", "خلال المفاوضات"),
    "m26": ("M-TALKS", "مفاوضات X قائمة مع"),
    "m27": ("M-TALKS", "بعد التشاور مع"),
    "m28": ("M-TALKS", "المحادثات الإيرانية"),
    "m29": ("M-TALKS", "تجري مباحثات أولية مع"),
    "m30": ("M-TALKS", "المحادثات انتهت"),
    "m31": ("M-TALKS", "بعد مقابلة بين"),
    "m32": ("M-VERB-GAP", "بحث X مع Y: taken alone, dropped in its article (القوات المسلحة later)"),
    "m33": ("M-VERB-GAP", "التقوا فيها ب; layer finds it"),
    "m34": ("M-NOUN", "الاجتماع المشترك بين X وY"),
    "m35": ("M-TALKS", "عقد سلسلة من المشاورات"),
    "m36": ("M-CALL", "تواصلت مع (err63 e3)"),
    "m37": ("M-VERB-GAP", "ويلتقي X خلال الزيارة Y"),
    "m38": ("M-NOUN", "خلال اجتماعه بـ"),
    "m39": ("M-FOLD", "a second meeting in its sentence (باجتماع رؤساء)"),
    "m40": ("M-TALKS", "في محادثات الملف النووي"),
    "m41": ("M-CALL", "بدأ اتصال الجماعة بالقاعدة"),
    "m42": ("M-NOUN", "كان هناك لقاء مع"),
    "m43": ("M-NOUN", "خلال اجتماع لوزراء"),
    "m44": ("M-VERB-GAP", "اجتمع X أول من أمس بـ; layer finds it"),
    "m45": ("M-TALKS", "المباحثات المشتركة التي عقدناها"),
    "m46": ("M-NOUN", "خلال اجتماع … حضره"),
    "m47": ("M-TALKS", "في التفاوض مع"),
    "m48": ("M-TALKS", "تم التفاوض معهم"),
    "m49": ("M-VERB-GAP", "عقد «X» title، date؛ اجتماعاً بـ"),
    "m50": ("M-VERB-GAP", "والالتقاء بـ (planned)"),
    "m51": ("M-TALKS", "الحوار الاستراتيجي مع"),
    "m52": ("M-NOUN", "لقاء الرئيس بوتين و…"),
    "m53": ("M-FOLD", "ثم لاحقا مع: a second meeting in its sentence"),
    "m54": ("M-NOUN", "في اللقاء الثلاثي"),
    "m55": ("M-VERB-GAP", "ويتباحثان مع (dual present)"),
    "m56": ("M-TALKS", "يكثف من مفاوضاته"),
    "m57": ("M-CALL", "تلقى اتصالاً هاتفيًا من; layer finds it"),
    "m58": ("M-TALKS", "المفاوضات الاخيرة"),
    "m59": ("M-NOUN", "اجتماع X … مع Y far"),
    "m60": ("M-NOUN", "the same, the states' label"),
    "m61": ("M-NOUN", "اجتماعها الطارئ"),
    "m62": ("M-TALKS", "بالتباحث مع"),
}


def rows(path):
    n = {"appeal": 0, "meet": 0}
    lines = open(path, encoding="utf-8").read().splitlines()
    for l in lines[1:]:
        f = l.split("\t")
        n[f[4]] += 1
        yield ("a" if f[4] == "appeal" else "m") + str(n[f[4]]), f


def main(a):
    table = a[0] == "--table"
    path = a[-1]
    if not table:
        print("row\tclass\tnote\t" + open(path, encoding="utf-8").readline().rstrip("\n"))
    cnt = {}
    for code, f in rows(path):
        cl, note = ROWS[code]
        if table:
            c = cnt.setdefault(cl, [0, set(), 0])
            c[0] += 1
            c[1].add(f[0])
            c[2] += f[0] == "unseen32"
        else:
            print("\t".join([code, cl, note] + f))
    if table:
        print("| class | what would have to be read | rows | read parts | of them unseen32 |")
        print("|---|---|---|---|---|")
        for cl, (k, parts, u32) in sorted(cnt.items(), key=lambda x: (x[0][0], -x[1][0])):
            print("| %s | %s | %d | %d | %d |" % (cl, CLASS[cl], k, len(parts), u32))


if __name__ == "__main__":
    main(sys.argv[1:])
