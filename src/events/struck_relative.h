/* struck_relative.h — an attack named by its noun and the relative «الذي استهدف» with its
 * target (issue 16, branch ast66, stop 56). */
#ifndef RASD_EVENTS_STRUCK_RELATIVE_H
#define RASD_EVENTS_STRUCK_RELATIVE_H

#include "events/actors.h"
#include "events/letters.h"

#include <string.h>

/* Whether token i may be الذي or التي (normalised) before a word that starts with استهدف: a
 * byte filter, inline in ground.c's token walk, before ev_struck_relative_at (without the
 * second word's test the rule cost 10 Ir/token, bench/extract_cost.sh). */
static inline int ev_may_relative(const sent_ctx *c, size_t i)
{
    const rasd_token *t = &c->s->t[i], *v;
    if (t->norm_len != LETTERS(4) || i + 1 >= c->t1 || memcmp(t->norm, U_ALEF U_LAM, 4) != 0 ||
        memcmp(t->norm + 6, U_YEH, 2) != 0 ||
        (t->norm[5] != (char)0xb0 && t->norm[5] != (char)0xaa))   /* ذ d8b0, ت d8aa */
        return 0;
    v = t + 1;
    return v->norm_len >= LETTERS(6) &&
           memcmp(v->norm, "\xd8\xa7\xd8\xb3\xd8\xaa\xd9\x87\xd8\xaf\xd9\x81", 12) == 0;  /* استهدف */
}

/* Adds to x the assault of sentence [s, e) told by an attack noun of data/events.tsv "aguard"
 * attack_rel, its adjectives, the relative at token i and a verb of the form استهدف (aguard
 * struck) with its target: the target as its actor when a name or a force, the place the
 * clause names, the date only the clause states (else undated). Nothing when the sentence
 * (or article) holds an assault already, or the noun is foiled, negated, denied or asked. */
rasd_status ev_struck_relative_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e,
                                  size_t i);

#endif
