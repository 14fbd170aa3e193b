/* blame_nouns.h — criticism and accusations undergone or directed (issue 16, branch events42). */
#ifndef RASD_EVENTS_BLAME_NOUNS_H
#define RASD_EVENTS_BLAME_NOUNS_H

#include "events/actors.h"

/* Adds to x the criticisms and accusations of sentence [s, e) (tokens c->t0 to c->t1) told by
 * their noun after a verb of undergoing (واجه، تعرض) or directing (وجه), beside the
 * sentence's other events, when the sentence holds none of that kind. */
rasd_status ev_blame_nouns(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e);

#endif
