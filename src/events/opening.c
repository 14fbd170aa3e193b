/* opening.c — the subject a coordinated verb keeps (events26). Arabic news chains verbs with
 * و and names their subject once, after the first (أعلنت الهيئة إيقاف الصحيفة واتهمتها
 * بإشاعة الانقسام). events.c kept a subject only from an earlier verb that was itself an
 * event (coordinated()); the verb that opens the sentence is mostly no event (أعلن، وصف), so
 * a reporting verb after it with its object as a pronoun gave nobody as its doer. */
#include "events/opening.h"

#include <string.h>

#include "events/letters.h"

/* The "deny" values whose words may be a verb that opens a sentence: 4, 5 and 6 (postponed.c:
 * ألغى، عقد، أجلت), named one by one; a threshold (4 and up, held70) would let a later value
 * of another kind, a particle, open as a verb unseen (cost71). */
#define DENY_OPENS ((1u << 4) | (1u << 5) | (1u << 6))

/* The lists whose words are no verb opening a sentence (prepositions, particles, leads). */
static const int not_verb[] = {EK_PREP, EK_PLACE, EK_ABOUT, EK_LEAD, EK_NEGATION, EK_RELATIVE,
                               EK_SUBJECT, EK_WITH, EK_OBJPREP, EK_AUX, EK_PLAN, EK_DENY, EK_BY,
                               EK_VENUE, EK_NOTACTOR};

/* Whether token k, the sentence's first, is shaped as a verb (see ev_opening_subject); not a
 * word of "subject" (كان … تواجد: whose subject comes before another verb; لكن، كما). */
static int verb_shaped(sent_ctx *c, size_t k)
{
    const rasd_token *t = &c->s->t[k];
    int cut = ev_clitic(c, k) == CL_WA || ev_clitic(c, k) == CL_FA ? 1 : 0;
    int v;
    size_t n;
    if (t->kind == RASD_TOK_PUNCT || ev_first_entity(c, k, k + 1) || ev_in_date(c, k) ||
        starts_with(t->norm + LETTERS(cut), t->norm_len - (size_t)LETTERS(cut), U_ARTICLE))
        return 0;
    for (size_t j = 0; j < sizeof not_verb / sizeof not_verb[0]; j++)
        if (ev_word_is(c->s, k, 1, not_verb[j], &v, &n) &&
            !(not_verb[j] == EK_DENY && v >= 0 && v < 32 && ((DENY_OPENS >> v) & 1)))
            return 0;                  /* ألغى، عقد، أجلت: deny 4 to 6 open verbs */
    return 1;
}

/* Whether the verb at token k is in the feminine: its last letter ت once و or ف and an
 * object pronoun (ه، ها، هم، هما) are cut (أعلنت، كانت، اتهمتها), or, in the present only
 * (present), its first (تتهمه). A form V past starting with ت (تنحى) is no present. */
static int feminine(sent_ctx *c, size_t k, int present)
{
    const rasd_token *t = &c->s->t[k];
    int cut = ev_clitic(c, k) == CL_WA || ev_clitic(c, k) == CL_FA ? 1 : 0;
    const char *w = t->norm + LETTERS(cut);
    size_t n = t->norm_len - (size_t)LETTERS(cut);
    if (present && n > LETTERS(3) && letter_is(w, U_TEH))
        return 1;
    if (n > LETTERS(4) && ends_with(w, n, U_HEH U_MEEM U_ALEF))
        n -= LETTERS(3);
    else if (n > LETTERS(4) && (ends_with(w, n, U_HEH U_ALEF) || ends_with(w, n, U_HEH U_MEEM)))
        n -= LETTERS(2);
    else if (n > LETTERS(3) && ends_with(w, n, U_HEH))
        n -= LETTERS(1);
    return n > LETTERS(2) && ends_with(w, n, U_TEH);
}

/* Whether a word that opens a clause of its own ("about", "subject", "relative" 1: أن، بأن،
 * الذي، كما، حيث، بينما) lies in tokens [a, b):
 * a verb after it has that clause's subject (بعد أن نشرت "ذا صن" اللقطة واتهمته). */
static int clause_between(sent_ctx *c, size_t a, size_t b)
{
    int v;
    size_t n;
    for (size_t k = a; k < b; k++)
        if (ev_word_is(c->s, k, 1, EK_ABOUT, &v, &n) || ev_word_is(c->s, k, 1, EK_SUBJECT, &v, &n) ||
            (ev_word_is(c->s, k, 1, EK_RELATIVE, &v, &n) && v == 1))
            return 1;          /* not من (المقربة من المعارضة), a relative only as a question */
    return 0;
}

const rasd_entity *ev_opening_subject(sent_ctx *c, const kind_info *ki, size_t i,
                                      const rasd_entity *place)
{
    size_t k = c->t0;
    const rasd_entity *a;
    int v;
    size_t n;
    if (i <= k + 1 || !verb_shaped(c, k) || feminine(c, k, 0) != feminine(c, i, 1) ||
        ev_word_is(c->s, k + 1, 1, EK_PREP, &v, &n) || ev_word_is(c->s, k + 1, 1, EK_PLACE, &v, &n))
        return NULL;           /* كانت هافينغتون انتقدتها … واتهمها: not hers; يوجد في تركيا */
    a = ev_subject_after(c, ki, k + 1, place, NULL);
    return a && a->tok_end <= i && !clause_between(c, a->tok_end, i) &&
                   ev_can_act(c, ki, a, place, NULL, 1) ? a : NULL;
}


const rasd_entity *ev_pron_subject(sent_ctx *c, const kind_info *ki, size_t i, int cut,
                                   const rasd_entity *place, const rasd_entity *prev)
{
    const rasd_entity *a = cut > 0 ? (prev ? prev : ev_opening_subject(c, ki, i, place)) : NULL;
    return a && !ev_quote_at(c->doc, c->s->t[i].start) && ev_first_entity(c, a->tok_end, i)
               ? a : NULL;
}
