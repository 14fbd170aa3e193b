/* sole_speaker.c — a description of the article's one speaker so far (branch attr66, stop 58;
 * docs/EVENTS.md "Stop 58: a title's holder past an abbreviation, and the one speaker's
 * description (branch attr66)"). «قال … أندريا بيرلو … إنه …، وتابع بيرلو …. وأكد نجم المنتخب
 * الإيطالي أنه …»: the statement's subject is a description with no name (sp->desc) that
 * shares no word with any title given its holder, so title_named_earlier.c cannot join it.
 * It is the person P when
 *  - it opens (after honorifics, lead 1) with a person's title (data/events.tsv lead 0) or a
 *    trade of sport or the arts (aguard trade: نجم، اللاعب، مدرب) and has two words or more;
 *  - every quote the article gave before it is P's (one speaker so far: a digest of several
 *    stories has several, and there a description may be another story's person, attr64);
 *  - it starts within GAP tokens after P's last quote, no other person named between it and
 *    the quote's start (nor an apposed name: أكد رئيس منظمة الطاقة الذرية، علي أكبر صالحي);
 *  - no turn word stands before the cue (من جانبه، قال رئيس البعثة: another man's turn).
 * emit_one (quotes.c) asks here after qt_title_named_earlier, with the cue's token and the
 * quote's first byte. */
#include "events/quotes.h"
#include "events/aguard.h"

#include <string.h>

enum {
    GAP = 20,                  /* tokens from the end of P's last quote to the description */
    LEAD_PERSON = 0,           /* data/events.tsv lead 0: a person's title */
    LEAD_HONOUR = 1            /* lead 1: an honorific (فضيلة، معالي) */
};

/* Whether the description at token a (ending before token b) opens with a person's title or
 * trade, after honorifics, and has two words or more. */
static int person_description(const qctx *q, size_t a, size_t b)
{
    size_t n;
    int v;
    while (a < b && ev_word_is(q->s, a, 0, EK_LEAD, &v, &n) && n == 1 && v == LEAD_HONOUR &&
           !ev_aguard_is(q->s, a, 0, AG_TRADE, &n))
        a++;
    if (a + 2 > b)
        return 0;
    return ev_aguard_is(q->s, a, 0, AG_TRADE, &n) ||
           (ev_word_is(q->s, a, 0, EK_LEAD, &v, &n) && n == 1 && v == LEAD_PERSON);
}

/* The last of the article's quotes before byte `at` when all of them have one speaker id
 * (NULL: none, or two ids, or one with none). */
static const rasd_quote *one_speaker(const qctx *q, uint32_t at)
{
    const rasd_quote *last = NULL;
    for (size_t k = 0; k < q->x->nquotes && q->x->quotes[k].start < at; k++) {
        const rasd_quote *r = &q->x->quotes[k];
        if (!r->speaker_id || (last && strcmp(last->speaker_id, r->speaker_id) != 0))
            return NULL;
        last = r;
    }
    return last;
}

/* Whether the description sp at token a, its cue at token cue and its quote at byte start,
 * is P's (the last quote's speaker), as the conditions above say; a description going on
 * from the quote before (مضيفا) whose own quote was P's already is P's. */
static int described_p(qctx *q, const speaker *sp, const rasd_quote *last, size_t a,
                       size_t cue, uint32_t start)
{
    size_t b, e;
    if (last->speaker_start == sp->start && last->speaker_end == sp->end)
        return 1;                  /* وختم قائلا: the description already joined */
    for (b = a; b < q->s->nt && q->s->t[b].end <= sp->end; b++)
        ;
    if (!person_description(q, a, b) || last->end > sp->start ||
        (e = ev_token_at(q->s, last->end)) > a || a - e > GAP || qt_turn_clause(q, cue))
        return 0;
    for (size_t k = 0; k < q->ne && q->en[k].start < start; k++)
        if (strcmp(q->en[k].type, "PER") == 0 && q->en[k].tok_start >= e &&
            (!q->en[k].id || strcmp(q->en[k].id, last->speaker_id) != 0))
            return 0;              /* another person named since P spoke, or apposed */
    return 1;
}

void qt_sole_speaker(qctx *q, speaker *sp, size_t cue, uint32_t start)
{
    const rasd_entity *holder = NULL;
    const rasd_quote *last;
    size_t a;
    if (!sp->desc || sp->id || (a = ev_token_at(q->s, sp->start)) >= q->s->nt ||
        !(last = one_speaker(q, start)) || !described_p(q, sp, last, a, cue, start))
        return;
    for (size_t k = 0; k < q->ne && q->en[k].start < start; k++)
        if (strcmp(q->en[k].type, "PER") == 0 && q->en[k].id &&
            strcmp(q->en[k].id, last->speaker_id) == 0)
            holder = &q->en[k];
    if (holder && qt_can_speak(q, holder))
        qt_speaker_is(sp, holder, sp->start, sp->end);
}
