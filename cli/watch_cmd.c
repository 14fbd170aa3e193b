/* watch_cmd.c — `rasd watch`: polls the store's feeds and stores their articles
 * (rasd_watch, docs/WATCH.md). On a terminal a progress line; otherwise a log line per feed
 * polled. Failed pages are reported either way, one line each, with their feed. Each alert
 * match of a stored article is printed on stdout as one JSON line (as `rasd alerts --json`)
 * and handed to --exec CMD when given. SIGTERM and
 * SIGINT stop it after the current batch. */
#include "cli.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char usage_watch[] =
    "usage: rasd watch [--db DB] [--once] [--interval S] [--jobs N] [options]\n"
    "Polls the feeds of the store (rasd feed add) and stores the articles of their new items.\n"
    "  --once              poll the feeds due now, fetch their new items, then exit\n"
    "  --interval S        seconds between two polls of a feed (default 900)\n"
    "  --max-backoff S     the longest wait after failed polls (default 86400)\n"
    "  --jobs N            extracting and analysing threads (default: one per processor)\n"
    "  --batch N           articles per transaction (default 200; also after 1 s)\n"
    "  --no-entities       no entities, dates or events (a faster store)\n"
    "  --rate R            requests per second to one host, at most (default 1)\n"
    "  --host-conns N      transfers at once to one host (default 2)\n"
    "  --conns N           transfers at once in all (default 64)\n"
    "  --timeout S         seconds for a whole transfer (default 30)\n"
    "  --connect-timeout S seconds to connect (default 10)\n"
    "  --max-bytes N       refuse larger bodies (default 10485760)\n"
    "  --max-redirects N   redirects followed (default 5; 0: none)\n"
    "  --retry-after S     wait before a page that failed is tried again (default 300,\n"
    "                      times 4 for each earlier try, 3 tries at most)\n"
    "  --user-agent UA     the User-Agent (default rasd/VERSION ...)\n"
    "  --exec CMD          for each alert match (rasd alert), once its batch is committed,\n"
    "                      run CMD (sh -c) with the match as one JSON line on stdin\n"
    "  --resolve LIST      HOST:PORT:ADDRESS[,...]: those names go to that address without\n"
    "                      DNS (also $RASD_WATCH_RESOLVE)\n";

typedef struct watch_opts {
    cli_common c;
    int once, no_entities;
    size_t interval, max_backoff, jobs, batch, host_conns, conns, max_bytes, retry_after;
    long max_redirects;
    double rate, timeout, connect_timeout;
    const char *user_agent, *resolve, *exec;
} watch_opts;

static int parse_seconds(const char *name, const char *val, void *field)
{
    char *end;
    double d = strtod(val, &end);
    if (end == val || *end || !(d > 0) || d > 1e6) {
        fprintf(stderr, "rasd: %s wants a positive number, not '%s'\n", name, val);
        return -1;
    }
    *(double *)field = d;
    return 0;
}

static const cli_opt watch_own[] = {
    OPT_SWITCH("--once", watch_opts, once),
    OPT_SWITCH("--no-entities", watch_opts, no_entities),
    {"--interval", OPT_SIZE, offsetof(watch_opts, interval), 1, 10000000, NULL},
    {"--max-backoff", OPT_SIZE, offsetof(watch_opts, max_backoff), 1, 100000000, NULL},
    {"--jobs", OPT_SIZE, offsetof(watch_opts, jobs), 1, 16, NULL},
    {"--batch", OPT_SIZE, offsetof(watch_opts, batch), 1, 100000, NULL},
    {"--host-conns", OPT_SIZE, offsetof(watch_opts, host_conns), 1, 1000, NULL},
    {"--conns", OPT_SIZE, offsetof(watch_opts, conns), 1, 10000, NULL},
    {"--max-bytes", OPT_SIZE, offsetof(watch_opts, max_bytes), 1024, 1L << 40, NULL},
    {"--retry-after", OPT_SIZE, offsetof(watch_opts, retry_after), 1, 10000000, NULL},
    {"--max-redirects", OPT_LONG, offsetof(watch_opts, max_redirects), 0, 100, NULL},
    {"--rate", OPT_PARSE, offsetof(watch_opts, rate), 0, 0, parse_seconds},
    {"--timeout", OPT_PARSE, offsetof(watch_opts, timeout), 0, 0, parse_seconds},
    {"--connect-timeout", OPT_PARSE, offsetof(watch_opts, connect_timeout), 0, 0, parse_seconds},
    OPT_STR("--user-agent", watch_opts, user_agent),
    OPT_STR("--resolve", watch_opts, resolve),
    OPT_STR("--exec", watch_opts, exec),
    OPT_END,
};

/* Set by SIGTERM and SIGINT, read by the progress callback: the one way a signal handler
 * can speak to the watcher. */
static volatile sig_atomic_t stop_asked;

static void on_signal(int sig)
{
    (void)sig;
    stop_asked = 1;
}

typedef struct watch_view {
    int tty;
    double last_shown;
    const char *exec;             /* --exec CMD, or NULL */
    size_t exec_failed, alerts;
} watch_view;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void show_progress(watch_view *v, const rasd_watch_stats *st, int last)
{
    double t = now_s(), secs = st->seconds > 1e-9 ? st->seconds : 1e-9;
    if (!v->tty || (!last && t - v->last_shown < 0.2))
        return;
    v->last_shown = t;
    fprintf(stderr, "\r  %zu polls  %zu pages  %zu stored  %zu queued  %zu failed  %.0f pages/s ",
            st->polls, st->pages, st->added + st->updated, st->queued,
            st->page_failures + st->feed_failures, st->pages / secs);
    if (last)
        fputc('\n', stderr);
}

static int on_progress(const rasd_watch_stats *st, void *ctx)
{
    show_progress(ctx, st, 0);
    return stop_asked != 0;
}

static void on_report(const rasd_watch_report *r, void *ctx)
{
    const watch_view *v = ctx;
    const char *cr = v->tty ? "\r" : "";
    if (r->page) {
        fprintf(stderr, "%spage %s (feed %s): %s\n", cr, r->url, r->feed ? r->feed : "-",
                r->error ? r->error : "ok");
        return;
    }
    if (r->error) {
        fprintf(stderr, "%sfeed %s: failed: %s (%lld in a row; next poll in %lld s)\n", cr,
                r->url, r->error, (long long)r->failures,
                (long long)(r->next_poll - r->time));
    } else if (!v->tty) {
        if (r->not_modified)
            fprintf(stderr, "feed %s: not modified\n", r->url);
        else
            fprintf(stderr, "feed %s: %d, %zu items, %zu new\n", r->url, r->status, r->items,
                    r->added);
    }
}

/* An alert match: a JSON line on stdout (flushed: a reader of the pipe sees it at once),
 * then --exec. */
static int on_alert(const rasd_alert_match *m, void *ctx)
{
    watch_view *v = ctx;
    char *json = NULL;
    v->alerts++;
    if (rasd_alert_match_json(m, &json) == RASD_OK) {
        if (v->tty)
            fputc('\r', stderr);
        printf("%s\n", json);
        fflush(stdout);
    }
    rasd_free(json);
    if (v->exec)
        alert_exec_report(v->exec, m, &v->exec_failed);
    return 0;
}

/* Splits the comma-separated list into dst (at most cap entries); the number of entries. */
static size_t split_list(char *list, const char **dst, size_t cap)
{
    size_t n = 0;
    for (char *tok = strtok(list, ", "); tok && n < cap; tok = strtok(NULL, ", "))
        dst[n++] = tok;
    return n;
}

static void print_summary(const rasd_watch_stats *st, rasd_status rc)
{
    fprintf(stderr, "watch: %zu polls (%zu not modified, %zu failed), %zu new items, %zu pages "
            "(%zu failed, %zu skipped, %zu copies), stored %zu new, %zu updated, %zu unchanged "
            "(%zu not Arabic), %zu requests, %.1f MB, %.1f s\n",
            st->polls, st->not_modified, st->feed_failures, st->items, st->pages,
            st->page_failures, st->skipped, st->duplicates, st->added, st->updated,
            st->unchanged, st->other_lang, st->requests, (double)st->bytes / 1e6, st->seconds);
    if (rc == RASD_ECANCELED)
        fputs("watch: stopped; what was fetched is committed\n", stderr);
}

static void to_watch_opts(const watch_opts *o, rasd_watch_opts *wo)
{
    wo->once = o->once;
    wo->interval = (unsigned)o->interval;
    wo->max_backoff = (unsigned)o->max_backoff;
    wo->jobs = (unsigned)o->jobs;
    wo->batch = o->batch;
    wo->prepare_flags = o->no_entities ? RASD_PREPARE_NO_ENTITIES : 0;
    wo->host_rate = o->rate;
    wo->host_conns = (unsigned)o->host_conns;
    wo->conns = (unsigned)o->conns;
    wo->max_bytes = o->max_bytes;
    wo->max_redirects = o->max_redirects == -2 ? 0 : o->max_redirects == 0 ? -1
                                                                         : (int)o->max_redirects;
    wo->retry_after = (unsigned)o->retry_after;
    wo->timeout_ms = (long)(o->timeout * 1000);
    wo->connect_timeout_ms = (long)(o->connect_timeout * 1000);
    wo->user_agent = o->user_agent;
}

int cmd_watch(int argc, char **argv)
{
    watch_opts o = {.max_redirects = -2};
    rasd_engine *e = NULL;
    rasd_store *s = NULL;
    rasd_watch_stats st;
    watch_view v = {isatty(2), 0, NULL, 0, 0};
    rasd_watch_opts wo = {.report = on_report, .progress = on_progress, .ctx = &v,
                          .on_alert = on_alert};
    const char *resolve[256];
    char *list = NULL;
    rasd_status rc;
    int pr;
    /* First of all: a signal during the engine's start must stop the watcher, not kill it. */
    signal(SIGTERM, on_signal);
    signal(SIGINT, on_signal);
    signal(SIGPIPE, SIG_IGN);
    pr = parse_opts(argc, argv, usage_watch, watch_own, &o, &o.c);
    if (pr)
        return pr > 0 ? 0 : EXIT_USAGE;
    v.exec = o.exec;
    if (o.c.nargs) {
        fputs(usage_watch, stderr);
        return EXIT_USAGE;
    }
    to_watch_opts(&o, &wo);
    if (o.resolve || getenv("RASD_WATCH_RESOLVE")) {
        if (!(list = strdup(o.resolve ? o.resolve : getenv("RASD_WATCH_RESOLVE"))))
            return 1;
        wo.resolve = resolve;
        wo.nresolve = split_list(list, resolve, sizeof resolve / sizeof *resolve);
    }
    o.c.annotates = 1;
    if (open_engine(&o.c, &e)) {
        free(list);
        return 1;
    }
    const char *env = getenv("RASD_DB");
    const char *db = o.c.db ? o.c.db : env && *env ? env : "rasd.db";
    if ((rc = rasd_store_open(&s, e, db, o.no_entities ? RASD_STORE_NO_ENTITIES : 0))) {
        fprintf(stderr, "rasd: cannot open the store %s: %s\n", db, why(s, rc));
        rasd_store_close(s);
        rasd_engine_close(e);
        free(list);
        return 1;
    }
    rc = rasd_watch(s, &wo, &st);
    show_progress(&v, &st, 1);
    print_summary(&st, rc);
    if (v.alerts)
        fprintf(stderr, "watch: %zu alert matches%s", v.alerts, v.exec ? "" : "\n");
    if (v.alerts && v.exec)
        fprintf(stderr, ", --exec failed for %zu\n", v.exec_failed);
    if (rc != RASD_OK && rc != RASD_ECANCELED)
        fprintf(stderr, "rasd: watch stopped: %s\n", why(s, rc));
    rasd_store_close(s);
    rasd_engine_close(e);
    free(list);
    return rc != RASD_OK && rc != RASD_ECANCELED ? 1 : 0;
}
