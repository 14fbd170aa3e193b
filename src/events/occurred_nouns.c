/* occurred_nouns.c — events told by a noun that a verb of occurring carries, their sides after
 * بين (issue 16, branch support47; docs/EVENTS.md "Issue 16: event nouns after a support
 * verb").
 *
 * A light verb of occurring (data/events.tsv "aguard" occur_verb: اندلعت، دارت، جرت، وقعت،
 * حصل، نشبت) says that what its noun names took place; the noun's sides follow بين, joined by
 * و (اندلعت مواجهات بين رجال القبائل وميليشيات الحوثي؛ دارت اشتباكات عنيفة بين قوات النظام
 * وتنظيم داعش؛ اجتماعات جرت بين مصلحة الجمارك وممثلين عن …؛ حصل تراشق بين X وY). The verb
 * stands right before the noun (a date or عدة between) or right after it (اجتماعات جرت
 * بين); the noun (aguard occur_fight: مواجهات، اشتباكات، معارك; occur_meet: اتصالات، مباحثات،
 * اجتماعات; occur_blame: تراشق) gives the kind. بين comes at most BACK words after the noun (its
 * adjectives, the verb, a place). Each side is a name (its titles before it), a group of
 * groups.c, a head of "aguard" side_head with its words (رجال القبائل) or a title; two sides at
 * least, and they differ. Status occurred (the verbs are past); not when negated, denied,
 * asked, planned, or when the sentence holds an event of the kind already. Place and date as
 * the layer's. */
#include "events/occurred_nouns.h"
#include "events/letters.h"
#include "entities/ent.h"

#include <string.h>

enum { BACK = 5,               /* words between the noun and بين (اشتباكات عنيفة، its verb,
                                  a place: اجتماع جرى في القاهرة بين) */
       VERB_GAP = 2,           /* words between the verb and the noun after it (أمس، عدة) */
       PARTY_LEAD = 4,         /* titles before a side's name (بين الرئيس الأمريكي باراك …) */
       NEG_BACK = 2,           /* a negation this many words before the verb */
       SIDE_WORDS = 3 };       /* words of a side given by its head (رجال القبائل اليمنية) */

/* Whether token k is a word of "negation" (لم، لا) or ولم، ولا. */
static int negation(sent_ctx *c, size_t k)
{
    static const char *const wneg[2] = {"\xd9\x88\xd9\x84\xd9\x85", "\xd9\x88\xd9\x84\xd8\xa7"};
    const rasd_token *t = &c->s->t[k];
    int v;
    size_t n;
    if (ev_word_is(c->s, k, 1, EK_NEGATION, &v, &n) && v == 0)
        return 1;
    for (size_t w = 0; w < 2; w++)
        if (t->norm_len == strlen(wneg[w]) && memcmp(t->norm, wneg[w], t->norm_len) == 0)
            return 1;
    return 0;
}

/* The kind of the noun at token k (EK_FIGHT, EK_MEET, EK_CRITICIZE), or -1. A filter on its
 * last two letters first (the look-up costs more: بين is frequent; bench/extract_cost.sh):
 * the nouns end in …ات، …اع، …اك، …رك، …شق or …نة (ه normalised); a noun of other letters
 * must be added here. One look-up then, its lists read off the word. */
static int noun_kind(sent_ctx *c, size_t k)
{
    const rasd_token *t = &c->s->t[k];
    const unsigned char *w = (const unsigned char *)t->norm;
    size_t n = t->norm_len, m = 0;
    unsigned last, pen;
    const ev_word *word;
    if (!ev_is_word(t) || n < LETTERS(5))
        return -1;
    last = (unsigned)w[n - 2] << 8 | w[n - 1], pen = (unsigned)w[n - 4] << 8 | w[n - 3];
    if (!(pen == 0xd8a7 ? last == 0xd8aa || last == 0xd8b9 || last == 0xd983   /* …ات …اع …اك */
                        : (pen == 0xd8b1 && last == 0xd983) ||                  /* …رك */
                          (pen == 0xd8b4 && last == 0xd982) ||                  /* …شق */
                          (pen == 0xd986 && last == 0xd987)))                   /* …نه */
        return -1;
    if ((word = ev_lookup(c->s, k, 0, EK_AGUARD, &m)) == NULL || m != 1)
        return -1;
    if ((word->aguards[AG_OCCUR_FIGHT >> 6] >> (AG_OCCUR_FIGHT & 63)) & 1)
        return EK_FIGHT;
    if ((word->aguards[AG_OCCUR_MEET >> 6] >> (AG_OCCUR_MEET & 63)) & 1)
        return EK_MEET;
    if ((word->aguards[AG_OCCUR_BLAME >> 6] >> (AG_OCCUR_BLAME & 63)) & 1)
        return EK_CRITICIZE;
    return -1;
}

/* The verb of occurring that carries the noun at token i: right after it, or before it with
 * at most VERB_GAP words between (a date, عدة), in its clause; SIZE_MAX if none. */
static size_t verb_of(sent_ctx *c, size_t i, size_t b)
{
    if (i + 1 < b && ev_aguard_word(c, i + 1, AG_OCCUR_VERB))
        return i + 1;          /* اجتماعات جرت بين */
    for (size_t k = i; k > c->t0 && k + VERB_GAP + 1 > i; k--) {
        size_t j = k - 1;
        if (!ev_is_word(&c->s->t[j]) || ev_comma(c, j) || ev_clause_end(c, j))
            return SIZE_MAX;
        if (ev_aguard_word(c, j, AG_OCCUR_VERB))
            return j;
        if (ev_clitic(c, j) != 0)
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* The noun before بين at token b: at most BACK words between (its adjectives, its verb, a
 * place: اجتماع جرى في القاهرة بين), none with و (another conjunct), no punctuation; its token
 * in *i and its kind returned, or -1. */
static int noun_before(sent_ctx *c, size_t b, size_t *i)
{
    for (size_t k = b; k > c->t0 && k + BACK + 1 > b; k--) {
        int kind = noun_kind(c, k - 1);
        if (kind >= 0)
            return *i = k - 1, kind;
        if (!ev_is_word(&c->s->t[k - 1]) || ev_clitic(c, k - 1) == CL_WA)
            return -1;
    }
    return -1;
}

/* A side given by a head of "aguard" side_head at token k (رجال القبائل، شبان فلسطينيين،
 * مسلحي جماعة الحوثي): the head and the words after it up to a word with و, a preposition,
 * a date, a place or punctuation, at most SIDE_WORDS words, a name after it taken whole. */
static const rasd_entity *side_desc(sent_ctx *c, size_t k)
{
    size_t b = k + 1;
    while (b < c->t1 && b < k + SIDE_WORDS && ev_is_word(&c->s->t[b]) && ev_clitic(c, b) == 0 &&
           !word_kind(c, b, 0, EK_PREP) && !ev_in_date(c, b)) {
        const rasd_entity *e = ev_first_entity(c, b, b + 1);
        if (e && is_loc(e))
            break;
        b = e ? e->tok_end : b + 1;
    }
    return ev_add_desc(c, "PER", k, b,
                       c->s->t[k].start + (ev_clitic(c, k) == CL_WA ? (uint32_t)LETTERS(1) : 0));
}

/* The side at token k of the list after بين (carrying و when wa): a name, titles or a group's
 * head before it only (مسلحي جماعة الحوثي), else a group of force, a body or people (شبان
 * فلسطينيين، أهالي الضحايا); NULL if none. */
static const rasd_entity *side_at(sent_ctx *c, size_t k, int wa)
{
    const rasd_entity *e, *g;
    enum { MASK = 1 << GROUP_FORCE | 1 << GROUP_BODY | 1 << GROUP_PEOPLE };
    for (size_t b = k; b < c->t1 && b < k + PARTY_LEAD; b++) {
        if (!ev_is_word(&c->s->t[b]) || ev_comma(c, b))
            break;
        if ((e = ev_first_entity(c, b, b + 1)) != NULL) {
            if (is_loc(e) && b == k)
                return NULL;   /* بين مصر والسودان: places, not sides */
            if (is_loc(e))
                break;         /* شبان فلسطينيين: an adjective of origin */
            if (b == k || ev_lead_span(c, k, b, wa))
                return e;
            break;             /* a group's head before the name: the group, to its end */
        }
    }
    if ((g = ev_group_at(c, k, MASK, wa ? CL_WA : 0)) != NULL)
        return g;
    if (ev_aguard_at(c, k, wa, AG_SIDE_HEAD, NULL) && (!wa || ev_clitic(c, k) == CL_WA))
        return side_desc(c, k);
    return ev_title_desc(c, k);
}

/* The sides after بين at token b, joined by و (a comma or من جهة before it), in p (at most
 * RASD_EVENT_ACTORS); their count, 0 when fewer than two or when two are one. */
static size_t sides_after(sent_ctx *c, size_t b, const rasd_entity **p)
{
    size_t np = 0, k = b + 1;
    while (np < RASD_EVENT_ACTORS && k < c->t1 && ev_is_word(&c->s->t[k])) {
        const rasd_entity *e = side_at(c, k, np > 0);
        if (!e || (np == 0 && ev_clitic(c, k) != 0) || (np > 0 && ev_clitic(c, k) != CL_WA))
            break;
        for (size_t q = 0; q < np; q++)
            if (p[q] == e || (e->id && e->id[0] && p[q]->id && strcmp(p[q]->id, e->id) == 0))
                return 0;
        p[np++] = e;
        k = e->tok_end;
        if (k + 1 < c->t1 && ev_comma(c, k) && ev_clitic(c, k + 1) == CL_WA)
            k++;               /* بين القوات الأمنية التركية، وعناصر منظمة */
        if (k >= c->t1 || ev_clitic(c, k) != CL_WA)
            break;
    }
    return np >= 2 ? np : 0;
}

/* Whether the verb at token j (its noun at i) is negated, denied, asked or planned. */
static int unreal(sent_ctx *c, size_t j, size_t i)
{
    size_t v = j < i ? j : i;
    for (size_t k = v; k > c->t0 && k + NEG_BACK > v; k--)
        if (negation(c, k - 1))
            return 1;
    return ev_denied(c->s, c->t0, v) || ev_question(c) ||
           ev_planned_by_words(c->s, c->t0, c->t1, v, 1, 0);
}

static rasd_status support_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t b)
{
    const rasd_entity *p[RASD_EVENT_ACTORS];
    const kind_info *ki;
    rasd_event ev;
    size_t i, j, np;
    int kind = noun_before(c, b, &i);
    if (kind < 0 || (ki = ev_kind_info(kind)) == NULL || (j = verb_of(c, i, b)) == SIZE_MAX ||
        unreal(c, j, i) || ev_told_at(x, s, ki->type, s, e) || (np = sides_after(c, b, p)) == 0)
        return RASD_OK;
    ev_event_begin(&ev, c, ki, s, e, i, i, NULL);
    for (size_t q = 0; q < np; q++)
        ev_append_actor(&ev, p[q]);
    ev_event_date(c->doc, s, e, 0, ev_content_start(c, ki, p[np - 1]->tok_end), &ev);
    return ev_add_event(x, i, ev_place_at(c, i, kind), &ev);
}

/* The tokens are walked by pointer, their length read first: every sentence is walked, and
 * an indexed walk through c cost about thirteen instructions a token (bench/extract_cost.sh,
 * callgrind), this one about half. */
rasd_status ev_occurred_nouns(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e)
{
    static const char bayna[] = "\xd8\xa8\xd9\x8a\xd9\x86";   /* بين */
    const rasd_token *t0 = c->s->t, *t, *end;
    rasd_status rc = RASD_OK;
    if (c->t1 < c->t0 + 3)
        return RASD_OK;
    for (t = t0 + c->t0 + 2, end = t0 + c->t1; t < end; t++)
        if (t->norm_len == sizeof bayna - 1 && memcmp(t->norm, bayna, sizeof bayna - 1) == 0 &&
            (rc = support_at(c, x, s, e, (size_t)(t - t0))) != RASD_OK)
            break;
    return rc;
}
