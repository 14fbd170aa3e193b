/* search.c — answers a query from rasd's ranking index: BM25 over title and text (a title
 * token weighs TITLE_WEIGHT body tokens), top-k by MaxScore dynamic pruning over each
 * segment's posting lists, phrases checked on the text of the best candidates, snippets
 * cut around the matches.
 */
#include "search/query.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define BM25_K1 1.5   /* chosen on the ARCD training questions (BENCHMARKS.md) */
#define BM25_B 0.9
#define PREFIX_MAX 64          /* a prefix expands to at most this many terms */
#define LIMIT_MAX 10000
#define SNIPPET_TOKENS 30

struct rasd_results {
    rasd_hit *hits;
    size_t n, cap;
};

/* ------------------------------------------------------------- statements */

static const char *const search_sql[SS_COUNT] = {
    [SS_POST] = "SELECT data FROM postings WHERE rowid = ?",
    [SS_TEXT] = "SELECT text FROM texts WHERE docid = ?",
    [SS_ART] = "SELECT id, title, published, name FROM articles "
               "LEFT JOIN sources USING (sid) WHERE docid = ?",
    [SS_SOURCE] = "SELECT sid FROM sources WHERE name = ?",
    [SS_RELATED] = "SELECT b FROM dupes WHERE a = ?1 AND kind <> 'reuse' UNION ALL "
                   "SELECT a FROM dupes WHERE b = ?1 AND kind <> 'reuse'",
    [SS_DEAD_ALL] = "SELECT docid FROM dead ORDER BY docid",
    [SS_GEN] = "SELECT value FROM meta WHERE key = 'gen'",
};

rasd_status search_open(search_ctx *x, sqlconn *c, const rasd_engine *e, unsigned flags)
{
    memset(x, 0, sizeof *x);
    x->c = c;
    x->e = e;
    x->flags = flags;
    x->cache.gen = -1;
    if (rasd_doc_new(&x->doc) != RASD_OK || rasd_doc_new(&x->doc2) != RASD_OK)
        return RASD_ENOMEM;
    return sql_prepare(c, search_sql, SS_COUNT, x->st);
}

void search_close(search_ctx *x)
{
    sql_finalize(x->st, SS_COUNT);
    sqlite3_finalize(x->st_fts_ins);
    sqlite3_finalize(x->st_fts_del);
    x->st_fts_ins = x->st_fts_del = NULL;
    cache_free(&x->cache);
    rasd_doc_free(x->doc);
    rasd_doc_free(x->doc2);
    x->doc = x->doc2 = NULL;
}

/* The integer of a one-row statement (bound to text a, when given); -1 without a row, and
 * 0 for a source that is not stored. */
static int64_t stmt_int(sqlite3_stmt *st, const char *a)
{
    int64_t v = a ? 0 : -1;
    if (a)
        sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    return v;
}

rasd_status search_dead(search_ctx *x, uint32_t **dead, size_t *n)
{
    sqlite3_stmt *st = x->st[SS_DEAD_ALL];
    size_t cap = 0;
    rasd_status rc = RASD_OK;
    int r;
    *dead = NULL;
    *n = 0;
    while (!rc && (r = sqlite3_step(st)) == SQLITE_ROW) {
        *dead = grow_array(*dead, &cap, *n + 1, sizeof **dead, &rc);
        if (!rc)
            (*dead)[(*n)++] = (uint32_t)sqlite3_column_int64(st, 0);
    }
    sqlite3_reset(st);
    if (!rc && r != SQLITE_DONE)
        rc = sql_sqlfail(x->c, "reading replaced articles");
    return rc;
}

/* ------------------------------------------------------------------ cache */

void cache_free(search_cache *c)
{
    for (size_t i = 0; i < c->nsegs; i++)
        segment_free(&c->segs[i]);
    free(c->segs);
    free(c->dead);
    list_cache_free(&c->lists);
    memset(c, 0, sizeof *c);
    c->gen = -1;
}

static int is_dead(const search_cache *c, uint32_t docid)
{
    return docid >= c->ndocids || (c->dead[docid >> 3] >> (docid & 7) & 1);
}

static rasd_status load_segments(search_ctx *s, search_cache *c)
{
    sqlite3_stmt *st;
    rasd_status rc = RASD_OK;
    size_t cap = 0;
    if (sqlite3_prepare_v2(s->c->db, "SELECT seg FROM segments ORDER BY base", -1, &st, NULL) !=
        SQLITE_OK)
        return sql_sqlfail(s->c, "reading the index");
    while (!rc && sqlite3_step(st) == SQLITE_ROW) {
        c->segs = grow_array(c->segs, &cap, c->nsegs + 1, sizeof *c->segs, &rc);
        if (!rc && (rc = segment_load(s->c->db, sqlite3_column_int64(st, 0), &c->segs[c->nsegs], NULL)) ==
                       RASD_OK)
            c->nsegs++;
    }
    sqlite3_finalize(st);
    if (rc)
        sql_fail(s->c, rc, "reading index segments: %s", rasd_strerror(rc));
    return rc;
}

/* The replaced docids as a bitmap over the docids the segments cover. */
static rasd_status load_dead(search_ctx *s, search_cache *c)
{
    uint32_t *dead;
    size_t n;
    rasd_status rc;
    if (c->nsegs) {
        const segment *last = &c->segs[c->nsegs - 1];
        c->ndocids = last->base + last->ndocs;
    }
    if (!(c->dead = calloc((size_t)c->ndocids / 8 + 1, 1)))
        return RASD_ENOMEM;
    if ((rc = search_dead(s, &dead, &n)) != RASD_OK)
        return rc;
    for (size_t i = 0; i < n; i++)
        if (dead[i] < c->ndocids)
            c->dead[dead[i] >> 3] |= (uint8_t)(1u << (dead[i] & 7));
    free(dead);
    return RASD_OK;
}

rasd_status cache_refresh(search_ctx *s)
{
    search_cache *c = &s->cache;
    int64_t gen = stmt_int(s->st[SS_GEN], NULL);
    rasd_status rc;
    double total = 0;
    if (gen == c->gen)
        return RASD_OK;
    cache_free(c);
    if ((rc = load_segments(s, c)) != RASD_OK || (rc = load_dead(s, c)) != RASD_OK) {
        cache_free(c);
        return rc;
    }
    for (size_t i = 0; i < c->nsegs; i++)
        for (uint32_t d = 0; d < c->segs[i].ndocs; d++)
            if (!is_dead(c, c->segs[i].base + d)) {
                c->ndocs += 1;
                total += segment_doc_len(&c->segs[i], d);
            }
    c->avgdl = c->ndocs > 0 && total > 0 ? total / c->ndocs : 1;
    c->gen = gen;
    return RASD_OK;
}

/* --------------------------------------------------------------- searcher */

typedef struct unit {
    size_t key_off, len;
    double idf;
    int64_t df;
    int scoring;       /* in a clause that is not excluded */
} unit;

typedef struct hit {
    double score;
    uint32_t docid;
} hit;

typedef struct searcher {
    search_ctx *s;
    const search_cache *c;
    const query *q;
    rbuf keys;                 /* unit keys */
    unit *units;
    size_t nunits, units_cap;
    strmap unit_of;            /* key → unit index + 1 */
    size_t *cu, cu_n, cu_cap;  /* clause units, flat */
    size_t *cl_first, *cl_n;   /* per clause: its slice of cu */
    uint32_t *ent;             /* [seg * nunits + u]: dictionary entry, or UINT32_MAX */
    uint32_t since, until;
    int64_t sid;               /* -1 any source, -2 no such source */
    hit *heap;
    size_t nheap, heap_cap, k;
    int collect_all;           /* phrases to check: keep every candidate */
    size_t want;               /* hits to return (k is larger when collapsing) */
    int64_t *seen;             /* collapsing: docids of shown hits and of their copies */
    size_t *seen_hit, nseen, seen_cap, seen_hit_cap;
    sqlite3_stmt *related;     /* collapsing: the store's SS_RELATED */
} searcher;

static const char *unit_key(const searcher *x, size_t u)
{
    return x->keys.p + x->units[u].key_off;
}

static rasd_status add_unit(searcher *x, const char *key, size_t len, int scoring)
{
    rasd_status rc = RASD_OK;
    uint64_t *v = strmap_upsert(&x->unit_of, key, len, &rc);
    if (rc)
        return rc;
    if (!*v) {
        x->units = grow_array(x->units, &x->units_cap, x->nunits + 1, sizeof *x->units, &rc);
        if (rc)
            return rc;
        memset(&x->units[x->nunits], 0, sizeof *x->units);
        x->units[x->nunits].key_off = x->keys.n;
        x->units[x->nunits].len = len;
        rbuf_add(&x->keys, key, len, &rc);
        *v = ++x->nunits;
    }
    x->units[*v - 1].scoring |= scoring;
    x->cu = grow_array(x->cu, &x->cu_cap, x->cu_n + 1, sizeof *x->cu, &rc);
    if (!rc)
        x->cu[x->cu_n++] = (size_t)*v - 1;
    return rc;
}

typedef struct expansion {
    const char *key;
    size_t len;
    int64_t df;
} expansion;

static int expansion_cmp(const void *a, const void *b)
{
    const expansion *x = a, *y = b;
    return (x->df < y->df) - (x->df > y->df);
}

/* Adds the PREFIX_MAX most frequent index terms that start with the prefix. */
static rasd_status expand_prefix(searcher *x, const char *pre, size_t len, int scoring)
{
    strmap seen = {0};
    rasd_status rc = RASD_OK;
    expansion *ex = NULL;
    size_t cap = 0;
    for (size_t g = 0; g < x->c->nsegs && !rc; g++) {
        const segment *sg = &x->c->segs[g];
        for (uint32_t i = segment_lower_bound(sg, pre, len); i < sg->nterms && !rc; i++) {
            seg_entry e;
            const char *k;
            uint64_t *v;
            segment_entry(sg, i, &e);
            k = segment_key(sg, &e);
            if (e.key_len < len || memcmp(k, pre, len) != 0)
                break;
            v = strmap_upsert(&seen, k, e.key_len, &rc);
            if (rc)
                break;
            if (!*v) {
                ex = grow_array(ex, &cap, seen.n, sizeof *ex, &rc);
                if (rc)
                    break;
                ex[seen.n - 1] = (expansion){k, e.key_len, 0};
                *v = seen.n;
            }
            ex[*v - 1].df += e.df;
        }
    }
    if (!rc && seen.n)
        qsort(ex, seen.n, sizeof *ex, expansion_cmp);
    for (size_t i = 0; !rc && i < seen.n && i < PREFIX_MAX; i++)
        rc = add_unit(x, ex[i].key, ex[i].len, scoring);
    free(ex);
    strmap_free(&seen);
    return rc;
}

static rasd_status build_units(searcher *x)
{
    const query *q = x->q;
    rasd_status rc = RASD_OK;
    x->cl_first = calloc(q->ncl, sizeof *x->cl_first);
    x->cl_n = calloc(q->ncl, sizeof *x->cl_n);
    if (!x->cl_first || !x->cl_n)
        return RASD_ENOMEM;
    for (size_t c = 0; c < q->ncl && !rc; c++) {
        int scoring = q->cl[c].occur != OCCUR_NOT;
        x->cl_first[c] = x->cu_n;
        for (size_t t = q->cl[c].first; t < q->cl[c].first + q->cl[c].n && !rc; t++)
            rc = q->terms[t].prefix
                     ? expand_prefix(x, query_term(q, t), q->terms[t].len, scoring)
                     : add_unit(x, query_term(q, t), q->terms[t].len, scoring);
        x->cl_n[c] = x->cu_n - x->cl_first[c];
    }
    return rc;
}

/* Looks every unit up in every segment; sums document frequencies into idf. */
static rasd_status resolve_units(searcher *x)
{
    const search_cache *c = x->c;
    x->ent = malloc((c->nsegs * x->nunits + 1) * sizeof *x->ent);
    if (!x->ent)
        return RASD_ENOMEM;
    for (size_t g = 0; g < c->nsegs; g++)
        for (size_t u = 0; u < x->nunits; u++) {
            const segment *sg = &c->segs[g];
            uint32_t i = segment_lower_bound(sg, unit_key(x, u), x->units[u].len);
            seg_entry e;
            x->ent[g * x->nunits + u] = UINT32_MAX;
            if (i >= sg->nterms)
                continue;
            segment_entry(sg, i, &e);
            if (e.key_len != x->units[u].len || memcmp(segment_key(sg, &e), unit_key(x, u), e.key_len))
                continue;
            x->ent[g * x->nunits + u] = i;
            x->units[u].df += e.df;
        }
    for (size_t u = 0; u < x->nunits; u++) {
        double df = (double)x->units[u].df, n = c->ndocs > df ? c->ndocs : df;
        x->units[u].idf = log(1.0 + (n - df + 0.5) / (df + 0.5));
    }
    return RASD_OK;
}

/* ------------------------------------------------------------------- heap */

static int hit_less(const hit *a, const hit *b)
{
    return a->score < b->score || (a->score == b->score && a->docid > b->docid);
}

static double threshold(const searcher *x)
{
    return !x->collect_all && x->nheap == x->k ? x->heap[0].score : 0.0;
}

static void sift_down(hit *h, size_t n, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, m = i;
        if (l < n && hit_less(&h[l], &h[m]))
            m = l;
        if (l + 1 < n && hit_less(&h[l + 1], &h[m]))
            m = l + 1;
        if (m == i)
            return;
        hit t = h[i];
        h[i] = h[m];
        h[m] = t;
        i = m;
    }
}

static rasd_status push_hit(searcher *x, uint32_t docid, double score)
{
    hit h = {score, docid};
    rasd_status rc = RASD_OK;
    if (x->collect_all) {
        x->heap = grow_array(x->heap, &x->heap_cap, x->nheap + 1, sizeof *x->heap, &rc);
        if (!rc)
            x->heap[x->nheap++] = h;
        return rc;
    }
    if (x->nheap < x->k) {
        size_t i = x->nheap++;
        x->heap[i] = h;
        while (i && hit_less(&x->heap[i], &x->heap[(i - 1) / 2])) {
            hit t = x->heap[i];
            x->heap[i] = x->heap[(i - 1) / 2];
            x->heap[(i - 1) / 2] = t;
            i = (i - 1) / 2;
        }
    } else if (hit_less(&x->heap[0], &h)) {
        x->heap[0] = h;
        sift_down(x->heap, x->nheap, 0);
    }
    return RASD_OK;
}

/* ------------------------------------------------------- segment scoring */

typedef struct seg_eval {
    searcher *x;
    const segment *g;
    plist *lists;
    int *open;          /* per unit: its list is open in this segment */
    double avgdl;
} seg_eval;

static double bm25(double idf, double tf, double dl, double avgdl)
{
    return idf * tf * (BM25_K1 + 1) / (tf + BM25_K1 * (1 - BM25_B + BM25_B * dl / avgdl));
}

static double unit_bound(const seg_eval *v, size_t u)
{
    const plist *l = &v->lists[u];
    uint32_t maxtf = 0, mindl = UINT32_MAX;
    for (uint32_t b = 0; b < l->nblocks; b++) {
        maxtf = l->blk_maxtf[b] > maxtf ? l->blk_maxtf[b] : maxtf;
        mindl = l->blk_mindl[b] < mindl ? l->blk_mindl[b] : mindl;
    }
    return bm25(v->x->units[u].idf, maxtf, mindl, v->avgdl);
}

/* 1 when unit u's list holds local doc d (moves the list up to d). */
static int has_doc(seg_eval *v, size_t u, uint32_t d)
{
    if (!v->open[u])
        return 0;
    plist_seek(&v->lists[u], d);
    return plist_doc(&v->lists[u]) == d;
}

static double unit_score(seg_eval *v, size_t u, uint32_t d)
{
    if (!has_doc(v, u, d))
        return 0;
    return bm25(v->x->units[u].idf, plist_tf(&v->lists[u]), segment_doc_len(v->g, d), v->avgdl);
}

/* Filters and the boolean clauses (phrases are checked later on the text). */
static int accept(seg_eval *v, uint32_t d)
{
    searcher *x = v->x;
    uint32_t docid = v->g->base + d, day;
    if (is_dead(x->c, docid))
        return 0;
    day = segment_doc_day(v->g, d);
    if ((x->since && (!day || day < x->since)) || (x->until && (!day || day > x->until)))
        return 0;
    if (x->sid != -1 && (int64_t)segment_doc_source(v->g, d) != x->sid)
        return 0;
    for (size_t c = 0; c < x->q->ncl; c++) {
        const qclause *cl = &x->q->cl[c];
        size_t hits = 0, n = x->cl_n[c];
        if (cl->occur == OCCUR_SHOULD)
            continue;
        for (size_t i = 0; i < n; i++)
            hits += (size_t)has_doc(v, x->cu[x->cl_first[c] + i], d);
        if (cl->occur == OCCUR_MUST && (cl->phrase ? hits < n : hits == 0))
            return 0;
        if (cl->occur == OCCUR_NOT && (!cl->phrase || cl->n < 2) && hits > 0)
            return 0;
    }
    return 1;
}

/* Candidates from the required clause with the fewest postings; no pruning. */
static rasd_status eval_driven(seg_eval *v)
{
    searcher *x = v->x;
    size_t best = SIZE_MAX, drv[PREFIX_MAX + 1], ndrv = 0;
    int64_t best_df = INT64_MAX;
    rasd_status rc = RASD_OK;
    for (size_t c = 0; c < x->q->ncl; c++) {
        int64_t df = 0;
        if (x->q->cl[c].occur != OCCUR_MUST)
            continue;
        for (size_t i = 0; i < x->cl_n[c]; i++) {
            size_t u = x->cu[x->cl_first[c] + i];
            int64_t udf = v->open[u] ? v->lists[u].df : 0;
            df = x->q->cl[c].phrase ? (i == 0 || udf < df ? udf : df) : df + udf;
        }
        if (df < best_df)
            best_df = df, best = c;
    }
    if (best == SIZE_MAX || best_df == 0)
        return RASD_OK;
    for (size_t i = 0; i < x->cl_n[best] && ndrv <= PREFIX_MAX; i++) {
        size_t u = x->cu[x->cl_first[best] + i];
        if (v->open[u] && (!x->q->cl[best].phrase || (int64_t)v->lists[u].df == best_df)) {
            drv[ndrv++] = u;
            if (x->q->cl[best].phrase)
                break;
        }
    }
    for (;;) {
        uint32_t d = UINT32_MAX;
        double score = 0;
        for (size_t i = 0; i < ndrv; i++)
            d = plist_doc(&v->lists[drv[i]]) < d ? plist_doc(&v->lists[drv[i]]) : d;
        if (d == UINT32_MAX)
            return rc;
        if (accept(v, d)) {
            for (size_t u = 0; u < x->nunits; u++)
                if (x->units[u].scoring)
                    score += unit_score(v, u, d);
            if ((rc = push_hit(x, v->g->base + d, score)) != RASD_OK)
                return rc;
        }
        for (size_t i = 0; i < ndrv; i++)
            if (plist_doc(&v->lists[drv[i]]) == d)
                plist_next(&v->lists[drv[i]]);
    }
}

typedef struct ms_term {
    size_t u;
    double ub;
} ms_term;

static int ms_cmp(const void *a, const void *b)
{
    const ms_term *x = a, *y = b;
    return (x->ub > y->ub) - (x->ub < y->ub);
}

/* MaxScore: terms by rising upper bound; those whose bounds sum to at most the threshold
 * cannot make a document enter the top k alone, so only the others propose candidates. */
static rasd_status eval_maxscore(seg_eval *v)
{
    searcher *x = v->x;
    ms_term t[PREFIX_MAX * 4 + 64];
    double cum[PREFIX_MAX * 4 + 64];
    size_t m = 0, ess = 0;
    rasd_status rc = RASD_OK;
    for (size_t u = 0; u < x->nunits && m < sizeof t / sizeof *t; u++)
        if (x->units[u].scoring && v->open[u])
            t[m++] = (ms_term){u, unit_bound(v, u)};
    qsort(t, m, sizeof *t, ms_cmp);
    for (size_t i = 0; i < m; i++)
        cum[i] = t[i].ub + (i ? cum[i - 1] : 0);
    while (ess < m && cum[ess] <= threshold(x))
        ess++;
    while (ess < m) {
        uint32_t d = UINT32_MAX;
        double score = 0, th;
        for (size_t i = ess; i < m; i++)
            d = plist_doc(&v->lists[t[i].u]) < d ? plist_doc(&v->lists[t[i].u]) : d;
        if (d == UINT32_MAX)
            break;
        for (size_t i = ess; i < m; i++) {
            plist *l = &v->lists[t[i].u];
            if (plist_doc(l) == d) {
                score += bm25(x->units[t[i].u].idf, plist_tf(l), segment_doc_len(v->g, d), v->avgdl);
                plist_next(l);
            }
        }
        th = threshold(x);
        for (size_t i = ess; i-- > 0 && score + cum[i] > th;)
            score += unit_score(v, t[i].u, d);
        if (score > th && accept(v, d)) {
            if ((rc = push_hit(x, v->g->base + d, score)) != RASD_OK)
                return rc;
            while (ess < m && cum[ess] <= threshold(x))
                ess++;
        }
    }
    return rc;
}

static rasd_status eval_segment(searcher *x, size_t gi)
{
    seg_eval v = {x, &x->c->segs[gi], NULL, NULL, x->c->avgdl};
    rasd_status rc = RASD_OK;
    size_t n = x->nunits;
    v.lists = calloc(n + 1, sizeof *v.lists);
    v.open = calloc(n + 1, sizeof *v.open);
    if (!v.lists || !v.open)
        rc = RASD_ENOMEM;
    for (size_t u = 0; u < n && !rc; u++) {
        uint32_t i = x->ent[gi * n + u];
        seg_entry e;
        if (i == UINT32_MAX)
            continue;
        segment_entry(v.g, i, &e);
        rc = plist_open(&v.lists[u], v.g, i, &e, x->s->st[SS_POST], &x->s->cache.lists);
        v.open[u] = rc == RASD_OK;
    }
    if (!rc)
        rc = x->q->has_must ? eval_driven(&v) : eval_maxscore(&v);
    for (size_t u = 0; u < n && v.lists; u++)
        if (v.open && v.open[u])
            plist_close(&v.lists[u]);
    free(v.lists);
    free(v.open);
    return rc;
}

/* ----------------------------------------------------- phrases, snippets */

static rasd_status load_text(search_ctx *s, uint32_t docid, rbuf *out)
{
    rasd_status rc = RASD_OK;
    int r;
    out->n = 0;
    sqlite3_bind_int64(s->st[SS_TEXT], 1, docid);
    r = sqlite3_step(s->st[SS_TEXT]);
    if (r == SQLITE_ROW)
        rbuf_add(out, sqlite3_column_text(s->st[SS_TEXT], 0),
                 (size_t)sqlite3_column_bytes(s->st[SS_TEXT], 0), &rc);
    sqlite3_reset(s->st[SS_TEXT]);
    rbuf_addc(out, 0, &rc);
    if (!rc)
        out->n--;
    return r == SQLITE_ROW ? rc : r == SQLITE_DONE ? RASD_END : sql_sqlfail(s->c, "reading a text");
}

/* 1 when token t is the query's term i. */
static int token_is(const searcher *x, const rasd_token *t, size_t i)
{
    return t->stem_len == x->q->terms[i].len && !memcmp(t->stem, query_term(x->q, i), t->stem_len);
}

/* 1 when the analysed doc holds clause c's terms in order, next to each other (counting
 * indexed tokens only: punctuation between them does not break a phrase). */
static int doc_has_phrase(const searcher *x, const rasd_doc *d, size_t c)
{
    size_t nt, n = x->q->cl[c].n, first = x->q->cl[c].first;
    const rasd_token *t = rasd_doc_tokens(d, &nt);
    for (size_t i = 0; i < nt; i++) {
        size_t j = i, m = 0;
        while (m < n && j < nt) {
            if (!token_indexed(&t[j])) {
                j++;
                continue;
            }
            if (!token_is(x, &t[j], first + m))
                break;
            m++;
            j++;
        }
        if (m == n)
            return 1;
    }
    return 0;
}

/* Checks the phrase clauses on title and text: 1 keep, 0 drop. */
static rasd_status phrases_ok(searcher *x, uint32_t docid, rbuf *text, int *ok)
{
    search_ctx *s = x->s;
    const char *title = "";
    rasd_status rc = load_text(s, docid, text);
    *ok = 0;
    if (rc)
        return rc == RASD_END ? RASD_OK : rc;
    sqlite3_bind_int64(s->st[SS_ART], 1, docid);
    if (sqlite3_step(s->st[SS_ART]) == SQLITE_ROW && sqlite3_column_text(s->st[SS_ART], 1))
        title = (const char *)sqlite3_column_text(s->st[SS_ART], 1);
    rc = doc_words(s->e, s->doc2, title, strlen(title), NULL, NULL);
    sqlite3_reset(s->st[SS_ART]);   /* title's memory is analysed: tokens point into s->doc2 */
    if (!rc)
        rc = doc_words(s->e, s->doc, text->p, text->n, NULL, NULL);
    *ok = rc == RASD_OK;
    for (size_t c = 0; c < x->q->ncl && *ok; c++) {
        const qclause *cl = &x->q->cl[c];
        int found;
        if (!cl->phrase || cl->n < 2 || cl->occur == OCCUR_SHOULD)
            continue;
        found = doc_has_phrase(x, s->doc, c) || doc_has_phrase(x, s->doc2, c);
        *ok = cl->occur == OCCUR_MUST ? found : !found;
    }
    return rc;
}

static void html_escaped(rbuf *b, const char *s, size_t n, rasd_status *rc)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        size_t run = i;
        while (run < n && s[run] != '<' && s[run] != '>' && s[run] != '&' && s[run] != '\n' &&
               s[run] != '\r' && s[run] != '\t')
            run++;
        if (run > i) {                /* most of a snippet: added in one go */
            rbuf_add(b, s + i, run - i, rc);
            i = run - 1;
            continue;
        }
        if (c == '<')
            rbuf_adds(b, "&lt;", rc);
        else if (c == '>')
            rbuf_adds(b, "&gt;", rc);
        else if (c == '&')
            rbuf_adds(b, "&amp;", rc);
        else
            rbuf_addc(b, c == '\n' || c == '\r' || c == '\t' ? ' ' : c, rc);
    }
}

static int token_matches(const searcher *x, const rasd_token *t)
{
    return token_indexed(t) && strmap_get(&x->unit_of, t->stem, t->stem_len) != 0;
}

/* Whether a word with normalised form norm may match a query unit: the light stemmer's stem
 * is a part of the word's normalised form, so a word that holds no unit cannot match, and
 * the snippet need not stem it (its stem stays norm, which is no unit either). */
static int may_match(void *ctx, const char *norm, size_t len)
{
    const searcher *x = ctx;
    for (size_t u = 0; u < x->nunits; u++) {
        const char *k = unit_key(x, u);
        size_t n = x->units[u].len;
        if (!n)
            return 1;
        for (size_t i = 0; n <= len && i <= len - n; i++)
            if (norm[i] == k[0] && memcmp(norm + i, k, n) == 0)
                return 1;
    }
    return 0;
}

/* The filter of the words a snippet stems (may_match), NULL (all) unless the stemmer is the
 * light one. */
static int (*snippet_filter(const searcher *x))(void *, const char *, size_t)
{
    return x->s->e->cfg.stemmer == RASD_STEM_LIGHT ? may_match : NULL;
}

/* The window of SNIPPET_TOKENS tokens of the analysed text with the most matches. */
static char *make_snippet(const searcher *x, const rasd_doc *d, const char *text, size_t len)
{
    size_t nt, best = 0, best_n = 0, cur = 0;
    const rasd_token *t = rasd_doc_tokens(d, &nt);
    rbuf b = {0};
    rasd_status rc = RASD_OK;
    uint32_t from, to, at;
    for (size_t i = 0; i < nt; i++) {
        cur += (size_t)token_matches(x, &t[i]);
        if (i >= SNIPPET_TOKENS)
            cur -= (size_t)token_matches(x, &t[i - SNIPPET_TOKENS]);
        if (cur > best_n)
            best_n = cur, best = i >= SNIPPET_TOKENS ? i - SNIPPET_TOKENS + 1 : 0;
    }
    if (!nt)
        return strdup("");
    from = t[best].start;
    at = from;
    to = t[best + SNIPPET_TOKENS < nt ? best + SNIPPET_TOKENS - 1 : nt - 1].end;
    if (best > 0)
        rbuf_adds(&b, "… ", &rc);
    for (size_t i = best; i < nt && t[i].end <= to; i++) {
        if (!token_matches(x, &t[i]))
            continue;
        html_escaped(&b, text + at, t[i].start - at, &rc);
        rbuf_adds(&b, "<b>", &rc);
        html_escaped(&b, text + t[i].start, t[i].end - t[i].start, &rc);
        rbuf_adds(&b, "</b>", &rc);
        at = t[i].end;
    }
    html_escaped(&b, text + at, to - at, &rc);
    if (to < len)
        rbuf_adds(&b, " …", &rc);
    rbuf_addc(&b, 0, &rc);
    if (rc) {
        rbuf_free(&b);
        return NULL;
    }
    return b.p;
}

/* ----------------------------------------------------------------- results */

static char *dup_col(sqlite3_stmt *st, int i)
{
    const unsigned char *v = sqlite3_column_text(st, i);
    return v ? strdup((const char *)v) : NULL;
}

rasd_status results_add(rasd_results *r, search_ctx *s, int64_t docid, double score)
{
    rasd_status rc = RASD_OK;
    rasd_hit *h;
    r->hits = grow_array(r->hits, &r->cap, r->n + 1, sizeof *r->hits, &rc);
    if (rc)
        return rc;
    h = memset(&r->hits[r->n], 0, sizeof *h);
    sqlite3_bind_int64(s->st[SS_ART], 1, docid);
    if (sqlite3_step(s->st[SS_ART]) != SQLITE_ROW) {
        sqlite3_reset(s->st[SS_ART]);
        return RASD_OK;         /* replaced meanwhile */
    }
    h->id = dup_col(s->st[SS_ART], 0);
    h->title = dup_col(s->st[SS_ART], 1);
    h->published = dup_col(s->st[SS_ART], 2);
    h->source = dup_col(s->st[SS_ART], 3);
    h->score = score;
    sqlite3_reset(s->st[SS_ART]);
    r->n++;
    return h->id ? RASD_OK : RASD_ENOMEM;
}

static int hit_cmp(const void *a, const void *b)
{
    const hit *x = a, *y = b;
    return hit_less(x, y) ? 1 : hit_less(y, x) ? -1 : 0;
}

/* Collapsing: 1 when docid or one of its copies was shown already (that hit's copy count
 * grows); else 0, and docid and its copies now point to hit r->n. */
static int collapsed(searcher *x, rasd_results *r, uint32_t docid, rasd_status *rc)
{
    size_t first = x->nseen;
    int r2;
    x->seen = grow_array(x->seen, &x->seen_cap, x->nseen + 1, sizeof *x->seen, rc);
    if (*rc)
        return 0;
    x->seen[x->nseen++] = docid;
    sqlite3_bind_int64(x->related, 1, docid);
    while ((r2 = sqlite3_step(x->related)) == SQLITE_ROW && !*rc) {
        x->seen = grow_array(x->seen, &x->seen_cap, x->nseen + 1, sizeof *x->seen, rc);
        if (!*rc)
            x->seen[x->nseen++] = sqlite3_column_int64(x->related, 0);
    }
    sqlite3_reset(x->related);
    for (size_t i = first; i < x->nseen && !*rc; i++)
        for (size_t j = 0; j < first; j++)
            if (x->seen[j] == x->seen[i]) {
                r->hits[x->seen_hit[j]].copies++;
                x->nseen = first;
                return 1;
            }
    x->seen_hit = grow_array(x->seen_hit, &x->seen_hit_cap, x->nseen, sizeof *x->seen_hit, rc);
    for (size_t i = first; i < x->nseen && !*rc; i++)
        x->seen_hit[i] = r->n;
    return 0;
}

static rasd_status finish(searcher *x, rasd_results *r, unsigned flags)
{
    rbuf text = {0};
    rasd_status rc = RASD_OK;
    if (x->nheap)
        qsort(x->heap, x->nheap, sizeof *x->heap, hit_cmp);
    for (size_t i = 0; i < x->nheap && r->n < x->want && !rc; i++) {
        int ok = 1, loaded = 0;
        if (x->collect_all) {
            rc = phrases_ok(x, x->heap[i].docid, &text, &ok);
            loaded = 1;
        }
        if (rc || !ok)
            continue;
        if (x->related && collapsed(x, r, x->heap[i].docid, &rc))
            continue;
        size_t before = r->n;
        rc = results_add(r, x->s, x->heap[i].docid, x->heap[i].score);
        if (rc || r->n == before || (flags & RASD_QUERY_NO_SNIPPET))
            continue;
        if (!loaded && (rc = load_text(x->s, x->heap[i].docid, &text)) == RASD_OK)
            rc = doc_words(x->s->e, x->s->doc, text.p, text.n, snippet_filter(x), x);
        if (rc == RASD_END)
            rc = RASD_OK;
        else if (!rc && !(r->hits[before].snippet = make_snippet(x, x->s->doc, text.p, text.n)))
            rc = RASD_ENOMEM;
    }
    rbuf_free(&text);
    return rc;
}

static void searcher_free(searcher *x)
{
    rbuf_free(&x->keys);
    free(x->units);
    strmap_free(&x->unit_of);
    free(x->cu);
    free(x->cl_first);
    free(x->cl_n);
    free(x->ent);
    free(x->heap);
    free(x->seen);
    free(x->seen_hit);
}

static rasd_status source_filter(search_ctx *s, const char *name, int64_t *sid)
{
    *sid = !name ? -1 : stmt_int(s->st[SS_SOURCE], name);
    if (*sid == 0)
        *sid = -2;               /* no such source: nothing matches */
    return RASD_OK;
}

static rasd_status run_query(search_ctx *s, const query *q, const rasd_query_opts *o,
                             rasd_results *r)
{
    searcher x = {0};
    rasd_status rc;
    x.s = s;
    x.c = &s->cache;
    x.q = q;
    x.want = o->limit ? (o->limit > LIMIT_MAX ? LIMIT_MAX : o->limit) : 10;
    x.k = x.want;
    x.collect_all = q->has_phrase;
    if (o->flags & RASD_QUERY_COLLAPSE) {
        x.related = s->st[SS_RELATED];
        x.k = x.want * 4 + 16;     /* room for the copies that collapse */
    }
    x.since = day_ymd(o->since);
    x.until = day_ymd(o->until);
    if ((o->since && !x.since) || (o->until && !x.until))
        return sql_fail(s->c, RASD_EPARSE, "dates are YYYY-MM-DD");
    rc = source_filter(s, o->source, &x.sid);
    if (!rc && !x.collect_all && !(x.heap = malloc(x.k * sizeof *x.heap)))
        rc = RASD_ENOMEM;
    if (!rc)
        rc = build_units(&x);
    if (!rc)
        rc = resolve_units(&x);
    for (size_t g = 0; g < x.c->nsegs && !rc && x.sid != -2; g++)
        rc = eval_segment(&x, g);
    if (!rc)
        rc = finish(&x, r, o->flags);
    searcher_free(&x);
    return rc;
}

rasd_status search_run(search_ctx *s, const char *text, const rasd_query_opts *opts,
                        rasd_results **out)
{
    rasd_query_opts def = {0};
    rasd_results *r;
    query q;
    rasd_status rc;
    if (!s || !text || !out)
        return RASD_EINVAL;
    *out = NULL;
    s->c->err[0] = 0;
    opts = opts ? opts : &def;
    if (!(r = calloc(1, sizeof *r)))
        return RASD_ENOMEM;
    if (opts->flags & RASD_QUERY_FTS5) {
        rc = fts5_search(s, text, opts, r);
    } else if ((rc = query_parse(&q, s->e, s->doc, text, opts->flags)) != RASD_OK) {
        sql_fail(s->c, rc, "%s", q.err[0] ? q.err : rasd_strerror(rc));
        query_free(&q);
    } else {
        /* One read transaction: one lock, one snapshot for the whole query. */
        int txn = sqlite3_get_autocommit(s->c->db) &&
                  sqlite3_exec(s->c->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
        rc = cache_refresh(s);
        if (!rc)
            rc = run_query(s, &q, opts, r);
        if (txn)
            sqlite3_exec(s->c->db, "COMMIT", NULL, NULL, NULL);
        query_free(&q);
    }
    if (rc) {
        rasd_results_free(r);
        return rc;
    }
    *out = r;
    return RASD_OK;
}

size_t rasd_results_count(const rasd_results *r)
{
    return r ? r->n : 0;
}

const rasd_hit *rasd_results_hit(const rasd_results *r, size_t i)
{
    return r && i < r->n ? &r->hits[i] : NULL;
}

void rasd_results_free(rasd_results *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++) {
        free((char *)r->hits[i].id);
        free((char *)r->hits[i].title);
        free((char *)r->hits[i].published);
        free((char *)r->hits[i].source);
        free((char *)r->hits[i].snippet);
    }
    free(r->hits);
    free(r);
}
