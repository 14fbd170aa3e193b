/* test_quotes_title_m.c — err67 (docs/EVENTS.md "Stop 59: unseen35's errors, opened (branch
 * err67)"). Rule 1: «م.» (مهندس) is a one-letter courtesy title as «د.» is (data/events.tsv
 * lead 1 م): the subject after a cue steps over its point (وأكد م. المقبل أن). Rule 2: a subject
 * before its cue at the sentence's start past the point of «د.» or «م.» (qt_front_words:
 * د.أسامة قاضي …، قال). Before, «م.» gave no speaker when the recogniser named nobody after it,
 * and «د.X … قال» none. Sentences of SaudiNewsNet articles outside the recall set (the article
 * each is from in the comment). */
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
    /* snn-029459: rule 2, the subject before its cue */
    {"د.أسامة قاضي رئيس مجموعة عمل اقتصاد سوريا، قال لـ«الشرق الأوسط» إن محاذير هذا القرار "
     "تتركز في أن الشعب السوري لم يؤخَذ رأيه في الأمر.",
     "محاذير هذا القرار", "أسامة قاضي", 1},
};

int main(void)
{
    return check_wants(wants, sizeof wants / sizeof *wants, "test_quotes_title_m");
}
