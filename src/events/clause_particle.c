/* clause_particle.c — where reported content without quote marks ends at a new statement
 * opened by a particle (branch quotes26, docs/EVENTS.md "Issue 16: a new statement after a
 * comma and a particle"): after a comma, a word that puts the verb first (data/events.tsv
 * "subject" 1: كما، ثم، قد، عندما) and a reporting verb whose subject follows at once (وأشارت
 * إلى أنه …، كما أعلنت الحكومة اليمنية في وقت سابق، تحويل …) begin another statement, as the
 * comma and the verb alone do (quotes.c named_after_comma, which asks here). */
#include "events/quotes.h"

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
