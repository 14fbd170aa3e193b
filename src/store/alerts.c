/* alerts.c — saved queries and the alert log (docs/ALERTS.md).
 *
 * Two tables (schema version 9): alerts(id, name, query, entity, entities, source, created)
 * and alert_log(seq, alert, article, docid, matched), one row per (alert, article id). The
 * store side of the stage table's "alerts" row matches each new article version inside the
 * writer's batch: the saved queries are compiled once (src/search/percolate.c) and compiled
 * again at the first article of a batch when meta 'alerts_gen' says they changed (another
 * process may add one while an ingest runs). A match is an INSERT OR IGNORE into the log in
 * the article's batch transaction: a killed ingest loses the batch and its matches
 * together, and the re-run matches the same articles once again, so nothing is lost or
 * logged twice; an unchanged article is never put again, and a changed one that matches
 * again meets the UNIQUE (alert, article) and fires nothing.
 */
#include "store/store_int.h"
#include "search/percolate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { AL_INS, AL_STMTS };

static const char *const al_sql[AL_STMTS] = {
    [AL_INS] = "INSERT OR IGNORE INTO alert_log(alert, article, docid, matched) "
               "VALUES (?, ?, ?, ?)",
};

/* An alert as the matcher needs it: its filters, offsets into al_state.str (0: none). */
typedef struct al_alert {
    int64_t id;
    size_t source, entities;
} al_alert;

typedef struct al_state {
    sqlite3_stmt *st[AL_STMTS];
    perc *p;                   /* the compiled queries; tag = index into a */
    int64_t gen;               /* meta alerts_gen they reflect; -2: not loaded */
    al_alert *a;
    size_t n, cap;
    rbuf str;                  /* a NUL first, then the filters' strings */
    int64_t checked, matched;  /* since open: articles matched against the alerts, and
                                  matches logged (INSERT OR IGNORE: new ones only) */
    double cpu;                /* and the writer's thread CPU seconds that took */
} al_state;

static double cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static void utc_now(char out[32])
{
    time_t t = time(NULL);
    struct tm tm;
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&t, &tm));
}

/* ------------------------------------------------------------- compiling */

static size_t keep_str(al_state *a, const char *v, rasd_status *rc)
{
    size_t off = a->str.n;
    if (!v)
        return 0;
    rbuf_add(&a->str, v, strlen(v) + 1, rc);
    return off;
}

static rasd_status add_row(al_state *a, sqlite3_stmt *st)
{
    rasd_status rc = RASD_OK;
    char err[8];
    const char *q = sql_col(st, 1);
    a->a = grow_array(a->a, &a->cap, a->n + 1, sizeof *a->a, &rc);
    if (rc || !q)
        return rc;
    /* A query that no longer parses (it did when saved, with the same analysis) is left out. */
    rc = perc_add(a->p, (int64_t)a->n, q, err, sizeof err);
    if (rc)
        return rc == RASD_EPARSE ? RASD_OK : rc;
    a->a[a->n].id = sqlite3_column_int64(st, 0);
    a->a[a->n].source = keep_str(a, sql_col(st, 2), &rc);
    a->a[a->n].entities = keep_str(a, sql_col(st, 3), &rc);
    a->n++;
    return rc;
}

/* Compiles the saved alerts (once per change of meta alerts_gen). */
static rasd_status load(rasd_store *s, al_state *a, int64_t gen)
{
    sqlite3_stmt *st;
    rasd_status rc = RASD_OK;
    int r;
    perc_free(a->p);
    a->p = NULL;
    a->n = 0;
    a->str.n = 0;
    rbuf_addc(&a->str, 0, &rc);
    if (rc || (rc = perc_new(&a->p, s->e)) != RASD_OK)
        return rc;
    if (sqlite3_prepare_v2(s->c.db, "SELECT id, query, source, entities FROM alerts ORDER BY id",
                           -1, &st, NULL) != SQLITE_OK)
        return store_sqlfail(s, "reading the alerts");
    while (!rc && (r = sqlite3_step(st)) == SQLITE_ROW)
        rc = add_row(a, st);
    sqlite3_finalize(st);
    if (!rc)
        a->gen = gen;
    return rc;
}

/* ------------------------------------------------------------- the stage */

static rasd_status al_open(rasd_store *s, void **state)
{
    al_state *a;
    if (s->flags & RASD_STORE_READONLY)
        return RASD_OK;
    if (!(a = *state = calloc(1, sizeof *a)))
        return RASD_ENOMEM;
    a->gen = -2;
    return store_prepare(s, al_sql, AL_STMTS, a->st);
}

static void al_close(void *state)
{
    al_state *a = state;
    if (!a)
        return;
    sql_finalize(a->st, AL_STMTS);
    perc_free(a->p);
    free(a->a);
    rbuf_free(&a->str);
    free(a);
}

/* Whether the space-separated ids hold one of the article's entities. */
static int mentions_one(const char *ids, const art_ents *x)
{
    for (size_t i = 0; x && i < x->nents; i++) {
        const char *p = ids;
        while ((p = strstr(p, x->ents[i].id)) != NULL) {
            if ((p == ids || p[-1] == ' ') && (p[16] == 0 || p[16] == ' '))
                return 1;
            p++;
        }
    }
    return 0;
}

static int filters_pass(const al_state *a, const al_alert *al, const store_item *it)
{
    const char *src = al->source ? a->str.p + al->source : NULL;
    if (src && (!it->rec->source || strcmp(src, it->rec->source) != 0))
        return 0;
    return !al->entities ||
           mentions_one(a->str.p + al->entities,
                        it->prep[store_stage_index(&ents_store_stage)]);
}

static rasd_status log_match(rasd_store *s, al_state *a, const al_alert *al, int64_t docid,
                             const char *article, const char *now)
{
    sqlite3_stmt *st = a->st[AL_INS];
    sqlite3_bind_int64(st, 1, al->id);
    sqlite3_bind_text(st, 2, article, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, docid);
    sqlite3_bind_text(st, 4, now, -1, SQLITE_STATIC);
    return store_step(st) ? RASD_OK : store_sqlfail(s, "writing the alert log");
}

static rasd_status match(rasd_store *s, al_state *a, int64_t docid, const store_item *it)
{
    const int64_t *hits;
    size_t n;
    char now[32];
    rasd_status rc;
    if (a->gen == -2 || docid == (int64_t)s->sb.base) {   /* first article of a batch */
        int64_t gen = store_meta(s, "alerts_gen");
        if (gen != a->gen && (rc = load(s, a, gen)) != RASD_OK)
            return rc;
    }
    if (!a->p || a->n == 0)
        return RASD_OK;
    a->checked++;
    if ((rc = perc_match(a->p, it->title, it->text, &hits, &n)) != RASD_OK)
        return rc;
    utc_now(now);
    for (size_t i = 0; i < n && !rc; i++)
        if (filters_pass(a, &a->a[hits[i]], it)) {
            rc = log_match(s, a, &a->a[hits[i]], docid, it->rec->id, now);
            a->matched += sqlite3_changes(s->c.db) > 0;
        }
    return rc;
}

static rasd_status al_put(rasd_store *s, void *state, int64_t docid, const store_item *it)
{
    al_state *a = state;
    double t0 = cpu_now();
    rasd_status rc = match(s, a, docid, it);
    a->cpu += cpu_now() - t0;
    return rc;
}

/* The log is kept by article id: a replaced version keeps its matches (they fire once per
 * article), a taken-down article's are no longer listed (rasd_store_alert_log joins the
 * articles). */
static rasd_status al_remove(rasd_store *s, void *state, int64_t docid)
{
    (void)s;
    (void)state;
    (void)docid;
    return RASD_OK;
}

const store_stage alerts_store_stage = {
    .name = "alerts",
    .open = al_open,
    .close = al_close,
    .put = al_put,
    .remove = al_remove,
    .reads_docs = 1,           /* --entity reads the entities: rasd reannotate --stage alerts
                                  recognises them again */
};

rasd_status rasd_store_alert_stats(rasd_store *s, rasd_alert_stats *st)
{
    const al_state *a;
    sqlite3_stmt *q;
    if (!s || !s->c.db || !st)
        return RASD_EINVAL;
    memset(st, 0, sizeof *st);
    if ((a = store_state(s, &alerts_store_stage)) != NULL) {
        st->checked = a->checked;
        st->matched = a->matched;
        st->seconds = a->cpu;
    }
    if (sqlite3_prepare_v2(s->c.db, "SELECT (SELECT count(*) FROM alerts), "
                           "(SELECT count(*) FROM alert_log)", -1, &q, NULL) != SQLITE_OK)
        return store_sqlfail(s, "counting the alerts");
    if (sqlite3_step(q) == SQLITE_ROW) {
        st->alerts = sqlite3_column_int64(q, 0);
        st->logged = sqlite3_column_int64(q, 1);
    }
    sqlite3_finalize(q);
    return RASD_OK;
}

/* ------------------------------------------------------------ management */

static rasd_status bump_gen(rasd_store *s)
{
    return store_exec(s, "UPDATE meta SET value = value + 1 WHERE key = 'alerts_gen'");
}

static int all_digits(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return 0;
    return 1;
}

static int add_id(const rasd_stored_entity *en, void *ctx)
{
    rbuf *b = ctx;
    rasd_status rc = RASD_OK;
    if (b->n)
        rbuf_addc(b, ' ', &rc);
    rbuf_adds(b, en->id, &rc);
    return rc != RASD_OK;
}

/* The ids entity names, space-separated, in *ids (NUL-terminated). */
static rasd_status entity_ids(rasd_store *s, const char *entity, rbuf *ids)
{
    rasd_status rc = rasd_store_entity_find(s, entity, add_id, ids);
    rbuf_addc(ids, 0, &rc);
    if (rc)
        return rc;
    if (ids->n == 1)
        return store_fail(s, RASD_END, "no entity named '%s' in the store or the gazetteer",
                          entity);
    return RASD_OK;
}

static rasd_status check_new(rasd_store *s, const char *name, const char *text)
{
    char err[256];
    perc *p;
    rasd_status rc;
    if (!*name || all_digits(name))
        return store_fail(s, RASD_EINVAL, "an alert's name must not be empty or only digits");
    if ((rc = perc_new(&p, s->e)) != RASD_OK)
        return rc;
    rc = perc_add(p, 0, text, err, sizeof err);
    perc_free(p);
    return rc == RASD_EPARSE ? store_fail(s, rc, "%s", err) : rc;
}

static rasd_status insert_alert(rasd_store *s, const char *name, const char *text,
                                const char *entity, const char *ids, const char *source)
{
    sqlite3_stmt *st;
    char now[32];
    int r;
    if (sqlite3_prepare_v2(s->c.db, "INSERT INTO alerts(name, query, entity, entities, source, "
                           "created) VALUES (?, ?, ?, ?, ?, ?)", -1, &st, NULL) != SQLITE_OK)
        return store_sqlfail(s, "saving an alert");
    utc_now(now);
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, text, -1, SQLITE_STATIC);
    sql_bind_opt(st, 3, entity);
    sql_bind_opt(st, 4, ids);
    sql_bind_opt(st, 5, source);
    sqlite3_bind_text(st, 6, now, -1, SQLITE_STATIC);
    r = sqlite3_step(st);
    sqlite3_finalize(st);
    if (r == SQLITE_CONSTRAINT)
        return store_fail(s, RASD_EINVAL, "an alert named '%s' exists already", name);
    return r == SQLITE_DONE ? RASD_OK : store_sqlfail(s, "saving an alert");
}

rasd_status rasd_store_alert_add(rasd_store *s, const char *name, const char *text,
                                 const char *entity, const char *source, int64_t *id)
{
    rbuf ids = {0};
    rasd_status rc;
    if (!s || !s->c.db || !name || !text)
        return RASD_EINVAL;
    s->c.err[0] = 0;
    if (s->flags & RASD_STORE_READONLY)
        return store_fail(s, RASD_EINVAL, "the store is open read-only");
    if ((rc = check_new(s, name, text)) != RASD_OK)
        return rc;
    if (entity && (rc = entity_ids(s, entity, &ids)) != RASD_OK) {
        rbuf_free(&ids);
        return rc;
    }
    if ((rc = rasd_store_commit(s)) == RASD_OK && (rc = store_exec(s, "BEGIN IMMEDIATE")) == RASD_OK) {
        rc = insert_alert(s, name, text, entity, entity ? ids.p : NULL, source && *source ? source : NULL);
        if (!rc && id)
            *id = sqlite3_last_insert_rowid(s->c.db);
        if (!rc)
            rc = bump_gen(s);
        if (!rc)
            rc = store_exec(s, "COMMIT");
        else
            sqlite3_exec(s->c.db, "ROLLBACK", NULL, NULL, NULL);
    }
    rbuf_free(&ids);
    return rc;
}

rasd_status rasd_store_alert_remove(rasd_store *s, const char *name)
{
    sqlite3_stmt *st;
    rasd_status rc;
    int64_t id = -1;
    if (!s || !s->c.db || !name)
        return RASD_EINVAL;
    s->c.err[0] = 0;
    if (s->flags & RASD_STORE_READONLY)
        return store_fail(s, RASD_EINVAL, "the store is open read-only");
    if ((rc = rasd_store_commit(s)) != RASD_OK || (rc = store_exec(s, "BEGIN IMMEDIATE")) != RASD_OK)
        return rc;
    if (sqlite3_prepare_v2(s->c.db, "SELECT id FROM alerts WHERE name = ?1 OR "
                           "(?2 AND id = CAST(?1 AS INTEGER))", -1, &st, NULL) != SQLITE_OK) {
        sqlite3_exec(s->c.db, "ROLLBACK", NULL, NULL, NULL);
        return store_sqlfail(s, "reading the alerts");
    }
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, all_digits(name));
    if (sqlite3_step(st) == SQLITE_ROW)
        id = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (id < 0) {
        sqlite3_exec(s->c.db, "ROLLBACK", NULL, NULL, NULL);
        return store_fail(s, RASD_END, "no alert named '%s'", name);
    }
    char sql[160];
    /* Its log stays (rasd_store_alert_log joins the alerts): deleting the newest rows would
     * hand their positions to later matches, behind the cursor of a reader of the log. */
    snprintf(sql, sizeof sql, "DELETE FROM alerts WHERE id = %lld", (long long)id);
    if ((rc = store_exec(s, sql)) == RASD_OK && (rc = bump_gen(s)) == RASD_OK)
        return store_exec(s, "COMMIT");
    sqlite3_exec(s->c.db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

/* --------------------------------------------------------------- reading */

rasd_status rasd_store_alerts(rasd_store *s, rasd_alert_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    int r;
    if (!s || !s->c.db || !fn)
        return RASD_EINVAL;
    if (sqlite3_prepare_v2(s->c.db,
                           "SELECT id, name, query, entity, entities, source, created, "
                           "(SELECT count(*) FROM alert_log WHERE alert = alerts.id) "
                           "FROM alerts ORDER BY id", -1, &st, NULL) != SQLITE_OK)
        return store_sqlfail(s, "reading the alerts");
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        rasd_alert a = {sqlite3_column_int64(st, 0), sql_col(st, 1), sql_col(st, 2),
                        sql_col(st, 3), sql_col(st, 4), sql_col(st, 5), sql_col(st, 6),
                        sqlite3_column_int64(st, 7)};
        if (fn(&a, ctx))
            break;
    }
    sqlite3_finalize(st);
    return r == SQLITE_ROW || r == SQLITE_DONE ? RASD_OK : store_sqlfail(s, "reading the alerts");
}

#define LOG_SELECT                                                                         \
    "SELECT l.seq, l.alert, a.name, l.article, ar.title, so.name, ar.published, ar.url, "  \
    "l.matched FROM alert_log l JOIN alerts a ON a.id = l.alert "                          \
    "JOIN articles ar ON ar.id = l.article LEFT JOIN sources so ON so.sid = ar.sid "

/* Steps st (bound) over rows of LOG_SELECT, handing each to fn. */
static rasd_status log_rows(rasd_store *s, sqlite3_stmt *st, rasd_alert_match_fn fn, void *ctx)
{
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        rasd_alert_match m = {sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
                              sql_col(st, 2), sql_col(st, 3), sql_col(st, 4), sql_col(st, 5),
                              sql_col(st, 6), sql_col(st, 7), sql_col(st, 8)};
        if (fn(&m, ctx))
            break;
    }
    sqlite3_finalize(st);
    return r == SQLITE_ROW || r == SQLITE_DONE ? RASD_OK
                                               : store_sqlfail(s, "reading the alert log");
}

rasd_status rasd_store_alert_log(rasd_store *s, int64_t since_seq, const char *since_time,
                                 size_t limit, rasd_alert_match_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    if (!s || !s->c.db || !fn)
        return RASD_EINVAL;
    if (sqlite3_prepare_v2(s->c.db,
                           LOG_SELECT "WHERE l.seq > ?1 AND (?2 IS NULL OR l.matched >= ?2) "
                           "ORDER BY l.seq LIMIT ?3", -1, &st, NULL) != SQLITE_OK)
        return store_sqlfail(s, "reading the alert log");
    sqlite3_bind_int64(st, 1, since_seq);
    sql_bind_opt(st, 2, since_time);
    sqlite3_bind_int64(st, 3, limit ? (int64_t)limit : -1);
    return log_rows(s, st, fn, ctx);
}

/* A change's seq is its version's docid + 1 (rasd_store_changes, src/store/changes.c). */
rasd_status rasd_store_alert_log_changes(rasd_store *s, int64_t after, int64_t upto,
                                         rasd_alert_match_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    if (!s || !s->c.db || !fn)
        return RASD_EINVAL;
    if (sqlite3_prepare_v2(s->c.db,
                           LOG_SELECT "WHERE l.docid >= ?1 AND l.docid < ?2 ORDER BY l.seq",
                           -1, &st, NULL) != SQLITE_OK)
        return store_sqlfail(s, "reading the alert log");
    sqlite3_bind_int64(st, 1, after);
    sqlite3_bind_int64(st, 2, upto);
    return log_rows(s, st, fn, ctx);
}

rasd_status rasd_store_alert_cursor(rasd_store *s, int64_t *seq)
{
    sqlite3_stmt *st;
    if (!s || !s->c.db || !seq)
        return RASD_EINVAL;
    *seq = 0;
    if (sqlite3_prepare_v2(s->c.db, "SELECT coalesce(max(seq), 0) FROM alert_log", -1, &st,
                           NULL) != SQLITE_OK)
        return store_sqlfail(s, "reading the alert log");
    if (sqlite3_step(st) == SQLITE_ROW)
        *seq = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return RASD_OK;
}

rasd_status rasd_alert_match_json(const rasd_alert_match *m, char **json)
{
    rbuf b = {0};
    rasd_status rc = RASD_OK;
    if (!m || !json)
        return RASD_EINVAL;
    *json = NULL;
    rbuf_adds(&b, "{\"seq\":", &rc);
    json_uint(&b, (uint64_t)m->seq, &rc);
    json_field(&b, "alert", m->name, &rc);
    rbuf_adds(&b, ",\"alert_id\":", &rc);
    json_uint(&b, (uint64_t)m->alert, &rc);
    json_field(&b, "article", m->article, &rc);
    json_field(&b, "title", m->title, &rc);
    json_field(&b, "source", m->source, &rc);
    json_field(&b, "published", m->published, &rc);
    json_field(&b, "url", m->url, &rc);
    json_field(&b, "matched", m->matched, &rc);
    rbuf_adds(&b, "}", &rc);
    rbuf_addc(&b, 0, &rc);
    if (rc) {
        rbuf_free(&b);
        return rc;
    }
    *json = b.p;
    return RASD_OK;
}
