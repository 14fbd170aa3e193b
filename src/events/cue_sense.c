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
 * fix56 (stop 53): a verb of appeal with its object pronoun (دعاه، ودعاهم، طالبهم; lists
 * "appeal_pronoun_to" and "appeal_pronoun_by") is a statement only in the form that tells it:
 * its last letter the pronoun's ه in the text, not ة (دعاة "preachers", طالبة "a student"),
 * no word of "cause_before" right before it (مما دعاه لمناقشة: "which led him to"; الذين
 * دعاهم: a relative's), and what is asked right after it or after فيه/فيها: إلى or لـ for
 * دعا, بـ for طالب (لينقذ طالبه المقعد: "his student"). quotes.c takes it only with a
 * speaker going on and its content right after it (qt_pronoun_cue): its fresh check's first
 * run gave rows with nobody speaking (نجاحه دعاه إلى: "his success led him to") and a later
 * أن of another's (وطالبهم بتوفير المبلغ …، رسالة مفادها أنه). */
#include "events/quotes.h"
#include "events/aguard.h"
#include "events/letters.h"

#include <string.h>

#define U_TEH_MARBUTA "\xd8\xa9"   /* ة U+0629, folded to ه in norms: read on the text */

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

/* Whether token k's norm starts with the letters of p (bytes). */
static int norm_starts(const rasd_token *t, const char *p)
{
    size_t n = strlen(p);
    return t->norm_len > n && memcmp(t->norm, p, n) == 0;
}

/* Whether token k's norm is the word p. */
static int norm_is(const rasd_token *t, const char *p)
{
    return t->norm_len == strlen(p) && memcmp(t->norm, p, t->norm_len) == 0;
}

/* Whether cue c is a verb of appeal with its object pronoun (lists appeal_pronoun_to and
 * appeal_pronoun_by, the whole cue). */
int qt_pronoun_cue(const qctx *q, const qcue *c)
{
    size_t n = 0;
    return (ev_aguard_is(q->s, c->i, 1, AG_APPEAL_PRONOUN_TO, &n) && n == c->n) ||
           (ev_aguard_is(q->s, c->i, 1, AG_APPEAL_PRONOUN_BY, &n) && n == c->n);
}

/* Whether cue c, a verb of appeal with its object pronoun, is in another sense or a form that
 * does not tell the appeal (head comment); 0 for every other cue. */
int qt_pronoun_cue_off(const qctx *q, const qcue *c)
{
    size_t n = 0, j = c->i + c->n;
    int to = ev_aguard_is(q->s, c->i, 1, AG_APPEAL_PRONOUN_TO, &n) && n == c->n;
    int by = !to && ev_aguard_is(q->s, c->i, 1, AG_APPEAL_PRONOUN_BY, &n) && n == c->n;
    const rasd_token *t = &q->s->t[c->i];
    if (!to && !by)
        return 0;
    if (memcmp(q->doc->text + t->end - LETTERS(1), U_TEH_MARBUTA, LETTERS(1)) == 0)
        return 1;                                  /* دعاة، طالبة */
    if (c->i > 0 && ev_aguard_is(q->s, c->i - 1, 0, AG_CAUSE_BEFORE, &n))
        return 1;                                  /* مما دعاه، الذين دعاهم */
    if (j < q->s->nt && (norm_is(&q->s->t[j], U_FEH U_YEH U_HEH) ||
                         norm_is(&q->s->t[j], U_FEH U_YEH U_HEH U_ALEF)))
        j++;                                       /* دعاهم فيه إلى */
    if (j >= q->s->nt)
        return 1;
    if (by)
        return !norm_starts(&q->s->t[j], U_BEH) && !norm_is(&q->s->t[j], U_BEH);
    return !norm_is(&q->s->t[j], U_ALEF U_LAM U_YEH) && !norm_starts(&q->s->t[j], U_LAM);
}
