/* visits.h — arrivals told with their subject first, and receptions beside a visit (events32). */
#ifndef RASD_EVENTS_VISITS_H
#define RASD_EVENTS_VISITS_H

#include "events/actors.h"

/* Adds to x the visits of sentence [s, e) (tokens c->t0 to c->t1) told as كان X قد وصل إلى Y,
 * and the receptions (كان في استقبال(ه) Z) of a visit the sentence tells, each beside the
 * sentence's other events. */
rasd_status ev_visits(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e);

#endif
