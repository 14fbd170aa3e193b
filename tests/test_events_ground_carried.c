/* test_events_ground_carried.c — err68 (docs/EVENTS.md "Stop 60: unseen36's errors, opened
 * (branch err68)"). Rule 1: a verb of ground (fight 16) with no subject after «كما» or «بعد
 * أن» goes on with the subject of its sentence's last verb event (ground_subject.c
 * ev_force_carried; «…، بعد أن سيطرت على وادي حسان»). Rule 2: a force described after أن،
 * إن، كانت by a participle of allegiance or support between it and its verb is the verb's
 * subject (described_gap; «إن القوات الموالية للشرعية سيطرت»، «ان الجيش مدعوما بقوات موالية
 * له سيطر»). Before, neither gave an event. Sentences of SaudiNewsNet articles outside the
 * recall set (the article each is from in the comment). */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

/* Whether an actor's name holds a (b unused). */
static int names(const rasd_event *ev, const char *a, const char *b)
{
    (void)b;
    for (size_t k = 0; k < ev->nactors; k++)
        if (strstr(ev->actor_name[k], a))
            return 1;
    return 0;
}

int main(void)
{
    /* {text, published, an actor's word, fights wanted} */
    static const char *const cases[][4] = {
        /* snn-030813: rule 2 (الموالية للشرعية), then rule 1 (بعد أن سيطرت): two */
        {"وكانت القوات الموالية للشرعية سيطرت على مدينة شقرة، في أبين، بعد أن سيطرت على وادي "
         "حسان.",
         "2015-08-13", "القوات", "2"},
        /* snn-026412: rule 2 */
        {"وقالت مصادر عسكرية، إن القوات الموالية للشرعية سيطرت بعد مواجهات دامية على عدة مقرات "
         "حكومية، مما دفع المتمردين إلى الفرار نحو محافظة إب المحاذية للضالع.",
         "2015-08-09", "القوات", "1"},
        /* snn-011660: rule 2 (مدعوما بقوات موالية له) */
        {"وقال المرصد السوري لحقوق الانسان ان الجيش مدعوما بقوات موالية له سيطر على منطقة سكن "
         "الشبابي في جنوب الحسكة.",
         "2015-07-27", "الجيش", "1"},
        /* snn-001152: «بعد أن استولوا» after a subject that is no force's event: none */
        {"أثار انشقاق أحد كبار قادة داعش في سوريا عن التنظيم الاربعاء الماضى وبرفقته عدد من "
         "انصاره بعد أن استولوا على ملايين الدولارات، وتمكنوا من الهرب إلى جهة مجهولة.",
         "2015-07-23", "داعش", "0"},
    };
    rasd_engine *on = mode_engine(RASD_TRIGGERS_DEFAULT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *const *c = cases[i];
        size_t got = count_events(on, d, c[0], c[1], "fight", names, c[2], NULL);
        CHECKF(got == (size_t)(c[3][0] - '0'), "%s\n  fights of %s: got %zu, want %s", c[0],
               c[2], got, c[3]);
    }
    rasd_doc_free(d);
    rasd_engine_close(on);
    return check_done("test_events_ground_carried");
}
