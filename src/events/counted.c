/* counted.c — a survey's counted group as the speaker of its answer (branch turn65, stop 55;
 * docs/EVENTS.md "Issue 16: the report's next turn, the cues left and «X يرى أن»"): when the
 * words right after a reporting verb open with a percentage (a number with % or ٪ on either
 * side, or في المئة، بالمائة after it: data/events.tsv aguard "percent_word"), the speaker is
 * that phrase, with منهم or من/ممن and the words after it up to the content: «وقال 27٪ إنهم»،
 * «فقال 72٪ منهم إنهم»، «وقال 57 في المائة من الآباء إن». The gold of the read parts names
 * the counted phrase itself (snn-013834, snn-009632); bench/turn65/rule_3.md. */
#include "events/quotes.h"
#include "events/aguard.h"
#include "events/letters.h"


#define U_ARABIC_PERCENT "\xd9\xaa"   /* ٪ U+066A */

/* Whether token k is a percent sign, Latin or Arabic. */
static int percent_sign(const qctx *q, size_t k)
{
    const rasd_token *t = &q->s->t[k];
    return k < q->s->nt && (t->kind == RASD_TOK_PUNCT || t->kind == RASD_TOK_SYMBOL) &&
           (word_equals(t->norm, t->norm_len, "%") ||
            word_equals(t->norm, t->norm_len, U_ARABIC_PERCENT));
}

/* The token after a percentage that opens at token a (before b), 0 for none: %32، 32%، 32 ٪،
 * 27 في المئة، 57 بالمائة. */
static size_t percentage(const qctx *q, size_t a, size_t b)
{
    const rasd_token *t = q->s->t;
    size_t n;
    if (a + 1 < b && percent_sign(q, a) && t[a + 1].kind == RASD_TOK_NUMBER)
        return a + 2;
    if (a + 1 >= b || t[a].kind != RASD_TOK_NUMBER)
        return 0;
    if (percent_sign(q, a + 1))
        return a + 2;
    if (ev_aguard_is(q->s, a + 1, 0, AG_PERCENT_WORD, &n) && n == 1)
        return a + 2;                       /* بالمئة */
    if (a + 2 < b && ev_is_word(&t[a + 1]) && t[a + 1].norm_len == LETTERS(2) &&
        starts_with(t[a + 1].norm, t[a + 1].norm_len, U_FEH U_YEH) &&
        ev_aguard_is(q->s, a + 2, 0, AG_PERCENT_WORD, &n) && n == 1)
        return a + 3;                       /* في المئة */
    return 0;
}

/* 2 when token k is منهم or منهن (of them), 1 when من or ممن (of whom: the group follows),
 * else 0 (data/events.tsv aguard "counted_of_them", "counted_of"; whole words). */
static int of_word(const qctx *q, size_t k)
{
    size_t n;
    if (!ev_is_word(&q->s->t[k]))
        return 0;
    if (ev_aguard_is(q->s, k, 0, AG_COUNTED_OF_THEM, &n) && n == 1)
        return 2;
    return ev_aguard_is(q->s, k, 0, AG_COUNTED_OF, &n) && n == 1;
}

/* The counted group that opens the words [a, b) after a reporting verb, as sp's text: the
 * percentage, then منهم, or من … up to b (DESCRIPTION words at most, no comma or mark). */
int qt_counted(qctx *q, size_t a, size_t b, speaker *sp)
{
    size_t e = percentage(q, a, b), k;
    if (e == 0)
        return 0;
    if (e < b && of_word(q, e) == 2)
        e++;                                /* منهم */
    else if (e < b && of_word(q, e) == 1) {
        for (k = e + 1; k < b && k <= e + DESCRIPTION && ev_is_word(&q->s->t[k]); k++)
            ;
        e = k > e + 1 ? k : e;              /* من الآباء، ممن شملهم المسح */
    }
    qt_speaker_words(q, sp, q->s->t[a].start, q->s->t[e - 1].end);
    return 1;
}

int qt_is_counted(const qctx *q, const speaker *sp)
{
    size_t a;
    if (!sp->name || sp->id || !sp->desc || sp->end <= sp->start)
        return 0;
    a = ev_token_from(q->s, sp->start);
    return a < q->s->nt && q->s->t[a].start == sp->start &&
           percentage(q, a, q->s->nt) != 0;
}
