/* test_events_strikes_present.c — seeds50 (docs/EVENTS.md "Issue 16: the seeds' missed events"): a
 * noun of air strikes or raids, its relative pronoun and a present verb of doing with the
 * noun's pronoun, then its doer, is a fight by that doer (data/events.tsv, fight 5: الغارات
 * التي يشنها الجيش التركي، ضربات جوية يشنها التحالف العربي), as the past forms were
 * (evbreadth: الغارات التي شنتها); a noun of no force before the same verb (البرامج التي
 * ينفذها) is none. Sentences of SaudiNewsNet articles outside the recall set
 * (bench/recall/drawn.txt), from the branch's fresh draws (seeds 5042, 5043). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

/* {text, published, a word of the fight's first actor's name} */
typedef const char *const fight_case[3];

/* Whether d's last analysis has a fight whose first actor's name holds word. */
static int fight_by(const rasd_doc *d, const char *word)
{
    size_t n;
    const rasd_event *ev = rasd_doc_events(d, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(ev[i].type, "fight") == 0 && ev[i].nactors > 0 && ev[i].actor_name[0] &&
            strstr(ev[i].actor_name[0], word))
            return 1;
    return 0;
}

static void test_waged(const rasd_engine *e, rasd_doc *d)
{
    static fight_case cases[] = {
        /* snn-015933 (2015-08-01): the Turkish army's raids, present tense */
        {"كما دعا برازاني إلى سلام بين الحزب وتركيا، مؤكدا في بيان له أن دعوته «PKK» لترك قواعده بكردستان والعودة إلى معاقله الأولي بجبال قنديل جنوب تركيا، جاءت لتفادي وقوع ضحايا مدنيين في الغارات التي يشنها الجيش التركي والتي أدت لمقتل 260 كرديا.",
         "2015-08-01 20:39:01", "التركي"},
        /* snn-027719 (2015-08-10): an indefinite noun, its verb with no relative pronoun */
        {"وسيطر رجال قبائل مسلحون ومتشددون اسلاميون من السنة موالون لحكومة الرئيس عبد ربه منصور هادي على هذه المناطق في اشتباكات عنيفة مع الحوثيين الشيعة في أحدث مكاسب يحققونها باتجاه الشمال بمساندة ضربات جوية يشنها التحالف العربي وأسلحها يقدمها للمقاتلين.",
         "2015-08-10 20:58:16", "التحالف"},
        /* snn-027743 (2015-08-10) */
        {"وسيطر رجال قبائل وموالون للحكومة الشرعية، على هذه المناطق وسط اشتباكات عنيفة مع المتمردين الحوثيين، في أحدث مكاسب يحققونها في الشمال بمساندة ضربات جوية يشنها التحالف العربي.",
         "2015-08-10 18:43:28", "التحالف"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        analyse(e, d, cases[k][0], cases[k][1]);
        CHECKF(fight_by(d, cases[k][2]), "%s: no fight by «%s»", cases[k][0], cases[k][2]);
    }
}

static void test_not_force(const rasd_engine *e, rasd_doc *d)
{
    /* snn-010001: a noun of no force before ينفذها (a relief centre's programmes) */
    static const char *const text =
        "يذكر أن سفينة درب الخير هي جزء من منظومة متكاملة لقوافل وجسور إغاثية ومساعدات إنسانية بحرية وبرية وجوية وجزء من البرامج التي ينفذها مركز الملك سلمان للاغاثة والأعمال والإنسانية.";
    analyse(e, d, text, "2015-07-26 17:11:39");
    CHECKF(event_at(d, text, "fight", "*") == NULL, "%s: a fight", text);
}

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_waged(e, d);
    test_not_force(e, d);
    /* the rules' form: the same with the trigger layer off */
    rasd_engine *none = mode_engine(RASD_TRIGGERS_NONE);
    test_waged(none, d);
    rasd_engine_close(none);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_strikes_present");
}
