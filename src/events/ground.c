/* ground.c — ground taken from an armed group (issue 16, branch events38; docs/EVENTS.md
 * "Issue 16: assaults and fights over all read parts").
 *
 * Reports of the war in Yemen and Syria tell most fighting by the ground it won: "بعد طرد
 * ميليشيات الحوثي المتمردة وقوات المخلوع صالح منها"، "بعد تحريرها من مليشيات الحوثي وصالح"،
 * "طردوا أيضا الحوثيين من مدينة لودر". The rules read none of it: طرد and تحرير are no words
 * of force (طرد السفير، تحرير الأسعار، رئيس التحرير). With an armed group as what is driven
 * out (its object) or what a place is freed from (after من: من قبضة الحوثيين), the word
 * tells combat, a fight (19x) whose actor is that group; the side that won is left out (the
 * sentence often names it far before, or not at all). With no winner read (layer_sides.c) the
 * group is marked as the target, target_only (lay68 rule 1: the judges' "the target as actor").
 * Not when the word is a purpose (لتحرير، لطرد), negated or asked, planned or hoped (the
 * layer's words of "plan": نسعى، خطة), or dated years before the article (history). */
#include "events/ground.h"
#include "events/harm_by_hand.h"
#include "events/struck_relative.h"
#include "events/attack_lists.h"
#include "events/any_deed.h"
#include "events/layer_sides.h"
#include "entities/ent.h"
#include "core/internal.h"

#include <string.h>

#define SUM_PHRASE 0x1c        /* a token's summary (ev_summary_has): a phrase starts at it
                                  less 0, 1 or 2 proclitic letters; none, no look-up is made
                                  (cost45: the byte filter below cost 40 Ir a token) */

enum { RETAKE_REACH = 6,       /* tokens from the word to the group (its place, من between:
                                  تحرير مدينة عدن من ميليشيات) */
       ARMED_WORDS = 2,        /* the group's words when no name covers it (ميليشيات الحوثي) */
       GROUND_YEARS = 2,       /* dated this many years before the article: history */
       NEG_BACK = 3,           /* a negation this many words before the word (لم يتم طرد) */
       COORD_BACK = 12,        /* a purpose's ل-word before a و-word (وتعد لتحرير محافظتي لحج
                                  وأبين خلال الساعات القريبة، وطرد) */
       PURPOSE_BACK = 6,       /* a purpose's ل-word before the word in its clause
                                  (ليشاركوا مع القوات الأمنية في تحرير) */
       NEG_AFTER = 1 };        /* "negation" 1: بعد، عقب (what follows happened) */

/* Whether token k is من. */
static int min_word(sent_ctx *c, size_t k)
{
    return c->s->t[k].norm_len == 4 && memcmp(c->s->t[k].norm, "\xd9\x85\xd9\x86", 4) == 0;
}

/* Whether the word at token i is negated (in the NEG_BACK words before it: لم يتم طرد),
 * asked for or planned (an appeal's or a plan's word there, or إلى، على، أن right before
 * it, a word of "aguard" retake_plan before it in its sentence: خطة، ستمكن، عزمهما، بقرب،
 * الصعب, or a purpose's ل-word before it in its clause, or before a و-word in its sentence:
 * لاستكمال عملية تطهيرها، لتحرير وتطهير), denied or a question. */
static int unreal(sent_ctx *c, size_t i)
{
    int v;
    size_t n;
    for (size_t k = i; k > c->t0 && k + NEG_BACK > i; k--)
        if (ev_word_is(c->s, k - 1, 1, EK_NEGATION, &v, &n) && v == 0)
            return 1;
    for (size_t k = i; k > c->t0 && k + NEG_BACK > i; k--)
        if (ev_word_is(c->s, k - 1, 1, EK_APPEAL, &v, &n) || ev_word_is(c->s, k - 1, 1, EK_PLAN, &v, &n))
            return 1;          /* ندعو إلى طرد، تطالب بتحرير، تخطط لطرد: asked or planned */
    for (size_t k = c->t0; k < i; k++)
        if (ev_aguard_word(c, k, AG_RETAKE_PLAN))
            return 1;          /* وفقا لخطة عسكرية … بعد طرد، ستمكنها من تحرير: a plan */
    for (size_t k = i; k > c->t0 && k + (ev_clitic(c, i) == CL_WA ? COORD_BACK : PURPOSE_BACK) > i; k--) {
        if (ev_clitic(c, i) != CL_WA && (ev_clause_end(c, k - 1) || ev_comma(c, k - 1)))
            break;
        if ((ev_word_is(c->s, k - 1, 1, EK_NEGATION, &v, &n) && v == NEG_AFTER) ||
            ev_aguard_word(c, k - 1, AG_SINCE))
            break;             /* محافظا لعدن بعد طرد، للمدينة منذ تحريرها: a time of its own */
        if (ev_is_word(&c->s->t[k - 1]) && ev_clitic(c, k - 1) == CL_LAM &&
            ev_first_entity(c, k - 1, k) == NULL)
            return 1;          /* لاستكمال عملية تطهيرها، ليشاركوا مع القوات الأمنية في تحرير;
                                  لتحرير وتطهير، تمهيدا لاقتحام المدينة وتحريرها: a purpose */
    }
    return (i > c->t0 && word_kind(c, i - 1, 0, EK_ABOUT)) ||   /* إلى طرد، على تحرير، أن */
           ev_denied(c->s, c->t0, i) || ev_question(c);
}

/* The token where the armed group driven out by the word ending at token from starts, or 0:
 * the first armed word in RETAKE_REACH tokens of its clause (its place, its subject or
 * أيضا between: طردت المقاومة الحوثيين، تحرير مدينة عدن من ميليشيات، من قبضة الحوثيين), no
 * other preposition, ب or ل word, or و-word before it (طرد السفير وعناصر). */
static size_t armed_at(sent_ctx *c, size_t from)
{
    size_t m;
    for (size_t k = from; k < c->t1 && k < from + RETAKE_REACH; k++) {
        if (ev_clause_end(c, k) || ev_comma(c, k) || !ev_is_word(&c->s->t[k]))
            return 0;
        if (ev_aguard_at(c, k, 1, AG_ARMED, &m))
            return ev_clitic(c, k) == 0 ? k : 0;
        if ((word_kind(c, k, 0, EK_PREP) && !min_word(c, k)) || ev_clitic(c, k) == CL_WA ||
            ev_clitic(c, k) == CL_BI || ev_clitic(c, k) == CL_LAM)
            return 0;
    }
    return 0;
}

/* The group at token g: the name the recogniser found there (no place), or its words. */
static const rasd_entity *group_at(sent_ctx *c, size_t g)
{
    const rasd_entity *e = ev_first_entity(c, g, g + 1);
    size_t b = g + 1;
    if (e && e->tok_start == g && !is_loc(e))
        return e;
    while (b < c->t1 && b < g + ARMED_WORDS && ev_is_word(&c->s->t[b]) &&
           ev_clitic(c, b) == 0 && !word_kind(c, b, 0, EK_PREP) &&
           ev_aguard_at(c, b, 1, AG_ARMED, &(size_t){0}))
        b++;                   /* ميليشيات الحوثي، المتمردين الحوثيين */
    return ev_add_desc(c, "ORG", g, b, c->s->t[g].start + (ev_clitic(c, g) ? 2u : 0u));
}

/* Whether token k is a bare word (no proclitic taken off) of "aguard" list l, one word long:
 * freed_time (تحرير), town_head (مدينة، محافظة); tidy68, stop 58: #defines before. */
static int bare_in(sent_ctx *c, size_t k, int l)
{
    size_t m;
    return ev_aguard_at(c, k, 0, l, &m) && m == 1;
}

/* Whether the word at token i stands right after بعد، عقب ("negation" 1) or منذ ("aguard"
 * since): a time told by what came before the sentence's own event. */
static int after_since(sent_ctx *c, size_t i)
{
    size_t m;
    int v;
    return i > c->t0 && ((ev_word_is(c->s, i - 1, 1, EK_NEGATION, &v, &m) && v == NEG_AFTER &&
                          m == 1) || ev_aguard_word(c, i - 1, AG_SINCE));
}

/* Dates ev, whose word is at token i, by its own clause only (from the word to the next comma
 * or clause end); with no date there it is undated, never the article's day nor the day of
 * the sentence's own event (vio67 rule 2; lay68 rule 2). */
static void clause_date(sent_ctx *c, size_t i, rasd_event *ev)
{
    size_t last = i;
    while (last + 1 < c->t1 && !ev_comma(c, last + 1) && !ev_clause_end(c, last + 1))
        last++;
    ev_event_date(c->doc, c->s->t[i].start, c->s->t[last].end, 0, UINT32_MAX, ev);
    if (!ev->dated)
        ev->date[0] = 0;
}

/* vio67 rule 2 (bench/vio67/rule_2.md): a town's liberation named as a time, with no group
 * (وبعد تحرير عدن جاءت التوجيهات، منذ تحرير مدينة عدن): the bare تحرير (aguard freed_time) at
 * token i right after بعد، عقب ("negation" 1) or منذ (aguard since), and a place the
 * recogniser found right after it or after مدينة/محافظة (aguard town_head). A fight with no
 * actor at that place, dated only by its clause (else undated: told after the fact), none
 * dated years before the article. */
static rasd_status freed_town_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e,
                                 size_t i, size_t n)
{
    const kind_info *ki = ev_kind_info(EK_FIGHT);
    const rasd_entity *place;
    rasd_event ev;
    size_t k = i + 1;
    if (n != 1 || !bare_in(c, i, AG_FREED_TIME) || !after_since(c, i))
        return RASD_OK;
    if (bare_in(c, k, AG_TOWN_HEAD))
        k++;                   /* بعد تحرير مدينة عدن، محافظة لحج */
    place = ev_first_entity(c, k, k + 1);
    if (!place || place->tok_start != k || !is_loc(place) || unreal(c, i) ||
        fr_any_deed(c, i, n, 1) || ev_planned_by_words(c->s, c->t0, c->t1, i, n, 0) ||
        ev_told_at(x, s, "fight", s, e))
        return RASD_OK;
    ev_event_begin(&ev, c, ki, s, e, i, place->tok_end - 1, place);
    clause_date(c, i, &ev);
    if (ev.dated && ev_years_before(c->doc, ev.date, GROUND_YEARS))
        return RASD_OK;
    ev.planned = 0;
    return ev_add_event(x, i, NULL, &ev);
}

static rasd_status ground_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                             size_t n)
{
    const kind_info *ki = ev_kind_info(EK_FIGHT);
    const rasd_entity *g;
    rasd_event ev;
    size_t a;
    int plan;
    if (ki && ev_clitic(c, i) == 0 && armed_at(c, i + n) == 0)
        return freed_town_at(c, x, s, e, i, n);
    if (!ki || ev_clitic(c, i) == CL_LAM || (a = armed_at(c, i + n)) == 0 || unreal(c, i) ||
        fr_any_deed(c, i, n, 1))
        return RASD_OK;        /* لتحرير: a purpose; تحرير أي بلدة: any (any_deed.c) */
    if ((g = group_at(c, a)) == NULL ||
        ev_told_at(x, s, "fight", c->s->t[i].start, c->s->t[g->tok_end - 1].end))
        return RASD_OK;
    plan = ev_planned_by_words(c->s, c->t0, c->t1, i, n, 0);
    if (plan)
        return RASD_OK;        /* نسعى لتحرير، خطة لطرد: not done */
    memset(&ev, 0, sizeof ev);
    ev_append_actor(&ev, g);
    ev_ground_winner(c, i, &ev);    /* أن المقاومة دحرت، تمكنت المقاومة من طرد (layer_sides.c) */
    ev.target_only = ev.nactors == 1;   /* lay68 rule 1: no winner named, the group driven out
                                           is the target, not the doer (بعد تحريرها من
                                           ميليشيا الحوثي: the Houthis freed nothing) */
    ev.type = ki->type, ev.cameo = ki->cameo;
    ev.start = s, ev.end = e;
    ev.trigger_start = c->s->t[i].start, ev.trigger_end = c->s->t[i + n - 1].end;
    /* told as done (plans left above): a date after the article is not its date (طردت تنظيم
     * داعش من مدينة كوباني في يناير, a month the resolver put after the article) */
    if (after_since(c, i))
        clause_date(c, i, &ev);     /* lay68 rule 2: وصلت أمس … بعد تحريره: not أمس */
    else
        ev_event_date(c->doc, s, e, 0, ev_content_start(c, ki, g->tok_end), &ev);
    if (ev.dated && ev_years_before(c->doc, ev.date, GROUND_YEARS))
        return RASD_OK;
    return ev_add_event(x, i, NULL, &ev);
}

/* Whether token t may be a word of "aguard" retake: a ر in its normalised letters after ح
 * (تحرير، دحر) or هي (تطهير), or before د (طرد، طردوا). A filter only (the look-up decides):
 * the look-up of every token cost a hundred instructions a token (bench/extract_cost.sh); a
 * retake row of other letters must be added here (test_events_ground_taken has each form). */
static int may_retake(const rasd_token *t)
{
    const unsigned char *w = (const unsigned char *)t->norm, *p = w, *end = w + t->norm_len;
    while ((p = memchr(p, 0xb1, (size_t)(end - p))) != NULL) {
        size_t j = (size_t)(p - w);            /* ر is d8 b1 */
        if (j >= 1 && w[j - 1] == 0xd8 &&
            ((j >= 3 && w[j - 3] == 0xd8 && w[j - 2] == 0xad) ||              /* حر */
             (j + 2 < t->norm_len && w[j + 1] == 0xd8 && w[j + 2] == 0xaf) ||  /* رد */
             (j >= 5 && w[j - 5] == 0xd9 && w[j - 4] == 0x87 && w[j - 3] == 0xd9 &&
              w[j - 2] == 0x8a)))                                             /* هير */
            return 1;
        p++;
    }
    return 0;
}

rasd_status ev_ground(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e)
{
    rasd_status rc = RASD_OK;
    const size_t end = c->t1;  /* in a local (cost71): the walk asks every token */
    c->list48 = 0;
    for (size_t i = c->t0, n; i < end; i += n) {
        n = 1;
        if (ev_may_relative(c, i) && (rc = ev_struck_relative_at(c, x, s, e, i)) != RASD_OK)
            return rc;                         /* ast66: struck_relative.c */
        if (!ev_summary_has(c->s, i, SUM_PHRASE))
            continue;
        c->list48 |= ev_may_attack_list(c, i); /* lists48: attack_lists.c, after support47 */
        if (!may_retake(&c->s->t[i]) || !ev_aguard_at(c, i, 1, AG_RETAKE, &n)) {
            n = 1;
            if (ev_may_hand(c, i))
                rc = ev_by_hand_at(c, x, s, e, i);    /* events43: harm_by_hand.c */
            else if (ev_may_bullet(c, i))
                rc = ev_bullet_at(c, x, s, e, i);     /* events44: harm_by_hand.c */
        } else {
            rc = ground_at(c, x, s, e, i, n);
        }
        if (rc != RASD_OK)
            return rc;
    }
    return RASD_OK;
}
