/* feeds.c — the store side of feeds (docs/FEEDS.md, "Tables"): the feeds a watcher polls,
 * with their poll state and back-off, and every item URL it has seen with what fetching it
 * gave. Writes join the open batch (store_begin_batch), so an item's state and its article
 * commit together; a killed watcher loses both or neither and fetches nothing twice. These
 * calls are per feed and per item, so their statements are prepared on each call. */
#include "feeds/feeds.h"
#include "store/store_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define POLL_INTERVAL 900
#define POLL_MAX_BACKOFF 86400

static int64_t now_or(int64_t t)
{
    return t ? t : (int64_t)time(NULL);
}

static rasd_status writable(rasd_store *s)
{
    if (!s || !s->c.db)
        return RASD_EINVAL;
    s->c.err[0] = 0;
    return s->flags & RASD_STORE_READONLY
               ? store_fail(s, RASD_EINVAL, "the store is open read-only")
               : RASD_OK;
}

static rasd_status prepare(rasd_store *s, const char *sql, sqlite3_stmt **st)
{
    if (sqlite3_prepare_v2(s->c.db, sql, -1, st, NULL) != SQLITE_OK)
        return store_sqlfail(s, "feeds");
    return RASD_OK;
}

/* Runs st to its end (no rows wanted) and finalizes it. */
static rasd_status run(rasd_store *s, sqlite3_stmt *st, const char *what)
{
    int rc = sqlite3_step(st);
    rasd_status r = rc == SQLITE_DONE || rc == SQLITE_ROW ? RASD_OK : store_sqlfail(s, what);
    sqlite3_finalize(st);
    return r;
}

static void bind_text(sqlite3_stmt *st, int i, const char *v)
{
    sql_bind_opt(st, i, v);
}

static int64_t col_int(sqlite3_stmt *st, int i)
{
    return sqlite3_column_int64(st, i);
}

/* ----------------------------------------------------------------- feeds */

/* The canonical form of a feed's URL: every parameter kept (a feed's query chooses it). */
static rasd_status feed_url(rasd_store *s, const char *url, rbuf *out)
{
    rasd_status rc = RASD_OK;
    if (url_canonical(url, strlen(url), NULL, out, &rc) != 0 || (rbuf_addc(out, 0, &rc), rc))
        return rc ? rc : store_fail(s, RASD_EPARSE, "not an http(s) URL: '%.200s'", url);
    return RASD_OK;
}

/* The id of the feed of canonical URL url, 0 when none. */
static int64_t feed_id(rasd_store *s, const char *url)
{
    sqlite3_stmt *st;
    int64_t id = 0;
    if (prepare(s, "SELECT id FROM feeds WHERE url = ?", &st) != RASD_OK)
        return -1;
    sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW)
        id = col_int(st, 0);
    sqlite3_finalize(st);
    return id;
}

/* Adds a new feed (source: an update of an existing one's source); *id its id. */
static rasd_status feed_put(rasd_store *s, const char *url, const char *source, int64_t *id,
                            int *added)
{
    sqlite3_stmt *st;
    rasd_status rc;
    if ((*id = feed_id(s, url)) < 0)
        return store_sqlfail(s, "reading the feeds");
    *added = *id == 0;
    if (!*added && !source)
        return RASD_OK;
    rc = prepare(s, *added ? "INSERT INTO feeds(url, source, added) VALUES (?1, ?2, ?3)"
                           : "UPDATE feeds SET source = ?2 WHERE url = ?1", &st);
    if (rc)
        return rc;
    sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
    bind_text(st, 2, source);
    sqlite3_bind_int64(st, 3, (int64_t)time(NULL));
    if ((rc = run(s, st, "adding a feed")) == RASD_OK && *added)
        *id = sqlite3_last_insert_rowid(s->c.db);
    return rc;
}

rasd_status rasd_store_feed_add(rasd_store *s, const char *url, const char *source, int64_t *id,
                                int *added)
{
    rbuf u = {0};
    int64_t fid = 0;
    int isnew = 0;
    rasd_status rc;
    if (!url)
        return RASD_EINVAL;
    if ((rc = writable(s)) == RASD_OK && (rc = feed_url(s, url, &u)) == RASD_OK)
        rc = feed_put(s, u.p, source && *source ? source : NULL, &fid, &isnew);
    rbuf_free(&u);
    if (!rc && !sqlite3_get_autocommit(s->c.db))
        rc = rasd_store_commit(s);
    if (!rc && id)
        *id = fid;
    if (!rc && added)
        *added = isnew;
    return rc;
}

static int all_digits(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!isdigit((unsigned char)*s))
            return 0;
    return 1;
}

rasd_status rasd_store_feed_remove(rasd_store *s, const char *feed)
{
    rbuf u = {0};
    int64_t id;
    sqlite3_stmt *st;
    rasd_status rc;
    if (!feed)
        return RASD_EINVAL;
    if ((rc = writable(s)) != RASD_OK)
        return rc;
    if (all_digits(feed))
        id = strtoll(feed, NULL, 10);
    else if ((rc = feed_url(s, feed, &u)) != RASD_OK)
        return rc;
    else
        id = feed_id(s, u.p);
    rbuf_free(&u);
    if (id < 0)
        return store_sqlfail(s, "reading the feeds");
    if ((rc = prepare(s, "DELETE FROM feeds WHERE id = ?", &st)) != RASD_OK)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    if ((rc = run(s, st, "removing a feed")) != RASD_OK)
        return rc;
    if (sqlite3_changes(s->c.db) == 0)
        return store_fail(s, RASD_END, "no feed %s", feed);
    if ((rc = prepare(s, "UPDATE feed_items SET feed = NULL WHERE feed = ?", &st)) != RASD_OK)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    if ((rc = run(s, st, "removing a feed")) != RASD_OK)
        return rc;
    return sqlite3_get_autocommit(s->c.db) ? RASD_OK : rasd_store_commit(s);
}

#define FEED_COLS "id, url, source, added, etag, last_modified, last_poll, last_status, " \
                  "last_error, failures, next_poll, " \
                  "(SELECT count(*) FROM feed_items WHERE feed = feeds.id)"

static void feed_row(sqlite3_stmt *st, rasd_stored_feed *f)
{
    f->id = col_int(st, 0);
    f->url = sql_col(st, 1);
    f->source = sql_col(st, 2);
    f->added = col_int(st, 3);
    f->etag = sql_col(st, 4);
    f->last_modified = sql_col(st, 5);
    f->last_poll = col_int(st, 6);
    f->last_status = (int)col_int(st, 7);
    f->last_error = sql_col(st, 8);
    f->failures = col_int(st, 9);
    f->next_poll = col_int(st, 10);
    f->items = col_int(st, 11);
}

rasd_status rasd_store_feeds(rasd_store *s, int64_t due_by, rasd_stored_feed_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    rasd_status rc;
    int step;
    if (!s || !s->c.db || !fn)
        return RASD_EINVAL;
    rc = prepare(s, due_by ? "SELECT " FEED_COLS " FROM feeds WHERE next_poll <= ? "
                             "ORDER BY next_poll, id"
                           : "SELECT " FEED_COLS " FROM feeds ORDER BY id", &st);
    if (rc)
        return rc;
    if (due_by)
        sqlite3_bind_int64(st, 1, due_by);
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        rasd_stored_feed f;
        feed_row(st, &f);
        if (fn(&f, ctx))
            break;
    }
    rc = step == SQLITE_ROW || step == SQLITE_DONE ? RASD_OK : store_sqlfail(s, "listing feeds");
    sqlite3_finalize(st);
    return rc;
}

/* The wait before the next poll: interval after success, interval * 2^failures after that
 * many failures in a row, at most max_backoff. */
static int64_t poll_wait(const rasd_feed_poll *p, int64_t failures)
{
    int64_t interval = p->interval > 0 ? p->interval : POLL_INTERVAL;
    int64_t most = p->max_backoff > 0 ? p->max_backoff : POLL_MAX_BACKOFF;
    int64_t wait = interval;
    for (int64_t k = 0; k < failures && wait < most; k++)
        wait *= 2;
    return failures && wait > most ? most : wait;
}

static rasd_status feed_failures(rasd_store *s, int64_t id, int64_t *failures)
{
    sqlite3_stmt *st;
    rasd_status rc = prepare(s, "SELECT failures FROM feeds WHERE id = ?", &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) == SQLITE_ROW)
        *failures = col_int(st, 0);
    else
        rc = store_fail(s, RASD_END, "no feed %lld", (long long)id);
    sqlite3_finalize(st);
    return rc;
}

rasd_status rasd_store_feed_polled(rasd_store *s, int64_t id, const rasd_feed_poll *poll,
                                   int64_t *next)
{
    sqlite3_stmt *st;
    int64_t failures = 0, t;
    rasd_status rc;
    if (!poll)
        return RASD_EINVAL;
    if ((rc = writable(s)) != RASD_OK || (rc = feed_failures(s, id, &failures)) != RASD_OK ||
        (rc = store_begin_batch(s)) != RASD_OK)
        return rc;
    failures = poll->error ? failures + 1 : 0;
    t = now_or(poll->time);
    int64_t when = poll->next_poll ? poll->next_poll : t + poll_wait(poll, failures);
    rc = prepare(s, "UPDATE feeds SET last_poll = ?2, last_status = ?3, last_error = ?4, "
                    "failures = ?5, next_poll = ?6, "
                    "etag = CASE WHEN ?3 = 200 THEN ?7 ELSE etag END, "
                    "last_modified = CASE WHEN ?3 = 200 THEN ?8 ELSE last_modified END "
                    "WHERE id = ?1", &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, t);
    sqlite3_bind_int(st, 3, poll->status);
    bind_text(st, 4, poll->error);
    sqlite3_bind_int64(st, 5, failures);
    sqlite3_bind_int64(st, 6, when);
    bind_text(st, 7, poll->etag);
    bind_text(st, 8, poll->last_modified);
    if ((rc = run(s, st, "recording a poll")) == RASD_OK && next)
        *next = when;
    return rc;
}

/* ----------------------------------------------------------------- items */

const char *rasd_item_state_name(rasd_item_state st)
{
    static const char *const names[] = {"new", "fetched", "failed", "duplicate", "skipped"};
    return (unsigned)st < sizeof names / sizeof *names ? names[st] : "unknown";
}

rasd_status rasd_store_item_add(rasd_store *s, int64_t feed, const rasd_feed_item *it,
                                int64_t now, int *added)
{
    sqlite3_stmt *st;
    rasd_status rc;
    if (!it || !it->url)
        return RASD_EINVAL;
    if ((rc = writable(s)) != RASD_OK || (rc = store_begin_batch(s)) != RASD_OK ||
        (rc = prepare(s, "INSERT OR IGNORE INTO feed_items(url, feed, first_seen, title, "
                         "published, author, guid) VALUES (?, ?, ?, ?, ?, ?, ?)", &st)) != RASD_OK)
        return rc;
    sqlite3_bind_text(st, 1, it->url, -1, SQLITE_STATIC);
    if (feed > 0)
        sqlite3_bind_int64(st, 2, feed);
    sqlite3_bind_int64(st, 3, now_or(now));
    bind_text(st, 4, it->title);
    bind_text(st, 5, it->published);
    bind_text(st, 6, it->author);
    bind_text(st, 7, it->guid);
    if ((rc = run(s, st, "recording an item")) == RASD_OK && added)
        *added = sqlite3_changes(s->c.db) > 0;
    return rc;
}

#define ITEM_COLS "url, feed, first_seen, state, tries, fetched, article, hash, error, " \
                  "title, published, author, guid"

static void item_row(sqlite3_stmt *st, rasd_stored_item *it)
{
    it->url = sql_col(st, 0);
    it->feed = col_int(st, 1);
    it->first_seen = col_int(st, 2);
    it->state = (rasd_item_state)col_int(st, 3);
    it->tries = col_int(st, 4);
    it->fetched = col_int(st, 5);
    it->article = sql_col(st, 6);
    it->hash = sql_col(st, 7);
    it->error = sql_col(st, 8);
    it->title = sql_col(st, 9);
    it->published = sql_col(st, 10);
    it->author = sql_col(st, 11);
    it->guid = sql_col(st, 12);
}

/* Calls fn for each row of st; RASD_END when there was none and want_one is set. */
static rasd_status each_item(rasd_store *s, sqlite3_stmt *st, rasd_stored_item_fn fn, void *ctx,
                             int want_one)
{
    int step, rows = 0;
    rasd_status rc;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        rasd_stored_item it;
        item_row(st, &it);
        rows++;
        if (fn(&it, ctx))
            break;
    }
    rc = step == SQLITE_ROW || step == SQLITE_DONE ? RASD_OK : store_sqlfail(s, "listing items");
    sqlite3_finalize(st);
    return !rc && want_one && !rows ? RASD_END : rc;
}

rasd_status rasd_store_item(rasd_store *s, const char *url, rasd_stored_item_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    rasd_status rc;
    if (!s || !s->c.db || !url || !fn)
        return RASD_EINVAL;
    if ((rc = prepare(s, "SELECT " ITEM_COLS " FROM feed_items WHERE url = ?", &st)) != RASD_OK)
        return rc;
    sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
    return each_item(s, st, fn, ctx, 1);
}

rasd_status rasd_store_items(rasd_store *s, int state, size_t limit, rasd_stored_item_fn fn,
                             void *ctx)
{
    sqlite3_stmt *st;
    rasd_status rc;
    if (!s || !s->c.db || !fn)
        return RASD_EINVAL;
    rc = prepare(s, state >= 0 ? "SELECT " ITEM_COLS " FROM feed_items WHERE state = ?1 "
                                 "ORDER BY first_seen, url LIMIT ?2"
                               : "SELECT " ITEM_COLS " FROM feed_items "
                                 "ORDER BY first_seen, url LIMIT ?2", &st);
    if (rc)
        return rc;
    if (state >= 0)
        sqlite3_bind_int(st, 1, state);
    sqlite3_bind_int64(st, 2, limit ? (int64_t)limit : -1);
    return each_item(s, st, fn, ctx, 0);
}

/* Adds url as seen (state NEW) unless it is, with the feed of `like` (may be NULL). */
static rasd_status item_ensure(rasd_store *s, const char *url, const char *like, int64_t t)
{
    sqlite3_stmt *st;
    rasd_status rc = prepare(s, "INSERT OR IGNORE INTO feed_items(url, feed, first_seen) "
                                "VALUES (?1, (SELECT feed FROM feed_items WHERE url = ?2), ?3)",
                             &st);
    if (rc)
        return rc;
    sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
    bind_text(st, 2, like);
    sqlite3_bind_int64(st, 3, t);
    return run(s, st, "recording an item");
}

/* Sets the outcome of url; only_unfetched: unless it was fetched or found a copy already. */
static rasd_status item_set(rasd_store *s, const char *url, const rasd_item_result *r, int64_t t,
                            int tried, int only_unfetched)
{
    sqlite3_stmt *st;
    rasd_status rc = prepare(s, only_unfetched
                                    ? "UPDATE feed_items SET state = ?2, tries = tries + ?3, "
                                      "fetched = ?4, article = ?5, hash = ?6, error = ?7 "
                                      "WHERE url = ?1 AND state IN (0, 2)"
                                    : "UPDATE feed_items SET state = ?2, tries = tries + ?3, "
                                      "fetched = ?4, article = ?5, hash = ?6, error = ?7 "
                                      "WHERE url = ?1", &st);
    if (rc)
        return rc;
    sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, (int)r->state);
    sqlite3_bind_int(st, 3, tried);
    sqlite3_bind_int64(st, 4, t);
    bind_text(st, 5, r->article);
    bind_text(st, 6, r->hash);
    bind_text(st, 7, r->error);
    return run(s, st, "recording a fetch");
}

rasd_status rasd_store_item_done(rasd_store *s, const char *url, const rasd_item_result *r)
{
    rasd_status rc;
    int64_t t;
    if (!url || !r || r->state == RASD_ITEM_NEW || (unsigned)r->state > RASD_ITEM_SKIPPED)
        return RASD_EINVAL;
    if ((rc = writable(s)) != RASD_OK || (rc = store_begin_batch(s)) != RASD_OK)
        return rc;
    t = now_or(r->time);
    if ((rc = item_ensure(s, url, NULL, t)) != RASD_OK ||
        (rc = item_set(s, url, r, t, 1, 0)) != RASD_OK)
        return rc;
    if (r->state != RASD_ITEM_FETCHED || !r->article || strcmp(r->article, url) == 0)
        return RASD_OK;
    /* The page named another canonical URL: that one is fetched too. */
    if ((rc = item_ensure(s, r->article, url, t)) != RASD_OK)
        return rc;
    return item_set(s, r->article, r, t, 0, 1);
}

rasd_status rasd_store_content_seen(rasd_store *s, const char *hash, char **article)
{
    sqlite3_stmt *st;
    rasd_status rc;
    if (article)
        *article = NULL;
    if (!s || !s->c.db || !hash)
        return RASD_EINVAL;
    if ((rc = prepare(s, "SELECT article FROM feed_items WHERE hash = ? AND state = 1 "
                         "AND article IS NOT NULL ORDER BY fetched, url LIMIT 1", &st)) != RASD_OK)
        return rc;
    sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
    if (sqlite3_step(st) != SQLITE_ROW)
        rc = RASD_END;
    else if (article && !(*article = strdup(sql_col(st, 0))))
        rc = RASD_ENOMEM;
    sqlite3_finalize(st);
    return rc;
}
