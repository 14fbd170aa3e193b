/* test_events_appeal_present_ahaba.c — err60's test (docs/EVENTS.md "Issue 16: unseen28's missed
 * rows, classed and fixed where they recur (branch err60, stop 52)"), brought back with its
 * change at stop 60 by hyb73 ("Stop 60: err60's present «يهيب» appeal, measured again"): the
 * present of أهاب (يهيب، تهيب) is an authority's appeal to the public (data/events.tsv err60's
 * block), unlike the present of the other verbs of appeal; unvocalised it is also the verbal
 * noun تهيُّب "awe", so it appeals only with its addressee, a ب-word or إلى, within a few words
 * after it (aguard appeal_or_awe, events.c awe()). Sentences of SaudiNewsNet articles outside
 * the recall set (the article each is from in the comment). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

int main(void)
{
    /* {text, published, the trigger, the first actor ("": no appeal there), the second actor
     * ("": none needed)} */
    static const char *const cases[][5] = {
        /* snn-019416: a ministry right after the verb, its addressee with ب */
        {"وتهيب وزارة التعليم بمستخدمي مواقع التواصل الاجتماعي أن يكونوا عونًا للوزارة والوطن، "
         "تجنب أن يكون القرآن الكريم مادة للتجاذبات المتطرفة.",
         "2015-08-04", "وتهيب", "وزارة التعليم", ""},
        /* snn-008934: two bodies coordinated, the addressee four words on */
        {"وتهيب أمانة المنطقة وإدارة المرور بالإخوة المواطنين والمقيمين أخذ الحيطة والحذر "
         "والالتزام بمسار التحويلة المرورية المبينة.",
         "2015-07-25", "وتهيب", "أمانة المنطقة", ""},
        /* snn-011856: the verbal noun "awe", no addressee before the comma: no appeal */
        {"لا أظن أنه نقل عن ملك قول في احترام العلم وتهيب العلماء، مثل قول الملك عبدالعزيز آل "
         "سعود، إنه كلما رأى الشيخ عبدالله بن عبداللطيف آل الشيخ: «تصبّب العرق من إبطي» من "
         "هيبة العلم واحترام العالم.",
         "2015-08-02", "وتهيب", "", ""},
    };
    check_appeal_cases(cases, sizeof cases / sizeof *cases);
    return check_done("test_events_appeal_present_ahaba");
}
