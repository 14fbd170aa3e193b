/* banquets.h — receptions told by a banquet or a celebration of a guest (issue 16, branch
 * meet54, stop 46; docs/EVENTS.md "Issue 16: banquets and celebrations of a guest (branch
 * meet54, stop 46)"). */
#ifndef RASD_EVENTS_BANQUETS_H
#define RASD_EVENTS_BANQUETS_H

#include "events/actors.h"

/* Whether v is the value of one of its verbs in data/events.tsv "encounter" (80 أقام، 81
 * احتفى، احتفت): lexicon.c makes them words that may start an event, so that encounter.c's
 * walk, which looks "encounter" up there, finds them (as support_verbs.h's verbs). */
static inline int ev_banquet_verb(int v)
{
    return v == 80 || v == 81;
}

/* encounter.c's walk found "encounter" v (ev_banquet_verb), n words, at token i: the hosting
 * it tells in sentence [s, e), added to x beside the sentence's other events. */
rasd_status ev_banquet_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                          size_t n, int v);

#endif
