/* test_events_future_copula.c — fix60 (docs/EVENTS.md "Issue 16: judge55's event forms"): the
 * future of كان before an event's word in its clause (data/events.tsv "plan" 1: سيكون، ستكون،
 * سنكون …) makes the event planned: what is to be, not what was (event_when.c
 * ev_planned_by_words). Sentences of SaudiNewsNet articles outside the recall set: the one row
 * fix60's whole-pool fresh check (seed 6254) changed, and judge55's 39. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

int main(void)
{
    /* {text, published, type, date ("": null), dated, planned} */
    static const char *const cases[][6] = {
        /* snn-005873: a meeting to come */
        {"وسيكون اجتماع المشرف العام على الفريق منصور البلوي مع بولوني الذي يعيش حاليا مرحلة جمع المعلومات والتقييم العام لوضع الفريق مهما لحسم ملف اللاعبين الأجانب.",
         "2015-07-23 19:11:21", "meet", "2015-07-23", "0", "1"},
        /* snn-025091 (judge55's 39, the trigger layer's row): a reception to come */
        {"من جهته، أعلن وزير الخارجية الفرنسي لوران فابيوس في بيان أن الرهينة الفرنسية باتت «في أفضل حالة ممكنة» بعد إطلاق سراحها و«سنكون سعداء باستقبالها بحضور رئيس الجمهورية وعائلتها في مطار فيلاكوبليه» الباريسي.",
         "2015-08-08 06:55:10", "host", "2015-08-08", "0", "1"},
    };
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    check_event_dates(e, d, cases, sizeof cases / sizeof *cases);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_future_copula");
}
