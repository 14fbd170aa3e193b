/* signings.h — signings by the verb وقع with its parties (events32). */
#ifndef RASD_EVENTS_SIGNINGS_H
#define RASD_EVENTS_SIGNINGS_H

#include "events/actors.h"

/* Adds to x the signing of the verb at token i of sentence [s, e) (data/events.tsv "arrival"
 * 8, وقع; 9, سيوقع when future: planned) told with its subject and the other party or what
 * was signed ("signing" 2), beside the sentence's other events (visits.c calls it). */
rasd_status ev_signing_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                          int future);

#endif
