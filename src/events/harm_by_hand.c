/* harm_by_hand.c — a harm undergone, its doer after على يد (issue 16, branch events43;
 * docs/EVENTS.md "Issue 16: unseen16's event misses, and harm done by a hand").
 *
 * Arabic names the doer of a passive with على يد / على أيدي ("at the hand(s) of"): اغتيل
 * العام 1990 على أيدي الفلسطينيين، أعدموا على يد تنظيم الدولة، لقيت مصرعها على يد خالتها،
 * قتلوا على أيدي المهاجمين. A verb of harm undergone (data/events.tsv "aguard" harm_undergone: the
 * passive or intransitive forms of killing, execution, martyrdom, burning, abduction, torture,
 * wounding) at most REACH words before the phrase (a data/events.tsv "by" phrase that
 * starts with على), in its clause, makes an assault whose doer is the name or description
 * right after the phrase and whose target is the name just before the verb (or the antecedent
 * of الذي/التي before it), if any. The rules read the verb as an active one, its subject
 * after it, and find no subject: the doer stands where only the "by" words of a killing's noun
 * (مقتل X على يد Y) are read. Not when negated, denied, asked or planned, nor when the
 * sentence holds an assault or a killing already, nor after ربما (aguard harm_maybe).
 *
 * The weapon's genitive names the doer as often (branch events44; docs/EVENTS.md "Issue 16:
 * unseen17's event misses, and harm done by bullets"): قتل برصاص مجهول، قُتلوا برصاص
 * المقاومة الشعبية، أصيب متظاهران برصاص الشرطة. The rules read برصاص only after a victim
 * that follows its verb or noun (violence.c killer_at: مقتل أحد المواطنين برصاص جنود), so
 * the same reading runs with برصاص / بنيران for the phrase (data/events.tsv aguard killed_by,
 * the rules' doer words of a killing; ev_may_bullet lets only these two through). */
#include "events/harm_by_hand.h"
#include "events/letters.h"
#include "entities/ent.h"

#include <string.h>

enum { REACH = 5,              /* words from the verb to على (a date, the victim's name) */
       NEG_BACK = 2 };         /* a negation this many words before the verb */

/* The verb of harm before the phrase at token i, within REACH words of its clause; SIZE_MAX
 * if none. */
static size_t harm_before(sent_ctx *c, size_t i)
{
    for (size_t k = i; k > c->t0 && k + REACH > i; k--) {
        size_t j = k - 1;
        if (ev_in_date(c, j))
            continue;          /* اغتيل العام 1990 على أيدي */
        if (!ev_is_word(&c->s->t[j]) || ev_comma(c, j) || ev_clause_end(c, j))
            return SIZE_MAX;
        if (ev_aguard_at(c, j, 1, AG_HARM_UNDERGONE, NULL))
            return j;          /* اغتيل، قتلوا، لقي مصرعه */
    }
    return SIZE_MAX;
}

/* Whether the verb at token j is negated, a might-have-been (ربما), denied, asked or
 * planned. */
static int unreal(sent_ctx *c, size_t j)
{
    int v;
    size_t n;
    for (size_t k = j; k > c->t0 && k + NEG_BACK > j; k--)
        if ((ev_word_is(c->s, k - 1, 1, EK_NEGATION, &v, &n) && v == 0) ||
            ev_aguard_at(c, k - 1, 1, AG_HARM_MAYBE, NULL))
            return 1;          /* لم يقتل; لربما قتلت */
    return ev_denied(c->s, c->t0, j) || ev_question(c) ||
           ev_planned_by_words(c->s, c->t0, c->t1, j, 1, 0);
}

/* The doer right after the phrase (at token a): a name (its titles before it), a description
 * whose head is a group word, else the definite or plural word there as a description. */
static const rasd_entity *doer_at(sent_ctx *c, size_t a)
{
    const rasd_entity *e;
    const rasd_token *t;
    if (a >= c->t1)
        return NULL;
    e = ev_first_entity(c, a, a + 3 < c->t1 ? a + 3 : c->t1);
    if (e && !is_loc(e) && ev_lead_span(c, a, e->tok_start, 0))
        return e;
    if ((e = ev_group_at(c, a, ~0, 0)) != NULL)
        return e;
    t = &c->s->t[a];
    if (!ev_is_word(t) || ev_clitic(c, a) || word_kind(c, a, 0, EK_PREP) || ev_in_date(c, a) ||
        t->norm_len < LETTERS(5))
        return NULL;
    return ev_add_desc(c, "ORG", a, a + 1, t->start);
}

/* The target: the name ending right before the verb at token j (or before الذي/التي there),
 * else the name between the verb and the phrase at token i; NULL if none. */
static const rasd_entity *target_of(sent_ctx *c, size_t j, size_t i)
{
    size_t end = j;
    if (j > c->t0 && word_kind(c, j - 1, 1, EK_RELATIVE))
        end = j - 1;           /* مئير كاهانا … والذي اغتيل */
    for (size_t k = 0; k < c->ne; k++)
        if (c->en[k].tok_end == end && c->en[k].tok_start >= c->t0 && !is_loc(&c->en[k]))
            return &c->en[k];
    for (size_t k = 0; k < c->ne; k++)
        if (c->en[k].tok_start > j && c->en[k].tok_end <= i && !is_loc(&c->en[k]))
            return &c->en[k];
    return NULL;
}

static rasd_status byhand_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                             size_t n)
{
    const kind_info *ki = ev_kind_info(EK_ASSAULT);
    const rasd_entity *doer, *target;
    rasd_event ev;
    size_t j;
    if (!ki || (j = harm_before(c, i)) == SIZE_MAX || unreal(c, j) ||
        ev_told_at(x, s, ki->type, s, e) || ev_told_at(x, s, "kill", s, e) ||
        ev_told_at(x, s, "assassinate", s, e) || (doer = doer_at(c, i + n)) == NULL)
        return RASD_OK;
    target = target_of(c, j, i);
    ev_event_begin(&ev, c, ki, s, e, j, j, NULL);
    ev_append_actor(&ev, doer);
    if (target && target != doer)
        ev_append_actor(&ev, target);
    ev_event_date(c->doc, s, e, 0, ev_content_start(c, ki, i + n), &ev);
    return ev_add_event(x, j, NULL, &ev);
}

rasd_status ev_by_hand_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i)
{
    size_t n = 1;
    if (i <= c->t0 || i + 1 >= c->t1 || !ev_word_is(c->s, i, 0, EK_BY, NULL, &n))
        return RASD_OK;
    return byhand_at(c, x, s, e, i, n);
}

rasd_status ev_bullet_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i)
{
    size_t n = 1;
    if (i <= c->t0 || i + 1 >= c->t1 || !ev_aguard_at(c, i, 0, AG_KILLED_BY, &n) ||
        i + n >= c->t1)
        return RASD_OK;
    return byhand_at(c, x, s, e, i, n);
}
