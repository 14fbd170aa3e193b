/* violence.c — attacks named by a noun with their target (events28). The nouns of force of the
 * trigger layer (هجوم، غارة، إطلاق النار) report an event by default only when a verb of doing
 * with a named doer or a relative clause says it was done (force_told.c) or when their deed's
 * verb stands before them (قام بإطلاق النار: tg_deed). Reports and surveys of attacks often
 * name neither, but the target: "وشملت إطلاق نار على قسم شرطة الفشن"، "نفذ 29 ضربة جوية ضد
 * التنظيم"، "تبعه هجوم مسلح استهدف كمائن عسكرية". A target said makes the noun an act that
 * struck someone, not a kind (الهجمات الإرهابية), a plan or a word of policy; the word after
 * على or ضد must be no abstract matter (الحرب على الفساد، الهجوم على المرمى) nor a phrase of
 * على (على الأقل، على خلفية، على مدى). The layer's guards (history, words, a cause, a
 * ceasefire, a condition) still run first. */
#include "events/violence.h"
#include "entities/ent.h"
#include "events/letters.h"

#include <stdlib.h>
#include <string.h>

enum { TARGET_REACH = 4,      /* the words between the noun and its على or verb: adjectives,
                                  a count (غارات جوية مكثفة على، ضربة جوية ضد) */
       TARGET_WORDS = 4,       /* a target given by its words: a head, a genitive or two and an
                                  adjective (قسم شرطة الفشن، كمائن عسكرية) */
       FOIL_REACH = 4 };       /* the words before the noun where a word of foiling is read */

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

/* The token where the target of the noun of force at [i, i + n) starts (after its على or ضد,
 * or after its verb استهدف), or 0 when it names none. */
static size_t target_at(sent_ctx *c, size_t i, size_t n, int kind)
{
    size_t m;
    if ((kind != EK_ASSAULT && kind != EK_FIGHT) || !ev_aguard_at(c, i, 1, AG_AIMED, &m))
        return 0;
    for (size_t k = i; k > c->t0 && k + FOIL_REACH > i; k--) {
        if (vi_break(c, k - 1))
            break;
        if (ev_aguard_word(c, k - 1, AG_FOILED))
            return 0;          /* أجهضت هجمات مميتة على مساجد: foiled, planned, feared */
    }
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

int vi_targeted(sent_ctx *c, size_t i, size_t n, int kind)
{
    return target_at(c, i, n, kind) != 0;
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

void vi_target_actor(sent_ctx *c, size_t i, size_t n, int kind, rasd_event *ev)
{
    size_t a = target_at(c, i, n, kind), b;
    const rasd_entity *e;
    rasd_entity *g;
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
