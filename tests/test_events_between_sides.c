/* test_events_between_sides.c — lay66 (docs/EVENTS.md "Issue 16: judge57's event forms
 * (branch lay66, stop 56)", item 3): a clash's first side after «بين» given by a description
 * with a name right after it that describes it further (المتمردين الحوثيين، المسلحين
 * الحوثيين) keeps the second side joined by و (events.c side_end; judge57's 27 had only
 * «المتمردين»). Sentences of SaudiNewsNet articles outside bench/recall/drawn.txt, two rows
 * of lay66's fresh check (seed 6603); both fail on the start build (one side). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

/* {text, published, the fight's trigger, its second side} */
static const char *const sides[][4] = {
    /* snn-017736 */
    {"وانطلقت هذه القوات من عدن التي استُعيدت في منتصف يوليو (تموز)، بعد معارك عنيفة بين المتمردين الحوثيين والقوات الموالية للرئيس عبد ربه منصور هادي، وذلك بهدف قطع طرق إمداد الحوثيين إلى الجنوب.",
     "2015-08-04 05:26:40", "معارك عنيفة بين", "القوات الموالية"},
    /* snn-011561 */
    {"وقامت بالقصف بشكل عشوائي على أحياء متفرقة في حي الروضة، ما أدى إلى مقتل مدنيين، في حين اندلعت اشتباكات عنيفة بين المسلحين الحوثيين والمقاومة الشعبية المؤيدة لشرعية الرئيس هادي.",
     "2015-07-28 10:00:00", "اندلعت اشتباكات", "المقاومة الشعبية"},
};

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t k = 0; k < sizeof sides / sizeof *sides; k++) {
        analyse(e, d, sides[k][0], sides[k][1]);
        const rasd_event *ev = event_at(d, sides[k][0], "fight", sides[k][2]);
        int found = 0;
        CHECKF(ev != NULL, "case %zu: no fight row at «%s»", k, sides[k][2]);
        for (size_t a = 0; ev && a < ev->nactors; a++)
            found |= strcmp(ev->actor_name[a], sides[k][3]) == 0;
        CHECKF(found, "case %zu: no side «%s» (%zu actors)", k, sides[k][3],
               ev ? ev->nactors : 0);
    }
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_between_sides");
}
