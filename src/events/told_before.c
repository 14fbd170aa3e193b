/* told_before.c — an event told as before the article's time (issue 16, branch hist50): with
 * «سبق أن» (وسبق أن ناشدت الهيئة الطبية …: an earlier appeal) before its word in its clause,
 * or the pluperfect «كان … قد» right before its verb (وكان أكثر من 50 كادرا طبيا قد طالبوا),
 * the event happened before the report, on a day the sentence does not say. With no date of
 * its own (event_when.c) it then gets none, as «زيارته الأخيرة» (ev_last_time below), rather than the
 * article's day. The words are data/events.tsv "pastmark" (1 سبق أن، 2 قد، 3 كان and its
 * forms).
 */
#include "events/ev.h"

enum { PAST_SABAQ = 1, PAST_QAD = 2, PAST_KANA = 3 };
enum {
    SABAQ_REACH = 5,           /* tokens from سبق أن's end to the event's word: وسبق أن واجهت
                                  السلطات المصرية انتقادات */
    KANA_REACH = 8,            /* tokens from كان to قد: وكان اكثر من 50 كادرا طبيا في برج
                                  الدمام الطبي قد */
};

/* The pastmark value of the phrase at token k (its length in *n), 0 if none. */
static int mark_at(ev_scan *s, size_t k, size_t *n)
{
    int v = 0;
    return ev_word_is(s, k, 1, EK_PASTMARK, &v, n) ? v : 0;
}

int ev_told_before(const rasd_doc *doc, const rasd_event *ev)
{
    const struct ev_doc *x = EV_DOC(doc);
    ev_scan *s = x->scan;
    size_t i, lo, n;
    if (!s)
        return 0;
    i = ev_token_from(s, ev->trigger_start);
    lo = ev_token_from(s, ev->start);
    if (i >= s->nt || lo > i)
        return 0;
    if (i > lo && mark_at(s, i - 1, &n) == PAST_QAD && n == 1 &&
        ev_phrase_near(s, EK_PASTMARK, PAST_KANA, lo, i - 1, i - 1, i - 1, KANA_REACH + 1, 0))
        return 1;              /* وكان … قد طالبوا */
    /* وسبق أن ناشدت */
    return ev_phrase_near(s, EK_PASTMARK, PAST_SABAQ, lo, i, i, i, SABAQ_REACH + 3, 0);
}

/* زيارته الأخيرة، زيارتها الأخيرة إلى طهران (issue 16): an event noun with a pronoun and a
 * word of data/events.tsv "lasttime" (الأخيرة، الأخير) right after it tells of the last such
 * event before the article, not of one on its day; with no date of its own it gets none
 * (ev_event_date). Without the pronoun (الهجوم الأخير) it is mostly the latest news of the
 * days before, often the article's matter: left as it is. */
int ev_last_time(const rasd_doc *doc, const rasd_event *ev)
{
    const struct ev_doc *x = EV_DOC(doc);
    const unsigned char *t = (const unsigned char *)doc->text;
    uint32_t e = ev->trigger_end;
    size_t i, n;
    if (!x->scan || e < 4)
        return 0;
    if (t[e - 2] == 0xd8 && t[e - 1] == 0xa7)              /* ها */
        e -= 2;
    else if (t[e - 2] == 0xd9 && t[e - 1] == 0x85)         /* هم */
        e -= 2;
    if (!(t[e - 2] == 0xd9 && t[e - 1] == 0x87))           /* ه (not ة) */
        return 0;
    i = ev_token_from(x->scan, ev->trigger_end);
    return i < x->scan->nt && x->scan->t[i].start == ev->trigger_end + 1 &&
           ev_word_is(x->scan, i, 0, EK_LASTTIME, NULL, &n);
}
