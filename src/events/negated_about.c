/* negated_about.c — a negated «بصدد» (issue 16, branch wrong48): «ليست بصدد الاعتداء»، «لسنا بصدد
 * مهاجمة» ("is not about to attack") tells of no event. A word of data/events.tsv "deny" 2
 * (بصدد) denies the event after it only when a copular negator, "deny" 3 (ليس، ليست، لسنا …),
 * stands right before it or one word before it in its clause (ليست الهيئة بصدد). Alone,
 * «بصدد» is a plan (the event is to come) and is left to the other rules.
 */
#include "events/ev.h"

enum { DENY_NOT_ABOUT = 2, DENY_COPULA_NOT = 3, DENY_POSTPONED = 4, DENY_POSTPONED_AFTER = 6 };

/* Whether the deny word of value v at token k denies the event word at token i (ev_denied,
 * event_when.c): a plain denial (0), «بصدد» after a copular negator, or a word of
 * postponement that governs it (4 and 6, postponed.c). */
int ev_deny_counts(ev_scan *s, size_t t0, size_t k, size_t i, int v)
{
    int w;
    size_t n;
    if (v == 0)
        return 1;
    if (v == DENY_POSTPONED || v == DENY_POSTPONED_AFTER)
        return ev_postpones(s, k, i);
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
