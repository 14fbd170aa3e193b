/* changes.c — what changed in the store since a point, for a reader that follows another
 * process's ingest (rasd serve's /api/stream): SQLite's data version, the newest article
 * version, and the article versions after one, with their stories; an article's text; a
 * deadline on a handle's statements (the server's bound on one request). */
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

rasd_status rasd_store_data_version(rasd_store *s, int64_t *version)
{
    sqlite3_stmt *st;
    int rc;
    if (!s || !version)
        return RASD_EINVAL;
    if (sqlite3_prepare_v2(s->c.db, "PRAGMA data_version", -1, &st, NULL) != SQLITE_OK)
        return store_sqlfail(s, "reading the data version");
    if ((rc = sqlite3_step(st)) == SQLITE_ROW)
        *version = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? RASD_OK : store_sqlfail(s, "reading the data version");
}

rasd_status rasd_store_last_seq(rasd_store *s, int64_t *seq)
{
    sqlite3_stmt *st;
    int rc;
    if (!s || !seq)
        return RASD_EINVAL;
    if (sqlite3_prepare_v2(s->c.db, "SELECT coalesce(max(docid) + 1, 0) FROM articles", -1, &st,
                           NULL) != SQLITE_OK)
        return store_sqlfail(s, "reading the newest article");
    if ((rc = sqlite3_step(st)) == SQLITE_ROW)
        *seq = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? RASD_OK : store_sqlfail(s, "reading the newest article");
}

/* The article versions after `after` with their source and story, and for the story its
 * size and its first member (the story is new when that member is after `after` too). A
 * version's sequence number is its docid + 1 (docids start at 0; 0 means "before all"). */
static const char changes_sql[] =
    "SELECT a.docid, a.id, a.title, a.published, src.name, m.story, st.size,"
    " (SELECT min(x.docid) FROM story_members x WHERE x.story = m.story)"
    " FROM articles a LEFT JOIN sources src ON src.sid = a.sid"
    " LEFT JOIN story_members m ON m.docid = a.docid LEFT JOIN stories st ON st.id = m.story"
    " WHERE a.docid >= ?1 ORDER BY a.docid LIMIT ?2";

rasd_status rasd_store_changes(rasd_store *s, int64_t after, size_t limit,
                               rasd_change_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    int rc;
    if (!s || !fn || !limit)
        return RASD_EINVAL;
    if (sqlite3_prepare_v2(s->c.db, changes_sql, -1, &st, NULL) != SQLITE_OK)
        return store_sqlfail(s, "listing new articles");
    sqlite3_bind_int64(st, 1, after);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)limit);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        rasd_change c;
        memset(&c, 0, sizeof c);
        c.seq = sqlite3_column_int64(st, 0) + 1;
        c.id = sql_col(st, 1);
        c.title = sql_col(st, 2);
        c.published = sql_col(st, 3);
        c.source = sql_col(st, 4);
        c.story = sqlite3_column_int64(st, 5);
        c.story_size = (size_t)sqlite3_column_int64(st, 6);
        c.story_new = c.story && sqlite3_column_int64(st, 7) + 1 > after;
        if (fn(&c, ctx)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? RASD_OK : store_sqlfail(s, "listing new articles");
}

/* ----------------------------------------------------------------- deadline */

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* SQLite's progress handler: non-zero stops the statement (SQLITE_INTERRUPT). */
static int past_deadline(void *p)
{
    rasd_store *s = p;
    if (now_ns() < s->deadline_ns)
        return 0;
    s->timed_out = 1;
    return 1;
}

void rasd_store_set_deadline(rasd_store *s, unsigned ms)
{
    if (!s || !s->c.db)
        return;
    s->timed_out = 0;
    s->deadline_ns = ms ? now_ns() + (int64_t)ms * 1000000 : 0;
    sqlite3_progress_handler(s->c.db, ms ? 100 : 0, ms ? past_deadline : NULL, s);
}

int rasd_store_timed_out(const rasd_store *s)
{
    return s && s->timed_out;
}

/* ------------------------------------------------------------------- text */

rasd_status rasd_store_text(rasd_store *s, const char *id, char **text, size_t *len)
{
    sqlite3_stmt *st;
    int rc;
    rasd_status ret = RASD_END;
    if (!s || !id || !text)
        return RASD_EINVAL;
    *text = NULL;
    if (sqlite3_prepare_v2(s->c.db, "SELECT t.text FROM articles a JOIN texts t USING (docid)"
                           " WHERE a.id = ?", -1, &st, NULL) != SQLITE_OK)
        return store_sqlfail(s, "reading an article's text");
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        size_t n = (size_t)sqlite3_column_bytes(st, 0);
        const unsigned char *t = sqlite3_column_text(st, 0);
        ret = RASD_ENOMEM;
        if ((*text = malloc(n + 1)) != NULL) {
            memcpy(*text, t ? (const char *)t : "", n);
            (*text)[n] = '\0';
            if (len)
                *len = n;
            ret = RASD_OK;
        }
    } else if (rc != SQLITE_DONE) {
        ret = store_sqlfail(s, "reading an article's text");
    }
    sqlite3_finalize(st);
    return ret;
}
