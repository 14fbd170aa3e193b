/* violence.c — attacks named by a noun with their target (events28). The nouns of force of the
 * trigger layer (هجوم، غارة، إطلاق النار) report an event by default only when a verb of doing
 * with a named doer or a relative clause says it was done (force_told.c) or when their deed's
 * verb stands before them (قام بإطلاق النار: tg_deed). Reports and surveys of attacks often
 * name neither, but the target: "وشملت إطلاق نار على قسم شرطة الفشن"، "نفذ 29 ضربة جوية ضد
 * التنظيم"، "تبعه هجوم مسلح استهدف كمائن عسكرية". A target said makes the noun an act that
 * struck someone, not a kind (الهجمات الإرهابية), a plan or a word of policy; the word after
 * على or ضد must be no abstract matter (الحرب على الفساد، الهجوم على المرمى) nor a phrase of
 * على (على الأقل، على خلفية، على مدى). The layer's guards (history, words, a cause, a
 * ceasefire, a condition) still run first. events33 adds a killing with its doer after the
 * victim (killer_at: قتل شاب برصاص الجيش الإسرائيلي), the further targets of a list
 * (vi_next_target: … وعلى المصلين) and a fighters' position as a target that makes the
 * attack a fight. */
#include "events/violence.h"
#include "entities/ent.h"
#include "events/letters.h"

#include <stdlib.h>
#include <string.h>

enum { TARGET_REACH = 4,      /* the words between the noun and its على or verb: adjectives,
                                  a count (غارات جوية مكثفة على، ضربة جوية ضد) */
       TARGET_WORDS = 4,       /* a target given by its words: a head, a genitive or two and an
                                  adjective (قسم شرطة الفشن، كمائن عسكرية) */
       FOIL_REACH = 4,         /* the words before the noun where a word of foiling is read */
       VICTIM_REACH = 5 };     /* a killing's victim: a count, a head, a genitive, adjectives
                                  (مقتل أحد المواطنين، قتل ثلاثة جنود أتراك) */

/* Whether token k ends a clause: a comma or a stop. */
static int vi_break(sent_ctx *c, size_t k)
{
    return ev_comma(c, k) || ev_punct(c->s, k, ".;:!?") || c->s->t[k].kind == RASD_TOK_PUNCT;
}

/* Whether a person the recogniser named is the doer of the attack's noun at [i, i + n): right
 * before it, the subject of its verb (شن … علي السيستاني هجوما على), or right after it, its
 * genitive (هجوم السيستاني على). A person's attack on someone is of words, as his هاجم is (the
 * rules' criticism); a force's or a group's is of arms. */
static int person_doer(sent_ctx *c, size_t i, size_t n)
{
    for (size_t k = 0; k < c->ne; k++)
        if (strcmp(c->en[k].type, "PER") == 0 &&
            (c->en[k].tok_end == i || c->en[k].tok_start == i + n))
            return 1;
    return 0;
}

/* Whether token k, after على or ضد, names no target: a matter, a phrase of على, a road or
 * a border where it happened (على الطريق، على أحد الطرق السريعة), words. */
static int not_target(sent_ctx *c, size_t k)
{
    size_t m;
    return ev_aguard_at(c, k, 1, AG_NOT_TARGET, &m) || ev_aguard_word(c, k, AG_WORDS);
}

/* Whether a word of foiling, planning, fearing or warning stands in the FOIL_REACH words of
 * its clause before token i (أجهضت هجمات مميتة على مساجد، تخطط لقتل). */
static int foiled(sent_ctx *c, size_t i)
{
    for (size_t k = i; k > c->t0 && k + FOIL_REACH > i; k--) {
        if (vi_break(c, k - 1))
            break;
        if (ev_aguard_word(c, k - 1, AG_FOILED))
            return 1;
    }
    return 0;
}

/* The token where the target of the noun of force at [i, i + n) starts (after its على or ضد,
 * or after its verb استهدف), or 0 when it names none. */
static size_t target_at(sent_ctx *c, size_t i, size_t n, int kind)
{
    size_t m;
    if ((kind != EK_ASSAULT && kind != EK_FIGHT) || !ev_aguard_at(c, i, 1, AG_AIMED, &m))
        return 0;
    if (foiled(c, i))
        return 0;              /* أجهضت هجمات مميتة على مساجد: foiled, planned, feared */
    if (i > c->t0 && ev_clitic(c, i - 1) == CL_LAM && c->s->t[i - 1].kind != RASD_TOK_PUNCT)
        return 0;              /* لتركيز الضربات الجوية … على، لتوسيع الضربات ضد: a purpose, what
                                  is asked of them, not what they struck */
    if (ev_aguard_at(c, i, 1, AG_ATTACK, &m) && person_doer(c, i, n))
        return 0;              /* شن ممثل المرجع هجوما على الجهات المسؤولة: words */
    for (size_t k = i + n; k + 1 < c->t1 && k < i + n + TARGET_REACH; k++) {
        if (vi_break(c, k) || ev_clitic(c, k) == CL_WA ||
            ev_aguard_word(c, k, AG_WORDS) ||
            ev_aguard_word(c, k, AG_NOT_TARGET))
            return 0;          /* هجوم شخصي، الاعتداء المعنوي: of words */
        if (ev_aguard_at(c, k, 0, AG_AGAINST, &m))
            return !vi_break(c, k + 1) && !not_target(c, k + 1) &&
                           !(k + 2 < c->t1 && ev_aguard_word(c, k + 1, AG_SOME) &&
                             not_target(c, k + 2)) ? k + 1 : 0;
        if (ev_aguard_word(c, k, AG_STRUCK))
            return !vi_break(c, k + 1) ? k + 1 : 0;
    }
    return 0;
}

/* Whether a killing's doer starts at token a, after its word of killed_by: a name the
 * recogniser found (no place), or a description whose head is a word of "group" (قوات
 * الاحتلال، مسلحين، جنود); not anything else (برصاص حي، برصاصة في الصدر: how, not who). */
static int doer_at(sent_ctx *c, size_t a)
{
    const rasd_entity *e = ev_first_entity(c, a, a + 1);
    int v = word_value(c, a, EK_GROUP);
    if (e && e->tok_start == a)
        return !is_loc(e);
    if (v == GROUP_SOME && a + 1 < c->t1)
        v = word_value(c, a + 1, EK_GROUP);
    return v == GROUP_FORCE || v == GROUP_BODY || v == GROUP_PEOPLE;
}

/* The token where the word that names the doer of the killing at [i, i + n) starts (its
 * length in *m), or 0: a killing's noun or verb of "aguard" killing, then its victim (a count,
 * a head, a genitive or an adjective: at most VICTIM_REACH words, in one clause, with no و-word
 * between: مقتل أحد المواطنين، قتل ثلاثة جنود), then a word of "aguard" killed_by (برصاص،
 * بنيران، على يد) and a word after it (events33). The doer said makes the word a killing
 * someone did, not a death (مقتل 20 شخصا في حادث سير) nor a kind (جرائم القتل). */
static size_t killer_at(sent_ctx *c, size_t i, size_t n, int kind, size_t *m)
{
    size_t h;
    if (kind != EK_ASSAULT || !ev_aguard_at(c, i, 1, AG_KILLING, &h) || foiled(c, i) ||
        (i > c->t0 && ev_clitic(c, i - 1) == CL_LAM && c->s->t[i - 1].kind != RASD_TOK_PUNCT))
        return 0;              /* تخطط لقتل، أحبطت محاولة لقتل: not done */
    for (size_t k = i + n + 1; k + 1 < c->t1 && k <= i + n + VICTIM_REACH; k++) {
        if (vi_break(c, k - 1) || (k - 1 > i + n && ev_clitic(c, k - 1) == CL_WA) ||
            ev_aguard_word(c, k - 1, AG_WORDS))
            return 0;
        if (ev_aguard_at(c, k, 0, AG_KILLED_BY, m))
            return k + *m < c->t1 && !vi_break(c, k + *m - 1) && doer_at(c, k + *m) ? k : 0;
    }
    return 0;
}

int vi_targeted(sent_ctx *c, size_t i, size_t n, int kind)
{
    size_t m;
    return target_at(c, i, n, kind) != 0 || killer_at(c, i, n, kind, &m) != 0;
}

/* The first token after the target's words starting at token a: up to TARGET_WORDS words, not
 * past a break, a preposition, a word with و، ب or ل, a relative pronoun or a place named after
 * its head (قسم شرطة الفشن | في بني سويف، كمائن عسكرية | شمال سيناء). */
static size_t target_end(sent_ctx *c, size_t a)
{
    size_t b = a + 1;
    for (; b < c->t1 && b < a + TARGET_WORDS; b++) {
        const rasd_entity *e = ev_first_entity(c, b, b + 1);
        int cl = ev_clitic(c, b);
        if (e && is_loc(e) && cl == 0 && !starts_with(c->s->t[b - 1].norm,
                                                      c->s->t[b - 1].norm_len, U_ARTICLE))
            return e->tok_end; /* قسم شرطة الفشن: a place as an indefinite head's genitive */
        if (vi_break(c, b) || word_kind(c, b, 0, EK_PREP) || word_kind(c, b, 0, EK_RELATIVE) ||
            cl == CL_WA || cl == CL_BI || cl == CL_LAM || (e && is_loc(e)) ||
            ev_aguard_at(c, b, 0, AG_AGAINST, NULL) || ev_aguard_word(c, b, AG_NOT_TARGET) ||
            c->s->t[b].kind == RASD_TOK_NUMBER)
            break;
    }
    return b;
}

int vi_military_target(sent_ctx *c, size_t i, size_t n, int kind)
{
    size_t a = target_at(c, i, n, kind), m;
    return a && ev_aguard_at(c, a, 1, AG_POSITIONS, &m);
}

/* Puts the mention at tokens [a, target_end) as the event's actor k: the name the recogniser
 * found starting there (no place), else its words as a description; 0 when none. */
static int put_words(sent_ctx *c, size_t a, size_t stop, size_t k, rasd_event *ev)
{
    const rasd_entity *e = ev_first_entity(c, a, a + 1);
    size_t b;
    if (e && e->tok_start == a && !is_loc(e) && e->tok_end <= stop) {
        ev->actor_id[k] = e->id, ev->actor_name[k] = e->name;
        ev->actor_start[k] = e->start, ev->actor_end[k] = e->end;
        c->actor[k] = e;
        return 1;
    }
    if (e && e->tok_start == a)
        return 0;              /* a place: where, not who */
    b = target_end(c, a);
    if (b > stop)
        b = stop;
    if (b <= a || (e = ev_add_desc(c, "ORG", a, b, c->s->t[a].start)) == NULL)
        return 0;
    ev->actor_id[k] = NULL, ev->actor_name[k] = e->name;
    ev->actor_start[k] = e->start, ev->actor_end[k] = e->end;
    c->actor[k] = e;
    return 1;
}

/* The doer of a killing at token a (doer_at), as a mention. */
static const rasd_entity *killer(sent_ctx *c, size_t a)
{
    const rasd_entity *e = ev_first_entity(c, a, a + 1);
    if (e && e->tok_start == a)
        return is_loc(e) ? NULL : e;
    return ev_group_at(c, a, 1 << GROUP_FORCE | 1 << GROUP_BODY | 1 << GROUP_PEOPLE, 0);
}

/* A killing's actors (killer_at): the doer after its word, then the victim (events33). */
static void killing_actors(sent_ctx *c, size_t i, size_t n, size_t k, size_t m,
                           rasd_event *ev)
{
    const rasd_entity *e = killer(c, k + m);
    if (!e)
        return;
    ev->actor_id[0] = ev_is_group(e) ? NULL : e->id, ev->actor_name[0] = e->name;
    ev->actor_start[0] = e->start, ev->actor_end[0] = e->end;
    c->actor[0] = e;
    ev->nactors = 1 + put_words(c, i + n, k, 1, ev);
}

void vi_target_actor(sent_ctx *c, size_t i, size_t n, int kind, rasd_event *ev)
{
    size_t a = target_at(c, i, n, kind), b, m, k;
    const rasd_entity *e;
    rasd_entity *g;
    if (!a && ev->nactors == 0 && c->ngrp + 2 <= GROUPS &&
        (k = killer_at(c, i, n, kind, &m)) != 0)
        killing_actors(c, i, n, k, m, ev);   /* مقتل أحد المواطنين برصاص جنود */
    if (!a || ev->nactors > 0 || c->ngrp >= GROUPS || ev_clitic(c, a) == CL_LAM)
        return;
    if ((e = ev_first_entity(c, a, a + 1)) != NULL && e->tok_start == a) {
        if (is_loc(e))
            return;            /* على سوريا: where, as often as whom */
        ev->actor_id[0] = e->id, ev->actor_name[0] = e->name;
        ev->actor_start[0] = e->start, ev->actor_end[0] = e->end;
        c->actor[0] = e;
        ev->nactors = 1;
        ev->target_only = 1;
        return;
    }
    b = target_end(c, a);
    if ((g = ev_add_desc(c, "ORG", a, b, c->s->t[a].start)) == NULL)
        return;
    ev->actor_id[0] = NULL, ev->actor_name[0] = g->name;
    ev->actor_start[0] = g->start, ev->actor_end[0] = g->end;
    c->actor[0] = g;
    ev->nactors = 1;
    ev->target_only = 1;
}

/* The token after a place said right after a target (في بني سويف، بحلوان), or k if none. */
static size_t past_place(sent_ctx *c, size_t k)
{
    size_t a = k + (k < c->t1 && word_kind(c, k, 0, EK_PREP));
    const rasd_entity *e = a < c->t1 ? ev_first_entity(c, a, a + 1) : NULL;
    if (e && is_loc(e) && e->tok_start == a && (a > k || ev_clitic(c, a) == CL_BI))
        return e->tok_end;
    return k;
}

/* Whether token k, with و, repeats the head of the target at token a (قسم شرطة الفشن …
 * وقسم العصافرة): a second target of the same kind, not another clause. */
static int head_again(sent_ctx *c, size_t k, size_t a)
{
    const rasd_token *t = &c->s->t[k], *h = &c->s->t[a];
    return t->norm_len == h->norm_len + LETTERS(1) && h->norm_len > LETTERS(1) &&
           memcmp(t->norm + LETTERS(1), h->norm, h->norm_len) == 0;
}

size_t vi_target_end(sent_ctx *c, size_t i, size_t n, int kind, const rasd_event *ev,
                     size_t *head)
{
    size_t a = target_at(c, i, n, kind);
    if (!a || !ev->target_only || ev->nactors != 1 || !c->actor[0] ||
        c->actor[0]->tok_start != a)
        return 0;
    *head = a;
    return c->actor[0]->tok_end;
}

size_t vi_next_target(sent_ctx *c, size_t k, size_t head, rasd_event *ev)
{
    size_t a, m;
    rasd_entity *g;
    const rasd_entity *e;
    k = past_place(c, k);
    if (k + 1 >= c->t1 || ev_clitic(c, k) != CL_WA || vi_break(c, k) || c->ngrp >= GROUPS)
        return 0;
    if (ev_aguard_at(c, k, 1, AG_AGAINST, &m) || ev_aguard_at(c, k, 1, AG_TARGETING, &m))
        a = k + m;             /* … وعلى قوات الشرطة، واستهداف أحد البنوك */
    else if (head_again(c, k, head))
        a = k;                 /* … وقسم العصافرة */
    else
        return 0;
    if (a >= c->t1 || vi_break(c, a) || not_target(c, a) ||
        (a + 1 < c->t1 && ev_aguard_word(c, a, AG_SOME) && not_target(c, a + 1)))
        return 0;
    if ((e = ev_first_entity(c, a, a + 1)) != NULL && e->tok_start == a) {
        if (is_loc(e))
            return 0;
        ev->actor_id[0] = e->id, ev->actor_name[0] = e->name;
        ev->actor_start[0] = e->start, ev->actor_end[0] = e->end;
        c->actor[0] = e;
        return e->tok_end;
    }
    m = a == k ? LETTERS(1) : 0;
    if ((g = ev_add_desc(c, "ORG", a, target_end(c, a), c->s->t[a].start + (uint32_t)m)) == NULL)
        return 0;
    ev->actor_id[0] = NULL, ev->actor_name[0] = g->name;
    ev->actor_start[0] = g->start, ev->actor_end[0] = g->end;
    c->actor[0] = g;
    return g->tok_end;
}
