/* attack_doers.c — the doer of the trigger layer's noun of attack (doers42, issue 16).
 * assault40's judged sample of the layer's assault rows (bench/judged/assault40_dev.tsv) found
 * most partly rows lacking a doer the text gives, and assault41's retyped fights all did. A
 * noun of attack names its doer in a few fixed forms of the language:
 *   genitive or ل/من right after it: هجوم داعش، هجمات الحوثيين، هجوم للمقاومة، هجوم من X;
 *   a verb of doing with the noun's pronoun after it (data "aguard" doer_verb): الهجوم
 *     الذي شنه تنظيم داعش، هجوم نفذته حركة الشباب;
 *   the passive's agent after it in its clause ("aguard" doer_by): على يد X، من قبل X;
 *   a claim before it: تبنى X الهجوم ("aguard" doer_claim), أعلن X مسؤوليته عن الهجوم
 *     (doer_announce, doer_responsibility).
 * Only a name the recogniser gives as an organisation (ORG) or a group's description (groups.c:
 * القوات التركية، المسلحين) is a doer, and a person (PER) in the forms other than the genitive
 * (هجوم ترامب على بلومبيرغ is words); a place never is (هجوم باريس is the attack in Paris).
 * («قد» + a present verb before the noun, a possibility, is possible_deed.c's since stop 48.) */
#include "events/attack_doers.h"
#include "core/internal.h"
#include "events/aguard.h"
#include "events/letters.h"

#include <string.h>

enum { DOER_BY_REACH = 8 }; /* الهجوم على القنصلية الأميركية من قبل امرأتين */

/* The mention that starts at token k, or NULL. */
static const rasd_entity *mention_at(sent_ctx *c, size_t k)
{
    return k < c->t1 ? ev_first_entity(c, k, k + 1) : NULL;
}

/* The mention at token k, or after a group's head word there ("aguard" group_head: تنظيم
 * داعش, where the recogniser names داعش alone; a longer phrase of "armed" shadows the one
 * word). */
static const rasd_entity *named_at(sent_ctx *c, size_t k)
{
    const rasd_entity *e = mention_at(c, k);
    size_t m = 0;
    return e || !(ev_aguard_at(c, k, 1, AG_GROUP_HEAD, NULL) ||
                  (ev_aguard_at(c, k, 1, AG_ARMED, &m) && m > 1))
               ? e
               : mention_at(c, k + 1);         /* "armed" تنظيم داعش is one phrase */
}

/* Whether mention e may be an attack's doer: an organisation or a group; a person if person;
 * a state if subject (the subject of a verb of doing: نفذته تركيا, as events7's deeds read
 * شنت السعودية غارات; never in the genitive, هجوم باريس being the attack in Paris). */
static int doer_kind(const rasd_entity *e, int person, int subject)
{
    return e && (strcmp(e->type, "ORG") == 0 || ev_is_group(e) ||
                 (person && strcmp(e->type, "PER") == 0 && e->via == NULL) ||
                 (subject && strcmp(e->type, "LOC") == 0));
}

/* Whether the word at token k bears the accusative's tanween (هجوماً، روسياً), or, when alef,
 * its alef without the mark (هجوما; not for a name: تركيا): an indefinite noun or adjective,
 * which is never the first or the second of a genitive. */
static int indefinite(sent_ctx *c, size_t k, int alef)
{
    const rasd_token *t = &c->s->t[k];
    const char *w = c->doc->text + t->start;
    size_t n = t->end - t->start;
    for (size_t j = 0; j + 1 < n; j++)
        if ((unsigned char)w[j] == 0xd9 && (unsigned char)w[j + 1] == 0x8b)
            return 1;                          /* ً */
    return alef && ends_with(t->norm, t->norm_len, U_ALEF);
}

/* The doer after the noun ending at token end: genitive, ل, من, شنه X, على يد X, من قبل X. */
static const rasd_entity *doer_after(sent_ctx *c, size_t end)
{
    const rasd_entity *e = named_at(c, end);
    size_t m, k = end;
    if (e && ev_clitic(c, end) == CL_LAM)      /* هجوم للمقاومة */
        return doer_kind(e, 0, 0) ? e : NULL;
    if (e)                                     /* هجوم داعش; a state with its target after it: */
        return !indefinite(c, end - 1, 1) && !indefinite(c, e->tok_start, 0) &&   /* هجوم تركيا على */
                       doer_kind(e, 0, ev_aguard_at(c, e->tok_end, 0, AG_AGAINST, NULL))
                   ? e
                   : NULL;
    if (k < c->t1 && word_equals(c->s->t[k].norm, c->s->t[k].norm_len, U_MEEM U_NOON) &&
        !ev_aguard_at(c, k, 0, AG_DOER_BY, NULL))
        return doer_kind(e = named_at(c, k + 1), 0, 0) ? e : NULL;   /* هجوم من الحوثيين */
    if (ev_aguard_at(c, k, 1, AG_DOER_RELATIVE, NULL))
        k++;                                   /* الهجوم الذي شنه */
    if (ev_aguard_at(c, k, 1, AG_DOER_VERB, &m))
        return doer_kind(e = named_at(c, k + m), 1, 1) ? e : NULL;
    for (k = end; k < c->t1 && k < end + DOER_BY_REACH; k++) {
        if (ev_comma(c, k) || ev_punct(c->s, k, ".;:!"))
            return NULL;
        if (ev_aguard_at(c, k, 0, AG_DOER_BY, &m))
            return doer_kind(e = named_at(c, k + m), 1, 0) ? e : NULL;
    }
    return NULL;
}

/* The doer of a claim before the noun at token i: تبنى X الهجوم، أعلن X مسؤوليته عن الهجوم. */
static const rasd_entity *doer_claimed(sent_ctx *c, size_t i)
{
    for (size_t e = 0; e < c->ne; e++) {
        const rasd_entity *x = &c->en[e];
        size_t k = x->tok_start, end = x->tok_end;
        if (k <= c->t0 || k >= i || end > i || !doer_kind(x, 1, 1))
            continue;
        if (end == i && ev_aguard_at(c, k - 1, 1, AG_DOER_CLAIM, NULL))
            return x;                          /* تبنى تنظيم داعش الهجوم */
        if (end + 2 == i && ev_aguard_at(c, k - 1, 1, AG_DOER_ANNOUNCE, NULL) &&
            ev_aguard_at(c, end, 0, AG_DOER_RESPONSIBILITY, NULL) &&
            ev_aguard_at(c, end + 1, 0, AG_DOER_ABOUT, NULL))
            return x;                          /* أعلنت طالبان مسؤوليتها عن الهجوم */
    }
    return NULL;
}

void fr_attack_doer(sent_ctx *c, size_t i, size_t n, int kind, rasd_event *ev)
{
    const rasd_entity *e;
    if ((kind != EK_ASSAULT && kind != EK_FIGHT) || (ev->nactors > 0 && !ev->target_only) ||
        !ev_aguard_at(c, i, 1, AG_DOER_ATTACK_NOUN, NULL))
        return;
    if ((e = doer_after(c, i + n)) == NULL && (e = doer_claimed(c, i)) == NULL)
        return;
    if (ev_has_actor(ev, e))
        return;                                /* the target it gave: هجوم داعش على … */
    fr_put_doer(c, e, ev);
}

void fr_put_doer(sent_ctx *c, const rasd_entity *g, rasd_event *ev)
{
    size_t na = ev->nactors < RASD_EVENT_ACTORS ? ev->nactors + 1 : RASD_EVENT_ACTORS;
    for (size_t a = na - 1; a > 0; a--) {
        ev->actor_id[a] = ev->actor_id[a - 1], ev->actor_name[a] = ev->actor_name[a - 1];
        ev->actor_start[a] = ev->actor_start[a - 1], ev->actor_end[a] = ev->actor_end[a - 1];
        c->actor[a] = c->actor[a - 1];
    }
    c->actor[0] = g;
    ev->actor_id[0] = ev_is_group(g) ? NULL : g->id, ev->actor_name[0] = g->name;
    ev->actor_start[0] = g->start, ev->actor_end[0] = g->end;
    ev->nactors = na;
    ev->target_only = 0;
}
