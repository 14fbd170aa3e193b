/* runon.c — a described speaker does not run on into the verb's object or a report's adjunct
 * (issue 16, quotes31, stop 38).
 *
 * An unnamed or described subject (الرئيس اليمني، المصدر، الهيئة) is a noun phrase the subject
 * rules end at a stop word, a mark or a word limit; they read on past it when the verb's
 * object or an adjunct follows with no such word: وجدد الرئيس اليمني تأكيداته بأن، وأبدى
 * المصدر اعتقاده، وأكدت الشركتان قدرتهما; وتوقعت الهيئة في تقريرها، وأوضح المرصد في تقريره.
 * A noun with a possessive pronoun (تأكيداته، تقريرها: ه، ها، هم، هما in the text, not ة) is no
 * part of the phrase right after a definite word, which cannot govern it (أحد زملائه، مجلس
 * إدارتها are one phrase: their first word has no article; آل درهم is a name), nor after في:
 * the pronoun is the subject's own report or words. The description is cut before that word
 * (before في). */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

#define THAL "\xd8\xb0"               /* ذ U+0630 */

/* Whether token i is a word with a possessive pronoun in the text (تأكيداته، تقريرها، قولهم;
 * not ة, which norm folds into ه), no article, and not a name ending so (عبدالله، نزيه). */
static int possessed(const qctx *q, size_t i)
{
    const rasd_token *t = &q->s->t[i];
    const char *w = q->doc->text + t->start;
    size_t n = t->end - t->start;
    if (!ev_is_word(t) || t->norm_len <= LETTERS(3) ||
        starts_with(t->norm, t->norm_len, U_ARTICLE) || ends_with(w, n, U_LAM U_HEH) ||
        ends_with(w, n, U_YEH U_HEH) || starts_with(t->norm, t->norm_len, U_AIN U_LAM U_YEH) ||
        starts_with(t->norm, t->norm_len, U_FEH U_YEH))
        return 0;              /* a name (عبدالله، نزيه، فقيه); a preposition's (عليهم، فيها) */
    return ends_with(w, n, U_HEH) || ends_with(w, n, U_HEH U_ALEF) ||
           ends_with(w, n, U_HEH U_MEEM) || ends_with(w, n, U_HEH U_MEEM U_ALEF);
}

/* Whether token i is نفس or ذات with a pronoun (المصادر ذاتها، المصدر نفسه): an emphasis of
 * the phrase, part of it. */
static int self(const qctx *q, size_t i)
{
    const rasd_token *t = &q->s->t[i];
    return t->norm_len >= LETTERS(4) &&
           (starts_with(t->norm, t->norm_len, U_NOON U_FEH U_SEEN) ||
            starts_with(t->norm, t->norm_len, THAL U_ALEF U_TEH) ||
            starts_with(t->norm, t->norm_len, U_ALEF U_NOON U_FEH U_SEEN));
}

/* Whether token i is في (فى). */
static int fi(const qctx *q, size_t i)
{
    const rasd_token *t = &q->s->t[i];
    return t->norm_len == LETTERS(2) && letter_is(t->norm, U_FEH) &&
           letter_is(t->norm + LETTERS(1), U_YEH);
}

/* What follows a possessed noun at token i within the span ending at end: 0 nothing (or a
 * mark), 1 a preposition or a word with و، ل، ب (قصفها لمناطق، مشاركتها في), 2 a definite
 * word (تقريرها السنوي، or a family name: جمعه الخياط), 3 an indefinite one: a genitive or
 * a family name, after a construct or a first name (لجنه إغاثة، باربره جافي), never after
 * a noun with a pronoun. */
static int after(const qctx *q, size_t i, uint32_t end)
{
    const rasd_token *t = i + 1 < q->s->nt ? &q->s->t[i + 1] : NULL;
    size_t n;
    if (!t || t->end > end || !ev_is_word(t))
        return 0;
    if (ev_word_is(q->s, i + 1, 0, EK_GOVERN, NULL, &n) || fi(q, i + 1) ||
        letter_is(t->norm, U_WAW) || letter_is(t->norm, U_LAM) || letter_is(t->norm, U_BEH))
        return starts_with(t->norm, t->norm_len, U_ARTICLE) ? 2 : 1;
    return starts_with(t->norm, t->norm_len, U_ARTICLE) ? 2 : 3;
}

/* A described speaker sp cut before its object or a في with a possessed noun. */
void qt_cut_runon(qctx *q, speaker *sp)
{
    size_t a, i;
    if (!sp->name || sp->id || !sp->desc || sp->end <= sp->start)
        return;
    a = ev_token_from(q->s, sp->start);
    for (i = a + 1; i < q->s->nt && q->s->t[i].end <= sp->end; i++) {
        const rasd_token *p = &q->s->t[i - 1];
        size_t n;
        if (possessed(q, i) && !self(q, i) && ev_is_word(p) && p->norm_len > LETTERS(2) &&
            (after(q, i, sp->end) < 2 || letter_is(q->s->t[i].norm, U_WAW)) &&
            starts_with(p->norm, p->norm_len, U_ARTICLE) &&
            !ev_word_is(q->s, i - 1, 0, EK_RELATIVE, NULL, &n))
            break;                             /* not a relative clause's verb (الذي أصدره) */
        if (fi(q, i) && i + 1 < q->s->nt && q->s->t[i + 1].end <= sp->end && possessed(q, i + 1) &&
            after(q, i + 1, sp->end) < 3)
            break;
    }
    if (i >= q->s->nt || q->s->t[i].end > sp->end)
        return;
    while (i > a && !ev_is_word(&q->s->t[i - 1]))
        i--;
    if (i > a)
        qt_speaker_words(q, sp, sp->start, q->s->t[i - 1].end);
}
