/* api.c — the read endpoints of the JSON API (docs/SERVER.md). Every list is one page:
 * {"items": [...], "next": CURSOR|null}, the cursor an opaque string to pass back as
 * ?cursor= (today the offset of the next item). */
#include "serve.h"

#include <string.h>

/* --------------------------------------------------------------- pagination */

typedef struct lister {
    FILE *f;
    size_t offset, limit;        /* the page: items [offset, offset + limit) */
    size_t seen;                 /* items the library gave so far */
    int more;                    /* 1: there is an item after the page */
} lister;

/* Whether the next item is on the page (writing the comma before it when so). */
static int lister_take(lister *l)
{
    size_t i = l->seen++;
    if (i < l->offset)
        return 0;
    if (i >= l->offset + l->limit) {
        l->more = 1;
        return 0;
    }
    if (i > l->offset)
        putc(',', l->f);
    return 1;
}

/* How many items to ask the library for: the page and one more, to know of a next. */
static size_t lister_want(const lister *l)
{
    return l->offset + l->limit + 1;
}

static void lister_open(lister *l)
{
    fputs("{\"items\":[", l->f);
}

static void lister_close(lister *l)
{
    if (l->more)
        fprintf(l->f, "],\"next\":\"%zu\"}\n", l->offset + l->limit);
    else
        fputs("],\"next\":null}\n", l->f);
}

/* Reads ?limit= (1 to SERVE_MAX_LIMIT, default def) and ?cursor= into l. */
static int read_page(const request_ctx *q, reply *r, size_t def, lister *l)
{
    const char *lim = http_get(q->t, "limit"), *cur = http_get(q->t, "cursor");
    long v;
    l->f = r->f;
    l->limit = def;
    if (lim) {
        if (http_number(lim, 1, SERVE_MAX_LIMIT, &v))
            return reply_error(r, 400, "bad_parameter", "limit must be 1 to %d", SERVE_MAX_LIMIT);
        l->limit = (size_t)v;
    }
    if (cur) {
        if (http_number(cur, 0, SERVE_MAX_OFFSET, &v))
            return reply_error(r, 400, "bad_parameter", "cursor is not one this server gave");
        l->offset = (size_t)v;
    }
    return 0;
}

/* Refuses parameters the endpoint does not know, and over-long values. */
static int check_params(const request_ctx *q, reply *r, const char *const *known)
{
    const char *unknown = NULL;
    if (!http_known_params(q->t, known, &unknown))
        return reply_error(r, 400, "bad_parameter", "unknown parameter '%s'", unknown);
    for (size_t i = 0; i < q->t->nparams; i++)
        if (strlen(q->t->params[i].val) > SERVE_MAX_QUERY)
            return reply_error(r, 400, "bad_parameter", "%s is longer than %d bytes",
                               q->t->params[i].key, SERVE_MAX_QUERY);
    return 0;
}

/* ?name=YYYY-MM-DD (or shorter forms when partial): NULL when absent; -1 when bad. */
static int date_param(const request_ctx *q, reply *r, const char *name, int full,
                      const char **out)
{
    *out = http_get(q->t, name);
    if (*out && (!http_is_date(*out) || (full && strlen(*out) != 10)))
        return reply_error(r, 400, "bad_parameter", "%s must be a date: %s", name,
                           full ? "YYYY-MM-DD" : "YYYY, YYYY-MM or YYYY-MM-DD");
    return 0;
}

static int store_failed(const request_ctx *q, reply *r, rasd_status st)
{
    const char *d = rasd_store_error(q->s)[0] ? rasd_store_error(q->s) : rasd_strerror(st);
    if (st == RASD_EPARSE || st == RASD_EINVAL)
        return reply_error(r, 400, "bad_parameter", "%s", d);
    return reply_error(r, 500, "store_error", "%s", d);
}

static void field(FILE *f, const char *before, const char *key, const char *val)
{
    fprintf(f, "%s\"%s\":", before, key);
    http_json_str(f, val);
}

/* ------------------------------------------------------------------- search */

int api_search(const request_ctx *q, reply *r)
{
    static const char *const known[] = {"q", "since", "until", "source", "limit", "cursor", NULL};
    rasd_query_opts o = {0};
    rasd_results *res = NULL;
    lister l = {0};
    const char *query = http_get(q->t, "q");
    rasd_status st;
    if (check_params(q, r, known) || read_page(q, r, 10, &l) ||
        date_param(q, r, "since", 1, &o.since) || date_param(q, r, "until", 1, &o.until))
        return -1;
    if (!query || !*query)
        return reply_error(r, 400, "bad_parameter", "q (the query) is required");
    o.source = http_get(q->t, "source");
    o.limit = lister_want(&l);
    o.flags = RASD_QUERY_COLLAPSE;
    if ((st = rasd_search(q->s, query, &o, &res)) != RASD_OK)
        return store_failed(q, r, st);
    lister_open(&l);
    for (size_t i = 0; i < rasd_results_count(res); i++) {
        const rasd_hit *h = rasd_results_hit(res, i);
        if (!lister_take(&l))
            continue;
        field(r->f, "{", "id", h->id);
        fprintf(r->f, ",\"score\":%.4f", h->score);
        field(r->f, ",", "title", h->title);
        field(r->f, ",", "published", h->published);
        field(r->f, ",", "source", h->source);
        field(r->f, ",", "snippet", h->snippet);
        fprintf(r->f, ",\"copies\":%zu}", h->copies);
    }
    lister_close(&l);
    rasd_results_free(res);
    return 0;
}

/* ------------------------------------------------------------------ article */

int api_article(const request_ctx *q, reply *r)
{
    static const char *const known[] = {NULL};
    char *json = NULL;
    rasd_status st;
    if (check_params(q, r, known))
        return -1;
    st = rasd_store_show(q->s, q->rest, &json);   /* the one serializer `rasd show` uses */
    if (st == RASD_END)
        return reply_error(r, 404, "not_found", "no article with this id");
    if (st)
        return store_failed(q, r, st);
    http_json_harden(r->f, json);
    putc('\n', r->f);
    rasd_free(json);
    return 0;
}

/* ----------------------------------------------------------------- entities */

static void write_entity(FILE *f, const rasd_stored_entity *en)
{
    field(f, "{", "id", en->id);
    field(f, ",", "type", en->type);
    field(f, ",", "name", en->name);
    fprintf(f, ",\"mentions\":%lld,\"articles\":%lld}", (long long)en->mentions,
            (long long)en->articles);
}

static int entity_item(const rasd_stored_entity *en, void *ctx)
{
    lister *l = ctx;
    if (lister_take(l))
        write_entity(l->f, en);
    return l->more;
}

int api_entities(const request_ctx *q, reply *r)
{
    static const char *const known[] = {"type", "limit", "cursor", NULL};
    static const char *const types[] = {"PER", "LOC", "ORG", "MISC"};
    const char *type = http_get(q->t, "type");
    lister l = {0};
    rasd_status st;
    int ok = !type;
    if (check_params(q, r, known) || read_page(q, r, 50, &l))
        return -1;
    for (size_t i = 0; type && i < 4; i++)
        ok |= strcmp(type, types[i]) == 0;
    if (!ok)
        return reply_error(r, 400, "bad_parameter", "type must be PER, LOC, ORG or MISC");
    lister_open(&l);
    if ((st = rasd_store_entities(q->s, type, lister_want(&l), entity_item, &l)) != RASD_OK)
        return store_failed(q, r, st);
    lister_close(&l);
    return 0;
}

/* The first entity found for a name or id. */
typedef struct found_entity {
    char id[17], type[8], name[512];
    long long mentions, articles;
    int found;
} found_entity;

static int first_entity(const rasd_stored_entity *en, void *ctx)
{
    found_entity *fe = ctx;
    snprintf(fe->id, sizeof fe->id, "%s", en->id);
    snprintf(fe->type, sizeof fe->type, "%s", en->type);
    snprintf(fe->name, sizeof fe->name, "%s", en->name);
    fe->mentions = en->mentions;
    fe->articles = en->articles;
    fe->found = 1;
    return 1;
}

/* A JSON array of at most limit items: the comma before each but the first. */
typedef struct array_out {
    FILE *f;
    size_t n;
} array_out;

static int variant_item(const rasd_entity_variant *v, void *ctx)
{
    array_out *a = ctx;
    field(a->f, a->n++ ? ",{" : "{", "text", v->text);
    fprintf(a->f, ",\"mentions\":%lld,\"title\":%s}", (long long)v->mentions,
            v->title ? "true" : "false");
    return a->n >= 50;
}

static int cooccur_item(const rasd_cooccurrence *c, void *ctx)
{
    array_out *a = ctx;
    field(a->f, a->n++ ? ",{" : "{", "id", c->id);
    field(a->f, ",", "type", c->type);
    field(a->f, ",", "name", c->name);
    fprintf(a->f, ",\"articles\":%lld,\"mentions\":%lld}", (long long)c->articles,
            (long long)c->mentions);
    return 0;
}

static int day_item(const rasd_entity_day *d, void *ctx)
{
    array_out *a = ctx;
    field(a->f, a->n++ ? ",{" : "{", "day", d->day);
    fprintf(a->f, ",\"mentions\":%lld,\"articles\":%lld}", (long long)d->mentions,
            (long long)d->articles);
    return 0;
}

static int entity_article_item(const rasd_entity_article *ar, void *ctx)
{
    array_out *a = ctx;
    field(a->f, a->n++ ? ",{" : "{", "id", ar->id);
    field(a->f, ",", "title", ar->title);
    field(a->f, ",", "published", ar->published);
    fprintf(a->f, ",\"mentions\":%lld}", (long long)ar->mentions);
    return 0;
}

static void write_quote(FILE *f, const rasd_stored_quote *qu)
{
    field(f, "{", "article", qu->article);
    field(f, ",", "published", qu->published);
    fprintf(f, ",\"start\":%u,\"end\":%u", (unsigned)qu->start, (unsigned)qu->end);
    field(f, ",", "text", qu->text);
    fputs(",\"speaker\":", f);
    if (qu->speaker_name) {
        field(f, "{", "id", qu->speaker_id);
        field(f, ",", "name", qu->speaker_name);
        fprintf(f, ",\"start\":%u,\"end\":%u}", (unsigned)qu->speaker_start,
                (unsigned)qu->speaker_end);
    } else
        fputs("null", f);
    field(f, ",", "cue", qu->cue);
    fprintf(f, ",\"direct\":%s}", qu->direct ? "true" : "false");
}

static int quote_array_item(const rasd_stored_quote *qu, void *ctx)
{
    array_out *a = ctx;
    if (a->n++)
        putc(',', a->f);
    write_quote(a->f, qu);
    return 0;
}

static void write_event(FILE *f, const rasd_stored_event *ev)
{
    field(f, "{", "id", ev->id);
    field(f, ",", "type", ev->type);
    field(f, ",", "cameo", ev->cameo);
    field(f, ",", "date", ev->date);
    fputs(",\"actors\":[", f);
    for (size_t i = 0; i < ev->nactors; i++) {
        field(f, i ? ",{" : "{", "id", ev->actor_id[i]);
        field(f, ",", "name", ev->actor_name[i]);
        putc('}', f);
    }
    fputs("],\"place\":", f);
    if (ev->place_id) {
        field(f, "{", "id", ev->place_id);
        field(f, ",", "name", ev->place_name);
        putc('}', f);
    } else
        fputs("null", f);
    fputs(",\"articles\":[", f);
    for (size_t i = 0; i < ev->narticles; i++) {
        if (i)
            putc(',', f);
        http_json_str(f, ev->articles[i]);
    }
    fprintf(f, "],\"dated\":%s", ev->dated ? "true" : "false");
    field(f, ",", "linked", ev->linked);
    putc('}', f);
}

static int event_array_item(const rasd_stored_event *ev, void *ctx)
{
    array_out *a = ctx;
    if (a->n++)
        putc(',', a->f);
    write_event(a->f, ev);
    return 0;
}

/* The entity's page: itself, its spellings (titles marked), the articles, quotes and events
 * (20 each), the entities its articles also mention (20 of each type, people first) and its
 * mentions per publication day (every day). */
int api_entity(const request_ctx *q, reply *r)
{
    static const char *const known[] = {NULL};
    found_entity fe = {0};
    rasd_event_filter filt = {0};
    array_out a = {r->f, 0};
    rasd_status st;
    if (check_params(q, r, known))
        return -1;
    if (strlen(q->rest) > SERVE_MAX_QUERY)
        return reply_error(r, 400, "bad_parameter", "the name is too long");
    if ((st = rasd_store_entity_find(q->s, q->rest, first_entity, &fe)) != RASD_OK)
        return store_failed(q, r, st);
    if (!fe.found)
        return reply_error(r, 404, "not_found", "no entity with this id or name");
    field(r->f, "{\"entity\":{", "id", fe.id);
    field(r->f, ",", "type", fe.type);
    field(r->f, ",", "name", fe.name);
    fprintf(r->f, ",\"mentions\":%lld,\"articles\":%lld},\"variants\":[", fe.mentions, fe.articles);
    st = rasd_store_entity_variants(q->s, fe.id, variant_item, &a);
    fputs("],\"articles\":[", r->f);
    a.n = 0;
    if (!st)
        st = rasd_store_entity_articles(q->s, fe.id, 20, entity_article_item, &a);
    fputs("],\"quotes\":[", r->f);
    a.n = 0;
    if (!st)
        st = rasd_store_quotes(q->s, fe.id, 20, quote_array_item, &a);
    fputs("],\"events\":[", r->f);
    a.n = 0;
    filt.actor = fe.id;
    if (!st)
        st = rasd_store_events(q->s, &filt, 20, event_array_item, &a);
    fputs("],\"cooccurring\":[", r->f);
    a.n = 0;
    if (!st)
        st = rasd_store_entity_cooccurring(q->s, fe.id, 20, cooccur_item, &a);
    fputs("],\"days\":[", r->f);
    a.n = 0;
    if (!st)
        st = rasd_store_entity_days(q->s, fe.id, day_item, &a);
    fputs("]}\n", r->f);
    return st ? store_failed(q, r, st) : 0;
}

/* ------------------------------------------------------------------- quotes */

static int quote_item(const rasd_stored_quote *qu, void *ctx)
{
    lister *l = ctx;
    if (lister_take(l))
        write_quote(l->f, qu);
    return l->more;
}

int api_quotes(const request_ctx *q, reply *r)
{
    static const char *const known[] = {"speaker", "limit", "cursor", NULL};
    lister l = {0};
    rasd_status st;
    const char *speaker = http_get(q->t, "speaker");
    if (check_params(q, r, known) || read_page(q, r, 50, &l))
        return -1;
    lister_open(&l);
    st = rasd_store_quotes(q->s, speaker && *speaker ? speaker : NULL, lister_want(&l),
                           quote_item, &l);
    if (st)
        return store_failed(q, r, st);
    lister_close(&l);
    return 0;
}

/* ------------------------------------------------------------------- events */

/* A CSV field: quoted, quotes doubled; a leading = + - @ made inert for spreadsheets. */
static void csv_field(FILE *f, const char *s, int last)
{
    putc('"', f);
    if (s && (*s == '=' || *s == '+' || *s == '-' || *s == '@'))
        putc('\'', f);
    for (; s && *s; s++) {
        if (*s == '"')
            putc('"', f);
        putc(*s, f);
    }
    fputs(last ? "\"\r\n" : "\",", f);
}

static void csv_event(FILE *f, const rasd_stored_event *ev)
{
    char actors[2048] = "", arts[4096] = "";
    size_t n = 0, m = 0;
    for (size_t i = 0; i < ev->nactors && n < sizeof actors; i++)
        n += (size_t)snprintf(actors + n, sizeof actors - n, "%s%s", i ? "; " : "", ev->actor_name[i]);
    for (size_t i = 0; i < ev->narticles && m < sizeof arts; i++)
        m += (size_t)snprintf(arts + m, sizeof arts - m, "%s%s", i ? " " : "", ev->articles[i]);
    csv_field(f, ev->id, 0);
    csv_field(f, ev->date, 0);
    csv_field(f, ev->type, 0);
    csv_field(f, ev->cameo, 0);
    csv_field(f, actors, 0);
    csv_field(f, ev->place_name, 0);
    csv_field(f, arts, 1);
}

typedef struct event_list {
    lister l;
    int csv;
} event_list;

static int event_item(const rasd_stored_event *ev, void *ctx)
{
    event_list *el = ctx;
    if (el->csv) {
        csv_event(el->l.f, ev);
        return 0;
    }
    if (lister_take(&el->l))
        write_event(el->l.f, ev);
    return el->l.more;
}

int api_events(const request_ctx *q, reply *r)
{
    static const char *const known[] = {"actor", "type", "from", "to", "place", "format",
                                        "limit", "cursor", NULL};
    event_list el = {0};
    rasd_event_filter filt = {0};
    const char *format = http_get(q->t, "format");
    rasd_status st;
    if (check_params(q, r, known) || read_page(q, r, 50, &el.l) ||
        date_param(q, r, "from", 0, &filt.from) || date_param(q, r, "to", 0, &filt.to))
        return -1;
    if (format && strcmp(format, "csv") != 0 && strcmp(format, "json") != 0)
        return reply_error(r, 400, "bad_parameter", "format must be json or csv");
    el.csv = format && strcmp(format, "csv") == 0;
    filt.actor = http_get(q->t, "actor");
    filt.type = http_get(q->t, "type");
    filt.place = http_get(q->t, "place");
    if (el.csv) {       /* an export: every event, not a page */
        r->type = "text/csv; charset=utf-8";
        fputs("id,date,type,cameo,actors,place,articles\r\n", r->f);
    } else
        lister_open(&el.l);
    st = rasd_store_events(q->s, &filt, el.csv ? 0 : lister_want(&el.l), event_item, &el);
    if (st)
        return store_failed(q, r, st);
    if (!el.csv)
        lister_close(&el.l);
    return 0;
}

/* -------------------------------------------------------------- stats, health */

int api_stats(const request_ctx *q, reply *r)
{
    static const char *const known[] = {NULL};
    rasd_store_stats st;
    rasd_dedup_stats ds;
    rasd_status rc;
    if (check_params(q, r, known))
        return -1;
    if ((rc = rasd_store_stats_get(q->s, &st)) != RASD_OK ||
        (rc = rasd_store_dedup_stats(q->s, &ds)) != RASD_OK)
        return store_failed(q, r, rc);
    fprintf(r->f, "{\"articles\":%lld,\"sources\":%lld,\"tokens\":%lld,\"terms\":%lld,"
                  "\"segments\":%lld,\"text_bytes\":%lld,\"index_bytes\":%lld,"
                  "\"file_bytes\":%lld,\"schema_version\":%d",
            (long long)st.articles, (long long)st.sources, (long long)st.tokens,
            (long long)st.terms, (long long)st.segments, (long long)st.text_bytes,
            (long long)st.index_bytes, (long long)st.file_bytes, st.schema_version);
    field(r->f, ",", "first_published", st.first_published[0] ? st.first_published : NULL);
    field(r->f, ",", "last_published", st.last_published[0] ? st.last_published : NULL);
    fprintf(r->f, ",\"duplicates\":{\"exact\":%lld,\"near\":%lld,\"reuse\":%lld}}\n",
            (long long)ds.exact, (long long)ds.near, (long long)ds.reuse);
    return 0;
}

int api_health(const request_ctx *q, reply *r)
{
    static const char *const known[] = {NULL};
    const rasd_engine *e = rasd_store_engine(q->s);
    if (check_params(q, r, known))
        return -1;
    field(r->f, "{", "status", "ok");
    field(r->f, ",", "version", rasd_version());
    field(r->f, ",", "data_version", rasd_data_version(e));
    fprintf(r->f, ",\"writes\":%s,\"streams\":%zu}\n", q->sv->token_len ? "true" : "false",
            stream_hub_clients(q->sv->streams));
    return 0;
}

/* ------------------------------------------------------------------ stories */

/* Writes one story with the library's serializer (that of `rasd story --json`). */
static int write_story(FILE *f, const rasd_story *st)
{
    char *json = NULL;
    if (rasd_story_json(st, &json) != RASD_OK)
        return -1;
    http_json_harden(f, json);
    rasd_free(json);
    return 0;
}

typedef struct story_list {
    lister l;
    int failed;
} story_list;

static int story_item(const rasd_story *st, void *ctx)
{
    story_list *sl = ctx;
    if (lister_take(&sl->l) && write_story(sl->l.f, st))
        sl->failed = 1;
    return sl->l.more || sl->failed;
}

/* GET /api/stories?from=&to=&entity=&min_size=&limit=&cursor=: as `rasd stories`, newest
 * first. */
int api_stories(const request_ctx *q, reply *r)
{
    static const char *const known[] = {"from", "to", "entity", "min_size", "limit", "cursor",
                                        NULL};
    story_list sl = {0};
    rasd_story_filter filt = {0};
    const char *min = http_get(q->t, "min_size"), *entity = http_get(q->t, "entity");
    rasd_status st;
    long v;
    if (check_params(q, r, known) || read_page(q, r, 20, &sl.l) ||
        date_param(q, r, "from", 0, &filt.from) || date_param(q, r, "to", 0, &filt.to))
        return -1;
    if (min) {
        if (http_number(min, 1, 1000000000, &v))
            return reply_error(r, 400, "bad_parameter", "min_size must be 1 to 1000000000");
        filt.min_size = (size_t)v;
    }
    filt.entity = entity && *entity ? entity : NULL;
    lister_open(&sl.l);
    st = rasd_store_stories(q->s, &filt, lister_want(&sl.l), story_item, &sl);
    if (st)
        return store_failed(q, r, st);
    if (sl.failed)
        return reply_error(r, 500, "out_of_memory", "writing a story");
    lister_close(&sl.l);
    return 0;
}

static int story_one(const rasd_story *st, void *ctx)
{
    return write_story(ctx, st) ? -1 : 0;
}

/* GET /api/stories/ID: the object `rasd story --json` prints. */
int api_story(const request_ctx *q, reply *r)
{
    static const char *const known[] = {NULL};
    long v;
    rasd_status st;
    if (check_params(q, r, known))
        return -1;
    if (http_number(q->rest, 1, 0x7fffffffL, &v))
        return reply_error(r, 404, "not_found", "a story id is a positive number");
    st = rasd_store_story(q->s, v, story_one, r->f);
    if (st == RASD_END)
        return reply_error(r, 404, "not_found", "no story with this id");
    if (st)
        return store_failed(q, r, st);
    putc('\n', r->f);
    return 0;
}
