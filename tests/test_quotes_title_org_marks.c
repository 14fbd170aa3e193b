/* test_quotes_title_org_marks.c — fix56 (docs/EVENTS.md "Issue 16: quote forms stop 52 left
 * (branch fix56, stop 53)"): an organisation's name in marks inside the speaker's title
 * (المدير العام لـ«شركة …»، أن …) is no direct quote of the cue; the cue's content is what
 * follows the title. Before, the marks were the cue's quote and its أن-clause was lost.
 * Sentences of SaudiNewsNet articles outside the recall set (the article in the comment). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-000383: أكد X، المدير العام لـ«…»، أن */
    {"وفي صلب الموضوع، أكد إيهاب طبارة، المدير العام لـ«شركة مخزن الخليج لبيع مواد البناء»، أن حجم سوق مواد البناء يصل إلى ملياري دولار، مع أنه لا يزال يستوعب كثيرا بسبب التوجه الحكومي للمشروعات.",
     "حجم سوق", "إيهاب طبارة", 1},
};

static const not_want nots[] = {
    /* snn-000383 */
    {"وفي صلب الموضوع، أكد إيهاب طبارة، المدير العام لـ«شركة مخزن الخليج لبيع مواد البناء»، أن حجم سوق مواد البناء يصل إلى ملياري دولار، مع أنه لا يزال يستوعب كثيرا بسبب التوجه الحكومي للمشروعات.",
     "شركة مخزن"},
    /* snn-000082: قال الأمين العام لـ«…»، وهو …، الدكتور X: «…» */
    {"وردا على خطاب كاميرون، قال الأمين العام لـ«المجلس الإسلامي في بريطانيا»، وهو من الجمعيات الإسلامية في البلاد، الدكتور شجاع شافي: «نحن نؤيد قائمة التدابير على الأدلة السليمة التي تواجه الإرهاب بشكل فعال».",
     "المجلس الإسلامي"},
};

int main(void)
{
    return check_wants_nots(wants, sizeof wants / sizeof *wants, nots, sizeof nots / sizeof *nots,
                            "test_quotes_title_org_marks");
}
