/* occasion.c — a visit told by its noun in an occasion phrase (events25). Visit's nouns stay
 * behind --event-triggers: alone they name plans, invitations and a website's visits. "During
 * the visit of X", with X a person named right after the noun, tells a visit that took place
 * (or, with a word of plan, one to come) as the occasion of what the sentence reports: the
 * talks held, the statement issued, the agreement signed. The layer's guards (history, a
 * purpose, the web's sense) still run first. */
#include "events/occasion.h"

#include <string.h>

enum { TITLES = 6 };           /* the words between the noun and its visitor, at most */

/* Whether token i is the noun bare, its genitive after it: زيارة or زيارات, neither
 * definite (خلال الزيارة محمد العايش: who went with the visitor) nor with a pronoun (خلال
 * زيارته أمير المنطقة: whom he visited). */
static int bare_noun(sent_ctx *c, size_t i)
{
    static const char *const bare[2] = {"\xd8\xb2\xd9\x8a\xd8\xa7\xd8\xb1\xd9\x87",  /* زياره */
                                        "\xd8\xb2\xd9\x8a\xd8\xa7\xd8\xb1\xd8\xa7\xd8\xaa"}; /* زيارات */
    const rasd_token *t = &c->s->t[i];
    for (size_t k = 0; k < 2; k++)
        if (t->norm_len == strlen(bare[k]) && memcmp(t->norm, bare[k], t->norm_len) == 0)
            return 1;
    return 0;
}

/* Whether the event's first actor is a person the recogniser named whose mention starts
 * past at most TITLES words after token end, with no punctuation between. */
static int visitor_after(sent_ctx *c, size_t end, const rasd_event *ev)
{
    const rasd_entity *a = c->actor[0];
    if (ev->nactors == 0 || ev->actor_id[0] == NULL || a == NULL ||
        strcmp(a->type, "PER") != 0 || ev->actor_start[0] < c->s->t[end - 1].end)
        return 0;
    for (size_t k = end; k < c->t1 && k <= end + TITLES; k++) {
        if (c->s->t[k].start >= ev->actor_start[0])
            return 1;
        if (c->s->t[k].kind == RASD_TOK_PUNCT)
            return 0;
    }
    return 0;
}

int tg_occasion(sent_ctx *c, size_t i, size_t n, int kind, const rasd_event *ev)
{
    if (kind != EK_VISIT || n != 1 || i <= c->t0 || !ev_aguard_word(c, i - 1, AG_OCCASION) ||
        !bare_noun(c, i))
        return 0;
    return visitor_after(c, i + n, ev);
}
