/* events.c — dates and quotes in the store (schema versions 5 and 6; docs/EVENTS.md, "Storage").
 *
 * The thread that prepares an article runs rasd_extract on its text after recognition
 * (src/store/article.c); the writer reads the results from the article's analysis and only
 * binds and steps. Two tables, each keyed by (docid, n), n the item's rank in the article,
 * so an article's rows are one range:
 *   dates(docid, n, start, end, value, timex) — value NULL when unknown; timex the TimeML
 *     value of a decade, century or season (schema version 9);
 *   quotes(docid, n, start, end, cue_start, cue_end, cue, direct, speaker, speaker_name,
 *     speaker_start, speaker_end) — speaker is the entity id (NULL for an unnamed source
 *     or no speaker), speaker_name the canonical name or the source's description (NULL:
 *     no speaker); indexed by (speaker, docid) and by speaker_name.
 * The quoted words are not copied: they are read from the article's text by their byte
 * range when listed. Replacing an article removes its rows in the batch's transaction, so
 * a dropped batch leaves nothing half-written. Events (tables events and event_actors) are
 * written here too; rasd_store_events lists them (event_list.c).
 */
#include "store/store_int.h"
#include "events/ev.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --------------------------------------------------------------- writing */

static const char *const ev_sql[EV_STMTS] = {
    [EV_EVENT] = "INSERT INTO events(docid, n, id, type, cameo, place, place_name, date, dated, "
                 "start, end, trigger_start, trigger_end, status, target_only) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    [EV_ACTOR] = ("INSERT INTO event_actors(docid, n, k, entity, name, start, end) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"),
    [EV_DEL_DATES] = "DELETE FROM dates WHERE docid = ?1",
    [EV_DEL_QUOTES] = "DELETE FROM quotes WHERE docid = ?1",
    [EV_DEL_EVENTS] = "DELETE FROM events WHERE docid = ?1",
    [EV_DEL_ACTORS] = "DELETE FROM event_actors WHERE docid = ?1",
};

/* Dates and quotes are written EV_MAXROWS rows a statement at most, as mentions are
 * (store/entities.c: a statement's fixed cost was about a third of a row's). OR FAIL: no
 * statement journal (a failed row fails the put, and the batch is dropped with it). The
 * statements of n rows are rows[k][n] after the others in the stage's state (ev_open). */
enum { EV_MAXROWS = 8 };
static const struct ev_insert {
    const char *head, *row;
    int nparam;                /* parameters a row */
} ev_ins[2] = {
    {"INSERT OR FAIL INTO dates(docid, n, start, end, value, timex) VALUES ", "(?,?,?,?,?,?)", 6},
    {"INSERT OR FAIL INTO quotes(docid, n, start, end, cue_start, cue_end, cue, direct, "
     "speaker, speaker_name, speaker_start, speaker_end) VALUES ",
     "(?,?,?,?,?,?,?,?,?,?,?,?)", 12},
};
#define EV_ROWS(s, k) (EV_ST(s) + EV_STMTS + (size_t)(k) * (EV_MAXROWS + 1))

/* The statement writing n rows of kind k (0: dates, 1: quotes), prepared on first use. */
static rasd_status rows_stmt(rasd_store *s, int k, size_t n, sqlite3_stmt **out)
{
    sqlite3_stmt **slot = &EV_ROWS(s, k)[n];
    rasd_status rc = *slot ? RASD_OK
                           : sql_prepare_rows(&s->c, ev_ins[k].head, ev_ins[k].row, n, NULL,
                                              "preparing the inserts of dates and quotes", slot);
    *out = *slot;
    return rc;
}

static void bind_date(sqlite3_stmt *st, int b, int64_t docid, size_t i, const rasd_date *d)
{
    sqlite3_bind_int64(st, b + 1, docid);
    sqlite3_bind_int64(st, b + 2, (int64_t)i);
    sqlite3_bind_int64(st, b + 3, d->start);
    sqlite3_bind_int64(st, b + 4, d->end);
    sql_bind_opt(st, b + 5, d->value[0] ? d->value : NULL);
    sql_bind_opt(st, b + 6, d->timex[0] ? d->timex : NULL);
}

static void bind_quote(sqlite3_stmt *st, int b, int64_t docid, size_t i, const rasd_quote *q,
                       const char *src)
{
    sqlite3_bind_int64(st, b + 1, docid);
    sqlite3_bind_int64(st, b + 2, (int64_t)i);
    sqlite3_bind_int64(st, b + 3, q->start);
    sqlite3_bind_int64(st, b + 4, q->end);
    sqlite3_bind_int64(st, b + 5, q->cue_start);
    sqlite3_bind_int64(st, b + 6, q->cue_end);
    sqlite3_bind_text(st, b + 7, src + q->cue_start, (int)(q->cue_end - q->cue_start),
                      SQLITE_STATIC);
    sqlite3_bind_int(st, b + 8, q->direct != 0);
    sql_bind_opt(st, b + 9, q->speaker_name ? q->speaker_id : NULL);
    sql_bind_opt(st, b + 10, q->speaker_name);
    if (q->speaker_name) {
        sqlite3_bind_int64(st, b + 11, q->speaker_start);
        sqlite3_bind_int64(st, b + 12, q->speaker_end);
    } else {
        sqlite3_bind_null(st, b + 11);
        sqlite3_bind_null(st, b + 12);
    }
}

/* Writes the dates (k 0) or quotes (k 1) of text, EV_MAXROWS a statement. */
static rasd_status put_rows(rasd_store *s, int k, int64_t docid, const rasd_doc *text)
{
    size_t n, len;
    const rasd_date *d = rasd_doc_dates(text, &n);
    const rasd_quote *q = NULL;
    const char *src = rasd_doc_text(text, &len);
    if (k)
        q = rasd_doc_quotes(text, &n);
    for (size_t i = 0; i < n;) {
        size_t m = n - i < EV_MAXROWS ? n - i : EV_MAXROWS;
        sqlite3_stmt *st;
        rasd_status rc = rows_stmt(s, k, m, &st);
        if (rc)
            return rc;
        for (size_t r = 0; r < m; r++, i++) {
            if (k)
                bind_quote(st, (int)r * ev_ins[k].nparam, docid, i, &q[i], src);
            else
                bind_date(st, (int)r * ev_ins[k].nparam, docid, i, &d[i]);
        }
        if (!store_step(st))
            return store_sqlfail(s, k ? "adding a quote" : "adding a date");
    }
    return RASD_OK;
}

static rasd_status put_actors(rasd_store *s, int64_t docid, size_t i, const rasd_event *ev)
{
    sqlite3_stmt *st = EV_ST(s)[EV_ACTOR];
    for (size_t k = 0; k < ev->nactors && k < RASD_EVENT_ACTORS; k++) {
        if (!ev->actor_name[k])
            continue;
        sqlite3_bind_int64(st, 1, docid);
        sqlite3_bind_int64(st, 2, (int64_t)i);
        sqlite3_bind_int64(st, 3, (int64_t)k);
        /* a description has no entity: '' (the column is NOT NULL since version 5) */
        sqlite3_bind_text(st, 4, ev->actor_id[k] ? ev->actor_id[k] : "", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 5, ev->actor_name[k], -1, SQLITE_STATIC);
        if (ev->actor_end[k] > ev->actor_start[k]) {
            sqlite3_bind_int64(st, 6, ev->actor_start[k]);
            sqlite3_bind_int64(st, 7, ev->actor_end[k]);
        } else {
            sqlite3_bind_null(st, 6);
            sqlite3_bind_null(st, 7);
        }
        if (!store_step(st))
            return store_sqlfail(s, "adding an event's actor");
    }
    return RASD_OK;
}

static rasd_status put_events(rasd_store *s, int64_t docid, const rasd_doc *text)
{
    sqlite3_stmt *st = EV_ST(s)[EV_EVENT];
    size_t n;
    const rasd_event *ev = rasd_doc_events(text, &n);
    rasd_status rc = RASD_OK;
    for (size_t i = 0; i < n && !rc; i++) {
        sqlite3_bind_int64(st, 1, docid);
        sqlite3_bind_int64(st, 2, (int64_t)i);
        sqlite3_bind_text(st, 3, ev[i].id, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, ev[i].type, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 5, ev[i].cameo, -1, SQLITE_STATIC);
        sql_bind_opt(st, 6, ev[i].place_name ? ev[i].place_id : NULL);
        sql_bind_opt(st, 7, ev[i].place_name);
        sql_bind_opt(st, 8, ev[i].date[0] ? ev[i].date : NULL);
        sqlite3_bind_int(st, 9, ev[i].dated != 0);
        sqlite3_bind_int64(st, 10, ev[i].start);
        sqlite3_bind_int64(st, 11, ev[i].end);
        sqlite3_bind_int64(st, 12, ev[i].trigger_start);
        sqlite3_bind_int64(st, 13, ev[i].trigger_end);
        sqlite3_bind_text(st, 14, ev[i].planned ? "planned" : "occurred", -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 15, ev[i].target_only != 0);
        rc = store_step(st) ? put_actors(s, docid, i, &ev[i]) : store_sqlfail(s, "adding an event");
    }
    return rc;
}

static rasd_status evs_put(rasd_store *s, int64_t docid, const rasd_doc *text)
{
    rasd_status rc = put_rows(s, 0, docid, text);
    if (!rc)
        rc = put_rows(s, 1, docid, text);
    return rc ? rc : put_events(s, docid, text);
}

static rasd_status evs_remove(rasd_store *s, int64_t docid)
{
    for (int i = EV_DEL_DATES; i <= EV_DEL_ACTORS; i++) {
        sqlite3_bind_int64(EV_ST(s)[i], 1, docid);
        if (!store_step(EV_ST(s)[i]))
            return store_sqlfail(s, "removing an article's dates, quotes and events");
    }
    return RASD_OK;
}

/* ---------------------------------------------------------------- the stage */

static rasd_status ev_open(rasd_store *s, void **state)
{
    sqlite3_stmt **st;
    if (s->flags & RASD_STORE_READONLY)
        return RASD_OK;
    if (!(st = *state = calloc(EV_STMTS + 2 * (EV_MAXROWS + 1), sizeof *st)))
        return RASD_ENOMEM;
    return store_prepare(s, ev_sql, EV_STMTS, st);
}

static void ev_close(void *state)
{
    if (state)
        sql_finalize(state, EV_STMTS + 2 * (EV_MAXROWS + 1));
    free(state);
}

static rasd_status ev_put(rasd_store *s, void *state, int64_t docid, const store_item *it)
{
    (void)state;
    return evs_put(s, docid, it->text);
}

static rasd_status ev_remove(rasd_store *s, void *state, int64_t docid)
{
    (void)state;
    return evs_remove(s, docid);
}

/* The dates, quotes and events of each article (tables dates, quotes, events, event_actors). */
const store_stage evs_store_stage = {
    .name = "events",
    .open = ev_open,
    .close = ev_close,
    .put = ev_put,
    .remove = ev_remove,
    .load = evs_load,
};

/* --------------------------------------------------------------- reading */

/* SQL for bytes [start, end) of the article's text (columns of table t). */
#define SLICE(a, b) "CAST(substr(CAST(t.text AS BLOB), " a " + 1, " b " - " a ") AS TEXT)"

int evs_add_id(const rasd_stored_entity *en, void *ctx)
{
    rbuf *b = ctx;
    rasd_status rc = RASD_OK;
    rbuf_adds(b, b->n > 1 ? ",\"" : "\"", &rc);
    rbuf_adds(b, en->id, &rc);   /* 16 hex digits: nothing to escape */
    rbuf_addc(b, '"', &rc);
    return rc != RASD_OK;
}

rasd_status rasd_store_quotes(rasd_store *s, const char *speaker, size_t limit,
                              rasd_stored_quote_fn fn, void *ctx)
{
    sqlite3_stmt *st = NULL;
    rasd_status rc = RASD_OK;
    rbuf ids = {0};
    int r;
    if (!s || !fn)
        return RASD_EINVAL;
    if (speaker) {
        rbuf_addc(&ids, '[', &rc);
        if (!rc && (rc = rasd_store_entity_find(s, speaker, evs_add_id, &ids)) == RASD_OK)
            rbuf_addc(&ids, ']', &rc);
    }
    if (!rc && sqlite3_prepare_v2(
                   s->c.db,
                   "SELECT a.id, a.published, q.start, q.end, " SLICE("q.start", "q.end") ", "
                   "q.cue, q.direct, q.speaker, q.speaker_name, q.speaker_start, q.speaker_end "
                   "FROM quotes q JOIN articles a ON a.docid = q.docid "
                   "JOIN texts t ON t.docid = q.docid "
                   "WHERE ?1 IS NULL OR q.speaker IN (SELECT value FROM json_each(?1)) "
                   "OR (q.speaker IS NULL AND instr(q.speaker_name, ?2) > 0 AND NOT EXISTS "
                   "(SELECT 1 FROM entities e WHERE e.type = 'PER' AND e.id IN "
                   "(SELECT value FROM json_each(?1)))) "
                   "ORDER BY coalesce(a.day, 0) DESC, a.published DESC, a.id, q.n LIMIT ?3",
                   -1, &st, NULL) != SQLITE_OK)
        rc = store_sqlfail(s, "reading quotes");
    if (rc) {
        rbuf_free(&ids);
        return rc;
    }
    if (speaker) {
        sqlite3_bind_text(st, 1, ids.p, (int)ids.n, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, speaker, -1, SQLITE_STATIC);
    }
    sqlite3_bind_int64(st, 3, limit ? (int64_t)limit : -1);
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        rasd_stored_quote q = {sql_col(st, 0), sql_col(st, 1),
                               (uint32_t)sqlite3_column_int64(st, 2),
                               (uint32_t)sqlite3_column_int64(st, 3),
                               sql_col(st, 4), sql_col(st, 5), sqlite3_column_int(st, 6),
                               sql_col(st, 7), sql_col(st, 8),
                               (uint32_t)sqlite3_column_int64(st, 9),
                               (uint32_t)sqlite3_column_int64(st, 10)};
        if (!q.text)
            q.text = "";
        if (fn(&q, ctx))
            break;
    }
    sqlite3_finalize(st);
    rbuf_free(&ids);
    return r == SQLITE_ROW || r == SQLITE_DONE ? RASD_OK : store_sqlfail(s, "reading quotes");
}

/* Rows read back: the public structs, their strings as offset + 1 into str (0: NULL) until
 * str stops moving. */
typedef struct ev_rows {
    rasd_date *d;
    rasd_quote *q;
    rasd_event *ev;
    size_t nd, nq, ne, dcap, qcap, ecap;
    rbuf str;
} ev_rows;

static const char *keep_col(ev_rows *r, sqlite3_stmt *st, int i, rasd_status *rc)
{
    return rbuf_keep(&r->str, sql_col(st, i), (size_t)sqlite3_column_bytes(st, i), rc);
}

static const char *at(const ev_rows *r, const char *p)
{
    return rbuf_at(&r->str, p);
}

static sqlite3_stmt *article_rows(rasd_store *s, const char *sql, int64_t docid, rasd_status *rc)
{
    sqlite3_stmt *st = NULL;
    if (*rc)
        return NULL;
    if (!(st = store_get(s, sql))) {   /* sql: a literal (store_get's key) */
        *rc = store_sqlfail(s, "reading an article's dates, quotes and events");
        return NULL;
    }
    sqlite3_bind_int64(st, 1, docid);
    return st;
}

static void load_dates(rasd_store *s, int64_t docid, ev_rows *r, rasd_status *rc)
{
    sqlite3_stmt *st = article_rows(s, "SELECT start, end, value, timex FROM dates WHERE docid = ?1 "
                                       "ORDER BY n", docid, rc);
    while (st && !*rc && sqlite3_step(st) == SQLITE_ROW) {
        rasd_date *d;
        r->d = grow_array(r->d, &r->dcap, r->nd + 1, sizeof *r->d, rc);
        if (*rc)
            break;
        d = memset(&r->d[r->nd++], 0, sizeof *d);
        d->start = (uint32_t)sqlite3_column_int64(st, 0);
        d->end = (uint32_t)sqlite3_column_int64(st, 1);
        if (sql_col(st, 2))
            snprintf(d->value, sizeof d->value, "%s", sql_col(st, 2));
        if (sql_col(st, 3))
            snprintf(d->timex, sizeof d->timex, "%s", sql_col(st, 3));
    }
    store_put(s, st);
}

static void load_quotes(rasd_store *s, int64_t docid, ev_rows *r, rasd_status *rc)
{
    sqlite3_stmt *st = article_rows(
        s, "SELECT start, end, cue_start, cue_end, direct, speaker, speaker_name, "
           "speaker_start, speaker_end FROM quotes WHERE docid = ?1 ORDER BY n", docid, rc);
    while (st && !*rc && sqlite3_step(st) == SQLITE_ROW) {
        rasd_quote *q;
        r->q = grow_array(r->q, &r->qcap, r->nq + 1, sizeof *r->q, rc);
        if (*rc)
            break;
        q = memset(&r->q[r->nq++], 0, sizeof *q);
        q->start = (uint32_t)sqlite3_column_int64(st, 0);
        q->end = (uint32_t)sqlite3_column_int64(st, 1);
        q->cue_start = (uint32_t)sqlite3_column_int64(st, 2);
        q->cue_end = (uint32_t)sqlite3_column_int64(st, 3);
        q->direct = sqlite3_column_int(st, 4);
        q->speaker_id = keep_col(r, st, 5, rc);
        q->speaker_name = keep_col(r, st, 6, rc);
        q->speaker_start = (uint32_t)sqlite3_column_int64(st, 7);
        q->speaker_end = (uint32_t)sqlite3_column_int64(st, 8);
    }
    store_put(s, st);
}

/* One row of events LEFT JOIN event_actors: a new event when its n changes, an actor when
 * there is one. */
static void event_row(sqlite3_stmt *st, ev_rows *r, int64_t *last, rasd_status *rc)
{
    rasd_event *ev;
    int64_t n = sqlite3_column_int64(st, 11);
    if (n != *last) {
        r->ev = grow_array(r->ev, &r->ecap, r->ne + 1, sizeof *r->ev, rc);
        if (*rc)
            return;
        ev = memset(&r->ev[r->ne++], 0, sizeof *ev);
        ev->type = keep_col(r, st, 0, rc);
        ev->cameo = keep_col(r, st, 1, rc);
        snprintf(ev->id, sizeof ev->id, "%s", sql_col(st, 2) ? sql_col(st, 2) : "");
        ev->place_id = keep_col(r, st, 3, rc);
        ev->place_name = keep_col(r, st, 4, rc);
        snprintf(ev->date, sizeof ev->date, "%s", sql_col(st, 5) ? sql_col(st, 5) : "");
        ev->dated = sqlite3_column_int(st, 6);
        ev->start = (uint32_t)sqlite3_column_int64(st, 7);
        ev->end = (uint32_t)sqlite3_column_int64(st, 8);
        ev->trigger_start = (uint32_t)sqlite3_column_int64(st, 12);
        ev->trigger_end = (uint32_t)sqlite3_column_int64(st, 13);
        ev->planned = sql_col(st, 14) && strcmp(sql_col(st, 14), "planned") == 0;
        ev->target_only = sqlite3_column_int(st, 15);
        *last = n;
    }
    ev = &r->ev[r->ne - 1];
    if (sqlite3_column_type(st, 9) != SQLITE_NULL && ev->nactors < RASD_EVENT_ACTORS) {
        const char *id = sql_col(st, 9);
        ev->actor_id[ev->nactors] = id && id[0] ? keep_col(r, st, 9, rc) : NULL;   /* '': a
                                                                              description */
        ev->actor_start[ev->nactors] = (uint32_t)sqlite3_column_int64(st, 16);
        ev->actor_end[ev->nactors] = (uint32_t)sqlite3_column_int64(st, 17);
        ev->actor_name[ev->nactors++] = keep_col(r, st, 10, rc);
    }
}

static void load_events(rasd_store *s, int64_t docid, ev_rows *r, rasd_status *rc)
{
    sqlite3_stmt *st = article_rows(
        s, "SELECT e.type, e.cameo, e.id, e.place, e.place_name, e.date, e.dated, e.start, "
           "e.end, x.entity, x.name, e.n, e.trigger_start, e.trigger_end, e.status, "
           "e.target_only, x.start, x.end FROM events e "
           "LEFT JOIN event_actors x ON x.docid = e.docid AND x.n = e.n "
           "WHERE e.docid = ?1 ORDER BY e.n, x.k", docid, rc);
    int64_t last = -1;
    while (st && !*rc && sqlite3_step(st) == SQLITE_ROW)
        event_row(st, r, &last, rc);
    store_put(s, st);
}

/* The strings' offsets as pointers, now that r->str has stopped moving. */
static void fix_rows(ev_rows *r)
{
    for (size_t i = 0; i < r->nq; i++) {
        r->q[i].speaker_id = at(r, r->q[i].speaker_id);
        r->q[i].speaker_name = at(r, r->q[i].speaker_name);
    }
    for (size_t i = 0; i < r->ne; i++) {
        rasd_event *ev = &r->ev[i];
        ev->type = at(r, ev->type);
        ev->cameo = at(r, ev->cameo);
        ev->place_id = at(r, ev->place_id);
        ev->place_name = at(r, ev->place_name);
        for (size_t a = 0; a < ev->nactors; a++) {
            ev->actor_id[a] = at(r, ev->actor_id[a]);
            ev->actor_name[a] = at(r, ev->actor_name[a]);
        }
    }
}

rasd_status evs_load(rasd_store *s, int64_t docid, rasd_doc *d)
{
    ev_rows r = {0};
    rasd_status rc = RASD_OK;
    load_dates(s, docid, &r, &rc);
    load_quotes(s, docid, &r, &rc);
    load_events(s, docid, &r, &rc);
    if (!rc) {
        fix_rows(&r);
        rc = ev_doc_restore(d, r.d, r.nd, r.q, r.nq, r.ev, r.ne);
    }
    free(r.d);
    free(r.q);
    free(r.ev);
    rbuf_free(&r.str);
    return rc;
}
