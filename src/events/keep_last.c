/* keep_last.c — a reporting verb that says nothing leaves the last speaker alone (branch
 * speakers46, docs/EVENTS.md "Issue 16: the empty speakers of the read parts"): a verb with
 * و right after a speaker's statement, with no subject of its own, only a negation (ونفى
 * بادغيش … وجود مفاوضات … وقال لم نتلق أي خطاب …، موضحا أن …), is that speaker going on, not
 * someone the recogniser does not know (quotes.c spoke() asks here). */
#include "events/quotes.h"

/* Whether cue c, whose speaker came out as sp, gave a quote of its own (the last one). */
static int gave_quote(const qctx *q, const qcue *c)
{
    return q->x->nquotes && q->x->quotes[q->x->nquotes - 1].cue_start == q->s->t[c->i].start;
}

/* Whether cue c, a verb with و or ف whose speaker sp came out nobody, no description, and
 * which gave no quote, follows the last speaker's statement right away (a comma at most
 * between) and has a negation right after it (وقال لم نتلق): words of its own with no subject,
 * so the last speaker goes on. Not a preposition after the verb: ويضيف البيان: … وحرم
 * انتهاكها وشدد في ذلك …، فقال: the Prophet's words, not the statement's (a development
 * sample: 6 of 10 right with prepositions). */
int qt_keeps_last(const qctx *q, const qcue *c, const speaker *sp)
{
    size_t j = c->i + c->n, n;
    return !c->part && c->cut && !sp->name && !sp->desc && q->last.name && j < q->s->nt &&
           c->i <= (size_t)q->last_end + 1 && !gave_quote(q, c) &&
           ev_word_is(q->s, j, 0, EK_NEGATION, NULL, &n);
}
