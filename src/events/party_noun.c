/* party_noun.c — a dual noun of two parties as the subject of a verb of acting together
 * (واتفق الرئيسان، وكان الجانبان قد اتفقا; branch err60's e4/e5, docs/EVENTS.md stop 53):
 * the event's actors are the two parties the article named before the verb. events.c asks
 * after a verb (or dual verb) of a cooperative kind found fewer than two actors.
 *
 * The noun's class (data/events.tsv "aguard") says what the parties may be: party_persons
 * (الرئيسان، الزعيمان، الوزيران …) two persons, party_states (البلدان، الدولتان) two
 * places, party_sides (الجانبان، الطرفان، الوفدان) two persons, places or organisations.
 * The parties are the later of (a) the two actors of the last event reported before the verb
 * and (b) the last two names joined by و before it (of one type but for party_sides), a
 * title or nisba between allowed (رجب طيب أردوغان والأمريكي باراك أوباما، الملك سلمان …،
 * والرئيس المصري عبد الفتاح السيسي). How far back: the verb's sentence and the PARTY_REACH sentences before it.
 * What stops it: another name of the pair's types named after the candidate and before the verb
 * (the two are no longer the last parties named), a name inside quote marks, two mentions of
 * one entity. No pair: no actors (the event is dropped as before). */
#include "events/actors.h"
#include "entities/ent.h"

#include <string.h>

enum { PARTY_REACH = 2,        /* sentences before the verb's */
       PARTY_GAP = 4 };        /* tokens between two joined names: ، و + a title or nisba */

enum { CLASS_NONE, CLASS_PERSONS, CLASS_STATES, CLASS_SIDES };

/* The class of the party noun at token k, or CLASS_NONE. */
static int class_at(sent_ctx *c, size_t k)
{
    if (k < c->t0 || k >= c->t1)
        return CLASS_NONE;
    if (ev_aguard_word(c, k, AG_PARTY_PERSONS))
        return CLASS_PERSONS;
    if (ev_aguard_word(c, k, AG_PARTY_STATES))
        return CLASS_STATES;
    return ev_aguard_word(c, k, AG_PARTY_SIDES) ? CLASS_SIDES : CLASS_NONE;
}

/* The class of the verb's subject when it is a party noun: right after the verb (واتفق
 * الرئيسان), or before it, one word (قد) between at most (وكان الجانبان قد اتفقا). */
static int subject_class(sent_ctx *c, size_t i, size_t n)
{
    int k = class_at(c, i + n);
    if (k == CLASS_NONE && i > c->t0)
        k = class_at(c, i - 1);
    if (k == CLASS_NONE && i > c->t0 + 1 && c->s->t[i - 1].kind != RASD_TOK_PUNCT)
        k = class_at(c, i - 2);
    return k;
}

/* Whether mention e may be a party of the class. */
static int fits(const rasd_entity *e, int cls)
{
    if (!e || ev_is_group(e))
        return 0;
    if (cls == CLASS_PERSONS)
        return strcmp(e->type, "PER") == 0;
    if (cls == CLASS_STATES)
        return strcmp(e->type, "LOC") == 0;
    return strcmp(e->type, "PER") == 0 || strcmp(e->type, "LOC") == 0 ||
           strcmp(e->type, "ORG") == 0;
}

static int same(const rasd_entity *x, const rasd_entity *y)
{
    return x->id && y->id ? strcmp(x->id, y->id) == 0 : x->start == y->start;
}

/* The mention that starts at byte b, or NULL. */
static const rasd_entity *mention_at(const sent_ctx *c, uint32_t b)
{
    for (size_t k = 0; k < c->ne; k++)
        if (c->en[k].start == b)
            return &c->en[k];
    return NULL;
}

/* Whether the tokens [a, b) join two names: at most PARTY_GAP words and commas, the first
 * word begins with و, no other punctuation. */
static int joined(sent_ctx *c, size_t a, size_t b)
{
    int wa = 0;
    if (b <= a || b - a > PARTY_GAP)
        return 0;
    for (size_t k = a; k < b; k++) {
        if (c->s->t[k].kind == RASD_TOK_PUNCT) {
            if (!ev_comma(c, k) || wa)
                return 0;
            continue;
        }
        if (!wa && !letter_is(c->s->t[k].norm, U_WAW))
            return 0;
        wa = 1;
    }
    return wa;
}

/* Whether token k is inside quote marks the article paired (a name quoted is no party). */
static int quoted(const sent_ctx *c, size_t k)
{
    const rasd_quote *q = ev_quote_at(c->doc, c->s->t[k].start);
    return q && q->direct;
}

/* Whether a name of x's or y's type other than x and y stands in bytes [from, to). */
static int other_between(const sent_ctx *c, const rasd_entity *x, const rasd_entity *y,
                         uint32_t from, uint32_t to)
{
    for (size_t k = 0; k < c->ne; k++) {
        const rasd_entity *e = &c->en[k];
        if (e->start >= from && e->end <= to &&
            (strcmp(e->type, x->type) == 0 || strcmp(e->type, y->type) == 0) && !same(e, x) &&
            !same(e, y))
            return 1;
    }
    return 0;
}

/* (b) The last two names of the class joined by و, ending in bytes [lo, hi): its position
 * (the second's end) and the pair, or 0. */
static uint32_t joined_pair(sent_ctx *c, uint32_t lo, uint32_t hi, int cls,
                            const rasd_entity *pair[2])
{
    for (size_t k = c->ne; k-- > 1;) {
        const rasd_entity *y = &c->en[k];
        if (y->end > hi)
            continue;
        if (y->start < lo)
            break;
        for (size_t j = k; j-- > 0 && c->en[j].tok_end + PARTY_GAP >= y->tok_start;) {
            const rasd_entity *x = &c->en[j];
            if (x->start < lo || x->tok_end > y->tok_start || !fits(x, cls) || !fits(y, cls) ||
                (cls != CLASS_SIDES && strcmp(x->type, y->type) != 0) || same(x, y) || !joined(c, x->tok_end, y->tok_start) ||
                quoted(c, x->tok_start) || quoted(c, y->tok_start))
                continue;
            pair[0] = x, pair[1] = y;
            return y->end;
        }
    }
    return 0;
}

/* (a) The last event with two actors of the class reported in bytes [lo, hi): the end of its
 * sentence (hi at most) and its actors' mentions, or 0. */
static uint32_t event_pair(sent_ctx *c, uint32_t lo, uint32_t hi, int cls,
                           const rasd_entity *pair[2])
{
    const struct ev_doc *x = c->x;
    for (size_t k = x->nevents; k-- > 0;) {
        const rasd_event *ev = &x->events[k];
        const rasd_entity *a, *b;
        if (ev->trigger_start < lo || ev->trigger_end > hi || ev->nactors != 2)
            continue;
        a = mention_at(c, ev->actor_start[0]);
        b = mention_at(c, ev->actor_start[1]);
        if (!a || !b || !fits(a, cls) || !fits(b, cls) || same(a, b))
            continue;
        pair[0] = a, pair[1] = b;
        return ev->end < hi ? ev->end : hi;    /* its sentence's other names are its own */
    }
    return 0;
}

/* The first byte of the sentence PARTY_REACH before the one holding byte b. */
static uint32_t reach_start(const sent_ctx *c, uint32_t b)
{
    size_t ns, k = 0;
    const rasd_span *sn = rasd_doc_sentences(c->doc, &ns);
    while (k + 1 < ns && sn[k + 1].start <= b)
        k++;
    return ns ? sn[k > PARTY_REACH ? k - PARTY_REACH : 0].start : 0;
}

/* The two parties a party noun subject of the verb at token i (n tokens) stands for, into
 * pair; 0 when its subject is no such noun or no pair is found (see the head comment). */
int ev_party_subject(sent_ctx *c, size_t i, size_t n, const rasd_entity *pair[2])
{
    int cls = subject_class(c, i, n);
    uint32_t verb = c->s->t[i].start, lo, at_e, at_p;
    const rasd_entity *pe[2] = {NULL, NULL}, *pp[2] = {NULL, NULL};
    if (cls == CLASS_NONE)
        return 0;
    lo = reach_start(c, verb);
    at_e = event_pair(c, lo, verb, cls, pe);
    at_p = joined_pair(c, lo, verb, cls, pp);
    if (!at_e && !at_p)
        return 0;
    if (at_p >= at_e)
        pair[0] = pp[0], pair[1] = pp[1];
    else
        pair[0] = pe[0], pair[1] = pe[1];
    if (other_between(c, pair[0], pair[1], at_p >= at_e ? at_p : at_e, verb))
        return 0;
    return 1;
}
