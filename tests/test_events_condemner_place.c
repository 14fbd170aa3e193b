/* test_events_condemner_place.c — lay66 (docs/EVENTS.md "Issue 16: judge57's event forms
 * (branch lay66, stop 56)", item 3): a place between a word of criticism and an attack's word
 * is the condemner's (استنكرت دائرة الإفتاء العام في الأردن العمل الإرهابي، أدانت الأمانة
 * العامة لرابطة العالم الإسلامي بمكة المكرمة العمل الإرهابي), not the attack's: places.c
 * condemner_place; the attack takes the region after it (بمنطقة عسير). Sentences of
 * SaudiNewsNet articles outside bench/recall/drawn.txt: a row of lay66's fresh check (seed
 * 6603, snn-024004) and judge57's 57 (snn-026929); both fail on the start build. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

/* {text, published, the condemner's place the attack must not have} */
static const char *const condemned[][3] = {
    {"أدانت الأمانة العامة لرابطة العالم الإسلامي بمكة المكرمة العمل الإرهابي الذي استهدف مجموعة من منسوبي قوات الطوارئ الخاصة بمنطقة عسير، وقت أدائهم صلاة الظهر جماعة في مسجد مقر القوات.",
     "2015-08-07 18:00:00", "مكة المكرمة"},
    {"استنكرت دائرة الإفتاء العام في الأردن العمل الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة عسير وأسفر عن سقوط عدد من الشهداء والجرحى في صفوف المصلين.",
     "2015-08-09 17:10:14", "الأردن"},
};

int main(void)
{
    rasd_engine *e = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t k = 0; k < sizeof condemned / sizeof *condemned; k++) {
        analyse(e, d, condemned[k][0], condemned[k][1]);
        const rasd_event *ev = event_at(d, condemned[k][0], "assault", "العمل الإرهابي");
        CHECKF(ev != NULL, "case %zu: no assault row", k);
        CHECKF(ev && (!ev->place_name || strcmp(ev->place_name, condemned[k][2]) != 0),
               "case %zu: the condemner's place «%s» given to the attack", k, condemned[k][2]);
        CHECKF(ev && ev->place_name && strcmp(ev->place_name, "عسير") == 0,
               "case %zu: place «%s», want «عسير»", k,
               ev && ev->place_name ? ev->place_name : "");
    }
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_events_condemner_place");
}
