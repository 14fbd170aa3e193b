/* before_span.c — an event noun after «قبل <a span> من» is still to come (issue 16, branch
 * wrong55, stop 47; docs/EVENTS.md "Issue 16: judge49's wrong rows (branch wrong55, stop
 * 47)").
 *
 * judge49's row 40: «ويأتي رفض إصدار تأشيرة … قبل ثلاثة أشهر من زيارة الرئيس الصيني شي جين
 * بينغ إلى بريطانيا» gave Xi's October visit as occurred. ev_planned_by_words reads «قبل»
 * right before the noun (data/events.tsv "plan" 3: قبل اجتماع مع بوتين) but not with a span
 * between them: «قبل ثلاثة أشهر من زيارة»، «قبل يومين فقط من زيارة فابيوس إلى طهران». The
 * span is a count of days, months or years of data/dates.tsv (ndays, nmonths, nyears), the
 * words that date_relative.c reads; «من» is dates.tsv "of". Between «قبل» and «من» at most
 * SPAN_REACH tokens and no punctuation; one of them must start a span (so «قرب»، the other
 * "plan" 3 word, and «قبل أن يتمكن من زيارة» stay as they were).
 *
 * Hook: event_when.c ev_planned_by_words, after its "plan" 3 test; it assumes token i is the
 * event word's first token and t0 its clause's first. */
#include "events/ev.h"

#include <stddef.h>

enum { SPAN_REACH = 4,         /* قبل نحو ثلاثة أشهر فقط من: the span's words and one more */
       PLAN_BEFORE = 3 };      /* data/events.tsv "plan" 3: قبل، قرب */

/* Whether a count of days, months or years (data/dates.tsv ndays, nmonths, nyears) starts at
 * token k. */
static int span_at(ev_scan *s, size_t k)
{
    int v;
    size_t n;
    if (ev_word_is(s, k, 0, EK_NDAYS, &v, &n) && v >= 0)
        return 1;              /* أيام، يومين، ثلاثة أيام (not قبل، منذ، بعد: TX_AGO ± 1, below 0) */
    if (!ev_word_is(s, k, 0, EK_TIMEX, &v, &n))
        return 0;
    return (v >= TX_NMONTHS && v < TX_NMONTHS + TX_SPAN - 2) ||
           (v >= TX_NYEARS && v < TX_NYEARS + TX_SPAN - 2);
}

int ev_before_span(ev_scan *s, size_t t0, size_t i)
{
    int v, span = 0;
    size_t n;
    if (i < t0 + 3 || !ev_word_is(s, i - 1, 0, EK_OF, NULL, &n) || n != 1)
        return 0;
    for (size_t k = i - 1; k > t0 && k + SPAN_REACH + 1 >= i; k--) {
        if (s->t[k - 1].kind == RASD_TOK_PUNCT)
            return 0;
        if (ev_word_is(s, k - 1, 1, EK_PLAN, &v, &n) && v == PLAN_BEFORE)
            return span;
        span |= span_at(s, k - 1);
    }
    return 0;
}
