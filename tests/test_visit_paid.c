/* test_visit_paid.c — visit56 (docs/EVENTS.md "Issue 16: unseen24's missed events over every
 * part (branch u24e56, stop 48)"): a visit told by قام X … بزيارة that support_verbs.c does not read,
 * a companion or a clause between the visitor and the noun, or a visited that is no place's
 * name (src/events/visit_paid.c). A body with no person named as its visitor gives none here.
 * Sentences of SaudiNewsNet articles outside the recall set (bench/recall/drawn.txt), from the
 * fresh draw of bench/u24e56 (seed 5648) and the corpus's form. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

/* {text, published, a name the visit's first actor holds} */
static const char *const visits[][3] = {
    /* snn-014899: the visited a newspaper's headquarters, no place named */
    {"قام معالي سفير خادم الحرمين الشريفين في لبنان علي عواض عسيري، أمس، بزيارة لمقر صحيفة عكاظ، حيث التقى رئيس التحرير محمد المختار الفال.",
     "2015-07-30 02:30:00", "عسيري"},
    /* snn-001041: a companion named between the visitor and the noun */
    {"قام محافظ ثادق المكلَّف عبد الله السلامة يرافقه مساعد مدير شرطة ثادق المقدم محمد الباهلي بزيارة لمرضى مستشفى ثادق والسلام عليهم وتهنئتهم بالعيد.",
     "2015-07-21 02:16:00", "السلامة"},
    /* snn-000064: the visited patients, described */
    {"وقام الأمير محمد بن ناصر بن عبد العزيز، أمير منطقة جازان، بزيارة معايدة للمرضى المنومين في مستشفى الملك فهد المركزي بجازان، قدم خلالها التهنئة لهم بمناسبة عيد الفطر المبارك.",
     "2015-07-21 01:56:00", "محمد بن ناصر"},
};

/* {text, published}: no visit */
static const char *const bodies[][2] = {
    /* snn-007472: a described group of visitors, no person named */
    {"قامت أكثر من 30 سيدة أعمال سعودية بزيارة لمهرجان (جدة شو 36) الذي تُقام فعالياته في مركز جدة الدولي للمعارض.",
     "2015-07-24 08:42:37"},
};

int main(void)
{
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t k = 0; k < sizeof visits / sizeof *visits; k++) {
        size_t got = count_events(on, d, visits[k][0], visits[k][1], "visit", first_second_hold,
                                  visits[k][2], NULL);
        CHECKF(got == 1, "%s\n  visit of %s: got %zu, want 1", visits[k][0], visits[k][2], got);
    }
    for (size_t k = 0; k < sizeof bodies / sizeof *bodies; k++) {
        size_t got = count_events(on, d, bodies[k][0], bodies[k][1], "visit", first_second_hold,
                                  "", NULL);
        CHECKF(got == 0, "%s\n  visits: got %zu, want 0", bodies[k][0], got);
    }
    rasd_doc_free(d);
    rasd_engine_close(on);
    return check_done("test_visit_paid");
}
