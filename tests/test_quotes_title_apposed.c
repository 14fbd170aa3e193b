/* test_quotes_title_apposed.c — holder59 (docs/EVENTS.md "Issue 16: a title speaker's holder
 * named elsewhere in the article (branch holder59, stop 51)", bench/holder59/rule.md): a person
 * name followed directly by its title of three words or more (عبدالله كامل مستشار محافظ أسيوط)
 * teaches the article that title → that person (entities/titles.c rule 2b), so a later or
 * earlier speaker given that title alone is the person; a two-word title after a name
 * (الزياني الأمين العام …) teaches nothing, so another holder of it keeps its own name.
 * Sentences of SaudiNewsNet articles outside bench/recall/drawn.txt (the article in the
 * comment); the first two wants fail at f7074e56 (the title is the speaker; in the third
 * the short text lets the dated table name Carter). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-011433: the title after the name, then the title alone speaks */
    {"أقدم أحد المسؤولين المصريين على عمل غريب، حيث قام عبدالله كامل مستشار محافظ أسيوط لشؤون الإعاقة، بفتح قبر والديه المتوفين والنوم بجانبهما لما يقرب من ساعة كاملة.\nوقال مستشار محافظ أسيوط: “إن ما فعله كان لأخذ العبرة والعظة من الموت” مضيفًا أن “الإنسان مهما فعل فمصيره إلى القبر”.",
     "إن ما فعله", "عبدالله كامل", 1},
    /* snn-013002: the title speaks first, the name with its title comes after */
    {"قال رئيس اتحاد الكاريبي لكرة القدم إن ميشيل بلاتيني المرشح لرئاسة الاتحاد الدولي (الفيفا) لم يحصل رسميا على تأييد منطقة أمريكا الشمالية والوسطى والكاريبي حتى الان.\nويملك اتحاد الكونكاكاف 35 صوتا في انتخابات رئاسة الفيفا المقررة في فبراير شباط المقبل لاختيار خليفة لسيب بلاتر وبينما ذكرت بعض التقارير ان الكونكاكاف أعلن دعمه لبلاتيني أبلغ جوردون ديريك رئيس اتحاد الكاريبي رويترز انه لم يحدث رسميا حتى الان.",
     "ميشيل بلاتيني", "جوردون ديريك", 1},
    /* snn-005215: «أشتون كارتر وزير الدفاع الأمريكي» (an object, its title apposed) */
    {"استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، في قصر السلام أمس، أشتون كارتر وزير الدفاع الأمريكي والوفد المرافق له. وأكد وزير الدفاع الأمريكي حرص الولايات المتحدة على تعزيز السلام والاستقرار في المنطقة.",
     "حرص الولايات", "أشتون كارتر", 1},
    /* snn-007116: «الزياني الأمين العام لمجلس التعاون» teaches no two-word pair; the other
       الأمين العام keeps his own name (the rule without its three-word guard gave الزياني) */
    {"استنكر الدكتور عبد اللطيف الزياني الأمين العام لمجلس التعاون لدول الخليج العربية، بشدة، تصريحات نوري المالكي نائب رئيس العراق تجاه السعودية، التي أدلى بها إلى إحدى محطات التلفزيون العراقية، واصفا تلك التصريحات بأنها غير مسؤولة واتهامات باطلة وشائنة لا تساعد على تعزيز العلاقات الخليجية - العراقية.\nواستنكر الأمين العام للمشروع العربي في العراق الشيخ خميس الخنجر هذه التصريحات، واصفا إياها بأنها «تخريب لعلاقات العراق مع أشقائه العرب»، وقال لـ«الشرق الأوسط» إن «المملكة السعودية وقفت وتقف مع العراق ضد الإرهاب»، مشيرا إلى أن «المالكي اقترف الكثير من الجرائم بحق الشعب العراقي».",
     "التصريحات", "خميس الخنجر", 1},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_title_apposed");
}
