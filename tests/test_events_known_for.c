/* test_events_known_for.c — fix55 (docs/EVENTS.md "Issue 16: judge54's wrong forms (branch
 * fix55, stop 52)", item 3): an event's noun carrying ب right after "known for" (data/events.tsv
 * "aguard known_for": عُرف، المعروف، اشتهر) is what someone is known for, a habit or a
 * reputation, no event (report_guards.c known_for, both paths). The corpus outside
 * bench/recall/drawn.txt has one such row in the default output (judge54's event row 60,
 * snn-025130); the case fails at cad64897 (a criticize event of «الجنيد»), in both modes. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

int main(void)
{
    /* {text, published, trigger}: no criticize event at the trigger */
    static const char *const cases[][3] = {
        /* snn-025130: a rights activist known for criticising the Houthis on Twitter */
        {"والجنيد (66 سنة) طبيب وناشط حقوقي، عُرف بانتقاده للحوثيين على «تويتر»، خصوصًا منذ أن سيطروا على القصر الرئاسي في العاصمة صنعاء مطلع العام، وعلّق كثيرًا على هجماتهم العسكرية على تعز.",
         "2015-08-08 06:57:08", "بانتقاده"},
    };
    static const int modes[] = {RASD_TRIGGERS_DEFAULT, RASD_TRIGGERS_ALL};
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t m = 0; m < sizeof modes / sizeof *modes; m++) {
        rasd_engine *e = mode_engine(modes[m]);
        check_no_event_at(e, d, "criticize", cases, sizeof cases / sizeof *cases);
        rasd_engine_close(e);
    }
    rasd_doc_free(d);
    return check_done("test_events_known_for");
}
