/* column_title.c — a column's title is no statement (issue 16, quotes55, stop 47; docs/EVENTS.md
 * "Issue 16: unseen23's quotes and speakers over every part (branch quotes55, stop 47)").
 *
 * A newspaper's column whose title is a sentence with a reporting verb, the verb right before
 * the one it addresses and a colon («"سبق" تقول للمسؤول: …», Sabq's column: 25 times in
 * SaudiNewsNet outside drawn.txt, in unseen3, unseen7 and unseen23 of the read parts): the
 * words after the colon are the writer's, no one's statement (the guideline: a columnist's own
 * words report nothing). Only with the addressee word of data/quotes.tsv "aguard column_addressee"
 * (للمسؤول) right after the verb and a colon right after it; in quote marks after زاوية the
 * title is quoted_cue's already (quotes.c). The hook sits with verse() and figure() in
 * quotes.c statement(): a verb that is no statement, before any speaker is looked for. */
#include "events/quotes.h"
#include "events/aguard.h"

/* Whether reporting word c is a column's title: a word of "column_addressee" right after it, then a
 * colon (سبق تقول للمسؤول:). */
int qt_column_title(const qctx *q, const qcue *c)
{
    size_t j = c->i + c->n, n;
    return !c->part && j + 1 < q->s->nt && ev_punct(q->s, j + 1, ":") &&   /* the colon first:
                                                                            cheaper */
           ev_aguard_is(q->s, j, 0, AG_COLUMN_ADDRESSEE, &n) && n == 1;
}
