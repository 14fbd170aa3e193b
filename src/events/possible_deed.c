/* possible_deed.c — «قد» + a present verb before a noun of assault or fight is a possibility (قد
 * تشن هجمات): the trigger layer's row is off (doers42, issue 16; attack_doers.c's until stop
 * 48). */
#include "events/possible_deed.h"
#include "events/aguard.h"
#include "events/letters.h"

enum { MAYBE_REACH = 3 };      /* قد + verb + (word) + noun: قد تشن هجمات، قد يحاول الهجوم */

/* Whether the word at token k is a present verb by its form: its first letter (after و or ف)
 * is ي, or ت with no ت at its end (تشن، تحاول; تعرضت is a past) and not a past of ت in the
 * list ("aguard" past_with_ta: تم، تعرض، تبنى). */
static int present_verb(sent_ctx *c, size_t k)
{
    const rasd_token *t = &c->s->t[k];
    const char *w = t->norm;
    size_t n = t->norm_len;
    if (t->kind == RASD_TOK_PUNCT || n < LETTERS(3))
        return 0;
    if ((letter_is(w, U_WAW) || letter_is(w, U_FEH)) && n >= LETTERS(4))
        w += LETTERS(1), n -= LETTERS(1);
    if (letter_is(w, U_YEH))
        return 1;
    return letter_is(w, U_TEH) && !ends_with(w, n, U_TEH) &&
           !ev_aguard_at(c, k, 1, AG_PAST_WITH_TA, NULL);
}

int fr_maybe(sent_ctx *c, size_t i, int noun, int kind)
{
    if ((kind != EK_ASSAULT && kind != EK_FIGHT) || !noun)
        return 0;
    for (size_t k = i; k > c->t0 && k + MAYBE_REACH > i; k--) {
        if (ev_comma(c, k - 1) || ev_punct(c->s, k - 1, ".;:!"))
            return 0;
        if (ev_aguard_at(c, k - 1, 1, AG_MAYBE_PRESENT, NULL))
            return k < i && present_verb(c, k);
    }
    return 0;
}
