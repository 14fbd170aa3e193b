/* prologue.c — the start every rule gives the event it adds (branch notes54, stop 46; docs/
 * EVENTS.md "Issue 16: one notes list for encounter.c's walk (branch notes54, stop 46)"): the
 * same six lines stood in each rule file (memset, type, place, span, trigger). The actors and
 * the date stay the caller's: their order and arguments differ from rule to rule. */
#include "events/actors.h"

void ev_event_begin(rasd_event *ev, const sent_ctx *c, const kind_info *ki, uint32_t s,
                    uint32_t e, size_t i, size_t last, const rasd_entity *place)
{
    memset(ev, 0, sizeof *ev);
    ev->type = ki->type, ev->cameo = ki->cameo;
    if (place)
        ev->place_id = place->id, ev->place_name = place->name;
    ev->start = s, ev->end = e;
    ev->trigger_start = c->s->t[i].start, ev->trigger_end = c->s->t[last].end;
}
