/* statement.h — events told by quotes (events29; statement.c). */
#ifndef RASD_EVENTS_STATEMENT_H
#define RASD_EVENTS_STATEMENT_H

#include "events/actors.h"

/* Adds to x the appeals, criticisms, accusations and threats the document's quotes tell, each
 * in the sentence (of sn, ns) of its reporting word, of kinds no event of that sentence has
 * yet: after the rules and the trigger layer (ev_find_events). c's sentence fields are set
 * for each quote's sentence in turn. */
rasd_status ev_statement_events(sent_ctx *c, struct ev_doc *x, const rasd_span *sn, size_t ns);

#endif
