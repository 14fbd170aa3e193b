/* clause_particle.c — where reported content without quote marks ends at a new statement
 * opened by a particle (branch quotes26, docs/EVENTS.md "Issue 16: a new statement after a
 * comma and a particle"): after a comma, a word that puts the verb first (data/events.tsv
 * "subject" 1: كما، ثم، قد، عندما) and a reporting verb whose subject follows at once (وأشارت
 * إلى أنه …، كما أعلنت الحكومة اليمنية في وقت سابق، تحويل …) begin another statement, as the
 * comma and the verb alone do (quotes.c named_after_comma, which asks here). Also where it ends
 * before a word that gives another subject its turn (من جانبها، بدوره) and a reporting verb:
 * qt_turn_clause, which quotes.c clause_end() asks; and before a word of contrast (في حين،
 * فيما، بينما: data/events.tsv aguard "contrast_turn") and a reporting verb whose own subject
 * follows it (qt_contrast_clause, branch turn64). */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

#define BY_TURN U_BEH U_DAL U_WAW U_REH   /* بدور */

/* How many tokens stand between a comma and the reporting verb at token i: 1 when token
 * i - 1 is one word of "subject" 1 (with its proclitic: وكما) and a comma precedes it, else 0. */
size_t qt_comma_particle(const qctx *q, size_t i)
{
    size_t n;
    int v;
    if (i < 2 || !ev_is_word(&q->s->t[i - 1]) ||
        !ev_word_is(q->s, i - 1, 1, EK_SUBJECT, &v, &n) || v != 1 || n != 1 ||
        !qt_comma(q, i - 2))
        return 0;
    return 1;
}

/* Whether the reporting verb at token i (n tokens) names its own subject at once: an unnamed
 * source (محللون), a noun of data/quotes.tsv "body" (الحكومة اليمنية، الوزارة: a body the
 * recogniser names not; not after a verb of appeal, whose object comes first: وطالب قوات
 * التحالف بـ, data/events.tsv "appeal"), or a person or organisation the recogniser found,
 * right after it or after a title the names view left out (وزير الخارجية الإسباني خوسيه …).
 * quotes.c named_after_comma asks it after a comma, qt_contrast_clause after a turn. */
int qt_own_subject(const qctx *q, size_t i, size_t n)
{
    size_t k = qt_ent_from(q, i + n), m;
    int v;
    if (i + n < q->s->nt && ev_word_is(q->s, i + n, 0, EK_SOURCE, &v, &m) &&
        v == SOURCE_UNNAMED)
        return 1;              /* …، اعتبر محللون أن: an unnamed source speaks next */
    if (i + n < q->s->nt && ev_word_is(q->s, i + n, 0, EK_BODY, NULL, &m) &&
        !ev_word_is(q->s, i, 1, EK_APPEAL, NULL, &m))
        return 1;              /* …، كما أعلنت الحكومة اليمنية: a body */
    if (k >= q->ne || (strcmp(q->en[k].type, "PER") != 0 && strcmp(q->en[k].type, "ORG") != 0))
        return 0;
    if (q->en[k].tok_start == i + n)
        return 1;
    if (q->en[k].tok_start > i + n + APPOSITION || !ev_word_is(q->s, i + n, 0, EK_LEAD, NULL, &m))
        return 0;
    for (size_t j = i + n; j < q->en[k].tok_start; j++)
        if (!ev_is_word(&q->s->t[j]))
            return 0;
    return 1;
}

/* Whether token a is a word of data/events.tsv "subject" 1 that ends in a pronoun (بدوره،
 * جهته، جانبها, with و too): the words that give a subject its turn, not كما، ثم، قد. */
static int turn_word(const qctx *q, size_t a)
{
    const rasd_token *t = &q->s->t[a];
    size_t n;
    int v;
    const char *w = t->norm;
    size_t l = t->norm_len;
    return ev_is_word(t) && ev_word_is(q->s, a, 1, EK_SUBJECT, &v, &n) && v == 1 && n == 1 &&
           l > LETTERS(3) && (ends_with(w, l, U_HEH) ||
                              (l > LETTERS(4) && (ends_with(w, l, U_HEH U_ALEF) ||
                                                  ends_with(w, l, U_HEH U_MEEM))));
}

/* Whether token a starts with بدور (or وبدور): بدوره، بدورها, a turn word with no من. */
static int by_turn(const qctx *q, size_t a)
{
    const rasd_token *t = &q->s->t[a];
    size_t k = letter_is(t->norm, U_WAW) ? LETTERS(1) : 0;
    return t->norm_len > k + LETTERS(4) && starts_with(t->norm + k, t->norm_len - k, BY_TURN);
}

/* Whether token a is من (or ومن), which goes before جانبه and جهته. */
static int from_word(const qctx *q, size_t a)
{
    const rasd_token *t = &q->s->t[a];
    size_t k = t->norm_len == LETTERS(3) && letter_is(t->norm, U_WAW) ? LETTERS(1) : 0;
    return t->norm_len == k + LETTERS(2) && starts_with(t->norm + k, LETTERS(2), U_MEEM U_NOON);
}

/* Where a reported clause ends when a word that gives another subject its turn (turn_word,
 * من before it at most) and a comma at most stand before the reporting verb at token i: …أن
 * الحراس المعتقلين أردنيون، من جانبها ، ذكرت الإذاعة الإسرائيلية أن …; … نتنياهو، رئيس وزراء
 * إسرائيل من جانبه قال جيب بوش. The writer hands the word to someone else there (the
 * guideline's content ends where another statement starts); the speech one reports goes on
 * without such a word (قال إن الوزير أكد), and so does a relative clause (والتي بدورها).
 * Returns the first token of the turn (من or the word, the comma before it when there is
 * one), 0 for none. */
size_t qt_turn_clause(const qctx *q, size_t i)
{
    size_t j = i, n;
    int v;
    if (j > 0 && qt_comma(q, j - 1))
        j--;                                   /* من جانبها ، ذكرت */
    if (j < 2 || !turn_word(q, j - 1))
        return 0;
    j--;
    if (j > 1 && from_word(q, j - 1))
        j--;
    else if (!by_turn(q, j))
        return 0;                              /* عندها، ثانية: no turn without من or ب */
    if (j > 0 && ev_is_word(&q->s->t[j - 1]) &&
        ev_word_is(q->s, j - 1, 1, EK_RELATIVE, &v, &n) && v == 1)
        return 0;                              /* الشركات والتي بدورها أبدت: the relative's
                                                  clause, still the statement's */
    return j > 0 && qt_comma(q, j - 1) ? j - 1 : j;
}

/* Whether token a is في (or وفي), which goes before حين and المقابل. */
static int in_word(const qctx *q, size_t a)
{
    const rasd_token *t = &q->s->t[a];
    size_t k = t->norm_len == LETTERS(3) && letter_is(t->norm, U_WAW) ? LETTERS(1) : 0;
    return ev_is_word(t) && t->norm_len == k + LETTERS(2) &&
           starts_with(t->norm + k, LETTERS(2), U_FEH U_YEH);
}

/* Whether the reporting verb at token i (n tokens) names someone who speaks: its own subject
 * (qt_own_subject), a counted group (في حين قال 27 في المئة، قال %32، أبدى 33% منهم), or,
 * unless it appeals (whose object may come first: وطالب قوات التحالف بـ), a title or a body's
 * head (data/events.tsv "lead": في حين اعتبر وزير ألماني), a described group ("group": فيما
 * أكد سكان) or an organisation's noun (data/quotes.tsv "org": فيما أشارت شبكة «سكاي سبورتس»). */
static int other_subject(const qctx *q, size_t i, size_t n)
{
    const rasd_token *t = q->s->t;
    size_t j = i + n, m;
    if (j < q->s->nt && t[j].kind == RASD_TOK_PUNCT && t[j].norm_len <= 2 && j + 1 < q->s->nt)
        j++;                                   /* %32، (34 %) */
    if ((j < q->s->nt && t[j].kind == RASD_TOK_NUMBER) || qt_own_subject(q, i, n))
        return 1;
    j = i + n;
    return j < q->s->nt && ev_is_word(&t[j]) && !ev_word_is(q->s, i, 1, EK_APPEAL, NULL, &m) &&
           (ev_word_is(q->s, j, 0, EK_LEAD, NULL, &m) ||
            ev_word_is(q->s, j, 0, EK_GROUP, NULL, &m) ||
            ev_word_is(q->s, j, 0, EK_ORGNOUN, NULL, &m));
}

/* The first token of a turn of contrast ending right before token e (a word of data/events.tsv
 * aguard "contrast_turn": فيما، بينما، بالمقابل; or "contrast_after_in" after في: في حين، في
 * المقابل), 0 for none. */
static size_t contrast_turn(const qctx *q, size_t e)
{
    size_t n;
    if (e < 2 || !ev_is_word(&q->s->t[e - 1]))
        return 0;
    if (ev_aguard_is(q->s, e - 1, 0, AG_CONTRAST_TURN, &n) && n == 1)
        return e - 1;
    if (e > 2 && ev_aguard_is(q->s, e - 1, 0, AG_CONTRAST_AFTER_IN, &n) && n == 1 &&
        in_word(q, e - 2))
        return e - 2;
    return 0;
}

/* Whether token k is the word after a cue's subject that list l (aguard contrast_cue_*)
 * asks for: أن/إن (that), عن (about: عنه، عنها), على (on), a word with ب (by: بـ، بأنه). */
static int speech_word(const qctx *q, size_t k, int l)
{
    const rasd_token *t = &q->s->t[k];
    size_t n;
    if (!ev_is_word(t))
        return 0;
    if (l == AG_CONTRAST_CUE_THAT)
        return ev_word_is(q->s, k, 0, EK_THAT, NULL, &n);
    if (l == AG_CONTRAST_CUE_ABOUT)
        return t->norm_len >= LETTERS(2) && t->norm_len <= LETTERS(4) &&
               starts_with(t->norm, t->norm_len, U_AIN U_NOON);
    if (l == AG_CONTRAST_CUE_ON)
        return word_equals(t->norm, t->norm_len, U_AIN U_LAM U_YEH);
    return letter_is(t->norm, U_BEH);
}

/* Whether the cue at token i (n tokens) is one turn64's plain cues left that is speech here
 * (data/events.tsv aguard contrast_cue: يرى، ترى; or contrast_cue_that/about/on/by: بين،
 * عبر، نقل، علق، وصف with their word within SPEECH_PREP tokens after the verb, only words
 * between: فيما بين عسيري أن، بينما عبر الشيخ … عن فرحته; not فيما بين الأعضاء "between",
 * فيما نُقل المصاب إلى "was moved"). أن right after the subject: a one-word subject or a
 * mention's last word before it (not فيما بين الأجهزة يجب أن). bench/turn65/rule_2.md. */
static int turn_cue(const qctx *q, size_t i, size_t *n)
{
    static const int lists[] = {AG_CONTRAST_CUE_THAT, AG_CONTRAST_CUE_ABOUT, AG_CONTRAST_CUE_ON,
                                AG_CONTRAST_CUE_BY};
    enum { SPEECH_PREP = 8 };
    size_t m;
    int v;
    if (!ev_word_is(q->s, i, 1, EK_CUE, &v, n) || !ev_is_word(&q->s->t[i]))
        return 0;
    if (ev_aguard_is(q->s, i, 0, AG_CONTRAST_CUE, &m) && m == 1)
        return 1;
    for (size_t l = 0; l < sizeof lists / sizeof *lists; l++) {
        if (!ev_aguard_is(q->s, i, 0, lists[l], &m) || m != 1)
            continue;
        for (size_t k = i + 2; k < q->s->nt && k <= i + SPEECH_PREP; k++) {
            if (!ev_is_word(&q->s->t[k - 1]))
                break;                         /* no stop, comma or mark between */
            if (speech_word(q, k, lists[l]))
                return lists[l] != AG_CONTRAST_CUE_THAT || k == i + 2 || qt_in_entity(q, k - 1);
        }
    }
    return 0;
}

/* Where a reported clause ends when a word of contrast (contrast_turn, a comma at most after
 * it) stands before the plain reporting verb at token i and the verb's own subject follows it
 * (other_subject): … اتفقتا على بحث فرص توسيع العلاقات الأمنية، في حين أوضح شكري أن …; … تم
 * انتشال 18 جثة فيما أعلنت مصادر طبية سابقاً مصرع 21 شخصاً. The writer sets another party's
 * statement against the one before (77 of the 147 corpus quotes that ran over such a turn,
 * bench/turn64/rule_1.md); the same speaker going on names no subject there (في حين قال إن),
 * and after a relative pronoun (data/events.tsv "relative" 1) the clause is still the
 * statement's. Returns the first token of the turn (the comma before it when there is one), 0
 * for none. */
size_t qt_contrast_clause(const qctx *q, size_t i)
{
    size_t j = i, n;
    int v, plain = qt_plain_cue(q, i, &n);
    if (!(plain || turn_cue(q, i, &n)) || !other_subject(q, i, n))
        return 0;
    if (j > 0 && qt_comma(q, j - 1))
        j--;                                   /* في المقابل، كشف التحقيق */
    if ((j = contrast_turn(q, j)) == 0)
        return 0;
    if (ev_is_word(&q->s->t[j - 1]) && ev_word_is(q->s, j - 1, 1, EK_RELATIVE, &v, &n) && v == 1)
        return 0;                              /* a relative's clause */
    if (!plain && !qt_comma(q, j - 1))
        return 0;                              /* turn_cue's after a comma only: not في
                                                  التصريح فيما يرى المتحدث أنه "in what" */
    return qt_comma(q, j - 1) ? j - 1 : j;
}
