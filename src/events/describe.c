/* describe.c — the object of a verb of describing and the ب that says what it is (branch
 * quotes35, docs/EVENTS.md "Issue 16: a described object and unseen17's misses"): وصف نائب
 * رئيس وفد المملكة … خالد الأحمد مشاركة السعودية بالمميزة؛ وصف الفنان القطري غانم السليطي
 * الفيلم السعودي "بوصلة" للأخوين … بالفيلم العميق؛ فيما وصف وزير النقل اليمني … الوضع في عدن
 * بالكارثي. The labels (### Guideline) count the object and its description as the statement:
 * the speaker's judgement of a thing. Only for a verb of data/quotes.tsv "own" 2 (وصف، وصفت،
 * وصفوا; a cue with NAMED: only with its speaker found, never carried, since the bare form is
 * also the passive: وُصف الهجوم بأنه), with a subject after it and ending right before the
 * object (qt_ends_subject), and only where a word with ب follows within DESCRIBE_GAP tokens,
 * no comma, colon or reporting word between (the description: بالمميزة، بأنها، بـ"…"). A
 * description with أن (ووصف بعض الاقتصاديين التوقعات بأنها) is the verb's content already
 * (quotes.c content_start): this only opens what has no أن. quotes.c comp_start asks here.
 * A bare verb first in its clause, its object and a description after it, goes on with the
 * last speaker (qt_describe_carried, branch err64: ووصفت مشاركة المرأة … بالإيجابية); quotes.c
 * statement() asks it before a NAMED cue with no speaker is dropped. */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

enum {
    DESCRIBE_GAP = 10,         /* tokens from the object's first word to its ب, at most (الفيلم
                                  السعودي "بوصلة" للأخوين علي ومجتبى سعيد بالفيلم: 8) */
    OWN_DESCRIBE = 2,          /* data/quotes.tsv "own" 2: a verb of describing */
    NOMINATIVE_LETTERS = 6     /* letters past the article of a plural in ـون that is a subject
                                  (متشددون، مسؤولون؛ not قانون، فنون) */
};

/* Whether token k is a word with ب that says what the object is (بالمميزة، بالكارثي، بأنها،
 * بـ): ب and at least one more letter, not a name's or a date's token. */
static int described_as(const qctx *q, size_t k)
{
    const rasd_token *t = &q->s->t[k];
    return ev_is_word(t) && letter_is(t->norm, U_BEH) && t->norm_len >= LETTERS(2) &&
           !qt_in_date(q, k);
}

/* Whether the tokens from j hold a description with ب before a comma, colon, sentence end or
 * reporting word, within DESCRIBE_GAP. */
static int has_description(const qctx *q, size_t j, size_t end)
{
    size_t n;
    for (size_t k = j + 1; k < end && k <= j + DESCRIBE_GAP; k++) {
        if (qt_comma(q, k) || ev_punct(q->s, k, ":") || ev_punct(q->s, k, ".") ||
            qt_plain_cue(q, k, &n) || ev_word_is(q->s, k, 1, EK_PART, NULL, &n))
            return 0;
        if (described_as(q, k))
            return 1;
    }
    return 0;
}

/* Whether cue c is a verb of describing (data/quotes.tsv "own" 2), not a participle. */
static int describe_cue(const qctx *q, const qcue *c)
{
    size_t n;
    int v;
    return !c->part && ev_word_is(q->s, c->i, 1, EK_OWN, &v, &n) && v == OWN_DESCRIBE;
}

/* Whether token t is a sound masculine plural in the nominative, a subject: ـون ending a word
 * of at least NOMINATIVE_LETTERS letters past the article (ووصف المتشددون انسحابهم بأنه; not
 * an object: القانون، الفنون are shorter). */
static int nominative_plural(const rasd_token *t)
{
    size_t len = t->norm_len;
    if (starts_with(t->norm, t->norm_len, U_ARTICLE))
        len -= strlen(U_ARTICLE);
    return len >= LETTERS(NOMINATIVE_LETTERS) && ends_with(t->norm, t->norm_len, U_WAW U_NOON);
}

/* Whether token j can open a bare verb's object rather than its passive's subject or its own
 * subject: a word that is no name's, date's or number's token, no word with ب (وُصفت بأنها),
 * preposition, relative, أن or reporting word (ووصف الفضلي بأنه، ووصفت 15 حالة بالحرجة: the
 * passive), no honorific pronoun (ووصف فضيلته) and no nominative plural. */
static int bare_object(const qctx *q, size_t j)
{
    const rasd_token *t = &q->s->t[j];
    size_t n;
    int v;
    if (ev_word_is(q->s, j, 0, EK_HONOR, &v, &n) && v == HONOR_PRONOUN)
        return 0;
    return ev_is_word(t) && t->kind != RASD_TOK_NUMBER && !nominative_plural(t) && !qt_in_entity(q, j) &&
           !qt_in_date(q, j) && !described_as(q, j) && !qt_plain_cue(q, j, &n) &&
           !ev_word_is(q->s, j, 0, EK_THAT, NULL, &n) && !ev_word_is(q->s, j, 1, EK_PREP, NULL, &n) &&
           !ev_word_is(q->s, j, 0, EK_RELATIVE, NULL, &n);
}

size_t qt_describe_start(const qctx *q, const qcue *c, const speaker *sp, size_t j)
{
    size_t n, end = qt_send(q, c->i);
    int v;
    while (j < end && j > c->i + c->n && ev_is_word(&q->s->t[j]) && !qt_in_entity(q, j) &&
           ev_word_is(q->s, j, 0, EK_SOURCE, &v, &n) && (v == SOURCE_WHEN || v == SOURCE_LATELY))
        j++;                           /* كما وصفت طالبان آنذاك خبر اغتيال زعيمها بالكاذب */
    if (!c->part && sp->name && sp->start < q->s->t[c->i].start && j == c->i + c->n &&
        describe_cue(q, c) && j < end && bare_object(q, j) && has_description(q, j, end))
        return j;                      /* ووصفت مشاركة المرأة … بالإيجابية: the last speaker
                                          goes on (qt_describe_carried) */
    if (c->part || !sp->name || sp->start <= q->s->t[c->i].start || j >= end || j <= c->i + c->n ||
        !describe_cue(q, c))
        return 0;
    if (!qt_ends_subject(q, j - 1) || !ev_is_word(&q->s->t[j]) || described_as(q, j) ||
        qt_plain_cue(q, j, &n) || ev_word_is(q->s, j, 0, EK_THAT, NULL, &n) ||
        ev_word_is(q->s, j, 1, EK_PREP, NULL, &n) || ev_word_is(q->s, j, 0, EK_RELATIVE, NULL, &n))
        return 0;                      /* وصف … في تصريحات لـ«المدينة»: an adjunct first */
    return has_description(q, j, end) ? j : 0;
}

int qt_describe_carried(qctx *q, const qcue *c, speaker *sp)
{
    size_t j = c->i + c->n, end = qt_send(q, c->i), s0 = qt_sent_start(q, c->i);
    const rasd_token *t = &q->s->t[c->i];
    if (sp->name || !describe_cue(q, c) || j >= end || !bare_object(q, j) ||
        !has_description(q, j, end))
        return 0;
    if (c->i != s0 && !(c->i > s0 && qt_comma(q, c->i - 1) && c->cut &&
                        letter_is(t->norm, U_WAW)))
        return 0;                      /* the clause's first word: ووصفت …، or …، ووصفت */
    speaker last = qt_continued(q, c->i, c->gender, 2);
    if (!last.name)
        return 0;
    *sp = last;
    return 1;
}

/* Whether a reporting word is token i or i + 1, before e (لكنه أشار، وأكد). */
static int next_cue(const qctx *q, size_t i, size_t e)
{
    size_t n;
    for (size_t k = i; k < e && k <= i + 1; k++)
        if (qt_plain_cue(q, k, &n))
            return 1;
    return 0;
}

size_t qt_describe_end(const qctx *q, const qcue *c, size_t k, size_t e)
{
    int seen = 0;
    if (!describe_cue(q, c))
        return e;
    for (size_t i = k; i < e; i++) {
        if (seen && qt_comma(q, i) && i + 1 < e && ev_is_word(&q->s->t[i + 1]) &&
            (letter_is(q->s->t[i + 1].norm, U_WAW) || letter_is(q->s->t[i + 1].norm, U_FEH)))
            return i;                  /* … بالكاذب، ونشرت بيانا: the sentence goes on; not
                                          … بمنطقة عسير، بالعمل الإجرامي (the description) */
        if (seen && qt_comma(q, i) && next_cue(q, i + 1, e))
            return i;                  /* … بالإستراتيجية، لكنه أشار إلى: another statement */
        seen = seen || described_as(q, i);
    }
    return e;
}
