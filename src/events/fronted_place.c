/* fronted_place.c — a place fronted before its sentence's fighting (issue 16, branch fix43;
 * docs/EVENTS.md "Issue 16: judge43's wrong and partly event rows").
 *
 * judge43 (bench/judged/judge43.tsv) and judge35/37 gave partly to fights and bombings whose
 * place opens their sentence: «وفي تعز (جنوب اليمن) قصفت ميليشيات الحوثي عدة أحياء»، «وفي
 * محافظة أبين نفذت المقاومة … هجومًا»، «وفي مدينة الرمادي، … بالتزامن مع قصف عنيف». events.c's
 * place_of takes a place within PLACE_BEFORE words before the event's word and not across a
 * comma, and a noun of area (محافظة) only for visits and bare bombings: a phrase fronted
 * before the whole sentence is farther off. Such a phrase sets the scene of all the sentence
 * tells, so an event of force (fight, assault) with no place takes it:
 *   the sentence's first token is «في» ("place 1") or «وفي»، «ففي» (data/events.tsv "aguard
 *   fronted_fi": the lookups take no proclitic off a word of two letters), then
 *   at most one noun of area ("place 4": محافظة، مدينة، ولاية), then a recognised place
 *   (LOC) that ends before the event's word; not an event told in a relative clause right
 *   after its pronoun ("relative 1": «وفي عدن المحررة، أكدت الوزارة أن قاعدة العند … من
 *   المتمردين الذين سيطروا عليها منذ آذار»: a deed of March at al-Anad, not in Aden).
 * A place the rules found is never replaced; other kinds (appeals, meetings) are left alone:
 * «وفي الشأن الليبي، … ودعا» names a topic, and a statement's place is where it was made. */
#include "events/fronted_place.h"
#include "events/actors.h"
#include "events/aguard.h"

#include <string.h>

/* Whether ev is an event of force: a fight or an assault (CAMEO 18x, 19x). */
static int of_force(const rasd_event *ev)
{
    return ev->cameo && (ev->cameo[0] == '1') && (ev->cameo[1] == '8' || ev->cameo[1] == '9');
}

/* The place the sentence opening at token k names before token ti, else NULL. */
static const rasd_entity *fronted(ev_scan *s, const rasd_entity *en, size_t ne, size_t k,
                                  size_t ti)
{
    int v;
    size_t n;
    if (k + 1 >= ti || !((ev_word_is(s, k, 0, EK_PLACE, &v, &n) && v == PLACE_IN && n == 1) ||
                         (ev_aguard_is(s, k, 0, AG_FRONTED_FI, &n) && n == 1)))
        return NULL;                                  /* في، وفي، ففي */
    if (ev_word_is(s, ti - 1, 0, EK_RELATIVE, &v, &n) && v == 1 && n == 1)
        return NULL;           /* الحوثيين الذين سيطروا عليها منذ آذار: a background deed */
    k++;                                              /* وفي */
    if (ev_word_is(s, k, 0, EK_PLACE, &v, &n) && v == PLACE_NOUN && n == 1)
        k++;                                          /* محافظة، مدينة */
    for (size_t e = 0; e < ne; e++)
        if (en[e].tok_start == k && en[e].tok_end <= ti && is_loc(&en[e]))
            return &en[e];
    return NULL;
}

void ev_fronted_place(ev_scan *s, const rasd_entity *en, size_t ne, struct ev_doc *x)
{
    if (!s->ev || s->nt == 0 || ne == 0)
        return;
    for (size_t k = 0; k < x->nevents; k++) {
        rasd_event *ev = &x->events[k];
        const rasd_entity *p;
        if (ev->place_name || !of_force(ev))
            continue;
        p = fronted(s, en, ne, ev_token_from(s, ev->start), ev_token_from(s, ev->trigger_start));
        if (!p)
            continue;
        ev->place_id = p->id, ev->place_name = p->name;
        ev_event_rehash(ev);   /* nobody named: the place is in its id (event_when.c) */
    }
}
