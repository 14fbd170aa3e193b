/* prep_pronoun.c — no actor's name starts with a preposition and its pronoun (issue 16, mend51,
 * stop 43).
 *
 * The recogniser sometimes takes a preposition with its pronoun for a first name before a
 * name that follows it (طلب مني ابراموفيتش القتال: "Abramovich asked me", the name «مني
 * ابراموفيتش»; اقترب مني رزق). Such a word ("aguard prep_pronoun": مني، منه، عليه، معه …)
 * starting a mention makes it no actor, when it is written so: the normalised form folds ى
 * and ة (منى، منة are names), so the word counts only when its text is its normalised form
 * (judge44 and judge45's wrong row). Persons only: the recogniser's mistake is a first name
 * (and the word is looked up last, for the cost). */
#include "events/actors.h"
#include "core/internal.h"

#include <string.h>

int ev_pronoun_first(sent_ctx *c, const rasd_entity *e)
{
    const rasd_token *t = &c->s->t[e->tok_start];
    size_t n;
    return e->type[0] == 'P' && t->end - t->start == t->norm_len &&
           memcmp(c->doc->text + t->start, t->norm, t->norm_len) == 0 &&
           ev_aguard_at(c, e->tok_start, 0, AG_PREP_PRONOUN, &n) && n == 1;
}
