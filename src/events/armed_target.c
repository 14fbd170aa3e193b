/* armed_target.c — an attack on an armed force or its post is a fight (assault41, issue 16).
 * assault40's fresh judged sample of the trigger layer's assault rows (seed 6217) found its
 * largest wrong class in offensives typed assault: بدأت تشكيلات الجبهة الجنوبية هجوماً واسعاً على
 * مراكز قوات النظام، قتل ثلاثة جنود في هجوم على كتيبة للجيش، هجمات يشنها تنظيم داعش على مواقعها،
 * هجوم تركيا على المقاتلين الأكراد، الهجمات التركية على تنظيم داعش. The Guideline (docs/EVENTS.md)
 * types force between armed parties as fight; the rules already retype an attack by
 * fighters or on a site right after it (report_guards.c rg_military) and on positions
 * (violence.c). This reads the target farther on (the doer may stand between: هجوم تركيا على،
 * يشنها تنظيم داعش على) and the target's classes ("aguard" front: posts and forces with a
 * pronoun suffix or a rank, مواقعها، كتيبة، مراكز، متشددي; combatant; armed; site). A word of
 * terror anywhere in the sentence (إرهابي، تفجير، انتحاري، مفخخة) keeps the assault: a bombing
 * is an assault whatever it hits. */
#include "events/armed_target.h"
#include "events/assault_frames.h"
#include "core/internal.h"
#include "events/aguard.h"

enum { ARMED_TARGET_REACH = 5, /* هجمات يشنها تنظيم داعش على مواقعها */
       TGUARD_TERROR = 17 }; /* "tguard" 17: انتحاري، مفخخة (report_guards.c) */

/* Whether token k is in aguard list l, proclitics taken off. */
static int in_list(sent_ctx *c, size_t k, int l)
{
    return ev_aguard_at(c, k, 1, l, NULL);
}

/* Whether a word of terror stands anywhere in the sentence. */
static int terror_in_sentence(sent_ctx *c)
{
    return fr_list_in(c, c->t0, c->t1, AG_TERROR) || fr_tguard_in(c, TGUARD_TERROR);
}

/* Whether token k names an armed force or its post. */
static int front_at(sent_ctx *c, size_t k)
{
    return in_list(c, k, AG_FRONT) || in_list(c, k, AG_COMBATANT) ||
           in_list(c, k, AG_ARMED) || in_list(c, k, AG_SITE);
}

/* The first token of the target after على or ضد within reach of the noun ending at end, in
 * its clause; 0 when none. */
static size_t target_after(sent_ctx *c, size_t end)
{
    size_t m;
    for (size_t k = end; k + 1 < c->t1 && k < end + ARMED_TARGET_REACH; k++) {
        if (ev_comma(c, k) || ev_punct(c->s, k, ".;:!"))
            return 0;
        if (c->s->t[k].kind != RASD_TOK_PUNCT && ev_aguard_at(c, k, 0, AG_AGAINST, &m))
            return k + 1;
    }
    return 0;
}

int fr_armed_target(sent_ctx *c, size_t i, size_t n, int noun, int kind)
{
    size_t a;
    if (kind != EK_ASSAULT || !noun || !in_list(c, i, AG_ATTACK))
        return 0;
    return (a = target_after(c, i + n)) != 0 && front_at(c, a) && !terror_in_sentence(c);
}

int fr_armed_at(sent_ctx *c, size_t a)
{
    return a < c->t1 && front_at(c, a) && !terror_in_sentence(c);
}
