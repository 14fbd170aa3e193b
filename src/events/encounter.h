/* encounter.h — meetings whose other party is a noun phrase after مع or ب (events27). */
#ifndef RASD_EVENTS_ENCOUNTER_H
#define RASD_EVENTS_ENCOUNTER_H

#include "events/actors.h"

/* Adds to x the meetings of sentence [s, e) (tokens c->t0 to c->t1) that data/events.tsv
 * "encounter" words name with their other party after مع or ب, each beside the sentence's
 * other events. */
rasd_status ev_encounters(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e);

#endif
