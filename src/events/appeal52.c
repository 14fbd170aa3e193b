/* appeal52.c — an appeal's participle with no quote of its own, closing what a speaker said
 * (issue 16, branch appeal52; docs/EVENTS.md "Issue 16: an appeal's participle after a closed
 * quote (branch appeal52, stop 44)"). An Arabic report often closes a speaker's quoted words
 * with a participle of appeal whose subject is that speaker (وقال: "المفاوضات جارية …"،
 * مطالباً الصحافيين بالتحلي بالصبر; وتابع: "تمت مخاطبة إمارة المركز"؛ مطالباً الأهالي
 * بالتعاون). quotes.c makes the participle a quote of its own after a plain comma (appeal48.c
 * reads those), but not after a closed quote mark or ؛: the appeal was lost. Here the
 * participle must follow the quote's end with nothing but punctuation between, a comma or ؛
 * among it, so that it closes that speaker's words; a plural participle (مطالبين) is a
 * group's, never the speaker's (aguard plural50), and is left. */
#include "events/appeal52.h"
#include "events/appeal48.h"
#include "events/aguard.h"

#include <string.h>

enum { V_SAID = 9 };   /* data/events.tsv appeal value 9: a participle */

/* Whether token k is a comma (Arabic or Latin) or an Arabic semicolon. */
static int closing(const sent_ctx *c, size_t k)
{
    const rasd_token *t = &c->s->t[k];
    return t->kind == RASD_TOK_PUNCT &&
           ((t->norm_len == 2 && (memcmp(t->norm, "\xd8\x8c", 2) == 0 ||      /* ، */
                                  memcmp(t->norm, "\xd8\x9b", 2) == 0)) ||    /* ؛ */
            (t->norm_len == 1 && t->norm[0] == ','));
}

/* Whether a quote of the document has its reporting word at byte b. */
static int has_cue(const rasd_quote *q, size_t nq, uint32_t b)
{
    for (size_t j = 0; j < nq; j++)
        if (q[j].cue_start == b)
            return 1;
    return 0;
}

/* The first token after quote k's end, its punctuation skipped; c->t1 if none or no comma or
 * ؛ among it. */
static size_t after_marks(sent_ctx *c, const rasd_quote *qk)
{
    size_t j = ev_token_from(c->s, qk->end);
    int seen = 0;
    for (; j < c->t1 && c->s->t[j].kind == RASD_TOK_PUNCT; j++)
        seen |= closing(c, j);
    return seen ? j : c->t1;
}

size_t ev_appeal52_after(sent_ctx *c, const rasd_quote *q, size_t nq, size_t k, uint32_t s)
{
    const rasd_quote *qk = &q[k];
    size_t i, n;
    int v;
    if (!qk->speaker_name || !*qk->speaker_name || qk->end <= qk->cue_start ||
        (qk->speaker_start < s && qk->cue_start != c->s->t[c->t0].start))
        return c->t1;
    /* the cheap tests first (the punctuation, then the word): most quotes end a sentence */
    if ((i = after_marks(c, qk)) >= c->t1 || i <= c->t0 ||
        !ev_word_is(c->s, i, 0, EK_APPEAL, &v, &n) || n != 1 || v != V_SAID ||
        ev_aguard_at(c, i, 1, AG_PLURAL50, NULL) || has_cue(q, nq, c->s->t[i].start) ||
        !ev_appeal48_agent(c, qk))
        return c->t1;
    return i;
}
