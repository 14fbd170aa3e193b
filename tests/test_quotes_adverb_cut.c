/* test_quotes_adverb_cut.c — spk44 (docs/EVENTS.md "Issue 16: an adverb in a speaker's name (branch
 * spk44, stop 42)"): a speaker's name does not end in a word with tanwin fatha (ويستطرد نواز
 * مستذكرًا، وطالبت إسلام آباد مجددًا), unless a mention of the person starts with it (a surname
 * written so: عبدالكريم صبراً, then وتابع صبراً); a described speaker does not end in أيضا or a
 * time adverb (وذكرت الحكومة الفرنسية أيضا أنها). Sentences of SaudiNewsNet articles outside
 * the recall set (the article each is from in the comment). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-027770: a person, then the participle of the verb's manner */
    {"ويستطرد نواز مستذكرًا أول أيامه في مصر بقوله: «أحنّ لتاريخ مصر من الأهرام والأفلام القديمة الأصيلة وفناني الزمن الجميل كعبد الحليم حافظ وأم كلثوم».",
     "أحنّ لتاريخ", "نواز", 1},
    /* snn-016500: a place, then مجددًا */
    {"وطالبت إسلام آباد مجددًا بأن تسعى إلى تسهيل الحوار المباشر بين الحركة وممثلي الحكومة لإنهاء الحرب الجارية منذ أربعة عشر عامًا، كما أعلن مجلس السلام الأفغاني أن الأرضية باتت مهيأة لإجراء جولة جديدة من الحوار مع طالبان، خصوصًا أن الأمير الجديد معروف عنه أنه رجل الحوار والمفاوضات.",
     "تسعى إلى", "إسلام آباد", 1},
    /* snn-025447: a body, then أيضا */
    {"وذكرت الحكومة الفرنسية أيضا أنها سوف تنشر قوات شرطة إضافية على الجزيرة نفسها وفي مياهها الساحلية.",
     "سوف تنشر", "الحكومة الفرنسية", 0},
    /* snn-026492: أيضًا with tanwin */
    {"ولفتت الوكالة أيضًا إلى مقارنة الإعلام المصري للرئيس السيسي بالرئيس الراحل جمال عبد الناصر الذي أمم قناة السويس في يوليو (تموز) 1956.",
     "إلى مقارنة", "الوكالة", 0},
    /* snn-016723: a surname with tanwin, used alone later (وتابع صبراً): kept */
    {"كما أعلن المسؤول الإعلامي لغرفة عمليات عمر المختار التابعة للجيش الليبي عبدالكريم صبراً، إن الجيش الليبي أحرز تقدمًا كبيرًا على محور «النوار ومرتوبة» في اتجاه مدينة درنة. وتابع صبراً بالقول إن المواجهات المُسلحة كانت في نفس الوقت بمحور عين بنت، حيث تقدم شباب الساحل الشرقي للوصول إلى مزرعة بوغفير.",
     "المواجهات المُسلحة", "عبدالكريم صبراً", 1},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_adverb_cut");
}
