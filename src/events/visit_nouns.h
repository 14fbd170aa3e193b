/* visit_nouns.h — a visit told by its noun with the visitor as its genitive and the place after
 * it with لـ or إلى (issue 16, branch visit53, stop 45). */
#ifndef RASD_EVENTS_VISIT_NOUNS_H
#define RASD_EVENTS_VISIT_NOUNS_H

#include "events/actors.h"

/* Adds to x the visits of sentence [s, e) (tokens c->t0 to c->t1) told by a noun whose
 * visitor is a person named after it (زيارة الأمير محمد بن سلمان … للأردن) or, for the noun
 * with a pronoun or an honorific (زيارته، زيارة سموه), the sentence's first person named, and
 * whose place is a place named after لـ or إلى; beside the sentence's other events. */
rasd_status ev_visit_nouns(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e);

/* Whether v is the value of one of its nouns in data/events.tsv "encounter" (70 زيارة، 71
 * زيارته), which are words that may start an event already (arrival 7, visit 3 and 5), so
 * that encounter.c's walk finds them: a walk of visit53's own over every token cost 27
 * instructions a token (bench/extract_cost.sh). */
static inline int ev_visit_noun(int v)
{
    return v == 70 || v == 71;
}

/* encounter.c's walk found one of its nouns, n words, at token i (c->s->cut its proclitic
 * letters, from the look-up just made): notes it for ev_visit_nouns; RASD_ENOMEM. */
rasd_status ev_visit_note(sent_ctx *c, struct ev_doc *x, size_t i, size_t n);

#endif
