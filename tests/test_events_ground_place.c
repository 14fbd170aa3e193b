/* test_events_ground_place.c — place73 (docs/EVENTS.md "Stop 60: a place taken given as an
 * actor (branch place73)"). A verb of ground that takes ground (aguard ground_take: سيطر،
 * استولى، استعاد، حرر) gave the place it took as a second actor, and no place: «بأن المقاومة
 * سيطرت على وادي عقان» → actors المقاومة and وادي عقان. The place is now the event's place and
 * the force its only actor (ground_place.c); such an event folds only into one at that place,
 * so the Houthis' seizures of Aden and of Sanaa stay two. Sentences of SaudiNewsNet articles
 * outside the recall set (the article each is from in the comment). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* The fights of d whose actors hold force and none holds place, at a place named place. */
static size_t taken_at(const rasd_doc *d, const char *force, const char *place)
{
    size_t n, hits = 0;
    const rasd_event *ev = rasd_doc_events(d, &n);
    for (size_t i = 0; i < n; i++) {
        int has_force = 0, has_place = 0;
        if (strcmp(ev[i].type, "fight") != 0)
            continue;
        for (size_t k = 0; k < ev[i].nactors; k++) {
            has_force |= strstr(ev[i].actor_name[k], force) != NULL;
            has_place |= strstr(ev[i].actor_name[k], place) != NULL;
        }
        hits += has_force && !has_place && ev[i].place_name &&
                strstr(ev[i].place_name, place) != NULL;
    }
    return hits;
}

int main(void)
{
    /* {text, published, the force, the place taken, fights wanted} */
    static const char *const cases[][5] = {
        /* snn-005272 */
        {"أفاد مصدر من المقاومة الشعبية اليمنية، أمس الأربعاء بأن المقاومة سيطرت على وادي عقان "
         "في مدينة لحج جنوبي البلاد وقطعت طرق الإمداد على قاعدة العند الجوية بين تعز ولحج.",
         "2015-07-23", "المقاومة", "عقان", "1"},
        /* snn-019892 */
        {"من الجدير بالذكر أن الحوثيين استولوا على قاعدة العند  في آذار/ مارس 2015، وقبضوا على "
         "وزير الدفاع محمود الصبيحي فيها.",
         "2015-08-04", "الحوثي", "العند", "1"},
        /* snn-007023: Aden in March, Sanaa in September: two seizures, not one */
        {"وسيطر الحوثيون المتحالفون مع وحدات للجيش موالية للرئيس السابق علي عبد الله صالح على عدن "
         "في مارس آذار وأبريل نيسان في بداية الحرب المستمرة منذ أربعة أشهر. وفر هادي ومساعدوه "
         "إلى الرياض فيما اقتربت قوات الحوثيين التي سيطرت على صنعاء في سبتمبر أيلول من عدن.",
         "2015-07-24", "الحوثي", "صنعاء", "1"},
    };
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *const *c = cases[i];
        size_t got;
        analyse(on, d, c[0], c[1]);
        got = taken_at(d, c[2], c[3]);
        CHECKF(got == (size_t)(c[4][0] - '0'), "%s\n  fights of %s at %s: got %zu, want %s",
               c[0], c[2], c[3], got, c[4]);
    }
    rasd_doc_free(d);
    rasd_engine_close(on);
    return check_done("test_events_ground_place");
}
