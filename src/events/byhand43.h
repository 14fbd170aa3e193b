/* byhand43.h — a harm told by a passive or intransitive verb with its doer after على يد
 * (issue 16, branch events43). */
#ifndef RASD_EVENTS_BYHAND43_H
#define RASD_EVENTS_BYHAND43_H

#include "events/actors.h"

/* Adds to x the assaults of sentence [s, e) (tokens c->t0 to c->t1) told by a verb of harm
 * undergone (اغتيل، قتلوا، لقي مصرعه) whose doer follows على يد / على أيدي,
 * beside the sentence's other events, when the sentence holds no assault or killing. */
rasd_status ev_byhand43(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e);

#endif
