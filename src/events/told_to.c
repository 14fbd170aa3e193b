/* told_to.c — a bare verb told to a newspaper, then its adjuncts (attribution, branch attr54,
 * stop 46; docs/EVENTS.md "Issue 16: speakers lost on an addressee and its adjuncts (branch
 * attr54, stop 46)"): وأكد لـ«الشرق الأوسط» في اتصال هاتفي أن؛ وأوضح للصحيفة أمس أن. The
 * words after the verb are its addressee and its adjuncts, not a subject, so the verb names
 * nobody as with an addressee alone (qt_addressee_only, names.c): the subject before it or the
 * last speaker goes on (speakers.c subject_of). Before, the adjuncts after the addressee read
 * as a subject nobody knew and the quote had no speaker. quotes.h says what it gives.
 */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

/* The token after an addressee at token a (before b): ل or لـ with a name in quote marks or
 * brackets (لـ«الشرق الأوسط»، لـ(عكاظ)), or a word of ل with the article outside any
 * mention, no title or body (للصحيفة); a when there is none. */
static size_t addressee_end(const qctx *q, size_t a, size_t b)
{
    const rasd_token *t = q->s->t;
    size_t k, n;
    if (a + 3 < b && ev_is_word(&t[a]) && t[a].norm_len == LETTERS(1) && letter_is(t[a].norm, U_LAM) &&
        t[a + 1].kind == RASD_TOK_PUNCT && !qt_comma(q, a + 1)) {
        for (k = a + 2; k < b && k < a + 2 + DESCRIPTION && ev_is_word(&t[k]); k++)
            ;
        return k > a + 2 && k < b && t[k].kind == RASD_TOK_PUNCT && !qt_comma(q, k) ? k + 1 : a;
    }
    if (ev_is_word(&t[a]) && t[a].norm_len > LETTERS(4) && starts_with(t[a].norm, t[a].norm_len, U_LAM U_LAM) &&
        !qt_in_entity(q, a) && !ev_word_is(q->s, a, 0, EK_LEAD, NULL, &n) &&
        !ev_word_is(q->s, a, 0, EK_BODY, NULL, &n))
        return a + 1;
    return a;
}

/* Whether token k is a time word of the adjuncts (أمس، اليوم الاثنين، في وقت سابق is a
 * preposition's): a date or a "source" word of time (data/quotes.tsv). */
static int time_word(const qctx *q, size_t k)
{
    size_t n;
    int v;
    return qt_in_date(q, k) ||
           (ev_word_is(q->s, k, 0, EK_SOURCE, &v, &n) && (v == SOURCE_WHEN || v == SOURCE_LATELY));
}

/* Whether the window [a, b) of a cue holds its addressee, then only adjuncts (time words, then
 * a preposition's phrase naming nobody who can speak, no title, body or source) up to the
 * complement (إن/أن, a complement's preposition or noun, a colon or a mark). */
static int addressee_adjuncts(const qctx *q, size_t a, size_t b)
{
    size_t e = addressee_end(q, a, b), k, adj, n;
    int v;
    if (e == a)
        return 0;
    for (k = e; k < b && (qt_comma(q, k) || time_word(q, k)); k++)
        ;
    if (k >= b)
        return k > e;               /* لـ«الشرق الأوسط» أمس، */
    for (adj = k; adj < b && ev_is_word(&q->s->t[adj]) &&
                  !ev_word_is(q->s, adj, 0, EK_THAT, &v, &n) &&
                  !(ev_word_is(q->s, adj, 0, EK_CPREP, &v, &n) && !qt_in_entity(q, adj) && adj > k) &&
                  !ev_word_is(q->s, adj, 0, EK_CNOUN, &v, &n);
         adj++)
        ;
    while (adj < b && qt_comma(q, adj))
        adj++;                      /* في لندن، أن */
    if (adj < b && ev_is_word(&q->s->t[adj]) && !ev_word_is(q->s, adj, 0, EK_THAT, &v, &n))
        return 0;                   /* more words: unsure */
    return adj > k && qt_adjuncts_only(q, k, adj);
}

/* Whether the cue's window [a, b) names nobody: an addressee alone (names.c) or an addressee
 * and its adjuncts. */
int qt_addressed_only(const qctx *q, size_t a, size_t b)
{
    return qt_addressee_only(q, a, b) || addressee_adjuncts(q, a, b);
}
