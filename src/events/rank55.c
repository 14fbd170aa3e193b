/* rank55.c — the trigger layer's candidates printed for study (issue 16, rank55, stop 47;
 * docs/EVENTS.md "Issue 16: a learned ranker over the trigger layer's candidates").
 *
 * With RASD_TRIGGER_DUMP set in the environment when the engine loads, ev_trigger_events
 * prints to stderr every trigger word it considers and what its guards decided: a line
 * "D <bytes>" per document, then per candidate
 *   C stage type form cut flags on sentence-start sentence-end trigger-start trigger-end
 *     token-in-sentence tokens-in-sentence actors planned
 * (stage: RK_* of rank55.h; flags: RKF_*; on: 1 on by default, 0 off (given by
 * --event-triggers unless framed), -1 not added). tools/rank55.py reads it. Unset, nothing is
 * printed and no output changes. */
#include "events/rank55.h"

#include <stdio.h>

void rk_doc(const rasd_doc *doc)
{
    size_t len;
    rasd_doc_text(doc, &len);
    fprintf(stderr, "D\t%zu\n", len);
}

void rk_dump(const sent_ctx *c, const rk_cand *k)
{
    const rasd_token *t = c->s->t;
    fprintf(stderr, "C\t%d\t%s\t%d\t%d\t%u\t%d\t%u\t%u\t%u\t%u\t%zu\t%zu\t%zu\t%d\n", k->stage,
            k->type ? k->type : "-", k->cls, k->cut, k->flags, k->on, (unsigned)k->s,
            (unsigned)k->e,
            (unsigned)t[k->i].start, (unsigned)t[k->i + k->n - 1].end, k->i - c->t0,
            c->t1 - c->t0, k->ev ? k->ev->nactors : (size_t)0, k->ev ? k->ev->planned : 0);
}
