/* harm_by_hand.h — a harm told by a passive or intransitive verb with its doer after على يد
 * (issue 16, branch events43) or برصاص / بنيران (branch events44). */
#ifndef RASD_EVENTS_HARM_BY_HAND_H
#define RASD_EVENTS_HARM_BY_HAND_H

#include "events/actors.h"
#include "events/letters.h"

#include <string.h>

/* Whether tokens i, i + 1 may be على يد / على أيدي (normalised علي يد، علي ايدي): a byte
 * filter, inline in ground.c's token walk, before ev_by_hand_at (a call at every token
 * where a phrase may start cost 13 Ir/token, bench/extract_cost.sh). */
static inline int ev_may_hand(const sent_ctx *c, size_t i)
{
    const rasd_token *t = &c->s->t[i], *h;
    if (t->norm_len != LETTERS(3) || i + 1 >= c->t1 ||
        memcmp(t->norm, "\xd8\xb9\xd9\x84\xd9\x8a", 6) != 0)
        return 0;
    h = t + 1;
    return (h->norm_len == LETTERS(2) && memcmp(h->norm, "\xd9\x8a\xd8\xaf", 4) == 0) ||
           (h->norm_len == LETTERS(4) && memcmp(h->norm, "\xd8\xa7\xd9\x8a\xd8\xaf\xd9\x8a", 8) == 0);
}


/* Adds to x the assault of sentence [s, e) (tokens c->t0 to c->t1) told by a verb of harm
 * undergone (اغتيل، قتلوا، لقي مصرعه) whose doer follows على يد / على أيدي at token i,
 * beside the sentence's other events, when the sentence holds no assault or killing. Called
 * from ground.c's token walk at a token where a phrase may start (its own walk cost 17
 * Ir/token): ev_may_hand first. */
rasd_status ev_by_hand_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i);

/* Whether token i may be برصاص or بنيران (normalised): a byte filter, inline in ground.c's
 * token walk beside ev_may_hand, before ev_bullet_at (branch events44). */
static inline int ev_may_bullet(const sent_ctx *c, size_t i)
{
    const rasd_token *t = &c->s->t[i];
    return (t->norm_len == LETTERS(5) &&
            memcmp(t->norm, "\xd8\xa8\xd8\xb1\xd8\xb5\xd8\xa7\xd8\xb5", 10) == 0) ||   /* برصاص */
           (t->norm_len == LETTERS(6) &&
            memcmp(t->norm, "\xd8\xa8\xd9\x86\xd9\x8a\xd8\xb1\xd8\xa7\xd9\x86", 12) == 0);  /* بنيران */
}

/* The same as ev_by_hand_at, the doer after برصاص / بنيران at token i (data/events.tsv
 * aguard killed_by) instead of على يد (branch events44). */
rasd_status ev_bullet_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i);

#endif
