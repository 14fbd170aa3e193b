/* events.c — what happened, who took part, where and when (ev.h, rasd.h).
 *
 * One event a sentence at most, precision first. A sentence reports an event when it holds a
 * phrase of data/events.tsv that no negation precedes (لم يلتق، قبل اجتماع، حضر الاجتماع)
 * and the named entities (rasd_recognize) stand where that phrase's form puts its actors: a
 * verb's subject within three words after it and its object within eight after that (التقى
 * أوباما بوتين، اتهمت باكستان الهند); a dual's two parties just before it (بوتين وكاميرون …
 * لقائهما); a noun's subject before it and its other party after (لافروف … لقائه … جونسون؛
 * بوتين … مؤتمر صحفي مشترك مع هولاند); "بين" nouns' two parties after them. Meetings, visits
 * and hosts are between people; for the other kinds organisations and countries act too. A
 * quote's speaker is the subject of a first-person verb in it (اتفقت مع الرئيس بوتين). Bare
 * nouns (لقاء، هجوم، زيارة) report nothing on their own: too often they name no event of the
 * sentence's actors. The place is a place after في, إلى or with ب (في موسكو، بموسكو), or a
 * venue after في or قمة (في الكرملين، قمة مجموعة العشرين), close to the phrase and in its
 * clause; the date is the sentence's first full date, else the article's (its publication
 * date, or the date it states), marked as such. Events of one article with the same CAMEO
 * root and actors are one (the place said closest to its phrase wins); their id (CAMEO root,
 * actor ids, date) is what links the reports of other articles.
 */
#include "events/ev.h"
#include "entities/ent.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PLACE_REACH 10         /* and where its place may (nor past a comma or a quote mark) */

typedef struct kind_info {
    int kind;
    const char *type, *cameo;
    int min_actors, max_actors;
    int people;                /* 2: people only (a meeting is between people); 1: the subject
                                  is a person or an organisation, the object anything (قصف
                                  التحالف عدن); 0: people, organisations, countries */
} kind_info;

static const kind_info kinds[] = {
    {EK_MEET, "meet", "040", 2, 2, 2},         {EK_VISIT, "visit", "042", 1, 2, 2},
    {EK_HOST, "host", "043", 2, 2, 2},         {EK_AGREE, "agree", "030", 2, 2, 0},
    {EK_SIGN, "sign", "057", 2, 2, 0},         {EK_APPEAL, "appeal", "020", 1, 1, 1},
    {EK_CRITICIZE, "criticize", "111", 2, 2, 0}, {EK_ACCUSE, "accuse", "112", 2, 2, 0},
    {EK_THREATEN, "threaten", "130", 2, 2, 0}, {EK_ASSAULT, "assault", "180", 1, 2, 1},
    {EK_FIGHT, "fight", "190", 1, 2, 1},
};

typedef struct sent_ctx {
    ev_scan *s;
    const rasd_doc *doc;
    const rasd_entity *en;
    size_t ne;
    size_t t0, t1;             /* the sentence's tokens */
} sent_ctx;

/* The reporting word in tokens [t0, t1) from token *i on: its kind, its tokens in *n, its
 * form (enum form) in *form. */
static const kind_info *trigger(sent_ctx *c, size_t *i, size_t *n, int *form)
{
    for (; *i < c->t1; (*i)++) {
        size_t neg;
        const ev_word *w = ev_lookup(c->s, *i, 1, -1, n);
        if (!w || *i + *n > c->t1)
            continue;
        for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
            if (w->kinds & ((uint64_t)1 << kinds[k].kind)) {
                if (*i > c->t0 && ev_word_is(c->s, *i - 1, 1, EK_NEGATION, NULL, &neg))
                    break;
                *form = w->val[kinds[k].kind];
                return &kinds[k];
            }
    }
    return NULL;
}

/* The quote whose span holds byte b, or NULL. */
static const rasd_quote *quote_at(const rasd_doc *doc, uint32_t b)
{
    size_t n;
    const rasd_quote *q = rasd_doc_quotes(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (q[i].start <= b && b < q[i].end)
            return &q[i];
    return NULL;
}

static int is_loc(const rasd_entity *e)
{
    return strcmp(e->type, "LOC") == 0;
}

static int word_is_norm(const rasd_token *t, const char *w)
{
    return t->norm_len == strlen(w) && memcmp(t->norm, w, t->norm_len) == 0;
}

/* Whether a comma or a quote mark lies in tokens [a, b). */
static int broken(const sent_ctx *c, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        const rasd_token *t = &c->s->t[i];
        if (t->kind == RASD_TOK_PUNCT && !ev_punct(c->s, i, "()"))
            return 1;
    }
    return 0;
}

/* The place: a LOC after في/إلى or carrying ب, or a venue (an organisation after في or قمة:
 * في الكرملين، قمة مجموعة العشرين), within PLACE_REACH tokens after the reporting word (else
 * within four before it), with no comma or quote mark between. */
static const rasd_entity *place_of(sent_ctx *c, size_t at)
{
    const rasd_entity *best = NULL;
    const rasd_token *t = c->s->t;
    for (size_t k = 0; k < c->ne; k++) {
        const rasd_entity *e = &c->en[k];
        size_t i = e->tok_start;
        int marked;
        if (i < c->t0 || i >= c->t1 || (!is_loc(e) && strcmp(e->type, "ORG") != 0))
            continue;
        if (!is_loc(e)) {      /* a venue: في الكرملين، قمة مجموعة العشرين */
            if (i > c->t0 && (word_is_norm(&t[i - 1], "\xd9\x81\xd9\x8a") ||
                              word_is_norm(&t[i - 1], "\xd9\x82\xd9\x85\xd9\x87") ||
                              word_is_norm(&t[i - 1], "\xd8\xa7\xd9\x84\xd9\x82\xd9\x85\xd9\x87"))) {
                if (i >= at)
                    return i <= at + PLACE_REACH && !broken(c, at, i) ? e : best;
                best = i + 4 >= at && !broken(c, i, at) ? e : NULL;
            }
            continue;
        }
        marked = (i > c->t0 && t[i - 1].norm_len == 4 &&
                  memcmp(t[i - 1].norm, "\xd9\x81\xd9\x8a", 4) == 0) ||          /* في */
                 (i > c->t0 && t[i - 1].norm_len == 6 &&
                  memcmp(t[i - 1].norm, "\xd8\xa7\xd9\x84\xd9\x8a", 6) == 0) ||  /* الي */
                 (t[i].norm_len > 2 && memcmp(t[i].norm, "\xd8\xa8", 2) == 0 &&
                  ent_with_particle(c->doc, i));                               /* بموسكو */
        if (!marked)
            continue;
        if (i >= at)
            return i <= at + PLACE_REACH && !broken(c, at, i) ? e : best;
        best = i + 4 >= at && !broken(c, i, at) ? e : NULL;   /* or right before it */
    }
    return best;
}

enum form { F_NONE, F_VERB, F_DUAL, F_POSS, F_BETWEEN };

/* Whether entity e can be an actor (the subject when subj) of kind ki in this sentence and
 * quote. */
static int can_act(const sent_ctx *c, const kind_info *ki, const rasd_entity *e,
                   const rasd_entity *place, const rasd_quote *q, int subj)
{
    int per = strcmp(e->type, "PER") == 0, loc = strcmp(e->type, "LOC") == 0;
    if (e->tok_start < c->t0 || e->tok_start >= c->t1 || e == place ||
        strcmp(e->type, "MISC") == 0 || (ki->people == 2 && !per) ||
        (ki->people == 1 && subj && loc))
        return 0;
    if (e->tok_end < c->t1 && ev_punct(c->s, e->tok_end, ":"))
        return 0;                              /* a byline, a label */
    return !q || (e->start >= q->start && e->end <= q->end);   /* not the one reporting it */
}

/* The first actor starting in tokens [a, b), or NULL. */
static const rasd_entity *first_in(const sent_ctx *c, const kind_info *ki, size_t a, size_t b,
                                   const rasd_entity *place, const rasd_quote *q, int subj)
{
    for (size_t k = 0; k < c->ne; k++)
        if (c->en[k].tok_start >= a && c->en[k].tok_start < b &&
            can_act(c, ki, &c->en[k], place, q, subj))
            return &c->en[k];
    return NULL;
}

/* The first named entity (of any kind) starting in tokens [a, b), or NULL. */
static const rasd_entity *first_entity(const sent_ctx *c, size_t a, size_t b)
{
    for (size_t k = 0; k < c->ne; k++)
        if (c->en[k].tok_start >= a && c->en[k].tok_start < b)
            return &c->en[k];
    return NULL;
}

/* The last actor starting in tokens [a, b) (before skip, if given), or NULL. */
static const rasd_entity *last_in(const sent_ctx *c, const kind_info *ki, size_t a, size_t b,
                                  const rasd_entity *place, const rasd_quote *q,
                                  const rasd_entity *skip)
{
    const rasd_entity *hit = NULL;
    for (size_t k = 0; k < c->ne; k++)
        if (c->en[k].tok_start >= a && c->en[k].tok_start < b && &c->en[k] != skip &&
            (!skip || c->en[k].tok_start < skip->tok_start) &&
            can_act(c, ki, &c->en[k], place, q, 1))
            hit = &c->en[k];
    return hit;
}

static void add_actor(rasd_event *ev, const rasd_entity *e)
{
    for (size_t a = 0; a < ev->nactors; a++)
        if (strcmp(ev->actor_id[a], e->id) == 0)
            return;
    if (ev->nactors < RASD_EVENT_ACTORS) {
        ev->actor_id[ev->nactors] = e->id;
        ev->actor_name[ev->nactors++] = e->name;
    }
}

static size_t back(const sent_ctx *c, size_t i, size_t n)
{
    return i > c->t0 + n ? i - n : c->t0;
}

/* The actors of the event whose word is tokens [i, i + n), found by the word's form: a
 * verb's subject within three words after it and its object within eight after that; a
 * dual's two parties just before it; a noun's subject within twelve words before it and its
 * other party within eight after; "بين" nouns' two parties after. In a quote its speaker may
 * be the subject (اتفقت مع الرئيس بوتين). Returns how many. */
static size_t actors_of(sent_ctx *c, const kind_info *ki, size_t i, size_t n, int form,
                        const rasd_entity *place, rasd_event *ev)
{
    const rasd_quote *q = quote_at(c->doc, c->s->t[i].start);
    const rasd_entity *a = NULL, *b = NULL;
    size_t end = i + n;
    ev->nactors = 0;
    switch (form) {
    case F_VERB:
    case F_BETWEEN:
        a = first_entity(c, end, end + 3);     /* the subject is the first name after it; */
        if (a && !can_act(c, ki, a, place, q, 1))
            a = NULL;                          /* if it cannot act, there is no subject */
        b = a ? first_in(c, ki, a->tok_end, a->tok_end + 8, place, q, 0) : NULL;
        break;
    case F_DUAL:
        b = last_in(c, ki, back(c, i, 12), i, place, q, NULL);
        a = b ? last_in(c, ki, back(c, i, 12), i, place, q, b) : NULL;
        break;
    case F_POSS:
        a = last_in(c, ki, back(c, i, 12), i, place, q, NULL);
        b = first_in(c, ki, end, end + 8, place, q, 0);
        break;
    default:
        return 0;
    }
    if (!a && q && q->direct && q->speaker_id && q->start <= c->s->t[i].start &&
        form != F_BETWEEN) {                   /* the speaker says "I": اتفقت مع … */
        ev->actor_id[0] = q->speaker_id;
        ev->actor_name[ev->nactors++] = q->speaker_name;
    }
    if (a)
        add_actor(ev, a);
    if (b && (size_t)ki->max_actors > ev->nactors)
        add_actor(ev, b);
    return ev->nactors;
}

/* The sentence's first full date, else the article's. */
static void date_of(const rasd_doc *doc, uint32_t s, uint32_t e, rasd_event *ev)
{
    size_t n;
    const rasd_date *d = rasd_doc_dates(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (d[i].start >= s && d[i].end <= e && strlen(d[i].value) == 10) {
            memcpy(ev->date, d[i].value, sizeof ev->date);
            ev->dated = 1;
            return;
        }
    ev->dated = 0;
    ev->date[0] = 0;
    if (doc->ev->have_anchor) {
        int y, m, dd;
        cal_civil(doc->ev->anchor, &y, &m, &dd);
        if (y >= 1 && y <= 9999)
            snprintf(ev->date, sizeof ev->date, "%04d-%02d-%02d", y, m, dd);
    }
}

static int by_id(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void ev_event_id(const char *cameo, const char *date, const char *const *actors, size_t n,
                 char out[17])
{
    char key[512];
    const char *ids[RASD_EVENT_ACTORS];
    size_t len = 0;
    if (n > RASD_EVENT_ACTORS)
        n = RASD_EVENT_ACTORS;
    memcpy(ids, actors, n * sizeof *ids);
    qsort(ids, n, sizeof *ids, by_id);
    len += (size_t)snprintf(key, sizeof key, "%.2s|%s", cameo, date);
    for (size_t a = 0; a < n && len < sizeof key; a++)
        len += (size_t)snprintf(key + len, sizeof key - len, "|%s", ids[a]);
    snprintf(out, 17, "%016llx",
             (unsigned long long)strmap_hash(key, len < sizeof key ? len : sizeof key - 1));
}

const char *ev_type_cameo(const char *type)
{
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
        if (strcmp(kinds[k].type, type) == 0)
            return kinds[k].cameo;
    return NULL;
}

/* The event's id: XXH3 of its CAMEO root, its actors' ids (sorted) and its date. */
static void event_id(rasd_event *ev)
{
    ev_event_id(ev->cameo, ev->date, ev->actor_id, ev->nactors, ev->id);
}

/* Whether ev repeats an event of the article already found (same CAMEO root and actors);
 * if so the earlier one takes what it lacked (a stated date, a place). */
static int repeats(struct ev_doc *x, const rasd_event *ev)
{
    for (size_t i = 0; i < x->nevents; i++) {
        rasd_event *o = &x->events[i];
        int same = o->nactors == ev->nactors && memcmp(o->cameo, ev->cameo, 2) == 0;
        for (size_t a = 0; same && a < ev->nactors; a++) {
            int found = 0;
            for (size_t b = 0; b < o->nactors; b++)
                found |= strcmp(o->actor_id[b], ev->actor_id[a]) == 0;
            same = found;
        }
        if (!same)
            continue;
        if (ev->place_name && (!o->place_name || x->place_dist[i] > x->place_dist[x->nevents])) {
            o->place_id = ev->place_id, o->place_name = ev->place_name;  /* the one said closest */
            x->place_dist[i] = x->place_dist[x->nevents];
        }
        if (!o->dated && ev->dated) {
            memcpy(o->date, ev->date, sizeof o->date);
            o->dated = 1;
            event_id(o);
        }
        return 1;
    }
    return 0;
}

static rasd_status sentence_event(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e)
{
    rasd_status rc = RASD_OK;
    for (size_t i = c->t0, n; i < c->t1; i += n) {
        int form = F_NONE;
        const kind_info *ki = trigger(c, &i, &n, &form);
        const rasd_entity *place;
        rasd_event ev;
        if (!ki)
            break;
        memset(&ev, 0, sizeof ev);
        place = place_of(c, i);
        if (actors_of(c, ki, i, n, form, place, &ev) < (size_t)ki->min_actors)
            continue;
        if (ki->kind == EK_VISIT && ev.nactors < 2 && !place)
            continue;
        ev.type = ki->type, ev.cameo = ki->cameo;
        if (place)
            ev.place_id = place->id, ev.place_name = place->name;
        date_of(c->doc, s, e, &ev);
        ev.start = s, ev.end = e;
        ev.trigger_start = c->s->t[i].start, ev.trigger_end = c->s->t[i + n - 1].end;
        event_id(&ev);
        x->place_dist = grow_array(x->place_dist, &x->place_dist_cap, x->nevents + 1,
                                   sizeof *x->place_dist, &rc);
        if (rc)
            return rc;
        x->place_dist[x->nevents] = place ? (uint32_t)(place->tok_start > i ? place->tok_start - i
                                                                          : i - place->tok_start)
                                          : UINT32_MAX;
        if (repeats(x, &ev))
            return RASD_OK;
        x->events = grow_array(x->events, &x->events_cap, x->nevents + 1, sizeof ev, &rc);
        if (!rc)
            x->events[x->nevents++] = ev;
        return rc;
    }
    return rc;
}

rasd_status ev_find_events(const rasd_engine *e, rasd_doc *doc, ev_scan *s)
{
    size_t ns, k = 0;
    const rasd_span *sn = rasd_doc_sentences(doc, &ns);
    sent_ctx c = {s, doc, NULL, 0, 0, 0};
    rasd_status rc = RASD_OK;
    (void)e;
    doc->ev->nevents = 0;
    c.en = rasd_doc_entities(doc, &c.ne);
    if (c.ne == 0)
        return RASD_OK;                        /* no actors without entities */
    for (size_t i = 0; i < ns && !rc; i++) {
        while (k < s->nt && s->t[k].start < sn[i].start)
            k++;
        c.t0 = k;
        while (k < s->nt && s->t[k].start < sn[i].end)
            k++;
        c.t1 = k;
        rc = sentence_event(&c, doc->ev, sn[i].start, sn[i].end);
    }
    return rc ? rc : s->rc;
}
