/* clause_particle.c — where reported content without quote marks ends at a new statement
 * opened by a particle (branch quotes26, docs/EVENTS.md "Issue 16: a new statement after a
 * comma and a particle"): after a comma, a word that puts the verb first (data/events.tsv
 * "subject" 1: كما، ثم، قد، عندما) and a reporting verb whose subject follows at once (وأشارت
 * إلى أنه …، كما أعلنت الحكومة اليمنية في وقت سابق، تحويل …) begin another statement, as the
 * comma and the verb alone do (quotes.c named_after_comma, which asks here). Also where it ends
 * before a word that gives another subject its turn (من جانبها، بدوره) and a reporting verb:
 * qt_turn_clause, which quotes.c clause_end() asks. */
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

/* Whether the reporting verb at token i (n tokens) follows a comma, a particle at most between
 * (qt_comma_particle), and a noun of data/quotes.tsv "body" follows it at once (…، كما أعلنت
 * الحكومة اليمنية …، أوضحت الوزارة أن): a body the recogniser names not, as the subject of the
 * next statement; not after a verb of appeal, whose object comes first (data/events.tsv
 * "appeal"). */
int qt_comma_body(const qctx *q, size_t i, size_t n)
{
    size_t b = i - qt_comma_particle(q, i), m;
    return b > 0 && qt_comma(q, b - 1) && i + n < q->s->nt &&
           ev_word_is(q->s, i + n, 0, EK_BODY, NULL, &m) &&
           !ev_word_is(q->s, i, 1, EK_APPEAL, NULL, &m);    /* وطالب قوات التحالف بـ: whom
                                                                 one appeals to */
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
