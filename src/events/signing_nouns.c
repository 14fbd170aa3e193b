/* signing_nouns.c — a signing told by its noun or participle with both parties after بين, or by a
 * relative clause's verb (issue 16, branch deal53; docs/EVENTS.md "Issue 16: signings told by
 * a noun, a participle or a relative clause").
 *
 * The rules read a signing's noun with its parties only when بين follows the deed right away
 * (data/events.tsv sign 4: توقيع الاتفاق بين). The read parts and the corpus put an adjective
 * between (بعد توقيع الاتفاق النووي بين إيران والدول الغربية الخمس), tell it by the passive
 * participle after the deed (بالاتفاق النووي الايراني الموقع بين ايران والقوى العظمى؛
 * مذكرة التفاهم الموقعة بين المركز والبرنامج), or by a relative clause whose verb carries the
 * deed as its pronoun («خطة العمل المشتركة» التي وقعتها إيران والوكالة). The forms, each a
 * data/events.tsv "arrival" row so that visits.c looks a word up once for all of them:
 *   - arrival 10, the noun (توقيع، التوقيع; لـ، بـ، و before it): a deed ("signing" 2) right
 *     after it, at most GAP_ADJ words after the deed (no punctuation, no preposition), بين;
 *   - arrival 11, the participle (الموقع، الموقعة): a deed at most GAP_ADJ words before it,
 *     بين right after it;
 *   - arrival 12, the relative verb (وقعتها، وقعها، وقعاها، وقعوها): a relative pronoun
 *     (التي، الذي) right before it and a deed at most GAP_ADJ words before that; its subject
 *     right after it, the other party after و or مع (one party is enough: «اتفاقية» التي
 *     وقعتها المملكة).
 *   - arrival 13, reaching (التوصل، توصل، توصلت، توصلوا، توصلا) and arrival 14, agreeing
 *     (الاتفاق): an agreement (agree 030) after تم (data/events.tsv "aguard" past_with_ta) with
 *     both parties after بين, at most GAP_ADJ words between (تم الاتفاق بين سرقسطة والريال؛
 *     تم الاتفاق الشفهي بين؛ تم التوصل إلى اتفاق بين)，or told by a relative clause after a
 *     deed, its pronoun إليه ("aguard" prep_pronoun) after the verb: the parties after بين
 *     (الاتفاق الذي تم التوصل إليه الأسبوع الماضي بين إيران والقوى العالمية الست, a date
 *     between too), or the verb's subject and the other party after مع (الاتفاق الذي توصلت
 *     إليه إيران مع القوى الست), or, with no subject named, that party alone.
 * After بين both parties are names that can act, joined by و (as the rules' F_BETWEEN); with
 * one of them or none (بين البلدين، بين الطرفين) there is no event: nobody is named.
 * Guards: a negation right before the word or two words before (لم يتم توقيع), a denial, a
 * question, a date of the sentence two years or more before the article's (an old
 * agreement: 1953 - توقيع اتفاق الهدنة بين الكوريتين). Plans (سيتم توقيع، المقرر) are read
 * by ev_party_event as for every party event: status planned.
 * Assumes visits.c's loop calls it for "arrival" 10–12 with n == 1 (one token) and after the
 * rules' own sign phrases ran (a sign already in the sentence is not read again). */
#include "events/signing_nouns.h"
#include "events/aguard.h"
#include "events/visits.h"

#include <string.h>

enum { SG_DEED = 2 };          /* data/events.tsv "signing" 2: اتفاقية، مذكرة، عقد */
enum { GROUP_POWERS = 5 };     /* data/events.tsv "group" 5: القوى (these forms only) */
enum { ARR_DEAL_NOUN = 10,     /* data/events.tsv "arrival" 10: توقيع */
       ARR_DEAL_DONE = 11,     /* 11: الموقع، الموقعة */
       ARR_DEAL_REL = 12,      /* 12: وقعتها */
       ARR_REACH = 13 };       /* 13: التوصل، توصلت */
enum { AGREE_TO_DEAL = 7 };    /* data/events.tsv agree 7: إلى اتفاق */
enum { GAP_ADJ = 2,            /* words between the deed and بين or the participle (الاتفاق
                                  النووي الايراني الموقع: 2 adjectives) */
       GAP_DATE = 5,           /* tokens between إليه and بين in a relative clause, a date
                                  among them (إليه الأسبوع الماضي بين: 2) */
       GAP_WITH = 8,           /* tokens between إليه and مع: a date, its month's other name
                                  in brackets, a comma (إليه في 14 يوليو (تموز)، مع: 7) */
       NEG_BACK = 2,           /* tokens back from the word to a negation (لم يتم توقيع) */
       OLD_YEARS = 2 };        /* a date this many years or more before the article's: an
                                  old agreement (unseen2's BRICS signing of July 2014 in
                                  an article of 2015 is news, not history) */

/* Whether token k is a noun of what is signed ("signing" 2), a proclitic allowed. */
static int deed_at(sent_ctx *c, size_t k)
{
    int v;
    size_t n;
    return k < c->t1 && ev_word_is(c->s, k, 1, EK_SIGNING, &v, &n) && n == 1 && v == SG_DEED;
}

/* Whether token k may stand between a deed and بين or its participle: a word (an
 * adjective: النووي، الإيراني، العامة), no punctuation, no preposition, no و, no date. */
static int adjective_at(sent_ctx *c, size_t k)
{
    return ev_is_word(&c->s->t[k]) && !word_kind(c, k, 0, EK_PREP) &&
           ev_clitic(c, k) != CL_WA && !ev_in_date(c, k) && !ev_aguard_word(c, k, AG_BETWEEN);
}

/* The token of بين within GAP_ADJ adjectives from token k, or 0. */
static size_t between_from(sent_ctx *c, size_t k)
{
    for (size_t g = 0; k < c->t1 && g <= GAP_ADJ; k++, g++) {
        if (ev_aguard_word(c, k, AG_BETWEEN))
            return k;
        if (!adjective_at(c, k))
            return 0;
    }
    return 0;
}

/* The token of بين within GAP_DATE tokens from token k, dates or adjectives between, or 0. */
static size_t between_dated(sent_ctx *c, size_t k)
{
    for (size_t g = 0; k < c->t1 && g <= GAP_DATE; k++, g++) {
        if (ev_aguard_word(c, k, AG_BETWEEN))
            return k;
        if (!ev_in_date(c, k) && !adjective_at(c, k))
            return 0;
    }
    return 0;
}

/* Whether a deed stands at most GAP_ADJ adjectives before token i (its first token k > t0). */
static int deed_before(sent_ctx *c, size_t i)
{
    for (size_t k = i, g = 0; k > c->t0 && g <= GAP_ADJ; k--, g++) {
        if (deed_at(c, k - 1))
            return 1;
        if (!adjective_at(c, k - 1))
            return 0;
    }
    return 0;
}

/* Whether the word at token i is negated (لم يتم توقيع، لا … الموقع): data/events.tsv
 * "negation" 0 within NEG_BACK tokens before it in its clause. */
static int negated(sent_ctx *c, size_t i)
{
    for (size_t k = i, g = 0; k > c->t0 && g < NEG_BACK; k--, g++) {
        int v;
        size_t n;
        if (!ev_is_word(&c->s->t[k - 1]))
            return 0;
        if (ev_word_is(c->s, k - 1, 1, EK_NEGATION, &v, &n) && n == 1 && v == 0)
            return 1;
    }
    return 0;
}

/* Whether token k is a number of four ASCII digits OLD_YEARS or more before the article's
 * year (the bare year a list of past days starts with: «2002 - توقيع اتفاق سلام مبدئي بين
 * …», which the dates stage leaves). */
static int old_year(sent_ctx *c, size_t k)
{
    const rasd_token *t = &c->s->t[k];
    char y[5];
    if (t->kind != RASD_TOK_NUMBER || t->norm_len != 4)
        return 0;
    for (size_t j = 0; j < 4; j++)
        if ((y[j] = t->norm[j]) < '0' || y[j] > '9')
            return 0;
    y[4] = '\0';
    return (y[0] == '1' || y[0] == '2') && ev_years_before(c->doc, y, OLD_YEARS);
}

/* Whether the sentence [s, e) states a date, or a year, OLD_YEARS or more before the
 * article's. */
static int old_deal(sent_ctx *c, uint32_t s, uint32_t e)
{
    size_t nd;
    const rasd_date *d = rasd_doc_dates(c->doc, &nd);
    for (size_t k = 0; k < nd; k++)
        if (d[k].start >= s && d[k].end <= e && d[k].value[0] &&
            ev_years_before(c->doc, d[k].value, OLD_YEARS))
            return 1;
    for (size_t k = c->t0; k < c->t1; k++)
        if (old_year(c, k))
            return 1;
    return 0;
}

/* Whether the sentence starting at byte s already has an event of type with its actors. */
static int told_before(const struct ev_doc *x, uint32_t s, const char *type)
{
    for (size_t k = 0; k < x->nevents; k++)
        if (x->events[k].start == s && x->events[k].nactors > 0 &&
            strcmp(x->events[k].type, type) == 0)
            return 1;
    return 0;
}

/* The event just added at the end of x's events (from n events) takes the place of the
 * sentence's event of its type with nobody named (the trigger layer's «تم الاتفاق» with no
 * actors, read before visits.c runs): one row, with its actors, where that one stood. */
static void in_place(struct ev_doc *x, size_t n)
{
    size_t last = x->nevents - 1;
    if (x->nevents != n + 1)
        return;                /* none added: it repeated one of the article */
    for (size_t k = 0; k < last; k++) {
        rasd_event *o = &x->events[k];
        if (o->start == x->events[last].start && o->nactors == 0 &&
            strcmp(o->type, x->events[last].type) == 0) {
            *o = x->events[last];
            x->place_dist[k] = x->place_dist[last];
            x->nevents = last, x->last_event = k;
            return;
        }
    }
}

/* Whether two mentions are one party (the same entity or id). */
static int same_party(const rasd_entity *a, const rasd_entity *b)
{
    return a == b || (a->id && b->id && a->id[0] && strcmp(a->id, b->id) == 0);
}

/* A description after token from joined as joins allows (J_WA: و on it; J_MA3: after مع),
 * its head a "group" word of the kind's or data/events.tsv group 5, the powers (القوى
 * العالمية), which only these forms read; NULL if none. */
static const rasd_entity *group_after(sent_ctx *c, const kind_info *ki, size_t from, int joins)
{
    int mask = ev_group_mask(ki) | 1 << GROUP_POWERS;
    if (from >= c->t1)
        return NULL;
    if ((joins & J_MA3) && word_value(c, from, EK_WITH) == WITH_MA3)
        return ev_group_at(c, from + 1, mask, 0);
    if ((joins & J_WA) && ev_clitic(c, from) == CL_WA)
        return ev_group_at(c, from, mask, CL_WA);
    return (joins & J_DIRECT) ? ev_group_at(c, from, mask, 0) : NULL;
}

/* The parties after بين at token k: *a right after it, *b after و; 0 unless both. */
static int parties_between(sent_ctx *c, const kind_info *ki, size_t k,
                           const rasd_entity *place, const rasd_entity **a,
                           const rasd_entity **b)
{
    *a = ev_subject_after(c, ki, k + 1, place, NULL);
    if (!*a)                   /* بين الدول الكبرى وطهران: a description (groups.c) */
        *a = group_after(c, ki, k + 1, J_DIRECT);
    if (!*a || (*a)->tok_start != k + 1)
        return 0;
    *b = ev_object_of(c, ki, (*a)->tok_end, *a, place, NULL, J_WA);
    if (!*b)                   /* بين ايران والقوى العظمى (as the rules' F_BETWEEN) */
        *b = group_after(c, ki, (*a)->tok_end, J_WA);
    return *b && !same_party(*a, *b);
}

/* The agreement of reaching at token i after تم or in a relative clause after a deed: its
 * parties in *a and *b (*b may be NULL); 0 if its form fails. */
static int agreement(sent_ctx *c, const kind_info *ki, size_t i, const rasd_entity *place,
                     const rasd_entity **a, const rasd_entity **b)
{
    int passive = i > c->t0 && ev_aguard_word(c, i - 1, AG_PAST_WITH_TA), v;
    size_t rel = passive ? i - 1 : i, k, n;
    if (rel > c->t0 && word_value(c, rel - 1, EK_RELATIVE) == 1 && deed_before(c, rel - 1)) {
        if (i + 1 >= c->t1 || !ev_aguard_word(c, i + 1, AG_PREP_PRONOUN))
            return 0;          /* الاتفاق الذي (تم) التوصل إليه */
        if ((k = between_dated(c, i + 2)) != 0)
            return parties_between(c, ki, k, place, a, b);
        if (passive)
            return 0;
        if ((*a = ev_subject_after(c, ki, i + 2, place, NULL)) != NULL &&
            (*a)->tok_start == i + 2) {
            if ((*b = ev_object_of(c, ki, (*a)->tok_end, *a, place, NULL, J_MA3 | J_WA)) ==
                NULL)          /* توصلت إليه إيران والقوى العالمية */
                *b = group_after(c, ki, (*a)->tok_end, J_MA3 | J_WA);
            if (*b && same_party(*a, *b))
                *b = NULL;
            return 1;
        }
        for (k = i + 2; k < c->t1 && k < i + 2 + GAP_WITH &&
                        (ev_in_date(c, k) || ev_punct(c->s, k, ",()") || ev_comma(c, k) ||
                         (word_value(c, k, EK_PLACE) == PLACE_IN && k + 1 < c->t1 &&
                          ev_in_date(c, k + 1))); k++)
            ;                  /* إليه في 14 يوليو (تموز)، مع */
        if ((*a = ev_object_of(c, ki, k, NULL, place, NULL, J_MA3)) == NULL)
            *a = group_after(c, ki, k, J_MA3);
        *b = NULL;             /* الذي توصلت إليه مع القوى الست: the other party alone */
        return *a != NULL;
    }
    if (!passive)
        return 0;
    if (i + 1 < c->t1 && ev_word_is(c->s, i + 1, 0, EK_AGREE, &v, &n) && v == AGREE_TO_DEAL)
        return (k = between_from(c, i + 1 + n)) != 0 &&   /* تم التوصل إلى اتفاق بين */
               parties_between(c, ki, k, place, a, b);
    return 0;
}

/* Whether the words around token i may make its form (cheap; the rest is read after). */
static int may_be(sent_ctx *c, size_t i, int form)
{
    switch (form) {
    case ARR_DEAL_NOUN:
        return deed_at(c, i + 1);
    case ARR_DEAL_DONE:
        return i + 1 < c->t1 && ev_clitic(c, i) == 0 && ev_aguard_word(c, i + 1, AG_BETWEEN);
    case ARR_DEAL_REL:
        return i > c->t0 && word_value(c, i - 1, EK_RELATIVE) == 1;
    case ARR_REACH:
        return i > c->t0 && (ev_aguard_word(c, i - 1, AG_PAST_WITH_TA) ||
                             word_value(c, i - 1, EK_RELATIVE) == 1);
    default:
        return 0;
    }
}

rasd_status ev_signing_noun_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                               int form)
{
    int agree = form == ARR_REACH;
    const kind_info *ki = ev_kind_info(agree ? EK_AGREE : EK_SIGN);
    const rasd_entity *a = NULL, *b = NULL, *place;
    size_t k;
    if (!ki || !may_be(c, i, form) || told_before(x, s, ki->type) || negated(c, i) ||
        ev_denied(c->s, c->t0, i) || ev_question(c))
        return RASD_OK;
    place = ev_place_at(c, i, agree ? EK_AGREE : EK_SIGN);
    if (place && place->tok_start <= i)
        place = NULL;
    if (agree) {
        if (!agreement(c, ki, i, place, &a, &b))
            return RASD_OK;
    } else if (form == ARR_DEAL_NOUN) {       /* توقيع الاتفاق النووي بين X وY */
        if (!deed_at(c, i + 1) || (k = between_from(c, i + 2)) == 0 ||
            !parties_between(c, ki, k, place, &a, &b))
            return RASD_OK;
    } else if (form == ARR_DEAL_DONE) {    /* الاتفاق النووي الموقع بين X وY */
        if (!deed_before(c, i) || i + 1 >= c->t1 || !ev_aguard_word(c, i + 1, AG_BETWEEN) ||
            !parties_between(c, ki, i + 1, place, &a, &b))
            return RASD_OK;
    } else if (form == ARR_DEAL_REL) {     /* «خطة العمل» التي وقعتها إيران والوكالة */
        if (i < c->t0 + 2 || word_value(c, i - 1, EK_RELATIVE) != 1 || !deed_before(c, i - 1) ||
            (a = ev_subject_after(c, ki, i + 1, place, NULL)) == NULL || a->tok_start != i + 1)
            return RASD_OK;
        if ((b = ev_object_of(c, ki, a->tok_end, a, place, NULL, J_WA | J_MA3)) == NULL)
            b = group_after(c, ki, a->tok_end, J_WA | J_MA3);   /* مع الدول المصدرة */
        if (b && same_party(a, b))
            b = NULL;
    } else
        return RASD_OK;
    if (old_deal(c, s, e))
        return RASD_OK;
    k = x->nevents;
    rasd_status rc = ev_party_event(c, x, ki, s, e, i, 1, a, b, place, 0);
    if (rc == RASD_OK)
        in_place(x, k);
    return rc;
}
