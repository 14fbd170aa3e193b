/* thing_relative.c — a threat or accusation told in a relative clause of a thing (issue 16, branch
 * events55, stop 47; docs/EVENTS.md "Issue 16: unseen23's missed events over every part
 * (branch events55, stop 47)").
 *
 * unseen23's one wrong row: «… وإلا كنا في حدود المنزلق الخطير الذي هدد الكثير من
 * المجتمعات القريبة» gave a threat by the person named at the sentence's start (a column's
 * heading). The trigger layer reads the past verb هدد (data/events.tsv "tdefault" threaten
 * verb) and takes its actor where it finds one; its guard of a relative before the verb
 * (trigger_guards.c kind_relative) reads only the plural (الذين) and leaves threats and
 * accusations out (المتطرفين الذين هددوا الرئيس: a crowd's own act). A singular relative
 * (الذي، التي) that follows no name says the verb's subject is the noun before it: a thing
 * (المنزلق، الخطر، الإعصار) or someone the sentence only describes; the layer's actor is
 * then someone else. A name right before the pronoun, or before a comma and the pronoun
 * or a dash and the pronoun (داعش الذي هدد؛ أبو بكر البغدادي، الذي توعد؛ محمد بخاري - الذي
 * توعد), is the subject and keeps the row. A row with no actor is kept: a threat or an
 * accusation by someone the text does not name (ناديه السابق الذي هدد باللجوء إلى القانون),
 * and so is an accusation verb with ب right after it (بالمر الذي اتهم بقتل سيسل): the
 * passive, whose antecedent is the accused; doers.c ev_passive_accusations, run after the
 * layer, clears such a row's actors.
 *
 * Hook: triggers.c ev_trigger_events, right after the layer took the row's actors (before
 * tg_courtesy_actors), for a verb (not a noun's trigger) whose row has an actor; it assumes
 * token i is the verb's first token, in its sentence. */
#include "events/thing_relative.h"

#include <stddef.h>
#include <string.h>

enum { GUARD_KIND = 11 };      /* data/events.tsv "tguard" 11: the plural relatives (الذين),
                                  trigger_guards.c's kind_relative */

/* Whether token k is a comma or a dash alone (ev_dash). */
static int comma_or_dash(const sent_ctx *c, size_t k)
{
    return ev_comma(c, k) || ev_dash(c->doc, &c->s->t[k]);
}

int ev_thing_relative(const sent_ctx *c, size_t i, int kind)
{
    int v;
    size_t n;
    if ((kind != EK_THREATEN && kind != EK_ACCUSE) || i < c->t0 + 2 ||
        !ev_word_is(c->s, i - 1, 0, EK_RELATIVE, &v, &n) || n != 1 || v != 1 ||
        (ev_word_is(c->s, i - 1, 0, EK_TGUARD, &v, &n) && v == GUARD_KIND))
        return 0;              /* الذين: trigger_guards.c's (a crowd's own act) */
    if (kind == EK_ACCUSE && i + 1 < c->t1 && ev_clitic(c, i + 1) == CL_BI)
        return 0;              /* بالمر الذي اتهم بقتل سيسل: the passive, the antecedent the
                                  accused; doers.c ev_passive_accusations clears its actors */
    if (ev_entity_ending(c, i - 1))
        return 0;              /* داعش الذي هدد */
    return !(i - 2 > c->t0 && comma_or_dash(c, i - 2) && ev_entity_ending(c, i - 2));
                               /* أبو بكر البغدادي، الذي توعد; محمد بخاري - الذي توعد */
}
