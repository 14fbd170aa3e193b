/* visit56.h — a visit told by قام X … بزيارة with words between the visitor and the noun, or
 * a visited that is no place's name (issue 16, branch u24e56; visit56.c). */
#ifndef RASD_EVENTS_VISIT56_H
#define RASD_EVENTS_VISIT56_H

#include "events/actors.h"

/* Adds to x the visit told by the verb at token i of "encounter" value v (meet51.c's notes:
 * only قام, 40, is read) in sentence [s, e), its visitor a person named after it, unless the
 * sentence holds a visit already. Called by meet51.c after its own reading of the verb. */
rasd_status ev_visit56(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i, int v);

#endif
