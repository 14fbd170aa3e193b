/* past_in_plan.h — a past attack inside a planned frame (issue 16, mend52, stop 44). */
#ifndef RASD_EVENTS_PAST_IN_PLAN_H
#define RASD_EVENTS_PAST_IN_PLAN_H

#include "events/actors.h"

/* Whether the noun of an assault or a fight (kind, an EK_ value) at tokens [i, i + n) is
 * followed in its clause, past at most TOOK_PLACE_REACH words, by a relative pronoun and a verb
 * of "aguard took_place" that says it took place (الهجوم الإرهابي الدنيء الذي حدث، حادث التفجير
 * الذي وقع): told as past, whatever planned frame stands around it. */
int ev_told_past(sent_ctx *c, size_t i, size_t n, int kind);

/* The rules' hook (events.c, after the event's status and date): an event planned by its
 * frame (تخصيص خطبة الجمعة غدا عن حادث التفجير الذي وقع) whose noun ev_told_past tells
 * as past is occurred, dated by the sentence's dates that are not to come (none: undated);
 * content as ev_event_date's. */
void ev_set_past(sent_ctx *c, size_t i, size_t n, int kind, uint32_t content, rasd_event *ev);

#endif
