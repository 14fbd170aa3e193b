/* test_events_clash_between.c — fight53 (docs/EVENTS.md "Issue 16: clashes with words before بين,
 * and an advance told by تقدم"): a clash noun or phrase whose بين comes after words of the
 * closed list clash_gap, a day or a comma reads its sides after بين (clash_between.c f53_clash,
 * ev_gap_between); تقدم with a force after it is an advance before a word of direction
 * (ev_advance_doer_ok), not after منع nor without such a word. Sentences of SaudiNewsNet articles
 * outside the recall set (bench/recall/drawn.txt). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

/* {text, published, the event's word, its first actor} */
typedef const char *const fight_case[4];

static void test_found(const rasd_engine *e, rasd_doc *d)
{
    static fight_case cases[] = {
        /* snn-027356: a clash phrase (اندلعت اشتباكات), a day and a comma before بين */
        {"أما في ريف حمص الشرقي، فقد اندلعت اشتباكات أمس، بين تنظيم داعش وقوات الأسد في محيط مستودعات مهين على أطراف قرية مهين، فيما اغتنم التنظيم 6 دبابات، وكمية كبيرة من الأسلحة والذخائر.",
         "2015-08-09 17:52:33", "اندلعت اشتباكات", "الدولة الإسلامية"},
        /* snn-019532: an advance toward */
        {"من جانبه أفاد مصدر في المقاومة الشعبية اليمنية بأن عملية تحرير مدينة تعز باتت قريبة بعد تقدم المقاومة نحو مواقع عدة كانت في قبضة الحوثيين وقوات الرئيس اليمني السابق على عبدالله صالح.",
         "2015-08-04 18:15:21", "تقدم", "المقاومة"},
        /* snn-016493: an advance in a place */
        {"إلى ذلك، قال قائد الشرطة الاتحادية الفريق رائد شاكر جودت لـ«الشرق الأوسط» إن القوات الأمنية قتلت 10 من عناصر تنظيم داعش، بينهم انتحاري وثلاثة قناصين، خلال تقدم القوات الأمنية في المحور الشرقي لمدينة الرمادي.",
         "2015-08-02 23:05:34", "تقدم", "القوات الأمنية"},
    };
    check_first_actors(e, d, "fight", cases, sizeof cases / sizeof *cases);
}

/* Negative: another word before بين (a border, the dead counted «بين قتيل وأسير»); an advance
 * stopped (منع تقدم), or with no word of direction after its force. */
static void test_none(const rasd_engine *e, rasd_doc *d)
{
    static const char *const cases[][3] = {
        /* snn-000455 */
        {"وكان قد سقط في هذه المعارك المئات من أبناء الشعيطات بين قتيل وأسير.",
         "2015-07-21 10:51:38", "*"},
        /* snn-010084: stall */
        {"وقال عذال الفهداوي، عضو المجلس، في حديث لـ«الشرق الأوسط»، إن «تنظيم داعش بات يستخدم العوائل المحاصرة داخل مدينة الفلوجة كدروع بشرية من أجل منع تقدم قوات الجيش إلى داخل المدينة».",
         "2015-07-26 17:05:19", "تقدم"},
        /* snn-000110: no word of direction after the force */
        {"وجاء في الخبر أن ما حدث في عدن اعتبر «صفعة للحوثيين»، وأن الحوثيين «فوجئوا» بتقدم القوات الشعبية، وأن قوات المقاومة الشعبية سيطرت، على عدن، .",
         "2015-07-21 02:55:20", "بتقدم"},
    };
    check_no_event_at(e, d, "fight", cases, sizeof cases / sizeof *cases);
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_found(e, d);
    test_none(e, d);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_clash_between");
}
