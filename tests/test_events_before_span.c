/* test_events_before_span.c — wrong55 (docs/EVENTS.md "Issue 16: judge49's wrong rows (branch
 * wrong55, stop 47)"): an event noun after «قبل <a count of days, months or years> من» is
 * planned, still to come as seen from the sentence (src/events/before_span.c). Sentences of
 * SaudiNewsNet articles outside the recall set (bench/recall/drawn.txt). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

/* {text, published, trigger, planned "0"/"1"}: the visit at trigger has that status. */
static void check_visits(const rasd_engine *e, rasd_doc *d, const char *const (*cases)[4],
                         size_t n)
{
    for (size_t k = 0; k < n; k++) {
        analyse(e, d, cases[k][0], cases[k][1]);
        const rasd_event *ev = event_at(d, cases[k][0], "visit", cases[k][2]);
        CHECKF(ev && ev->planned == (cases[k][3][0] == '1'), "%s: visit %s planned=%s (got %d)",
               cases[k][0], cases[k][2], cases[k][3], ev ? ev->planned : -1);
    }
}

int main(void)
{
    static const char *const cases[][4] = {
        /* snn-013166: Fabius's visit to Tehran is two days ahead of the meeting told */
        {"إلى ذلك، قالت مصادر فرنسية إن لقاء وزير الخارجية اليمني رياض ياسين مع نظيره الفرنسي لوران فابيوس يكتسب أهمية خاصة لأنه يأتي قبل يومين فقط من زيارة فابيوس إلى طهران.",
         "2015-07-31 04:31:04", "زيارة", "1"},
        /* snn-013318 (judge49's row 40): Xi's visit to Britain, in October */
        {"ويأتي رفض إصدار تأشيرة دخول طويلة قبل ثلاثة أشهر من زيارة الرئيس الصيني شي جين بينغ إلى بريطانيا وهو ما قد يثير انتقادات ضد حكومة رئيس الوزراء ديفيد كاميرون التي واجهت اتهامات بإعلاء التجارة على حقوق الإنسان في التعامل مع الصين.",
         "2015-07-31 04:36:25", "زيارة", "1"},
    };
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    check_visits(on, d, cases, sizeof cases / sizeof *cases);
    rasd_doc_free(d);
    rasd_engine_close(on);
    return check_done("test_events_before_span");
}
