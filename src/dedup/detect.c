/* detect.c — duplicate detection during ingest, inside the store's batch transaction.
 *
 * Exact copies: each new article's fingerprint (dedup_fingerprint: its normalised words)
 * is looked up among the stored ones; a match joins it to the group's first article with a
 * pair (first, new, "exact"). The fingerprints are read into a hash map on the first put of a
 * store handle (16 bytes an article: 31k articles take milliseconds, 1M about a third of a
 * second) and kept in step with the table; a dropped batch empties the map. Texts under
 * DEDUP_MIN_CHARS characters are crawl debris: they are flagged and never grouped.
 *
 * Near copies: the article's MinHash signature gives DEDUP_BANDS band keys; every stored
 * article sharing a band is a candidate, verified by the exact Jaccard similarity of the two
 * shingle sets (the candidate's text is analysed again); DEDUP_NEAR or more records a pair
 * (earlier published first, else stored first, "near"). Band keys live in table `lsh`, one
 * row per article, and in a hash map read on the first put (DEDUP_BANDS * 8 bytes an
 * article), so finding candidates costs no SQL.
 */
#include "dedup/dedup.h"
#include "search/search_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEDUP_MIN_CHARS 50
#define DEDUP_NEAR 0.8
#define DEDUP_MAX_CANDIDATES 64

static const char *const sql[DEDUP_STMTS] = {
    "SELECT docid, fp FROM fingerprints WHERE debris = 0 ORDER BY docid",
    "INSERT OR REPLACE INTO fingerprints(docid, fp, debris) VALUES (?, ?, ?)",
    "INSERT OR REPLACE INTO dupes(a, b, kind, similarity) VALUES (?, ?, ?, ?)",
    "DELETE FROM dupes WHERE a = ?1 OR b = ?1",
    "DELETE FROM fingerprints WHERE docid = ?",
    "SELECT docid, bands FROM lsh ORDER BY docid",
    "INSERT OR REPLACE INTO lsh(docid, bands) VALUES (?, ?)",
    "SELECT a.published, t.text FROM articles a JOIN texts t USING (docid) WHERE docid = ?",
    "SELECT fp FROM fingerprints WHERE docid = ?",
};

rasd_status dedup_prepare(rasd_store *s)
{
    return store_prepare(s, sql, DEDUP_STMTS, s->dd.st);
}

void dedup_state_free(dedup_state *d)
{
    for (int i = 0; i < DEDUP_STMTS; i++)
        sqlite3_finalize(d->st[i]);
    rbuf_free(&d->scratch);
    strmap_free(&d->fps);
    strmap_free(&d->bands);
    free(d->band_doc);
    free(d->band_next);
    free(d->sh);
    free(d->sh2);
    free(d->cand);
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

static rasd_status load_bands(rasd_store *s);

/* Fills the map fingerprint → 1 + the first docid with it. */
static rasd_status load_fingerprints(rasd_store *s)
{
    sqlite3_stmt *st = s->dd.st[DD_FP_ALL];
    rasd_status rc = RASD_OK;
    strmap_clear(&s->dd.fps);
    while (!rc && sqlite3_step(st) == SQLITE_ROW) {
        uint64_t *v;
        if (sqlite3_column_bytes(st, 1) != 16)
            continue;
        v = strmap_upsert(&s->dd.fps, sqlite3_column_blob(st, 1), 16, &rc);
        if (v && !*v)
            *v = (uint64_t)sqlite3_column_int64(st, 0) + 1;
    }
    sqlite3_reset(st);
    if (!rc)
        rc = load_bands(s);
    s->dd.loaded = !rc;
    return rc;
}

static rasd_status add_band(dedup_state *d, uint64_t key, int64_t docid)
{
    rasd_status rc = RASD_OK;
    uint64_t *head = strmap_upsert(&d->bands, (const char *)&key, sizeof key, &rc);
    size_t cap = d->band_cap;
    d->band_doc = grow_array(d->band_doc, &cap, d->nband + 1, sizeof *d->band_doc, &rc);
    cap = d->band_cap;
    d->band_next = grow_array(d->band_next, &cap, d->nband + 1, sizeof *d->band_next, &rc);
    if (rc)
        return rc;
    d->band_cap = cap;
    d->band_doc[d->nband] = (uint32_t)docid;
    d->band_next[d->nband] = (uint32_t)*head;
    *head = ++d->nband;
    return RASD_OK;
}

static rasd_status load_bands(rasd_store *s)
{
    sqlite3_stmt *st = s->dd.st[DD_LSH_ALL];
    rasd_status rc = RASD_OK;
    strmap_clear(&s->dd.bands);
    s->dd.nband = 0;
    while (!rc && sqlite3_step(st) == SQLITE_ROW) {
        const unsigned char *b = sqlite3_column_blob(st, 1);
        if (sqlite3_column_bytes(st, 1) != DEDUP_BANDS * 8 || !b)
            continue;
        for (unsigned i = 0; i < DEDUP_BANDS && !rc; i++) {
            uint64_t key;
            memcpy(&key, b + 8 * i, 8);
            rc = add_band(&s->dd, key, sqlite3_column_int64(st, 0));
        }
    }
    sqlite3_reset(st);
    return rc;
}

/* The first article with this fingerprint, or -1; new ones join the map as firsts. */
static int64_t find_exact(rasd_store *s, const unsigned char fp[16], int64_t docid,
                          rasd_status *rc)
{
    uint64_t *v = strmap_upsert(&s->dd.fps, (const char *)fp, 16, rc);
    if (!v)
        return -1;
    if (*v)
        return (int64_t)*v - 1;
    *v = (uint64_t)docid + 1;
    return -1;
}

void dedup_forget(rasd_store *s)
{
    strmap_clear(&s->dd.fps);
    strmap_clear(&s->dd.bands);
    s->dd.nband = 0;
    s->dd.loaded = 0;
}

/* Loads docid's text into d->text and its publication time into pub; 0 if it is gone. */
static int load_doc(rasd_store *s, int64_t docid, char *pub, size_t cap)
{
    sqlite3_stmt *st = s->dd.st[DD_TEXT];
    rasd_status rc = RASD_OK;
    int found;
    sqlite3_bind_int64(st, 1, docid);
    found = sqlite3_step(st) == SQLITE_ROW;
    pub[0] = 0;
    s->dd.text.n = 0;
    if (found) {
        if (sqlite3_column_text(st, 0))
            snprintf(pub, cap, "%s", (const char *)sqlite3_column_text(st, 0));
        rbuf_add(&s->dd.text, sqlite3_column_text(st, 1), (size_t)sqlite3_column_bytes(st, 1), &rc);
        rbuf_addc(&s->dd.text, 0, &rc);
    }
    sqlite3_reset(st);
    return found && !rc;
}

static rasd_status record_pair(rasd_store *s, int64_t a, int64_t b, const char *kind, double sim)
{
    sqlite3_stmt *st = s->dd.st[DD_PAIR];
    sqlite3_bind_int64(st, 1, a);
    sqlite3_bind_int64(st, 2, b);
    sqlite3_bind_text(st, 3, kind, -1, SQLITE_STATIC);
    sqlite3_bind_double(st, 4, sim);
    return store_step(st) ? RASD_OK : store_sqlfail(s, "recording a duplicate");
}

/* The distinct stored articles sharing a band with the new one (at most a few dozen). */
static size_t candidates(dedup_state *d, const uint64_t *keys, rasd_status *rc)
{
    size_t n = 0;
    for (unsigned b = 0; b < DEDUP_BANDS && !*rc; b++) {
        uint64_t e = strmap_get(&d->bands, (const char *)&keys[b], 8);
        for (; e && n < DEDUP_MAX_CANDIDATES; e = d->band_next[e - 1]) {
            int64_t doc = d->band_doc[e - 1];
            size_t i = 0;
            while (i < n && d->cand[i] != doc)
                i++;
            if (i < n)
                continue;
            d->cand = grow_array(d->cand, &d->cand_cap, n + 1, sizeof *d->cand, rc);
            if (*rc)
                break;
            d->cand[n++] = doc;
        }
    }
    return n;
}

/* Checks candidate cand against the new article (its shingle set sh[0,nsh)). */
static rasd_status verify(rasd_store *s, int64_t docid, const char *pub, int64_t cand,
                          size_t nsh)
{
    char cpub[64];
    rasd_status rc = RASD_OK;
    size_t n2;
    double j;
    if (!load_doc(s, cand, cpub, sizeof cpub))
        return RASD_OK;                          /* replaced meanwhile */
    if (rasd_analyze(s->e, s->dd.doc, s->dd.text.p, s->dd.text.n - 1) != RASD_OK)
        return RASD_OK;
    n2 = dedup_set(s->dd.sh2, dedup_shingles(s->dd.doc, &s->dd.sh2, &s->dd.sh2_cap, &rc));
    if (rc)
        return rc;
    j = dedup_jaccard(s->dd.sh, nsh, s->dd.sh2, n2);
    if (j < DEDUP_NEAR)
        return RASD_OK;
    if (pub && *pub && cpub[0] && strcmp(pub, cpub) < 0)
        return record_pair(s, docid, cand, "near", j);   /* the new one was published first */
    return record_pair(s, cand, docid, "near", j);
}

static rasd_status near_copies(rasd_store *s, int64_t docid, const rasd_doc *text,
                               const char *pub)
{
    uint32_t sig[DEDUP_K];
    uint64_t keys[DEDUP_BANDS];
    sqlite3_stmt *st = s->dd.st[DD_LSH_INS];
    rasd_status rc = RASD_OK;
    size_t nsh, ncand;
    if (!s->dd.doc && rasd_doc_new(&s->dd.doc) != RASD_OK)
        return RASD_ENOMEM;
    nsh = dedup_shingles(text, &s->dd.sh, &s->dd.sh_cap, &rc);
    if (rc)
        return rc;
    dedup_minhash(s->dd.sh, nsh, sig);
    for (unsigned b = 0; b < DEDUP_BANDS; b++)
        keys[b] = dedup_band(sig, b);
    ncand = candidates(&s->dd, keys, &rc);
    if (ncand)
        nsh = dedup_set(s->dd.sh, nsh);
    for (size_t i = 0; i < ncand && !rc; i++)
        rc = verify(s, docid, pub, s->dd.cand[i], nsh);
    for (unsigned b = 0; b < DEDUP_BANDS && !rc; b++)
        rc = add_band(&s->dd, keys[b], docid);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, docid);
    sqlite3_bind_blob(st, 2, keys, sizeof keys, SQLITE_STATIC);
    return store_step(st) ? RASD_OK : store_sqlfail(s, "adding to the LSH index");
}

rasd_status dedup_put(rasd_store *s, int64_t docid, const rasd_doc *text, const char *pub)
{
    unsigned char fp[16];
    size_t len;
    const char *t = rasd_doc_text(text, &len);
    int debris = count_chars(t, len) < DEDUP_MIN_CHARS;
    sqlite3_stmt *st = s->dd.st[DD_FP_INS];
    rasd_status rc = RASD_OK;
    int64_t first;
    if (!s->dd.loaded && (rc = load_fingerprints(s)) != RASD_OK)
        return rc;
    dedup_fingerprint(text, &s->dd.scratch, fp);
    first = debris ? -1 : find_exact(s, fp, docid, &rc);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, docid);
    sqlite3_bind_blob(st, 2, fp, 16, SQLITE_STATIC);
    sqlite3_bind_int(st, 3, debris);
    if (!store_step(st))
        return store_sqlfail(s, "adding a fingerprint");
    if (debris)
        return RASD_OK;
    if (first >= 0)            /* its near copies are its group's first's */
        return record_pair(s, first, docid, "exact", 1.0);
    return near_copies(s, docid, text, pub);
}

rasd_status dedup_remove(rasd_store *s, int64_t docid)
{
    sqlite3_stmt *st = s->dd.st[DD_FP_OF];
    /* A group whose first article goes starts again with its next new copy. */
    sqlite3_bind_int64(st, 1, docid);
    if (s->dd.loaded && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_bytes(st, 0) == 16) {
        uint64_t *first = strmap_find(&s->dd.fps, sqlite3_column_blob(st, 0), 16);
        if (first && *first == (uint64_t)docid + 1)
            *first = 0;
    }
    sqlite3_reset(st);
    sqlite3_bind_int64(s->dd.st[DD_DEL_PAIRS], 1, docid);
    sqlite3_bind_int64(s->dd.st[DD_DEL_FP], 1, docid);
    if (!store_step(s->dd.st[DD_DEL_PAIRS]) || !store_step(s->dd.st[DD_DEL_FP]))
        return store_sqlfail(s, "removing an article's duplicates");
    return RASD_OK;
}

rasd_status rasd_store_dupes(rasd_store *s, const char *kind, double min_similarity,
                             rasd_dupe_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    int r;
    if (!s || !fn)
        return RASD_EINVAL;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT x.id, y.id, d.kind, d.similarity, x.bytes, y.bytes FROM dupes d "
                           "JOIN articles x ON x.docid = d.a JOIN articles y ON y.docid = d.b "
                           "WHERE (?1 IS NULL OR d.kind = ?1) AND d.similarity >= ?2 "
                           "ORDER BY x.id, y.id",
                           -1, &st, NULL) != SQLITE_OK)
        return store_sqlfail(s, "listing duplicates");
    if (kind)
        sqlite3_bind_text(st, 1, kind, -1, SQLITE_STATIC);
    sqlite3_bind_double(st, 2, min_similarity);
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        rasd_span sa = {0, (uint32_t)sqlite3_column_int64(st, 4)};
        rasd_span sb = {0, (uint32_t)sqlite3_column_int64(st, 5)};
        rasd_dupe d = {(const char *)sqlite3_column_text(st, 0),
                       (const char *)sqlite3_column_text(st, 1),
                       (const char *)sqlite3_column_text(st, 2), sqlite3_column_double(st, 3),
                       &sa, &sb, 1};
        if (fn(&d, ctx))
            break;
    }
    sqlite3_finalize(st);
    return r == SQLITE_ROW || r == SQLITE_DONE ? RASD_OK : store_sqlfail(s, "listing duplicates");
}
