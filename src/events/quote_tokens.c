/* quote_tokens.c — where a quote's tokens stand: the entity mentions that hold a token
 * (quotes.h; the sentence's end, qt_send, is inline there since cost71), shared by quotes.c,
 * speakers.c and the cue readers. Taken out of quotes.c (stop 57) to keep it under 1,000
 * lines.
 */
#include "events/quotes.h"

#include <stddef.h>

/* The latest-starting entity mention that holds token i, or NULL. */
const rasd_entity *qt_entity_at(const qctx *q, size_t i)
{
    /* mentions may nest (a title holds its organisation: رئيس الاتحاد السوفيتي السابق), none
       is longer than LONGEST_MENTION tokens */
    for (size_t k = qt_ent_from(q, i + 1); k-- > 0 && q->en[k].tok_start + LONGEST_MENTION > i;)
        if (i < q->en[k].tok_end)
            return &q->en[k];
    return NULL;
}

/* Whether token i is part of an entity mention (بان كي مون: not بأن). */
int qt_in_entity(const qctx *q, size_t i)
{
    return qt_entity_at(q, i) != NULL;
}

size_t qt_ent_from(const qctx *q, size_t tok)
{
    size_t lo = 0, hi = q->ne;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (q->en[mid].tok_start < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
