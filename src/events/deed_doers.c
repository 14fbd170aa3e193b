/* deed_doers.c — the doer of a deed of force that the default trigger layer's row lacks, as the
 * text describes it (trig44, issue 16; docs/EVENTS.md "Issue 16: the default trigger layer's
 * rows: doers and wrong frames"): after قام or أقدم before the deed's noun (fr_deed_desc), after
 * a verb of launching before a noun of force (fr_launch_doer), and a row of the target only
 * that retells such a deed (fr_known_deed). The generic "any" frame is any_deed.c, the dateline's
 * names dateline.c, the subjunctive after أن launch_subjunctive.c (all three here until stop
 * 48). */
#include "events/deed_doers.h"
#include "events/aguard.h"
#include "events/attack_doers.h"
#include "events/assault_frames.h"

#include "events/letters.h"

#include <string.h>

enum { DOER_DESC_MAX = 4,       /* words of a doer's description: عدد من المستوطنين الصهاينة */
       DEED_LAUNCH_REACH = 10 }; /* شن أفراد المقاومة الشعبية … مساء أول من أمس هجوما */

/* Whether token k may not stand in a doer's description: punctuation, a date, a preposition,
 * a word with a proclitic ب or ل (بعدة), a word of "aguard" no_doer_first (a time, a quantity, a
 * pronoun: الليلة، عدة), or a present verb by its first letter ي (a clause of its own:
 * انتحاري يرتدي حزاما). */
static int desc_stop(sent_ctx *c, size_t k)
{
    const rasd_token *t = &c->s->t[k];
    return t->kind == RASD_TOK_PUNCT || !ev_is_word(t) || ev_in_date(c, k) ||
           (word_kind(c, k, 0, EK_PREP) && !ev_aguard_word(c, k, AG_DOER_OF)) ||
           ev_clitic(c, k) == CL_BI || ev_clitic(c, k) == CL_LAM ||
           ev_aguard_word(c, k, AG_NO_DOER_FIRST) ||
           (t->norm_len > 4 && memcmp(t->norm, U_YEH, 2) == 0);
}

/* The end of the description that starts at token v and may run to token end at most: the
 * token after it, or v when none starts there (a stop, a word that names no doer, or, unless
 * names, a name in it). */
static size_t desc_end(sent_ctx *c, size_t v, size_t end, int names)
{
    size_t b = v;
    if (v >= end || desc_stop(c, v) || word_kind(c, v, 1, EK_NOTACTOR) ||
        ev_aguard_word(c, v, AG_NO_DOER_FIRST) || ev_aguard_word(c, v, AG_DOER_OF))
        return v;              /* أقدم فيه نزيل، أقدم ولا يزال، ما أقدم عليه المتهم */
    while (b < end && b < v + DOER_DESC_MAX && !desc_stop(c, b))
        b++;
    if (ev_aguard_word(c, b - 1, AG_DOER_OF) || (!names && ev_first_entity(c, v, b) != NULL))
        return v;              /* أفراد من «الطاشناق»: the group's name cut; a name */
    for (size_t k = 0; names && k < c->ne; k++)
        if (c->en[k].tok_start < b && c->en[k].tok_end > b && c->en[k].tok_end <= end)
            b = c->en[k].tok_end;   /* ومقاتلو حزب الله: the name whole */
    return b;
}

/* Puts the description of tokens [v, b) first among ev's actors: the doer. */
static void put_doer(sent_ctx *c, size_t v, size_t b, rasd_event *ev)
{
    const rasd_entity *g = ev_add_desc(c, "PER", v, b, c->s->t[v].start);
    if (g)
        fr_put_doer(c, g, ev);
}

int fr_known_deed(const rasd_event *events, size_t n, const rasd_event *ev)
{
    for (size_t k = 0; ev->target_only && k < n; k++) {
        const rasd_event *o = &events[k];
        int same = !o->target_only && o->nactors == ev->nactors + 1 && o->actor_id[0] == NULL &&
                   memcmp(o->cameo, ev->cameo, 2) == 0;
        for (size_t a = 0; same && a < ev->nactors; a++)
            same = (ev->actor_id[a] && o->actor_id[a + 1])
                       ? strcmp(ev->actor_id[a], o->actor_id[a + 1]) == 0
                       : !ev->actor_id[a] && !o->actor_id[a + 1] &&
                             strcmp(ev->actor_name[a], o->actor_name[a + 1]) == 0;
        if (same)
            return 1;
    }
    return 0;
}

void fr_deed_desc(sent_ctx *c, int kind, size_t v, size_t i, rasd_event *ev)
{
    size_t end = ev_clitic(c, i) == CL_BI ? i : i - 1, b;
    if ((kind != EK_ASSAULT && kind != EK_FIGHT) || (ev->nactors > 0 && !ev->target_only))
        return;
    if ((b = desc_end(c, v, end, 0)) == v || (b < end && !desc_stop(c, b)))
        return;                /* more words than a description: a clause between */
    put_doer(c, v, b, ev);
}

void fr_launch_doer(sent_ctx *c, int kind, size_t i, rasd_event *ev)
{
    const rasd_entity *e;
    size_t b;
    if ((kind != EK_ASSAULT && kind != EK_FIGHT) || (ev->nactors > 0 && !ev->target_only) ||
        ev_clitic(c, i) == CL_WA)
        return;                /* ونفذت العديد من التفجيرات والغارات: another object first */
    for (size_t k = i; k > c->t0 && k + DEED_LAUNCH_REACH > i; k--) {
        if (fr_stop_at(c, k - 1) && !(k >= 2 + c->t0 && ev_in_date(c, k - 2)))
            return;            /* another clause; but شن طيران التحالف أمس، سلسلة غارات */
        if (!ev_aguard_word(c, k - 1, AG_LAUNCH_DOER))
            continue;
        if (k - 1 > c->t0 && word_kind(c, k - 2, 1, EK_RELATIVE))
            return;            /* التي نفذت أولى الغارات: the relative's noun did it */
        if ((e = ev_first_entity(c, k, i)) != NULL && e->tok_start == k) {
            if (strcmp(e->type, "PER") != 0 && !ev_has_actor(ev, e))
                fr_put_doer(c, e, ev);     /* شنت السعودية غارات; a person's attack is words */
        } else if ((b = desc_end(c, k, i, 1)) > k)
            put_doer(c, k, b, ev);     /* شن طيران التحالف العربي غارات */
        return;
    }
}
