/* info.c — what the store can tell about itself (rasd stats) and about one article
 * (rasd show). */
#include "store/store_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int64_t scalar(rasd_store *s, const char *sql)
{
    sqlite3_stmt *st;
    int64_t v = 0;
    if (sqlite3_prepare_v2(s->c.db, sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

static void day_str(int64_t day, char out[11])
{
    out[0] = 0;
    if (day > 0)
        snprintf(out, 11, "%04d-%02d-%02d", (int)(day / 10000 % 10000), (int)(day / 100 % 100),
                 (int)(day % 100));
}

rasd_status rasd_store_stats_get(rasd_store *s, rasd_store_stats *st)
{
    const char *path;
    struct stat sb;
    if (!s || !st)
        return RASD_EINVAL;
    memset(st, 0, sizeof *st);
    st->articles = scalar(s, "SELECT count(*) FROM articles");
    st->sources = scalar(s, "SELECT count(*) FROM sources");
    st->tokens = scalar(s, "SELECT coalesce(sum(tokens), 0) FROM articles");
    st->segments = scalar(s, "SELECT count(*) FROM segments");
    st->terms = scalar(s, "SELECT coalesce(sum(nterms), 0) FROM segments");
    st->text_bytes = scalar(s, "SELECT coalesce(sum(bytes), 0) FROM articles");
    st->index_bytes = scalar(s, "SELECT coalesce(sum(length(dict) + length(docs)), 0) FROM segments")
                      + scalar(s, "SELECT coalesce(sum(length(data)), 0) FROM postings");
    st->schema_version = (int)scalar(s, "PRAGMA user_version");
    day_str(scalar(s, "SELECT min(day) FROM articles"), st->first_published);
    day_str(scalar(s, "SELECT max(day) FROM articles"), st->last_published);
    path = sqlite3_db_filename(s->c.db, "main");
    if (path && stat(path, &sb) == 0)
        st->file_bytes = sb.st_size;
    if (st->articles < 0 || st->terms < 0)
        return store_sqlfail(s, "reading store statistics");
    return RASD_OK;
}

rasd_status rasd_store_days(rasd_store *s, const char *source, rasd_day_fn fn, void *ctx)
{
    static const char *const sql[2] = {
        "SELECT day, count(*) FROM articles WHERE day IS NOT NULL GROUP BY day ORDER BY day",
        "SELECT day, count(*) FROM articles WHERE day IS NOT NULL AND sid = "
        "(SELECT sid FROM sources WHERE name = ?) GROUP BY day ORDER BY day"};
    sqlite3_stmt *st;
    int rc;
    char day[11];
    if (!s || !fn)
        return RASD_EINVAL;
    if (sqlite3_prepare_v2(s->c.db, sql[source != NULL], -1, &st, NULL) != SQLITE_OK)
        return store_sqlfail(s, "counting articles by day");
    if (source)
        sqlite3_bind_text(st, 1, source, -1, SQLITE_STATIC);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        day_str(sqlite3_column_int64(st, 0), day);
        if (day[0] && fn(day, sqlite3_column_int64(st, 1), ctx)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? RASD_OK : store_sqlfail(s, "counting articles by day");
}

static void json_key(rbuf *b, const char *key, rasd_status *rc)
{
    rbuf_addc(b, b->n > 1 ? ',' : '{', rc);
    json_str(b, key, strlen(key), rc);
    rbuf_addc(b, ':', rc);
}

static void json_col(rbuf *b, const char *key, sqlite3_stmt *st, int i, rasd_status *rc)
{
    json_key(b, key, rc);
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_NULL:
        rbuf_adds(b, "null", rc);
        break;
    case SQLITE_INTEGER: {
        char num[32];
        snprintf(num, sizeof num, "%lld", (long long)sqlite3_column_int64(st, i));
        rbuf_adds(b, num, rc);
        break;
    }
    default:
        json_str(b, (const char *)sqlite3_column_text(st, i), (size_t)sqlite3_column_bytes(st, i), rc);
    }
}

/* Appends "spans": [{"here": [s, e], "there": [s, e]}, ...], the passages the article
 * shares with the other one (the whole texts for an exact copy). */
static void json_pair_spans(rbuf *b, const rasd_span *here, const rasd_span *there, size_t n,
                            rasd_status *rc)
{
    rbuf_adds(b, ",\"spans\":[", rc);
    for (size_t i = 0; i < n; i++) {
        char num[96];
        snprintf(num, sizeof num, "%s{\"here\":[%u,%u],\"there\":[%u,%u]}", i ? "," : "",
                 (unsigned)here[i].start, (unsigned)here[i].end, (unsigned)there[i].start,
                 (unsigned)there[i].end);
        rbuf_adds(b, num, rc);
    }
    rbuf_addc(b, ']', rc);
}

/* One entry of "copies" from a row of json_copies's statement. */
static void json_copy(rasd_store *s, sqlite3_stmt *st, dedup_spans_out *o, rbuf *b,
                      rasd_status *rc)
{
    char num[32];
    int here_a = strcmp((const char *)sqlite3_column_text(st, 3), "copy") == 0;
    rasd_span whole[2] = {{0, (uint32_t)sqlite3_column_int64(st, 6)},
                          {0, (uint32_t)sqlite3_column_int64(st, 7)}};
    rbuf_adds(b, "{\"id\":", rc);
    json_str(b, (const char *)sqlite3_column_text(st, 0), (size_t)sqlite3_column_bytes(st, 0), rc);
    rbuf_adds(b, ",\"kind\":", rc);
    json_str(b, (const char *)sqlite3_column_text(st, 1), (size_t)sqlite3_column_bytes(st, 1), rc);
    snprintf(num, sizeof num, ",\"similarity\":%.4f", sqlite3_column_double(st, 2));
    rbuf_adds(b, num, rc);
    rbuf_adds(b, ",\"relation\":", rc);   /* what the other article is to this one */
    json_str(b, (const char *)sqlite3_column_text(st, 3), (size_t)sqlite3_column_bytes(st, 3), rc);
    if (!*rc)
        *rc = dedup_spans(s, sqlite3_column_int64(st, 4), sqlite3_column_int64(st, 5),
                          sqlite3_column_blob(st, 8), (size_t)sqlite3_column_bytes(st, 8), o);
    if (!*rc && o->n)
        json_pair_spans(b, here_a ? o->sp : o->sp + o->n, here_a ? o->sp + o->n : o->sp, o->n, rc);
    else if (!*rc)
        json_pair_spans(b, whole + !here_a, whole + here_a, 1, rc);
    rbuf_addc(b, '}', rc);
}

/* Appends "copies": the article's duplicate pairs, as source or as copy, with the passages
 * they share. */
static void json_copies(rasd_store *s, const char *id, rbuf *b, rasd_status *rc)
{
    sqlite3_stmt *st;
    dedup_spans_out o = {.a.docid = -1, .b.docid = -1};
    int first = 1;
    json_key(b, "copies", rc);
    rbuf_addc(b, '[', rc);
    if (!(st = store_get(s, "SELECT y.id, d.kind, d.similarity, 'copy', d.a, d.b, x.bytes, "
                            "y.bytes, d.spans FROM articles x "
                            "JOIN dupes d ON d.a = x.docid JOIN articles y ON y.docid = d.b "
                            "WHERE x.id = ?1 UNION ALL "
                            "SELECT y.id, d.kind, d.similarity, 'source', d.a, d.b, y.bytes, "
                            "x.bytes, d.spans FROM articles x "
                            "JOIN dupes d ON d.b = x.docid JOIN articles y ON y.docid = d.a "
                            "WHERE x.id = ?1 ORDER BY 1"))) {
        *rc = *rc ? *rc : RASD_EIO;
        return;
    }
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    while (!*rc && sqlite3_step(st) == SQLITE_ROW) {
        if (!first)
            rbuf_addc(b, ',', rc);
        json_copy(s, st, &o, b, rc);
        first = 0;
    }
    store_put(s, st);
    dedup_spans_free(&o);
    rbuf_addc(b, ']', rc);
}

/* The stages' annotations of article docid (its text: text[0, len), the statement's memory),
 * read back by each store side into s->doc and written by each document side's JSON: the
 * code rasd analyze writes them with. */
static void stages_json(rasd_store *s, int64_t docid, const char *text, size_t len, rbuf *b,
                        rasd_status *rc)
{
    if (*rc)
        return;
    doc_attach(s->doc, text, len);
    for (size_t i = 0; i < rasd_nstages && !*rc; i++)
        if (rasd_stages[i].store && rasd_stages[i].store->load)
            *rc = rasd_stages[i].store->load(s, docid, s->doc);
    for (size_t i = 0; i < rasd_nstages && !*rc; i++)
        if (rasd_stages[i].store && rasd_stages[i].store->load && rasd_stages[i].doc)
            rasd_stages[i].doc->json(s->doc, b, rc);
    doc_attach(s->doc, NULL, 0);   /* the text is the statement's: do not keep it */
}

/* Appends "story": {"id","title"} of the article's story, or null (in none). */
static void json_story_of(rasd_store *s, const char *id, rbuf *b, rasd_status *rc)
{
    int64_t story;
    char *title = NULL;
    rasd_status st;
    if (*rc)
        return;
    st = rasd_store_article_story(s, id, &story, &title);
    rbuf_adds(b, ",\"story\":", rc);
    if (st == RASD_OK) {
        rbuf_adds(b, "{\"id\":", rc);
        json_uint(b, (uint64_t)story, rc);
        rbuf_adds(b, ",\"title\":", rc);
        if (title)
            json_str(b, title, strlen(title), rc);
        else
            rbuf_adds(b, "null", rc);
        rbuf_adds(b, "}", rc);
    } else if (st == RASD_END) {
        rbuf_adds(b, "null", rc);
    } else {
        *rc = st;
    }
    free(title);
}

rasd_status rasd_store_show(rasd_store *s, const char *id, char **json)
{
    static const char *const cols[] = {"id", "title", "published", "source", "url", "author",
                                       "bytes", "tokens", "sentences", "invalid_utf8",
                                       "ingested", "text"};
    sqlite3_stmt *st;
    rbuf b = {0};
    rasd_status rc = RASD_OK;
    int r;
    if (!s || !id || !json)
        return RASD_EINVAL;
    *json = NULL;
    if (!(st = store_get(s, "SELECT id, title, published, name, url, author, bytes, tokens, "
                            "sentences, invalid_utf8, ingested, text, docid FROM articles "
                            "JOIN texts USING (docid) LEFT JOIN sources USING (sid) "
                            "WHERE id = ?")))
        return store_sqlfail(s, "reading an article");
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    r = sqlite3_step(st);
    if (r == SQLITE_ROW) {
        for (int i = 0; i < (int)(sizeof cols / sizeof *cols); i++)
            json_col(&b, cols[i], st, i, &rc);
        json_copies(s, id, &b, &rc);
        json_story_of(s, id, &b, &rc);
        stages_json(s, sqlite3_column_int64(st, 12), (const char *)sqlite3_column_text(st, 11),
                    (size_t)sqlite3_column_bytes(st, 11), &b, &rc);
        rbuf_adds(&b, "}", &rc);
        rbuf_addc(&b, 0, &rc);
    }
    store_put(s, st);
    if (r != SQLITE_ROW) {
        rbuf_free(&b);
        return r == SQLITE_DONE ? store_fail(s, RASD_END, "no article with id %s", id)
                                : store_sqlfail(s, "reading an article");
    }
    if (rc) {
        rbuf_free(&b);
        return rc;
    }
    *json = b.p;
    return RASD_OK;
}
