/* statement.h — events told by quotes (events29; statement.c). */
#ifndef RASD_EVENTS_STATEMENT_H
#define RASD_EVENTS_STATEMENT_H

#include "events/actors.h"

/* Adds to x the appeals, criticisms, accusations and threats the quotes of the sentence (tokens
 * [c->t0, c->t1), bytes [s, e)) tell, of kinds no event of the sentence has yet: after the
 * rules and the trigger layer (ev_find_events). */
rasd_status ev_statement_events(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e);

#endif
