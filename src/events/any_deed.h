/* any_deed.h — the trigger layer's generic "any" frame (trig44, issue 16; docs/EVENTS.md
 * "Issue 16: the default trigger layer's rows: doers and wrong frames"; deed_doers.c's until
 * stop 48). */
#ifndef RASD_EVENTS_ANY_DEED_H
#define RASD_EVENTS_ANY_DEED_H

#include "events/actors.h"

/* Whether the noun of an event at tokens [i, i + n) is "any" such deed (data/events.tsv "aguard"
 * any_deed right before it, a proclitic allowed: لأي هجوم، أي اعتداء على أي مواطن; or right after
 * it, its genitive: تحرير أي بلدة): a kind of deed, no one event. */
int fr_any_deed(sent_ctx *c, size_t i, size_t n, int noun);

#endif
