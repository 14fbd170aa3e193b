/* watch.c — rasd_watch: the loop that polls feeds, fetches their new items and writes them.
 *
 * The calling thread owns the store and the fetcher. Each turn it starts the polls of the
 * feeds that are due, tops up the fetcher with items the store holds as new (state
 * RASD_ITEM_NEW, oldest first, not already on their way), lets the fetcher run for up to a
 * tenth of a second, hands the pages that came to the pool, and writes what the pool
 * finished: the article and its item's state in the same open batch, so that both commit
 * or neither does. A batch commits every `batch` articles or after a second.
 *
 * The store is the only state that lasts: a feed's poll (validators, failures, next poll)
 * commits with the items it found, and an item stays RASD_ITEM_NEW until its article (or
 * its failure) commits, so a watcher killed at any moment starts again where the store
 * stands and fetches again only the pages of the batch it lost. */
#include "watch/watch.h"
#include "fetch/fetch.h"
#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define RETRY_TRIES 3             /* a page that failed is tried at most this often */

typedef struct feed_ref {
    int64_t id, failures, next_poll;
    char *url, *source, *etag, *lm;
} feed_ref;

typedef struct watcher {
    rasd_store *s;
    const rasd_engine *e;
    rasd_watch_opts o;
    rasd_watch_stats st;
    fetcher *f;
    rasd_feed_parser *fp;
    pool *p;
    pending *q;                   /* items to fetch, per host */
    strmap busy;                  /* URL (or "F" and a feed id) -> 1 while on its way */
    size_t busy_live, busy_dead;
    strmap hosts;                 /* host -> pages on their way to it */
    feed_ref *feeds;              /* every feed, as last listed */
    size_t nfeeds, feeds_cap;
    size_t inflight;              /* pages in the fetcher, the pool or to write */
    size_t polling;               /* feeds being polled */
    size_t uncommitted;           /* articles put since the last commit */
    int dirty;                    /* anything written since the last commit */
    double t0, last_commit, last_progress;
    int64_t alert_seq;            /* the alert log handed to on_alert up to here */
    int stopping;
    int cancelled;                /* progress asked to stop */
    rasd_status fatal;
    char err[512];
} watcher;

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

static void fail(watcher *w, rasd_status rc)
{
    if (!w->fatal)
        w->fatal = rc;
    w->stopping = 1;
}

/* ------------------------------------------------------------ the busy set */

static int is_busy(const watcher *w, const char *key)
{
    return strmap_get(&w->busy, key, strlen(key)) != 0;
}

static void set_busy(watcher *w, const char *key)
{
    rasd_status rc = RASD_OK;
    uint64_t *v = strmap_upsert(&w->busy, key, strlen(key), &rc);
    if (v && !*v) {
        *v = 1;
        w->busy_live++;
    }
}

/* Keeps the set small: once most of its keys are done, it is rebuilt with the live ones. */
static void compact_busy(watcher *w)
{
    strmap m = {0};
    rasd_status rc = RASD_OK;
    for (size_t i = 0; i < w->busy.n && !rc; i++) {
        size_t n;
        const char *k = strmap_key(&w->busy, i, &n);
        if (w->busy.ents[i].value) {
            uint64_t *v = strmap_upsert(&m, k, n, &rc);
            if (v)
                *v = 1;
        }
    }
    if (rc) {
        strmap_free(&m);
        return;
    }
    strmap_free(&w->busy);
    w->busy = m;
    w->busy_dead = 0;
}

static void clear_busy(watcher *w, const char *key)
{
    uint64_t *v = strmap_find(&w->busy, key, strlen(key));
    if (v && *v) {
        *v = 0;
        w->busy_live--;
        if (++w->busy_dead > 4096 && w->busy_dead > 4 * w->busy_live)
            compact_busy(w);
    }
}

static void feed_key(int64_t id, char out[32])
{
    snprintf(out, 32, "F%lld", (long long)id);
}

static uint64_t *host_count(watcher *w, const char *url)
{
    rasd_status rc = RASD_OK;
    size_t n;
    const char *h = url_host(url, &n);
    return strmap_upsert(&w->hosts, h, n, &rc);
}

/* ----------------------------------------------------------------- feeds */

static void feeds_clear(watcher *w)
{
    for (size_t i = 0; i < w->nfeeds; i++) {
        feed_ref *f = &w->feeds[i];
        free(f->url), free(f->source), free(f->etag), free(f->lm);
    }
    w->nfeeds = 0;
}

static int keep_feed(const rasd_stored_feed *sf, void *ctx)
{
    watcher *w = ctx;
    rasd_status rc = RASD_OK;
    w->feeds = grow_array(w->feeds, &w->feeds_cap, w->nfeeds + 1, sizeof *w->feeds, &rc);
    if (rc)
        return 1;
    feed_ref *f = &w->feeds[w->nfeeds++];
    *f = (feed_ref){sf->id, sf->failures, sf->next_poll, dup_or_null(sf->url),
                    dup_or_null(sf->source), dup_or_null(sf->etag),
                    dup_or_null(sf->last_modified)};
    return 0;
}

static const feed_ref *feed_find(const watcher *w, int64_t id)
{
    for (size_t i = 0; i < w->nfeeds; i++)
        if (w->feeds[i].id == id)
            return &w->feeds[i];
    return NULL;
}

static page_job *new_job(const char *url, int64_t feed)
{
    page_job *j = calloc(1, sizeof *j);
    if (j && !(j->url = strdup(url))) {
        free(j);
        return NULL;
    }
    if (j)
        j->feed = feed;
    return j;
}

/* Starts the polls of the feeds due now and not being polled; lists every feed again
 * first (their sources name the articles). */
static void poll_due(watcher *w)
{
    rasd_status rc;
    int64_t now = (int64_t)time(NULL);
    feeds_clear(w);
    if ((rc = rasd_store_feeds(w->s, 0, keep_feed, w)) != RASD_OK) {
        fail(w, rc);
        return;
    }
    for (size_t i = 0; i < w->nfeeds && !w->stopping; i++) {
        feed_ref *f = &w->feeds[i];
        char key[32];
        page_job *j;
        feed_key(f->id, key);
        if (f->next_poll > now || is_busy(w, key))
            continue;
        if (!(j = new_job(f->url, f->id)) || fetch_add(w->f, f->url, f->etag, f->lm, j)) {
            page_job_free(j);
            fail(w, RASD_ENOMEM);
            return;
        }
        j->poll = 1;
        set_busy(w, key);
        w->polling++;
    }
}

static void report_feed(watcher *w, const page_job *j, const rasd_feed_poll *poll,
                        size_t items, size_t added, int64_t next)
{
    const feed_ref *f = feed_find(w, j->feed);
    rasd_watch_report r = {0, j->url, NULL, poll->status, poll->error, poll->status == 304,
                           items, added, poll->time, next,
                           poll->error ? (f ? f->failures : 0) + 1 : 0};
    if (w->o.report)
        w->o.report(&r, w->o.ctx);
}

/* Adds the items of a parsed feed (a sitemap index: its sitemaps as feeds); *added new. */
static void add_items(watcher *w, const page_job *j, const rasd_feed_info *info, size_t *n,
                      size_t *added)
{
    const rasd_feed_item *it = rasd_feed_items(w->fp, n);
    const feed_ref *f = feed_find(w, j->feed);
    rasd_status rc = RASD_OK;
    *added = 0;
    for (size_t i = 0; i < *n && !rc; i++) {
        int a = 0;
        if (info->format == RASD_FEED_SITEMAP_INDEX)
            rc = rasd_store_feed_add(w->s, it[i].url, f ? f->source : NULL, NULL, &a);
        else if ((rc = rasd_store_item_add(w->s, j->feed, &it[i], 0, &a)) == RASD_OK && a > 0)
            rc = pending_push(w->q, it[i].url, j->feed);
        *added += a > 0;
    }
    if (rc)
        fail(w, rc);
}

/* A feed's answer: its items join the store's queue, with the poll's outcome. */
static void feed_done(watcher *w, page_job *j, const fetch_result *r)
{
    rasd_feed_poll poll = {0};
    rasd_feed_info info = {0};
    char why[600];
    size_t n = 0, added = 0;
    int64_t next = 0;
    poll.status = (int)r->status;
    poll.time = (int64_t)time(NULL);
    poll.interval = w->o.interval;
    poll.max_backoff = w->o.max_backoff;
    if (r->error) {
        poll.error = r->error;
    } else if (r->status == 304) {
        w->st.not_modified++;
    } else if (r->status < 200 || r->status > 299) {
        snprintf(why, sizeof why, "HTTP %ld", r->status);
        poll.error = why;
    } else {
        rasd_status rc = rasd_feed_parse(w->fp, r->body, r->len, r->final_url, &info);
        add_items(w, j, &info, &n, &added);
        if (rc) {
            snprintf(why, sizeof why, "%.590s", *rasd_feed_error(w->fp) ? rasd_feed_error(w->fp)
                                                                       : rasd_strerror(rc));
            poll.error = why;
        } else {
            poll.etag = r->etag;
            poll.last_modified = r->last_modified;
        }
    }
    rasd_status rc = rasd_store_feed_polled(w->s, j->feed, &poll, &next);
    if (rc && rc != RASD_END)
        fail(w, rc);
    w->dirty = 1;
    w->st.polls++;
    w->st.feed_failures += poll.error != NULL;
    w->st.items += added;
    report_feed(w, j, &poll, n, added, next);
}

/* ----------------------------------------------------------------- pages */

static void report_page(watcher *w, const page_job *j, int status, const char *why)
{
    const feed_ref *f = feed_find(w, j->feed);
    rasd_watch_report r = {1, j->url, f ? f->url : NULL, status, why, 0, 0, 0, 0, 0, 0};
    if (w->o.report)
        w->o.report(&r, w->o.ctx);
}

/* The page's item is done with: out of the busy set and the count of its host. */
static void page_gone(watcher *w, page_job *j)
{
    uint64_t *c = host_count(w, j->url);
    if (c && *c)
        (*c)--;
    clear_busy(w, j->url);
    w->inflight--;
    page_job_free(j);
}

static void item_result(watcher *w, page_job *j, rasd_item_state state, const char *article,
                        const char *error)
{
    rasd_item_result res = {state, 0, article, j->hash[0] ? j->hash : NULL, error};
    rasd_status rc = rasd_store_item_done(w->s, j->url, &res);
    if (rc)
        fail(w, rc);
    w->dirty = 1;
}

/* A page that could not be fetched: failed (tried again later) or skipped for good. */
static void page_failed(watcher *w, page_job *j, int status, const char *why, int transient)
{
    item_result(w, j, transient ? RASD_ITEM_FAILED : RASD_ITEM_SKIPPED, NULL, why);
    if (transient)
        w->st.page_failures++;
    else
        w->st.skipped++;
    report_page(w, j, status, why);
    page_gone(w, j);
}

static void page_done(watcher *w, page_job *j, const fetch_result *r)
{
    char why[600];
    if (r->error) {
        snprintf(why, sizeof why, "%.590s", r->error);
        page_failed(w, j, (int)r->status, why, r->transient);
        return;
    }
    if (r->status != 200) {
        snprintf(why, sizeof why, "HTTP %ld", r->status);
        page_failed(w, j, (int)r->status, why,
                    r->status >= 500 || r->status == 429 || r->status == 408);
        return;
    }
    if (!(j->final_url = strdup(r->final_url)) ||
        (r->content_type && !(j->content_type = strdup(r->content_type))) ||
        !(j->body = malloc(r->len + 1))) {
        fail(w, RASD_ENOMEM);
        page_gone(w, j);
        return;
    }
    memcpy(j->body, r->body, r->len + 1);
    j->len = r->len;
    w->st.pages++;
    pool_put(w->p, j);
}

static void on_fetched(void *tag, const fetch_result *r, void *ctx)
{
    watcher *w = ctx;
    page_job *j = tag;
    if (j->poll) {
        char key[32];
        feed_done(w, j, r);
        feed_key(j->feed, key);
        clear_busy(w, key);
        w->polling--;
        page_job_free(j);
        return;
    }
    page_done(w, j, r);
}

/* Puts a prepared page to the store with its item's state (one open batch). */
static void write_page(watcher *w, page_job *j)
{
    char *same = NULL;
    rasd_put what;
    rasd_status rc;
    if (j->skip) {
        item_result(w, j, RASD_ITEM_SKIPPED, NULL, j->why);
        w->st.skipped++;
        report_page(w, j, 200, j->why);
        return;
    }
    if (rasd_store_content_seen(w->s, j->hash, &same) == RASD_OK && strcmp(same, j->id)) {
        item_result(w, j, RASD_ITEM_DUPLICATE, same, NULL);
        w->st.duplicates++;
        rasd_free(same);
        return;
    }
    rasd_free(same);
    if ((rc = rasd_store_put_article(w->s, j->a, &what)) != RASD_OK) {
        if (rc == RASD_EIO || rc == RASD_ENOMEM || rc == RASD_EDATA) {
            snprintf(w->err, sizeof w->err, "%s", rasd_store_error(w->s));
            fail(w, rc);
            return;
        }
        item_result(w, j, RASD_ITEM_SKIPPED, NULL, rasd_store_error(w->s));
        w->st.skipped++;
        report_page(w, j, 200, rasd_store_error(w->s));
        return;
    }
    item_result(w, j, RASD_ITEM_FETCHED, j->id, NULL);
    w->st.added += what == RASD_PUT_ADDED;
    w->st.updated += what == RASD_PUT_UPDATED;
    w->st.unchanged += what == RASD_PUT_UNCHANGED;
    w->st.other_lang += !j->arabic;
    w->uncommitted++;
}

static void write_done(watcher *w)
{
    page_job *j = pool_take(w->p), *n;
    for (; j; j = n) {
        n = j->next;
        if (!w->fatal)
            write_page(w, j);
        page_gone(w, j);
    }
}

/* --------------------------------------------------------------- the queue */

static size_t host_cap(const watcher *w)
{
    size_t c = (size_t)(w->o.host_rate * 4) + 2 * (size_t)w->o.host_conns;
    return c < 8 ? 8 : c;
}

static size_t queue_cap(const watcher *w)
{
    return 4 * (size_t)w->o.conns + 8 * (size_t)w->o.jobs + 64;
}

/* Whether a page that failed (tries so far, last at `fetched`) may be tried again now. */
static int retry_due(const watcher *w, int64_t tries, int64_t fetched, int64_t now)
{
    int64_t wait = w->o.retry_after;
    for (int64_t k = 1; k < tries && wait < 86400; k++)
        wait *= 4;
    return tries < RETRY_TRIES && fetched + wait <= now;
}

static int queue_new(const rasd_stored_item *it, void *ctx)
{
    watcher *w = ctx;
    if (!is_busy(w, it->url) && pending_push(w->q, it->url, it->feed)) {
        fail(w, RASD_ENOMEM);
        return 1;
    }
    return 0;
}

static int queue_failed(const rasd_stored_item *it, void *ctx)
{
    watcher *w = ctx;
    return retry_due(w, it->tries, it->fetched, (int64_t)time(NULL)) ? queue_new(it, ctx) : 0;
}

/* Queues the items of the store in state RASD_ITEM_NEW (at the start: what a killed
 * watcher left), or, with failed, those that failed and are due again. */
static void queue_from_store(watcher *w, int failed)
{
    rasd_status rc = rasd_store_items(w->s, failed ? RASD_ITEM_FAILED : RASD_ITEM_NEW, 0,
                                      failed ? queue_failed : queue_new, w);
    if (rc)
        fail(w, rc);
}

/* The item's record as the store has it now, copied into the job; ok 1 to fetch it. */
typedef struct lookup {
    watcher *w;
    page_job *j;
    int ok, oom;
} lookup;

static int look(const rasd_stored_item *it, void *ctx)
{
    lookup *l = ctx;
    int64_t now = (int64_t)time(NULL);
    l->ok = it->state == RASD_ITEM_NEW ||
            (it->state == RASD_ITEM_FAILED && retry_due(l->w, it->tries, it->fetched, now));
    if (l->ok && ((it->title && !(l->j->title = strdup(it->title))) ||
                  (it->published && !(l->j->published = strdup(it->published))) ||
                  (it->author && !(l->j->author = strdup(it->author)))))
        l->oom = 1;
    return 0;
}

/* Starts fetching url unless it is on its way or no longer to fetch. */
static void take(watcher *w, const char *url, int64_t feed)
{
    lookup l = {w, NULL, 0, 0};
    const feed_ref *f = feed_find(w, feed);
    rasd_status rc;
    if (is_busy(w, url))
        return;
    if (!(l.j = new_job(url, feed))) {
        fail(w, RASD_ENOMEM);
        return;
    }
    rc = rasd_store_item(w->s, url, look, &l);
    if (rc == RASD_OK && l.ok && !l.oom && !(f && f->source && !(l.j->source = strdup(f->source))) &&
        fetch_add(w->f, url, NULL, NULL, l.j) == RASD_OK) {
        uint64_t *c = host_count(w, url);
        if (c)
            (*c)++;
        set_busy(w, url);
        w->inflight++;
        return;
    }
    page_job_free(l.j);
    if (l.oom || (rc != RASD_OK && rc != RASD_END))
        fail(w, l.oom ? RASD_ENOMEM : rc);
}

static int host_ok(const char *host, void *ctx)
{
    watcher *w = ctx;
    return strmap_get(&w->hosts, host, strlen(host)) < host_cap(w);
}

/* Tops the fetcher up from the queue, host after host. */
static void fill_queue(watcher *w)
{
    char *url;
    int64_t feed;
    while (!w->stopping && w->inflight < queue_cap(w) &&
           pending_pop(w->q, host_ok, w, &url, &feed)) {
        take(w, url, feed);
        free(url);
    }
}

/* ------------------------------------------------------------- the loop */

static int deliver(const rasd_alert_match *m, void *ctx)
{
    watcher *w = ctx;
    w->alert_seq = m->seq;
    w->o.on_alert(m, w->o.ctx);
    return 0;
}

/* Hands the alert matches committed since the last call to on_alert (a failure to read the
 * log is reported, and the matches stay in the log). */
static void deliver_alerts(watcher *w)
{
    char why[600];
    if (!w->o.on_alert || rasd_store_alert_log(w->s, w->alert_seq, NULL, 0, deliver, w) == RASD_OK)
        return;
    snprintf(why, sizeof why, "reading the alert log: %.570s", rasd_store_error(w->s));
    rasd_watch_report r = {0, "alerts", NULL, 0, why, 0, 0, 0, 0, 0, 0};
    if (w->o.report)
        w->o.report(&r, w->o.ctx);
}

static void commit(watcher *w, double t)
{
    if (w->dirty || w->uncommitted) {
        rasd_status rc = rasd_store_commit(w->s);
        if (rc) {
            snprintf(w->err, sizeof w->err, "%s", rasd_store_error(w->s));
            fail(w, rc);
            return;
        }
        w->st.committed++;
        deliver_alerts(w);
    }
    w->dirty = 0;
    w->uncommitted = 0;
    w->last_commit = t;
}

static void counts(watcher *w, double t)
{
    fetch_counts c;
    fetch_get_counts(w->f, &c);
    w->st.requests = c.requests;
    w->st.bytes = c.bytes;
    w->st.queued = w->inflight;
    w->st.seconds = t - w->t0;
}

static void progress(watcher *w, double t, int force)
{
    if (!force && t - w->last_progress < 0.1)
        return;
    w->last_progress = t;
    counts(w, t);
    if (w->o.progress && w->o.progress(&w->st, w->o.ctx))
        w->stopping = w->cancelled = 1;
}

static void wake(void *ctx)
{
    fetch_wakeup(ctx);
}

static void drop_job(void *tag, void *ctx)
{
    watcher *w = ctx;
    page_job *j = tag;
    if (j->poll) {
        char key[32];
        feed_key(j->feed, key);
        clear_busy(w, key);
        w->polling--;
        page_job_free(j);
        return;
    }
    page_gone(w, j);
}

static void defaults(rasd_watch_opts *o)
{
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    if (!o->interval)
        o->interval = 900;
    if (!o->max_backoff)
        o->max_backoff = 86400;
    if (!o->jobs)
        o->jobs = cpus > 0 ? (unsigned)cpus : 1;
    if (o->jobs > 16)
        o->jobs = 16;
    if (!o->batch)
        o->batch = 200;
    if (!o->retry_after)
        o->retry_after = 300;
}

static rasd_status start(watcher *w, rasd_store *s, const rasd_watch_opts *opts)
{
    rasd_status rc;
    w->s = s;
    w->e = rasd_store_engine(s);
    w->o = opts ? *opts : (rasd_watch_opts){0};
    defaults(&w->o);
    fetch_opts fo = {w->o.connect_timeout_ms, w->o.timeout_ms, w->o.max_bytes,
                     w->o.max_redirects, w->o.host_rate, w->o.host_conns, w->o.conns,
                     w->o.user_agent, w->o.resolve, w->o.nresolve};
    fetch_opts_defaults(&fo);     /* the fetcher's defaults are the watcher's too */
    w->o.host_rate = fo.host_rate;
    w->o.host_conns = fo.host_conns;
    w->o.conns = fo.conns;
    w->t0 = w->last_commit = mono_seconds();
    if ((rc = pending_new(&w->q)) || (rc = rasd_feed_parser_new(&w->fp, w->e)) ||
        (rc = fetch_new(&w->f, &fo)) ||
        (rc = pool_new(&w->p, w->e, w->o.jobs, w->o.prepare_flags, wake, w->f)))
        return rc;
    /* The watcher commits itself: after a batch of articles with their items' states, or
     * a second. The store must never commit an article without its item. */
    rasd_store_set_batch(s, (size_t)1 << 40);
    if (w->o.on_alert && rasd_store_alert_cursor(s, &w->alert_seq) != RASD_OK)
        w->o.on_alert = NULL;     /* no log to read: nothing will be delivered */
    return RASD_OK;
}

static void finish(watcher *w)
{
    pool_free(w->p);              /* after its jobs: none is left when the loop ends */
    fetch_free(w->f);
    rasd_feed_parser_free(w->fp);
    feeds_clear(w);
    free(w->feeds);
    strmap_free(&w->busy);
    strmap_free(&w->hosts);
    pending_free(w->q);
}

/* Stopping: nothing new starts, the pages fetched are written, the batch commits. */
static void drain(watcher *w)
{
    fetch_cancel_all(w->f, drop_job, w);
    while (pool_busy(w->p)) {
        write_done(w);
        if (pool_busy(w->p))
            usleep(2000);
    }
    write_done(w);
}

/* One turn of the loop; 1 when a --once watcher has nothing left to do. */
static int turn(watcher *w, double *next_feeds, double *next_retry)
{
    double t = mono_seconds();
    if (!w->o.once && t >= *next_feeds) {
        poll_due(w);
        *next_feeds = t + 1;
    }
    if (!w->o.once && t >= *next_retry) {
        queue_from_store(w, 1);
        *next_retry = t + 60;
    }
    fill_queue(w);
    fetch_step(w->f, 100, on_fetched, w);
    write_done(w);
    t = mono_seconds();
    if (w->uncommitted >= w->o.batch || t - w->last_commit >= 1.0)
        commit(w, t);
    progress(w, t, 0);
    return w->o.once && !w->polling && !w->inflight && !pending_count(w->q);
}

rasd_status rasd_watch(rasd_store *s, const rasd_watch_opts *opts, rasd_watch_stats *stats)
{
    watcher w;
    double next_feeds = mono_seconds() + 1, next_retry = mono_seconds() + 60;
    rasd_status rc;
    memset(&w, 0, sizeof w);
    if (!s)
        return RASD_EINVAL;
    if ((rc = start(&w, s, opts)) != RASD_OK) {
        finish(&w);
        return rc;
    }
    poll_due(&w);                 /* the feeds' sources, and the polls due now */
    queue_from_store(&w, 0);      /* what a stopped watcher left */
    queue_from_store(&w, 1);
    while (!w.stopping && !turn(&w, &next_feeds, &next_retry))
        ;
    drain(&w);
    if (!w.fatal)
        commit(&w, mono_seconds());
    counts(&w, mono_seconds());
    if (w.o.progress)
        w.o.progress(&w.st, w.o.ctx);
    rc = w.fatal ? w.fatal : w.cancelled ? RASD_ECANCELED : RASD_OK;
    if (stats)
        *stats = w.st;
    finish(&w);
    return rc;
}
