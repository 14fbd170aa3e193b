/* cue_sense.c — a reporting word used in a sense that is no speech (issue 16, sense57, stop 49;
 * docs/EVENTS.md "Issue 16: a cue word that is not speech (branch sense57, stop 49)").
 *
 * qprec57's class SENSE of the read parts' false quote rows and its fresh draws' false rows:
 * the cue word means something else here, shown by the word right after it: an elative
 * (وأوضح دليل على ذلك، أوضح من أن), a gesture (أشار بيده إلى المشجعين), a goal or points added
 * (أضاف الهدف، بعد أن أضاف 0.77 نقطة). Not "caught my eye" (لفت نظري أن …): built first, its
 * fresh check lost real statements told after it (لفت نظري في كلام الجعيثن قوله: …).
 * Two lists of data/quotes.tsv: "aguard cue_sense", phrases of a cue and the word after it
 * (the cue's و or ف stripped), and "aguard cue_unit", a unit after a number right after the
 * cue. The hook sits in quotes.c statement() with column_title.c's: a verb that is no
 * statement, before any speaker or content is looked for; it assumes c->i is the cue's first
 * token and c->n its length (a participle too). */
#include "events/quotes.h"
#include "events/aguard.h"

/* Whether reporting word c is used in its other sense: a phrase of "cue_sense" from its first
 * token reaching past it, or a number right after it and a unit of "cue_unit" after that. */
int qt_cue_sense(const qctx *q, const qcue *c)
{
    size_t j = c->i + c->n, n = 0;
    if (ev_aguard_is(q->s, c->i, 1, AG_CUE_SENSE, &n) && n > c->n)
        return 1;
    return j + 1 < q->s->nt && q->s->t[j].kind == RASD_TOK_NUMBER &&
           ev_aguard_is(q->s, j + 1, 0, AG_CUE_UNIT, &n);
}
