/* ground_place.c — the place a verb of ground took is the event's place, not an actor (issue
 * 16, stop 60, branch place73; docs/EVENTS.md "Stop 60: a place taken given as an actor (branch
 * place73)", bench/place73/rule_1.md).
 *
 * A verb of ground (fight 16) reads its object after على as the other actor, as it does for a
 * target; but what a force seized, retook or freed is ground: «سيطرت المقاومة على زنجبار» is
 * a fight at Zinjibar by the resistance, not one between the resistance and Zinjibar. For the
 * verbs that take ground ("aguard" ground_take: سيطر، استولى، استعاد، حرر; not استهدف، دمر،
 * أسقط، أغار، تقدمت, whose object is a target or a direction), a second actor after the verb
 * that is a place — a LOC, or an ORG that starts with a district's noun ("aguard" taken_area:
 * مديرية النادرة) — leaves the actors and becomes the event's place. A force or a group after
 * the verb (على مواقع الحوثيين) stays the other side. */
#include "events/actors.h"
#include "events/aguard.h"

/* Whether mention e names ground: a LOC, or an ORG whose first word is a district's noun. */
static int ground_named(sent_ctx *c, const rasd_entity *e)
{
    return is_loc(e) || (strcmp(e->type, "ORG") == 0 &&
                         ev_aguard_word(c, e->tok_start, AG_TAKEN_AREA));
}

const rasd_entity *ev_ground_place(sent_ctx *c, const kind_info *ki, size_t i, size_t n,
                                   int form, rasd_event *ev)
{
    const rasd_entity *o = ev->nactors == 2 ? c->actor[1] : NULL;
    if (ki->kind != EK_FIGHT || form != F_VERB || n != 1 || !o ||
        !ev_aguard_word(c, i, AG_GROUND_TAKE) || o->tok_start < i + n || !ground_named(c, o))
        return NULL;
    ev->nactors = 1;
    c->actor[1] = NULL;
    return o;
}

/* Whether a and b are at one place (its id, else its name). */
static int same_place(const rasd_event *a, const rasd_event *b)
{
    if (a->place_id && b->place_id)
        return strcmp(a->place_id, b->place_id) == 0;
    return a->place_name && b->place_name && strcmp(a->place_name, b->place_name) == 0;
}

/* Before, the taken town was the second actor, and such an event folded only into another
 * with that town among its actors: now it folds only into one at that place, and absorbs no
 * later one elsewhere or with no place yet (a place fronted_place.c gives after the fold,
 * «وفي إب … سيطرت القوات», snn-030813; the Houthis' seizure of Sanaa in September 2014 and
 * of Aden in March 2015, snn-007023). */
int ev_taken_apart(const struct ev_doc *x, const rasd_event *o, const rasd_event *ev)
{
    if (!x->adding_taken && !x->taken.n)
        return 0;
    return (x->adding_taken || ev_trigset_has(&x->taken, o->trigger_start)) &&
           !same_place(o, ev);
}

rasd_status ev_add_taken(sent_ctx *c, struct ev_doc *x, const kind_info *ki, size_t i, int cut,
                         const rasd_entity *place, rasd_event *ev, int taken)
{
    size_t had = x->nevents;
    rasd_status rc;
    x->adding_taken = taken;
    rc = ev_add_apart(c, x, ki, i, cut, place, ev);
    x->adding_taken = 0;
    if (rc || !taken || x->nevents == had)
        return rc;
    return ev_trigset_add(&x->taken, ev->trigger_start);
}
