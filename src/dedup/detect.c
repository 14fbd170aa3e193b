/* detect.c — duplicate detection during ingest, inside the store's batch transaction.
 *
 * Exact copies: each new article's fingerprint (dedup_fingerprint: its normalised words)
 * is looked up among the stored ones; a match joins it to the group's first article with a
 * pair (first, new, "exact"). The fingerprints are read into a hash map on the first put of a
 * store handle (16 bytes an article: 31k articles take milliseconds, 1M about a third of a
 * second) and kept in step with the table; a dropped batch empties the map. Texts under DEDUP_MIN_CHARS characters are crawl debris: they
 * are flagged and never grouped. Near duplicates and reused passages come next (MinHash and
 * LSH, src/dedup/minhash.c).
 */
#include "dedup/dedup.h"
#include "search/search_int.h"

#include <stdio.h>
#include <string.h>

#define DEDUP_MIN_CHARS 50

static const char *const sql[DEDUP_STMTS] = {
    "SELECT docid, fp FROM fingerprints WHERE debris = 0 ORDER BY docid",
    "INSERT OR REPLACE INTO fingerprints(docid, fp, debris) VALUES (?, ?, ?)",
    "INSERT OR REPLACE INTO dupes(a, b, kind, similarity) VALUES (?, ?, ?, ?)",
    "DELETE FROM dupes WHERE a = ?1 OR b = ?1",
    "DELETE FROM fingerprints WHERE docid = ?",
};

rasd_status dedup_prepare(rasd_store *s)
{
    for (int i = 0; i < DEDUP_STMTS; i++)
        if (sqlite3_prepare_v3(s->db, sql[i], -1, SQLITE_PREPARE_PERSISTENT, &s->dd.st[i], NULL) !=
            SQLITE_OK)
            return store_sqlfail(s, sql[i]);
    return RASD_OK;
}

void dedup_state_free(dedup_state *d)
{
    for (int i = 0; i < DEDUP_STMTS; i++)
        sqlite3_finalize(d->st[i]);
    rbuf_free(&d->scratch);
    strmap_free(&d->fps);
    memset(d, 0, sizeof *d);
}

static size_t count_chars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static int step_ok(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

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
    s->dd.loaded = !rc;
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
    s->dd.loaded = 0;
}

rasd_status dedup_put(rasd_store *s, int64_t docid, const rasd_doc *text)
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
    if (!step_ok(st))
        return store_sqlfail(s, "adding a fingerprint");
    if (first < 0)
        return RASD_OK;
    st = s->dd.st[DD_PAIR];
    sqlite3_bind_int64(st, 1, first);
    sqlite3_bind_int64(st, 2, docid);
    sqlite3_bind_text(st, 3, "exact", -1, SQLITE_STATIC);
    sqlite3_bind_double(st, 4, 1.0);
    return step_ok(st) ? RASD_OK : store_sqlfail(s, "recording a duplicate");
}

rasd_status dedup_remove(rasd_store *s, int64_t docid)
{
    /* A group whose first article goes starts again with its next new copy. */
    for (size_t i = 0; s->dd.loaded && i < s->dd.fps.n; i++)
        if (s->dd.fps.ents[i].value == (uint64_t)docid + 1)
            s->dd.fps.ents[i].value = 0;
    sqlite3_bind_int64(s->dd.st[DD_DEL_PAIRS], 1, docid);
    sqlite3_bind_int64(s->dd.st[DD_DEL_FP], 1, docid);
    if (!step_ok(s->dd.st[DD_DEL_PAIRS]) || !step_ok(s->dd.st[DD_DEL_FP]))
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
