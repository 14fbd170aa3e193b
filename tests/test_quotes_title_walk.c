/* test_quotes_title_walk.c — follow49 (docs/EVENTS.md "Issue 16: a continuation's speaker
 * lost (branch follow49, stop 41)"): a bare reporting verb goes on with the subject of a
 * verb that is no cue when that subject's titles hold an office's construct (رئيس وفد
 * المعارضة، رئيس بلدية ناغازاكي، رئيس لجنة الحكام) or a preposition between two definite
 * words (المسؤول عن الفئات السنية); not through a preposition after an indefinite word, nor
 * through a noun that no office governs. Sentences of SaudiNewsNet articles outside the
 * recall set (the article each is from in the comment); the positives had no speaker before
 * (snn-028975 alone, out of its article, had it already). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-025125: رئيس وفد المعارضة: an office governing an indefinite noun */
    {"وشن رئيس وفد المعارضة المسلحة تعبان دينق قاي في الجلسة الافتتاحية للمحادثات هجومًا عنيفًا على حكومة جنوب السودان والتي اعتبرها بأنها فاقدة للشرعية منذ التاسع من يوليو (تموز) الماضي وفق نصوص الدستور الانتقالي لسنة 2005، وقال إن حكومة سلفا كير ما زالت تعمل على استمرار معاناة الشعب باستهدافهم بالقتل وتشريدهم.",
     "حكومة سلفا كير", "تعبان دينق قاي", 1},
    /* snn-014025: رئيس لجنة الحكام */
    {"ووجّه رئيس لجنة الحكام الرئيسية لكرة القدم عمر المهنا رسالة للحكام المتواجدين في المعسكر تتمثل بضرورة الانضباط في الحضور للتدريبات أو المحاضرات والمحافظة على أوقات الصلاة، وقال: \"يجب عكس الصورة الحسنة لاسم المملكة العربية السعودية من خلال التعامل الجيد\".",
     "يجب عكس", "عمر المهنا", 1},
    /* snn-028975: رئيس بلدية ناغازاكي, the next sentence's bare verb */
    {"وانتقد رئيس بلدية ناغازاكي توميهيسا تاوي أمام حشد ضم حوالى 6700 شخص ضمنا مشاريع القوانين الدفاعية الجديدة. وقال: \"نشعر بالقلق لأن الوعد الذي قطعناه قبل سبعين عاما ومبدأ السلام في الدستور الياباني يبدو معرضا للخطر\".",
     "نشعر بالقلق", "توميهيسا تاوي", 1},
    /* snn-015597: المسؤول عن الفئات السنية: a preposition between two definite words */
    {"من جهة ثانية أنهت الفئات السنية بالنادي استقبال اللاعبين المستجدين الأسبوع الحالي وسط توافد كبير من المستجدين، وركز المدربين في اختبارات اللاعبين على الجوانب التكتيكية والفنية، وأشاد المسؤول عن الفئات السنية فوزي كرني على بمستويات بعض اللاعبين، وقال: \"من يمتلك مهارات فنية جيدة بحاجة إلى لمسات فنية من مدربين أكفاء لصقلهم\".",
     "من يمتلك", "فوزي كرني", 1},
    /* negatives: a preposition after an indefinite word or no office before a construct
       keeps the old answer: the subject named first (snn-000288), nobody for a relative
       clause's subject (snn-017779: سلمى مرشاق speaks, not وديع فلسطين) */
    {"وقد أثارت كولومبيا بوش فضيحة كبيرة عام 1998 عندما كذبت على المسؤولين في الجمارك الأميركية حول تقييم الملابس والمجوهرات التي اشترتها من رحلة لباريس، وقالت إن قيمتها 500 دولار، بينما وجدت إدارة الجمارك أن القيمة تتعدى 19 ألف دولار.",
     "قيمتها 500", "بوش", 1},
    {"وسلمى مرشاق التي أودعها الكاتب المصري المعروف وديع فلسطين مكتبته هذه السنة، يقع تحت يديها وهي تنظم محتوياتها مئات الكتب التي تفلفشها وتكتشفها إضافة إلى أكوام من الرسائل، وتقول: «مما اكتشفته هذا الصيف أن محمود تيمور الذي نعرفه كاتب قصة».",
     "مما اكتشفته", "", 0},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_title_walk");
}
