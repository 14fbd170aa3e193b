/* support_verbs.h — a phone call told by a support verb, its caller between the verb and the call
 * (issue 16, branch meet51). */
#ifndef RASD_EVENTS_SUPPORT_VERBS_H
#define RASD_EVENTS_SUPPORT_VERBS_H

#include "events/actors.h"

/* Adds to x the calls of sentence [s, e) (tokens c->t0 to c->t1) told by a verb of making or
 * receiving a call, its subject a person named, then the call and its party (أجرى X اتصالا
 * هاتفيا بـY؛ تلقى X اتصالا هاتفيا من Y), beside the sentence's other events. */
rasd_status ev_support(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e);

/* Whether v is the value of one of its verbs in data/events.tsv "encounter" (6 يعقد، 31 أجرى،
 * 32 تلقى، 35 يجري، 36 يتلقى، 37 عقد، 40 قام، 41 يقوم): lexicon.c makes them words that may
 * start an event (ev_event_start), so that encounter.c's walk, which looks "encounter" up
 * there, finds them (cost52: a walk of meet51's own over every token cost 26 instructions a
 * token, bench/extract_cost.sh). */
static inline int ev_support_verb(int v)
{
    return v == 6 || v == 31 || v == 32 || v == 35 || v == 36 || v == 37 || v == 40 || v == 41;
}

/* encounter.c's walk found "encounter" v, n words, at token i (s->cut its proclitic letters):
 * notes it for ev_support when it is one of its verbs (ev_support_verb) that may tell a call, a
 * meeting or a visit; RASD_ENOMEM. */
rasd_status ev_support_note(sent_ctx *c, struct ev_doc *x, size_t i, int v, size_t n);

#endif
