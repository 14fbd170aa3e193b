/* judicial.c — an accusation made by a prosecutor or a court (acc73 rule 2, stop 60).
 *
 * The Guideline counts a prosecutor's charges, an indictment and a court's acts as judicial,
 * no accuse («واتهمت النيابة العامة في بوليفيا تشافيز بارتكابه أعمال فساد»، «وجهت له المحكمة
 * الجنائية الدولية اتهامات»). An accuse event whose accuser (its first actor, not
 * target-only) starts with a word of data/events.tsv `aguard judicial` is dropped. Runs once
 * over the article's events after they are all found (triggers.c, beside doers.c's pass). */
#include "events/ev.h"
#include "events/aguard.h"

#include <string.h>

/* Whether ev is an accusation whose accuser is named by a judicial word. */
static int judicial(ev_scan *s, const rasd_event *ev)
{
    size_t n, k;
    if (strcmp(ev->type, "accuse") != 0 || ev->nactors == 0 || ev->target_only ||
        ev->actor_end[0] <= ev->actor_start[0])
        return 0;
    k = ev_token_from(s, ev->actor_start[0]);
    return k < s->nt && s->t[k].start < ev->actor_end[0] &&
           (ev_aguard_is(s, k, 0, AG_JUDICIAL, &n) || ev_aguard_is(s, k, 1, AG_JUDICIAL, &n));
}

void ev_drop_judicial(ev_scan *s, struct ev_doc *x)
{
    size_t m = 0;
    if (!s->ev || s->nt == 0)
        return;
    for (size_t k = 0; k < x->nevents; k++) {
        if (judicial(s, &x->events[k]))
            continue;
        if (m != k)
            x->events[m] = x->events[k];
        m++;
    }
    x->nevents = m;
}
