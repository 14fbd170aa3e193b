/* joint.c — a meeting or an agreement whose subjects are coordinated (issue 16, branch
 * events39; docs/EVENTS.md "Issue 16: meetings and agreements with coordinated subjects").
 *
 * A support verb of a meeting (data/events.tsv "joint" 1: عقد، أجرى) or a verb of reaching
 * (joint 3: توصل) whose subject is two or more parties joined by و, then the meeting's noun
 * (joint 2: اجتماعا، محادثات، لقاء) or the deed (joint 4: إلى اتفاق), reports one event of all
 * of them (and of one party after مع, below):
 *   وأجرى بوتين وأوباما محادثات غير رسمية، عقد الأمير محمد بن سلمان ووزير الدفاع الأميركي
 *   اجتماعاً موسعاً، وتوصلت إيران والدول الست إلى اتفاق.
 * The rules read the first name after the verb as its subject and the second as a title's
 * genitive or nothing, and the layer's duals (value 2) want the parties before the word.
 *   - each party: a name behind titles only, a group (الدول الست), or a title's
 *     words up to the noun (ووزير الدفاع الأميركي); one at least a name, no two the same;
 *   - only a date or a comma between the last party and the noun (اجتماعا أمس);
 *   - a party after مع within JOINT_WITH words of the noun is one more (توصلت واشنطن وخمس من
 *     الدول الكبرى إلى اتفاق تاريخي مع إيران); a ب party leaves it to encounter.c;
 *   - a count of a group is a party (joint 5 + a preposition + a group: وخمس من الدول الكبرى);
 *   - not negated (لم يتوصلا), conditional (إذا توصلت: "joint" 9 in the clause before the
 *     verb), denied or asked, not a guarded courtesy; no event of the kind already told by
 *     these words. Status planned by the words of "plan". */
#include "events/encounter.h"
#include "events/trigger_guards.h"
#include "entities/ent.h"

#include <string.h>

/* data/events.tsv "joint" values. */
enum { JOINT_HOLD = 1, JOINT_NOUN = 2, JOINT_REACH = 3, JOINT_DEAL = 4, JOINT_SOME = 5,
       JOINT_IF = 9 };
enum { JOINT_MA3 = 1 };        /* "with" 1: مع (2 is على: إلى اتفاق على إبرام, the matter) */
enum { JOINT_LEAD = 4,         /* titles before a party's name (ونظيره الروسي فلاديمير بوتين) */
       JOINT_TITLE = 6,        /* a title's words as a party (ووزير الدفاع الأميركي) */
       JOINT_GAP = 2,          /* dates or commas between the last party and the noun */
       JOINT_WITH = 4,         /* words after the noun read for مع (adjectives: غير رسمية) */
       JOINT_IF_BACK = 3 };    /* words before the verb read for a condition */

/* Whether token k ends a title's words: no word, a word with و, a preposition, a date. */
static int title_stop(sent_ctx *c, size_t k)
{
    return !ev_is_word(&c->s->t[k]) || ev_clitic(c, k) == CL_WA || ev_in_date(c, k) ||
           word_kind(c, k, 0, EK_PREP) || word_kind(c, k, 0, EK_WITH) ||
           word_kind(c, k, 0, EK_ABOUT) || word_kind(c, k, 0, EK_PLACE);
}

/* Whether the words at token k are the noun (or deed) that verb value v asks for; their
 * tokens in *n. */
static int noun_at(sent_ctx *c, size_t k, int v, size_t *n)
{
    int w;
    return k < c->t1 && ev_word_is(c->s, k, 0, EK_JOINT, &w, n) &&
           w == (v == JOINT_HOLD ? JOINT_NOUN : JOINT_DEAL);
}

/* The token of the noun that verb value v asks for after token k, only dates or commas
 * between; its tokens in *n; 0 if none. */
static size_t noun_after(sent_ctx *c, size_t k, int v, size_t *n)
{
    for (size_t q = k; q < c->t1 && q <= k + JOINT_GAP; q++) {
        if (noun_at(c, q, v, n))
            return q;
        if (!ev_in_date(c, q) && !ev_comma(c, q))
            return 0;
    }
    return 0;
}

/* The party that starts at token k (carrying و when wa): a name behind titles only, a group,
 * else a title's words (a lead word first) up to the noun of verb value v; NULL if none. */
static const rasd_entity *party(sent_ctx *c, const kind_info *ki, size_t k, int wa, int v)
{
    const rasd_entity *e;
    size_t b, n;
    int lv;
    for (b = k; b < c->t1 && b < k + JOINT_LEAD; b++) {
        if ((e = ev_first_entity(c, b, b + 1)) != NULL)
            return (b == k || ev_lead_span(c, k, b, wa)) && ev_can_act(c, ki, e, NULL, NULL, 0)
                       ? e : NULL;
        if (b > k && title_stop(c, b))
            break;
    }
    if ((e = ev_group_at(c, k, ev_group_mask(ki), wa ? CL_WA : 0)) != NULL)
        return e;
    if (ev_word_is(c->s, k, wa, EK_JOINT, &lv, &n) && lv == JOINT_SOME && n == 1 &&
        k + 2 < c->t1 && word_kind(c, k + 1, 0, EK_PREP) &&
        (e = ev_group_at(c, k + 2, ev_group_mask(ki), 0)) != NULL)
        return ev_add_desc(c, "ORG", k, e->tok_end, c->s->t[k].start + (wa ? 2u : 0u));
                               /* وخمس من الدول الكبرى: a count of a group */
    if (!ev_word_is(c->s, k, wa, EK_LEAD, &lv, &n) || lv != 0)
        return NULL;
    for (b = k + 1; b < c->t1 && b < k + JOINT_TITLE && !title_stop(c, b); b++)
        if (noun_at(c, b, v, &n))
            return ev_add_desc(c, "PER", k, b, c->s->t[k].start + (wa ? 2u : 0u));
    return NULL;               /* ووزير الدفاع الأميركي اجتماعا: the title up to the noun */
}

/* Whether the verb at token i is negated, conditional, denied or asked. */
static int unreal(sent_ctx *c, size_t i, size_t n, int kind)
{
    int v;
    size_t m;
    if (i > c->t0 && ev_word_is(c->s, i - 1, 1, EK_NEGATION, &v, &m) && m == 1 && v == 0)
        return 1;              /* لم يتوصلا */
    for (size_t k = i; k > c->t0 && k + JOINT_IF_BACK > i; k--) {
        if (ev_clause_end(c, k - 1))
            break;
        if (ev_word_is(c->s, k - 1, 1, EK_JOINT, &v, &m) && v == JOINT_IF)
            return 1;          /* إذا توصلت روسيا وإيران … إلى اتفاق */
    }
    return ev_denied(c->s, c->t0, i) || ev_question(c) ||
           tg_guarded_courtesy(c, i, n, TG_VERB, kind);
}

/* Whether an event of type ty of sentence s is told by a word in bytes [a, b). */
static int told(const struct ev_doc *x, uint32_t s, const char *ty, uint32_t a, uint32_t b)
{
    for (size_t k = 0; k < x->nevents; k++) {
        const rasd_event *o = &x->events[k];
        if (o->start == s && strcmp(o->type, ty) == 0 && o->trigger_start < b &&
            o->trigger_end > a)
            return 1;
    }
    return 0;
}

/* The token of a مع (or of a ب before a name) after the noun ending at token k within
 * JOINT_WITH words of its clause: another party follows; 0 if none. */
static size_t with_after(sent_ctx *c, size_t k)
{
    for (size_t q = k; q < c->t1 && q < k + JOINT_WITH; q++) {
        if (ev_clause_end(c, q))
            return 0;
        if (word_value(c, q, EK_WITH) == JOINT_MA3 ||
            (ev_clitic(c, q) == CL_BI && ev_first_entity(c, q, q + 1)))
            return q;
    }
    return 0;
}

/* The party after مع at token q (a name behind titles only, or a group), NULL if none or it
 * is no مع (a ب: encounter.c's meeting). */
static const rasd_entity *with_party(sent_ctx *c, const kind_info *ki, size_t q)
{
    const rasd_entity *e;
    if (word_value(c, q, EK_WITH) != JOINT_MA3 || q + 1 >= c->t1)
        return NULL;
    for (size_t b = q + 1; b < c->t1 && b < q + 1 + JOINT_LEAD; b++)
        if ((e = ev_first_entity(c, b, b + 1)) != NULL)
            return (b == q + 1 || ev_lead_span(c, q + 1, b, 0)) &&
                           ev_can_act(c, ki, e, NULL, NULL, 0) ? e : NULL;
    return ev_group_at(c, q + 1, ev_group_mask(ki), 0);
}

/* The event of the verb at tokens [i, i + n) of value v, if its form holds, added to x. */
static rasd_status joint_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                            size_t n, int v)
{
    const kind_info *ki = ev_kind_info(v == JOINT_HOLD ? EK_MEET : EK_AGREE);
    const rasd_entity *p[RASD_EVENT_ACTORS], *a;
    size_t np = 0, k = i + n, at = 0, nn = 0;
    int named = 0;
    rasd_event ev;
    if (!ki || unreal(c, i, n, ki->kind))
        return RASD_OK;
    while (np < RASD_EVENT_ACTORS && k < c->t1 && (a = party(c, ki, k, np > 0, v)) != NULL) {
        if (np == 0 && ev_clitic(c, k) == CL_WA)
            return RASD_OK;
        for (size_t q = 0; q < np; q++)
            if (p[q] == a || (a->id && a->id[0] && p[q]->id && strcmp(p[q]->id, a->id) == 0))
                return RASD_OK;
        named |= a->id && a->id[0] && !ev_is_group(a);
        p[np++] = a;
        k = a->tok_end;
        if ((at = noun_after(c, k, v, &nn)) != 0 || k >= c->t1 || ev_clitic(c, k) != CL_WA)
            break;
    }
    if (np < 2 || !named || !at)
        return RASD_OK;
    if ((k = with_after(c, at + nn)) != 0) {   /* إلى اتفاق تاريخي مع إيران: one party more */
        if ((a = with_party(c, ki, k)) == NULL || np >= RASD_EVENT_ACTORS)
            return RASD_OK;
        for (size_t q = 0; q < np; q++)
            if (a->id && a->id[0] && p[q]->id && strcmp(p[q]->id, a->id) == 0)
                return RASD_OK;
        p[np++] = a;
    }
    if (told(x, s, ki->type, c->s->t[i].start, c->s->t[k ? p[np - 1]->tok_end - 1 : at + nn - 1].end))
        return RASD_OK;
    memset(&ev, 0, sizeof ev);
    for (size_t q = 0; q < np; q++)
        ev_append_actor(&ev, p[q]);
    ev.type = ki->type, ev.cameo = ki->cameo;
    ev.start = s, ev.end = e;
    ev.trigger_start = c->s->t[i].start, ev.trigger_end = c->s->t[at + nn - 1].end;
    {
        const rasd_entity *place = ev_place_at(c, at, ki->kind);
        int plan = ev_planned_by_words(c->s, c->t0, c->t1, i, n, 0);
        if (place)
            ev.place_id = place->id, ev.place_name = place->name;
        ev_event_date(c->doc, s, e, plan, ev_content_start(c, ki, at + nn), &ev);
        ev.planned |= plan;
        return ev_add_event(x, i, place, &ev);
    }
}

int ev_joint_verb(sent_ctx *c, size_t i)
{
    int v;
    size_t n;
    return ev_word_is(c->s, i, 1, EK_JOINT, &v, &n) && (v == JOINT_HOLD || v == JOINT_REACH) &&
           ev_conjunctions(&c->s->t[i], c->s->cut);
}

rasd_status ev_joint_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i)
{
    int v;
    size_t n;
    if (!ev_word_is(c->s, i, 1, EK_JOINT, &v, &n))
        return RASD_OK;
    return joint_at(c, x, s, e, i, n, v);
}
