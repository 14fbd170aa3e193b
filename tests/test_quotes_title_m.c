/* test_quotes_title_m.c — err67 (docs/EVENTS.md "Stop 59: unseen35's errors, opened (branch
 * err67)"). Rule 1: «م.» (مهندس) is a one-letter courtesy title as «د.» is (data/events.tsv
 * lead 1 م): the subject after a cue steps over its point (وأكد م. المقبل أن). Before, «م.» gave
 * no speaker when the recogniser named nobody after it. (Rule 2, «د.X … قال», was not kept by
 * the lead: bench/err67/rule2_unkept.patch.) Sentences of SaudiNewsNet articles outside the
 * recall set (the article each is from in the comment). */
#include "speaker_want.h"

static const want wants[] = {
    /* snn-025742 */
    {"وأكد م. المقبل أن هذا العمل الإرهابي الذي استهدف بيتًا من بيوت الله لا يمثل الإسلام بأي "
     "شكل من الأشكال.",
     "هذا العمل الإرهابي", "المقبل", 0},
    /* snn-027050 */
    {"وأضاف م. الملحم بأن كل هذه البرامج والخطط يتم تنفيذها وفق ما قامت وتقوم به الامانة من "
     "برامج ومشروعات التنمية في مدن الحاضرة.",
     "كل هذه البرامج", "الملحم", 0},
    /* snn-016696: the point written against the name */
    {"وأشار م.القحطاني إلى أن القرار الوزاري حدد (10) دوائر انتخابية لكل أمانة من أمانات "
     "الرياض.",
     "القرار الوزاري", "القحطاني", 1},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_title_m");
}
