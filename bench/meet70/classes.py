#!/usr/bin/env python3
"""bench/meet70/classes.py — the read parts' 71 missed gold meetings (missed.tsv, row order),
each given one class by reading its sentence and rasd on it alone and on variants (branch
meet70, stop 59). The class is the first thing that stops the meeting; a note says what.

  classes.py            the table (class, rows, parts, unseen35's) and missed_classed.tsv"""
import csv, os, sys
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
CLASSES = OrderedDict([
    ("TALKS", "a talks, negotiation, consultation or dialogue noun (مفاوضات، محادثات، "
              "مباحثات، مشاورات، التفاوض، التشاور، الحوار، بالتباحث) with no sides, one "
              "side, a described side or states/bodies rasd does not take"),
    ("NOUN", "a meeting noun rasd knows (اجتماع، لقاء، قمة، مقابلة، مؤتمر) whose parties "
             "are not found: a body's meeting or conference one takes part in, a genitive of "
             "descriptions, a pronoun's doer, an existential «كان هناك لقاء مع»"),
    ("PARTY1", "a meeting verb or عقد + noun rasd knows, one party missing: a title or a "
               "description as party (مديري، الطواقم، الجهاز الفني), a direct object (التقى X، "
               "امس، Y), a time or «د.» or a بـ-place in the subject's title before the party, "
               "a coordinated subject («كل من»، «X ووزير الدفاع»), bodies as sides"),
    ("CALL", "a call or a contact (اتصال هاتفي جرى بين، تلقى اتصالا من + long titles, "
             "جرت اتصالات مع، تواصل مع، اتصل به، تحدث إلى)"),
    ("FOLD", "the meeting folded into a hosting or a visit of the same sentence (استقبل X Y، "
             "وعقد معه اجتماعا؛ خلال استقباله … خلال اللقاء؛ زار وفد … والتقى … بـ؛ قام وفد "
             "بزيارة … التقوا فيها بـ)"),
    ("NOWORD", "no meeting word rasd knows (توسط بين، تم النقاش مع)"),
    ("OTHER", "an agreement labelled meet; a confrontation «واجه X Y في اللقاء»"),
])
# row (1-based, missed.tsv order) -> (class, note)
ROWS = {
    1: ("TALKS", "المفاوضات بين ريال مدريد ومانشستر يونايتد: two clubs, bodies; «يبدو أن»"),
    2: ("NOWORD", "فقام ممثلوه بالتوسط بين الملك جون والبارونات: mediation, history column"),
    3: ("TALKS", "المفاوضات بين اليونان ودائنيها: a pronoun's description as side"),
    4: ("PARTY1", "سوف يجتمع كل من X وY في باريس: «كل من» coordinated subject, planned"),
    5: ("NOUN", "تشارك المملكة في اجتماع الصندوق: taking part in a body's meeting"),
    6: ("NOUN", "قمة لدول بريكس: a summit of a group, one side"),
    7: ("NOWORD", "تم النقاش في شأنها مع وزارة الثقافة: النقاش مع, passive"),
    8: ("NOUN", "الاجتماع به: a noun with a pronoun party, its doer a title speaker"),
    9: ("NOUN", "اللقاءات: meetings of a visit with no party in the sentence"),
    10: ("CALL", "جرت اتصالات مع قوات اليونيفيل: contacts, the army"),
    11: ("PARTY1", "يجتمع وزير التعليم د. عزام … اليوم بمديري: «د.» and a time before a described party"),
    12: ("TALKS", "بعد نهاية المفاوضات: talks with no sides"),
    13: ("NOUN", "يشارك مركز … في مؤتمر: taking part in a conference"),
    14: ("PARTY1", "عقد الأمير محمد بن سلمان ووزير الدفاع الأميركي اجتماعا: the second side a title (found alone, not matched)"),
    15: ("CALL", "اتصال هاتفي جرى بين الرئيسين التركي X والأمريكي Y"),
    16: ("NOUN", "خلال لقاء … يضم مسؤولين: a planned meeting of described people"),
    17: ("FOLD", "استقبل X … Y، وعقد معه اجتماعاً: the guest as معه"),
    18: ("CALL", "العائلة تواصلت مع سفارة المملكة"),
    19: ("NOUN", "المؤتمر الوزاري المقبل لمنظمة التجارة: a body's conference, one side"),
    20: ("TALKS", "جرت المفاوضات حول الاتفاق بين 54 من أعضاء المنظمة"),
    21: ("NOUN", "عقدت ثلاثة اجتماعات وتم الاستماع لمرئيات أصحاب الشركات: a second meeting, no subject"),
    22: ("CALL", "تحدث الرئيس X، إلى الرئيس Y"),
    23: ("PARTY1", "سيبحث الصراع … مع الزعماء الاقليميين: an object between, a described party"),
    24: ("OTHER", "اتفاق أحزاب الائتلاف مع الحبيب الصيد: an agreement labelled meet"),
    25: ("TALKS", "المشاورات ستتوسع لتشمل مختلف الأطياف: talks to come, described sides"),
    26: ("TALKS", "وضعهما الصيد على طاولة المفاوضات مع أحزاب الائتلاف"),
    27: ("CALL", "رئيس الحكومة اتصل به"),
    28: ("TALKS", "إيران خدعت كيري خلال المفاوضات الصعبة"),
    29: ("TALKS", "مفاوضات X قائمة مع Y: a club's transfer talks"),
    30: ("TALKS", "بعد التشاور مع رئيس الوزراء ورئيس البرلمان، قرر رئيس الجمهورية: التشاور, titles"),
    31: ("TALKS", "المحادثات الإيرانية: no sides"),
    32: ("TALKS", "تجري مباحثات أولية مع بنك: bodies as sides"),
    33: ("TALKS", "المحادثات انتهت: no sides"),
    34: ("NOUN", "مقابلة بين مسؤوليه وX: a pronoun's description as side"),
    35: ("TALKS", "الحوار بين روسيا وأوبك: الحوار"),
    36: ("PARTY1", "بحث وزير التعليم X مع اللواء الدكتور Y: found alone, lost in its article"),
    37: ("FOLD", "خلال استقباله X …، حيث اطلع خلال اللقاء"),
    38: ("FOLD", "قام وفد … بزيارة … التقوا فيها بمدير … Y: the visitor as subject"),
    39: ("NOUN", "الاجتماع المشترك بين وزراء خارجية دول المجلس ووزير الخارجية الأميركي جون كيري"),
    40: ("TALKS", "عقد سلسلة من المشاورات على مستوى القيادة"),
    41: ("CALL", "الجامعة … تواصلت مع وزارة الخدمة المدنية"),
    42: ("PARTY1", "ويلتقي سمو الأمير X خلال الزيارة جلالة الملك: a direct object, a title"),
    43: ("NOUN", "وشدد خلال اجتماعه بمديري الجامعات: a pronoun's doer"),
    44: ("NOUN", "باجتماع رؤساء الاتحادات الخليجية: one described side, planned"),
    45: ("TALKS", "محادثات الملف النووي: no sides"),
    46: ("CALL", "بدأ اتصال الجماعة بالقاعدة: a contact, history"),
    47: ("NOUN", "كان هناك لقاء مع وزير الخارجية: existential, the speaker's body"),
    48: ("NOUN", "خلال اجتماع لوزراء خارجية آسيان: a body's meeting"),
    49: ("PARTY1", "اجتمع مدير الشؤون الصحية بحفر الباطن X أول من أمس بالطواقم: a بـ-place in the title, a described party"),
    50: ("TALKS", "المباحثات المشتركة التي عقدناها: first person"),
    51: ("NOUN", "خلال اجتماع … حضره الرئيس محمود عباس"),
    52: ("PARTY1", "عقد X مساء أمس (الأربعاء) اجتماعاً بالجهاز الفني ممثلاً بـ: a body party, its members after ممثلاً"),
    53: ("PARTY1", "تقرر أن يحضر … والالتقاء بمدربي الفريقين: a verbal noun, described party"),
    54: ("FOLD", "زار وفد إماراتي … والتقى … بقيادة حلف القبائل: the visitor a delegation"),
    55: ("TALKS", "في التفاوض مع اللاعب الجديد: its doer before (أوكلت … لـ X)"),
    56: ("TALKS", "تم التفاوض معهم من قبل الإدارة: passive"),
    57: ("PARTY1", "عقد X …، مساء اليوم الأربعاء؛ اجتماعاً بالجهاز الفني: ؛ and a body party"),
    58: ("PARTY1", "تقرر أن يحضر … والالتقاء بمدربي الفريقين (the same form as 53)"),
    59: ("TALKS", "وترأس وفد بلاده خلال الحوار الاستراتيجي مع مصر"),
    60: ("NOUN", "لقاء الرئيس بوتين ورئيس الاستخبارات … الأمير بندر: genitive pair behind titles"),
    61: ("NOUN", "ثم لاحقا مع ولي ولي العهد: the noun elided"),
    62: ("OTHER", "لافروف واجه كيري والجبير في اللقاء الثلاثي"),
    63: ("PARTY1", "ويتباحثان … مع مؤسسة النقد: a dual pronoun of bodies"),
    64: ("TALKS", "يكثف X من مفاوضاته بشأن التعاقد مع اللاعب"),
    65: ("CALL", "تلقى … اتصالاً هاتفيًا من X: long titles, the receiver carried"),
    66: ("TALKS", "المفاوضات الاخيرة في فيينا: no sides"),
    67: ("PARTY1", "التقى X، امس، Y: a direct object after commas"),
    68: ("NOUN", "اجتماع وزراء خارجية دول المجلس … مع وزير خارجية الولايات المتحدة"),
    69: ("NOUN", "the same meeting, its states as sides"),
    70: ("NOUN", "لجنة مبادرة السلام في اجتماعها الطارئ: a body's own meeting"),
    71: ("TALKS", "بالتباحث مع حكومة أفريقيا الوسطى: a mandate to talk"),
}


def main():
    rows = list(csv.reader(open(os.path.join(HERE, "missed.tsv"), encoding="utf-8"),
                           delimiter="\t"))
    head, rows = rows[0], rows[1:]
    assert len(rows) == len(ROWS), (len(rows), len(ROWS))
    with open(os.path.join(HERE, "missed_classed.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(["row", "class", "note"] + head) + "\n")
        for k, r in enumerate(rows, 1):
            f.write("\t".join([str(k), ROWS[k][0], ROWS[k][1]] + r) + "\n")
    print("| class | rows | read parts | unseen35 | what |")
    print("|---|---|---|---|---|")
    for c, what in CLASSES.items():
        ks = [k for k in ROWS if ROWS[k][0] == c]
        parts = {rows[k - 1][0] for k in ks}
        u35 = sum(1 for k in ks if rows[k - 1][0] == "unseen35")
        print("| %s | %d | %d | %d | %s |" % (c, len(ks), len(parts), u35, what))
    print("| all | %d | %d | | |" % (len(ROWS), len({r[0] for r in rows})))


if __name__ == "__main__":
    main()
