/* visit_paid.h — a visit told by قام X … بزيارة with words between the visitor and the noun, or
 * a visited that is no place's name (issue 16, branch u24e56; visit_paid.c). */
#ifndef RASD_EVENTS_VISIT_PAID_H
#define RASD_EVENTS_VISIT_PAID_H

#include "events/actors.h"

/* Adds to x the visit told by the verb at token i of "encounter" value v (support_verbs.c's notes:
 * only قام, 40, is read) in sentence [s, e), its visitor a person named after it, unless the
 * sentence holds a visit already. Called by support_verbs.c after its own reading of the verb. */
rasd_status ev_visit_paid(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i, int v);

#endif
