/* signings.h — signings by the verb وقع with its parties (events32). */
#ifndef RASD_EVENTS_SIGNINGS_H
#define RASD_EVENTS_SIGNINGS_H

#include "events/actors.h"

/* Adds to x the signings of sentence [s, e) (tokens c->t0 to c->t1) told by وقع with its
 * subject and the other party or what was signed (data/events.tsv "signing"), each beside
 * the sentence's other events. */
rasd_status ev_signings(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e);

#endif
