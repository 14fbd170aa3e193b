/* appeal_in_quote.c — an appeal in the first person inside a quote, on by default (issue 16, branch
 * appeal53; docs/EVENTS.md "Issue 16: an appeal in the first person inside a quote (branch
 * appeal53, stop 45)"). A speaker quoted often makes his appeal in the first person in the
 * middle of what he says (وأضاف: مليشيا الحوثي قتلت الأطفال … ونطالب وزارة الصحة بسرعة ارسال
 * فريق طبي; قائلاً: أطالب وزير الصحة بمحاسبة …). statement.c read such a verb (value 14) only as
 * the quote's first word and only under --event-triggers (a said appeal, events31). Here every
 * such verb inside the quote that opens a clause is the speaker's appeal, on by default; the
 * one asked is the name right after it (statement.c object_actor). statement.c's guards stand:
 * a negation (لا نطالب), a prayer (ندعو الله), an invitation (ندعو الجميع لحضور), a verb after a
 * relative (ما نطالب به), a question; one appeal a sentence. A verb with no و or ف after a word
 * (أن نطالب، لن نطالب، يجعلنا نطالبك) is left: a wish, a future, a column's. */
#include "events/appeal_in_quote.h"
#include "events/statement.h"
#include "events/notes.h"

#include <string.h>

enum { V_FIRST = 14 };   /* data/events.tsv appeal value 14: first person */

/* Whether token j is a verb of appeal in the first person that opens a clause of quote q: the
 * content's first word or after punctuation, bare; or with its و or ف anywhere. */
static int first_verb(sent_ctx *c, const rasd_quote *q, size_t j)
{
    int v, cl;
    size_t n;
    if (!ev_event_start(c->s, j))
        return 0;              /* (cost) the summary's filter first: most words start no
                                  event's phrase (an Arabic or Latin word, else 0) */
    if (ev_word_is(c->s, j, 0, EK_APPEAL, &v, &n) && n == 1 && v == V_FIRST)
        return c->s->t[j].start <= q->start || j == 0 ||
               c->s->t[j - 1].kind == RASD_TOK_PUNCT;
    if (!ev_word_is(c->s, j, 1, EK_APPEAL, &v, &n) || n != 1 || v != V_FIRST)
        return 0;
    cl = ev_clitic(c, j);
    return cl == CL_WA || cl == CL_FA;
}

/* One token of quote q at j: its appeal when first_verb takes it in its sentence. */
static rasd_status first_at(sent_ctx *c, struct ev_doc *x, const rasd_quote *q,
                            const rasd_span *sn, size_t ns, ev_said_fn add, size_t j)
{
    uint32_t s, e;
    if (!first_verb(c, q, j) || !ev_sentence_of(c, sn, ns, c->s->t[j].start, &s, &e))
        return RASD_OK;
    return add(c, x, q, j, EK_APPEAL, 1, s, e, 1);
}

rasd_status ev_appeal_note(sent_ctx *c, struct ev_doc *x, size_t i, size_t n)
{
    rasd_status rc = RASD_OK;
    int cut = c->s->cut, v;
    size_t m;
    for (size_t j = i; j < i + n && !rc; j++) {
        if (!ev_event_start(c->s, j) || !ev_may_appeal(c->s, j) ||
            !ev_word_is(c->s, j, 1, EK_APPEAL, &v, &m))
            continue;
        rc = ev_note_add(x, j, EV_NOTE_APPEAL_START, 0);
    }
    c->s->cut = cut;           /* the walk reads the cut of its own look-up */
    return rc;
}

rasd_status ev_appeal_in_quote(sent_ctx *c, struct ev_doc *x, const rasd_quote *q,
                               const rasd_span *sn, size_t ns, ev_said_fn add)
{
    rasd_status rc = RASD_OK;
    const rasd_token *t = c->s->t;
    size_t lo = 0, hi = x->nnotes;
    if (!q->speaker_name || !*q->speaker_name)
        return RASD_OK;        /* (cost) the speaker first, then one search for the start */
    if (!x->noted) {         /* no walk (its kinds off): every token of the quote */
        for (size_t j = ev_token_from(c->s, q->start); j < c->s->nt && t[j].start < q->end &&
                                                       !rc; j++)
            rc = first_at(c, x, q, sn, ns, add, j);
        return rc;
    }
    while (lo < hi) {          /* cost53: the first token noted in it (the notes are in
                                  token order, of every kind: notes.h) */
        size_t mid = lo + (hi - lo) / 2;
        if (t[x->notes[mid].token].start < q->start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < x->nnotes && t[x->notes[lo].token].start < q->end && !rc; lo++)
        if (x->notes[lo].kind == EV_NOTE_APPEAL_START) /* ev_appeal_note's */
            rc = first_at(c, x, q, sn, ns, add, x->notes[lo].token);
    return rc;
}
