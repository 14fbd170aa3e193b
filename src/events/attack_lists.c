/* attack_lists.c — lists of attacks and clashes told by nouns, one event an item with its own
 * place (issue 16, branch lists48; docs/EVENTS.md "Issue 16: lists of attacks told by
 * nouns").
 *
 * An account of attacks often lists them as coordinated nouns, each with its place and
 * often its day: تفجير عبوة ناسفة في منطقة جاردن سيتي … في 28 يونيو وتفجير عبوة ناسفة في
 * العريش … في 29 يونيو … والتفجير بجوار قسم دراو بأسوان في 2 يوليو؛ الهجوم على متحف باردو …
 * والهجوم على فندق في سوسة؛ في مواجهات مع المقاومة وقصف طيران التحالف في محافظة مارب. The
 * rules give one event a sentence; each item here is an event of its own (the Guideline: one
 * event a bombing, its place its own).
 *
 * The nouns: data/events.tsv "aguard" list_attack (تفجير، هجوم، استهداف، كمين: assault) and
 * list_strike (قصف، غارة، اشتباكات، مواجهات: fight), with و or none before them. An item is a
 * noun with و (on it or on the word before it: وحادث استهداف) after another noun of the
 * lists in the sentence, or the last noun without و before such an item (the list's first). Its place is the first place of the gazetteer
 * within PLACE_GAP words after it, before a comma, a clause's end or the next noun of the
 * list (names skipped: a target). Events are given when two items or more have places, and
 * places that differ; none for an item after a word of "aguard" list_undone (محاولة، أي، لمنع،
 * تمهيدا: an attempt, a generic or planned mention), nor when the item is negated, denied,
 * asked or planned, nor when the sentence holds an event of its kind at that place or that
 * word. No actor: the doer of a list is seldom in the item (the Guideline allows none). The
 * date: the nearest in the item, from its noun to the next noun (each item's day follows its
 * place), else the article's. */
#include "events/attack_lists.h"
#include "events/letters.h"
#include "entities/ent.h"

#include <string.h>

enum { PLACE_GAP = 8,          /* words between an item's noun and its place (والهجمات التي
                                  تمت في محيط قسم سمسطا في بني سويف) */
       MAX_NOUNS = 16,         /* nouns of the lists read in a sentence */
       GUARD_BACK = 2,         /* a word of list_undone this many words before the noun */
       NEG_BACK = 2 };         /* a negation this many words before the noun */

typedef struct {
    size_t i, n;               /* the noun's tokens */
    int kind;                  /* EK_ASSAULT, EK_FIGHT */
    int wa;                    /* و before it */
    const rasd_entity *place;
} item48;

/* The kind of the noun at token k (EK_ASSAULT, EK_FIGHT), its length in *n; -1 if none or
 * when a proclitic other than و is on it (لتفجير: a purpose). */
static int noun_at(sent_ctx *c, size_t k, size_t *n)
{
    const ev_word *w;
    int cl, kind;
    if (!ev_is_word(&c->s->t[k]) || !ev_list_noun_end(&c->s->t[k]))
        return -1;
    if ((w = ev_lookup(c->s, k, 1, EK_AGUARD, n)) == NULL)
        return -1;
    kind = (w->aguards[AG_LIST_ATTACK >> 6] >> (AG_LIST_ATTACK & 63)) & 1   ? EK_ASSAULT
           : (w->aguards[AG_LIST_STRIKE >> 6] >> (AG_LIST_STRIKE & 63)) & 1 ? EK_FIGHT
                                                                      : -1;
    if (kind >= 0 && (cl = ev_clitic(c, k)) != 0 && cl != CL_WA)
        return -1;
    return kind;
}

/* Whether token k is a word of "negation" (لم، لا). */
static int negation(sent_ctx *c, size_t k)
{
    int v;
    size_t n;
    return ev_word_is(c->s, k, 1, EK_NEGATION, &v, &n) && v == 0;
}

/* Whether the item at token i is no event told as done: after a word of list_undone (محاولة،
 * أي، لمنع) or a negation, denied, asked or planned. */
static int unreal(sent_ctx *c, const item48 *it)
{
    for (size_t k = it->i; k > c->t0 && k + GUARD_BACK > it->i; k--) {
        if (ev_aguard_at(c, k - 1, 1, AG_LIST_UNDONE, NULL))
            return 1;
        if (k + NEG_BACK > it->i && negation(c, k - 1))
            return 1;
    }
    return ev_denied(c->s, c->t0, it->i) || ev_planned_by_words(c->s, c->t0, c->t1, it->i, it->n, 0);
}

/* The place of the item at token i (length n): the first place of the gazetteer in the
 * PLACE_GAP words after it, before a comma, a clause's end or token stop; names skipped. */
static const rasd_entity *place_after(sent_ctx *c, size_t i, size_t n, size_t stop)
{
    size_t b = i + n, end = b + PLACE_GAP;
    if (end > stop)
        end = stop;
    while (b < end) {
        const rasd_entity *e;
        if (!ev_is_word(&c->s->t[b]) || ev_comma(c, b) || ev_clause_end(c, b))
            return NULL;
        if ((e = ev_first_entity(c, b, b + 1)) != NULL) {
            if (is_loc(e))
                return e;
            b = e->tok_end > b ? e->tok_end : b + 1;
            continue;
        }
        b++;
    }
    return NULL;
}

/* Whether sentence s holds an event of type already at the place or told by the word at
 * byte a. */
static int told(const struct ev_doc *x, uint32_t s, const char *type, const rasd_entity *p,
                uint32_t a)
{
    for (size_t k = 0; k < x->nevents; k++) {
        const rasd_event *o = &x->events[k];
        if (o->start == s && strcmp(o->type, type) == 0 &&
            (o->trigger_start == a || (o->place_id && p->id && strcmp(o->place_id, p->id) == 0)))
            return 1;
    }
    return 0;
}

static rasd_status add_item(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e,
                            const item48 *it, uint32_t content)
{
    const kind_info *ki = ev_kind_info(it->kind);
    rasd_event ev;
    if (!ki || told(x, s, ki->type, it->place, c->s->t[it->i].start))
        return RASD_OK;
    ev_event_begin(&ev, c, ki, s, e, it->i, it->i + it->n - 1, it->place);
    ev_event_date(c->doc, ev.trigger_start, e, 0, content, &ev);   /* the item's own day */
    if (ev.planned)
        return RASD_OK;
    return ev_add_event(x, it->i, it->place, &ev);
}

/* The nouns of the lists in the sentence, in order, in v; their count. */
static size_t nouns_of(sent_ctx *c, item48 *v)
{
    size_t nv = 0;
    for (size_t k = c->t0; k < c->t1 && nv < MAX_NOUNS; k++) {
        size_t n = 0;
        int kind = noun_at(c, k, &n);
        if (kind < 0 || n == 0)
            continue;
        v[nv].i = k, v[nv].n = n, v[nv].kind = kind;
        v[nv].wa = ev_clitic(c, k) == CL_WA ||
                   (k > c->t0 && ev_is_word(&c->s->t[k - 1]) && ev_clitic(c, k - 1) == CL_WA);
                               /* وحادث استهداف، ومحاولة تفجير: an item of its own */
        v[nv++].place = NULL;
        k += n - 1;
    }
    return nv;
}

rasd_status ev_attack_lists(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e)
{
    item48 v[MAX_NOUNS], *it[MAX_NOUNS];
    size_t nv, ni = 0, first = SIZE_MAX;
    rasd_status rc = RASD_OK;
    if (!c->list48 || c->t1 < c->t0 + 6 || (nv = nouns_of(c, v)) < 2 || ev_question(c))
        return RASD_OK;
    for (size_t q = 1; q < nv; q++)
        if (v[q].wa) {
            first = q - 1;     /* the last noun before the first item with و */
            while (first > 0 && v[first].wa)
                first--;
            break;
        }
    if (first == SIZE_MAX)
        return RASD_OK;
    for (size_t q = first; q < nv; q++) {
        size_t stop = q + 1 < nv ? v[q + 1].i : c->t1;
        if (q > first && !v[q].wa)
            continue;          /* a noun inside an item (هجوم … أسفر عن قصف) */
        if ((v[q].place = place_after(c, v[q].i, v[q].n, stop)) == NULL || unreal(c, &v[q]))
            continue;
        for (size_t r = 0; r < ni && v[q].place; r++)
            if (it[r]->place == v[q].place ||
                (it[r]->place->id && v[q].place->id && strcmp(it[r]->place->id, v[q].place->id) == 0))
                v[q].place = NULL;   /* one place twice: not a list of places */
        if (v[q].place)
            it[ni++] = &v[q];
    }
    if (ni < 2)
        return RASD_OK;
    for (size_t r = 0; r < ni && !rc; r++) {
        size_t q = (size_t)(it[r] - v);
        uint32_t content = q + 1 < nv ? c->s->t[v[q + 1].i].start : e;
        rc = add_item(c, x, s, e, it[r], content);
    }
    return rc;
}
