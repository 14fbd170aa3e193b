/* api_attention.c — GET /api/attention (matching articles per period for up to 5 queries,
 * with the share of all the period's articles, Media Cloud's "attention over time") and
 * GET /api/top (the outlets and people of a query's best matches). */
#include "serve.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#define ATT_QUERIES 5
#define ATT_MAX_PERIODS 50000
#define ATT_MAX_MATCHES 200000  /* matches counted per query; more: "truncated" */
#define TOP_HITS 200            /* best matches /api/top reads */
#define TOP_ITEMS 20

typedef struct period {
    char key[11];
    int64_t total;
    int64_t count[ATT_QUERIES];
} period;

typedef struct attention {
    char by;                     /* 'd', 'w' or 'm' */
    period *p;
    size_t n, cap;
    int64_t all;
    int overflow;
} attention;

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
static long days_from_civil(int y, int m, int d)
{
    int era, yoe, doy, doe;
    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (long)era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
    long era, doe, yoe, doy, mp;
    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* The period of day ("YYYY-MM-DD..."): the day, the Monday of its week, or "YYYY-MM".
 * 0, or -1 when day is not a date. */
static int period_key(char by, const char *day, char key[11])
{
    int y, m, d;
    long z;
    if (!day || strlen(day) < 10 || !(day[10] == '\0' || day[10] == 'T' || day[10] == ' '))
        return -1;
    if (sscanf(day, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
        return -1;
    if (by == 'm') {
        snprintf(key, 11, "%04u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u);
        return 0;
    }
    if (by == 'w') {
        z = days_from_civil(y, m, d);
        z -= ((z % 7) + 7 + 3) % 7;     /* 1970-01-01 was a Thursday: back to Monday */
        civil_from_days(z, &y, &m, &d);
    }
    snprintf(key, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
    return 0;
}

static int add_day(const char *day, int64_t articles, void *ctx)
{
    attention *a = ctx;
    char key[11];
    if (period_key(a->by, day, key))
        return 0;
    a->all += articles;
    if (a->n && strcmp(a->p[a->n - 1].key, key) == 0) {
        a->p[a->n - 1].total += articles;
        return 0;
    }
    if (a->n == a->cap) {
        period *np;
        if (a->cap >= ATT_MAX_PERIODS || !(np = realloc(a->p, (a->cap ? 2 * a->cap : 64) * sizeof *np))) {
            a->overflow = 1;
            return 1;
        }
        a->p = np;
        a->cap = a->cap ? 2 * a->cap : 64;
    }
    memset(&a->p[a->n], 0, sizeof *a->p);
    memcpy(a->p[a->n].key, key, 11);
    a->p[a->n++].total = articles;
    return 0;
}

static period *find_period(attention *a, const char *key)
{
    size_t lo = 0, hi = a->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(a->p[mid].key, key);
        if (c == 0)
            return &a->p[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* Counts query qi's matches per period; *truncated when there were more than counted. */
static int count_query(const request_ctx *q, reply *r, attention *a, size_t qi,
                       const char *query, const char *source, int *truncated)
{
    rasd_query_opts o = {0};
    rasd_results *res = NULL;
    rasd_status st;
    char key[11];
    o.limit = a->all < ATT_MAX_MATCHES ? (size_t)a->all + 1 : ATT_MAX_MATCHES;
    o.source = source;
    o.flags = RASD_QUERY_NO_SNIPPET;
    if ((st = rasd_search(q->s, query, &o, &res)) != RASD_OK)
        return reply_error(r, st == RASD_EPARSE ? 400 : 500, st == RASD_EPARSE ? "bad_parameter" : "store_error",
                           "q '%s': %s", query, rasd_store_error(q->s));
    *truncated = rasd_results_count(res) >= ATT_MAX_MATCHES;
    for (size_t i = 0; i < rasd_results_count(res); i++) {
        const rasd_hit *h = rasd_results_hit(res, i);
        period *p;
        if (!period_key(a->by, h->published, key) && (p = find_period(a, key)))
            p->count[qi]++;
    }
    rasd_results_free(res);
    return 0;
}

static void write_attention(FILE *f, const attention *a, const char *const *qs, size_t nq,
                            const int *truncated, int csv)
{
    if (csv) {
        fputs("period,total", f);
        for (size_t k = 0; k < nq; k++)
            fprintf(f, ",count_%zu", k + 1);
        for (size_t k = 0; k < nq; k++)
            fprintf(f, ",share_%zu", k + 1);
        fputs("\r\n", f);
    } else {
        fprintf(f, "{\"by\":\"%s\",\"queries\":[", a->by == 'd' ? "day" : a->by == 'w' ? "week" : "month");
        for (size_t k = 0; k < nq; k++) {
            fputs(k ? ",{\"q\":" : "{\"q\":", f);
            http_json_str(f, qs[k]);
            fprintf(f, ",\"truncated\":%s}", truncated[k] ? "true" : "false");
        }
        fputs("],\"periods\":[", f);
    }
    for (size_t i = 0; i < a->n; i++) {
        const period *p = &a->p[i];
        if (csv)
            fprintf(f, "%s,%lld", p->key, (long long)p->total);
        else
            fprintf(f, "%s{\"period\":\"%s\",\"total\":%lld,\"counts\":[", i ? "," : "", p->key,
                    (long long)p->total);
        for (size_t k = 0; k < nq; k++)
            fprintf(f, "%s%lld", csv || k ? "," : "", (long long)p->count[k]);
        fputs(csv ? "" : "],\"shares\":[", f);
        for (size_t k = 0; k < nq; k++)
            fprintf(f, "%s%.6f", csv || k ? "," : "",
                    p->total ? (double)p->count[k] / (double)p->total : 0.0);
        fputs(csv ? "\r\n" : "]}", f);
    }
    if (!csv)
        fputs("]}\n", f);
}

int api_attention(const request_ctx *q, reply *r)
{
    static const char *const known[] = {"q", "by", "source", "format", NULL};
    const char *qs[ATT_QUERIES], *by = http_get(q->t, "by"), *format = http_get(q->t, "format");
    const char *source = http_get(q->t, "source"), *unknown = NULL;
    size_t nq = http_get_all(q->t, "q", qs, ATT_QUERIES);
    int truncated[ATT_QUERIES] = {0}, rc = 0;
    attention a = {0};
    rasd_status st;
    if (!http_known_params(q->t, known, &unknown))
        return reply_error(r, 400, "bad_parameter", "unknown parameter '%s'", unknown);
    if (nq == 0 || nq > ATT_QUERIES)
        return reply_error(r, 400, "bad_parameter", "give 1 to %d queries as q=", ATT_QUERIES);
    for (size_t k = 0; k < nq; k++)
        if (!*qs[k] || strlen(qs[k]) > SERVE_MAX_QUERY)
            return reply_error(r, 400, "bad_parameter", "q %zu is empty or too long", k + 1);
    if (by && strcmp(by, "day") && strcmp(by, "week") && strcmp(by, "month"))
        return reply_error(r, 400, "bad_parameter", "by must be day, week or month");
    if (format && strcmp(format, "csv") && strcmp(format, "json"))
        return reply_error(r, 400, "bad_parameter", "format must be json or csv");
    a.by = by ? by[0] : 'd';
    if ((st = rasd_store_days(q->s, source, add_day, &a)) != RASD_OK)
        rc = reply_error(r, 500, "store_error", "%s", rasd_store_error(q->s));
    else if (a.overflow)
        rc = reply_error(r, 400, "too_many_periods", "more than %d periods: use a longer one", ATT_MAX_PERIODS);
    for (size_t k = 0; k < nq && !rc; k++)
        rc = count_query(q, r, &a, k, qs[k], source, &truncated[k]);
    if (!rc) {
        int csv = format && strcmp(format, "csv") == 0;
        if (csv)
            r->type = "text/csv; charset=utf-8";
        write_attention(r->f, &a, qs, nq, truncated, csv);
    }
    free(a.p);
    return rc;
}

/* ---------------------------------------------------------------------- top */

typedef struct tally {
    char key[200], name[200];
    long n;
} tally;

static void bump(tally *t, size_t *n, size_t cap, const char *key, const char *name)
{
    size_t i = 0;
    while (i < *n && strcmp(t[i].key, key) != 0)
        i++;
    if (i == *n) {
        if (*n == cap)
            return;
        snprintf(t[i].key, sizeof t[i].key, "%s", key);
        snprintf(t[i].name, sizeof t[i].name, "%s", name);
        t[i].n = 0;
        ++*n;
    }
    t[i].n++;
}

static int by_count(const void *x, const void *y)
{
    const tally *a = x, *b = y;
    return a->n != b->n ? (a->n < b->n ? 1 : -1) : strcmp(a->key, b->key);
}

/* Counts each entity once per article, from the stored article's JSON (rasd_store_show). */
static void article_entities(rasd_store *s, const char *id, tally *t, size_t *n, size_t cap)
{
    char *json = NULL;
    json_object *o, *ents;
    tally seen[256];
    size_t nseen = 0;
    if (rasd_store_show(s, id, &json) != RASD_OK)
        return;
    o = json_tokener_parse(json);
    rasd_free(json);
    if (o && json_object_object_get_ex(o, "entities", &ents))
        for (size_t i = 0; i < json_object_array_length(ents); i++) {
            json_object *e = json_object_array_get_idx(ents, i), *eid, *ename;
            if (json_object_object_get_ex(e, "id", &eid) && json_object_object_get_ex(e, "name", &ename))
                bump(seen, &nseen, 256, json_object_get_string(eid), json_object_get_string(ename));
        }
    for (size_t i = 0; i < nseen; i++)
        bump(t, n, cap, seen[i].key, seen[i].name);
    json_object_put(o);
}

int api_top(const request_ctx *q, reply *r)
{
    static const char *const known[] = {"what", "q", NULL};
    const char *what = http_get(q->t, "what"), *query = http_get(q->t, "q"), *unknown = NULL;
    rasd_query_opts o = {0};
    rasd_results *res = NULL;
    rasd_status st;
    size_t n = 0, cap = 4096;
    tally *t;
    if (!http_known_params(q->t, known, &unknown))
        return reply_error(r, 400, "bad_parameter", "unknown parameter '%s'", unknown);
    if (!what || (strcmp(what, "sources") && strcmp(what, "entities") && strcmp(what, "words")))
        return reply_error(r, 400, "bad_parameter", "what must be sources, entities or words");
    if (!query || !*query || strlen(query) > SERVE_MAX_QUERY)
        return reply_error(r, 400, "bad_parameter", "q (the query) is required");
    if (strcmp(what, "words") == 0)
        return api_top_words(q, r, query);
    o.limit = TOP_HITS;
    o.flags = RASD_QUERY_NO_SNIPPET;
    if ((st = rasd_search(q->s, query, &o, &res)) != RASD_OK)
        return reply_error(r, st == RASD_EPARSE ? 400 : 500, "bad_parameter", "%s", rasd_store_error(q->s));
    if (!(t = malloc(cap * sizeof *t))) {
        rasd_results_free(res);
        return reply_error(r, 500, "no_memory", "out of memory");
    }
    for (size_t i = 0; i < rasd_results_count(res); i++) {
        const rasd_hit *h = rasd_results_hit(res, i);
        if (what[0] == 's' && h->source)
            bump(t, &n, cap, h->source, h->source);
        else if (what[0] == 'e')
            article_entities(q->s, h->id, t, &n, cap);
    }
    qsort(t, n, sizeof *t, by_count);
    fprintf(r->f, "{\"what\":\"%s\",\"matches\":%zu,\"items\":[", what, rasd_results_count(res));
    for (size_t i = 0; i < n && i < TOP_ITEMS; i++) {
        fputs(i ? ",{\"key\":" : "{\"key\":", r->f);
        http_json_str(r->f, t[i].key);
        fputs(",\"name\":", r->f);
        http_json_str(r->f, t[i].name);
        fprintf(r->f, ",\"articles\":%ld}", t[i].n);
    }
    fputs("]}\n", r->f);
    free(t);
    rasd_results_free(res);
    return 0;
}
