/* fetch.c — the fetcher of fetch.h: per-host queues, limits and robots.txt in front of one
 * libcurl multi handle. fetch_step starts what the limits allow, lets curl run for a while,
 * and finishes what curl finished: a redirect goes back into the queue of its target's host
 * (so that its hop is limited and checked like any request), anything else is answered. */
#include "fetch/fetch.h"
#include "core/internal.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define STARTS_MAX 64             /* remembered start times per host (the rate window) */
#define RATE_MARGIN 0.1           /* seconds added to the window: the server must never see
                                     more than host_rate requests in one second, although
                                     each request reaches it some time after its start, and
                                     a request on a new connection (a handshake, a server
                                     that starts a thread) later than one on a warm one: on
                                     a loaded loopback we measured 60 ms between the two */
#define ROBOTS_TTL 86400.0        /* RFC 9309: a cached robots.txt for at most 24 hours */
#define ROBOTS_RETRY 600.0        /* an unreachable robots.txt is asked again after this */
#define ROBOTS_MAX (500 * 1024)   /* RFC 9309: at least 500 KiB are parsed */

typedef struct req req;
typedef struct host host;

struct req {
    req *next;                    /* in its host's queue, or in ready */
    req *rnext, *rprev;           /* in the running list */
    host *h;
    char *url, *asked;            /* this hop's URL; the URL first queued */
    char *path;                   /* url's path and query, for robots.txt */
    char *etag, *lm;              /* validators to send (first hop only) */
    void *tag;
    int hops, robots;             /* robots: this is the host's robots.txt */
    CURL *easy;
    struct curl_slist *hdrs;
    rbuf body;
    int too_big;
    int sent;                     /* curl has sent the request (its PREREQFUNCTION ran) */
    size_t max;                   /* body bytes kept */
    char err[CURL_ERROR_SIZE];
};

struct host {
    char *key;                    /* scheme://name:port */
    req *head, *tail;
    unsigned active;              /* transfers running */
    unsigned sending;             /* of them not sent yet (connecting) */
    double starts[STARTS_MAX];    /* ring of the last times a request was sent */
    size_t nstarts, first;
    double last;                  /* the last start */
    int robots_state;             /* 0: unknown, 1: fetching, 2: known */
    robots *rb;
    double robots_until;          /* when the known robots.txt expires */
    char robots_why[240];         /* "": robots.txt read; else why it could not be */
};

struct fetcher {
    fetch_opts o;
    char ua[160];
    CURLM *multi;
    struct curl_slist *resolve;
    strmap index;                 /* host key -> 1 + position in hosts */
    host **hosts;
    size_t nhosts, hosts_cap;
    req *ready, *ready_tail;      /* answered without a transfer: given out by the next step */
    req *run;                     /* running transfers */
    unsigned running;
    size_t pending;               /* queued, running or ready */
    fetch_counts counts;
    CURL **pool;                  /* easy handles for reuse */
    size_t npool, pool_cap;
};

/* ------------------------------------------------------------- lifecycle */

void fetch_opts_defaults(fetch_opts *o)
{
    if (!o->connect_timeout_ms)
        o->connect_timeout_ms = 10000;
    if (!o->timeout_ms)
        o->timeout_ms = 30000;
    if (!o->max_bytes)
        o->max_bytes = 10u << 20;
    if (!o->max_redirects)
        o->max_redirects = 5;
    if (o->max_redirects < 0)
        o->max_redirects = 0;
    if (!(o->host_rate > 0))
        o->host_rate = 1;
    if (!o->host_conns)
        o->host_conns = 2;
    if (!o->conns)
        o->conns = 64;
}

rasd_status fetch_new(fetcher **out, const fetch_opts *o)
{
    fetcher *f;
    *out = NULL;
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
        return RASD_EUNSUPPORTED;
    if (!(f = calloc(1, sizeof *f)))
        return RASD_ENOMEM;
    f->o = o ? *o : (fetch_opts){0};
    fetch_opts_defaults(&f->o);
    snprintf(f->ua, sizeof f->ua, "%s",
             f->o.user_agent ? f->o.user_agent
                             : "rasd/" RASD_VERSION " (news monitor)");
    f->o.user_agent = f->ua;
    for (size_t i = 0; i < f->o.nresolve; i++) {
        struct curl_slist *l = curl_slist_append(f->resolve, f->o.resolve[i]);
        if (!l) {
            fetch_free(f);
            return RASD_ENOMEM;
        }
        f->resolve = l;
    }
    f->o.resolve = NULL;
    if (!(f->multi = curl_multi_init())) {
        fetch_free(f);
        return RASD_EUNSUPPORTED;
    }
    curl_multi_setopt(f->multi, CURLMOPT_MAXCONNECTS, (long)f->o.conns);
    *out = f;
    return RASD_OK;
}

static void req_free(req *r)
{
    if (!r)
        return;
    free(r->url), free(r->asked), free(r->path), free(r->etag), free(r->lm);
    curl_slist_free_all(r->hdrs);
    rbuf_free(&r->body);
    free(r);
}

static void host_free(host *h)
{
    for (req *r = h->head, *n; r; r = n) {
        n = r->next;
        req_free(r);
    }
    robots_free(h->rb);
    free(h->key);
    free(h);
}

void fetch_free(fetcher *f)
{
    if (!f)
        return;
    if (f->multi) {
        /* Transfers still running: detach and free them. */
        for (req *r = f->run, *n; r; r = n) {
            n = r->rnext;
            curl_multi_remove_handle(f->multi, r->easy);
            curl_easy_cleanup(r->easy);
            req_free(r);
        }
        curl_multi_cleanup(f->multi);
    }
    for (size_t i = 0; i < f->nhosts; i++)
        host_free(f->hosts[i]);
    for (req *r = f->ready, *n; r; r = n) {
        n = r->next;
        req_free(r);
    }
    for (size_t i = 0; i < f->npool; i++)
        curl_easy_cleanup(f->pool[i]);
    free(f->pool);
    free(f->hosts);
    strmap_free(&f->index);
    curl_slist_free_all(f->resolve);
    free(f);
}

void fetch_get_counts(const fetcher *f, fetch_counts *c)
{
    *c = f->counts;
}

/* ----------------------------------------------------------------- hosts */

/* The host key ("scheme://name:port") and the path with its query of url; 0 when url is not
 * an absolute http or https URL. */
static int split_url(const char *url, char *key, size_t keycap, char **path)
{
    CURLU *u = curl_url();
    char *scheme = NULL, *name = NULL, *port = NULL, *p = NULL, *q = NULL;
    int ok = 0;
    *path = NULL;
    if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
        (!strcmp(scheme, "http") || !strcmp(scheme, "https")) &&
        curl_url_get(u, CURLUPART_HOST, &name, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_PATH, &p, 0) == CURLUE_OK) {
        curl_url_get(u, CURLUPART_QUERY, &q, 0);
        for (char *c = name; *c; c++)
            *c = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
        ok = (size_t)snprintf(key, keycap, "%s://%s:%s", scheme, name, port) < keycap;
        size_t n = strlen(p) + (q ? strlen(q) + 1 : 0) + 1;
        if (ok && (*path = malloc(n)))
            snprintf(*path, n, "%s%s%s", p, q ? "?" : "", q ? q : "");
        ok = ok && *path;
    }
    curl_free(scheme), curl_free(name), curl_free(port), curl_free(p), curl_free(q);
    curl_url_cleanup(u);
    return ok;
}

static host *host_get(fetcher *f, const char *key)
{
    rasd_status rc = RASD_OK;
    uint64_t *v = strmap_upsert(&f->index, key, strlen(key), &rc);
    if (!v)
        return NULL;
    if (*v)
        return f->hosts[*v - 1];
    host *h = calloc(1, sizeof *h);
    f->hosts = grow_array(f->hosts, &f->hosts_cap, f->nhosts + 1, sizeof *f->hosts, &rc);
    if (!h || rc || !(h->key = strdup(key))) {
        free(h);
        *v = 0;     /* the key stays mapped to nothing: looked up again next time */
        return NULL;
    }
    f->hosts[f->nhosts++] = h;
    *v = f->nhosts;
    return h;
}

static void enqueue(host *h, req *r, int front)
{
    r->h = h;
    r->next = NULL;
    if (front) {
        r->next = h->head;
        h->head = r;
        if (!h->tail)
            h->tail = r;
        return;
    }
    if (h->tail)
        h->tail->next = r;
    else
        h->head = r;
    h->tail = r;
}

/* Answered without a transfer, at the next step (a bad URL, robots.txt says no). */
static void to_ready(fetcher *f, req *r)
{
    r->next = NULL;
    if (f->ready_tail)
        f->ready_tail->next = r;
    else
        f->ready = r;
    f->ready_tail = r;
}

/* Puts r (its url set) in the queue of its host; a URL that is not http(s) goes to ready
 * with err set. */
static rasd_status route(fetcher *f, req *r)
{
    char key[512], *path = NULL;
    host *h;
    if (!split_url(r->url, key, sizeof key, &path)) {
        snprintf(r->err, sizeof r->err, "not an http or https URL");
        to_ready(f, r);
        return RASD_OK;
    }
    free(r->path);
    r->path = path;
    if (!(h = host_get(f, key)))
        return RASD_ENOMEM;
    enqueue(h, r, 0);
    return RASD_OK;
}

rasd_status fetch_add(fetcher *f, const char *url, const char *etag, const char *last_modified,
                      void *tag)
{
    req *r = calloc(1, sizeof *r);
    if (!r || !(r->url = strdup(url)) || !(r->asked = strdup(url)) ||
        (etag && !(r->etag = strdup(etag))) || (last_modified && !(r->lm = strdup(last_modified)))) {
        req_free(r);
        return RASD_ENOMEM;
    }
    r->tag = tag;
    rasd_status rc = route(f, r);
    if (rc)
        req_free(r);
    else
        f->pending++;
    return rc;
}

/* --------------------------------------------------------------- starting */

static double host_spacing(const fetcher *f, const host *h)
{
    double gap = 1.0 / f->o.host_rate, d = h->rb ? robots_delay(h->rb) : 0;
    return d > gap ? d : gap;
}

/* When h may start its next request (<= now: at once). */
static double host_next(const fetcher *f, const host *h)
{
    double at = h->nstarts ? h->last + host_spacing(f, h) : 0;
    size_t k = f->o.host_rate >= 1 ? (size_t)f->o.host_rate : 1;
    if (k > STARTS_MAX)
        k = STARTS_MAX;
    if (h->nstarts >= k) {
        /* the k-th last start must lie a whole window back */
        double kth = h->starts[(h->first + h->nstarts - k) % STARTS_MAX];
        double w = kth + (double)k / f->o.host_rate + RATE_MARGIN;
        at = w > at ? w : at;
    }
    return at;
}

/* A request of h went out at t: its time joins the window. */
static void host_sent(host *h, double t)
{
    if (h->nstarts == STARTS_MAX) {
        h->first = (h->first + 1) % STARTS_MAX;
        h->nstarts--;
    }
    h->starts[(h->first + h->nstarts) % STARTS_MAX] = t;
    h->nstarts++;
    h->last = t;
}

/* curl's PREREQFUNCTION: called when the connection is there and the request about to go,
 * which is the moment the server's clock sees (a new connection takes a while to open).
 * The window counts these moments, and a host starts nothing new while one of its
 * requests is still connecting, so its requests go out in the order and at the pace the
 * limits set however long each connection takes. */
static int on_prereq(void *ud, char *ip, char *local, int port, int local_port)
{
    req *r = ud;
    (void)ip, (void)local, (void)port, (void)local_port;
    if (!r->sent) {
        r->sent = 1;
        r->h->sending--;
    }
    host_sent(r->h, mono_seconds());
    return CURL_PREREQFUNC_OK;
}

/* curl's write callback: keeps the body, refusing it past r->max bytes (a robots.txt keeps
 * its first max bytes and ignores the rest). */
static size_t on_body(char *p, size_t size, size_t n, void *ud)
{
    req *r = ud;
    rasd_status rc = RASD_OK;
    n *= size;
    if (r->body.n + n > r->max) {
        if (!r->robots) {
            r->too_big = 1;
            return 0;
        }
        rbuf_add(&r->body, p, r->max - r->body.n, &rc);
        return rc ? 0 : n;
    }
    rbuf_add(&r->body, p, n, &rc);
    return rc ? 0 : n;
}

static CURL *easy_get(fetcher *f)
{
    if (f->npool)
        return f->pool[--f->npool];
    return curl_easy_init();
}

static void easy_put(fetcher *f, CURL *e)
{
    rasd_status rc = RASD_OK;
    f->pool = grow_array(f->pool, &f->pool_cap, f->npool + 1, sizeof *f->pool, &rc);
    if (rc || f->npool >= 64) {
        curl_easy_cleanup(e);
        return;
    }
    curl_easy_reset(e);
    f->pool[f->npool++] = e;
}

static int add_header(req *r, const char *name, const char *v)
{
    char line[1024];
    if (!v || (size_t)snprintf(line, sizeof line, "%s: %s", name, v) >= sizeof line)
        return 0;
    struct curl_slist *l = curl_slist_append(r->hdrs, line);
    if (!l)
        return -1;
    r->hdrs = l;
    return 0;
}

static void set_options(fetcher *f, req *r)
{
    CURL *e = r->easy;
    curl_easy_setopt(e, CURLOPT_URL, r->url);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(e, CURLOPT_USERAGENT, f->ua);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, f->o.connect_timeout_ms);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, f->o.timeout_ms);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, r);
    curl_easy_setopt(e, CURLOPT_PRIVATE, r);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, r->err);
    curl_easy_setopt(e, CURLOPT_PREREQFUNCTION, on_prereq);
    curl_easy_setopt(e, CURLOPT_PREREQDATA, r);
    if (!r->robots)
        curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)f->o.max_bytes);
    if (r->robots) {           /* RFC 9309: follow at least five redirects */
        curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(e, CURLOPT_MAXREDIRS, 5L);
    }
    if (f->resolve)
        curl_easy_setopt(e, CURLOPT_RESOLVE, f->resolve);
    if (r->hdrs)
        curl_easy_setopt(e, CURLOPT_HTTPHEADER, r->hdrs);
}

/* Starts r's transfer; 0, or -1 when curl refused (r then goes to ready with the reason). */
static int start(fetcher *f, req *r, double t)
{
    r->err[0] = 0;
    r->body.n = 0;
    r->too_big = 0;
    r->max = r->robots ? ROBOTS_MAX : f->o.max_bytes;
    if (!r->hops && !r->robots &&
        (add_header(r, "If-None-Match", r->etag) || add_header(r, "If-Modified-Since", r->lm)))
        return -1;
    if (!(r->easy = easy_get(f)))
        return -1;
    set_options(f, r);
    if (curl_multi_add_handle(f->multi, r->easy) != CURLM_OK) {
        curl_easy_cleanup(r->easy);
        r->easy = NULL;
        return -1;
    }
    r->rnext = f->run;
    r->rprev = NULL;
    if (f->run)
        f->run->rprev = r;
    f->run = r;
    f->running++;
    f->counts.requests++;
    r->sent = 0;
    r->h->active++;
    r->h->sending++;
    (void)t;
    return 0;
}

static rasd_status start_robots(fetcher *f, host *h, double t)
{
    req *r = calloc(1, sizeof *r);
    size_t n = strlen(h->key) + sizeof "/robots.txt";
    if (!r || !(r->url = malloc(n))) {
        free(r);
        return RASD_ENOMEM;
    }
    snprintf(r->url, n, "%s/robots.txt", h->key);
    r->robots = 1;
    r->h = h;
    if (start(f, r, t)) {
        req_free(r);
        return RASD_ENOMEM;
    }
    h->robots_state = 1;
    return RASD_OK;
}

/* Starts what the limits allow on host h; *wake lowers to when it may start more. */
static rasd_status schedule_host(fetcher *f, host *h, double t, double *wake)
{
    if (h->robots_state == 2 && t >= h->robots_until) {
        robots_free(h->rb);
        h->rb = NULL;
        h->robots_state = 0;
    }
    while (h->head && f->running < f->o.conns && h->robots_state != 1) {
        if (h->robots_state == 2 && !robots_allowed(h->rb, h->head->path)) {
            req *r = h->head;
            if (!(h->head = r->next))
                h->tail = NULL;
            snprintf(r->err, sizeof r->err, "%.240s",
                     h->robots_why[0] ? h->robots_why : "disallowed by robots.txt");
            to_ready(f, r);
            continue;
        }
        double at = host_next(f, h);
        if (h->active >= f->o.host_conns || h->sending)
            break;
        if (at > t) {
            *wake = at < *wake ? at : *wake;
            break;
        }
        if (h->robots_state == 0)
            return start_robots(f, h, t);
        req *r = h->head;
        if (!(h->head = r->next))
            h->tail = NULL;
        if (start(f, r, t)) {
            snprintf(r->err, sizeof r->err, "the transfer could not start");
            r->h = NULL;
            to_ready(f, r);
        }
    }
    return RASD_OK;
}

static void schedule(fetcher *f, double t, double *wake)
{
    for (size_t i = 0; i < f->nhosts && f->running < f->o.conns; i++)
        if (f->hosts[i]->head)
            (void)schedule_host(f, f->hosts[i], t, wake);
}

/* -------------------------------------------------------------- finishing */

static void unlink_running(fetcher *f, req *r)
{
    if (r->rprev)
        r->rprev->rnext = r->rnext;
    else
        f->run = r->rnext;
    if (r->rnext)
        r->rnext->rprev = r->rprev;
    r->rnext = r->rprev = NULL;
    f->running--;
    r->h->active--;
    if (!r->sent) {               /* it never went out (no connection) */
        r->sent = 1;
        r->h->sending--;
        host_sent(r->h, mono_seconds()); /* a failed connection is an attempt: it waits its turn */
    }
}

static void robots_done(fetcher *f, req *r, CURLcode cc, long status, double t)
{
    host *h = r->h;
    robots_free(h->rb);
    h->rb = NULL;
    h->robots_why[0] = 0;
    h->robots_until = t + ROBOTS_TTL;
    f->counts.robots++;
    if (cc == CURLE_OK && status >= 200 && status < 300) {
        if (robots_parse(&h->rb, r->body.p ? r->body.p : "", r->body.n, "rasd"))
            h->rb = NULL;
    } else if (cc == CURLE_OK && status >= 400 && status < 500) {
        robots_fixed(&h->rb, 1);               /* RFC 9309 2.3.1.3: unavailable, allowed */
    } else {                                   /* 2.3.1.4: unreachable, disallowed */
        snprintf(h->robots_why, sizeof h->robots_why, "robots.txt unreachable (%.200s)",
                 cc != CURLE_OK ? (r->err[0] ? r->err : curl_easy_strerror(cc))
                 : status >= 500 ? "a server error" : "a redirect loop");
        robots_fixed(&h->rb, 0);
        h->robots_until = t + ROBOTS_RETRY;
    }
    if (!h->rb) {                              /* out of memory: ask again */
        h->robots_state = 0;
        return;
    }
    h->robots_state = 2;
}

static const char *header(CURL *e, const char *name)
{
    struct curl_header *hd;
    if (curl_easy_header(e, name, 0, CURLH_HEADER, -1, &hd) != CURLHE_OK)
        return NULL;
    return hd->value;
}

/* The words of a failed transfer. */
static void failure(fetcher *f, req *r, CURLcode cc, char *out, size_t cap, int *transient)
{
    *transient = 1;
    if (r->too_big || cc == CURLE_FILESIZE_EXCEEDED) {
        snprintf(out, cap, "refused: the body is over %zu bytes", f->o.max_bytes);
        *transient = 0;
    } else if (cc == CURLE_OPERATION_TIMEDOUT) {
        snprintf(out, cap, "timed out (%s)", r->err[0] ? r->err : "no answer in time");
    } else {
        snprintf(out, cap, "%s%s%s", curl_easy_strerror(cc), r->err[0] ? ": " : "", r->err);
        *transient = cc != CURLE_UNSUPPORTED_PROTOCOL && cc != CURLE_URL_MALFORMAT;
    }
}

/* Hands r's answer to done and frees r. */
static void answer(fetcher *f, req *r, long status, CURLcode cc, fetch_done_fn done, void *ctx)
{
    char why[CURL_ERROR_SIZE + 200];
    fetch_result res = {r->asked, r->url, status, NULL, r->body.p ? r->body.p : "", r->body.n,
                        NULL, NULL, NULL, r->hops, 0, 0};
    rasd_status rc = RASD_OK;
    rbuf_addc(&r->body, 0, &rc);
    r->body.n = res.len;
    res.body = rc ? "" : r->body.p;
    if (!r->easy) {                           /* answered without a transfer */
        res.error = r->err;
        res.robots_denied = r->h != NULL;
        res.transient = r->h && r->h->robots_why[0];
    } else if (cc != CURLE_OK) {
        failure(f, r, cc, why, sizeof why, &res.transient);
        res.error = why;
    } else {
        res.etag = header(r->easy, "ETag");
        res.last_modified = header(r->easy, "Last-Modified");
        curl_easy_getinfo(r->easy, CURLINFO_CONTENT_TYPE, (char **)&res.content_type);
        res.transient = status >= 500 || status == 429 || status == 408;
        f->counts.bytes += r->body.n;
    }
    done(r->tag, &res, ctx);
    if (r->easy)
        easy_put(f, r->easy);
    r->easy = NULL;
    req_free(r);
    f->pending--;
}

/* A redirect to follow: r goes back to the queues with its new URL; 0 when it did. */
static int redirect(fetcher *f, req *r, long status)
{
    char *to = NULL;
    if (status < 300 || status > 399 || status == 304 ||
        curl_easy_getinfo(r->easy, CURLINFO_REDIRECT_URL, &to) != CURLE_OK || !to)
        return -1;
    if (r->hops >= f->o.max_redirects) {
        snprintf(r->err, sizeof r->err, "too many redirects (%d)", r->hops);
        return -1;
    }
    char *u = strdup(to);
    if (!u)
        return -1;
    easy_put(f, r->easy);
    r->easy = NULL;
    free(r->url);
    r->url = u;
    r->hops++;
    curl_slist_free_all(r->hdrs);
    r->hdrs = NULL;
    r->body.n = 0;
    r->h = NULL;
    if (route(f, r)) {
        f->pending--;
        req_free(r);
    }
    return 0;
}

static void finish(fetcher *f, CURL *e, CURLcode cc, double t, fetch_done_fn done, void *ctx)
{
    req *r = NULL;
    long status = 0;
    curl_easy_getinfo(e, CURLINFO_PRIVATE, (char **)&r);
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
    curl_multi_remove_handle(f->multi, e);
    unlink_running(f, r);
    if (r->robots) {
        robots_done(f, r, cc, status, t);
        easy_put(f, e);
        r->easy = NULL;
        req_free(r);
        return;
    }
    if (cc == CURLE_OK && redirect(f, r, status) == 0)
        return;
    if (r->err[0] && cc == CURLE_OK) {             /* too many redirects */
        easy_put(f, r->easy);
        r->easy = NULL;
        r->h = NULL;
        answer(f, r, status, cc, done, ctx);
        return;
    }
    answer(f, r, status, cc, done, ctx);
}

size_t fetch_step(fetcher *f, int wait_ms, fetch_done_fn done, void *ctx)
{
    double t = mono_seconds(), wake = t + wait_ms / 1000.0;
    int still, left;
    CURLMsg *m;
    schedule(f, t, &wake);
    while (f->ready) {
        req *r = f->ready;
        if (!(f->ready = r->next))
            f->ready_tail = NULL;
        answer(f, r, 0, CURLE_OK, done, ctx);
    }
    curl_multi_perform(f->multi, &still);
    while ((m = curl_multi_info_read(f->multi, &left)))
        if (m->msg == CURLMSG_DONE)
            finish(f, m->easy_handle, m->data.result, mono_seconds(), done, ctx);
    t = mono_seconds();
    int ms = wake > t ? (int)((wake - t) * 1000) + 1 : 0;
    if (ms > wait_ms)
        ms = wait_ms;
    if (f->pending && ms > 0)
        curl_multi_poll(f->multi, NULL, 0, ms, NULL);
    return f->pending;
}

void fetch_wakeup(fetcher *f)
{
    curl_multi_wakeup(f->multi);
}

void fetch_cancel_all(fetcher *f, void (*drop)(void *tag, void *ctx), void *ctx)
{
    for (req *r = f->run, *n; r; r = n) {
        n = r->rnext;
        curl_multi_remove_handle(f->multi, r->easy);
        curl_easy_cleanup(r->easy);
        r->h->active--;
        if (!r->sent)
            r->h->sending--;
        if (drop && !r->robots)
            drop(r->tag, ctx);
        req_free(r);
    }
    f->run = NULL;
    f->running = 0;
    for (size_t i = 0; i < f->nhosts; i++) {
        host *h = f->hosts[i];
        for (req *r = h->head, *n; r; r = n) {
            n = r->next;
            if (drop)
                drop(r->tag, ctx);
            req_free(r);
        }
        h->head = h->tail = NULL;
        if (h->robots_state == 1)
            h->robots_state = 0;
    }
    for (req *r = f->ready, *n; r; r = n) {
        n = r->next;
        if (drop)
            drop(r->tag, ctx);
        req_free(r);
    }
    f->ready = f->ready_tail = NULL;
    f->pending = 0;
}
