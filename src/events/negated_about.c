/* negated_about.c — a negated «بصدد» (issue 16, branch wrong48): «ليست بصدد الاعتداء»، «لسنا بصدد
 * مهاجمة» ("is not about to attack") tells of no event. A word of data/events.tsv "deny" 2
 * (بصدد) denies the event after it only when a copular negator, "deny" 3 (ليس، ليست، لسنا …),
 * stands right before it or one word before it in its clause (ليست الهيئة بصدد). Alone,
 * «بصدد» is a plan (the event is to come) and is left to the other rules.
 */
#include "events/ev.h"

enum { DENY_NOT_ABOUT = 2, DENY_COPULA_NOT = 3 };

/* Whether the deny word of value v at token k denies (ev_denied, event_when.c): a plain
 * denial (0), or «بصدد» after a copular negator. */
int ev_deny_counts(ev_scan *s, size_t t0, size_t k, int v)
{
    int w;
    size_t n;
    if (v == 0)
        return 1;
    if (v != DENY_NOT_ABOUT)
        return 0;
    for (size_t j = k; j > t0 && j + 2 >= k; j--) {
        if (s->t[j - 1].kind == RASD_TOK_PUNCT)
            return 0;
        if (ev_word_is(s, j - 1, 1, EK_DENY, &w, &n) && w == DENY_COPULA_NOT)
            return 1;
    }
    return 0;
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
