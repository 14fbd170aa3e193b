/* talks_between.c — talks between states and bodies, on by default (issue 16, branch ev67;
 * docs/EVENTS.md "Stop 57: appeal nouns, talks, meeting nouns (branch ev67)").
 *
 * A meeting is between people (events.c kinds: people 2), so a "بين" noun of meeting with a
 * country or a body on a side reports nothing: «المفاوضات بين اليونان ودائنيها», «المحادثات
 * بين إيران والولايات المتحدة» (app66's M-TALKS: m3, m17, m30, m40 name states and unions as
 * the parties). Talks are the one meeting whose sides are as often states and bodies as
 * people (CAMEO 040 consult, 046 negotiate; the Guideline: talks and negotiations are
 * meetings), so after a noun of talks (data/events.tsv aguard talks) both sides may be any
 * name that can act but a thing (MISC), as a deed of force's are (events.c deed_kind). The
 * rest is the rules' F_BETWEEN: both sides named after بين, joined by و, guards, status, place
 * and date as before. */
#include "events/talks_between.h"
#include "events/aguard.h"

const kind_info *ev_talks_kind(sent_ctx *c, const kind_info *ki, size_t i, kind_info *any)
{
    if (ki->kind != EK_MEET || !ev_aguard_word(c, i, AG_TALKS))
        return ki;
    *any = *ki;
    any->people = 0;
    return any;
}
