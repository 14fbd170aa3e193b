/* bullet44.h — a harm undergone with its doer after برصاص / بنيران ("by the bullets / fire
 * of"), the form of byhand43's على يد (issue 16, branch events44). */
#ifndef RASD_EVENTS_BULLET44_H
#define RASD_EVENTS_BULLET44_H

#include "events/actors.h"
#include "events/letters.h"

#include <string.h>

/* Whether token i may be برصاص or بنيران (normalised): a byte filter, inline in ground.c's
 * token walk beside ev_may_hand, before ev_bullet44_at. */
static inline int ev_may_bullet44(const sent_ctx *c, size_t i)
{
    const rasd_token *t = &c->s->t[i];
    return (t->norm_len == LETTERS(5) &&
            memcmp(t->norm, "\xd8\xa8\xd8\xb1\xd8\xb5\xd8\xa7\xd8\xb5", 10) == 0) ||   /* برصاص */
           (t->norm_len == LETTERS(6) &&
            memcmp(t->norm, "\xd8\xa8\xd9\x86\xd9\x8a\xd8\xb1\xd8\xa7\xd9\x86", 12) == 0);  /* بنيران */
}

/* Adds to x the assault of sentence [s, e) told by a verb of harm undergone (قتل، قتلوا،
 * اغتيل، أصيب) whose doer follows برصاص / بنيران at token i (data/events.tsv aguard
 * killed_by), beside the sentence's other events, when the sentence holds no assault or
 * killing: byhand43.c's reading, its phrase this word. */
rasd_status ev_bullet44_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i);

#endif
