/* test_events_support_verbs.c — meet51 (docs/EVENTS.md "Issue 16: calls, meetings and visits told
 * with the subject between (branch meet51, stop 43)"): a support verb whose subject, a person
 * named, stands between it and the call, meeting or visit it tells (أجرى X اتصالا هاتفيا بـY،
 * تلقى X اتصالا هاتفيا من Y، يعقد X، الاثنين، أيضا اجتماعا ثلاثيا مع Y، قام X بزيارة مفاجئة
 * لبغداد), src/events/support_verbs.c. Negatives: a newspaper's call (an interview, no person as
 * subject), a visit whose object names no place. Sentences of SaudiNewsNet articles outside
 * bench/recall/drawn.txt (the article each is from in the comment). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* {text, published, type, the trigger's first word, first actor's name holds this (NULL: no
 * event of the type at that word), second actor's name holds this ("" none needed), place
 * holds this ("" none needed), "p" planned or "o" occurred} */
static const char *const cases[][8] = {
    /* snn-015336: a call received, the party after من past a date */
    {"تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، اتصالا هاتفيا أمس من الرئيس فرانسوا هولاند رئيس فرنسا، جدد خلاله ترحيبه بخادم الحرمين الشريفين خلال زيارته الخاصة لفرنسا.",
     "2015-08-01", "meet", "اتصالا", "سلمان", "هولاند", "", "o"},
    /* snn-015154: a call made, the party with ب past a date and a comma */
    {"أجرى خادم الحرمين الشريفين الملك سلمان بن عبد العزيز اتصالاً هاتفيًا أمس، بالرئيس المصري عبد الفتاح السيسي أكدا خلاله أهمية «إعلان القاهرة» وما يحمله من مضامين عليا ومهمة للأمتين الإسلامية والعربية، مشددين على أن العلاقة بين البلدين استراتيجية وتكاملية.",
     "2015-08-01", "meet", "اتصالا", "سلمان", "السيسي", "", "o"},
    /* snn-018539: a meeting planned by يعقد, a date and أيضا between, an adjective before مع */
    {"ومن المقرر أن يعقد كيري، الاثنين، أيضا اجتماعا ثلاثيا مع وزير الخارجية السعودي عادل الجبير والروسي سيرجي لافروف، وفق ما أعلنته وزارة الخارجية الروسية.",
     "2015-08-03", "meet", "اجتماعا", "كيري", "الجبير", "", "p"},
    /* snn-008114: a visit, a feminine adjective before the place */
    {"وقام وزير الدفاع الأمريكي أشتون كارتر بزيارة مفاجئة لبغداد امس ليتعرف بنفسه على تفاصيل الحملة على تنظيم داعش.",
     "2015-07-24", "visit", "بزيارة", "كارتر", "", "بغداد", "o"},
    /* snn-030725: a visit planned by يقوم, a date between the visitor and the noun */
    {"يقوم وزير الخارجية عادل الجبير اليوم بزيارة لموسكو يجري خلالها مباحثات مع الرئيس الروسي فلاديمير بوتين لمناقشة سبل التحرك السعودي الروسي لإيجاد حلول لأزمات المنطقة وخاصة الأزمة السورية في ضوء المتغيرات التي تشهدها الساحة السورية وقرب زيارة وفد الائتلاف السوري إلى موسكو بناء على دعوة رسمية روسية.",
     "2015-08-11", "visit", "بزيارة", "الجبير", "", "موسكو", "p"},
    /* snn-007608: a newspaper's call to an official: an interview, no meeting */
    {"أجرت «المدينة» اتصالا هاتفيا بنائب مدير مستشفى الدوادمي العام مرزرق العتيبي الذي أكد حدوث التبديل وقال إنه وصل إلى المستشفى حادثين مروريين منفصلين بينهما 3 ساعات فقط.",
     "2015-07-24", "meet", "اتصالا", NULL, "", "", ""},
    /* snn-003919: a visit to a person at home, no place named after the noun */
    {"قام محافظ شقراء بزيارة سلام ومعايدة للشيخ محمد العبدالله المانع مدير تعليم الوشم السابق في منزله بحضور جمع من المواطنين ومحافظ حريملاء سابقاً عبدالله القاسم ومدير التعليم السابق رئيس الجمعية الخيرية لتحفيظ القرآن الكريم عبدالرحمن بن عبدالعزيز العيد.",
     "2015-07-22", "visit", "بزيارة", NULL, "", "", ""},
};

int main(void)
{
    check_told_cases(cases, sizeof cases / sizeof *cases);
    return check_done("test_events_support_verbs");
}
