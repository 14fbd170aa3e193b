/* test_events_fronted_day.c — fix57 (docs/EVENTS.md "Issue 16: event forms stop 52 left
 * (branch fix57, stop 53)", item 3): a day that opens its sentence, reached from its start by
 * و and في alone («وفي يوم الاثنين 23 مارس هنأ …، وهنأ …، واستقبل …»), is the day of the deeds
 * the sentence lists when no nearer date reaches them (event_when.c fronted_day). Two
 * sentences of snn-000481 (a review of a reign's first hundred days, outside
 * bench/recall/drawn.txt; judge54's events 26 and 27 are its rows): at the stop's start and
 * after item 2 (70955cca) the hosting and the visit were dated at the article's day,
 * 2015-07-21. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

static const char review[] =
    "وفي يوم الاثنين 23 مارس هنأ الرئيس الباكستاني بذكرى اليوم الوطني لبلاده، وهنأ رئيس ناميبيا بذكرى يوم الاستقلال لبلاده، واستقبل وزير الخارجية البريطاني.\nوفي يوم الأربعاء 25 مارس هنأ رئيس جمهورية بنغلاديش بذكرى استقلال بلاده، وعقد جلسة مباحثات مع الرئيس السوداني، وعزى رئيس ألمانيا في ضحايا تحطم الطائرة، وهنأ سلطان عمان بمناسبة عودته من رحلته العلاجية، وزار المفتي وعزاه في وفاة والدته رحمها الله.";

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    const rasd_event *ev;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    analyse(e, d, review, "2015-07-21 10:53:05");
    ev = event_at(d, review, "host", "واستقبل");
    CHECKF(ev && strcmp(ev->date, "2015-03-23") == 0 && ev->dated == 1,
           "«وفي يوم الاثنين 23 مارس … واستقبل»: dated %s, want 2015-03-23",
           ev ? ev->date : "(no event)");
    ev = event_at(d, review, "visit", "وزار");
    CHECKF(ev && strcmp(ev->date, "2015-03-25") == 0 && ev->dated == 1,
           "«وفي يوم الأربعاء 25 مارس … وزار»: dated %s, want 2015-03-25",
           ev ? ev->date : "(no event)");
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_fronted_day");
}
