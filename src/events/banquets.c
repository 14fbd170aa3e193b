/* banquets.c — a reception told by a banquet given for a guest or by a celebration of a guest
 * (issue 16, branch meet54, stop 46; docs/EVENTS.md "Issue 16: banquets and celebrations of a
 * guest (branch meet54, stop 46)").
 *
 * The rules read hosting by استقبل and its nouns; the press tells it also by the meal given
 * for the guest or by the host "celebrating" the guest (the read parts' host misses of
 * unseen3, unseen6, unseen16; bench/meet54/classes.md):
 *   وأقام معالي وزير الخارجية بدولة قطر الدكتور خالد بن محمد العطية مأدبة عشاء تكريما لمعالي …
 *   احتفى سفير المملكة لدى الدنمارك محمد العقيل أول من أمس ببعثة المنتخب السعودي للسهام
 * Forms (data/events.tsv "encounter" 80–84, block meet54):
 *   - أقام (80) + its subject, a person named after it past titles (ev_subject_after), then
 *     only a date or time, then مأدبة (82) and at most one word (غداء، عشاء), then تكريما or
 *     على شرف (83) or nothing, then the guest on a word with لـ: a person named past titles;
 *   - احتفى/احتفت (81) + its subject (a person or a body named after it), then within
 *     GUEST_GAP words a date, a comma, a place phrase (في النمسا) or nothing else, then the guest on a
 *     word with بـ: a person named past titles, or a delegation's noun (84: بعثة، وفد، فريق)
 *     with its genitive (ببعثة المنتخب السعودي للسهام، بالبعثة الهلالية).
 * A hosting of the subject and the guest, the two different, no guest in the public sense
 * (احتفى الناس بالعيد: no person nor delegation after بـ). Not denied or asked; planned by
 * the words of plan (ev_party_event). Hook: encounter.c's walk, beside meet51's notes; it
 * assumes nothing of the walk's other forms (a hosting is no meeting; one told twice in the
 * article is folded by ev_add_event). */
#include "events/banquets.h"
#include "events/visits.h"

#include <string.h>

enum { BANQUET = 82, HONOUR = 83, DELEGATION = 84, MISSION = 85 };   /* data/events.tsv "encounter" */
enum { DATE_WORDS = 4,         /* a date between the subject and مأدبة (مساء أمس) */
       GUEST_LEAD = 7,         /* titles between لـ and the guest's name (لسمو ولي ولي العهد
                                  الأمير) */
       GUEST_GAP = 8,          /* words between احتفى's subject and بـ (مساء أمس، في النمسا،
                                  أول من أمس) */
       DESC_WORDS = 3 };       /* a delegation's genitive (المنتخب السعودي للسهام) */

static const rasd_entity *name_after(sent_ctx *c, const rasd_entity *t);

/* The person named at token k or past titles after it (its first word with the proclitic
 * clitic), or NULL. */
static const rasd_entity *named_at(sent_ctx *c, size_t k, int clitic)
{
    if (k >= c->t1 || ev_clitic(c, k) != clitic)
        return NULL;
    for (size_t j = k; j < c->t1 && j <= k + GUEST_LEAD; j++) {
        const rasd_entity *e = ev_first_entity(c, j, j + 1);
        if (e && e->tok_start == j)
            return strcmp(e->type, "PER") == 0 && e->id && e->id[0] &&
                           (j == k || ev_lead_span(c, k, j, 1)) ? name_after(c, e) : NULL;
        if (!ev_is_word(&c->s->t[j]))
            return NULL;
    }
    return NULL;
}

/* The description at token k whose head is "encounter" v with the proclitic clitic (a
 * delegation: ببعثة المنتخب السعودي للسهام; a mission: السفارة السعودية), its genitive or
 * adjectives up to DESC_WORDS words, or NULL. */
static const rasd_entity *desc_at(sent_ctx *c, size_t k, int clitic, int v)
{
    size_t b = k + 1, n;
    int w;
    if (k >= c->t1 || ev_clitic(c, k) != clitic ||
        !ev_word_is(c->s, k, clitic != 0, EK_ENCOUNTER, &w, &n) || w != v || n != 1)
        return NULL;
    while (b < c->t1 && b < k + 1 + DESC_WORDS && ev_is_word(&c->s->t[b]) &&
           ev_clitic(c, b) != CL_WA && ev_clitic(c, b) != CL_BI && !ev_in_date(c, b) &&
           !word_kind(c, b, 0, EK_PREP) && !word_kind(c, b, 0, EK_PLACE) &&
           !word_kind(c, b, 0, EK_RELATIVE))
        b++;
    return ev_add_desc(c, "ORG", k, b, c->s->t[k].start + (clitic ? 2 : 0));  /* past ب */
}

/* The person named after the title mention t, past titles only (سفير المملكة لدى الدنمارك
 * محمد العقيل), else t. */
static const rasd_entity *name_after(sent_ctx *c, const rasd_entity *t)
{
    for (size_t j = t->tok_end; j < c->t1 && j <= t->tok_end + GUEST_LEAD; j++) {
        const rasd_entity *e = ev_first_entity(c, j, j + 1);
        if (e && e->tok_start == j && is_loc(e)) {
            j = e->tok_end - 1;        /* وزير الخارجية بدولة قطر الدكتور خالد العطية */
            continue;
        }
        if (e && e->tok_start == j)
            return strcmp(e->type, "PER") == 0 && e->id && e->id[0] &&
                           (j == t->tok_end || ev_lead_span(c, t->tok_end, j, 1)) ? e : t;
        if (!ev_is_word(&c->s->t[j]) || ev_clitic(c, j) == CL_WA)
            return t;
    }
    return t;
}

/* The subject of the verb at [i, i + n): a person named after it (past a title mention),
 * or, when bodies is set, a body named there or a mission's description (احتفت السفارة
 * السعودية). */
static const rasd_entity *subject_at(sent_ctx *c, const kind_info *ki, size_t i, size_t n,
                                     int bodies)
{
    const rasd_entity *e;
    if (bodies && i + n < c->t1 && (e = desc_at(c, i + n, 0, MISSION)) != NULL)
        return e;              /* سفارة خادم الحرمين الشريفين: the mission, not its genitive */
    if ((e = ev_subject_after(c, ki, i + n, NULL, NULL)) != NULL && strcmp(e->type, "PER") == 0)
        return name_after(c, e);
    if (i + n >= c->t1)
        return NULL;
    e = ev_first_entity(c, i + n, i + n + 1);
    if (e && e->tok_start == i + n && strcmp(e->type, "PER") == 0 && e->id && e->id[0])
        return name_after(c, e);       /* a title the subject rule leaves */
    for (size_t j = i + n + 1; !e && ev_clitic(c, i + n) == 0 && j < c->t1 && j <= i + n + GUEST_LEAD; j++) {
        const rasd_entity *p = ev_first_entity(c, j, j + 1);
        if (p && p->tok_start == j && is_loc(p))
            j = p->tok_end - 1;
        else if (p && p->tok_start == j)
            return strcmp(p->type, "PER") == 0 && p->id && p->id[0] ? p : NULL;
        else if (!ev_is_word(&c->s->t[j]) || ev_clitic(c, j) != 0 || ev_in_date(c, j))
            break;             /* سفير المملكة لدى الدنمارك محمد العقيل: a title no
                                  mention holds, then the name */
    }
    if (!bodies)
        return NULL;
    return e && e->tok_start == i + n && strcmp(e->type, "ORG") == 0 && e->id && e->id[0] ? e
                                                                                          : NULL;
}

/* The guest after أقام X: مأدبة [a word] [تكريما|على شرف] لـY. */
static const rasd_entity *banquet_guest(sent_ctx *c, size_t k)
{
    int v;
    size_t n;
    for (size_t d = 0; k < c->t1 && d < DATE_WORDS && ev_in_date(c, k); d++)
        k++;
    if (k >= c->t1 || !ev_word_is(c->s, k, 0, EK_ENCOUNTER, &v, &n) || v != BANQUET)
        return NULL;
    k += n;
    if (k < c->t1 && ev_is_word(&c->s->t[k]) && ev_clitic(c, k) == 0 &&
        !(ev_word_is(c->s, k, 0, EK_ENCOUNTER, &v, &n) && v == HONOUR))
        k++;                   /* غداء، عشاء */
    if (k < c->t1 && ev_word_is(c->s, k, 0, EK_ENCOUNTER, &v, &n) && v == HONOUR)
        k += n;                /* تكريما، على شرف */
    return named_at(c, k, CL_LAM);
}

/* The guest after احتفى X: within GUEST_GAP words, dates and a place phrase only, بـY. */
static const rasd_entity *feted_guest(sent_ctx *c, size_t k)
{
    for (size_t j = k; j < c->t1 && j < k + GUEST_GAP; j++) {
        const rasd_entity *e;
        if (ev_in_date(c, j) || ev_comma(c, j))
            continue;          /* محمد العقيل، مساء أمس، ببعثة */
        if (ev_clitic(c, j) == CL_BI && (e = ev_first_entity(c, j, j + 1)) != NULL &&
            e->tok_start == j && is_loc(e)) {
            j = e->tok_end - 1;  /* سفارة المملكة بالنمسا */
            continue;
        }
        if (ev_clitic(c, j) == CL_BI)
            return (e = named_at(c, j, CL_BI)) != NULL ? e : desc_at(c, j, CL_BI, DELEGATION);
        if (word_value(c, j, EK_PLACE) == PLACE_IN && j + 1 < c->t1 &&
            (e = ev_first_entity(c, j + 1, j + 2)) != NULL && e->tok_start == j + 1 &&
            is_loc(e)) {
            j = e->tok_end - 1;  /* في النمسا */
            continue;
        }
        return NULL;
    }
    return NULL;
}

rasd_status ev_banquet_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                          size_t n, int v)
{
    const kind_info *ki = ev_kind_info(EK_HOST);
    const rasd_entity *h, *g;
    if (!ki || !ev_banquet_verb(v) || (h = subject_at(c, ki, i, n, v == 81)) == NULL ||
        (g = v == 80 ? banquet_guest(c, h->tok_end) : feted_guest(c, h->tok_end)) == NULL ||
        g == h || (g->id && h->id && g->id[0] && strcmp(g->id, h->id) == 0) ||
        ev_denied(c->s, c->t0, i) || ev_question(c))
        return RASD_OK;
    return ev_party_event(c, x, ki, s, e, i, n, h, g, NULL, 0);
}
