/* opening_subject.c — a bare و-cue speaks for the named subject of the verb that opens its
 * sentence (issue 16, attr62, stop 54; bench/attr62/rule_1.md, class B of bench/attr61).
 *
 * A reporting verb with و or ف and no subject of its own, whose speaker nobody carries
 * (qt_continued found nobody), goes on with the subject of a verb that is no cue opening its
 * sentence, or the sentence before when the cue opens its own: وتصف الناشطة الاجتماعية نوال
 * الزهراني توقعات …، وتتابع بقولها «…». The subject must be named: a person or organisation
 * of the recogniser right after the verb or after words with the article only (titles);
 * no other person and no reporting word between it and the cue; the verb's form agrees with
 * the cue's gender (a singular cue only); no paragraph break before a cue that opens its
 * sentence. qt_carried (carried.c) and qt_body_goes_on (body_carried.c) are tried first.
 *
 * qt_opening_part (fix62, stop 55; judge56's quotes 1, 3, 18): a participle cue that found
 * nobody (speakers.c, last on its path) goes on the same way with the subject of its own
 * sentence's opening verb, no cue: the named subject above, the verb agreeing with a singular
 * participle; or, for any participle, a noun of people without the article ("aguard"
 * people_head: عدد، أحد، ذوو، فرق) right after that verb with its genitive, by its words
 * (تمكنت فرق الدفاع المدني من انتشال …، محذرة؛ طالب عدد من الحرفيين …، مؤكدين). A
 * participle between is the same subject's (مبديًا إعجابه …، مشيرًا). */
#include "events/quotes.h"
#include "events/letters.h"
#include "events/aguard.h"

#include <string.h>

/* Whether token p may be a verb that is no cue: a word of three letters or more, outside
 * mentions, dates and quote marks, no noun with the article, no preposition, stop word,
 * that-word or reporting word. */
static int plain_verb(const qctx *q, size_t p)
{
    const rasd_token *t = &q->s->t[p];
    size_t n;
    return ev_is_word(t) && t->norm_len >= LETTERS(3) && !qt_in_entity(q, p) &&
           !qt_in_date(q, p) && !qt_in_pair(q, p) &&
           !starts_with(t->norm, t->norm_len, U_ARTICLE) &&
           !ev_word_is(q->s, p, 1, EK_PREP, NULL, &n) &&
           !ev_word_is(q->s, p, 1, EK_STOP, NULL, &n) &&
           !ev_word_is(q->s, p, 0, EK_THAT, NULL, &n) && !qt_plain_cue(q, p, &n) &&
           !ev_word_is(q->s, p, 1, EK_PART, NULL, &n);
}

/* Whether token j is a word with the article of more than three letters (الناشطة، المتحدث,
 * a source's head word too: المتحدث الرسمي للاتحاد …). */
static int article_word(const qctx *q, size_t j)
{
    const rasd_token *t = &q->s->t[j];
    return ev_is_word(t) && t->norm_len > LETTERS(3) &&
           starts_with(t->norm, t->norm_len, U_ARTICLE);
}

/* Whether verb p's form agrees with a cue of gender g (1 masculine, 2 feminine): a past
 * ending in ت is feminine; a feminine cue needs it or a present opening with ت (وتصف). */
static int agrees(const qctx *q, size_t p, int g)
{
    const rasd_token *t = &q->s->t[p];
    const char *w = t->norm;
    size_t len = t->norm_len;
    int fem_past = letter_is(w + len - LETTERS(1), U_TEH);
    if (g == 1)
        return !fem_past;
    if (letter_is(w, U_WAW) || letter_is(w, U_FEH))
        w += LETTERS(1);
    return g == 2 && (fem_past || letter_is(w, U_TEH));
}

/* Whether tokens e to i name no other person than en (when given) that can speak outside
 * quote marks, and hold no reporting verb, nor a participle unless parts_ok (a participle
 * cue's own sentence: مبديًا إعجابه …، مشيرًا, one subject's). */
static int nobody_between(const qctx *q, const rasd_entity *en, size_t e, size_t i, int parts_ok)
{
    size_t n;
    for (size_t k = e; k < i; k++)
        if (qt_plain_cue(q, k, &n) || (!parts_ok && ev_word_is(q->s, k, 1, EK_PART, NULL, &n)))
            return 0;
    for (size_t k = qt_ent_from(q, e); k < q->ne && q->en[k].tok_start < i; k++) {
        const rasd_entity *o = &q->en[k];
        if (o->tok_start >= e && strcmp(o->type, "PER") == 0 &&
            !qt_in_pair(q, o->tok_start) && qt_can_speak(q, o) &&
            !(en && o->id && en->id && strcmp(o->id, en->id) == 0))
            return 0;
    }
    return 1;
}

/* Whether organisation en, with ل, is the complement of title words after verb p
 * (المتحدث الرسمي للاتحاد السعودي لكرة القدم): the title's body speaks. */
static int title_of(const qctx *q, size_t p, const rasd_entity *en)
{
    return strcmp(en->type, "ORG") == 0 && en->tok_start > p + 1 &&
           letter_is(q->s->t[en->tok_start].norm, U_LAM);
}

/* The named subject (see the top) of the verb opening the clause from lo, before hi, for a
 * cue at token i of gender g. */
static const rasd_entity *opening(const qctx *q, size_t lo, size_t hi, size_t i, int g,
                                  int parts_ok)
{
    size_t p = lo, n, j;
    const rasd_entity *en;
    if (p < hi && ev_aguard_is(q->s, p, 1, AG_LEAD, &n))
        p += n;                                  /* كما، وقد، حيث، ثم */
    if (p >= hi || !plain_verb(q, p) || !agrees(q, p, g))
        return NULL;
    for (j = p + 1;
         j < hi && j <= p + TITLE_WORDS && !qt_in_entity(q, j) && article_word(q, j); j++)
        ;
    if (j >= hi || (en = qt_entity_at(q, j)) == NULL || en->tok_start != j || en->tok_end > hi ||
        (strcmp(en->type, "PER") != 0 && strcmp(en->type, "ORG") != 0) ||
        !(qt_can_speak(q, en) || title_of(q, p, en)) || qt_in_pair(q, j) ||
        !nobody_between(q, en, en->tok_end, i, parts_ok))
        return NULL;
    return en;
}

int qt_opening_subject(qctx *q, const qcue *c, speaker *sp)
{
    size_t s0 = qt_sent_start(q, c->i), lo = s0, hi = c->i;
    const rasd_entity *en;
    if (c->part || !c->cut || (c->gender != 1 && c->gender != 2))
        return 0;
    if (c->i == s0) {
        if (s0 == 0 || qt_para_break(q, c->i))
            return 0;
        lo = qt_sent_start(q, s0 - 1), hi = s0;
    }
    if ((en = opening(q, lo, hi, c->i, c->gender, 0)) == NULL)
        return 0;
    qt_speaker_is(sp, en, en->start, en->end);
    return 1;
}

/* The end of the genitive of a people head at token h, before token i: past من and heads of
 * the list (عدد من الحرفيين، أحد زوار المهرجان), a name (فرق الدفاع المدني) or a word with the
 * article and up to two more after it (ذوو الشهيدين المجيشي); 0 when there is none. */
static size_t genitive_end(const qctx *q, size_t h, size_t i)
{
    size_t e = h + 1, n, stop;
    const rasd_entity *en;
    if (e < i && word_equals(q->s->t[e].norm, q->s->t[e].norm_len, U_MEEM U_NOON))
        e++;                                           /* عدد من */
    while (e < i && e <= h + 3 && !qt_in_entity(q, e) && ev_is_word(&q->s->t[e]) &&
           !starts_with(q->s->t[e].norm, q->s->t[e].norm_len, U_ARTICLE) &&
           ev_aguard_is(q->s, e, 0, AG_PEOPLE_HEAD, &n))
        e++;                                           /* أحد زوار */
    if (e >= i || qt_in_pair(q, e))
        return 0;
    if ((en = qt_entity_at(q, e)) != NULL && en->tok_start == e)
        return en->tok_end <= i ? en->tok_end : 0;
    if (qt_in_entity(q, e) || !article_word(q, e))
        return 0;
    for (stop = e + 3, e++; e < i && e < stop && !qt_in_entity(q, e) && article_word(q, e); e++)
        ;
    return e;
}

int qt_opening_part(qctx *q, const qcue *c, speaker *sp)
{
    size_t s0 = qt_sent_start(q, c->i), p = s0, n, e;
    const rasd_entity *en;
    if (!c->part || c->gender < 1 || c->gender > 3)
        return 0;
    if (c->gender != 3 && (en = opening(q, s0, c->i, c->i, c->gender, 1)) != NULL) {
        qt_speaker_is(sp, en, en->start, en->end);
        return 1;                                      /* وتمكن نادي … من …، مشيرًا */
    }
    if (p < c->i && ev_aguard_is(q->s, p, 1, AG_LEAD, &n))
        p += n;
    if (p + 2 >= c->i || !plain_verb(q, p) || (c->gender != 3 && !agrees(q, p, c->gender)) ||
        qt_in_entity(q, p + 1) || qt_in_pair(q, p + 1) ||
        !ev_aguard_is(q->s, p + 1, 0, AG_PEOPLE_HEAD, &n) || n != 1 ||
        (e = genitive_end(q, p + 1, c->i)) == 0 || !nobody_between(q, NULL, e, c->i, 1))
        return 0;
    qt_speaker_words(q, sp, q->s->t[p + 1].start, q->s->t[e - 1].end);
    sp->gender = c->gender;
    sp->with = NULL;
    return 1;                                          /* طالب عدد من الحرفيين …، مؤكدين */
}
