/* condition_after.c — an event's noun under a condition that follows it (issue 16, mend51, stop 43).
 *
 * report_guards.c drops an event with a condition before its word in its clause (حتى لو
 * كان الهجوم). A noun of an event can have its condition after it too (لصد الهجوم الحوثي
 * على المديرية في حال ما قررت المليشيا تصعيد المواجهة: an attack that may come): a word of
 * "aguard condition" (إذا، لو) or of "aguard condition_case" after في (في حال، في حالة) with at most COND_AFTER words between it and the noun, in its
 * clause and with no relative pronoun between (الهجوم الذي وقع أمس … إذا: told, then
 * something else's condition), makes it no event (judge45's wrong row). A verb's condition
 * after it (هاجم … إذا) is left alone: a verb tells its deed; so are kinds other than an
 * attack and a fight: an appeal's or a threat's condition is its content (مطالبا الحوثيين
 * إذا أرادوا أن يكونوا جزءا …: a demand made, which the first form of this guard dropped on
 * the whole corpus). */
#include "events/report_guards.h"

/* Words between the noun and its condition, at most (الهجوم الحوثي على المديرية في حال: 3;
 * 6 reached past a headline into the next one glued to it, زيارة محمد بن سلمان لمصر
 * ومدلولاتهاماذا لو نجح, on the first fresh draw). */
enum { COND_AFTER = 4 };

int rg_condition_after(sent_ctx *c, size_t i, size_t n, int verb, int kind)
{
    size_t m;
    if (verb || (kind != EK_ASSAULT && kind != EK_FIGHT))
        return 0;
    for (size_t k = i + n; k < c->t1 && k <= i + n + COND_AFTER; k++) {
        if (ev_comma(c, k) || ev_punct(c->s, k, ".;:!") || word_kind(c, k, 1, EK_RELATIVE))
            return 0;
        if (ev_aguard_at(c, k, 1, AG_CONDITION, &m) ||
            (k + 1 < c->t1 && word_value(c, k, EK_PLACE) == PLACE_IN &&
             ev_aguard_at(c, k + 1, 0, AG_CONDITION_CASE, &m)))
            return 1;                             /* إذا، لو; في حال، في حالة */
    }
    return 0;
}
