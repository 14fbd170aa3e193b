/* events.c — dates and quotes in the store (schema version 5; docs/EVENTS.md, "Storage").
 *
 * The thread that prepares an article runs rasd_extract on its text after recognition
 * (src/store/article.c); the writer reads the results from the article's analysis and only
 * binds and steps. Two tables, each keyed by (docid, n), n the item's rank in the article,
 * so an article's rows are one range:
 *   dates(docid, n, start, end, value) — value NULL when unknown;
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

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --------------------------------------------------------------- writing */

static const char *const ev_sql[EV_STMTS] = {
    [EV_DATE] = "INSERT INTO dates(docid, n, start, end, value) VALUES (?, ?, ?, ?, ?)",
    [EV_QUOTE] = "INSERT INTO quotes(docid, n, start, end, cue_start, cue_end, cue, direct, "
                 "speaker, speaker_name, speaker_start, speaker_end) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    [EV_EVENT] = "INSERT INTO events(docid, n, id, type, cameo, place, place_name, date, dated, "
                 "start, end, trigger_start, trigger_end) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    [EV_ACTOR] = "INSERT INTO event_actors(docid, n, k, entity, name) VALUES (?, ?, ?, ?, ?)",
    [EV_DEL_DATES] = "DELETE FROM dates WHERE docid = ?1",
    [EV_DEL_QUOTES] = "DELETE FROM quotes WHERE docid = ?1",
    [EV_DEL_EVENTS] = "DELETE FROM events WHERE docid = ?1",
    [EV_DEL_ACTORS] = "DELETE FROM event_actors WHERE docid = ?1",
};

static void bind_str(sqlite3_stmt *st, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

static rasd_status put_dates(rasd_store *s, int64_t docid, const rasd_doc *text)
{
    sqlite3_stmt *st = EV_ST(s)[EV_DATE];
    size_t n;
    const rasd_date *d = rasd_doc_dates(text, &n);
    for (size_t i = 0; i < n; i++) {
        sqlite3_bind_int64(st, 1, docid);
        sqlite3_bind_int64(st, 2, (int64_t)i);
        sqlite3_bind_int64(st, 3, d[i].start);
        sqlite3_bind_int64(st, 4, d[i].end);
        bind_str(st, 5, d[i].value[0] ? d[i].value : NULL);
        if (!store_step(st))
            return store_sqlfail(s, "adding a date");
    }
    return RASD_OK;
}

static rasd_status put_quotes(rasd_store *s, int64_t docid, const rasd_doc *text)
{
    sqlite3_stmt *st = EV_ST(s)[EV_QUOTE];
    size_t n, len;
    const rasd_quote *q = rasd_doc_quotes(text, &n);
    const char *src = rasd_doc_text(text, &len);
    for (size_t i = 0; i < n; i++) {
        sqlite3_bind_int64(st, 1, docid);
        sqlite3_bind_int64(st, 2, (int64_t)i);
        sqlite3_bind_int64(st, 3, q[i].start);
        sqlite3_bind_int64(st, 4, q[i].end);
        sqlite3_bind_int64(st, 5, q[i].cue_start);
        sqlite3_bind_int64(st, 6, q[i].cue_end);
        sqlite3_bind_text(st, 7, src + q[i].cue_start, (int)(q[i].cue_end - q[i].cue_start),
                          SQLITE_STATIC);
        sqlite3_bind_int(st, 8, q[i].direct != 0);
        bind_str(st, 9, q[i].speaker_name ? q[i].speaker_id : NULL);
        bind_str(st, 10, q[i].speaker_name);
        if (q[i].speaker_name) {
            sqlite3_bind_int64(st, 11, q[i].speaker_start);
            sqlite3_bind_int64(st, 12, q[i].speaker_end);
        } else {
            sqlite3_bind_null(st, 11);
            sqlite3_bind_null(st, 12);
        }
        if (!store_step(st))
            return store_sqlfail(s, "adding a quote");
    }
    return RASD_OK;
}

static rasd_status put_actors(rasd_store *s, int64_t docid, size_t i, const rasd_event *ev)
{
    sqlite3_stmt *st = EV_ST(s)[EV_ACTOR];
    for (size_t k = 0; k < ev->nactors && k < RASD_EVENT_ACTORS; k++) {
        if (!ev->actor_id[k] || !ev->actor_name[k])
            continue;
        sqlite3_bind_int64(st, 1, docid);
        sqlite3_bind_int64(st, 2, (int64_t)i);
        sqlite3_bind_int64(st, 3, (int64_t)k);
        sqlite3_bind_text(st, 4, ev->actor_id[k], -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 5, ev->actor_name[k], -1, SQLITE_STATIC);
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
        bind_str(st, 6, ev[i].place_name ? ev[i].place_id : NULL);
        bind_str(st, 7, ev[i].place_name);
        bind_str(st, 8, ev[i].date[0] ? ev[i].date : NULL);
        sqlite3_bind_int(st, 9, ev[i].dated != 0);
        sqlite3_bind_int64(st, 10, ev[i].start);
        sqlite3_bind_int64(st, 11, ev[i].end);
        sqlite3_bind_int64(st, 12, ev[i].trigger_start);
        sqlite3_bind_int64(st, 13, ev[i].trigger_end);
        rc = store_step(st) ? put_actors(s, docid, i, &ev[i]) : store_sqlfail(s, "adding an event");
    }
    return rc;
}

static rasd_status evs_put(rasd_store *s, int64_t docid, const rasd_doc *text)
{
    rasd_status rc = put_dates(s, docid, text);
    if (!rc)
        rc = put_quotes(s, docid, text);
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
    if (!(st = *state = calloc(EV_STMTS, sizeof *st)))
        return RASD_ENOMEM;
    return store_prepare(s, ev_sql, EV_STMTS, st);
}

static void ev_close(void *state)
{
    if (state)
        sql_finalize(state, EV_STMTS);
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
    .show = evs_json,
};

/* --------------------------------------------------------------- reading */

/* SQL for bytes [start, end) of the article's text (columns of table t). */
#define SLICE(a, b) "CAST(substr(CAST(t.text AS BLOB), " a " + 1, " b " - " a ") AS TEXT)"

static const char *col(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

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
                   "OR (q.speaker IS NULL AND instr(q.speaker_name, ?2) > 0) "
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
        rasd_stored_quote q = {col(st, 0), col(st, 1),
                               (uint32_t)sqlite3_column_int64(st, 2),
                               (uint32_t)sqlite3_column_int64(st, 3),
                               col(st, 4), col(st, 5), sqlite3_column_int(st, 6),
                               col(st, 7), col(st, 8),
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

/* ,"key": the column as a JSON string (null when NULL). */
static void json_text(rbuf *b, const char *key, sqlite3_stmt *st, int i, rasd_status *rc)
{
    rbuf_adds(b, key, rc);
    if (sqlite3_column_type(st, i) == SQLITE_NULL)
        rbuf_adds(b, "null", rc);
    else
        json_str(b, col(st, i), (size_t)sqlite3_column_bytes(st, i), rc);
}

static void json_span(rbuf *b, sqlite3_stmt *st, int i, rasd_status *rc)
{
    rbuf_adds(b, "{\"start\":", rc);
    json_uint(b, (uint64_t)sqlite3_column_int64(st, i), rc);
    rbuf_adds(b, ",\"end\":", rc);
    json_uint(b, (uint64_t)sqlite3_column_int64(st, i + 1), rc);
}

static sqlite3_stmt *article_rows(rasd_store *s, const char *sql, const char *id, rasd_status *rc)
{
    sqlite3_stmt *st = NULL;
    if (*rc)
        return NULL;
    if (sqlite3_prepare_v2(s->c.db, sql, -1, &st, NULL) != SQLITE_OK) {
        *rc = store_sqlfail(s, "reading an article's dates and quotes");
        return NULL;
    }
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    return st;
}

static void dates_json(rasd_store *s, const char *id, rbuf *b, rasd_status *rc)
{
    sqlite3_stmt *st = article_rows(
        s, "SELECT d.start, d.end, " SLICE("d.start", "d.end") ", d.value FROM dates d "
           "JOIN texts t ON t.docid = d.docid "
           "WHERE d.docid = (SELECT docid FROM articles WHERE id = ?1) ORDER BY d.n", id, rc);
    int first = 1;
    rbuf_adds(b, ",\"dates\":[", rc);
    while (st && !*rc && sqlite3_step(st) == SQLITE_ROW) {
        if (!first)
            rbuf_addc(b, ',', rc);
        json_span(b, st, 0, rc);
        json_text(b, ",\"text\":", st, 2, rc);
        json_text(b, ",\"value\":", st, 3, rc);
        rbuf_addc(b, '}', rc);
        first = 0;
    }
    sqlite3_finalize(st);
    rbuf_addc(b, ']', rc);
}

static void quotes_json(rasd_store *s, const char *id, rbuf *b, rasd_status *rc)
{
    sqlite3_stmt *st = article_rows(
        s, "SELECT q.start, q.end, " SLICE("q.start", "q.end") ", q.speaker, q.speaker_name, "
           "q.speaker_start, q.speaker_end, q.cue, q.direct FROM quotes q "
           "JOIN texts t ON t.docid = q.docid "
           "WHERE q.docid = (SELECT docid FROM articles WHERE id = ?1) ORDER BY q.n", id, rc);
    int first = 1;
    rbuf_adds(b, ",\"quotes\":[", rc);
    while (st && !*rc && sqlite3_step(st) == SQLITE_ROW) {
        if (!first)
            rbuf_addc(b, ',', rc);
        json_span(b, st, 0, rc);
        json_text(b, ",\"text\":", st, 2, rc);
        if (sqlite3_column_type(st, 4) == SQLITE_NULL) {
            rbuf_adds(b, ",\"speaker\":null", rc);
        } else {
            json_text(b, ",\"speaker\":{\"id\":", st, 3, rc);
            json_text(b, ",\"name\":", st, 4, rc);
            rbuf_adds(b, ",\"start\":", rc);
            json_uint(b, (uint64_t)sqlite3_column_int64(st, 5), rc);
            rbuf_adds(b, ",\"end\":", rc);
            json_uint(b, (uint64_t)sqlite3_column_int64(st, 6), rc);
            rbuf_addc(b, '}', rc);
        }
        json_text(b, ",\"cue\":", st, 7, rc);
        rbuf_adds(b, sqlite3_column_int(st, 8) ? ",\"direct\":true}" : ",\"direct\":false}", rc);
        first = 0;
    }
    sqlite3_finalize(st);
    rbuf_addc(b, ']', rc);
}

/* {"id":…,"name":…} of columns i (id) and i + 1 (name). */
static void ref_json(rbuf *b, sqlite3_stmt *st, int i, rasd_status *rc)
{
    json_text(b, "{\"id\":", st, i, rc);
    json_text(b, ",\"name\":", st, i + 1, rc);
    rbuf_addc(b, '}', rc);
}

static void events_json(rasd_store *s, const char *id, rbuf *b, rasd_status *rc)
{
    sqlite3_stmt *st = article_rows(
        s, "SELECT e.type, e.cameo, e.id, e.place, e.place_name, e.date, e.dated, e.start, "
           "e.end, x.entity, x.name, x.k = (SELECT min(k) FROM event_actors y WHERE "
           "y.docid = e.docid AND y.n = e.n), e.n FROM events e LEFT JOIN event_actors x "
           "ON x.docid = e.docid AND x.n = e.n "
           "WHERE e.docid = (SELECT docid FROM articles WHERE id = ?1) ORDER BY e.n, x.k",
        id, rc);
    int64_t last = -1;
    rbuf tail = {0};   /* what closes the event whose actors are being listed */
    rbuf_adds(b, ",\"events\":[", rc);
    while (st && !*rc && sqlite3_step(st) == SQLITE_ROW) {
        int64_t n = sqlite3_column_int64(st, 12);
        if (n != last) {
            if (tail.n)
                rbuf_add(b, tail.p, tail.n, rc);
            if (last >= 0)
                rbuf_addc(b, ',', rc);
            json_text(b, "{\"type\":", st, 0, rc);
            json_text(b, ",\"cameo\":", st, 1, rc);
            json_text(b, ",\"id\":", st, 2, rc);
            rbuf_adds(b, ",\"actors\":[", rc);
            tail.n = 0;
            rbuf_adds(&tail, "],\"place\":", rc);
            if (sqlite3_column_type(st, 4) == SQLITE_NULL)
                rbuf_adds(&tail, "null", rc);
            else
                ref_json(&tail, st, 3, rc);
            json_text(&tail, ",\"date\":", st, 5, rc);
            rbuf_adds(&tail, sqlite3_column_int(st, 6) ? ",\"dated\":true,\"sentence\":["
                                                       : ",\"dated\":false,\"sentence\":[", rc);
            json_uint(&tail, (uint64_t)sqlite3_column_int64(st, 7), rc);
            rbuf_addc(&tail, ',', rc);
            json_uint(&tail, (uint64_t)sqlite3_column_int64(st, 8), rc);
            rbuf_adds(&tail, "]}", rc);
            last = n;
        }
        if (sqlite3_column_type(st, 9) != SQLITE_NULL) {
            if (!sqlite3_column_int(st, 11))
                rbuf_addc(b, ',', rc);
            ref_json(b, st, 9, rc);
        }
    }
    if (tail.n)
        rbuf_add(b, tail.p, tail.n, rc);
    rbuf_free(&tail);
    sqlite3_finalize(st);
    rbuf_addc(b, ']', rc);
}

void evs_json(rasd_store *s, const char *id, rbuf *b, rasd_status *rc)
{
    dates_json(s, id, b, rc);
    quotes_json(s, id, b, rc);
    events_json(s, id, b, rc);
}
