/* test_events_freed_town.c — vio67 (stop 57; docs/EVENTS.md "Stop 57: the read parts' missed
 * assaults and fights, classed across parts (branch vio67)"; bench/vio67/rule_2.md): a town's
 * liberation named as a time (بعد/منذ/عقب تحرير + a place, no armed group) is a fight with no
 * actor at that place, dated only by its own clause (src/events/ground.c freed_town_at).
 * Sentences of SaudiNewsNet articles outside the recall set (the article in the comment), rows
 * of the fresh check (seed 5772). Before the rule none gave a fight. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* The number of fights rasd gives for text published on day; each checked for its place,
 * no actor, its date and its status. */
static size_t fights(rasd_engine *en, const char *text, const char *day, const char *place,
                     const char *date)
{
    rasd_doc *d;
    size_t n, k = 0;
    const rasd_event *ev;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    analyse(en, d, text, day);
    ev = rasd_doc_events(d, &n);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(ev[i].type, "fight") != 0)
            continue;
        k++;
        CHECKF(ev[i].place_name && strstr(ev[i].place_name, place),
               "the fight's place is %s, want %s", ev[i].place_name ? ev[i].place_name : "-",
               place);
        CHECKF(ev[i].nactors == 0, "the fight has %zu actors, want none", ev[i].nactors);
        CHECKF(strcmp(ev[i].date, date) == 0, "the fight is dated '%s', want '%s'", ev[i].date,
               date);
        CHECKF(!ev[i].planned, "the fight is planned, want occurred");
    }
    rasd_doc_free(d);
    return k;
}

int main(void)
{
    rasd_engine *en = mode_engine(RASD_TRIGGERS_DEFAULT);
    /* snn-010877: named as a time, no date of its own: undated, never the article's day */
    CHECK(fights(en, "وبعد تحرير عدن، تدفقت مواد الإغاثة والمواد الطبية على المدينة، بعد أن "
                     "كانت متوقفة طيلة فترة العدوان الحوثي، وانخفضت أسعار السلع بشكل كبير.",
                 "2015-07-26", "عدن", "") == 1);
    /* snn-014925: مدينة before the place; its clause's date (في 14 يوليو الحالي) */
    CHECK(fights(en, "ما يؤكد استفادة المقاومة من الدعم العسكري النوعي الذي قدمته دول التحالف "
                     "العربي بعد تحرير مدينة عدن في 14 يوليو الحالي.",
                 "2015-07-31", "عدن", "2015-07-14") == 1);
    /* snn-027610: prices freed, no place: none */
    CHECK(fights(en, "وبعد تحرير أسعار الوقود يلزم التنبه إلى أحوال المواطنين من ذوي الدخل "
                     "المحدود وتقديم إعانات سنوية مرتبطة بالوقود.", "2015-08-09", "", "") == 0);
    rasd_engine_close(en);
    return check_done("test_events_freed_town");
}
