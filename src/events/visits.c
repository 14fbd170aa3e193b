/* visits.c — arrivals told with their subject first, and receptions beside a visit (issue 16,
 * branch events32; docs/EVENTS.md "Issue 16: visits and receptions the rules miss").
 *
 * Two forms the rules refuse on the recall set:
 *   - an arrival in the pluperfect, its subject between كان and قد (وكان سمو الأمير متعب بن
 *     عبدالله قد وصل اليوم إلى مطار عرعر): the rules read a verb's subject after it, or right
 *     before it, never past قد. data/events.tsv "arrival" 1 (قد وصل، قد وصلت، قد زار) after
 *     a person named right after "arrival" 2 (كان، كانت, an honorific between) is a visit of
 *     that person, occurred, when the sentence names its place (as the rules' visit of one
 *     actor);
 *   - the protocol formula of a reception (كان في استقبال(ه) …, data/events.tsv host 17) in a
 *     sentence whose visit is already an event: the rules give one event a sentence, and the
 *     visit takes it (كما قام الأمير … بزيارة لمركز قرية آل شريم وكان في استقبال سموه الشيخ
 *     فداع بن شريم). The host is read as the rules read it (forms.c ev_reception), the guest
 *     is the visitor of that visit when the formula says "him" (استقباله).
 * Each event is added beside the sentence's others; one told again is folded by
 * ev_add_event. Guards as the rules': a denial, a question, a word of plan (planned). */
#include "events/visits.h"
#include "events/signings.h"
#include "events/signing_nouns.h"

#include <string.h>

/* data/events.tsv "arrival" values. */
enum { ARR_WAS = 2,            /* كان، كانت (with و) */
       ARR_PAST = 3,           /* وصل، هبط: an arrival, its subject after it or before قد */
       ARR_COMING = 4,         /* يصل، سيصل، يتوجه: one to come (planned) */
       ARR_VISITED = 5,        /* زار، زارت: a visit, read here only before قد */
       ARR_RECEPTION = 6,      /* كان في استقبال(ه): host 17's formula */
       ARR_NOUN = 7,           /* زيارة (no proclitic): visit 5 */
       ARR_SIGNED = 8,         /* وقع، وقعت: signings.c */
       ARR_WILL_SIGN = 9,      /* سيوقع: signings.c, planned */
       ARR_DEAL53_FIRST = 10,  /* توقيع، الموقع، وقعتها، التوصل: signing_nouns.c (10 to 13) */
       ARR_DEAL53_LAST = 13 };
enum { VISIT_DID = 8 };        /* data/events.tsv visit 8: قام (بزيارة), no visit alone */
enum { WAS_BACK = 3,           /* words between كان and the name (سمو، الأمير، معالي) */
       SITE_BACK = 3,          /* a date's words between the verb and إلى */
       HOST_REACH = 8,         /* a host's titles after كان في استقباله */
       TITLE_RUN = 16,         /* a subject's titles and a date between it and إلى/في */
       NOUN_LEAD = 6 };        /* titles between زيارة and its visitor's name */

/* Whether token k is "arrival" 2, كان or كانت, its و allowed. */
static int was_at(sent_ctx *c, size_t k)
{
    int v;
    size_t n;
    return ev_word_is(c->s, k, 1, EK_ARRIVAL, &v, &n) && n == 1 && v == ARR_WAS;
}

/* The person named right before token i (its last word at i - 1), after كان within
 * WAS_BACK words (honorifics and titles between), or NULL. */
static const rasd_entity *subject_before(sent_ctx *c, const kind_info *ki, size_t i)
{
    const rasd_entity *e = NULL;
    for (size_t q = 0; q < c->ne; q++)
        if (c->en[q].tok_end == i && c->en[q].tok_start >= c->t0)
            e = &c->en[q];
    if (!e || strcmp(e->type, "PER") != 0 || !e->id || !e->id[0] ||
        !ev_can_act(c, ki, e, NULL, NULL, 1))
        return NULL;
    for (size_t k = e->tok_start; k > c->t0 && k + WAS_BACK >= e->tok_start; k--) {
        if (was_at(c, k - 1))
            return e;
        if (!ev_is_word(&c->s->t[k - 1]) || ev_clause_end(c, k - 1))
            break;
    }
    return NULL;
}

/* Whether إلى and a place's noun or a building (data/events.tsv "place" 4, "facility": مطار،
 * مقر، مدينة) follow token k, a date or time between (قد وصل اليوم إلى مطار عرعر): a place
 * the recogniser did not name. */
static int site_after(sent_ctx *c, size_t k)
{
    int v;
    size_t n, k0 = k;
    while (k < c->t1 && k < k0 + SITE_BACK && ev_in_date(c, k))
        k++;
    if (k + 1 >= c->t1 || word_value(c, k, EK_PLACE) != PLACE_TO)
        return 0;
    return (ev_word_is(c->s, k + 1, 0, EK_PLACE, &v, &n) && n == 1 && v == PLACE_NOUN) ||
           word_kind(c, k + 1, 0, EK_FACILITY);
}

rasd_status ev_party_event(sent_ctx *c, struct ev_doc *x, const kind_info *ki, uint32_t s,
                           uint32_t e, size_t i, size_t n, const rasd_entity *a,
                           const rasd_entity *b, const rasd_entity *place, int future)
{
    rasd_event ev;
    int plan = future || ev_planned_by_words(c->s, c->t0, c->t1, i, n, 0);
    ev_event_begin(&ev, c, ki, s, e, i, i + n - 1, place);
    ev_append_actor(&ev, a);
    if (b)
        ev_append_actor(&ev, b);
    ev_event_date(c->doc, s, e, plan, ev_content_start(c, ki, i + n), &ev);
    ev.planned |= plan;
    return ev_add_event(x, i, place, &ev);
}

/* The visit of the arrival at tokens [i, i + n) (قد وصل), if its form holds. */
static rasd_status arrival_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                              size_t n)
{
    const kind_info *ki = ev_kind_info(EK_VISIT);
    const rasd_entity *a, *place;
    if (!ki || (a = subject_before(c, ki, i)) == NULL || ev_denied(c->s, c->t0, i) ||
        ev_question(c))
        return RASD_OK;
    if ((place = ev_place_at(c, i + n - 1, EK_VISIT)) != NULL && place->tok_start < i + n)
        place = NULL;
    if (!place && !site_after(c, i + n))
        return RASD_OK;        /* a visit of one actor needs its place, after the verb */
    return ev_party_event(c, x, ki, s, e, i, n, a, NULL, place, 0);
}

/* The guest a reception's "him" stands for: the entity the sentence names before token i
 * with the id of the first actor of its last visit before that token; with no such event
 * (a visit told again is folded into the article's first), the one person the sentence
 * names before it; else NULL. */
static const rasd_entity *visitor(sent_ctx *c, const struct ev_doc *x, uint32_t s, size_t i)
{
    const rasd_event *last = NULL;
    uint32_t at = c->s->t[i].start;
    for (size_t k = 0; k < x->nevents; k++) {
        const rasd_event *o = &x->events[k];
        if (o->start == s && o->trigger_start < at && strcmp(o->type, "visit") == 0 &&
            o->nactors > 0)
            last = o;
    }
    const rasd_entity *one = NULL;
    for (size_t q = 0; q < c->ne && c->en[q].tok_start < i; q++) {
        const rasd_entity *en = &c->en[q];
        if (en->tok_start < c->t0 || strcmp(en->type, "PER") != 0)
            continue;
        if (last && last->actor_id[0] && strcmp(en->id, last->actor_id[0]) == 0)
            return en;
        if (one && strcmp(one->id, en->id) != 0)
            return NULL;       /* two named: whom "him" means is not told */
        one = en;
    }
    return last ? NULL : one;  /* a visit told again (folded): the one person named */
}

/* Whether an event of type t has its word at byte b in the sentence starting at byte s. */
static int told(const struct ev_doc *x, uint32_t s, uint32_t b, const char *t)
{
    for (size_t k = 0; k < x->nevents; k++)
        if (x->events[k].start == s && x->events[k].trigger_start == b &&
            strcmp(x->events[k].type, t) == 0)
            return 1;
    return 0;
}

/* The place of a journey past its subject's titles: a place named after إلى or في (a place's
 * noun between: إلى مدينة) within TITLE_RUN tokens of token k, only words and brackets
 * between, no other person; NULL if none (ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء
 * وزير الدفاع غدا الثلاثاء إلى المملكة الأردنية الهاشمية). */
static const rasd_entity *far_place(sent_ctx *c, size_t k)
{
    for (size_t j = k; j < c->t1 && j < k + TITLE_RUN; j++) {
        const rasd_entity *e = ev_first_entity(c, j, j + 1);
        int v = word_value(c, j, EK_PLACE);
        if (e && e->tok_start == j && strcmp(e->type, "PER") == 0)
            return NULL;
        if (c->s->t[j].kind == RASD_TOK_PUNCT && !ev_punct(c->s, j, "()"))
            return NULL;
        if ((v == PLACE_TO || v == PLACE_IN) && j == k)
            return NULL;       /* right after its subject: the rules' reading */
        if (v == PLACE_TO || v == PLACE_IN) {
            size_t q = j + 1;
            if (q < c->t1 && word_value(c, q, EK_PLACE) == PLACE_NOUN)
                q++;           /* إلى مدينة جدة */
            e = q < c->t1 ? ev_first_entity(c, q, q + 1) : NULL;
            return e && e->tok_start == q && is_loc(e) ? e : NULL;
        }
    }
    return NULL;
}

/* The visit of the journey verb at token i of value v (وصل، يتوجه) whose place stands past
 * its subject's titles, where the rules found none at this word; not negated, nor after أن
 * (قبل أن يصل لافروف إلى موسكو: a time, no journey told). */
static rasd_status journey_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                              int v)
{
    const kind_info *ki = ev_kind_info(EK_VISIT);
    const rasd_entity *a, *place;
    rasd_event ev;
    int plan;
    if (!ki || told(x, s, c->s->t[i].start, "visit") || ev_denied(c->s, c->t0, i) ||
        ev_question(c) || (i > c->t0 && (word_kind(c, i - 1, 0, EK_NEGATION) ||
                                          word_value(c, i - 1, EK_SUBJECT) == 0)) ||
        (a = ev_subject_after(c, ki, i + 1, NULL, NULL)) == NULL || a->tok_start <= i ||
        strcmp(a->type, "PER") != 0 || (place = far_place(c, a->tok_end)) == NULL)
        return RASD_OK;
    ev_event_begin(&ev, c, ki, s, e, i, i, place);
    ev_append_actor(&ev, a);
    plan = v == ARR_COMING || ev_planned_by_words(c->s, c->t0, c->t1, i, 1, 0);
    ev_event_date(c->doc, s, e, plan, ev_content_start(c, ki, i + 1), &ev);
    ev.planned |= plan;
    return ev_add_event(x, i, place, &ev);
}

/* The visit named by its noun (زيارة، data/events.tsv visit 5) with its visitor's name as
 * genitive, titles first, and the place right after it with لـ (زيارة رئيس الوزراء بحاح
 * لعدن): the rules read لـ only right after the noun (زيارته لقطر). */
static rasd_status noun_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i)
{
    const kind_info *ki = ev_kind_info(EK_VISIT);
    const rasd_entity *a = NULL, *place;
    size_t k = i + 1;
    for (; k < c->t1 && k <= i + NOUN_LEAD && !a; k++) {
        const rasd_entity *q = ev_first_entity(c, k, k + 1);
        if (q && q->tok_start == k)
            a = q;
        else if (!ev_is_word(&c->s->t[k]))
            return RASD_OK;
    }
    if (!ki || !a || strcmp(a->type, "PER") != 0 || a->tok_end >= c->t1 ||
        !ev_lead_span(c, i + 1, a->tok_start, 0) || ev_clitic(c, a->tok_end) != CL_LAM ||
        (place = ev_first_entity(c, a->tok_end, a->tok_end + 1)) == NULL ||
        place->tok_start != a->tok_end || !is_loc(place) || told(x, s, c->s->t[i].start, "visit") ||
        ev_denied(c->s, c->t0, i) || ev_question(c))
        return RASD_OK;
    return ev_party_event(c, x, ki, s, e, i, 1, a, NULL, place, 0);
}

/* Whether the sentence holds a visit before token i: an event of the article whose word is
 * there (a visit told again is folded into the first, its word elsewhere: كما قام الأمير …
 * بزيارة لمركز قرية آل شريم بمحافظة رفحاء), or a word of visit (بزيارة، وصل). */
static int visit_before(sent_ctx *c, const struct ev_doc *x, uint32_t s, size_t i)
{
    uint32_t b = c->s->t[i].start;
    int v;
    size_t n;
    for (size_t k = 0; k < x->nevents; k++)
        if (x->events[k].start == s && x->events[k].trigger_start < b &&
            strcmp(x->events[k].type, "visit") == 0)
            return 1;
    for (size_t k = c->t0; k < i; k++)
        if (ev_event_start(c->s, k) && ev_word_is(c->s, k, 1, EK_VISIT, &v, &n) && k + n <= i &&
            v != VISIT_DID)
            return 1;
    return 0;
}

/* The host after a reception's "him" (كان في استقباله) at token k when the rules' reading
 * finds none: the first person named within HOST_REACH words, titles only between, no
 * punctuation and no word with و (وكيل إمارة منطقة الحدود الشمالية صالح بن عبد الكريم
 * المحيميد); not the guest g. */
static const rasd_entity *titled_host(sent_ctx *c, size_t k, const rasd_entity *g)
{
    const rasd_token *w = &c->s->t[k - 1];
    if (w->norm_len < 2 || memcmp(w->norm + w->norm_len - 2, "\xd9\x87", 2) != 0)
        return NULL;           /* استقبال سموه: the rules' reading or none */
    for (size_t j = k; j < c->t1 && j < k + HOST_REACH; j++) {
        const rasd_entity *e = ev_first_entity(c, j, j + 1);
        if (e && e->tok_start == j)
            return strcmp(e->type, "PER") == 0 && strcmp(e->id, g->id) != 0 && j > k ? e
                                                                                   : NULL;
        if (!ev_is_word(&c->s->t[j]) || ev_clitic(c, j) == CL_WA || ev_in_date(c, j) ||
            word_kind(c, j, 0, EK_PREP))
            return NULL;
    }
    return NULL;
}

/* The hosting of the reception formula at tokens [i, i + n), in a sentence with a visit
 * before it, if the rules' reading of it finds a host and a guest. */
static rasd_status reception_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e,
                                size_t i, size_t n)
{
    const kind_info *ki = ev_kind_info(EK_HOST);
    const rasd_entity *h, *g = NULL, *place;
    uint32_t b = c->s->t[i].start;
    if (!ki || !visit_before(c, x, s, i) || told(x, s, b, "host") ||
        ev_denied(c->s, c->t0, i) || ev_question(c))
        return RASD_OK;
    place = ev_place_at(c, i, EK_HOST);
    if ((h = ev_reception(c, ki, i, n, visitor(c, x, s, i), place, NULL, &g)) == NULL &&
        (g = visitor(c, x, s, i)) != NULL)
        h = titled_host(c, i + n, g);
    if (!h || !g)
        return RASD_OK;
    return ev_party_event(c, x, ki, s, e, i, n, h, g, place, 0);
}

rasd_status ev_visits(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e)
{
    rasd_status rc = RASD_OK;
    for (size_t i = c->t0, n = 1; i < c->t1 && !rc; i += n) {
        int v;
        n = 1;
        if ((i = ev_next_event_start(c->s, i, c->t1)) >= c->t1)
            break;             /* cost53: the tokens that start no event's phrase skipped */
        if (!ev_word_is(c->s, i, 1, EK_ARRIVAL, &v, &n) ||
            i + n > c->t1) {   /* one lookup a word: every form's words are "arrival" rows */
            n = 1;
            continue;
        }
        size_t whole;
        if (c->s->cut > 0 && ev_lookup(c->s, i, 0, EK_TNOT, &whole) != NULL) {
            n = 1;             /* "tnot" past a proclitic: فيصل is a name, not ف + يصل */
            continue;
        }
        if (v == ARR_RECEPTION) {
            rc = reception_at(c, x, s, e, i, n);
            continue;
        }
        if (n != 1)
            continue;
        if (v == ARR_SIGNED || v == ARR_WILL_SIGN)
            rc = ev_signing_at(c, x, s, e, i, v == ARR_WILL_SIGN);
        else if (v >= ARR_DEAL53_FIRST && v <= ARR_DEAL53_LAST)
            rc = ev_signing_noun_at(c, x, s, e, i, v); /* توقيع، الموقع، التوصل (signing_nouns.c) */
        else if (v == ARR_NOUN && ev_word_is(c->s, i, 0, EK_ARRIVAL, &v, &n) && n == 1)
            rc = noun_at(c, x, s, e, i);   /* زيارة, not بزيارة (قام … بزيارة: the rules') */
        else if (v == ARR_PAST || v == ARR_VISITED || v == ARR_COMING) {
            if (i > c->t0 && v != ARR_COMING && word_kind(c, i - 1, 0, EK_AUX))
                rc = arrival_at(c, x, s, e, i - 1, 2);     /* قد وصل */
            else if (v != ARR_VISITED)
                rc = journey_at(c, x, s, e, i, v);
        }
        n = 1;
    }
    return rc;
}
