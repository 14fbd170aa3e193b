/* estimate_cause.c — a speaker's estimate or the cause they give, told by a verb's object and a
 * second complement (branch quotes52, docs/EVENTS.md "Issue 16: verbs of estimating and of
 * giving a cause"): وقدرت الوزارة عدد المنشآت المشمولة في هذه المرحلة بـ 6 آلاف؛ وبرر
 * الباحثون هذا التراجع بأن …؛ وعزا الرشيد هذا الإنجاز الكبير إلى ثلاثة عناصر (not a definite
 * object right after a described subject, as the rule below says: وبررت المصادر التأجيل المتوقع
 * بحرص …, quotes52's known miss, never taken; reg66). The labels
 * (### Guideline) count the object and what follows it as the statement (a nominal
 * complement). Only for a verb of data/quotes.tsv "own" 4 (قدر، برر: the second complement
 * with ب) or 5 (عزا: with إلى), past forms with NAMED and OWN (a subject of their own, never
 * the last speaker carried), not a participle and not the verb inside a name (عزت الدوري).
 * The object opens right after a named subject, or, for a described one (a body or an
 * unnamed source, whose description may run on), at the first word after the subject's first
 * word that can only be an object: one with no article and no ل، ب، و، ف or ك (عدد، حجم،
 * هذا، انخفاض), or the word after a comma. The second complement must follow within
 * CAUSE_GAP tokens, before the sentence's end, a colon or another reporting word. quotes.c
 * comp_start asks here; an أن after these verbs is their content as for any cue. */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

enum {
    CAUSE_GAP = 14,            /* tokens from the object's first word to its ب or إلى, at most
                                  (عدد المسافرين الذين عبروا الجسر خلال 2013، بنحو: 8) */
    SUBJECT_GAP = 8,           /* tokens of a described subject before its object, at most
                                  (مصادر القوات الموالية للشرعية في اليمن، الفترة: 7) */
    OWN_ESTIMATE = 4,          /* data/quotes.tsv "own" 4: the second complement with ب */
    OWN_CAUSE = 5              /* "own" 5: with إلى */
};

/* Whether token k can be no word of a described subject, only its verb's object: a word of
 * two letters or more with no article and no ل، ب، و، ف or ك, not a name's, date's or
 * number's token, a particle, preposition, relative or reporting word. */
static int object_word(const qctx *q, size_t k)
{
    const rasd_token *t = &q->s->t[k];
    size_t n;
    if (!ev_is_word(t) || t->norm_len < LETTERS(2) || qt_in_entity(q, k) || qt_in_date(q, k) ||
        starts_with(t->norm, t->norm_len, U_ARTICLE) || letter_is(t->norm, U_LAM) ||
        letter_is(t->norm, U_BEH) || letter_is(t->norm, U_WAW) || letter_is(t->norm, U_FEH) ||
        letter_is(t->norm, U_KAF))
        return 0;
    return !ev_word_is(q->s, k, 1, EK_STOP, NULL, &n) && !ev_word_is(q->s, k, 1, EK_PREP, NULL, &n) &&
           !ev_word_is(q->s, k, 0, EK_CPREP, NULL, &n) && !ev_word_is(q->s, k, 0, EK_RELATIVE, NULL, &n) &&
           !ev_word_is(q->s, k, 0, EK_THAT, NULL, &n) && !ev_word_is(q->s, k, 1, EK_CUE, NULL, &n) &&
           !ev_word_is(q->s, k, 1, EK_PART, NULL, &n) && !ev_word_is(q->s, k, 0, EK_SOURCE, NULL, &n);
}

/* Whether token k is the second complement of a verb of own value v: إلى for 5; for 4 a word
 * with ب and another letter (بنحو، بحرص) or ب alone (بـ) before a number. */
static int second(const qctx *q, size_t k, int v)
{
    const rasd_token *t = &q->s->t[k];
    size_t n;
    int bits;
    if (!ev_is_word(t) || qt_in_entity(q, k))
        return 0;
    if (v == OWN_CAUSE)
        return ev_word_is(q->s, k, 0, EK_CPREP, &bits, &n) && (bits & COMP_ILA);
    if (!letter_is(t->norm, U_BEH))
        return 0;
    return t->norm_len >= LETTERS(2) ||
           (k + 1 < q->s->nt && q->s->t[k + 1].kind == RASD_TOK_NUMBER);
}

/* Where the object opens for a described subject from token a: the first object word or the
 * word after a comma, within SUBJECT_GAP tokens; 0 for none. */
static size_t described_object(const qctx *q, size_t a, size_t end)
{
    size_t n;
    for (size_t k = a; k < end && k < a + SUBJECT_GAP; k++) {
        if (qt_comma(q, k))
            return k + 1 < end && ev_is_word(&q->s->t[k + 1]) ? k + 1 : 0;
        if (object_word(q, k))
            return k;
        if (!ev_is_word(&q->s->t[k]) || ev_word_is(q->s, k, 1, EK_CUE, NULL, &n) ||
            ev_word_is(q->s, k, 1, EK_PART, NULL, &n) || ev_word_is(q->s, k, 0, EK_THAT, NULL, &n) ||
            ev_word_is(q->s, k, 0, EK_RELATIVE, NULL, &n))
            return 0;                  /* دائرة التأهيل التي تدير الجزيرة قرار: a relative's
                                          verb, not the object */
    }
    return 0;
}

size_t qt_cause_start(const qctx *q, const qcue *c, const speaker *sp, size_t j)
{
    size_t n, k, end = qt_send(q, c->i);
    int v;
    if (!c->own || c->part || !sp->name || qt_in_entity(q, c->i) ||
        !ev_word_is(q->s, c->i, 1, EK_OWN, &v, &n) || (v != OWN_ESTIMATE && v != OWN_CAUSE))
        return 0;
    if (c->i > 0 && !c->cut && (ev_word_is(q->s, c->i - 1, 1, EK_PREP, NULL, &n) ||
                                   ev_word_is(q->s, c->i - 1, 0, EK_CPREP, NULL, &n)))
        return 0;                      /* على قدر الأمانة: the noun "measure" */
    if (c->gender == 3 && !sp->desc)
        return 0;                      /* وقدروا تضحياته … امثال الاستاذ تركي …: a plural verb
                                          before a person named is no subject's (appreciated) */
    if (sp->desc)
        k = described_object(q, c->i + c->n + 1, end);
    else if (sp->start > q->s->t[c->i].start && j < end && ev_is_word(&q->s->t[j]) &&
             !qt_in_entity(q, j) && !ev_word_is(q->s, j, 1, EK_PREP, NULL, &n) &&
             !ev_word_is(q->s, j, 0, EK_CPREP, NULL, &n) && !ev_word_is(q->s, j, 0, EK_THAT, NULL, &n))
        k = j;                         /* وعزا الرشيد هذا الإنجاز */
    else
        return 0;                      /* no subject of its own: the passive or another's */
    if (k == 0 || second(q, k, v))
        return 0;
    for (size_t i = k + 1; i < end && i <= k + CAUSE_GAP; i++) {
        if (ev_punct(q->s, i, ":") || qt_plain_cue(q, i, &n) ||
            ev_word_is(q->s, i, 1, EK_PART, NULL, &n))
            return 0;
        if (second(q, i, v))
            return k;                  /* before أن: إلى أنه، بأن are the second complement */
        if (ev_word_is(q->s, i, 0, EK_THAT, NULL, &n))
            return 0;                  /* وإذا كان قدر أحد منا أن يقبض (fate)، وكما قدّر الأسد
                                          … فإنّ (a calculation): أن is no object's */
    }
    return 0;
}

void qt_cause_clip(qctx *q, const qcue *c, speaker *sp, size_t k)
{
    size_t n, e = k;
    int v;
    if (!c->own || !sp->desc || k >= qt_send(q, c->i) || k <= c->i + c->n ||
        sp->end <= q->s->t[k].start || !ev_word_is(q->s, c->i, 1, EK_OWN, &v, &n) ||
        (v != OWN_ESTIMATE && v != OWN_CAUSE))
        return;
    while (e > c->i + c->n + 1 && !ev_is_word(&q->s->t[e - 1]))
        e--;                           /* مصادر القوات … في اليمن، الفترة: not the comma */
    if (q->s->t[e - 1].end > sp->start)
        qt_speaker_words(q, sp, sp->start, q->s->t[e - 1].end);
}

int qt_cause_verb(const qctx *q, const qcue *c)
{
    size_t n;
    int v;
    return c->own && !c->part && ev_word_is(q->s, c->i, 1, EK_OWN, &v, &n) &&
           (v == OWN_ESTIMATE || v == OWN_CAUSE);   /* c->own first: no lookup for most cues */
}

int qt_cause_none(const qctx *q, const qcue *c)
{
    size_t n, end = qt_send(q, c->i);
    int v;
    if (!c->own || c->part || !ev_word_is(q->s, c->i, 1, EK_OWN, &v, &n) ||
        (v != OWN_ESTIMATE && v != OWN_CAUSE))
        return 0;
    for (size_t k = c->i + c->n + 1; k < end; k++)
        if (second(q, k, v))
            return 0;
    return 1;
}
