/* test_events_stance_subject.c — lay66 (docs/EVENTS.md "Issue 16: judge57's event forms
 * (branch lay66, stop 56)", item 1): a criticism's noun after «عن» of a stance verb
 * (data/events.tsv aguard stance_verb: أعرب، عبر، أبدى), or coordinated by و with the noun
 * after it (عن شجبها واستنكارها), is the verb's subject's: the trigger layer gives it that
 * subject as actor (triggers.c stance_subject), where it had none. Sentences of SaudiNewsNet
 * articles outside bench/recall/drawn.txt, rows of lay66's fresh check (seed 6601); both fail
 * on the start build (no actor). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

/* {text, published, the actor the criticism must have} */
static const char *const stance[][3] = {
    /* snn-025489 */
    {"أعربت الحكومة الليبية المؤقتة عن شجبها واستنكارها للعمل الإرهابي الذي استهدف مسجد قوات الطوارئ بعسير وأسفر عن سقوط عدد من الشهداء والجرحى في صفوف المصلين.",
     "2015-08-08 07:07:31", "الحكومة الليبية"},
    /* snn-023065 */
    {"كما أعربت دولة قطر عن إدانتها واستنكارها للتفجير الإجرامي الذي استهدف مسجداً في مقر قوات الأمن بمنطقة عسير، وأسفر عن وقوع عدد من الشهداء من قوات الأمن والعاملين في الموقع وإصابة آخرين.",
     "2015-08-06 22:30:25", "قطر"},
};

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t k = 0; k < sizeof stance / sizeof *stance; k++) {
        analyse(e, d, stance[k][0], stance[k][1]);
        const rasd_event *ev = event_at(d, stance[k][0], "criticize", "*");
        CHECKF(ev != NULL, "case %zu: not one criticize row", k);
        CHECKF(ev && ev->nactors > 0 && strcmp(ev->actor_name[0], stance[k][2]) == 0,
               "case %zu: first actor «%s», want «%s»", k,
               ev && ev->nactors ? ev->actor_name[0] : "", stance[k][2]);
    }
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_stance_subject");
}
