/* sides.c — a meeting of the trigger layer with its sides named (events20). Meet's past
 * verbs and nouns were off by default (events17: a judged sample of 10 of 20): their wrong
 * rows were a minister meeting his staff or the public, a body's own meeting, crowds
 * gathering, views that "met", a match. What an analyst asks of "who met whom" is a meeting
 * of two named sides, or of one named side at a named place; those rows alone are on by
 * default (data/events.tsv "tdefault meet … sides"), the others stay behind
 * --event-triggers, as given before. */
#include "events/sides.h"
#include "events/trigger_guards.h"

int tg_named_sides(int kind, int cls, const rasd_event *ev, const rasd_entity *place)
{
    size_t named = 0;
    if (kind != EK_MEET || (cls != TG_VERB && cls != TG_NOUN))
        return 0;
    for (size_t a = 0; a < ev->nactors; a++)
        named += ev->actor_id[a] != NULL;
    return named >= 2 || (named == 1 && place != NULL);
}
