/* test_events_told_before.c — hist50 (docs/EVENTS.md "Issue 16: past events told as the
 * article's (branch hist50, stop 42)"): an event with «سبق أن» before its word in its
 * clause, or «كان … قد» right before its verb, happened before the article: with no date of
 * its own it gets none, not the article's day (told_before.c). Sentences of SaudiNewsNet articles
 * outside the recall set (bench/recall/drawn.txt) and the judged files. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

static void test_told_before(const rasd_engine *e, rasd_doc *d)
{
    /* {text, published, type, date ("": null), dated, planned} */
    static const char *const cases[][6] = {
        /* snn-013200: سبق أن before the appeal */
        {"وجاءت موجة الحر الشديد التي تشهدها المنطقة لتفاقم أزمة التلوث وانتشار الأمراض والأوبئة في المناطق المحاصرة، وسبق أن ناشدت الهيئة الطبية العامة في جنوب دمشق المنظمات الإنسانية والأممية للمساعدة في إنقاذ حياة المصابين ومنع تفشي الوباء.",
         "2015-07-31 04:31:55", "appeal", "", "0", "0"},
        /* snn-018913: the pluperfect كانت … قد اتهمت */
        {"وكانت عائلة تقطن مركز مسكة قد اتهمت الوافد بسحرهم وتم القبض عليه واعترف في بادئ الأمر لكنه سرعان ما غيّر أقواله في محكمة الرس.",
         "2015-08-03 20:34:23", "accuse", "", "0", "0"},
        /* snn-027358: كان المدرب … قد طلب */
        {"وكان المدرب الاورجواني خورخي داسيلفا قد طلب من الادارة ضرورة إبعاد لاعب الوسط أحمد عباس عن القائمة التي سيستغني عنها في المرحلة المقبلة.",
         "2015-08-09 17:52:34", "appeal", "", "0", "0"},
        /* negative, snn-005106: وقد with no كان before it: the article's day as before */
        {"وقد اتهمت أوساط سياسية في تل أبيب، حكومة نتنياهو على الحملة المنظمة ضد أوروبا بسبب محاولاتها دفع عملية السلام.",
         "2015-07-23 19:30:40", "accuse", "2015-07-23", "0", "0"},
    };
    check_event_dates(e, d, cases, sizeof cases / sizeof *cases);
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_told_before(e, d);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_told_before");
}
