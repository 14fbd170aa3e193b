/* struck_side.c — the side an air strike struck as a fight's second actor (issue 16, branch
 * fix60, stop 54; docs/EVENTS.md "Issue 16: judge55's event forms").
 *
 * judge55's fight rows 14 and 57 named only the striker (طيران التحالف شن 5 غارات على تجمعات
 * لمليشيات الحوثي وصالح; بدأت أنقرة حملة ضربات جوية على معسكرات الحزب): the Guideline counts
 * the target as an actor, and a fight has two sides. A deed's verb (data/events.tsv value 8:
 * شن، نفذ) takes its other party after مع/على only when it is a name (actors.c
 * ev_object_of); this reads, for a fight, what follows على or ضد: past a site that is held
 * ("aguard" held_site: تجمعات، مواقع، معسكرات) the side that holds it, as its genitive or
 * with لـ, a name the recogniser found (not a place: على إب is where) or the description of a
 * force (groups.c: مليشيات الحوثي، المتمردين). Anything else (على أحياء سكنية، على مدينة
 * تعز) gives nothing. */
#include "events/struck_side.h"
#include "events/aguard.h"
#include "core/internal.h"

enum { STRUCK_GAP = 3 };       /* words between the deed's noun and على (غارات جوية مكثفة على;
                                  as events.c DEED_GAP, one more for a count's noun) */

/* The side named at token k: a name the recogniser found starting there that is no place and
 * not the doer a, or a force's description, with or without لـ. */
static const rasd_entity *side_at(sent_ctx *c, size_t k, const rasd_entity *a)
{
    const rasd_entity *e = ev_first_entity(c, k, k + 1);
    if (e && e->tok_start == k)
        return !is_loc(e) && e != a && (!a || !a->id || !e->id || strcmp(a->id, e->id) != 0)
                   ? e : NULL;
    if (e)
        return NULL;           /* inside a name that started before: not a side's head */
    return ev_group_at(c, k, 1 << GROUP_FORCE, CL_LAM);
}

const rasd_entity *ev_struck_side(sent_ctx *c, int kind, size_t from, const rasd_entity *a)
{
    size_t k = from, m = 0;
    if (kind != EK_FIGHT)
        return NULL;
    for (; k < c->t1 && k <= from + STRUCK_GAP; k++) {
        if (c->s->t[k].kind == RASD_TOK_PUNCT)
            return NULL;
        if (ev_aguard_at(c, k, 0, AG_AGAINST, &m))
            break;
    }
    if (k >= c->t1 || k > from + STRUCK_GAP || (k += m) >= c->t1)
        return NULL;
    if (ev_aguard_at(c, k, 1, AG_HELD_SITE, &m)) {
        k += m;                /* تجمعات لمليشيات الحوثي، مواقع الحوثيين */
        if (k >= c->t1)
            return NULL;
    }
    return side_at(c, k, a);
}
