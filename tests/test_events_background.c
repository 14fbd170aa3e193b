/* test_events_background.c — hist68 (docs/EVENTS.md "Stop 58: old deeds the rules give the
 * article's day (branch hist68)"): an event told in a background clause — a then-word in its
 * sentence (وحينها)، an after-clause (بعدما أطلقت)، a clause opening «وكان» without قد (وكان
 * النصر طلب) — happened before the report: with no date of its own it gets none, not the
 * article's day (told_before.c ev_told_background). Sentences of SaudiNewsNet articles outside
 * the recall set (bench/recall/drawn.txt) and the judged files (fresh draw seed 6868). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

static void test_background(const rasd_engine *e, rasd_doc *d)
{
    /* {text, published, type, date ("": null), dated, planned} */
    static const char *const cases[][6] = {
        /* snn-020743, rule 1: وحينها, the 1956 Suez attack */
        {"وحينها قامت فرنسا وبريطانيا وإسرائيل بالتنسيق فيما بينها لهجوم واسع على القوات المصرية في مدن القناة وشبه جزيرة سيناء.",
         "2015-08-06 18:51:49", "fight", "", "0", "0"},
        /* snn-013657, rule 2: بعدما أطلقت, Turkey's campaign of 24 Jul */
        {"والحادث هو الأخير في سلسة هجمات جاءت بعدما أطلقت تركيا حملة جوية لقصف مواقع لتنظيم الدولة الإسلامية في سوريا ولحزب العمال الكردستاني في شمال العراق.",
         "2015-07-31 03:47:09", "fight", "", "0", "0"},
        /* snn-014883, rule 3: وكان النصر طلب, no قد */
        {"وكان النصر طلب من اللاعب الانضمام لمعسكر الفريق بعد خوض المباراة النهائية، استعدادا لخوض مباراة السوبر السعودي أمام الهلال في العاصمة الإنجليزية لندن.",
         "2015-07-31 12:25:09", "appeal", "", "0", "0"},
        /* snn-022758, rule 3: وكانت الولايات المتحدة اتفقت (23 Jul, «مؤخرًا») */
        {"وكانت الولايات المتحدة اتفقت مع تركيا مؤخرًا على اقامة «منطقة خالية من تنظيم داعش» في شمال سوريا، وقال مسؤول كبير في الادارة الامريكية طلب عدم كشف هويته أن تفاصيل هذه المنطقة «يجب أن تحدد».",
         "2015-08-06 01:37:30", "agree", "", "0", "0"},
        /* negative, snn-021262: وكان في استقبالهم, كان the verb: the article's day as before */
        {"وقد وصل كافة منسوبي الفريق بقيادة قائد الفريق المقدم الطيار موسى الفيفي، وكان في استقبالهم مدير مطار الباحة بالإنابة المهندس فيحان الغامدي، ومن إدارة العلاقات العامة والإعلام بإمارة منطقة الباحة وليد الخاطر، وعدد من منسوبي مطار الباحة.",
         "2015-08-06 01:35:52", "host", "2015-08-06", "0", "0"},
    };
    check_event_dates(e, d, cases, sizeof cases / sizeof *cases);
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_background(e, d);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_background");
}
