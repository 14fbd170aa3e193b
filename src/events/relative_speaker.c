/* relative_speaker.c — a speaker another entity took (attribution class W, branch attrw53, stop 45;
 * docs/EVENTS.md "Issue 16: another entity taken as speaker (branch attrw53, stop 45)"): the
 * person named right before الذي when the cue after it has only adjuncts or a date after it
 * (سيب بلاتر الذي أعلن في يونيو الماضي أنه), which speakers.c's subject_of() gave to the
 * subject before the verb (وشن مارادونا هجوما على …) or to the last speaker, or left empty;
 * qt_relative_owner() (speech.c) serves the cue with nothing after it. quotes.h says what it
 * gives.
 */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

enum {
    OWNER_TITLES = 4           /* title words between a preposition and the name it governs
                                  (من رئيس الحكومة تمام سلام: 2) */
};

/* Whether the titles before token j (a title word or one with the article, at most
 * OWNER_TITLES) follow a preposition (مصدر مقرب من رئيس الحكومة تمام سلام، الذي أكد: the
 * source speaks, the person is the complement of مقرب من). */
static int after_preposition(const qctx *q, size_t j, size_t lo)
{
    size_t n, k = j;
    while (k > lo && k + OWNER_TITLES > j && ev_is_word(&q->s->t[k - 1]) &&
           (ev_word_is(q->s, k - 1, 0, EK_LEAD, NULL, &n) ||
            starts_with(q->s->t[k - 1].norm, q->s->t[k - 1].norm_len, U_ARTICLE)))
        k--;
    return k > lo && ((ev_word_is(q->s, k - 1, 0, EK_PREP, NULL, &n) && n == 1) ||
                      (ev_word_is(q->s, k - 1, 0, EK_CPREP, NULL, &n) && n == 1));
}

/* Whether token i is a relative pronoun (data/events.tsv "relative" 1), bare or, when singular
 * (الذي، التي: four letters), after the connective و that the press puts before it (الرائد
 * حماد المطيري والذي أكد أن، المهندس خالد السباعي، والذي ذكر أن: attr63, stop 55). Not the
 * plural or dual with و (الجمهوريين، الذين يشكلون غالبية في الكونغرس، والذين حذروا: its
 * antecedent is a plural noun, the name before it inside an earlier clause; fresh seed 55633),
 * nor after ف (فالذي قال: a topic), ك (كالذي: a comparison), ب or ل (a complement). */
int qt_relative_at(const qctx *q, size_t i)
{
    const rasd_token *t = &q->s->t[i];
    size_t n;
    int v;
    if (ev_word_is(q->s, i, 0, EK_RELATIVE, &v, &n))
        return n == 1 && v == 1;
    return t->norm_len == LETTERS(5) && letter_is(t->norm, U_WAW) &&
           starts_with(t->norm + LETTERS(1), t->norm_len - LETTERS(1), U_ARTICLE) &&
           ev_word_is(q->s, i, 1, EK_RELATIVE, &v, &n) && n == 1 && v == 1;
}

/* The person that ends right before the relative pronoun (data/events.tsv "relative" 1) at
 * the token before cue c, a comma between allowed (يوري ميلنر الذي أعلن اليوم الاثنين انه،
 * الملا أختر محمد منصور، الذي أعلن قبل أيام أنه): a mention that can speak, not one spoken
 * to, nor after a preposition; the words after the verb, [a, b), only its adjuncts, a date
 * or its addressee (names.c). Not a participle, a cut or a via cue; a verb in the masculine
 * singular (or of no gender) only, and not an organisation: a feminine or plural verb's
 * antecedent may be the noun the name completes (حكومة نتنياهو التي أعلنت، قمة الاتحاد
 * الأوروبي، الذي أعلن عن تأجيله). qt_relative_owner() serves the verb with nothing after it. */
int qt_relative_adjunct(qctx *q, const qcue *c, size_t a, size_t b, speaker *sp)
{
    size_t j, lo;
    if (c->part || c->cut || c->via || c->i < 2 || c->gender == 2 || c->gender == 3 ||
        !qt_relative_at(q, c->i - 1) ||
        !(qt_adjuncts_only(q, a, b) || qt_no_subject(q, a, b) || qt_addressee_only(q, a, b)))
        return 0;
    j = c->i - 1;
    while (j > 0 && qt_comma(q, j - 1))
        j--;
    lo = qt_sent_start(q, j);
    for (size_t k = qt_ent_from(q, j); k-- > 0;) {
        const rasd_entity *en = &q->en[k];
        if (en->tok_end > j)
            continue;
        if (en->tok_end < j || en->tok_start < lo)
            return 0;
        if (strcmp(en->type, "PER") == 0 && qt_can_speak(q, en) &&
            !qt_addressed(q, en->tok_start) && !after_preposition(q, en->tok_start, lo)) {
            qt_speaker_is(sp, en, en->start, en->end);
            return 1;
        }
    }
    return 0;
}

/* The token where a subject before cue c ends when a copula in the cue's gender (data/quotes.tsv
 * "copula": كان، كانت) stands before the قد at token j (أن الادعاء العام الألماني كان قد
 * أعلن يوم الخميس الماضي أنه: the subject ends before كان, not before قد); else j. For
 * speakers.c's adjacent_subject(), after it stepped back over قد. */
size_t qt_past_copula(const qctx *q, const qcue *c, size_t j)
{
    size_t n;
    int v;
    if (j < 2 || j + 1 != c->i || !ev_word_is(q->s, j, 0, EK_AUX, NULL, &n) || n != 1 ||
        !ev_word_is(q->s, j - 1, 0, EK_COPULA, &v, &n) || n != 1 ||
        (c->gender && c->gender != v))
        return j;
    return j - 1;
}
