/* vec.c — sparse vectors, an article's features and the index (stories.h; the scorer is
 * score.c). */
#include "stories/stories.h"
#include "core/sort.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The lexicon counts words over this many documents (its header: "in 31030 documents"). */
#define LEX_DOCS 31030.0
#define LEX_UNSEEN 5.0          /* the count of a word the lexicon lacks (it keeps >= 10) */

void svec_free(svec *v)
{
    free(v->e);
    memset(v, 0, sizeof *v);
}

void svec_addf(svec *v, const svec *x, float f, rasd_status *rc)
{
    sv_ent *out;
    size_t i = 0, j = 0, n = 0, alloc = v->n + x->n;
    if (*rc || x->n == 0)
        return;
    if (!(out = malloc(alloc * sizeof *out))) {
        *rc = RASD_ENOMEM;
        return;
    }
    while (i < v->n || j < x->n) {
        sv_ent e;
        if (j == x->n || (i < v->n && v->e[i].key < x->e[j].key))
            e = v->e[i++];
        else if (i == v->n || x->e[j].key < v->e[i].key)
            e = (sv_ent){x->e[j].key, f * x->e[j].w}, j++;
        else
            e = (sv_ent){v->e[i].key, v->e[i].w + f * x->e[j].w}, i++, j++;
        if (fabsf(e.w) > 1e-6f)
            out[n++] = e;
    }
    free(v->e);
    v->e = out;
    v->n = n;
    v->cap = alloc;
}

double svec_norm(const svec *v)
{
    double s = 0;
    for (size_t i = 0; i < v->n; i++)
        s += (double)v->e[i].w * v->e[i].w;
    return sqrt(s);
}

/* svec_dot when a is much shorter than b (an article against a story's sum of hundreds of
 * terms): each key of a found in b by galloping from the last one found; the same products
 * summed in the same (key) order as the merge. */
static double dot_gallop(const svec *a, const svec *b)
{
    size_t j = 0;
    double s = 0;
    for (size_t i = 0; i < a->n && j < b->n; i++) {
        uint32_t k = a->e[i].key;
        size_t lo = j, hi = j + 1, step = 1;
        while (hi < b->n && b->e[hi - 1].key < k)     /* b[lo, hi) ends at or past k */
            lo = hi, step *= 2, hi = lo + step;
        if (hi > b->n)
            hi = b->n;
        while (lo < hi) {                             /* the first entry not below k */
            size_t mid = lo + (hi - lo) / 2;
            if (b->e[mid].key < k)
                lo = mid + 1;
            else
                hi = mid;
        }
        j = lo;
        if (j < b->n && b->e[j].key == k)
            s += (double)a->e[i].w * b->e[j++].w;
    }
    return s;
}

double svec_dot(const svec *a, const svec *b)
{
    size_t i = 0, j = 0;
    double s = 0;
    if (a->n * 8 < b->n)
        return dot_gallop(a, b);
    if (b->n * 8 < a->n)
        return dot_gallop(b, a);     /* x * y == y * x: the same sum */
    while (i < a->n && j < b->n) {
        if (a->e[i].key < b->e[j].key)
            i++;
        else if (b->e[j].key < a->e[i].key)
            j++;
        else
            s += (double)a->e[i++].w * b->e[j++].w;
    }
    return s;
}

double svec_cos(const svec *a, const svec *b)
{
    double na = svec_norm(a), nb = svec_norm(b);
    return na > 0 && nb > 0 ? svec_dot(a, b) / (na * nb) : 0;
}

/* ---------------------------------------------------------------- features */

void story_feat_free(story_feat *f)
{
    svec_free(&f->title);
    svec_free(&f->body);
    svec_free(&f->ent);
    f->nkeys = 0;
}

/* IDF from a corpus count c: a word spread over D documents appears in about
 * D (1 - e^(-c/D)) of them, so idf = ln((D + 1) / (df + 1)): في (295k) gets 0, a word seen
 * 10 times 7.9. */
double story_idf(const rasd_engine *e, const char *w, size_t n)
{
    double c = (double)strmap_get(&e->lex, w, n);
    double df;
    if (e->lex.n == 0)
        return 1.0;                  /* no lexicon: plain term counts */
    if (c < 1)
        c = LEX_UNSEEN;
    df = LEX_DOCS * (1.0 - exp(-c / LEX_DOCS));
    return log((LEX_DOCS + 1) / (df + 1));
}

/* Whether a token carries content for clustering: words of two letters or more. */
static int content_token(const rasd_token *t)
{
    switch (t->kind) {
    case RASD_TOK_ARABIC:
    case RASD_TOK_WORD:
        return t->norm_len >= 4;
    case RASD_TOK_LATIN:
    case RASD_TOK_HASHTAG:
        return t->norm_len >= 3;
    default:
        return 0;
    }
}

static int by_key(const void *p, const void *q)
{
    const sv_ent *a = p, *b = q;
    return (a->key > b->key) - (a->key < b->key);
}

/* Heavier first, then the smaller key: a total order on a vector's entries (each key once),
 * so every sort by it gives the same array. */
static int heavier(const sv_ent *a, const sv_ent *b)
{
    return a->w > b->w || (a->w == b->w && a->key < b->key);
}

static int key_less(const sv_ent *a, const sv_ent *b)
{
    return a->key < b->key;
}

/* Sorts generated for sv_ent (core/sort.h): qsort's comparison calls cost about three times
 * the instructions, on every article's vectors. */
RASD_SORT_DEFINE(sort_heavier, sv_ent, heavier)
RASD_SORT_DEFINE(sort_by_key, sv_ent, key_less)

/* Raw entries with equal keys as one each, (1 + ln count) times the weight of the first:
 * sorted by key (a stable sort keeps the first first). */
static size_t merge_sorted(svec *v)
{
    size_t m = 0;
    qsort(v->e, v->n, sizeof *v->e, by_key);
    for (size_t i = 0; i < v->n;) {
        size_t j = i;
        float w = v->e[i].w;
        while (j < v->n && v->e[j].key == v->e[i].key)
            j++;
        if (w > 0)
            v->e[m++] = (sv_ent){v->e[i].key, (float)((1.0 + log((double)(j - i))) * w)};
        i = j;
    }
    return m;
}

/* merge_sorted's entries (in order of first appearance, not by key) through a hash table: an
 * article's few hundred raw terms without a sort. 0 with *ok 0 when out of memory. */
static size_t merge_hashed(svec *v, int *ok)
{
    size_t cap = 16, m = 0;
    while (cap < 2 * v->n)
        cap *= 2;
    uint32_t *slot = calloc(cap, sizeof *slot), *cnt = malloc(v->n * sizeof *cnt);
    if (!(*ok = slot && cnt)) {
        free(slot);
        free(cnt);
        return 0;
    }
    for (size_t i = 0; i < v->n; i++) {
        size_t h = (v->e[i].key * 0x9e3779b1u) & (cap - 1);
        while (slot[h] && v->e[slot[h] - 1].key != v->e[i].key)
            h = (h + 1) & (cap - 1);
        if (slot[h]) {
            cnt[slot[h] - 1]++;
        } else {
            v->e[m] = v->e[i];          /* m <= i: the unique entries move to the front */
            cnt[m] = 1;
            slot[h] = (uint32_t)++m;
        }
    }
    size_t k = 0;
    for (size_t i = 0; i < m; i++)
        if (v->e[i].w > 0)
            v->e[k++] = (sv_ent){v->e[i].key, (float)((1.0 + log((double)cnt[i])) * v->e[i].w)};
    free(slot);
    free(cnt);
    return k;
}

/* Turns raw (key, count-weight) entries into the kept vector: sublinear term frequency
 * (1 + ln tf) times the weight per occurrence, the `keep` heaviest, L2-normalised, by key.
 * Each raw entry's w is its weight for one occurrence; equal keys count as occurrences (the
 * first one's weight). */
static void finish(svec *v, size_t keep)
{
    double norm;
    int ok;
    if (v->n == 0)
        return;
    size_t m = merge_hashed(v, &ok);
    v->n = ok ? m : merge_sorted(v);
    sort_heavier(v->e, v->n);
    if (v->n > keep)
        v->n = keep;
    norm = svec_norm(v);         /* summed heaviest first */
    for (size_t i = 0; i < v->n; i++)
        v->e[i].w = (float)(v->e[i].w / norm);
    sort_by_key(v->e, v->n);
}

static void push(svec *v, uint32_t key, float w, rasd_status *rc)
{
    v->e = grow_array(v->e, &v->cap, v->n + 1, sizeof *v->e, rc);
    if (!*rc)
        v->e[v->n++] = (sv_ent){key, w};
}

/* The stems of the tokens of d inside [from, to) as raw entries of v; each content token's
 * IDF also into idf[token] when idf is not NULL. */
static void add_terms(const rasd_engine *e, const rasd_doc *d, uint32_t from, uint32_t to,
                      svec *v, double *idf_of, rasd_status *rc)
{
    size_t n;
    const rasd_token *t = d ? rasd_doc_tokens(d, &n) : NULL;
    v->n = 0;
    for (size_t i = 0; t && i < n && !*rc; i++) {
        if (t[i].start < from || t[i].end > to || !content_token(&t[i]))
            continue;
        double idf = story_idf(e, t[i].norm, t[i].norm_len);
        if (idf_of)
            idf_of[i] = idf;
        if (idf > 0.5)           /* function words (idf ~ 0) say nothing of the event */
            push(v, (uint32_t)strmap_hash(t[i].stem, t[i].stem_len), (float)idf, rc);
    }
}

/* The events the article reports as done (their ids: CAMEO root, actors and date, the same
 * in every report of one real event) join the entity vector as keys of a rare word's weight.
 * Planned ones are left out: a report names the meetings to come beside the one it tells
 * (seed 002: Obama and Renzi to meet, beside Putin and Cameron), and they are other events.
 * So are events with no actor and no place (a trigger alone, events9): nothing ties them to
 * another article's. */
#define EVENT_WEIGHT 8.0f
static void add_events(const rasd_doc *d, svec *v, rasd_status *rc)
{
    size_t n;
    const rasd_event *ev = rasd_doc_events(d, &n);
    for (size_t i = 0; i < n && !*rc; i++)
        if (!ev[i].planned && (ev[i].nactors > 0 || ev[i].place_name))
            push(v, ((uint32_t)strmap_hash(ev[i].id, strlen(ev[i].id)) & ~3u) | STORY_K_EVENT,
                 EVENT_WEIGHT, rc);
}

/* Each mention of an entity weighs the mean IDF of its words: روسيا says less of the
 * event than كاميرون. idf (may be NULL): the tokens' IDF where add_terms found it, else < 0.
 * The persons named in the first STORY_SIG_LEAD bytes go to sig too, as signature keys. */
static void add_entities(const rasd_engine *e, const rasd_doc *d, svec *v, svec *sig,
                         const double *idf, rasd_status *rc)
{
    size_t n, nt;
    const rasd_entity *m = rasd_doc_entities(d, &n);
    const rasd_token *t = rasd_doc_tokens(d, &nt);
    v->n = sig->n = 0;
    for (size_t i = 0; i < n && !*rc; i++) {
        double w = 0;
        uint32_t k = 0, key;
        if (m[i].via)
            continue;          /* names only: titles (docs/NER.md) were tuned without */
        for (uint32_t j = m[i].tok_start; j < m[i].tok_end && j < nt; j++, k++)
            w += idf && idf[j] >= 0 ? idf[j] : story_idf(e, t[j].norm, t[j].norm_len);
        if (!m[i].id || !k || !(w > 0))
            continue;
        key = (uint32_t)strmap_hash(m[i].id, strlen(m[i].id)) & ~3u;
        push(v, key | (m[i].type && !strcmp(m[i].type, "LOC") ? STORY_K_PLACE : STORY_K_ENT),
             (float)(w / k), rc);
        if (m[i].start < STORY_SIG_LEAD && m[i].type && !strcmp(m[i].type, "PER"))
            push(sig, key | STORY_K_SIG, (float)(w / k), rc);
    }
    add_events(d, v, rc);
}

static int has_key(const story_feat *f, uint32_t key)
{
    for (size_t i = 0; i < f->nkeys; i++)
        if (f->keys[i] == key)
            return 1;
    return 0;
}

/* The k heaviest entries of v (k at most n) into top, heaviest first: a vector's few keys
 * without sorting all of it; no_sig: the signature's entries (lead persons) left out.
 * Returns how many. */
static size_t heaviest(const svec *v, size_t k, sv_ent *top, int no_sig)
{
    size_t n = 0;
    for (size_t i = 0; k && i < v->n; i++) {
        size_t j;
        if (no_sig && STORY_KCLASS(v->e[i].key) == STORY_K_SIG)
            continue;            /* the signature is no index key */
        if (n == k && !heavier(&v->e[i], &top[k - 1]))
            continue;
        for (j = n < k ? n++ : k - 1; j > 0 && heavier(&v->e[i], &top[j - 1]); j--)
            top[j] = top[j - 1];
        top[j] = v->e[i];
    }
    return n;
}

/* The index keys: the heaviest body terms, then the heaviest entities, then the heaviest
 * title terms not yet keys (two articles with one title and different bodies, a caption and
 * its report, meet through them), each once. */
void story_feat_keys(story_feat *f)
{
    sv_ent tmp[STORY_TITLE_TERMS > STORY_KEYS ? STORY_TITLE_TERMS : STORY_KEYS];
    size_t n, nt = f->title.n;
    f->nkeys = 0;
    n = heaviest(&f->body, STORY_KEYS - STORY_TITLE_KEYS - 4, tmp, 0);
    for (size_t i = 0; i < n; i++)
        f->keys[f->nkeys++] = tmp[i].key;
    n = heaviest(&f->ent, STORY_KEYS - STORY_TITLE_KEYS - f->nkeys, tmp, 1);
    for (size_t i = 0; i < n; i++)
        f->keys[f->nkeys++] = tmp[i].key ^ 0x9e3779b9u;   /* apart from the terms */
    if (nt > STORY_TITLE_TERMS)
        nt = STORY_TITLE_TERMS;  /* a kept title vector has no more */
    n = heaviest(&f->title, nt, tmp, 0);
    for (size_t i = 0, k = 0; i < n && k < STORY_TITLE_KEYS; i++)
        if (!has_key(f, tmp[i].key))
            f->keys[f->nkeys++] = tmp[i].key, k++;
}

rasd_status story_feat_text(const rasd_engine *e, const rasd_doc *text, story_feat *f)
{
    rasd_status rc = RASD_OK;
    size_t len = 0, nt;
    svec sig = {0};
    rasd_doc_text(text, &len);
    rasd_doc_tokens(text, &nt);
    double *idf = malloc((nt ? nt : 1) * sizeof *idf);   /* NULL: looked up twice */
    for (size_t i = 0; idf && i < nt; i++)
        idf[i] = -1;
    add_terms(e, text, 0, (uint32_t)(len > UINT32_MAX ? UINT32_MAX : len), &f->body, idf, &rc);
    add_entities(e, text, &f->ent, &sig, idf, &rc);
    free(idf);
    if (!rc) {
        finish(&f->body, STORY_BODY_TERMS);
        finish(&f->ent, STORY_ENT_TERMS);
        finish(&sig, STORY_SIG_TERMS);    /* normalised apart: its own class, its own cosine */
        svec_addf(&f->ent, &sig, 1, &rc);
    }
    svec_free(&sig);
    if (rc)
        return rc;
    story_feat_keys(f);
    return RASD_OK;
}

rasd_status story_feat_title(const rasd_engine *e, const rasd_doc *title, story_feat *f)
{
    rasd_status rc = RASD_OK;
    add_terms(e, title, 0, UINT32_MAX, &f->title, NULL, &rc);
    if (!rc) {
        finish(&f->title, STORY_TITLE_TERMS);
        story_feat_keys(f);
    }
    return rc;
}

rasd_status story_sentence_vec(const rasd_engine *e, const rasd_doc *d, rasd_span sent,
                               svec *out)
{
    rasd_status rc = RASD_OK;
    add_terms(e, d, sent.start, sent.end, out, NULL, &rc);
    if (!rc)
        finish(out, SIZE_MAX);
    return rc;
}

double story_time(const char *published)
{
    int64_t days;
    int h = 0, m = 0;
    if (!published || !day_parse(published, &days))
        return NAN;
    if (strlen(published) >= 16 && (published[10] == 'T' || published[10] == ' ') &&
        sscanf(published + 11, "%2d:%2d", &h, &m) == 2 && h >= 0 && h < 24 && m >= 0 && m < 60)
        return (double)days + (h * 60 + m) / 1440.0;
    return (double)days;
}

/* ------------------------------------------------------------------- blobs */

static void put_vec(const svec *v, rbuf *out, rasd_status *rc)
{
    rbuf_add(out, v->e, v->n * sizeof *v->e, rc);
}

void story_vec_encode(const story_feat *f, rbuf *out, rasd_status *rc)
{
    uint16_t n[3] = {(uint16_t)f->title.n, (uint16_t)f->body.n, (uint16_t)f->ent.n};
    out->n = 0;
    rbuf_add(out, n, sizeof n, rc);
    put_vec(&f->title, out, rc);
    put_vec(&f->body, out, rc);
    put_vec(&f->ent, out, rc);
}

static rasd_status get_vec(const unsigned char **p, size_t n, svec *v)
{
    rasd_status rc = RASD_OK;
    v->e = grow_array(v->e, &v->cap, n + 1, sizeof *v->e, &rc);
    if (rc)
        return rc;
    memcpy(v->e, *p, n * sizeof *v->e);
    v->n = n;
    *p += n * sizeof *v->e;
    return RASD_OK;
}

rasd_status story_vec_read(const void *blob, size_t bytes, story_feat *f)
{
    const unsigned char *p = blob;
    uint16_t n[3];
    rasd_status rc;
    if (!blob || bytes < sizeof n)
        return RASD_EDATA;
    memcpy(n, p, sizeof n);
    p += sizeof n;
    if (bytes != sizeof n + ((size_t)n[0] + n[1] + n[2]) * sizeof(sv_ent))
        return RASD_EDATA;
    if ((rc = get_vec(&p, n[0], &f->title)) || (rc = get_vec(&p, n[1], &f->body)) ||
        (rc = get_vec(&p, n[2], &f->ent)))
        return rc;
    f->nkeys = 0;
    return RASD_OK;
}

rasd_status story_vec_decode(const void *blob, size_t bytes, story_feat *f)
{
    rasd_status rc = story_vec_read(blob, bytes, f);
    if (!rc)
        story_feat_keys(f);
    return rc;
}

/* ------------------------------------------------------------------- index */

static size_t slot_of(const story_index *x, uint32_t key)
{
    size_t i = (key * 2654435761u) & (x->cap - 1);  /* home_of */
    while (x->t[i].cap && x->t[i].key != key)
        i = (i + 1) & (x->cap - 1);
    return i;
}

void story_index_free(story_index *x)
{
    for (size_t i = 0; i < x->cap; i++)
        free(x->t[i].slots);
    free(x->t);
    memset(x, 0, sizeof *x);
}

void story_index_clear(story_index *x)
{
    for (size_t i = 0; i < x->cap; i++)
        free(x->t[i].slots);
    if (x->cap)
        memset(x->t, 0, x->cap * sizeof *x->t);
    x->used = 0;
}

static rasd_status grow(story_index *x)
{
    story_index y = {calloc(x->cap ? 2 * x->cap : 1024, sizeof *y.t), x->cap ? 2 * x->cap : 1024,
                     x->used};
    if (!y.t)
        return RASD_ENOMEM;
    for (size_t i = 0; i < x->cap; i++)
        if (x->t[i].cap)
            y.t[slot_of(&y, x->t[i].key)] = x->t[i];
    free(x->t);
    *x = y;
    return RASD_OK;
}

rasd_status story_index_add(story_index *x, uint32_t key, uint32_t slot)
{
    story_posting *p;
    rasd_status rc = RASD_OK;
    size_t cap;
    if ((x->used + 1) * 4 > x->cap * 3 && (rc = grow(x)) != RASD_OK)
        return rc;
    p = &x->t[slot_of(x, key)];
    if (!p->cap) {
        if (!(p->slots = malloc(4 * sizeof *p->slots)))
            return RASD_ENOMEM;
        p->key = key, p->cap = 4, p->n = 0;
        x->used++;
    }
    for (uint32_t i = 0; i < p->n; i++)
        if (p->slots[i] == slot)
            return RASD_OK;
    if (p->n >= STORY_KEY_LIMIT)
        return RASD_OK;
    cap = p->cap;
    p->slots = grow_array(p->slots, &cap, p->n + 1, sizeof *p->slots, &rc);
    if (rc)
        return rc;
    p->cap = (uint32_t)cap;
    p->slots[p->n++] = slot;
    return RASD_OK;
}

static size_t home_of(const story_index *x, uint32_t key)
{
    return (key * 2654435761u) & (x->cap - 1);
}

/* Empties table entry i (its list freed) and shifts back the entries after it that probed
 * past it, so that a key's probe never meets a hole before the key. */
static void drop_entry(story_index *x, size_t i)
{
    size_t j = i;
    free(x->t[i].slots);
    memset(&x->t[i], 0, sizeof x->t[i]);
    x->used--;
    for (;;) {
        size_t h;
        j = (j + 1) & (x->cap - 1);
        if (!x->t[j].cap)
            return;
        h = home_of(x, x->t[j].key);
        /* j's entry may fill the hole at i unless its home lies in (i, j] cyclically */
        if ((i < j && (h <= i || h > j)) || (i > j && h <= i && h > j)) {
            x->t[i] = x->t[j];
            memset(&x->t[j], 0, sizeof x->t[j]);
            i = j;
        }
    }
}

void story_index_remove(story_index *x, uint32_t key, uint32_t slot)
{
    story_posting *p;
    size_t at;
    if (!x->cap)
        return;
    p = &x->t[at = slot_of(x, key)];
    for (uint32_t i = 0; p->cap && i < p->n; i++)
        if (p->slots[i] == slot) {
            p->slots[i] = p->slots[--p->n];
            if (p->n == 0)       /* a key no active story holds goes: memory follows the window */
                drop_entry(x, at);
            return;
        }
}

const uint32_t *story_index_get(const story_index *x, uint32_t key, size_t *n)
{
    const story_posting *p;
    *n = 0;
    if (!x->cap)
        return NULL;
    p = &x->t[slot_of(x, key)];
    if (!p->cap)
        return NULL;
    *n = p->n;
    return p->slots;
}
