/* signings.c — signings by the verb وقع with its parties (issue 16, branch events32;
 * docs/EVENTS.md "Issue 16: visits, receptions and signings the rules miss").
 *
 * The rules read a signing only as وقع and its noun right after it (وقعت اتفاقية) or the
 * noun with بين (توقيع اتفاقية بين X وY): وقع alone is also "happened" (وقع الحادث). Most
 * signings the recall set holds put the parties between the verb and its noun, or name no
 * noun at all when a club signs a player (وقع نادي الاتحاد مع صانع الألعاب الأرجنتيني ماكسي
 * موراليز … عقدا مبدئيا؛ وكان الاتحاد قد وقع مع المهاجم الفنزويلي ريفاس). The form: a verb of
 * data/events.tsv "signing" 1 (past) or 3 (future: planned), its subject a name that can act
 * right after it or, past قد, after كان (as visits.c), then
 *   - the other party after مع or coordinated by و (the rules' object, ev_object_of), and
 *     either a noun of a deed signed ("signing" 2: اتفاقية، عقدا، مذكرة تفاهم) before the
 *     clause ends, or that party a person (a club's player);
 *   - or no other party and that noun right after the subject, على between or not (وكانت
 *     دول مجموعة «بريكس» قد وقعت على اتفاقية).
 * Not a denial, a question, a word of "negation" right before the verb, nor ما before it
 * (ما وقع مع: what happened with). */
#include "events/signings.h"
#include "events/visits.h"

#include <string.h>

/* data/events.tsv "signing" values. */
enum { SG_DEED = 2,            /* اتفاقية، عقدا، مذكرة تفاهم: what is signed */
       SG_WHAT = 4 };          /* ما: وقع is then "happened" */
enum { ARR_WAS = 2 };          /* data/events.tsv "arrival" 2: كان */
enum { DEED_REACH = 16,        /* tokens from the verb to the noun of what is signed */
       WAS_BACK = 3,           /* words between كان and the name */
       WITH_REACH = 3,         /* words between what is signed and مع */
       PARTY_LEAD = 5 };       /* words between مع and the other party's name */

/* Whether a noun of what is signed (on, or with على before it) stands at token k. */
static int deed_at(sent_ctx *c, size_t k)
{
    int v;
    size_t n;
    return ev_word_is(c->s, k, 1, EK_SIGNING, &v, &n) && v == SG_DEED;
}

/* The comma that closes a date set off by commas from the comma at token k (، اليوم،), else k. */
static size_t date_aside(sent_ctx *c, size_t k)
{
    size_t m = k + 1;
    while (m < c->t1 && ev_in_date(c, m))
        m++;
    return m > k + 1 && m < c->t1 && ev_comma(c, m) ? m : k;
}

/* The first noun of what is signed from token a in its clause within DEED_REACH tokens of
 * token i, past a date set off by commas (err62); 0 if none. */
static size_t deed_after(sent_ctx *c, size_t i, size_t a)
{
    for (size_t k = a; k < c->t1 && k < i + DEED_REACH; k++) {
        if (ev_comma(c, k) && date_aside(c, k) != k) {
            k = date_aside(c, k);      /* أبرمت مدينة الملك عبدالعزيز …، اليوم، مذكرتي تفاهم */
            continue;
        }
        if (ev_punct(c->s, k, ".;:!?") || ev_clause_end(c, k))
            return 0;
        if (deed_at(c, k))
            return k;
    }
    return 0;
}

/* The other party after مع within WITH_REACH words from token k (adjectives of what is
 * signed between: عقدا احترافيا مع), a name that can act at most PARTY_LEAD words after مع,
 * no punctuation but quote marks between (مع اللاعب البرازيلي رودريجز موريرا، مع النجم
 * الغاني سولي مونتاري، مع شركة خبراء طيبة); NULL if none. */
static const rasd_entity *party_with(sent_ctx *c, const kind_info *ki, size_t k)
{
    size_t m = k;
    while (m < c->t1 && m < k + WITH_REACH && ev_is_word(&c->s->t[m]) &&
           word_value(c, m, EK_WITH) != WITH_MA3)
        m++;
    if (m >= c->t1 || word_value(c, m, EK_WITH) != WITH_MA3)
        return NULL;
    for (size_t j = m + 1; j < c->t1 && j <= m + PARTY_LEAD; j++) {
        const rasd_entity *e = ev_first_entity(c, j, j + 1);
        if (e && e->tok_start == j)
            return !is_loc(e) && ev_can_act(c, ki, e, NULL, NULL, 0) ? e : NULL;
        if (!ev_is_word(&c->s->t[j]) ? !ev_punct(c->s, j, "\"«»“”") :
            ev_clitic(c, j) == CL_WA || word_kind(c, j, 0, EK_PREP) || ev_in_date(c, j))
            return NULL;
    }
    return NULL;
}

/* Whether the noun of what is signed at token deed is right after token from, على between
 * or not (وقعت على اتفاقية), past a date and its commas (err62: أبرمت مدينة الملك عبدالعزيز
 * للعلوم والتقنية، اليوم، مذكرتي تفاهم). */
static int deed_next(sent_ctx *c, size_t from, size_t deed)
{
    while (from < deed && (ev_comma(c, from) || ev_in_date(c, from)))
        from++;
    return deed == from || (deed == from + 1 && word_value(c, from, EK_ABOUT) == ABOUT_TO);
}

/* The subject before the verb at token i past قد (وكان الاتحاد قد وقع): a name ending at
 * i - 1 after قد, كان within WAS_BACK words before it; NULL if none. */
static const rasd_entity *subject_was(sent_ctx *c, const kind_info *ki, size_t i)
{
    const rasd_entity *e = NULL;
    int v;
    size_t n;
    if (i < c->t0 + 2 || !word_kind(c, i - 1, 0, EK_AUX))
        return NULL;           /* قد */
    for (size_t q = 0; q < c->ne; q++)
        if (c->en[q].tok_end == i - 1 && c->en[q].tok_start >= c->t0)
            e = &c->en[q];
    if (!e || !e->id || !e->id[0] || is_loc(e) || !ev_can_act(c, ki, e, NULL, NULL, 1))
        return NULL;
    for (size_t k = e->tok_start; k > c->t0 && k + WAS_BACK >= e->tok_start; k--) {
        if (ev_word_is(c->s, k - 1, 1, EK_ARRIVAL, &v, &n) && n == 1 && v == ARR_WAS)
            return e;
        if (!ev_is_word(&c->s->t[k - 1]) || ev_clause_end(c, k - 1))
            break;
    }
    return NULL;
}

/* Whether the sentence starting at byte s has a signing whose word is at byte b. */
static int told(const struct ev_doc *x, uint32_t s, uint32_t b)
{
    for (size_t k = 0; k < x->nevents; k++)
        if (x->events[k].start == s && x->events[k].trigger_start == b &&
            strcmp(x->events[k].type, "sign") == 0)
            return 1;
    return 0;
}

/* Whether the word before token i makes the verb no signing: a negation, ما. */
static int refused(sent_ctx *c, size_t i)
{
    int v;
    size_t n;
    return i > c->t0 && ((ev_word_is(c->s, i - 1, 1, EK_NEGATION, &v, &n) && n == 1 &&
                          v == 0) ||
                         (ev_word_is(c->s, i - 1, 1, EK_SIGNING, &v, &n) && v == SG_WHAT));
}

rasd_status ev_signing_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                          int future)
{
    const kind_info *ki = ev_kind_info(EK_SIGN);
    const rasd_entity *a, *b = NULL, *place;
    size_t from, deed;
    if (!ki || told(x, s, c->s->t[i].start) || refused(c, i) || ev_denied(c->s, c->t0, i) ||
        ev_question(c))
        return RASD_OK;
    place = ev_place_at(c, i, EK_SIGN);
    if ((a = ev_subject_after(c, ki, i + 1, place, NULL)) != NULL && a->tok_start > i)
        from = a->tok_end;
    else if ((a = subject_was(c, ki, i)) != NULL)
        from = i + 1;
    else
        return RASD_OK;
    if ((b = ev_object_of(c, ki, from, a, place, NULL, J_MA3 | J_WA)) == NULL &&
        word_value(c, from, EK_WITH) == WITH_MA3)
        b = party_with(c, ki, from);   /* وقع نادي الاتحاد مع صانع الألعاب الأرجنتيني ماكسي
                                          موراليز */
    deed = deed_after(c, i, from);
    if (b && (b == a || (b->id && a->id && b->id[0] && strcmp(a->id, b->id) == 0)))
        return RASD_OK;
    if (b ? !deed && strcmp(b->type, "PER") != 0 : !deed || !deed_next(c, from, deed))
        return RASD_OK;        /* وقع X مع Y: Y a person (a player), else a deed named */
    if (!b && (b = party_with(c, ki, deed + 1)) == NULL)   /* وقعت إدارة الطائي عقدا
                                                              احترافيا مع اللاعب البرازيلي … */
        b = ev_object_of(c, ki, deed + 1, a, place, NULL, J_MA3);   /* عقدا مع المدرب الصربي
                                                                       «رادو سلاف» */
    if (b && (b == a || (b->id && a->id && b->id[0] && strcmp(a->id, b->id) == 0)))
        b = NULL;
    return ev_party_event(c, x, ki, s, e, i, 1, a, b, place, future);
}

