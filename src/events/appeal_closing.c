/* appeal_closing.c — an appeal's participle that quotes.c left without a quote (issue 16, branch
 * appeal52; docs/EVENTS.md "Issue 16: an appeal's participle that quotes.c left without a
 * quote (branch appeal52, stop 44)"). An Arabic report often closes what a speaker said with
 * a participle of appeal whose subject is that speaker (وأشار عبدالله الراجح إلى أنه ينبغي
 * …، داعياً التجار للرفق بالمواطنين). quotes.c makes such a participle a quote of its own in
 * most sentences (appeal_participle.c reads those), but not in all: there the appeal was lost. Here
 * the participle must follow the end of that speaker's quote with nothing but a comma (a
 * bracket may close before it), so that it closes the speaker's words; a plural participle
 * (مطالبين) is a group's, never the speaker's (aguard appeal_plural), and is left. After a closed
 * quote mark or ؛ (»، مطالبا; "؛ مناشدا) it is left too: 3 of the 11 rows read there had the
 * quote's speaker wrong. */
#include "events/appeal_closing.h"
#include "events/appeal_participle.h"
#include "events/aguard.h"

#include <string.h>

enum { V_SAID = 9 };   /* data/events.tsv appeal value 9: a participle */

/* Whether token k is a comma (Arabic or Latin). */
static int comma(const sent_ctx *c, size_t k)
{
    const rasd_token *t = &c->s->t[k];
    return t->kind == RASD_TOK_PUNCT &&
           ((t->norm_len == 2 && memcmp(t->norm, "\xd8\x8c", 2) == 0) ||
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

/* Whether token k is a quote mark or ؛. */
static int mark(const sent_ctx *c, size_t k)
{
    static const char *const marks[] = {"\"", "'", "\xc2\xab", "\xc2\xbb", "\xe2\x80\x9c",
                                        "\xe2\x80\x9d", "\xd8\x9b"};   /* " ' « » “ ” ؛ */
    const rasd_token *t = &c->s->t[k];
    for (size_t m = 0; m < sizeof marks / sizeof *marks; m++)
        if (t->norm_len == strlen(marks[m]) && memcmp(t->norm, marks[m], t->norm_len) == 0)
            return 1;
    return 0;
}

/* The first token after quote k's end, its punctuation skipped, when that punctuation ends
 * with a comma (a bracket may stand before it: (باللغة العربية)، داعياً); c->t1 if not. */
static size_t after_comma(sent_ctx *c, const rasd_quote *qk)
{
    size_t j = ev_token_from(c->s, qk->end);
    while (j < c->t1 && c->s->t[j].kind == RASD_TOK_PUNCT)
        j++;
    return j < c->t1 && j > c->t0 && comma(c, j - 1) ? j : c->t1;
}

/* Whether a quote mark or ؛ stands between quote k's end and token i. Such a participle is
 * left (»، مطالبا; "؛ مناشدا): on the articles read for this rule, 3 of its 11 rows there had
 * the quote's speaker wrong (a name quotes.c carried to «وقال:», a byline, an object), and the
 * corpus has too few of them for a fresh check (docs/EVENTS.md). */
static int marked(sent_ctx *c, const rasd_quote *qk, size_t i)
{
    for (size_t j = ev_token_from(c->s, qk->end); j < i; j++)
        if (mark(c, j))
            return 1;
    return 0;
}

size_t ev_appeal_closing(sent_ctx *c, const rasd_quote *q, size_t nq, size_t k, uint32_t s)
{
    const rasd_quote *qk = &q[k];
    size_t i, n;
    int v;
    if (!qk->speaker_name || !*qk->speaker_name || qk->end <= qk->cue_start ||
        (qk->speaker_start < s && qk->cue_start != c->s->t[c->t0].start))
        return c->t1;
    /* the cheap tests first (the comma, then the word): most quotes end a sentence */
    if ((i = after_comma(c, qk)) >= c->t1 || i <= c->t0 ||
        !ev_word_is(c->s, i, 0, EK_APPEAL, &v, &n) || n != 1 || v != V_SAID ||
        ev_aguard_at(c, i, 1, AG_APPEAL_PLURAL, NULL) || has_cue(q, nq, c->s->t[i].start) ||
        marked(c, qk, i) || !ev_appeal_agent(c, qk))
        return c->t1;
    return i;
}
