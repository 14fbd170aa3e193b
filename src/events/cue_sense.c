/* cue_sense.c — a reporting word used in a sense that is no speech (issue 16, sense57, stop 49;
 * docs/EVENTS.md "Issue 16: a cue word that is not speech (branch sense57, stop 49)").
 *
 * qprec57's class SENSE of the read parts' false quote rows and its fresh draws' false rows:
 * the cue word means something else here, shown by the word right after it: an elative
 * (وأوضح دليل على ذلك، أوضح من أن), a gesture (أشار بيده إلى المشجعين), a goal or points added
 * (أضاف الهدف، بعد أن أضاف 0.77 نقطة). Not "caught my eye" (لفت نظري أن …): built first, its
 * fresh check lost real statements told after it (لفت نظري في كلام الجعيثن قوله: …).
 * Two lists of data/quotes.tsv: "aguard cue_sense", phrases of a cue and the word after it
 * (the cue's و or ف stripped), and "aguard cue_unit", a unit after a number right after the
 * cue. The hook sits in quotes.c statement() with column_title.c's: a verb that is no
 * statement, before any speaker or content is looked for; it assumes c->i is the cue's first
 * token and c->n its length (a participle too).
 * Two more of judge55's forms (issue 16, fix59, stop 54; docs/EVENTS.md "Issue 16: judge55's
 * quote forms"): a verb right after a conditional particle says what one would say (وإن قال
 * أحدهم: …، إذا رأى البعض أن، لو أعلنت الوزارة: lists "condition" and "condition_in"), not
 * after ما (وما إن أعلنت: "no sooner had") nor حتى before إن (حتى وإن أبدى: "even though");
 * and لفت with a noun of attention in the construct state before any connective (لفت مهرجان
 * أبها انتباه الزوار إلى تنوع معارضه, لفتت الظاهرة انتباه المخرجة: "caught the eye of") tells
 * no statement; لفت … الانتباه/النظر إلى أن (drew attention to) still does, and so does لفت
 * نظري (sense57 kept it). A prayer told with دعا or a participle (داعيا الله أن) is no
 * statement either (qt_cue_prays). */
#include "events/quotes.h"
#include "events/aguard.h"
#include "events/letters.h"

/* Whether reporting word c is used in its other sense: a phrase of "cue_sense" from its first
 * token reaching past it, or a number right after it and a unit of "cue_unit" after that. */
int qt_cue_sense(const qctx *q, const qcue *c)
{
    size_t j = c->i + c->n, n = 0;
    if (ev_aguard_is(q->s, c->i, 1, AG_CUE_SENSE, &n) && n > c->n)
        return 1;
    return j + 1 < q->s->nt && q->s->t[j].kind == RASD_TOK_NUMBER &&
           ev_aguard_is(q->s, j + 1, 0, AG_CUE_UNIT, &n);
}

/* Whether token i, a word of "condition_in", is a particle of condition: إن only as written
 * with إ after any و or ف (not the أن of a clause: بعد أن قال). */
static int if_particle(const qctx *q, size_t i)
{
    const rasd_token *t = &q->s->t[i];
    const char *w = q->doc->text + t->start, *m = t->norm;
    size_t len = t->end - t->start, l = t->norm_len, k = 0;
    if (l > LETTERS(2) && (letter_is(m, U_WAW) || letter_is(m, U_FEH)))
        m += LETTERS(1), l -= LETTERS(1), k = 2;
    if (l != LETTERS(2) || memcmp(m, U_ALEF U_NOON, LETTERS(2)) != 0)
        return 1;
    return len >= k + 2 && memcmp(w + k, U_ALEF_HAMZA_BELOW, 2) == 0;
}

/* Whether the word before token i is ما (ما إن: "as soon as") or حتى (حتى وإن: "even
 * though"), with و or ف before it or not: an إن that tells a deed done. */
static int told_after(const qctx *q, size_t i)
{
    static const char ma[] = U_MEEM U_ALEF, hatta[] = U_HAH U_TEH U_YEH;
    const rasd_token *t;
    const char *w;
    size_t l;
    if (i == 0)
        return 0;
    t = &q->s->t[i - 1];
    w = t->norm, l = t->norm_len;
    if (l > LETTERS(2) && (letter_is(w, U_WAW) || letter_is(w, U_FEH)))
        w += LETTERS(1), l -= LETTERS(1);
    return (l == sizeof ma - 1 && memcmp(w, ma, l) == 0) ||
           (l == sizeof hatta - 1 && memcmp(w, hatta, l) == 0);
}

/* Whether reporting word c follows a conditional particle: إذا or لو ("condition", with و
 * or ف), or one of "condition_in" (إن, لئن and the two-letter particles with و or ف, which
 * the look-up does not strip: وإن، فلو; إن written so, not after ما or حتى). */
int qt_cue_supposed(const qctx *q, const qcue *c)
{
    size_t n = 0, p = c->i;
    if (p == 0 || q->s->t[p - 1].norm_len > LETTERS(4))
        return 0;                    /* the longest particle: واذا، ولين (a cheap test first) */
    if (ev_aguard_is(q->s, p - 1, 1, AG_CONDITION, &n) && n == 1)
        return 1;
    return ev_aguard_is(q->s, p - 1, 0, AG_CONDITION_IN, &n) && n == 1 && if_particle(q, p - 1) &&
           !told_after(q, p - 1);
}

#define ATTENTION_SPAN 10 /* words between لفت and its noun of attention, at most */

/* Whether reporting word c is لفت ("attention_verb") with a noun of "attention" (انتباه،
 * أنظار، نظر: no article, no pronoun) followed by a word that is not of "attention_stop"
 * (إلى، نحو، أن …), within ATTENTION_SPAN words after it and before any punctuation or word
 * of "attention_stop": the eye of someone caught, no statement. */
int qt_cue_attention(const qctx *q, const qcue *c)
{
    size_t n = 0, j, end = c->i + c->n + ATTENTION_SPAN;
    const rasd_token *v = &q->s->t[c->i];
    size_t at = 0;
    while (at <= LETTERS(2) && at + LETTERS(3) <= v->norm_len &&
           memcmp(v->norm + at, U_LAM U_FEH U_TEH, LETTERS(3)) != 0)
        at += LETTERS(1);
    if (at > LETTERS(2) || at + LETTERS(3) > v->norm_len)
        return 0;                    /* no لفت after at most two letters (ولفتت، يلفت): a
                                        cheap test first */
    if (!ev_aguard_is(q->s, c->i, 1, AG_ATTENTION_VERB, &n) || n != c->n)
        return 0;
    for (j = c->i + c->n; j + 1 < q->s->nt && j < end; j++) {
        const rasd_token *t = &q->s->t[j];
        if (t->kind == RASD_TOK_PUNCT || ev_aguard_is(q->s, j, 0, AG_ATTENTION_STOP, &n))
            return 0;
        if (ev_aguard_is(q->s, j, 0, AG_ATTENTION, &n) && n == 1)
            return q->s->t[j + 1].kind == RASD_TOK_ARABIC &&
                   !ev_aguard_is(q->s, j + 1, 0, AG_ATTENTION_STOP, &n);
    }
    return 0;
}

/* Whether reporting word c calls on God (داعيا الله، ودعا المولى أن، سائلا الله): a prayer
 * (data/events.tsv "pray", the words of one), not a statement (moved from quotes.c). */
int qt_cue_prays(const qctx *q, const qcue *c)
{
    size_t j = c->i + c->n, n, end = qt_send(q, c->i);
    if (j < q->s->nt && ev_word_is(q->s, j, 0, EK_PRAY, NULL, &n) && n == 1 &&
        q->s->t[j].norm_len > LETTERS(3))
        return 1;                                       /* الله، المولى; not له، لها */
    if (!ev_word_is(q->s, c->i, 1, EK_APPEAL, NULL, &n))
        return 0;
    /* ودعا الرئيس العام لهيئة … الله عز وجل أن يتقبل (quotes4): God after the subject, at
       most three words before أن; not عبد الله, not a complement (داعيا الجميع إلى … الله) */
    int bits = 0, v;
    ev_word_is(q->s, c->i, 1, EK_COMP, &bits, &n);
    for (size_t k = j; k + 1 < end && k < j + WINDOW; k++) {
        if (ev_word_is(q->s, k, 0, EK_CPREP, &v, &n) && (v & bits))
            return 0;
        if (!ev_word_is(q->s, k, 0, EK_THAT, NULL, &n))
            continue;
        for (size_t p = k, w = 0; p-- > j + 1 && w < PRAY_WORDS; w += ev_is_word(&q->s->t[p]))
            if (ev_word_is(q->s, p, 0, EK_PRAY, NULL, &n) && n == 1 &&
                q->s->t[p].norm_len > LETTERS(3) &&
                !(q->s->t[p - 1].norm_len == LETTERS(3) &&
                  memcmp(q->s->t[p - 1].norm, U_AIN U_BEH U_DAL, LETTERS(3)) == 0))
                return 1;
        return 0;
    }
    return 0;
}
