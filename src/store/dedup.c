/* dedup.c — the store side of duplicate detection (the algorithms are src/dedup/'s): what
 * happens during ingest, inside the store's batch transaction.
 *
 * Exact copies: each new article's fingerprint (dedup_fingerprint: its normalised words)
 * is looked up among the stored ones; a match joins it to the group's first article with a
 * pair (first, new, "exact"). The fingerprints are read into a hash map on the first put of a
 * store handle (16 bytes an article: 31k articles take milliseconds, 1M about a third of a
 * second) and kept in step with the table; a dropped batch empties the map. Texts under
 * DEDUP_MIN_CHARS characters are crawl debris: they are flagged and never grouped. An exact
 * copy is not compared further: its group's first article stands for it.
 *
 * Candidates for near copies and reuse come from two keys kept per article, in tables and
 * in memory (dedup_map, read on the first put): the DEDUP_BANDS LSH band keys of its MinHash
 * signature (texts with Jaccard similarity 0.8 share one with probability 0.9998), and its
 * winnowed shingle keys (texts that share a run of 20 words share one; a key that
 * DEDUP_KEY_LIMIT articles hold is boilerplate and proposes none). The candidates sharing the
 * most keys (a band counts as a window of passage keys) are compared with the new one, at
 * most DEDUP_MAX_CANDIDATES, from their stored word hashes (no text is analysed again): the
 * shared passages (dedup_align) and the exact Jaccard similarity of the two shingle sets. Jaccard DEDUP_NEAR or more records a
 * "near" pair; else DEDUP_REUSE_MIN aligned words or more record "reuse". The pair's first
 * article is the one published first (else the one stored first), and its spans are the
 * aligned passages, stored as word ranges and turned into byte ranges of both texts when
 * listed (dedup_spans: the two texts are tokenised again, which listing can afford).
 */
#include "dedup/dedup.h"
#include "store/store_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DEDUP_MIN_CHARS 50
#define DEDUP_NEAR 0.8
#define DEDUP_REUSE_MIN 20      /* aligned words that make two texts reuse */
#define DEDUP_MAX_CANDIDATES 16 /* verified per new article, most shared keys first */
#define DEDUP_BAND_LIMIT 256    /* articles kept per band key */
#define DEDUP_KEY_LIMIT 32      /* articles kept per passage key: more is boilerplate */

static const char *const sql[DEDUP_STMTS] = {
    [DD_FP_ALL] = "SELECT docid, fp FROM fingerprints WHERE debris = 0 ORDER BY docid",
    [DD_FP_INS] = "INSERT OR REPLACE INTO fingerprints(docid, fp, debris) VALUES (?, ?, ?)",
    /* an upsert, not INSERT OR REPLACE: dupe_counts' triggers see the old pair's kind */
    [DD_PAIR] = "INSERT INTO dupes(a, b, kind, similarity, spans) VALUES (?,?,?,?,?)"
                " ON CONFLICT(a, b) DO UPDATE SET kind = excluded.kind,"
                " similarity = excluded.similarity, spans = excluded.spans",
    [DD_DEL_PAIRS] = "DELETE FROM dupes WHERE a = ?1 OR b = ?1",
    [DD_DEL_FP] = "DELETE FROM fingerprints WHERE docid = ?",
    [DD_LSH_ALL] = "SELECT docid, bands FROM lsh ORDER BY docid",
    [DD_LSH_INS] = "INSERT OR REPLACE INTO lsh(docid, bands) VALUES (?, ?)",
    [DD_TEXT] = "SELECT a.published, t.text FROM articles a JOIN texts t USING (docid) "
                "WHERE docid = ?",
    [DD_FP_OF] = "SELECT fp FROM fingerprints WHERE docid = ?",
    [DD_PAS_ALL] = "SELECT docid, keys FROM passages ORDER BY docid",
    [DD_PAS_INS] = "INSERT OR REPLACE INTO passages(docid, keys, words) VALUES (?, ?, ?)",
    [DD_WORDS] = "SELECT a.published, p.words FROM articles a JOIN passages p USING (docid) "
                 "WHERE docid = ?",
    [DD_DEL_LSH] = "DELETE FROM lsh WHERE docid = ?",
    [DD_DEL_PAS] = "DELETE FROM passages WHERE docid = ?",
    [DD_GROUP] = "SELECT b FROM dupes WHERE a = ? AND kind = 'exact' ORDER BY b",
};

static void dedup_new_free(dedup_new *n)
{
    dedup_text_free(&n->t);
    free(n->keys);
    free(n->tmp);
    rbuf_free(&n->scratch);
    memset(n, 0, sizeof *n);
}

static void dedup_state_free(dedup_state *d)
{
    for (int i = 0; i < DEDUP_STMTS; i++)
        sqlite3_finalize(d->st[i]);
    rbuf_free(&d->scratch);
    strmap_free(&d->fps);
    dedup_map_free(&d->bands);
    dedup_map_free(&d->passages);
    dedup_new_free(&d->own);
    dedup_text_free(&d->other);
    free(d->sh);
    free(d->cand);
    dedup_aligner_free(&d->al);
    rbuf_free(&d->spans);
    rbuf_free(&d->text);
    rasd_doc_free(d->doc);
    memset(d, 0, sizeof *d);
}

static size_t count_chars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* ------------------------------------------------------------ what is kept */

/* Reads the keys of every article (a blob of `width`-byte keys) from statement st into m. */
static rasd_status load_keys(sqlite3_stmt *st, dedup_map *m, size_t width, size_t limit)
{
    rasd_status rc = RASD_OK;
    dedup_map_clear(m);
    while (!rc && sqlite3_step(st) == SQLITE_ROW) {
        const unsigned char *b = sqlite3_column_blob(st, 1);
        size_t n = (size_t)sqlite3_column_bytes(st, 1) / width;
        uint32_t doc = (uint32_t)sqlite3_column_int64(st, 0);
        for (size_t i = 0; i < n && !rc; i++) {
            uint64_t key8;
            uint32_t key4;
            if (width == 8)
                memcpy(&key8, b + width * i, 8), key4 = (uint32_t)key8;
            else
                memcpy(&key4, b + width * i, 4);
            rc = dedup_map_add(m, key4, doc, limit);
        }
    }
    sqlite3_reset(st);
    return rc;
}

/* Fills the map fingerprint → 1 + the first docid with it, and the candidate maps. */
static rasd_status load(rasd_store *s)
{
    sqlite3_stmt *st = DD(s)->st[DD_FP_ALL];
    rasd_status rc = RASD_OK;
    strmap_clear(&DD(s)->fps);
    while (!rc && sqlite3_step(st) == SQLITE_ROW) {
        uint64_t *v;
        if (sqlite3_column_bytes(st, 1) != 16)
            continue;
        v = strmap_upsert(&DD(s)->fps, sqlite3_column_blob(st, 1), 16, &rc);
        if (v && !*v)
            *v = (uint64_t)sqlite3_column_int64(st, 0) + 1;
    }
    sqlite3_reset(st);
    if (!rc)    /* a band key is 64 bits in the table; its low 32 bits serve as key here */
        rc = load_keys(DD(s)->st[DD_LSH_ALL], &DD(s)->bands, 8, DEDUP_BAND_LIMIT);
    if (!rc)
        rc = load_keys(DD(s)->st[DD_PAS_ALL], &DD(s)->passages, 4, DEDUP_KEY_LIMIT);
    DD(s)->loaded = !rc;
    return rc;
}

static void dedup_forget(rasd_store *s)
{
    strmap_clear(&DD(s)->fps);
    dedup_map_clear(&DD(s)->bands);
    dedup_map_clear(&DD(s)->passages);
    DD(s)->loaded = 0;
}

/* The first article with this fingerprint, or -1; new ones join the map as firsts. */
static int64_t find_exact(rasd_store *s, const unsigned char fp[16], int64_t docid,
                          rasd_status *rc)
{
    uint64_t *v = strmap_upsert(&DD(s)->fps, (const char *)fp, 16, rc);
    if (!v)
        return -1;
    if (*v)
        return (int64_t)*v - 1;
    *v = (uint64_t)docid + 1;
    return -1;
}

/* ------------------------------------------------------------------- pairs */

/* Loads docid's text into d->text and its publication time into pub; 0 if it is gone. */
static int load_doc(rasd_store *s, int64_t docid, char *pub, size_t cap)
{
    sqlite3_stmt *st = DD(s)->st[DD_TEXT];
    rasd_status rc = RASD_OK;
    int found;
    sqlite3_bind_int64(st, 1, docid);
    found = sqlite3_step(st) == SQLITE_ROW;
    pub[0] = 0;
    DD(s)->text.n = 0;
    if (found) {
        if (sqlite3_column_text(st, 0))
            snprintf(pub, cap, "%s", (const char *)sqlite3_column_text(st, 0));
        rbuf_add(&DD(s)->text, sqlite3_column_text(st, 1), (size_t)sqlite3_column_bytes(st, 1), &rc);
        rbuf_addc(&DD(s)->text, 0, &rc);
    }
    sqlite3_reset(st);
    return found && !rc;
}

/* Loads docid's stored word hashes into d->other and its publication time into pub; 0 if
 * it is gone. */
static int load_words(rasd_store *s, int64_t docid, char *pub, size_t cap, rasd_status *rc)
{
    sqlite3_stmt *st = DD(s)->st[DD_WORDS];
    int found;
    sqlite3_bind_int64(st, 1, docid);
    found = sqlite3_step(st) == SQLITE_ROW;
    pub[0] = 0;
    if (found) {
        if (sqlite3_column_text(st, 0))
            snprintf(pub, cap, "%s", (const char *)sqlite3_column_text(st, 0));
        *rc = dedup_text_load(&DD(s)->other, sqlite3_column_blob(st, 1),
                              (size_t)sqlite3_column_bytes(st, 1) / 4);
    }
    sqlite3_reset(st);
    return found && !*rc;
}

static void put_u32(rbuf *b, uint32_t v, rasd_status *rc)
{
    unsigned char le[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                           (unsigned char)(v >> 24)};
    rbuf_add(b, le, 4, rc);
}

static int by_b(const void *p, const void *q)
{
    const dedup_passage *a = p, *b = q;
    return (a->b > b->b) - (a->b < b->b);
}

/* The aligned passages as stored, in the order of a: per passage a's first word, a's end
 * word, b's first, b's end (word numbers, 32-bit little-endian; rasd_store_dupes turns them
 * into byte ranges). x is the new text, and is the pair's a when x_first. */
static void encode_spans(dedup_state *d, int x_first, rasd_status *rc)
{
    d->spans.n = 0;
    if (!x_first)
        qsort(d->al.runs, d->al.nruns, sizeof *d->al.runs, by_b);
    for (size_t i = 0; i < d->al.nruns; i++) {
        const dedup_passage *p = &d->al.runs[i];
        uint32_t as = x_first ? p->a : p->b, al = x_first ? p->alen : p->blen;
        uint32_t bs = x_first ? p->b : p->a, bl = x_first ? p->blen : p->alen;
        put_u32(&d->spans, as, rc);
        put_u32(&d->spans, as + al, rc);
        put_u32(&d->spans, bs, rc);
        put_u32(&d->spans, bs + bl, rc);
    }
}

static rasd_status record_pair(rasd_store *s, int64_t a, int64_t b, const char *kind, double sim,
                               const rbuf *spans)
{
    sqlite3_stmt *st = DD(s)->st[DD_PAIR];
    sqlite3_bind_int64(st, 1, a);
    sqlite3_bind_int64(st, 2, b);
    sqlite3_bind_text(st, 3, kind, -1, SQLITE_STATIC);
    sqlite3_bind_double(st, 4, sim);
    if (spans && spans->n)
        sqlite3_bind_blob(st, 5, spans->p, (int)spans->n, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, 5);
    return store_step(st) ? RASD_OK : store_sqlfail(s, "recording a duplicate");
}

/* -------------------------------------------------------------- candidates */

typedef struct cand_ctx {
    dedup_state *d;
    uint32_t self, weight;
    rasd_status rc;
} cand_ctx;

static void add_cand(void *p, uint32_t doc)
{
    cand_ctx *c = p;
    dedup_state *d = c->d;
    size_t i = 0;
    if (doc == c->self)
        return;
    while (i < d->ncand && d->cand[i].doc != doc)
        i++;
    if (i == d->ncand) {
        d->cand = grow_array(d->cand, &d->cand_cap, d->ncand + 1, sizeof *d->cand, &c->rc);
        if (c->rc)
            return;
        d->cand[d->ncand++] = (dedup_cand){doc, 0};
    }
    d->cand[i].hits += c->weight;
}

static int by_hits(const void *p, const void *q)
{
    const dedup_cand *a = p, *b = q;
    if (a->hits != b->hits)
        return a->hits > b->hits ? -1 : 1;
    return (a->doc > b->doc) - (a->doc < b->doc);
}

/* The stored articles that share a band key or a passage key with the new one, most
 * shared first (a band counts as much as a whole window of passage keys), at most
 * DEDUP_MAX_CANDIDATES of them. A passage key that reached DEDUP_KEY_LIMIT articles is
 * boilerplate and proposes none. */
typedef struct key_docs {
    uint32_t doc[DEDUP_KEY_LIMIT];
    size_t n;
} key_docs;

static void gather(void *p, uint32_t doc)
{
    key_docs *k = p;
    if (k->n < DEDUP_KEY_LIMIT)
        k->doc[k->n++] = doc;
}

static size_t candidates(dedup_state *d, int64_t docid, const dedup_new *nw, rasd_status *rc)
{
    cand_ctx c = {d, (uint32_t)docid, DEDUP_WINDOW, RASD_OK};
    d->ncand = 0;
    for (unsigned b = 0; b < DEDUP_BANDS; b++)
        dedup_map_prefetch(&d->bands, (uint32_t)nw->bands[b]);
    for (size_t i = 0; i < nw->nkeys; i++)
        dedup_map_prefetch(&d->passages, nw->keys[i]);
    for (unsigned b = 0; b < DEDUP_BANDS && !c.rc; b++)
        dedup_map_get(&d->bands, (uint32_t)nw->bands[b], add_cand, &c);
    c.weight = 1;
    for (size_t i = 0; i < nw->nkeys && !c.rc; i++) {
        key_docs k = {{0}, 0};
        if (dedup_map_get(&d->passages, nw->keys[i], gather, &k) >= DEDUP_KEY_LIMIT)
            continue;                /* a boilerplate key proposes nothing */
        for (size_t j = 0; j < k.n; j++)
            add_cand(&c, k.doc[j]);
    }
    *rc = c.rc;
    if (d->ncand > 1)
        qsort(d->cand, d->ncand, sizeof *d->cand, by_hits);
    return d->ncand < DEDUP_MAX_CANDIDATES ? d->ncand : DEDUP_MAX_CANDIDATES;
}

/* ------------------------------------------------------------- comparison */

/* Compares candidate cand with the new article (nw, its shingle set d->sh[0,nsh)) and
 * records the pair if it is a near copy or reuse. */
static rasd_status compare(rasd_store *s, int64_t docid, const dedup_new *nw, const char *pub,
                           int64_t cand, size_t nsh)
{
    dedup_state *d = DD(s);
    char cpub[64];
    rasd_status rc = RASD_OK;
    size_t same, shorter;
    double j;
    int x_first;
    if (!load_words(s, cand, cpub, sizeof cpub, &rc))
        return rc;                               /* replaced meanwhile, or no memory */
    same = dedup_align(&d->al, &nw->t, &d->other, &rc);
    if (rc)
        return rc;
    j = dedup_aligned_jaccard(&d->al, &d->other, d->sh, nsh);
    shorter = nw->t.nw < d->other.nw ? nw->t.nw : d->other.nw;
    if (j < DEDUP_NEAR && same < DEDUP_REUSE_MIN)
        return RASD_OK;
    x_first = pub && *pub && cpub[0] && strcmp(pub, cpub) < 0;  /* the new one came first */
    encode_spans(d, x_first, &rc);
    if (rc)
        return rc;
    return record_pair(s, x_first ? docid : cand, x_first ? cand : docid,
                       j >= DEDUP_NEAR ? "near" : "reuse",
                       j >= DEDUP_NEAR ? j : (double)same / (double)(shorter ? shorter : 1),
                       &d->spans);
}

static int cmp_u32(const void *p, const void *q)
{
    uint32_t a = *(const uint32_t *)p, b = *(const uint32_t *)q;
    return (a > b) - (a < b);
}

/* Sorts keys[0,n) and drops repeats; returns the new count. */
static size_t unique_keys(uint32_t *k, size_t n)
{
    size_t m = 0;
    qsort(k, n, sizeof *k, cmp_u32);
    for (size_t i = 0; i < n; i++)
        if (i == 0 || k[i] != k[i - 1])
            k[m++] = k[i];
    return m;
}

/* Stores the new article's keys, in the tables and in memory. */
static rasd_status keep_keys(rasd_store *s, int64_t docid, const dedup_new *nw)
{
    dedup_state *d = DD(s);
    rasd_status rc = RASD_OK;
    sqlite3_stmt *st;
    for (unsigned b = 0; b < DEDUP_BANDS; b++)
        dedup_map_prefetch(&d->bands, (uint32_t)nw->bands[b]);
    for (size_t i = 0; i < nw->nkeys; i++)
        dedup_map_prefetch(&d->passages, nw->keys[i]);
    for (unsigned b = 0; b < DEDUP_BANDS && !rc; b++)
        rc = dedup_map_add(&d->bands, (uint32_t)nw->bands[b], (uint32_t)docid, DEDUP_BAND_LIMIT);
    for (size_t i = 0; i < nw->nkeys && !rc; i++)
        rc = dedup_map_add(&d->passages, nw->keys[i], (uint32_t)docid, DEDUP_KEY_LIMIT);
    if (rc)
        return rc;
    st = d->st[DD_LSH_INS];
    sqlite3_bind_int64(st, 1, docid);
    sqlite3_bind_blob(st, 2, nw->bands, DEDUP_BANDS * sizeof *nw->bands, SQLITE_STATIC);
    if (!store_step(st))
        return store_sqlfail(s, "adding to the LSH index");
    st = d->st[DD_PAS_INS];
    sqlite3_bind_int64(st, 1, docid);
    sqlite3_bind_blob(st, 2, nw->nkeys ? (const void *)nw->keys : "",
                      (int)(nw->nkeys * sizeof *nw->keys), SQLITE_STATIC);
    d->scratch.n = 0;
    dedup_text_words(&nw->t, &d->scratch, &rc);
    if (rc)
        return rc;
    sqlite3_bind_blob(st, 3, d->scratch.n ? d->scratch.p : "", (int)d->scratch.n, SQLITE_STATIC);
    return store_step(st) ? RASD_OK : store_sqlfail(s, "adding to the passage index");
}

/* What duplicate detection needs of the analysed text (a pure function of it, so any thread
 * may compute it). */
static rasd_status dedup_new_build(dedup_new *n, const rasd_doc *text)
{
    uint32_t sig[DEDUP_K];
    size_t len;
    const char *t = rasd_doc_text(text, &len);
    rasd_status rc;
    n->debris = count_chars(t, len) < DEDUP_MIN_CHARS;
    dedup_fingerprint(text, &n->scratch, n->fp);
    if ((rc = dedup_text_build(&n->t, text)) != RASD_OK)
        return rc;
    n->tmp = grow_array(n->tmp, &n->tmp_cap, n->t.nw + 1, sizeof *n->tmp, &rc);
    n->keys = grow_array(n->keys, &n->keys_cap, n->t.nw + 1, sizeof *n->keys, &rc);
    if (rc)
        return rc;
    dedup_minhash(n->t.sh, n->t.nsh, sig);
    for (unsigned b = 0; b < DEDUP_BANDS; b++)
        n->bands[b] = dedup_band(sig, b);
    n->nkeys = unique_keys(n->keys, dedup_keys(&n->t, n->tmp, n->keys));
    return RASD_OK;
}

/* Compares the new article nw with its candidates and keeps its keys. */
static rasd_status compare_all(rasd_store *s, int64_t docid, const dedup_new *nw,
                               const char *pub)
{
    dedup_state *d = DD(s);
    rasd_status rc = RASD_OK;
    size_t nsh, ncand;
    if (!d->doc && rasd_doc_new(&d->doc) != RASD_OK)
        return RASD_ENOMEM;
    d->sh = grow_array(d->sh, &d->sh_cap, nw->t.nsh + 1, sizeof *d->sh, &rc);
    if (rc)
        return rc;
    ncand = candidates(d, docid, nw, &rc);
    memcpy(d->sh, nw->t.sh, nw->t.nsh * sizeof *d->sh);
    nsh = ncand ? dedup_set(d->sh, nw->t.nsh) : 0;
    for (size_t i = 0; i < ncand && !rc; i++)
        rc = compare(s, docid, nw, pub, d->cand[i].doc, nsh);
    d->compared += (int64_t)ncand;
    return rc ? rc : keep_keys(s, docid, nw);
}

static double cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static rasd_status check(rasd_store *s, int64_t docid, const dedup_new *nw, const char *pub);

/* nw: what the preparing thread computed of text, or NULL (the writer computes it). */
static rasd_status dedup_put(rasd_store *s, int64_t docid, const rasd_doc *text,
                             const dedup_new *nw, const char *pub)
{
    double t0 = cpu_now();
    rasd_status rc = RASD_OK;
    if (!nw && (rc = dedup_new_build(&DD(s)->own, text)) == RASD_OK)
        nw = &DD(s)->own;
    if (!rc)
        rc = check(s, docid, nw, pub);
    DD(s)->cpu += cpu_now() - t0;
    DD(s)->checked++;
    return rc;
}

/* Pairs the new article with its exact group by its fingerprint, or compares it with its
 * candidates. */
static rasd_status check(rasd_store *s, int64_t docid, const dedup_new *nw, const char *pub)
{
    sqlite3_stmt *st = DD(s)->st[DD_FP_INS];
    rasd_status rc = RASD_OK;
    int64_t first;
    if (!DD(s)->loaded && (rc = load(s)) != RASD_OK)
        return rc;
    first = nw->debris ? -1 : find_exact(s, nw->fp, docid, &rc);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, docid);
    sqlite3_bind_blob(st, 2, nw->fp, 16, SQLITE_STATIC);
    sqlite3_bind_int(st, 3, nw->debris);
    if (!store_step(st))
        return store_sqlfail(s, "adding a fingerprint");
    if (nw->debris)
        return RASD_OK;
    if (first >= 0)            /* its near copies and reuse are its group's first's */
        return record_pair(s, first, docid, "exact", 1.0, NULL);
    return compare_all(s, docid, nw, pub);
}

/* ------------------------------------------------------------------ removal */

/* The exact copies of group first `old` (docids, ascending) in *out; returns how many. */
static size_t group_of(rasd_store *s, int64_t old, int64_t **out, rasd_status *rc)
{
    sqlite3_stmt *st = DD(s)->st[DD_GROUP];
    size_t n = 0, cap = 0;
    *out = NULL;
    sqlite3_bind_int64(st, 1, old);
    while (!*rc && sqlite3_step(st) == SQLITE_ROW) {
        *out = grow_array(*out, &cap, n + 1, sizeof **out, rc);
        if (!*rc)
            (*out)[n++] = sqlite3_column_int64(st, 0);
    }
    sqlite3_reset(st);
    return n;
}

/* The group of `old` (its first article, going) gets its next copy as first: the others are
 * paired with it, and it takes the group's place among the candidates (its keys, its near
 * copies and reuse). `first` is the group's entry in the fingerprint map. */
static rasd_status regroup(rasd_store *s, int64_t old, uint64_t *first)
{
    rasd_status rc = RASD_OK;
    int64_t *g;
    size_t n = group_of(s, old, &g, &rc);
    char pub[64];
    if (!rc && n > 0) {
        *first = (uint64_t)g[0] + 1;
        for (size_t i = 1; i < n && !rc; i++)
            rc = record_pair(s, g[0], g[i], "exact", 1.0, NULL);
        if (!rc && load_doc(s, g[0], pub, sizeof pub) &&
            doc_tokenize(s->e, DD(s)->doc, DD(s)->text.p, DD(s)->text.n - 1) == RASD_OK &&
            (rc = dedup_new_build(&DD(s)->own, DD(s)->doc)) == RASD_OK)
            rc = compare_all(s, g[0], &DD(s)->own, pub);
    }
    free(g);
    return rc;
}

static rasd_status dedup_remove(rasd_store *s, int64_t docid)
{
    sqlite3_stmt *st = DD(s)->st[DD_FP_OF];
    static const int del[] = {DD_DEL_PAIRS, DD_DEL_FP, DD_DEL_LSH, DD_DEL_PAS};
    rasd_status rc = RASD_OK;
    uint64_t *first = NULL;
    if (!DD(s)->loaded && (rc = load(s)) != RASD_OK)
        return rc;
    if (!DD(s)->doc && rasd_doc_new(&DD(s)->doc) != RASD_OK)
        return RASD_ENOMEM;
    sqlite3_bind_int64(st, 1, docid);
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_bytes(st, 0) == 16)
        first = strmap_find(&DD(s)->fps, sqlite3_column_blob(st, 0), 16);
    sqlite3_reset(st);
    if (first && *first == (uint64_t)docid + 1) {
        *first = 0;            /* none left: the group starts again with its next new copy */
        rc = regroup(s, docid, first);
    }
    for (size_t i = 0; i < sizeof del / sizeof *del && !rc; i++) {
        sqlite3_bind_int64(DD(s)->st[del[i]], 1, docid);
        if (!store_step(DD(s)->st[del[i]]))
            rc = store_sqlfail(s, "removing an article's duplicates");
    }
    return rc;
}

/* ------------------------------------------------------------------ listing */

static uint32_t get_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The byte range of each word of docid's text in *out (memory reused: *cap); returns how
 * many, 0 if the article is gone. */
static size_t word_ranges(rasd_store *s, int64_t docid, rasd_span **out, size_t *cap,
                          rasd_status *rc)
{
    sqlite3_stmt *st = s->st[ST_TEXT];
    size_t n = 0;
    if (!DD(s)->doc && rasd_doc_new(&DD(s)->doc) != RASD_OK) {
        *rc = RASD_ENOMEM;
        return 0;
    }
    sqlite3_bind_int64(st, 1, docid);
    if (sqlite3_step(st) == SQLITE_ROW &&
        doc_tokenize(s->e, DD(s)->doc, (const char *)sqlite3_column_text(st, 0),
                     (size_t)sqlite3_column_bytes(st, 0)) == RASD_OK)
        n = dedup_word_spans(DD(s)->doc, out, cap, rc);
    sqlite3_reset(st);
    return n;
}

/* One side of a stored pair: its word ranges, kept while the next pairs have the same
 * article on that side (the listing is sorted by a). */
static int side_load(rasd_store *s, dedup_side *x, int64_t docid, rasd_status *rc)
{
    if (x->docid != docid) {
        x->n = word_ranges(s, docid, &x->w, &x->cap, rc);
        x->docid = *rc ? -1 : docid;
    }
    return x->n > 0;
}

rasd_status dedup_spans(rasd_store *s, int64_t a, int64_t b, const void *blob, size_t bytes,
                        dedup_spans_out *o)
{
    const unsigned char *p = blob;
    size_t n = blob ? bytes / 16 : 0;
    rasd_status rc = RASD_OK;
    o->n = 0;
    if (n == 0 || !side_load(s, &o->a, a, &rc) || !side_load(s, &o->b, b, &rc))
        return rc;
    o->sp = grow_array(o->sp, &o->cap, 2 * n, sizeof *o->sp, &rc);
    for (size_t i = 0; i < n && !rc; i++, p += 16) {
        uint32_t as = get_u32(p), ae = get_u32(p + 4), bs = get_u32(p + 8), be = get_u32(p + 12);
        if (as >= ae || ae > o->a.n || bs >= be || be > o->b.n)
            continue;                /* the texts changed under the pair: never, but safe */
        o->sp[o->n] = (rasd_span){o->a.w[as].start, o->a.w[ae - 1].end};
        o->sp[n + o->n++] = (rasd_span){o->b.w[bs].start, o->b.w[be - 1].end};
    }
    if (o->n < n)                    /* b's spans follow a's: close the gap */
        memmove(o->sp + o->n, o->sp + n, o->n * sizeof *o->sp);
    return rc;
}

void dedup_spans_free(dedup_spans_out *o)
{
    free(o->a.w);
    free(o->b.w);
    free(o->sp);
    memset(o, 0, sizeof *o);
}

rasd_status rasd_store_dupes(rasd_store *s, const char *kind, double min_similarity,
                             rasd_dupe_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    dedup_spans_out o = {.a.docid = -1, .b.docid = -1};
    rasd_status rc = RASD_OK;
    int r;
    if (!s || !fn)
        return RASD_EINVAL;
    if (sqlite3_prepare_v2(s->c.db,
                           "SELECT x.id, y.id, d.kind, d.similarity, x.bytes, y.bytes, d.spans, "
                           "d.a, d.b FROM dupes d JOIN articles x ON x.docid = d.a "
                           "JOIN articles y ON y.docid = d.b "
                           "WHERE (?1 IS NULL OR d.kind = ?1) AND d.similarity >= ?2 "
                           "ORDER BY x.id, y.id",
                           -1, &st, NULL) != SQLITE_OK)
        return store_sqlfail(s, "listing duplicates");
    if (kind)
        sqlite3_bind_text(st, 1, kind, -1, SQLITE_STATIC);
    sqlite3_bind_double(st, 2, min_similarity);
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        rasd_span whole[2] = {{0, (uint32_t)sqlite3_column_int64(st, 4)},
                              {0, (uint32_t)sqlite3_column_int64(st, 5)}};
        rasd_dupe d = {(const char *)sqlite3_column_text(st, 0),
                       (const char *)sqlite3_column_text(st, 1),
                       (const char *)sqlite3_column_text(st, 2), sqlite3_column_double(st, 3),
                       whole, whole + 1, 1};
        rc = dedup_spans(s, sqlite3_column_int64(st, 7), sqlite3_column_int64(st, 8),
                         sqlite3_column_blob(st, 6), (size_t)sqlite3_column_bytes(st, 6), &o);
        if (!rc && o.n)
            d.spans_a = o.sp, d.spans_b = o.sp + o.n, d.nspans = o.n;
        if (rc || fn(&d, ctx))
            break;
    }
    sqlite3_finalize(st);
    dedup_spans_free(&o);
    if (rc)
        return rc;
    return r == SQLITE_ROW || r == SQLITE_DONE ? RASD_OK : store_sqlfail(s, "listing duplicates");
}

rasd_status rasd_store_dedup_stats(rasd_store *s, rasd_dedup_stats *st)
{
    sqlite3_stmt *q;
    const dedup_state *d;
    if (!s || !st)
        return RASD_EINVAL;
    d = DD(s);
    memset(st, 0, sizeof *st);
    /* kept as rows go in (schema 15's triggers): no count over the whole of dupes */
    if (sqlite3_prepare_v2(s->c.db, "SELECT kind, n FROM dupe_counts", -1, &q, NULL) != SQLITE_OK)
        return store_sqlfail(s, "counting duplicates");
    while (sqlite3_step(q) == SQLITE_ROW) {
        const char *k = (const char *)sqlite3_column_text(q, 0);
        int64_t n = sqlite3_column_int64(q, 1);
        if (strcmp(k, "exact") == 0)
            st->exact = n;
        else if (strcmp(k, "near") == 0)
            st->near = n;
        else if (strcmp(k, "reuse") == 0)
            st->reuse = n;
    }
    sqlite3_finalize(q);
    st->checked = d->checked;
    st->compared = d->compared;
    st->seconds = d->cpu;
    st->memory = (int64_t)(dedup_map_bytes(&d->bands) + dedup_map_bytes(&d->passages) +
                           d->fps.cap * sizeof *d->fps.slots +
                           d->fps.ents_cap * sizeof *d->fps.ents + d->fps.keys.cap);
    return RASD_OK;
}

/* ---------------------------------------------------------------- the stage */

static rasd_status dd_open(rasd_store *s, void **state)
{
    dedup_state *d = *state = calloc(1, sizeof *d);
    if (!d)
        return RASD_ENOMEM;
    /* A read-only store lists pairs (its scratch doc); a writable one detects them. */
    return s->flags & RASD_STORE_READONLY ? RASD_OK : store_prepare(s, sql, DEDUP_STMTS, d->st);
}

static void dd_close(void *state)
{
    if (state)
        dedup_state_free(state);
    free(state);
}

/* On the preparing thread: the fingerprint, words, shingles, bands and keys, so that the
 * writer only looks them up and stores them. */
static rasd_status dd_prepare(const rasd_engine *e, rasd_doc *text, int skipped, void **prep)
{
    dedup_new *n = *prep;
    (void)e, (void)skipped;    /* no document side: never skipped */
    if (!n && !(n = *prep = calloc(1, sizeof *n)))
        return RASD_ENOMEM;
    return dedup_new_build(n, text);
}

static void dd_prep_free(void *prep)
{
    if (prep)
        dedup_new_free(prep);
    free(prep);
}

static rasd_status dd_put(rasd_store *s, void *state, int64_t docid, const store_item *it)
{
    const dedup_new *nw = it->prep ? it->prep[store_stage_index(&dedup_store_stage)] : NULL;
    (void)state;
    return dedup_put(s, docid, it->text, nw, it->rec->published);
}

static rasd_status dd_remove(rasd_store *s, void *state, int64_t docid)
{
    (void)state;
    return dedup_remove(s, docid) == RASD_OK ? RASD_OK : RASD_EIO;
}

/* Forgets every article's copies and keys, for re-annotation to put them all again. */
static rasd_status dd_clear(rasd_store *s, void *state)
{
    (void)state;
    dedup_forget(s);
    return store_exec(s, "DELETE FROM dupes; DELETE FROM fingerprints; DELETE FROM lsh;"
                         " DELETE FROM passages;");
}

static void dd_rollback(rasd_store *s, void *state)
{
    (void)state;
    dedup_forget(s);
}

/* Exact, near and reused copies, found as each article is put, against all stored ones. */
const store_stage dedup_store_stage = {
    .name = "dedup",
    .prepare = dd_prepare,
    .prep_free = dd_prep_free,
    .open = dd_open,
    .close = dd_close,
    .put = dd_put,
    .remove = dd_remove,
    .clear = dd_clear,
    .rollback = dd_rollback,
};
