/* struck_side.h — the side an air strike struck, after على or ضد, as a fight's second actor
 * (issue 16, branch fix60; docs/EVENTS.md "Issue 16: judge55's event forms"). */
#ifndef RASD_EVENTS_STRUCK_SIDE_H
#define RASD_EVENTS_STRUCK_SIDE_H

#include "events/actors.h"

/* The struck side of a strike whose deed noun ends at token from (شن طيران التحالف 5 غارات |
 * على تجمعات لمليشيات الحوثي): على or ضد within STRUCK_GAP words in its clause, past a held
 * site ("aguard" held_site: تجمعات، مواقع، معسكرات), a name the recogniser found (no place)
 * or a force's description (groups.c: مليشيات الحوثي، المتمردين); NULL when none, when the
 * kind is no fight, or when it is the doer a. */
const rasd_entity *ev_struck_side(sent_ctx *c, int kind, size_t from, const rasd_entity *a);

#endif
