/* named_last.c — a reporting word that names nobody, when no one goes on, is the one person
 * the article names last before it (branch attr57, docs/EVENTS.md "Issue 16: quote
 * attribution over every read part"). A statement whose verb or participle has no subject
 * (وأضاف، مشيرا، وقال في تصريح) goes on with the last speaker (qt_continued); when that gave
 * nobody (a speaker named paragraphs before, an unnamed source since), the last person
 * mention before the cue speaks when that person spoke before in the article, no other
 * person is named within SOLE_BYTES before the cue, the mention is outside quote marks and
 * statements, not spoken to, not a byline («عيسى الحربي- سبق- الرياض»), and the cue is
 * masculine, not imperfect and first in its clause. quotes.c asks here after the speaker was
 * chosen and after the guard that drops an empty speaker's statement (no statement added).
 */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

/* The stretch before the verb in which the last person must be the only one named: about
 * three paragraphs of a news article (the read parts' chains of one speaker go on over up
 * to 2,500 bytes; two people within 1,500 bytes are 12 of 25 wrong there). */
#define SOLE_BYTES 1500
/* Tokens after a name at the text's start in which a dash makes it a byline (سلوى المدني
 * -عين اليوم), and how far the byline reaches. */
#define BYLINE_TOKENS 2
#define BYLINE_BYTES 100

/* Whether the text at token j is a dash (-, –). */
static int dash(const qctx *q, size_t j)
{
    const rasd_token *t = &q->s->t[j];
    return t->kind == RASD_TOK_PUNCT && t->norm_len >= 1 &&
           (t->norm[0] == '-' || (t->norm_len >= 3 && memcmp(t->norm, "\xe2\x80\x93", 3) == 0));
}

/* Whether cue c is a verb in the imperfect (يقول، ويرى): in columns, someone imagined or
 * anyone at all (… أن نسمع أحدهم يقول), not the person named last. */
static int imperfect(const qctx *q, const qcue *c)
{
    const rasd_token *t = &q->s->t[c->i];
    size_t skip = c->cut ? LETTERS(1) : 0;
    return !c->part && t->norm_len > skip && letter_is(t->norm + skip, U_YEH);
}

/* Whether verb cue c opens its clause (as speakers.c clause_first): with و or ف, at its
 * sentence's start, after a mark, or after كما or قد; a participle always. Not لكن محللا
 * نفطيا ليبيا قال: a subject before the verb that no list names. */
static int opens_clause(const qctx *q, const qcue *c)
{
    const rasd_token *p = c->i > 0 ? &q->s->t[c->i - 1] : NULL;
    return c->part || c->cut || c->i == qt_sent_start(q, c->i) || !ev_is_word(p) ||
           (p->norm_len == LETTERS(3) && memcmp(p->norm, U_KAF U_MEEM U_ALEF, LETTERS(3)) == 0) ||
           (p->norm_len == LETTERS(2) && memcmp(p->norm, U_QAF U_DAL, LETTERS(2)) == 0);
}

/* Whether byte offset off lies inside a statement already given. */
static int in_statement(const qctx *q, uint32_t off)
{
    for (size_t k = 0; k < q->x->nquotes; k++)
        if (off >= q->x->quotes[k].start && off < q->x->quotes[k].end)
            return 1;
    return 0;
}

/* Whether person mention en may be the speaker: can speak, outside marks and statements,
 * not spoken to, no dash right after it. */
static int eligible(const qctx *q, const rasd_entity *en)
{
    if (strcmp(en->type, "PER") != 0 || !qt_can_speak(q, en) || qt_in_pair(q, en->tok_start) ||
        qt_addressed(q, en->tok_start) || in_statement(q, en->start))
        return 0;
    for (size_t j = en->tok_end; en->start < BYLINE_BYTES && j < q->s->nt &&
                                 j < en->tok_end + BYLINE_TOKENS; j++)
        if (dash(q, j))
            return 0;
    return 1;
}

/* Whether mentions a and b name the same person (one id, or one last word). */
static int same_person(const rasd_entity *a, const rasd_entity *b)
{
    if (a->id && b->id && strcmp(a->id, b->id) == 0)
        return 1;
    const char *x = a->name ? strrchr(a->name, ' ') : NULL;
    const char *y = b->name ? strrchr(b->name, ' ') : NULL;
    x = x ? x + 1 : a->name, y = y ? y + 1 : b->name;
    return x && y && strcmp(x, y) == 0;
}

/* Whether the person of mention last spoke before: the speaker of a statement already given
 * (وقال العجيمي إن … ⏎ … مؤكدًا). */
static int spoke_before(const qctx *q, const rasd_entity *last)
{
    for (size_t k = 0; k < q->x->nquotes; k++) {
        const rasd_quote *r = &q->x->quotes[k];
        if (r->speaker_name && !qt_offered(q, ev_token_from(q->s, r->cue_start)) &&
            ((r->speaker_id && last->id && strcmp(r->speaker_id, last->id) == 0) ||
             (last->name && strcmp(r->speaker_name, last->name) == 0)))
            return 1;
    }
    return 0;
}

/* attr57's hook (quotes.c, after the speaker of cue c came out as sp): sp, empty after the
 * last speaker was asked (a QT_HOW ending in +), becomes the one person named last. */
void qt_named_last(qctx *q, const qcue *c, speaker *sp)
{
    const rasd_entity *last = NULL;
    uint32_t at = q->s->t[c->i].start;
    size_t len;
    if (sp->name || sp->desc || c->gender != 1 || imperfect(q, c) || !opens_clause(q, c) ||
        !q->how || !(len = strlen(q->how)) || q->how[len - 1] != '+')
        return;
    for (size_t k = 0; k < q->ne && q->en[k].tok_end <= c->i; k++)
        if (eligible(q, &q->en[k]))
            last = &q->en[k];
    if (!last || last->end + SOLE_BYTES < at || !spoke_before(q, last))
        return;
    for (size_t k = 0; k < q->ne && q->en[k].tok_end <= c->i; k++)
        if (q->en[k].end + SOLE_BYTES >= at && strcmp(q->en[k].type, "PER") == 0 &&
            !same_person(&q->en[k], last))
            return;
    qt_speaker_is(sp, last, last->start, last->end);
    sp->gender = c->gender;
    QT_HOW(q, "named_last");
}
