/* test_events_talks_sides.c — meet70 (docs/EVENTS.md "Stop 59: meetings the read parts miss
 * (branch meet70)"): a side of a meeting's «بين» followed by its adjective of relation is
 * still the first side (events.c side_end): «المفاوضات بين ريال مدريد الإسباني ومانشستر
 * يونايتد الإنكليزي» is talks of both clubs, as unseen35's missed meeting (snn-000189) is.
 * A sentence of a SaudiNewsNet article outside the recall set (bench/recall/drawn.txt), from
 * meet70's fresh draw (seed 7071); the stop's start build (1c34d152) finds no meeting in it. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

int main(void)
{
    /* {text, published, type, first actor, second actor, by default, by the rules alone} */
    static const char *const cases[][7] = {
        /* snn-002593: a club's nisba after the first side, another after the second */
        {"يبدو أن المفاوضات بين ريال مدريد الإسباني ومانشستر يونايتد الإنكليزي من أجل تخلي الأخير عن حارسه الإسباني دافيد دي خيا وصلت إلى طريق مسدود، وذلك بعد أن قرر النادي الملكي منح الكوستاريكي كيلور نافاس القميص رقم 1.",
         "2015-07-21", "meet", "ريال مدريد", "مانشستر يونايتد", "1", "1"},
    };
    check_two_modes(cases, sizeof cases / sizeof *cases, actors_hold);
    return check_done("test_events_talks_sides");
}
