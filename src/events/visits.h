/* visits.h — arrivals told with their subject first, and receptions beside a visit (events32). */
#ifndef RASD_EVENTS_VISITS_H
#define RASD_EVENTS_VISITS_H

#include "events/actors.h"

/* Adds to x the visits of sentence [s, e) (tokens c->t0 to c->t1) told as كان X قد وصل إلى Y,
 * and the receptions (كان في استقبال(ه) Z) of a visit the sentence tells, each beside the
 * sentence's other events. */
rasd_status ev_visits(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e);

/* Adds to x an event of kind ki with actors a and b (b may be NULL) told by the words at
 * tokens [i, i + n) of the sentence [s, e), at place (may be NULL), dated as a noun's
 * content after them; planned when future is set or the words before say so (events32:
 * visits, receptions and signings). */
rasd_status ev_party_event(sent_ctx *c, struct ev_doc *x, const kind_info *ki, uint32_t s,
                           uint32_t e, size_t i, size_t n, const rasd_entity *a,
                           const rasd_entity *b, const rasd_entity *place, int future);

#endif
