/* comp_only.c — cue words whose content is their complement only (branch cue67, stop 57;
 * docs/EVENTS.md "Stop 57: cue words in no list"). miss66 classed 106 missed quotes as cue
 * words in no list; the recurring ones with ب take any verbal noun as their complement (أوصى
 * التقرير بانتهاج، تعهد الأمير بعودة: "comp" 512, COMP_BIANY), which "cnoun" does not list,
 * and أوصى reports nothing else (COMPONLY: no that-clause further on, nothing when negated or
 * with no complement). */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

/* Whether token j is ب on a word that opens the complement of a cue with COMP_BIANY in bits
 * (أوصى … بتوفير، تعهد … بعودة، أوصت اللجنة بأن): ب and two letters or more, not a name, a
 * date or a word of "aguard bi_not_object" (بسبب، بشأن، بهما، بيان). */
int qt_bi_opens(const qctx *q, size_t j, int bits)
{
    ev_scan *s = q->s;
    size_t n;
    return (bits & COMP_BIANY) && ev_is_word(&s->t[j]) && letter_is(s->t[j].norm, U_BEH) &&
           s->t[j].norm_len >= LETTERS(3) && !qt_in_entity(q, j) && !qt_in_date(q, j) &&
           !ev_aguard_is(s, j, 0, AG_BI_NOT_OBJECT, &n);
}

/* Whether a word of "aguard comp_negation" stands right before cue c: a negation (ولم يوص)
 * or a word that makes the cue a noun (بعد تعهد إيران، نموذج تعهد الجامعة). */
int qt_comp_negated(qctx *q, const qcue *c)
{
    size_t n;
    return c->i > 0 && ev_aguard_is(q->s, c->i - 1, 1, AG_COMP_NEGATION, &n);
}

/* Whether COMPONLY cue c reports: not negated (qt_comp_negated), and its complement opens
 * (qt_comp_opens, as for any cue) within SUBJECT_WORDS + COMP_GAP tokens, before another
 * reporting word or its sentence's end (أوصى التقرير بانتهاج; not أوصت … ثم قال). */
int qt_comp_only_ok(qctx *q, const qcue *c)
{
    size_t end = qt_send(q, c->i), n;
    int bits;
    if (!ev_word_is(q->s, c->i, 1, EK_COMP, &bits, &n) || qt_comp_negated(q, c))
        return 0;
    for (size_t k = c->i + c->n; k < end && k < c->i + c->n + SUBJECT_WORDS + COMP_GAP; k++) {
        if (qt_plain_cue(q, k, &n) || ev_word_is(q->s, k, 1, EK_PART, NULL, &n))
            return 0;
        if (ev_is_word(&q->s->t[k]) && qt_comp_opens(q, k, bits))
            return 1;
    }
    return 0;
}

#define W_OFFER "\xd9\x82\xd8\xaf\xd9\x85"          /* قدم */
#define W_EXPLAIN "\xd8\xb4\xd8\xb1\xd8\xad"        /* شرح */
#define W_APOLOGY "\xd8\xb9\xd8\xaa\xd8\xb0"        /* عتذ */

/* Whether token t's normal form holds the letters w (cost70: a byte test before a lookup). */
static int holds(const rasd_token *t, const char *w)
{
    size_t n = strlen(w);
    for (size_t k = 0; k + n <= t->norm_len; k += LETTERS(1))
        if (memcmp(t->norm + k, w, n) == 0)
            return 1;
    return 0;
}

/* Whether COMPONLY cue c offers (its "comp" COMP_OFFER alone) and no word of "aguard offered"
 * (شرحا، اعتذارها: each holds شرح or عتذ) stands in the reach qt_comp_only_ok looks in: then
 * that says no and statement can say so before its other tests (cost70; قدم is frequent). */
int qt_offer_hopeless(qctx *q, const qcue *c)
{
    size_t n, b = c->i + c->n + SUBJECT_WORDS + COMP_GAP;
    int bits;
    if (!holds(&q->s->t[c->i], W_OFFER) || !ev_word_is(q->s, c->i, 1, EK_COMP, &bits, &n) ||
        bits != COMP_OFFER)
        return 0;
    for (size_t k = c->i + c->n; k < b && k < q->s->nt; k++)
        if (holds(&q->s->t[k], W_EXPLAIN) || holds(&q->s->t[k], W_APOLOGY))
            return 0;
    return 1;
}

/* Whether the cue at token i offers its statement (COMP_OFFER: قدم الحكمي شرحا لوزير التعليم):
 * the giver of an explanation is no speaker the next verbs go on with, nor one who "spoke
 * before" for named_last.c (rep70). */
int qt_offered(const qctx *q, size_t i)
{
    size_t n;
    int bits;
    return i < q->s->nt && holds(&q->s->t[i], W_OFFER) &&     /* each "comp" 1024 word does */
           ev_word_is(q->s, i, 1, EK_COMP, &bits, &n) && (bits & COMP_OFFER);
}
