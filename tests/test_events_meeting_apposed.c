/* test_events_meeting_apposed.c — app66 (docs/EVENTS.md "Issue 16: the read parts' missed
 * appeals and meetings (branch app66, stop 56)"): a meeting's verb whose subject's titles (a
 * title's genitive with لـ too), a place after في and a time stand before مع gives the
 * meeting encounter.c's join lost past JOIN_REACH or at في (src/events/meeting_apposed.c),
 * and a place word in the subject's title (رئيس اقليم كردستان) no longer ends the join. By
 * default only (encounter.c's walk). Sentences of SaudiNewsNet articles outside the recall
 * set (bench/recall/drawn.txt), from app66's fresh draw (seed 5661); the start build
 * (eb3974db) finds neither meeting. */
#include "check.h"
#include "engine.h"
#include "rasd.h"

#include <string.h>

int main(void)
{
    /* {text, published, type, first actor, second actor, by default, by the rules alone} */
    static const char *const cases[][7] = {
        /* snn-001531: the subject's titles, لرئيس مجلس الوزراء, في جدة, مساء اليوم, then مع */
        {"اجتمع صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع في جدة مساء اليوم مع رئيس حزب القوات اللبنانية سمير جعجع.",
         "2015-07-21", "meet", "سلمان", "جعجع", "1", "0"},
        /* snn-008798: a place word in the subject's title (إقليم), then مع right after the name */
        {"وعقب وصوله اجتمع رئيس اقليم كردستان مسعود بارزاني مع وزير الدفاع الامريكي آشتون كارتر الذي وصل محافظة اربيل أمس الجمعة بعد زيارة لبغداد.",
         "2015-07-25", "meet", "بارزاني", "كارتر", "1", "0"},
    };
    check_two_modes(cases, sizeof cases / sizeof *cases, actors_hold);
    return check_done("test_events_meeting_apposed");
}
