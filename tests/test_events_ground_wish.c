/* test_events_ground_wish.c — wish69 rule 1 (docs/EVENTS.md "Stop 58: wishes and calls are
 * not fights done (branch wish69)"): ground.c gives no fight of ground freed when a wish
 * (تمنوا) or an obligation (يجب) stands before the word in its sentence: تمنى، يجب، ينبغي،
 * لا بد joined "aguard" retake_plan (data/events.tsv), beside نأمل، يأمل، تهدف. A liberation
 * told as done keeps its row. Sentences of SaudiNewsNet articles outside
 * bench/recall/drawn.txt (lay68's fresh6882 rows 24 and 38, judged wrong). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

/* {text, published, the fight's word}: no fight */
static const char *const wished[][3] = {
    /* snn-005094: a wish */
    {"وعبر بعض الشبان المنتمين لمحافظات في الشمال عن رغبتهم في الالتحاق بالمقاومة في عدن والمحافظات الجنوبية وأيضًا في محافظة تعز الواقعة وسط البلاد، وتمنوا أن تشهد الأخيرة عملية تحرير هي الأخرى من قبضة المتمردين.",
     "2015-07-23 19:30:23", "تحرير"},
    /* snn-026298: a call */
    {"وشدد الميسري على ضرورة ملاحقة الميليشيات الحوثية في المحافظات الشمالية بعد أن تم دحرها في معظم محافظات الجنوب قائلا: «يجب دحر جماعة الحوثي من مختلف المحافضات والمدن في الشمال بعد أن تم طردها من الجنوب.",
     "2015-08-08 06:47:47", "دحر"},
};

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    /* snn-001612 (judge58 29): a liberation told as done keeps its fight */
    const char *done = "أصدر الرئيس اليمني عبد ربه منصور هادي قراراً جمهورياً بتعيين نايف البكري كمحافظ لعدن وذلك بعد طرد ميليشيات الحوثي منها.";
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t k = 0; k < sizeof wished / sizeof *wished; k++) {
        analyse(e, d, wished[k][0], wished[k][1]);
        CHECKF(event_at(d, wished[k][0], "fight", wished[k][2]) == NULL,
               "%s: a fight at «%s», want none (a wish or a call)", wished[k][0], wished[k][2]);
    }
    analyse(e, d, done, "2015-07-21 02:18:04");
    CHECKF(event_at(d, done, "fight", "طرد") != NULL, "%s: no fight at «طرد»", done);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_ground_wish");
}
