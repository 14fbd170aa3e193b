/* store.c — the embedded store: one SQLite file in WAL mode with a versioned schema.
 *
 * Articles are keyed by id with a hash of their content: putting the same content again
 * writes nothing, other content replaces the article. Each article version gets a new
 * document number (docid); the replaced one is listed in `dead` until a merge drops its
 * postings. Puts are grouped in batches, each one SQLite transaction that also writes the
 * batch's index segment (search/index.h), so a killed process leaves the store as of the last
 * batch and a re-run finishes the job.
 */
#include "store/store_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#define XXH_STATIC_LINKING_ONLY /* XXH3_state_t on the stack */
#include <xxhash.h>

#define SCHEMA_VERSION 15
#define BATCH_DEFAULT 2000

/* Migrations: entry v brings a store from schema version v to v + 1. */
static const char *const migrations[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value);"
    "CREATE TABLE sources(sid INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);"
    "CREATE TABLE articles(docid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
    " hash BLOB NOT NULL, title TEXT, published TEXT, day INTEGER, sid INTEGER,"
    " url TEXT, author TEXT, bytes INTEGER NOT NULL, tokens INTEGER NOT NULL,"
    " sentences INTEGER NOT NULL, invalid_utf8 INTEGER NOT NULL, ingested TEXT NOT NULL);"
    "CREATE INDEX articles_day ON articles(day);"
    "CREATE TABLE texts(docid INTEGER PRIMARY KEY, text TEXT NOT NULL);"
    "CREATE TABLE segments(seg INTEGER PRIMARY KEY, base INTEGER NOT NULL,"
    " ndocs INTEGER NOT NULL, nterms INTEGER NOT NULL, tokens INTEGER NOT NULL,"
    " dict BLOB NOT NULL, docs BLOB NOT NULL);"
    "CREATE TABLE postings(data BLOB NOT NULL);"
    "CREATE TABLE dead(docid INTEGER PRIMARY KEY);"
    "INSERT INTO meta VALUES ('next_docid', 0), ('next_seg', 1), ('gen', 0);",
    /* 2: duplicates (src/dedup/). Articles stored before have no fingerprint: they are not
     * found as copies until ingested again with new content. */
    "CREATE TABLE fingerprints(docid INTEGER PRIMARY KEY, fp BLOB NOT NULL,"
    " debris INTEGER NOT NULL);"
    "CREATE TABLE dupes(a INTEGER NOT NULL, b INTEGER NOT NULL, kind TEXT NOT NULL,"
    " similarity REAL NOT NULL, spans BLOB, PRIMARY KEY (a, b)) WITHOUT ROWID;"
    "CREATE INDEX dupes_b ON dupes(b);"
    "CREATE TABLE lsh(docid INTEGER PRIMARY KEY, bands BLOB NOT NULL);",
    /* 3: passage reuse: each article's winnowed passage keys and word hashes. Shingles are
     * hashed otherwise than in version 2, so the old LSH bands go: articles stored before
     * are found as copies again when ingested again with new content. */
    ("CREATE TABLE passages(docid INTEGER PRIMARY KEY, keys BLOB NOT NULL,"
     " words BLOB NOT NULL);"
     "DELETE FROM lsh;"),
    /* 4: named entities (src/store/entities.c). Articles stored before have none until
     * ingested again with new content, or into a new store. */
    "CREATE TABLE entities(id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL,"
    " key TEXT NOT NULL, mentions INTEGER NOT NULL, articles INTEGER NOT NULL) WITHOUT ROWID;"
    "CREATE INDEX entities_key ON entities(key);"
    "CREATE TABLE mentions(docid INTEGER NOT NULL, start INTEGER NOT NULL,"
    " end INTEGER NOT NULL, entity TEXT NOT NULL, text TEXT NOT NULL, key TEXT NOT NULL,"
    " PRIMARY KEY (docid, start)) WITHOUT ROWID;"
    "CREATE INDEX mentions_entity ON mentions(entity, docid);"
    "CREATE INDEX mentions_key ON mentions(key);",
    /* 5: dates, quotes and events (src/store/events.c). Articles stored before have none
     * until ingested again with new content, or into a new store. */
    "CREATE TABLE dates(docid INTEGER NOT NULL, n INTEGER NOT NULL, start INTEGER NOT NULL,"
    " end INTEGER NOT NULL, value TEXT, PRIMARY KEY (docid, n)) WITHOUT ROWID;"
    "CREATE TABLE quotes(docid INTEGER NOT NULL, n INTEGER NOT NULL, start INTEGER NOT NULL,"
    " end INTEGER NOT NULL, cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL,"
    " cue TEXT NOT NULL, direct INTEGER NOT NULL, speaker TEXT, speaker_name TEXT,"
    " speaker_start INTEGER, speaker_end INTEGER, PRIMARY KEY (docid, n)) WITHOUT ROWID;"
    "CREATE INDEX quotes_speaker ON quotes(speaker, docid);"
    "CREATE INDEX quotes_speaker_name ON quotes(speaker_name);"
    "CREATE TABLE events(docid INTEGER NOT NULL, n INTEGER NOT NULL, id TEXT NOT NULL,"
    " type TEXT NOT NULL, cameo TEXT NOT NULL, place TEXT, place_name TEXT, date TEXT,"
    " dated INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,"
    " trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,"
    " PRIMARY KEY (docid, n)) WITHOUT ROWID;"
    "CREATE INDEX events_id ON events(id);"
    "CREATE TABLE event_actors(docid INTEGER NOT NULL, n INTEGER NOT NULL, k INTEGER NOT NULL,"
    " entity TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (docid, n, k)) WITHOUT ROWID;"
    "CREATE INDEX event_actors_entity ON event_actors(entity);",
    /* 6: stories (src/store/stories.c): each article's story, with the vectors it was
     * clustered with. Articles stored before are in none until re-annotated
     * (rasd reannotate --stage stories) or ingested again with new content. */
    "CREATE TABLE stories(id INTEGER PRIMARY KEY, thread INTEGER NOT NULL,"
    " size INTEGER NOT NULL, oldest REAL, newest REAL, tsum REAL NOT NULL,"
    " ndated INTEGER NOT NULL);"
    "CREATE INDEX stories_newest ON stories(newest);"
    "CREATE INDEX stories_thread ON stories(thread);"
    "CREATE TABLE story_members(docid INTEGER PRIMARY KEY, story INTEGER NOT NULL,"
    " copy_of INTEGER, score REAL NOT NULL, t REAL, vec BLOB NOT NULL);"
    "CREATE INDEX story_members_story ON story_members(story, docid);"
    "CREATE TABLE thread_redirects(old INTEGER PRIMARY KEY, new INTEGER NOT NULL);"
    "INSERT INTO meta VALUES ('next_story', 1);",
    /* 7: titles as mentions (src/entities/titles.c): via is 'title' for a title standing
     * for the person, NULL for a name. Articles stored before keep the mentions they had
     * until re-annotated (rasd reannotate --stage entities) or ingested with new content. */
    "ALTER TABLE mentions ADD COLUMN via TEXT;",
    /* 8: an event's status (planned, occurred) and whether only its target is named (issue
     * 16). Rows stored before have status NULL: unknown, listed as stored. */
    "ALTER TABLE events ADD COLUMN status TEXT;"
    "ALTER TABLE events ADD COLUMN target_only INTEGER NOT NULL DEFAULT 0;",
    /* 9: feeds and the items seen in them (src/store/feeds.c, docs/FEEDS.md, issue 17): a
     * watcher's poll state per feed and, per canonical item URL, what fetching it gave, so
     * nothing is fetched twice and a killed watcher resumes. Times are Unix seconds. */
    "CREATE TABLE feeds(id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, source TEXT,"
    " added INTEGER NOT NULL, etag TEXT, last_modified TEXT,"
    " last_poll INTEGER NOT NULL DEFAULT 0, last_status INTEGER NOT NULL DEFAULT 0,"
    " last_error TEXT, failures INTEGER NOT NULL DEFAULT 0,"
    " next_poll INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX feeds_next_poll ON feeds(next_poll);"
    "CREATE TABLE feed_items(url TEXT PRIMARY KEY, feed INTEGER, first_seen INTEGER NOT NULL,"
    " state INTEGER NOT NULL DEFAULT 0, tries INTEGER NOT NULL DEFAULT 0,"
    " fetched INTEGER NOT NULL DEFAULT 0, article TEXT, hash TEXT, error TEXT, title TEXT,"
    " published TEXT, author TEXT, guid TEXT) WITHOUT ROWID;"
    "CREATE INDEX feed_items_state ON feed_items(state, first_seen);"
    "CREATE INDEX feed_items_feed ON feed_items(feed);"
    "CREATE INDEX feed_items_hash ON feed_items(hash);",
    /* 10: a date's TimeML value when it has no ISO one (decades, centuries, seasons; issue
     * 16). Rows stored before have NULL, as they had no such dates. */
    "ALTER TABLE dates ADD COLUMN timex TEXT;",
    /* 11: alerts (src/store/alerts.c, docs/ALERTS.md): saved queries, and the log of the
     * articles that matched them, one row per alert and article id. Log rows are never
     * deleted (a removed alert's are no longer listed), so seq, the largest plus one, never
     * comes back for a cursor over the log; alert ids are AUTOINCREMENT, never reused. */
    "CREATE TABLE alerts(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE,"
    " query TEXT NOT NULL, entity TEXT, entities TEXT, source TEXT, created TEXT NOT NULL);"
    "CREATE TABLE alert_log(seq INTEGER PRIMARY KEY, alert INTEGER NOT NULL,"
    " article TEXT NOT NULL, docid INTEGER NOT NULL, matched TEXT NOT NULL,"
    " UNIQUE (alert, article));"
    "INSERT INTO meta VALUES ('alerts_gen', 0);",
    /* 12 (issue 16, evrecall3): an event's actor given by its description has no entity (''
     * in entity, NULL through the API) and its words' offsets, as every actor now has
     * (NULL for actors stored before). */
    "ALTER TABLE event_actors ADD COLUMN start INTEGER;"
    "ALTER TABLE event_actors ADD COLUMN end INTEGER;",
    /* 13 (issue 13, stories14): a story's sum and keys (src/store/story_mem.c), written as
     * a story of more members than it keeps leaves memory, so that a copy joining it later
     * reads back that and its newest members, not every member. NULL: read back from its
     * members, as every story stored before is. */
    "ALTER TABLE stories ADD COLUMN vec BLOB;",
    /* 14: a story's kept members beside its sum (src/store/story_mem.c, sm_members_encode),
     * written as a story read back for a copy leaves memory: read back again, it is one
     * row, not one row for each member scattered over the store (issue 13, stop 37). NULL:
     * its members' rows, as every story stored before. */
    "ALTER TABLE stories ADD COLUMN mb BLOB;",
    /* 15: the pairs of each kind in the store, kept as rows go in, change and go out by
     * triggers, so that an ingest's summary does not count the whole of dupes (1.72G Ir at
     * 100k articles, issue 13, stop 55). Triggers run inside the writer's statements: a
     * dropped batch rolls the counts back with the rows. dedup.c writes a pair with an
     * upsert (an UPDATE of the pair when it is there), not INSERT OR REPLACE, whose delete
     * of the old row fires no trigger. IF NOT EXISTS and the recount: a store set back to
     * an older version (the tests' old stores) has them already. */
    "CREATE TABLE IF NOT EXISTS dupe_counts(kind TEXT PRIMARY KEY, n INTEGER NOT NULL)"
    " WITHOUT ROWID;"
    "DELETE FROM dupe_counts;"
    "INSERT INTO dupe_counts SELECT kind, count(*) FROM dupes GROUP BY kind;"
    "INSERT OR IGNORE INTO dupe_counts VALUES ('exact', 0), ('near', 0), ('reuse', 0);"
    "CREATE TRIGGER IF NOT EXISTS dupes_count_ins AFTER INSERT ON dupes BEGIN"
    " UPDATE dupe_counts SET n = n + 1 WHERE kind = NEW.kind; END;"
    "CREATE TRIGGER IF NOT EXISTS dupes_count_upd AFTER UPDATE OF kind ON dupes"
    " WHEN OLD.kind IS NOT NEW.kind BEGIN"
    " UPDATE dupe_counts SET n = n - 1 WHERE kind = OLD.kind;"
    " UPDATE dupe_counts SET n = n + 1 WHERE kind = NEW.kind; END;"
    "CREATE TRIGGER IF NOT EXISTS dupes_count_del AFTER DELETE ON dupes BEGIN"
    " UPDATE dupe_counts SET n = n - 1 WHERE kind = OLD.kind; END;",
};

/* Indexes that came after their tables' schema version and need no new one: a writable open
 * creates them when missing, so older stores get them at their next ingest (a read-only
 * store without them answers the same, only slower). */
static const char later_indexes[] =
    "CREATE INDEX IF NOT EXISTS events_date ON events(date);"      /* rasd events --from/--to */
    "CREATE INDEX IF NOT EXISTS events_place ON events(place);"    /* rasd events --place */
    "CREATE INDEX IF NOT EXISTS alert_log_docid ON alert_log(docid);"  /* /api/stream */
    /* stories' copy lookup: dupes_b alone found an article's reuse pairs too (about 7 an
     * article at 100k, 14 at 1M) and read each pair's kind from the table, a page far back;
     * this partial index holds the exact and near pairs only (issue 13, bench/scale.sh) */
    "CREATE INDEX IF NOT EXISTS dupes_copies ON dupes(b) WHERE kind IN ('exact', 'near');"
    /* merging two threads moves the redirects to the gone one: a scan of every redirect
     * without it (320 us a merge at 100k articles, growing with the store) */
    "CREATE INDEX IF NOT EXISTS thread_redirects_new ON thread_redirects(new);";

int64_t store_meta(rasd_store *s, const char *key)
{
    sqlite3_stmt *st = s->st[ST_META];
    int64_t v = -1;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    return v;
}

rasd_status store_meta_set(rasd_store *s, const char *key, int64_t v)
{
    char sql[128];
    snprintf(sql, sizeof sql, "UPDATE meta SET value = %lld WHERE key = '%s'", (long long)v, key);
    return store_exec(s, sql);
}

/* ------------------------------------------------------------------ open */

static rasd_status migrate(rasd_store *s)
{
    sqlite3_stmt *st;
    int version = 0;
    rasd_status rc;
    if (sqlite3_prepare_v2(s->c.db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
        return store_sqlfail(s, "reading the schema version");
    if (sqlite3_step(st) == SQLITE_ROW)
        version = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    if (version > SCHEMA_VERSION)
        return store_fail(s, RASD_EDATA, "store schema version %d is newer than this rasd's (%d)",
                          version, SCHEMA_VERSION);
    if (version == SCHEMA_VERSION)
        return RASD_OK;
    if (s->flags & RASD_STORE_READONLY)
        return store_fail(s, RASD_EDATA, "store schema version %d needs migrating: run an ingest",
                          version);
    if ((rc = store_exec(s, "BEGIN IMMEDIATE")) != RASD_OK)
        return rc;
    for (int v = version; v < SCHEMA_VERSION && !rc; v++)
        rc = store_exec(s, migrations[v]);
    if (!rc) {
        char sql[64];
        snprintf(sql, sizeof sql, "PRAGMA user_version = %d", SCHEMA_VERSION);
        rc = store_exec(s, sql);
    }
    if (!rc)
        return store_exec(s, "COMMIT");
    sqlite3_exec(s->c.db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

void store_analysis(const rasd_store *s, char *out, size_t cap)
{
    const rasd_config *cfg = rasd_engine_config(s->e);
    snprintf(out, cap, "stemmer=%d norm=%u data=%s", (int)cfg->stemmer, cfg->norm_flags,
             rasd_data_version(s->e));
}

/* Whether analyses a and b differ in their data version only. */
static int data_differs_only(const char *a, const char *b)
{
    const char *da = strstr(a, " data="), *db = strstr(b, " data=");
    return da && db && da - a == db - b && strncmp(a, b, (size_t)(da - a)) == 0;
}

/* Documents and queries must be analysed alike: the store records the analysis it was
 * built with (stemmer, normalisation rules, data version) and refuses another one, but
 * for re-annotation (RASD_STORE_REANNOTATE) another data version. */
static rasd_status check_analysis(rasd_store *s)
{
    char want[160], have[160] = "";
    sqlite3_stmt *st;
    store_analysis(s, want, sizeof want);
    if (sqlite3_prepare_v2(s->c.db, "SELECT value FROM meta WHERE key = 'analysis'", -1, &st,
                           NULL) != SQLITE_OK)
        return store_sqlfail(s, "reading the store");
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        snprintf(have, sizeof have, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    if (have[0] && (s->flags & RASD_STORE_REANNOTATE) && data_differs_only(have, want))
        return RASD_OK;
    if (have[0])
        return strcmp(have, want) == 0
                   ? RASD_OK
                   : store_fail(s, RASD_EINVAL,
                                "the store was built with analysis \"%s\", this engine uses \"%s\": "
                                "use the same --stemmer, --no-norm and data, or a new store",
                                have, want);
    if (s->flags & RASD_STORE_READONLY)
        return RASD_OK;
    if (sqlite3_prepare_v2(s->c.db, "INSERT INTO meta VALUES ('analysis', ?)", -1, &st, NULL) !=
        SQLITE_OK)
        return store_sqlfail(s, "writing the store");
    sqlite3_bind_text(st, 1, want, -1, SQLITE_STATIC);
    sqlite3_step(st);
    sqlite3_finalize(st);
    return RASD_OK;
}

static const char *const store_sql[ST_COUNT] = {
    [ST_FIND] = "SELECT docid, hash FROM articles WHERE id = ?",
    [ST_TEXT] = "SELECT text FROM texts WHERE docid = ?",
    [ST_ART] = "SELECT id, title, published, name FROM articles "
               "LEFT JOIN sources USING (sid) WHERE docid = ?",
    [ST_META] = "SELECT value FROM meta WHERE key = ?",
    [ST_SOURCE] = "SELECT sid FROM sources WHERE name = ?",
    [ST_INS] = "INSERT INTO articles(docid, id, hash, title, published, day, sid, url, author, "
               "bytes, tokens, sentences, invalid_utf8, ingested) "
               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    [ST_INS_TEXT] = "INSERT INTO texts(docid, text) VALUES (?, ?)",
    [ST_DEL] = "DELETE FROM articles WHERE docid = ?",
    [ST_DEL_TEXT] = "DELETE FROM texts WHERE docid = ?",
    [ST_DEAD] = "INSERT OR IGNORE INTO dead(docid) VALUES (?)",
    [ST_SOURCE_INS] = "INSERT INTO sources(name) VALUES (?)",
};

static rasd_status prepare_all(rasd_store *s)
{
    int ro = (s->flags & RASD_STORE_READONLY) != 0;
    rasd_status rc = store_prepare(s, store_sql, ro ? ST_READ_END : ST_COUNT, s->st);
    if (!rc)
        rc = search_open(&s->search, &s->c, s->e, s->flags);
    for (size_t i = 0; i < rasd_nstages && !rc; i++)
        if (rasd_stages[i].store)
            rc = rasd_stages[i].store->open(s, &s->stage[i]);
    return rc;
}

/* "file:PATH?immutable=1" with PATH's %, ? and # escaped, as SQLite's URI filenames read
 * them; a new string the caller frees with sqlite3_free, or NULL. */
static char *immutable_uri(const char *path)
{
    sqlite3_str *u = sqlite3_str_new(NULL);
    sqlite3_str_appendall(u, "file:");
    for (const char *p = path; *p; p++)
        if (*p == '%' || *p == '?' || *p == '#')
            sqlite3_str_appendf(u, "%%%02X", (unsigned char)*p);
        else
            sqlite3_str_appendchar(u, 1, *p);
    sqlite3_str_appendall(u, "?immutable=1");
    return sqlite3_str_finish(u);
}

/* Opens path; with RASD_STORE_IMMUTABLE as SQLite's immutable URI: no lock, no -shm, no WAL
 * read (the file as of its last checkpoint). */
static int open_conn(rasd_store *s, const char *path, int fl)
{
    char *uri;
    int rc;
    if (!(s->flags & RASD_STORE_IMMUTABLE))
        return sqlite3_open_v2(path, &s->c.db, fl | SQLITE_OPEN_NOMUTEX, NULL);
    if (!(uri = immutable_uri(path)))
        return SQLITE_NOMEM;
    rc = sqlite3_open_v2(uri, &s->c.db, fl | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, NULL);
    sqlite3_free(uri);
    return rc;
}

/* A read-only store in WAL mode whose -shm file cannot be created (a read-only mount or
 * folder, no writer running) fails its first read with SQLITE_CANTOPEN or SQLITE_READONLY
 * (SQLITE_READONLY_CANTINIT): that is the case SQLite's immutable URI parameter is
 * documented for. */
static int needs_immutable(const rasd_store *s)
{
    int code = sqlite3_extended_errcode(s->c.db) & 0xff;
    return (s->flags & RASD_STORE_READONLY) && !(s->flags & RASD_STORE_IMMUTABLE) &&
           (code == SQLITE_CANTOPEN || code == SQLITE_READONLY);
}

static rasd_status open_db(rasd_store *s, const char *path)
{
    int ro = (s->flags & (RASD_STORE_READONLY | RASD_STORE_IMMUTABLE)) != 0;
    int fl = ro ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    struct stat sb;
    rasd_status rc;
    if (ro)
        s->flags |= RASD_STORE_READONLY;
    if (ro && stat(path, &sb) != 0)
        return store_fail(s, RASD_EIO, "%s: no such store (run rasd ingest first)", path);
    if (open_conn(s, path, fl) != SQLITE_OK)
        return store_sqlfail(s, path);
    if (ro && sqlite3_exec(s->c.db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL) !=
                  SQLITE_OK && needs_immutable(s)) {
        sqlite3_close(s->c.db);
        s->c.db = NULL;
        s->flags |= RASD_STORE_IMMUTABLE;
        if (open_conn(s, path, fl) != SQLITE_OK)
            return store_sqlfail(s, path);
    }
    sqlite3_busy_timeout(s->c.db, 10000);
    /* Large pages: article texts are kilobytes long, and 64 KiB pages make writing them
     * about 4x cheaper than 4 KiB ones (measured on SaudiNewsNet). Only a new file takes it. */
    if (!ro && ((rc = store_exec(s, "PRAGMA page_size = 65536")) != RASD_OK ||
                (rc = store_exec(s, "PRAGMA journal_mode = WAL")) != RASD_OK))
        return rc;
    if (sqlite3_exec(s->c.db, "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; "
                              "PRAGMA mmap_size = 1073741824;", NULL,
                     NULL, NULL) != SQLITE_OK)
        return store_sqlfail(s, path);
    if (sqlite3_exec(s->c.db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL) != SQLITE_OK)
        return store_fail(s, RASD_EDATA, "%s: not a rasd store (%s)", path, sqlite3_errmsg(s->c.db));
    return RASD_OK;
}

static void finalize_all(rasd_store *s)
{
    sql_finalize(s->st, ST_COUNT);
    for (size_t i = 0; i < rasd_nstages; i++)
        if (rasd_stages[i].store) {
            rasd_stages[i].store->close(s->stage[i]);
            s->stage[i] = NULL;
        }
    search_close(&s->search);
    sql_cache_free(&s->c);
}

rasd_status rasd_store_open(rasd_store **out, const rasd_engine *e, const char *path,
                            unsigned flags)
{
    rasd_store *s;
    rasd_status rc;
    if (!out || !e || !path)
        return RASD_EINVAL;
    *out = NULL;
    if (!(s = calloc(1, sizeof *s)))
        return RASD_ENOMEM;
    s->e = e;
    s->flags = flags;
    s->batch = BATCH_DEFAULT;
    rc = open_db(s, path);
    if (!rc)
        rc = migrate(s);
    if (!rc && !(s->flags & RASD_STORE_READONLY))
        rc = store_exec(s, later_indexes);
    if (!rc)
        rc = check_analysis(s);
    if (!rc)
        rc = prepare_all(s);
    if (!rc && (flags & RASD_STORE_FTS5))
        rc = fts5_register(&s->search);
    if (!rc && (rasd_doc_new(&s->doc) != RASD_OK || rasd_doc_new(&s->doc2) != RASD_OK ||
                rasd_article_new(&s->art) != RASD_OK))
        rc = RASD_ENOMEM;
    if (rc) {
        /* Like sqlite3_open: the handle stays, holding only the reason, until closed. */
        finalize_all(s);
        rasd_doc_free(s->doc);
        rasd_doc_free(s->doc2);
        rasd_article_free(s->art);
        memset(&s->st, 0, sizeof *s - offsetof(rasd_store, st));
        sqlite3_close(s->c.db);
        s->c.db = NULL;
    }
    *out = s;
    return rc;
}

void rasd_store_close(rasd_store *s)
{
    if (!s)
        return;
    if (s->c.db && s->in_batch)
        rasd_store_commit(s);
    ckpt_stop(s->ckpt);
    finalize_all(s);
    seg_builder_free(&s->sb);
    sqlite3_close(s->c.db);
    rasd_doc_free(s->doc);
    rasd_doc_free(s->doc2);
    rasd_article_free(s->art);
    free(s);
}

const char *rasd_store_error(const rasd_store *s)
{
    return s ? s->c.err : "";
}

void rasd_store_set_batch(rasd_store *s, size_t articles)
{
    s->batch = articles ? articles : BATCH_DEFAULT;
}

int64_t rasd_store_committed(const rasd_store *s)
{
    return s ? s->committed : 0;
}

const char *rasd_store_path(const rasd_store *s)
{
    const char *p = s && s->c.db ? sqlite3_db_filename(s->c.db, "main") : NULL;
    return p ? p : "";
}

const rasd_engine *rasd_store_engine(const rasd_store *s)
{
    return s ? s->e : NULL;
}

void rasd_free(void *p)
{
    free(p);
}

/* ------------------------------------------------------------------- put */

void store_content_hash(const rasd_record *r, unsigned char out[16])
{
    XXH3_state_t st;
    const char *f[] = {r->title, r->published, r->source, r->url, r->author};
    XXH128_hash_t h;
    XXH128_canonical_t c;
    XXH3_128bits_reset(&st);
    XXH3_128bits_update(&st, &r->text_len, sizeof r->text_len);
    XXH3_128bits_update(&st, r->text, r->text_len);
    for (size_t i = 0; i < sizeof f / sizeof *f; i++) {
        size_t n = f[i] ? strlen(f[i]) + 1 : 0;   /* NULL and "" differ */
        XXH3_128bits_update(&st, &n, sizeof n);
        if (n)
            XXH3_128bits_update(&st, f[i], n);
    }
    h = XXH3_128bits_digest(&st);
    XXH128_canonicalFromHash(&c, h);
    memcpy(out, c.digest, 16);
}

static rasd_status source_id(rasd_store *s, const char *name, int64_t *sid)
{
    *sid = 0;
    if (!name || !*name || (*sid = store_source(s, name)) != 0)
        return RASD_OK;
    sqlite3_bind_text(s->st[ST_SOURCE_INS], 1, name, -1, SQLITE_STATIC);
    if (!store_step(s->st[ST_SOURCE_INS]))
        return store_sqlfail(s, "adding a source");
    *sid = sqlite3_last_insert_rowid(s->c.db);
    return RASD_OK;
}

/* 1 with *docid when id is stored with the same hash, 2 when with another hash, 0 if not. */
static int find_article(rasd_store *s, const char *id, const unsigned char hash[16],
                        int64_t *docid)
{
    int found = 0;
    sqlite3_bind_text(s->st[ST_FIND], 1, id, -1, SQLITE_STATIC);
    if (sqlite3_step(s->st[ST_FIND]) == SQLITE_ROW) {
        const void *h = sqlite3_column_blob(s->st[ST_FIND], 1);
        *docid = sqlite3_column_int64(s->st[ST_FIND], 0);
        found = sqlite3_column_bytes(s->st[ST_FIND], 1) == 16 && h && !memcmp(h, hash, 16) ? 1 : 2;
    }
    sqlite3_reset(s->st[ST_FIND]);
    return found;
}

rasd_status store_begin_batch(rasd_store *s)
{
    rasd_status rc;
    int64_t next;
    if (s->in_batch)
        return RASD_OK;
    if ((rc = store_exec(s, "BEGIN IMMEDIATE")) != RASD_OK)
        return rc;
    next = store_meta(s, "next_docid");
    s->next_seg = store_meta(s, "next_seg");
    if (next < 0 || next >= UINT32_MAX || s->next_seg < 1) {
        sqlite3_exec(s->c.db, "ROLLBACK", NULL, NULL, NULL);
        return store_fail(s, RASD_EDATA, "store metadata is damaged");
    }
    seg_builder_reset(&s->sb, (uint32_t)next);
    s->in_batch = 1;
    return RASD_OK;
}

rasd_status store_remove_article(rasd_store *s, int64_t docid)
{
    rasd_status rc;
    sqlite3_bind_int64(s->st[ST_DEAD], 1, docid);
    sqlite3_bind_int64(s->st[ST_DEL], 1, docid);
    sqlite3_bind_int64(s->st[ST_DEL_TEXT], 1, docid);
    if (!store_step(s->st[ST_DEAD]) || !store_step(s->st[ST_DEL]) || !store_step(s->st[ST_DEL_TEXT]))
        return store_sqlfail(s, "replacing an article");
    if ((rc = stages_remove(s, docid)) != RASD_OK)
        return rc;
    if (s->search.st_fts_del) {
        sqlite3_bind_int64(s->search.st_fts_del, 1, docid);
        if (!store_step(s->search.st_fts_del))
            return store_sqlfail(s, "replacing an article in the FTS5 index");
    }
    return RASD_OK;
}

static rasd_status insert_article(rasd_store *s, const rasd_record *r, int64_t docid,
                                  const unsigned char hash[16], uint32_t day, int64_t sid,
                                  const rasd_doc *text)
{
    sqlite3_stmt *st = s->st[ST_INS];
    size_t ntok, nsent;
    char now[32];
    time_t t = time(NULL);
    struct tm tm;
    rasd_doc_tokens(text, &ntok);
    rasd_doc_sentences(text, &nsent);
    strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&t, &tm));
    sqlite3_bind_int64(st, 1, docid);
    sqlite3_bind_text(st, 2, r->id, -1, SQLITE_STATIC);
    sqlite3_bind_blob(st, 3, hash, 16, SQLITE_STATIC);
    sql_bind_opt(st, 4, r->title);
    sql_bind_opt(st, 5, r->published);
    if (day)
        sqlite3_bind_int64(st, 6, day);
    else
        sqlite3_bind_null(st, 6);
    if (sid)
        sqlite3_bind_int64(st, 7, sid);
    else
        sqlite3_bind_null(st, 7);
    sql_bind_opt(st, 8, r->url);
    sql_bind_opt(st, 9, r->author);
    sqlite3_bind_int64(st, 10, (int64_t)r->text_len);
    sqlite3_bind_int64(st, 11, (int64_t)ntok);
    sqlite3_bind_int64(st, 12, (int64_t)nsent);
    sqlite3_bind_int64(st, 13, (int64_t)rasd_doc_invalid_utf8(text, NULL));
    sqlite3_bind_text(st, 14, now, -1, SQLITE_TRANSIENT);
    if (!store_step(st))
        return store_sqlfail(s, "adding an article");
    sqlite3_bind_int64(s->st[ST_INS_TEXT], 1, docid);
    sqlite3_bind_text(s->st[ST_INS_TEXT], 2, r->text, (int)r->text_len, SQLITE_STATIC);
    if (!store_step(s->st[ST_INS_TEXT]))
        return store_sqlfail(s, "adding an article's text");
    if (s->search.st_fts_ins) {
        sqlite3_bind_int64(s->search.st_fts_ins, 1, docid);
        sql_bind_opt(s->search.st_fts_ins, 2, r->title);
        sqlite3_bind_text(s->search.st_fts_ins, 3, r->text, (int)r->text_len, SQLITE_STATIC);
        if (!store_step(s->search.st_fts_ins))
            return store_sqlfail(s, "adding an article to the FTS5 index");
    }
    return RASD_OK;
}

/* The store sides' hooks, in table order: article docid was added, or is removed. */
rasd_status stages_put(rasd_store *s, int64_t docid, const rasd_article *a)
{
    store_item it = {&a->rec, a->text, a->title, a->prep};
    rasd_status rc = RASD_OK;
    for (size_t i = 0; i < rasd_nstages && !rc; i++)
        if (rasd_stages[i].store)
            rc = rasd_stages[i].store->put(s, s->stage[i], docid, &it);
    return rc;
}

rasd_status stages_remove(rasd_store *s, int64_t docid)
{
    rasd_status rc = RASD_OK;
    for (size_t i = 0; i < rasd_nstages && !rc; i++)
        if (rasd_stages[i].store)
            rc = rasd_stages[i].store->remove(s, s->stage[i], docid);
    return rc;
}

/* The store sides' flush hooks, in table order, before the batch commits. */
static rasd_status stages_flush(rasd_store *s)
{
    rasd_status rc = RASD_OK;
    for (size_t i = 0; i < rasd_nstages && !rc; i++)
        if (rasd_stages[i].store && rasd_stages[i].store->flush)
            rc = rasd_stages[i].store->flush(s, s->stage[i]);
    return rc;
}

static void stages_rollback(rasd_store *s)
{
    for (size_t i = 0; i < rasd_nstages; i++)
        if (rasd_stages[i].store && rasd_stages[i].store->rollback)
            rasd_stages[i].store->rollback(s, s->stage[i]);
}

/* Stores a new article (or a new version of one) from its analyses. */
static rasd_status put_new(rasd_store *s, const rasd_article *a, int replace, int64_t old)
{
    const rasd_record *r = &a->rec;
    rasd_status rc;
    int64_t sid, docid;
    uint32_t day = day_ymd(r->published);
    if ((rc = store_begin_batch(s)) != RASD_OK)
        return rc;
    docid = (int64_t)s->sb.base + s->sb.ndocs;
    if (replace && (rc = store_remove_article(s, old)) != RASD_OK)
        return rc;
    if ((rc = source_id(s, r->source, &sid)) != RASD_OK ||
        (rc = insert_article(s, r, docid, a->hash, day, sid, a->text)) != RASD_OK)
        return rc;
    rc = seg_builder_add(&s->sb, (uint32_t)docid, a->title, a->text, day, (uint32_t)sid);
    if (rc)
        return store_fail(s, rc, "indexing %s: %s", r->id, rasd_strerror(rc));
    return stages_put(s, docid, a);
}

void store_drop_batch(rasd_store *s)
{
    sqlite3_exec(s->c.db, "ROLLBACK", NULL, NULL, NULL);
    s->in_batch = 0;
    seg_builder_reset(&s->sb, 0);
    stages_rollback(s);
}

/* Ends a put: a failed write drops the batch; a full batch commits. */
static rasd_status put_done(rasd_store *s, rasd_status rc)
{
    if (rc) {
        if (rc == RASD_EIO || rc == RASD_EDATA || rc == RASD_ENOMEM)
            store_drop_batch(s);   /* the batch cannot be trusted any more: drop it whole */
        return rc;
    }
    return s->sb.ndocs >= s->batch ? rasd_store_commit(s) : RASD_OK;
}

/* 1 (RASD_PUT_UNCHANGED in *what) when the article needs no write; else 0 with *old. */
static int unchanged(rasd_store *s, const rasd_record *r, const unsigned char hash[16],
                     rasd_put *what, int *replace, int64_t *old)
{
    int found = find_article(s, r->id, hash, old);
    if (what)
        *what = found == 1 ? RASD_PUT_UNCHANGED : found ? RASD_PUT_UPDATED : RASD_PUT_ADDED;
    *replace = found == 2;
    return found == 1;
}

/* Prepares a new or changed record on this thread (rasd_article_prepare_flags) and stores it. */
static rasd_status put_record(rasd_store *s, const rasd_record *r, int replace, int64_t old,
                              unsigned prep_flags)
{
    rasd_status rc = rasd_article_prepare_flags(s->art, s->e, r, prep_flags);
    if (rc)
        return store_fail(s, rc, "%s:%ld: %s: %s", r->path ? r->path : "-", r->line, r->id,
                          rasd_strerror(rc));
    return put_done(s, put_new(s, s->art, replace, old));
}

rasd_status rasd_store_put(rasd_store *s, const rasd_record *r, rasd_put *what)
{
    unsigned char hash[16];
    int64_t old = 0;
    int replace;
    if (!s || !r || !r->id || !r->text)
        return RASD_EINVAL;
    s->c.err[0] = 0;
    if (s->flags & RASD_STORE_READONLY)
        return store_fail(s, RASD_EINVAL, "the store is open read-only");
    store_content_hash(r, hash);
    if (unchanged(s, r, hash, what, &replace, &old))
        return RASD_OK;
    return put_record(s, r, replace, old,
                      s->flags & RASD_STORE_NO_ENTITIES ? RASD_PREPARE_NO_ENTITIES : 0);
}

rasd_status rasd_store_unchanged(rasd_store *s, const rasd_record *r, int *same)
{
    unsigned char hash[16];
    int64_t docid;
    if (!s || !r || !r->id || !r->text || !same || !s->c.db)
        return RASD_EINVAL;
    store_content_hash(r, hash);
    *same = find_article(s, r->id, hash, &docid) == 1;
    return RASD_OK;
}

rasd_status rasd_store_put_article(rasd_store *s, const rasd_article *a, rasd_put *what)
{
    int64_t old = 0;
    int replace;
    if (!s || !a || !a->ready)
        return RASD_EINVAL;
    s->c.err[0] = 0;
    if (s->flags & RASD_STORE_READONLY)
        return store_fail(s, RASD_EINVAL, "the store is open read-only");
    if (a->engine != s->e)
        return store_fail(s, RASD_EINVAL, "the article was prepared with another engine");
    if (unchanged(s, &a->rec, a->hash, what, &replace, &old))
        return RASD_OK;
    if (a->flags & RASD_PREPARE_DEFER)   /* it changed since it was found unchanged */
        return put_record(s, &a->rec, replace, old,
                          (a->flags | (s->flags & RASD_STORE_NO_ENTITIES ? RASD_PREPARE_NO_ENTITIES
                                                                         : 0)) &
                              ~(unsigned)RASD_PREPARE_DEFER);
    return put_done(s, put_new(s, a, replace, old));
}

/* ---------------------------------------------------------------- commit */

/* The merge policy, tiered: when the SEG_MERGE_FACTOR newest segments are all of one size
 * class (less than twice apart), they merge into one. With batches of B
 * articles each size class holds fewer than SEG_MERGE_FACTOR segments, so there are at most
 * about (F - 1) * log_F(N / B) + 1 segments, and each article is rewritten about
 * log_F(N / B) times: the cost per article grows with the logarithm of the store. */
static size_t pick_merge(rasd_store *s, int64_t segs[SEG_MERGE_FACTOR])
{
    sqlite3_stmt *st;
    int64_t n[SEG_MERGE_FACTOR], lo = INT64_MAX, hi = 0;
    size_t count = 0;
    if (sqlite3_prepare_v2(s->c.db, "SELECT seg, ndocs FROM segments ORDER BY base DESC LIMIT ?",
                           -1, &st, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_int(st, 1, SEG_MERGE_FACTOR);
    while (count < SEG_MERGE_FACTOR && sqlite3_step(st) == SQLITE_ROW) {
        /* newest first in the query; oldest first in segs[] */
        segs[SEG_MERGE_FACTOR - 1 - count] = sqlite3_column_int64(st, 0);
        n[count] = sqlite3_column_int64(st, 1);
        lo = n[count] < lo ? n[count] : lo;
        hi = n[count] > hi ? n[count] : hi;
        count++;
    }
    sqlite3_finalize(st);
    return count == SEG_MERGE_FACTOR && hi < 2 * lo ? count : 0;
}

int64_t store_source(rasd_store *s, const char *name)
{
    sqlite3_stmt *st = s->st[ST_SOURCE];
    int64_t sid = 0;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW)
        sid = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    return sid;
}

static rasd_status merge_some(rasd_store *s, const int64_t *segs, size_t k)
{
    uint32_t *dead = NULL;
    size_t ndead = 0;
    int64_t seg, gen;
    rasd_status rc = store_exec(s, "BEGIN IMMEDIATE");
    if (rc)
        return rc;
    seg = store_meta(s, "next_seg");
    gen = store_meta(s, "gen");
    rc = search_dead(&s->search, &dead, &ndead);
    if (!rc && (rc = segment_merge(s->c.db, segs, k, seg, dead, ndead)) != RASD_OK)
        store_sqlfail(s, "merging index segments");
    if (!rc)
        rc = store_meta_set(s, "next_seg", seg + 1);
    if (!rc)
        rc = store_meta_set(s, "gen", gen + 1);
    free(dead);
    if (!rc)
        return store_exec(s, "COMMIT");
    sqlite3_exec(s->c.db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

/* After a COMMIT that reported an error: whether the batch is in the store all the same. In
 * WAL mode the automatic checkpoint runs after the commit, and its error (a full disk) is
 * the COMMIT's, "though the commit will have still occurred" (sqlite3_wal_hook): the batch
 * counts as committed when the store's next docid is the one it set. */
static int committed_anyway(rasd_store *s, int64_t next_docid)
{
    return sqlite3_get_autocommit(s->c.db) && store_meta(s, "next_docid") == next_docid;
}

rasd_status rasd_store_commit(rasd_store *s)
{
    rasd_status rc = RASD_OK;
    int64_t segs[SEG_MERGE_FACTOR], n = (int64_t)s->sb.ndocs;
    size_t k;
    if (!s->in_batch)
        return RASD_OK;
    rc = stages_flush(s);
    if (!rc && s->sb.ndocs) {
        if ((rc = seg_builder_write(&s->sb, s->c.db, s->next_seg)) != RASD_OK)
            store_sqlfail(s, "writing an index segment");
        if (!rc)
            rc = store_meta_set(s, "next_seg", s->next_seg + 1);
        if (!rc)
            rc = store_meta_set(s, "next_docid", (int64_t)s->sb.base + s->sb.ndocs);
        if (!rc)
            rc = store_meta_set(s, "gen", store_meta(s, "gen") + 1);
    }
    int64_t want = n ? (int64_t)s->sb.base + n : -1;
    s->in_batch = 0;
    seg_builder_reset(&s->sb, 0);
    if (!rc)
        rc = store_exec(s, "COMMIT");
    if (rc && !(want >= 0 && committed_anyway(s, want))) {
        sqlite3_exec(s->c.db, "ROLLBACK", NULL, NULL, NULL);
        stages_rollback(s);
        return rc;
    }
    s->committed += n;
    if (!rc) {
        if (!s->ckpt && (s->ckpt = ckpt_start(rasd_store_path(s))) != NULL)
            sqlite3_wal_autocheckpoint(s->c.db, CKPT_WRITER_PAGES);
        ckpt_poke(s->ckpt);
    }
    /* The batch is in. What follows only tidies up: an error in it (the checkpoint, above, or a
     * merge of index segments, in its own transaction, rolled back) leaves the store whole, and
     * is tried again after the next batch, whose commit then meets a lasting cause itself. So
     * the batch is not reported as failed for it: its articles are counted as kept. */
    if (!rc)
        while ((k = pick_merge(s, segs)) != 0 && merge_some(s, segs, k) == RASD_OK)
            ;
    return RASD_OK;
}
