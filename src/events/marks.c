/* marks.c — the quote marks, the pairs they make (pairing.c pairs them) and the questions
 * quotes.c asks of them. Moved out of quotes.c at stop 30 (the file was at the size limit).
 */
#include "events/quotes.h"
#include "events/letters.h"
#include "events/aguard.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int qt_mark_kind(const qctx *q, size_t i, int *can_open, int *can_close)
{
#define MARK(m, o, c) {m, sizeof m - 1, o, c}
    static const struct {
        const char *mark;
        size_t len;
        int opens, closes;
    } marks[] = {
        MARK("\"", 1, 1),    MARK(U_LDQUO, 1, 1), MARK(U_RDQUO, 1, 1), MARK(U_LSQUO, 1, 1),
        MARK(U_RSQUO, 1, 1),
        MARK(U_LAQUO, 1, 0),                 /* « opens only */
        MARK(U_BDQUO, 1, 0),                 /* „ opens only */
        MARK(U_RAQUO, 0, 1),                 /* » closes only */
    };
#undef MARK
    const rasd_token *t = &q->s->t[i];
    if (t->kind != RASD_TOK_PUNCT || t->norm_len > 3 || t->norm_len == 0)
        return 0;                            /* every mark is 1 to 3 bytes */
    unsigned char c0 = (unsigned char)t->norm[0];
    if (c0 != '"' && c0 != 0xE2 && c0 != 0xC2)
        return 0;                            /* " or the lead byte of “ ” ‘ ’ „ (E2) or « » (C2):
                                                not ، . : and the rest, without the table */
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
        if (t->norm_len == marks[k].len && memcmp(t->norm, marks[k].mark, t->norm_len) == 0) {
            *can_open = marks[k].opens;
            *can_close = marks[k].closes;
            return 1;
        }
    return 0;
}

/* Whether token i is a quote mark. */
int qt_mark(const qctx *q, size_t i)
{
    int co, cc;
    return i < q->s->nt && qt_mark_kind(q, i, &co, &cc);
}

/* Whether token i is a comma, Latin or Arabic (، U+060C: the press's usual one). */
int qt_comma(const qctx *q, size_t i)
{
    const rasd_token *t = &q->s->t[i];
    return ev_punct(q->s, i, ",") ||
           (t->kind == RASD_TOK_PUNCT && t->norm_len == strlen(U_ARABIC_COMMA) &&
            memcmp(t->norm, U_ARABIC_COMMA, t->norm_len) == 0);
}


size_t qt_words_in(const qctx *q, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        n += ev_is_word(&q->s->t[i]);
    return n;
}

/* Whether the words of tokens [a, b) are one mention the recogniser found, all of them or
 * all but the last (كشفت قناة «سي إن إن»، أن; وقالت "هيومان رايتس ووتش": إن; هاتفها الذكي
 * "سوني إكسبريا سي 5 ألترا"): a quoted name, not a passage. */
static int quoted_name(const qctx *q, size_t a, size_t b, size_t n)
{
    size_t k = qt_ent_from(q, a);
    if (k >= q->ne || q->en[k].tok_start != a)
        return 0;
    for (; k < q->ne && q->en[k].tok_start == a; k++) {
        size_t e = q->en[k].tok_end < b ? q->en[k].tok_end : b, in = qt_words_in(q, a, e);
        if (in >= MIN_WORDS && in + 1 >= n)
            return 1;
    }
    return 0;
}

void qt_add_pair(qctx *q, size_t open, size_t close, uint32_t end)
{
    const rasd_token *t = q->s->t;
    size_t n;
    if (close <= open + 1 || (n = qt_words_in(q, open + 1, close)) < MIN_WORDS ||
        quoted_name(q, open + 1, close, n))
        return;
    q->x->pairs = grow_array(q->x->pairs, &q->x->pairs_cap, q->npairs + 1, sizeof(qpair), &q->rc);
    if (q->rc)
        return;
    q->pairs = q->x->pairs;
    q->pairs[q->npairs++] = (qpair){(uint32_t)open, (uint32_t)close, t[open + 1].start, end, 0};
}

/* Whether pair p was closed by a mark (1), or by the line break before its close token (0:
 * that token is the next line's first word). */
int qt_closed_by_mark(const qctx *q, const qpair *p)
{
    int co, cc;
    return p->close < q->s->nt && !qt_para_break(q, p->close) &&
           qt_mark_kind(q, p->close, &co, &cc) && cc;
}

/* The pair that opens at token i, or NULL. Every pair opens at a mark (qt_pair_marks reads
 * only punctuation), so a word has none: most calls ask about one (cost71: the walk of the
 * pairs cost 14 Ir a token). */
qpair *qt_pair_at(qctx *q, size_t i)
{
    if (i < q->s->nt && q->s->t[i].kind != RASD_TOK_PUNCT)
        return NULL;
    for (size_t k = 0; k < q->npairs; k++)
        if (q->pairs[k].open == i)
            return &q->pairs[k];
    return NULL;
}

/* Whether pair p is a work's title: its opening mark right after a word that names a work
 * (data/quotes.tsv "aguard work_title": بعنوان، كتاب، رواية، فيلم، برنامج …; quotemarks3):
 * صدر كتاب بعنوان "القيادة دون خوف،" ذكر المؤلف — a name, not the next verb's passage. */
static int titled(qctx *q, const qpair *p)
{
    size_t n;
    return p->open > 0 && ev_is_word(&q->s->t[p->open - 1]) &&
           ev_aguard_is(q->s, p->open - 1, 1, AG_WORK_TITLE, &n) && n == 1;
}

/* The pair that opens at token i when it holds a work's title by the words before it (err62),
 * else NULL: a word of "aguard title_named" right before its mark (تحت عنوان «…»، ندوة بعنوان
 * "…"), or a word of "work_noun" (no pronoun) after a preposition, right before the mark or
 * before one ال- adjective (في كتاب “…”، في المقال الأخير "…"). The title is no passage of a
 * cue before it; a pair of WORK_TITLE_WORDS words at most, closed by a mark. Not مخرج الفيلم
 * "…" (the work names the speaker), في كتابه «…» (his own book, whose words he may be quoted
 * in), في عنوانها الرئيسي "…" (a paper's headline it says). */
enum { WORK_TITLE_WORDS = 12 };   /* the longest title read: 9 words (دراسات تصحيحية في مفاهيم …) */

qpair *qt_work_title_at(qctx *q, size_t i)
{
    qpair *p = qt_mark(q, i) ? qt_pair_at(q, i) : NULL;   /* the mark first: cheaper */
    size_t k = i - 1, n;
    const rasd_token *t;
    if (!p || i < 2 || !ev_is_word(&q->s->t[k]) || !qt_closed_by_mark(q, p) ||
        qt_words_in(q, p->open, p->close) > WORK_TITLE_WORDS)
        return NULL;                               /* longer: a passage whose own close mark
                                                      went astray (برنامج “لقاء الجمعة … ”) */
    if (ev_aguard_is(q->s, k, 1, AG_TITLE_NAMED, &n) && n == 1)
        return p;
    t = &q->s->t[k];
    if (starts_with(t->norm, t->norm_len, U_ARTICLE) && !ev_aguard_is(q->s, k, 1, AG_WORK_NOUN, &n))
        k--;                                       /* المقال الأخير: one adjective */
    return k > 0 && ev_is_word(&q->s->t[k]) && ev_aguard_is(q->s, k, 1, AG_WORK_NOUN, &n) &&
                   n == 1 && ev_word_is(q->s, k - 1, 0, EK_PREP, NULL, &n) && n == 1
               ? p
               : NULL;
}

/* The unclaimed pair that closes right before token i, with at most punctuation between; a
 * work's title is none. */
qpair *qt_pair_before(qctx *q, size_t i)
{
    for (size_t k = 0; k < q->npairs; k++) {
        qpair *p = &q->pairs[k];
        size_t j = p->close + 1;
        if (p->claimed || p->close >= i || p->close + PAIR_GAP < i || titled(q, p))
            continue;
        while (j < i && q->s->t[j].kind == RASD_TOK_PUNCT)
            j++;
        if (j == i)
            return p;
    }
    return NULL;
}

/* Whether token i is inside a pair of quote marks. */
int qt_in_pair(const qctx *q, size_t i)
{
    for (size_t k = 0; k < q->npairs; k++)
        if (q->pairs[k].open < i && i < q->pairs[k].close)
            return 1;
    return 0;
}


/* Whether pair p is an organisation's name in a speaker's title between a cue and what it
 * says (كشف الرميلي، المدير التنفيذي لـ«حركة نداء تونس»، عن …; أكد إيهاب طبارة، المدير العام
 * لـ«شركة مخزن الخليج …»، أن …; fix56): its opening mark right after a bare لـ that is not
 * the first word after the cue (a = the token after it: قال لـ«الشرق الأوسط» names whom it was
 * said to, and دعا لـ«وقف …» is what is asked), at most TITLE_NAME_WORDS words inside and a
 * comma right after its close, as an apposition ends. */
int qt_title_org_pair(const qctx *q, const qpair *p, size_t a)
{
    const rasd_token *l = p->open > 0 ? &q->s->t[p->open - 1] : NULL;
    return l && p->open - 1 > a && l->norm_len == LETTERS(1) &&
           memcmp(l->norm, U_LAM, LETTERS(1)) == 0 &&
           qt_words_in(q, p->open + 1, p->close) <= TITLE_NAME_WORDS &&
           p->close + 1 < q->s->nt && qt_comma(q, p->close + 1);
}
