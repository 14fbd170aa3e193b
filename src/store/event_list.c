/* event_list.c — rasd_store_events: the stored events as one record per real event, with
 * filters (docs/EVENTS.md, "Storage").
 *
 * Three steps. (1) One query finds the event ids that a report matching the filters has
 * (the filters are SQL conditions on the report: event_actors_entity for the actor, the
 * articles' id and the events' key for the article, events_place and events_date for the
 * place and the dates); its dates are widened by a day, since a record may hold reports of
 * the day after its date. (2) Each id becomes a record: a group none of whose reports
 * states its date ("undated") and whose day before has a dated group with the same CAMEO
 * root and (two or more) actors is that group's record; a dated group takes the undated group of its next
 * day. Both are found by computing the event id of the neighbouring day (ev_event_id, the
 * extractor's hash) and looking it up (events_id): the same day needs nothing, since the
 * same root, actors and date are the same id. The records are sorted and repeated ones
 * dropped; the date filters apply to the record's date. (3) Each record's reports are read
 * by its id and its linked id, oldest article first, and handed out. */
#include "store/store_int.h"
#include "events/ev.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ID_MAX 64              /* longer entity ids are not linked (stored ids have 16) */

/* ---------------------------------------------------------------- filters */

/* The filter as SQL: the entity ids that actor and place find (JSON arrays), the condition
 * on the type, and the days the dates bound. */
typedef struct ev_sel {
    const rasd_event_filter *f;
    rbuf actors, places;
    const char *type_sql;      /* NULL: no type filter */
    char from[11], to[11];     /* "": no bound */
    char to_next[11];          /* the day after to: the reports of a record may be a day late */
    int none;                  /* an entity or article that is not there: nothing to list */
} ev_sel;

static int digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

/* The SQL condition for a type: a name (meet …), a CAMEO code (040) or root (04); NULL
 * when it is none of them. */
static const char *type_sql(const char *t)
{
    size_t len = strlen(t);
    int root;
    if (ev_type_cameo(t))
        return " AND e.type = ?4";
    if (len < 2 || len > 4 || !digits(t, len))
        return NULL;
    root = (t[0] - '0') * 10 + (t[1] - '0');
    if (root < 1 || root > 20)               /* CAMEO's roots are 01 to 20 */
        return NULL;
    return len == 2 ? " AND substr(e.cameo, 1, 2) = ?4" : " AND e.cameo = ?4";
}

static rasd_status entity_ids(rasd_store *s, const char *name, rbuf *ids, int *none)
{
    rasd_status rc = RASD_OK;
    rbuf_addc(ids, '[', &rc);
    if (!rc)
        rc = rasd_store_entity_find(s, name, evs_add_id, ids);
    if (!rc && ids->n == 1)
        *none = 1;
    rbuf_addc(ids, ']', &rc);
    return rc;
}

static rasd_status dates_of(rasd_store *s, const rasd_event_filter *f, ev_sel *x)
{
    int64_t first, last;
    if (f->from) {
        if (!day_range(f->from, &first, &last))
            return store_fail(s, RASD_EPARSE, "from '%s' is not a date (YYYY-MM-DD, YYYY-MM "
                                              "or YYYY)", f->from);
        day_iso(first, x->from);
    }
    if (f->to) {
        if (!day_range(f->to, &first, &last))
            return store_fail(s, RASD_EPARSE, "to '%s' is not a date (YYYY-MM-DD, YYYY-MM "
                                              "or YYYY)", f->to);
        day_iso(last, x->to);
        day_iso(last + 1, x->to_next);
    }
    return RASD_OK;
}

static rasd_status sel_init(rasd_store *s, const rasd_event_filter *f, ev_sel *x)
{
    rasd_status rc;
    x->f = f;
    if (f->type && !(x->type_sql = type_sql(f->type)))
        return store_fail(s, RASD_EPARSE, "type '%s' is not an event type (meet, visit, host, "
                          "agree, sign, appeal, criticize, accuse, threaten, assault, fight, "
                          "or a CAMEO code or root such as 040 or 04)", f->type);
    if ((rc = dates_of(s, f, x)) != RASD_OK)
        return rc;
    if (f->actor && (rc = entity_ids(s, f->actor, &x->actors, &x->none)) != RASD_OK)
        return rc;
    if (f->place && (rc = entity_ids(s, f->place, &x->places, &x->none)) != RASD_OK)
        return rc;
    return RASD_OK;
}

/* The query of step 1: id, date, cameo, one report's docid and n, and whether any report
 * of the id states its date. */
static sqlite3_stmt *seeds_stmt(rasd_store *s, const ev_sel *x, rasd_status *rc)
{
    const rasd_event_filter *f = x->f;
    sqlite3_stmt *st = NULL;
    rbuf q = {0};
    rbuf_adds(&q, "SELECT e.id, e.date, e.cameo, e.docid, e.n, "
                  "(SELECT max(y.dated) FROM events y WHERE y.id = e.id) "
                  "FROM events e WHERE 1", rc);
    if (f->actor)
        rbuf_adds(&q, " AND (e.docid, e.n) IN (SELECT docid, n FROM event_actors WHERE "
                      "entity IN (SELECT value FROM json_each(?1)))", rc);
    if (f->place)
        rbuf_adds(&q, " AND e.place IN (SELECT value FROM json_each(?2))", rc);
    if (f->article)
        rbuf_adds(&q, " AND e.docid = (SELECT docid FROM articles WHERE id = ?3)", rc);
    if (x->type_sql)
        rbuf_adds(&q, x->type_sql, rc);
    if (x->from[0])
        rbuf_adds(&q, " AND e.date >= ?5", rc);
    if (x->to[0])
        rbuf_adds(&q, " AND e.date <= ?6", rc);
    rbuf_adds(&q, " GROUP BY e.id", rc);
    rbuf_addc(&q, 0, rc);
    if (!*rc && sqlite3_prepare_v2(s->c.db, q.p, -1, &st, NULL) != SQLITE_OK)
        *rc = store_sqlfail(s, "reading events");
    rbuf_free(&q);
    if (*rc)
        return NULL;
    sqlite3_bind_text(st, 1, x->actors.p, (int)x->actors.n, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, x->places.p, (int)x->places.n, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, f->article, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, f->type, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, x->from, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, x->to_next, -1, SQLITE_STATIC);
    return st;
}

/* ---------------------------------------------------------------- records */

/* A record: the id and date it is listed under, the undated group linked to it. */
typedef struct ev_row {
    char id[17], linked[17];   /* linked: "" when none */
    char date[11];             /* "": unknown */
    int dated;
} ev_row;

typedef struct ev_list {
    rasd_store *s;
    sqlite3_stmt *actors;      /* the entity ids of one report */
    sqlite3_stmt *dated;       /* whether an id's reports state their date (NULL: no such id) */
    ev_row *rows;
    size_t nrows, cap;
} ev_list;

/* The actors of report (docid, n) into ids; how many (0 when one is too long to hash). */
static size_t report_actors(ev_list *l, int64_t docid, int64_t n,
                            char ids[RASD_EVENT_ACTORS][ID_MAX])
{
    size_t k = 0;
    int ok = 1;
    sqlite3_bind_int64(l->actors, 1, docid);
    sqlite3_bind_int64(l->actors, 2, n);
    while (k < RASD_EVENT_ACTORS && sqlite3_step(l->actors) == SQLITE_ROW) {
        ok &= (size_t)sqlite3_column_bytes(l->actors, 0) < ID_MAX;
        snprintf(ids[k++], ID_MAX, "%s", sql_col(l->actors, 0) ? sql_col(l->actors, 0) : "");
    }
    sqlite3_reset(l->actors);
    return ok ? k : 0;
}

/* Whether the id has reports, all undated (want 0) or some dated (want 1). */
static int id_is(ev_list *l, const char *id, int want)
{
    int yes;
    sqlite3_bind_text(l->dated, 1, id, -1, SQLITE_STATIC);
    yes = sqlite3_step(l->dated) == SQLITE_ROW && sqlite3_column_type(l->dated, 0) != SQLITE_NULL &&
          (sqlite3_column_int(l->dated, 0) != 0) == want;
    sqlite3_reset(l->dated);
    return yes;
}

/* Links the group of row st to its neighbour (see the top of the file); r holds its id,
 * date and dated already. */
static void link_row(ev_list *l, sqlite3_stmt *st, ev_row *r)
{
    char ids[RASD_EVENT_ACTORS][ID_MAX], own[17], other[17], day[11];
    const char *p[RASD_EVENT_ACTORS];
    const char *cameo = sql_col(st, 2);
    int64_t first, last;
    size_t n = report_actors(l, sqlite3_column_int64(st, 3), sqlite3_column_int64(st, 4), ids);
    if (n < 2 || !cameo || strlen(r->date) != 10 || !day_range(r->date, &first, &last))
        return;                /* one party acting on two days is two events (ISIS attacks) */
    for (size_t k = 0; k < n; k++)
        p[k] = ids[k];
    ev_event_id(cameo, r->date, p, n, own);
    if (strcmp(own, r->id) != 0)               /* hashed otherwise (another version) */
        return;
    day_iso(r->dated ? first + 1 : first - 1, day);
    ev_event_id(cameo, day, p, n, other);
    if (!id_is(l, other, !r->dated))
        return;
    if (r->dated) {
        memcpy(r->linked, other, sizeof r->linked);
    } else {                                   /* listed under the dated group */
        memcpy(r->linked, r->id, sizeof r->linked);
        memcpy(r->id, other, sizeof r->id);
        memcpy(r->date, day, sizeof r->date);
        r->dated = 1;
    }
}

/* The record of seed row st, kept when its date is within the filter's. */
static void add_row(ev_list *l, const ev_sel *x, sqlite3_stmt *st, rasd_status *rc)
{
    ev_row r = {{0}, {0}, {0}, sqlite3_column_int(st, 5) != 0};
    snprintf(r.id, sizeof r.id, "%s", sql_col(st, 0) ? sql_col(st, 0) : "");
    snprintf(r.date, sizeof r.date, "%s", sql_col(st, 1) ? sql_col(st, 1) : "");
    link_row(l, st, &r);
    if ((x->from[0] || x->to[0]) &&
        (!r.date[0] || strcmp(r.date, x->from) < 0 || (x->to[0] && strcmp(r.date, x->to) > 0)))
        return;
    l->rows = grow_array(l->rows, &l->cap, l->nrows + 1, sizeof *l->rows, rc);
    if (!*rc)
        l->rows[l->nrows++] = r;
}

/* Newest date first, unknown dates last, then by id. */
static int by_date(const void *a, const void *b)
{
    const ev_row *x = a, *y = b;
    int c;
    if (!x->date[0] != !y->date[0])
        return x->date[0] ? -1 : 1;
    c = strcmp(y->date, x->date);
    return c ? c : strcmp(x->id, y->id);
}

/* Steps 1 and 2: l->rows, sorted, each record once. */
static rasd_status collect_rows(ev_list *l, const ev_sel *x)
{
    rasd_status rc = RASD_OK;
    sqlite3_stmt *st = seeds_stmt(l->s, x, &rc);
    size_t k = 0;
    int r = SQLITE_DONE;
    while (!rc && (r = sqlite3_step(st)) == SQLITE_ROW)
        add_row(l, x, st, &rc);
    if (!rc && r != SQLITE_DONE)
        rc = store_sqlfail(l->s, "reading events");
    sqlite3_finalize(st);
    if (rc || !l->nrows)
        return rc;
    qsort(l->rows, l->nrows, sizeof *l->rows, by_date);
    for (size_t i = 1; i < l->nrows; i++)
        if (strcmp(l->rows[i].id, l->rows[k].id) != 0)
            l->rows[++k] = l->rows[i];
    l->nrows = k + 1;
    return RASD_OK;
}

/* ------------------------------------------------------------- handing out */

/* One record being gathered from its articles' rows: strings as offsets into str
 * (SIZE_MAX for NULL) until it is handed out. */
typedef struct ev_group {
    rbuf str;
    size_t type, cameo, place_id, place_name;
    size_t actor_id[RASD_EVENT_ACTORS], actor_name[RASD_EVENT_ACTORS], nactors;
    size_t *arts;                /* offsets of article ids */
    const char **art_ptr;
    size_t narts, arts_cap, ptr_cap;
    uint32_t *spans;             /* 2 per article: its report's sentence */
    size_t spans_cap;
    int status;                  /* 0 no report has one, 1 planned, 2 occurred (any report) */
    int64_t docid, n;            /* the first article's event: its actors */
} ev_group;

/* Keeps column i of st in g->str; its offset (SIZE_MAX for NULL). */
static size_t keep_col(ev_group *g, sqlite3_stmt *st, int i, rasd_status *rc)
{
    size_t off = g->str.n;
    if (sqlite3_column_type(st, i) == SQLITE_NULL)
        return SIZE_MAX;
    rbuf_add(&g->str, sql_col(st, i), (size_t)sqlite3_column_bytes(st, i), rc);
    rbuf_addc(&g->str, 0, rc);
    return off;
}

static const char *str_at(const ev_group *g, size_t off)
{
    return off == SIZE_MAX ? NULL : g->str.p + off;
}

/* Starts a group from row st (type, cameo, place, place_name, docid, n, article). */
static void group_start(ev_group *g, sqlite3_stmt *st, rasd_status *rc)
{
    g->str.n = 0;
    g->narts = g->nactors = 0;
    g->status = 0;
    g->type = keep_col(g, st, 0, rc);
    g->cameo = keep_col(g, st, 1, rc);
    g->place_id = keep_col(g, st, 2, rc);
    g->place_name = keep_col(g, st, 3, rc);
    g->docid = sqlite3_column_int64(st, 4);
    g->n = sqlite3_column_int64(st, 5);
}

/* Adds the article of row st (column 6) with its sentence (7, 8) and, when the group has
 * none yet, its place; its status (9) counts. */
static void group_add(ev_group *g, sqlite3_stmt *st, rasd_status *rc)
{
    const char *art = sql_col(st, 6), *status = sql_col(st, 9);
    if (status) {
        int v = strcmp(status, "occurred") == 0 ? 2 : 1;
        g->status = v > g->status ? v : g->status;
    }
    if (g->narts && strcmp(str_at(g, g->arts[g->narts - 1]), art) == 0)
        return;
    g->spans = grow_array(g->spans, &g->spans_cap, 2 * (g->narts + 1), sizeof *g->spans, rc);
    if (*rc)
        return;
    g->spans[2 * g->narts] = (uint32_t)sqlite3_column_int64(st, 7);
    g->spans[2 * g->narts + 1] = (uint32_t)sqlite3_column_int64(st, 8);
    if (g->place_name == SIZE_MAX && sqlite3_column_type(st, 3) != SQLITE_NULL) {
        g->place_id = keep_col(g, st, 2, rc);
        g->place_name = keep_col(g, st, 3, rc);
    }
    g->arts = grow_array(g->arts, &g->arts_cap, g->narts + 1, sizeof *g->arts, rc);
    if (*rc)
        return;
    g->arts[g->narts++] = keep_col(g, st, 6, rc);
}

/* Reads the first article's actors and calls fn with record r; 1 when fn asks to stop. */
static int group_emit(ev_group *g, sqlite3_stmt *actors, const ev_row *r,
                      rasd_stored_event_fn fn, void *ctx, rasd_status *rc)
{
    rasd_stored_event ev = {0};
    sqlite3_bind_int64(actors, 1, g->docid);
    sqlite3_bind_int64(actors, 2, g->n);
    while (!*rc && g->nactors < RASD_EVENT_ACTORS && sqlite3_step(actors) == SQLITE_ROW) {
        g->actor_id[g->nactors] = keep_col(g, actors, 0, rc);
        g->actor_name[g->nactors++] = keep_col(g, actors, 1, rc);
    }
    sqlite3_reset(actors);
    g->art_ptr = grow_array(g->art_ptr, &g->ptr_cap, g->narts + 1, sizeof *g->art_ptr, rc);
    if (*rc)
        return 1;
    for (size_t i = 0; i < g->narts; i++)
        g->art_ptr[i] = str_at(g, g->arts[i]);
    ev = (rasd_stored_event){r->id, str_at(g, g->type), str_at(g, g->cameo),
                             r->date[0] ? r->date : NULL, g->nactors, {NULL}, {NULL},
                             str_at(g, g->place_id), str_at(g, g->place_name), g->narts,
                             g->art_ptr, r->dated, r->linked[0] ? r->linked : NULL,
                             g->status ? (g->status == 2 ? "occurred" : "planned") : NULL,
                             g->spans};
    for (size_t k = 0; k < g->nactors; k++) {
        ev.actor_id[k] = str_at(g, g->actor_id[k]);
        ev.actor_name[k] = str_at(g, g->actor_name[k]);
    }
    return fn(&ev, ctx) != 0;
}

typedef struct emit_ctx {
    sqlite3_stmt *reports, *actors;
    ev_group g;
    rasd_stored_event_fn fn;
    void *ctx;
} emit_ctx;

/* Step 3 for record r: its reports, then fn; 1 when fn asks to stop. */
static int emit_row(rasd_store *s, emit_ctx *e, const ev_row *r, rasd_status *rc)
{
    int step = SQLITE_DONE, open = 0, stop = 0;
    sqlite3_bind_text(e->reports, 1, r->id, -1, SQLITE_STATIC);
    if (r->linked[0])
        sqlite3_bind_text(e->reports, 2, r->linked, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(e->reports, 2);
    while (!*rc && (step = sqlite3_step(e->reports)) == SQLITE_ROW) {
        if (!open)
            group_start(&e->g, e->reports, rc);
        group_add(&e->g, e->reports, rc);
        open = 1;
    }
    if (!*rc && step != SQLITE_DONE)
        *rc = store_sqlfail(s, "reading events");
    sqlite3_reset(e->reports);
    if (!*rc && open)
        stop = group_emit(&e->g, e->actors, r, e->fn, e->ctx, rc);
    return stop || *rc;
}

static rasd_status emit_rows(rasd_store *s, const ev_list *l, size_t limit,
                             rasd_stored_event_fn fn, void *ctx)
{
    emit_ctx e = {0};
    rasd_status rc = RASD_OK;
    e.fn = fn;
    e.ctx = ctx;
    if (sqlite3_prepare_v2(s->c.db,
                           "SELECT e.type, e.cameo, e.place, e.place_name, e.docid, e.n, a.id, "
                           "e.start, e.end, e.status "
                           "FROM events e JOIN articles a ON a.docid = e.docid "
                           "WHERE e.id IN (?1, ?2) "
                           "ORDER BY coalesce(a.day, 0), a.published, a.id, e.n",
                           -1, &e.reports, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(s->c.db, "SELECT NULLIF(entity, ''), name FROM event_actors WHERE docid = ?1 "
                                  "AND n = ?2 ORDER BY k", -1, &e.actors, NULL) != SQLITE_OK)
        rc = store_sqlfail(s, "reading events");
    for (size_t i = 0; !rc && i < l->nrows && (!limit || i < limit); i++)
        if (emit_row(s, &e, &l->rows[i], &rc))
            break;
    sqlite3_finalize(e.reports);
    sqlite3_finalize(e.actors);
    rbuf_free(&e.g.str);
    free(e.g.arts);
    free(e.g.art_ptr);
    free(e.g.spans);
    return rc;
}

rasd_status rasd_store_events(rasd_store *s, const rasd_event_filter *filter, size_t limit,
                              rasd_stored_event_fn fn, void *ctx)
{
    static const rasd_event_filter all = {0};
    ev_sel x = {0};
    ev_list l = {0};
    rasd_status rc;
    if (!s || !fn)
        return RASD_EINVAL;
    l.s = s;
    rc = sel_init(s, filter ? filter : &all, &x);
    if (!rc && !x.none &&
        (sqlite3_prepare_v2(s->c.db, "SELECT COALESCE(NULLIF(entity, ''), name) FROM event_actors "
                                   "WHERE docid = ?1 AND "
                                   "n = ?2 ORDER BY k", -1, &l.actors, NULL) != SQLITE_OK ||
         sqlite3_prepare_v2(s->c.db, "SELECT max(dated) FROM events WHERE id = ?1", -1, &l.dated,
                            NULL) != SQLITE_OK))
        rc = store_sqlfail(s, "reading events");
    if (!rc && !x.none)
        rc = collect_rows(&l, &x);
    if (!rc && !x.none)
        rc = emit_rows(s, &l, limit, fn, ctx);
    sqlite3_finalize(l.actors);
    sqlite3_finalize(l.dated);
    free(l.rows);
    rbuf_free(&x.actors);
    rbuf_free(&x.places);
    return rc;
}
