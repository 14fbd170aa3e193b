/* occurred_nouns.h — event nouns carried by a verb of occurring, their sides after بين (issue 16,
 * branch support47). */
#ifndef RASD_EVENTS_OCCURRED_NOUNS_H
#define RASD_EVENTS_OCCURRED_NOUNS_H

#include "events/actors.h"

/* Adds to x the fights, meetings and exchanges of blame of sentence [s, e) (tokens c->t0 to
 * c->t1) told by a noun with a verb of occurring (اندلعت مواجهات بين X وY، اجتماعات جرت بين
 * X وY), beside the sentence's other events, when the sentence holds none of that kind. */
rasd_status ev_occurred_nouns(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e);

#endif
