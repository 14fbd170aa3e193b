/* statement.h — events told by quotes (events29; statement.c). */
#ifndef RASD_EVENTS_STATEMENT_H
#define RASD_EVENTS_STATEMENT_H

#include "events/actors.h"

/* Adds to x the appeals, criticisms, accusations and threats the document's quotes tell, each
 * in the sentence (of sn, ns) of its reporting word, of kinds no event of that sentence has
 * yet: after the rules and the trigger layer (ev_find_events). c's sentence fields are set
 * for each quote's sentence in turn. */
rasd_status ev_statement_events(sent_ctx *c, struct ev_doc *x, const rasd_span *sn, size_t ns);

/* Sets c to the sentence (of sn, ns) that holds byte b: its bytes in *s, *e, c's tokens
 * [t0, t1), the start of the sentence before it in c->before, no groups; 0 if none (or no
 * token in it). */
int ev_sentence_of(sent_ctx *c, const rasd_span *sn, size_t ns, uint32_t b, uint32_t *s,
                   uint32_t *e);

#endif
