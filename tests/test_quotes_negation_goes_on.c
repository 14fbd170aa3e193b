/* test_quotes_negation_goes_on.c — speakers46 (docs/EVENTS.md "Issue 16: the empty speakers of the
 * read parts (branch speakers46, stop 39)"): a verb with و right after a speaker's statement whose
 * next word is a negation (وقال لم نتلق …) is that speaker going on, not someone unknown: the
 * speaker stays for what follows; not a verb with a preposition after it (وشدد في ذلك). Sentences
 * of SaudiNewsNet articles outside the recall set (the article each is from in the comment). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-028378: وقال لم نتلق right after Badghish's statement; was nobody */
    {"واعتبر رئيس نادي القادسية عبدالله بادغيش أن الفريق جاهز للموسم. ونفى بادغيش في نهاية التصريح وجود مفاوضات مع ادارة ناديه لبعض لاعبي فريقه وقال لم نتلق اي خطاب رسمي يتضمن طلب لاعبين من فريقنا ، موضحا ان ادارة معدي الهاجري متمسكة بجميع لاعبي الفريق.",
     "ادارة معدي الهاجري", "عبدالله بادغيش", 1},
    /* snn-004043: واضاف لا أعلم …، ويشير إلى أن: no quote before */
    {"غضب وعبوس وأكد أبو عبدالمجيد -موظف متقاعد- أن العيد فرصة لنبذ القطيعة والفرقة وتصفية القلوب، واضاف لا أعلم كيف تفرح تلك القلوب بالعيد؟ فمن يحمل العداوة يبقى كما هو ولا يؤثر فيه التسامح أو الزيارة، ويشير إلى أن هذه النوعية لا يجدي معها التواصل والزيارة بل إنه يتمادى في تعاليه وكبريائه.",
     "هذه النوعية", "أبو عبدالمجيد", 1},
    /* negative: a preposition after the verb, the Prophet's words after it, not the
       statement's (snn-009198) */
    {"ويضيف البيان: لقد حفظ الإسلام للمسلمين أموالهم وأعراضهم وأبدانهم وحرم انتهاكها وشدد في ذلك وكان من آخر ما بلغ به النبي صلى الله عليه وسلم أمته، فقال في خطبة حجة الوداع «إن دماءكم وأموالكم وأعراضكم عليكم حرام كحرمة يومكم هذا في شهركم هذا في بلدكم هذا»",
     "إن دماءكم", "", 0},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_negation_goes_on");
}
