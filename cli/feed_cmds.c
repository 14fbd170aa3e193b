/* feed_cmds.c — rasd feed add|list|remove|items|parse: the feeds a watcher polls, the items
 * it has seen, and a feed file read as its items (docs/FEEDS.md). */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char usage_feed[] =
    "usage: rasd feed add [--db FILE] URL [--source NAME]\n"
    "       rasd feed list [--db FILE] [--json]\n"
    "       rasd feed remove [--db FILE] URL|ID...\n"
    "       rasd feed items [--db FILE] [--state new|fetched|failed|duplicate|skipped]\n"
    "                       [--limit N] [--json]\n"
    "       rasd feed parse [--base URL] FILE|-...\n"
    "\n"
    "The feeds rasd watch polls (RSS, Atom, JSON Feed, sitemaps) and the items seen in them.\n"
    "add stores a feed (its URL in canonical form; NAME is its articles' source), creating\n"
    "the store when needed; list shows the feeds with their poll state (--json: one object\n"
    "a line); remove forgets feeds (their items stay seen); items lists the item URLs seen,\n"
    "first seen first. parse reads feed files (gzip or not; - for standard input) and prints\n"
    "their items as JSON Lines {\"url\",\"title\",\"published\",\"author\",\"summary\",\"guid\",\n"
    "\"source\"}, links resolved against --base URL (else the feed's own link) and made\n"
    "canonical; a malformed file is reported as FILE:LINE: reason after the items read.\n"
    "\n"
    "  --db FILE      the store (default: $RASD_DB, else ./rasd.db)\n"
    "  --source NAME  the outlet's name, given to the feed's articles\n"
    "  --base URL     the URL a parsed file was fetched from\n";

typedef struct feed_opts {
    cli_common c;
    const char *source, *base, *state;
} feed_opts;

static const cli_opt feed_own[] = {
    OPT_STR("--source", feed_opts, source),
    OPT_STR("--base", feed_opts, base),
    OPT_STR("--state", feed_opts, state),
    OPT_END,
};

/* Options that take a value, for moving options written after the arguments before them
 * (rasd feed add URL --source NAME). */
static int takes_value(const char *a)
{
    static const char *const v[] = {"--db", "--source", "--base", "--state", "--limit",
                                    "--data", "--stemmer", "--no-norm", "--max-doc-mb"};
    for (size_t i = 0; i < sizeof v / sizeof *v; i++)
        if (strcmp(a, v[i]) == 0)
            return 1;
    return 0;
}

/* Reorders argv[1..argc) so that options (with their values) precede the arguments. */
static void options_first(int argc, char **argv)
{
    char **tmp = malloc((size_t)argc * sizeof *tmp);
    int k = 1;
    if (!tmp)
        return;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 1; i < argc; i++) {
            int opt = argv[i][0] == '-' && argv[i][1] && strcmp(argv[i], "--") != 0;
            int val = opt && takes_value(argv[i]) && i + 1 < argc;
            if (opt == (pass == 0)) {
                tmp[k++] = argv[i];
                if (val)
                    tmp[k++] = argv[i + 1];
            }
            i += val;
        }
    memcpy(argv + 1, tmp + 1, (size_t)(argc - 1) * sizeof *argv);
    free(tmp);
}

/* Opens an engine without the annotators' data (feeds need none of it) and the store;
 * must_exist: an existing one. Prints why not and returns -1 on failure. */
static int open_feeds(feed_opts *o, int must_exist, unsigned flags, rasd_engine **e,
                      rasd_store **s)
{
    if (must_exist && access(db_path(&o->c), F_OK) != 0) {
        fprintf(stderr, "rasd: %s: no such store (rasd feed add or rasd ingest first)\n",
                db_path(&o->c));
        return -1;
    }
    o->c.cfg.stages_off |= RASD_STAGE_ENTITIES | RASD_STAGE_EVENTS;
    return open_store(&o->c, e, s, flags);
}

static void iso_time(int64_t t, char out[32])
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (t <= 0 || !gmtime_r(&tt, &tm))
        strcpy(out, "-");
    else
        strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* ------------------------------------------------------------------- add */

static int feed_add(feed_opts *o)
{
    rasd_engine *e;
    rasd_store *s;
    int64_t id;
    int added;
    rasd_status st;
    if (o->c.nargs != 1) {
        fputs(usage_feed, stderr);
        return EXIT_USAGE;
    }
    if (open_feeds(o, 0, 0, &e, &s))
        return 1;
    st = rasd_store_feed_add(s, o->c.args[0], o->source, &id, &added);
    if (st)
        fprintf(stderr, "rasd: %s\n", why(s, st));
    else
        printf("%s feed %lld: %s\n", added ? "added" : "already had", (long long)id, o->c.args[0]);
    rasd_store_close(s);
    rasd_engine_close(e);
    return st ? 1 : 0;
}

/* ------------------------------------------------------------------ list */

static void json_time(const char *key, int64_t t)
{
    char iso[32];
    iso_time(t, iso);
    printf(",\"%s\":", key);
    json_string(stdout, t > 0 ? iso : NULL);
}

static int list_json(const rasd_stored_feed *f, void *ctx)
{
    (void)ctx;
    printf("{\"id\":%lld,\"url\":", (long long)f->id);
    json_string(stdout, f->url);
    printf(",\"source\":");
    json_string(stdout, f->source);
    json_time("added", f->added);
    printf(",\"etag\":");
    json_string(stdout, f->etag);
    printf(",\"last_modified\":");
    json_string(stdout, f->last_modified);
    json_time("last_poll", f->last_poll);
    printf(",\"last_status\":%d,\"last_error\":", f->last_status);
    json_string(stdout, f->last_error);
    printf(",\"failures\":%lld", (long long)f->failures);
    json_time("next_poll", f->next_poll);
    printf(",\"items\":%lld}\n", (long long)f->items);
    return 0;
}

static int list_text(const rasd_stored_feed *f, void *ctx)
{
    char next[32];
    (void)ctx;
    iso_time(f->next_poll, next);
    printf("%4lld  %-50s  %-16s %6lld items  status %3d  failures %lld  next %s%s%s\n",
           (long long)f->id, f->url, f->source ? f->source : "-", (long long)f->items,
           f->last_status, (long long)f->failures, next, f->last_error ? "  error: " : "",
           f->last_error ? f->last_error : "");
    return 0;
}

static int feed_list(feed_opts *o)
{
    rasd_engine *e;
    rasd_store *s;
    rasd_status st;
    if (o->c.nargs != 0) {
        fputs(usage_feed, stderr);
        return EXIT_USAGE;
    }
    if (open_feeds(o, 1, RASD_STORE_READONLY, &e, &s))
        return 1;
    st = rasd_store_feeds(s, 0, o->c.json ? list_json : list_text, NULL);
    if (st)
        fprintf(stderr, "rasd: %s\n", why(s, st));
    rasd_store_close(s);
    rasd_engine_close(e);
    return st ? 1 : 0;
}

/* ---------------------------------------------------------------- remove */

static int feed_remove(feed_opts *o)
{
    rasd_engine *e;
    rasd_store *s;
    int failed = 0;
    if (o->c.nargs == 0) {
        fputs(usage_feed, stderr);
        return EXIT_USAGE;
    }
    if (open_feeds(o, 1, 0, &e, &s))
        return 1;
    for (int i = 0; i < o->c.nargs; i++) {
        rasd_status st = rasd_store_feed_remove(s, o->c.args[i]);
        if (st) {
            fprintf(stderr, "rasd: %s\n", why(s, st));
            failed++;
        } else
            printf("removed feed %s\n", o->c.args[i]);
    }
    rasd_store_close(s);
    rasd_engine_close(e);
    return failed ? 1 : 0;
}

/* ----------------------------------------------------------------- items */

static int item_line(const rasd_stored_item *it, void *ctx)
{
    const int *json = ctx;
    char seen[32];
    iso_time(it->first_seen, seen);
    if (!*json) {
        printf("%-9s %s  %s  %s\n", rasd_item_state_name(it->state), seen, it->url,
               it->title ? it->title : "");
        return 0;
    }
    printf("{\"url\":");
    json_string(stdout, it->url);
    printf(",\"feed\":%lld,\"state\":\"%s\"", (long long)it->feed, rasd_item_state_name(it->state));
    json_time("first_seen", it->first_seen);
    printf(",\"tries\":%lld", (long long)it->tries);
    json_time("fetched", it->fetched);
    const char *k[] = {"article", "hash", "error", "title", "published", "author", "guid"};
    const char *v[] = {it->article, it->hash, it->error, it->title, it->published, it->author,
                       it->guid};
    for (size_t i = 0; i < sizeof k / sizeof *k; i++) {
        printf(",\"%s\":", k[i]);
        json_string(stdout, v[i]);
    }
    printf("}\n");
    return 0;
}

static int state_of(const char *name)
{
    for (int st = RASD_ITEM_NEW; st <= RASD_ITEM_SKIPPED; st++)
        if (strcmp(name, rasd_item_state_name((rasd_item_state)st)) == 0)
            return st;
    return -2;
}

static int feed_items(feed_opts *o)
{
    rasd_engine *e;
    rasd_store *s;
    rasd_status st;
    int state = o->state ? state_of(o->state) : -1;
    if (o->c.nargs != 0 || state == -2) {
        if (state == -2)
            fprintf(stderr, "rasd: unknown state '%s'\n", o->state);
        fputs(usage_feed, stderr);
        return EXIT_USAGE;
    }
    if (open_feeds(o, 1, RASD_STORE_READONLY, &e, &s))
        return 1;
    st = rasd_store_items(s, state, o->c.limit, item_line, &o->c.json);
    if (st)
        fprintf(stderr, "rasd: %s\n", why(s, st));
    rasd_store_close(s);
    rasd_engine_close(e);
    return st ? 1 : 0;
}

/* ----------------------------------------------------------------- parse */

static int parse_one(rasd_feed_parser *p, const char *path, const char *base)
{
    rasd_feed_info info;
    size_t n;
    rasd_status st = rasd_feed_parse_file(p, path, base, &info);
    const rasd_feed_item *items = rasd_feed_items(p, &n);
    for (size_t i = 0; i < n; i++) {
        const char *json;
        size_t len;
        if (rasd_feed_item_json(p, &items[i], &json, &len) == RASD_OK) {
            fwrite(json, 1, len, stdout);
            putchar('\n');
        }
    }
    if (st)
        fprintf(stderr, "rasd: %s\n", *rasd_feed_error(p) ? rasd_feed_error(p) : rasd_strerror(st));
    fprintf(stderr, "%s: %s, %zu items, %zu skipped\n", path, rasd_feed_format_name(info.format),
            info.items, info.skipped);
    return st ? 1 : 0;
}

static int feed_parse(feed_opts *o)
{
    rasd_engine *e;
    rasd_feed_parser *p;
    rasd_status st;
    int rc = 0;
    if (o->c.nargs == 0) {
        fputs(usage_feed, stderr);
        return EXIT_USAGE;
    }
    o->c.cfg.stages_off |= RASD_STAGE_ENTITIES | RASD_STAGE_EVENTS;
    if (open_engine(&o->c, &e))
        return 1;
    if ((st = rasd_feed_parser_new(&p, e)) != RASD_OK) {
        fprintf(stderr, "rasd: cannot start the feed parser: %s (data/tracking_params.txt)\n",
                rasd_strerror(st));
        rasd_engine_close(e);
        return 1;
    }
    for (int i = 0; i < o->c.nargs; i++)
        rc |= parse_one(p, o->c.args[i], o->base);
    rasd_feed_parser_free(p);
    rasd_engine_close(e);
    if (fflush(stdout) != 0) {
        perror("rasd: stdout");
        return 1;
    }
    return rc;
}

int cmd_feed(int argc, char **argv)
{
    static const struct { const char *name; int (*run)(feed_opts *o); } subs[] = {
        {"add", feed_add}, {"list", feed_list}, {"remove", feed_remove},
        {"items", feed_items}, {"parse", feed_parse}};
    feed_opts o;
    int pr;
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        fputs(usage_feed, argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : 0;
    }
    for (size_t i = 0; i < sizeof subs / sizeof *subs; i++) {
        if (strcmp(argv[1], subs[i].name) != 0)
            continue;
        memset(&o, 0, sizeof o);
        options_first(argc - 1, argv + 1);
        if ((pr = parse_opts(argc - 1, argv + 1, usage_feed, feed_own, &o, &o.c)) != 0)
            return pr > 0 ? 0 : EXIT_USAGE;
        return subs[i].run(&o);
    }
    fprintf(stderr, "rasd: unknown feed command '%s'\n%s", argv[1], usage_feed);
    return EXIT_USAGE;
}
