/* store_cmds.c — the commands that work on the store: ingest, search, stats, show, eval-ir.
 * Uses only include/rasd.h. */
#include "cli.h"

#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char usage_ingest[] =
    "usage: rasd ingest [--db FILE] [--fts5] [--batch N] [--no-entities]\n                   [--no-stories] [--exec CMD] PATH...|-\n"
    "\n"
    "Adds articles to the store: .txt files (id = file name without .txt), .jsonl and\n"
    ".jsonl.gz files of {id, title, text, published, source, url, author} records, folders\n"
    "(recursively) or - for standard input. An article already stored with the same content\n"
    "is left alone; other content under the same id replaces it. Every N articles (default\n"
    "2000) are committed as one transaction with their index, so an interrupted ingest\n"
    "leaves a consistent store and running it again finishes the job. Bad records are\n"
    "reported as file:line: reason and skipped (exit status 1). With data/ner.model the\n"
    "named entities of each text are recognised and stored (rasd entities, rasd entity),\n"
    "then its dates, quotes and events (rasd quotes, rasd events, rasd show).\n"
    "Web pages (.html, .htm[.gz]) and WARC archives (.warc, .warc.gz: each HTML response\n"
    "with status 200, id = its target URI; other records counted) go through the article\n"
    "extractor. An article in another language than Arabic (detected from its text) is\n"
    "stored and indexed without entities and events.\n"
    "\n"
    "  --db FILE   the store (default: $RASD_DB, else ./rasd.db)\n"
    "  --fts5      also keep an SQLite FTS5 index with the rasd tokenizer (for comparison)\n"
    "  --batch N   articles per transaction\n"
    "  --no-entities  do not recognise or store named entities, nor dates, quotes, events\n"
    "  --no-stories   put the articles in no story (to measure what stories cost)\n"
    "                 (their speakers need the entities; much faster)\n"
    "  --exec CMD     for each alert match (rasd alert), once its batch is committed, run\n"
    "                 CMD (/bin/sh -c) with the match as one line of JSON on its standard\n"
    "                 input; a failing CMD is reported and the ingest goes on\n";

static const char usage_search[] =
    "usage: rasd search [--db FILE] [--json] [--limit N] [--since DATE] [--until DATE]\n"
    "                   [--source S] [--no-collapse] [--stories] [--engine rasd|fts5] QUERY...\n"
    "\n"
    "Ranks the articles by BM25 (a title word counts three times a body word). Words are\n"
    "normalised and stemmed like the articles, so الإرهاب finds والإرهاب, للإرهاب, إرهاب.\n"
    "  word         ranked; any word may match (OR is the default, and may be written)\n"
    "  \"a phrase\"   must occur, words in this order      +word   must occur\n"
    "  -word        must not occur (also -\"a phrase\")    a AND b both must occur\n"
    "  pre*         any word starting with pre\n"
    "DATE is YYYY-MM-DD (until includes the day). Exact and near copies of a hit are left out\n"
    "and counted (\"copies\"); --no-collapse shows them; --stories groups the hits by story.\n"
    "--json prints JSON Lines\n"
    "{\"id\",\"score\",\"title\",\"published\",\"source\",\"snippet\",\"copies\"}; in snippets the matched words\n"
    "are in <b>…</b> and the rest is HTML-escaped. --engine fts5 asks the FTS5 index\n"
    "(built with ingest --fts5; plain words, no filters).\n";

static const char usage_dupes[] =
    "usage: rasd dupes [--db FILE] [--json] [--min-sim X] [--kind exact|near|reuse]\n"
    "\n"
    "Lists the duplicate pairs found during ingest. exact: the same words after normalisation\n"
    "(texts under 50 characters are crawl debris, never grouped); a is the group's first\n"
    "stored article. --json prints JSON Lines\n"
    "{\"a\", \"b\", \"kind\", \"similarity\", \"spans\": [{\"a\": [s,e], \"b\": [s,e]}]} with byte\n"
    "offsets into each article's text.\n";

static const char usage_stats[] = "usage: rasd stats [--db FILE] [--json]\n"
                                  "Counts and sizes of the store.\n";

static const char usage_show[] =
    "usage: rasd show [--db FILE] ID\n"
    "Prints the article ID with everything known about it, as JSON: its fields and text,\n"
    "\"copies\" (duplicates and the passages shared), \"entities\" (mentions in the text:\n"
    "start, end, text, type, id, name), \"dates\", \"quotes\" and \"events\" (as rasd analyze\n"
    "prints them).\n";

static const char usage_eval[] =
    "usage: rasd eval-ir [--db FILE] [--json] [--run OUT] [--engine rasd|fts5]\n"
    "                    --queries Q.tsv --qrels R.txt\n"
    "\n"
    "Runs every query of Q.tsv (qid<TAB>text, searched as plain words) and scores the top\n"
    "100 against the TREC qrels R.txt (qid 0 docid relevance): MRR@10, Recall@10,\n"
    "Recall@100 and nDCG@10, averaged over the queries that have a relevant document.\n"
    "--run writes the ranking as a TREC run file.\n";

const char *db_path(const cli_common *o)
{
    const char *env = getenv("RASD_DB");
    return o->db ? o->db : env && *env ? env : "rasd.db";
}

/* What went wrong: the store's detail when it has one, else the status's text. */
const char *why(const rasd_store *s, rasd_status st)
{
    return s && rasd_store_error(s)[0] ? rasd_store_error(s) : rasd_strerror(st);
}

int report(const rasd_store *s, rasd_status st)
{
    if (st)
        fprintf(stderr, "rasd: %s\n", why(s, st));
    return st ? 1 : 0;
}

size_t list_limit(const cli_common *o)
{
    return o->limit ? o->limit : o->json || o->csv ? 0 : 50;
}

int open_store(const cli_common *o, rasd_engine **e, rasd_store **s, unsigned flags)
{
    rasd_status st;
    if (open_engine(o, e))
        return -1;
    if ((st = rasd_store_open(s, *e, db_path(o), flags)) != RASD_OK) {
        fprintf(stderr, "rasd: cannot open the store %s: %s\n", db_path(o),
                why(*s, st));
        rasd_store_close(*s);
        rasd_engine_close(*e);
        return -1;
    }
    return 0;
}

int run_read_cmd(const read_cmd *c, void *o, cli_common *com, int argc, char **argv)
{
    rasd_engine *e;
    rasd_store *s;
    int rc, pr = parse_opts(argc, argv, c->usage, c->opts, o, com);
    if (pr)
        return pr > 0 ? 0 : EXIT_USAGE;
    if (com->nargs < c->min_args || com->nargs > c->max_args || (c->valid && !c->valid(o))) {
        fputs(c->usage, stderr);
        return EXIT_USAGE;
    }
    if (open_store(com, &e, &s, RASD_STORE_READONLY | com->store_flags))
        return 1;
    rc = c->run(s, o);
    rasd_store_close(s);
    rasd_engine_close(e);
    return rc;
}

/* ----------------------------------------------------------------- ingest */

/* What the ingest shows while it runs (on a terminal) and at its end. */
typedef struct ingest_view {
    int tty;
    double last_shown;
    const char *exec;          /* --exec CMD, or NULL */
    size_t exec_failed;
    size_t kill_at;            /* RASD_TEST_KILL_AFTER_BATCHES × --batch, or 0 */
} ingest_view;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void show_progress(ingest_view *v, const rasd_ingest_stats *st, int last)
{
    double t = now_s(), secs = st->seconds > 1e-9 ? st->seconds : 1e-9;
    if (!v->tty || (!last && t - v->last_shown < 0.2))
        return;
    v->last_shown = t;
    fprintf(stderr, "\r  %zu articles  %.0f/s", st->written, st->written / secs);
    if (st->bytes_total && st->bytes_done <= st->bytes_total) {
        double frac = (double)st->bytes_done / (double)st->bytes_total;
        double eta = frac > 0 ? st->seconds * (1 - frac) / frac : 0;
        fprintf(stderr, "  %3.0f%%  ETA %d:%02d ", 100 * frac, (int)eta / 60, (int)eta % 60);
    }
    if (last)
        fputc('\n', stderr);
}

/* The test hook RASD_TEST_KILL_AFTER_BATCHES=K (with --batch) kills the process with
 * SIGKILL once K batches are committed (and their alert matches handed to --exec):
 * tests/cli_alerts.sh kills an ingest at a known point, where a kill from outside races. */
static int on_progress(const rasd_ingest_stats *st, void *ctx)
{
    const ingest_view *v = ctx;
    show_progress(ctx, st, 0);
    if (v->kill_at && st->added + st->updated >= v->kill_at)
        raise(SIGKILL);
    return 0;
}

static void on_error(const char *msg, void *ctx)
{
    const ingest_view *v = ctx;
    fprintf(stderr, "%s%s\n", v->tty ? "\r" : "", msg);
}

static int on_alert(const rasd_alert_match *m, void *ctx)
{
    ingest_view *v = ctx;
    if (v->tty && v->last_shown > 0)
        fputc('\r', stderr);
    alert_exec_report(v->exec, m, &v->exec_failed);
    return 0;
}

/* The duplicates line of the ingest summary: pairs in the store, and this run's cost. */
static void print_dedup(rasd_store *s)
{
    rasd_dedup_stats d;
    if (rasd_store_dedup_stats(s, &d) != RASD_OK || d.checked == 0)
        return;
    fprintf(stderr, "duplicates: %lld exact, %lld near, %lld reuse pairs in the store; "
            "checking %lld new articles took %.2f s (%.0f us each, %.1f candidates verified "
            "each, %.1f MB of indexes)\n",
            (long long)d.exact, (long long)d.near, (long long)d.reuse, (long long)d.checked,
            d.seconds, 1e6 * d.seconds / (double)d.checked,
            (double)d.compared / (double)d.checked, (double)d.memory / 1e6);
}

static void print_stories(rasd_store *s)
{
    rasd_story_stats d;
    if (rasd_store_story_stats(s, &d) != RASD_OK || d.clustered == 0)
        return;
    fprintf(stderr, "stories: %lld in %lld threads in the store; clustering %lld new articles "
            "took %.2f s (%.0f us each, %lld stories active, %.1f MB)\n",
            (long long)d.stories, (long long)d.threads, (long long)d.clustered, d.seconds,
            1e6 * d.seconds / (double)d.clustered, (long long)d.active, (double)d.memory / 1e6);
    if (d.copy_lookup + d.candidates + d.writes + d.flush > 0) {
        double k = 1e6 / (double)d.clustered;
        fprintf(stderr, "stories: us each: copy lookup %.1f, copy load %.1f, candidates %.1f, "
                "scoring %.1f, memory %.1f, member write %.1f, threads %.1f, sweep %.1f, "
                "flush %.1f; %lld copies joined, %lld stories read back, %lld member rows read, "
                "%lld joined unread\n",
                k * d.copy_lookup, k * d.copy_load, k * d.candidates,
                k * d.scoring, k * d.memory_s, k * d.writes, k * d.threads_s, k * d.sweep,
                k * d.flush, (long long)d.copies, (long long)d.reloads, (long long)d.reloaded,
                (long long)d.unread);
        fprintf(stderr, "stories: pages read per 1000:");
        for (int i = 0; i < 9; i++)
            fprintf(stderr, " %.1f", 1000.0 * (double)d.pages[i] / (double)d.clustered);
        fprintf(stderr, "\n");
    }
}

static void print_alerts(rasd_store *s)
{
    rasd_alert_stats a;
    if (rasd_store_alert_stats(s, &a) != RASD_OK || a.checked == 0)
        return;
    fprintf(stderr, "alerts: %lld new matches of %lld alerts (%lld in the log); matching %lld new "
            "articles took %.2f s (%.0f us each)\n", (long long)a.matched, (long long)a.alerts,
            (long long)a.logged, (long long)a.checked, a.seconds,
            1e6 * a.seconds / (double)a.checked);
}

/* The summary: what the store now holds of this run (committed), and why it stopped. */
static void print_summary(const rasd_ingest_stats *st, rasd_status rc)
{
    double secs = st->seconds > 1e-9 ? st->seconds : 1e-9;
    fprintf(stderr, "ingested %zu, unchanged %zu, updated %zu, rejected %zu  (%.1f s, %.0f articles/s)",
            st->added, st->unchanged, st->updated, st->rejected, st->seconds, st->written / secs);
    if (rc == RASD_ECANCELED)
        fputs("; cancelled: the articles before it are committed", stderr);
    else if (rc != RASD_OK)
        fputs("; stopped by an error: the store keeps the batches committed before it", stderr);
    if (st->dropped)
        fprintf(stderr, " (%zu articles rolled back)", st->dropped);
    fputc('\n', stderr);
    if (st->not_arabic)
        fprintf(stderr, "not Arabic: %zu articles stored and indexed without entities and "
                        "events\n", st->not_arabic);
}

/* The WARC line of the summary, when WARC archives were read. */
static void print_warc(const rasd_warc_counts *w)
{
    size_t other = w->request + w->metadata + w->warcinfo + w->revisit + w->other_type +
                   w->not_html + w->not_ok + w->no_text;
    if (!w->responses && !other && !w->truncated && !w->too_big && !w->bad)
        return;
    fprintf(stderr, "warc: %zu pages read; skipped %zu: %zu request, %zu metadata, "
                    "%zu warcinfo, %zu revisit, %zu other types, %zu not HTML, %zu not 200, "
                    "%zu without article text; errors: %zu truncated, %zu too big, "
                    "%zu corrupt\n",
            w->responses - w->no_text, other, w->request, w->metadata, w->warcinfo,
            w->revisit, w->other_type, w->not_html, w->not_ok, w->no_text, w->truncated,
            w->too_big, w->bad);
}

typedef struct ingest_opts {
    cli_common c;
    int fts5, no_entities, no_stories;
    size_t batch;
    const char *exec;
} ingest_opts;

static const cli_opt ingest_own[] = {
    OPT_SWITCH("--fts5", ingest_opts, fts5),
    OPT_SWITCH("--no-entities", ingest_opts, no_entities),
    OPT_SWITCH("--no-stories", ingest_opts, no_stories),
    {"--batch", OPT_SIZE, offsetof(ingest_opts, batch), 1, 1000000, NULL},
    OPT_STR("--exec", ingest_opts, exec),
    OPT_END,
};

int cmd_ingest(int argc, char **argv)
{
    ingest_opts o = {0};
    rasd_engine *e;
    rasd_store *s;
    rasd_ingest_stats st;
    ingest_view v = {isatty(2), 0, NULL, 0, 0};
    const char *kill_env = getenv("RASD_TEST_KILL_AFTER_BATCHES");
    rasd_ingest_opts io = {.progress = on_progress, .on_error = on_error, .ctx = &v};
    rasd_status rc;
    int pr = parse_opts(argc, argv, usage_ingest, ingest_own, &o, &o.c);
    if (pr)
        return pr > 0 ? 0 : EXIT_USAGE;
    if (o.c.nargs == 0) {
        fputs(usage_ingest, stderr);
        return EXIT_USAGE;
    }
    o.c.annotates = 1;
    if (open_store(&o.c, &e, &s, (o.fts5 ? RASD_STORE_FTS5 : 0) |
                                   (o.no_entities ? RASD_STORE_NO_ENTITIES : 0) |
                                       (o.no_stories ? RASD_STORE_NO_STORIES : 0)))
        return 1;
    io.prepare_flags = (o.no_entities ? RASD_PREPARE_NO_ENTITIES : 0) |
                       (o.no_stories ? RASD_PREPARE_NO_STORIES : 0);
    io.batch = o.batch;
    v.exec = o.exec;
    if (kill_env && o.batch)
        v.kill_at = (size_t)atol(kill_env) * o.batch;
    io.on_alert = o.exec ? on_alert : NULL;
    rc = rasd_ingest(s, o.c.args, (size_t)o.c.nargs, &io, &st);
    if (rc == RASD_OK)
        show_progress(&v, &st, 1);
    else if (v.tty && v.last_shown > 0)
        fputc('\n', stderr);
    print_summary(&st, rc);
    print_warc(&st.warc);
    print_dedup(s);
    print_stories(s);
    print_alerts(s);
    if (v.exec_failed)
        fprintf(stderr, "--exec: %zu of the alert matches were not handed over "
                "(rasd alerts lists them all)\n", v.exec_failed);
    rasd_store_close(s);
    rasd_engine_close(e);
    return rc != RASD_OK || st.rejected ? 1 : 0;
}

/* ----------------------------------------------------------------- search */

void json_string(FILE *f, const char *s)
{
    if (!s) {
        fputs("null", f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

/* Prints `before"key":value` with value as a JSON string (null for NULL). */
static void json_field(const char *before, const char *key, const char *value)
{
    printf("%s\"%s\":", before, key);
    json_string(stdout, value);
}

/* A snippet for the terminal: <b>…</b> in bold (or [ ] when not a terminal), entities
 * back to characters. */
static void print_snippet(const char *s, int tty)
{
    static const struct { const char *from, *tty, *plain; } map[] = {
        {"<b>", "\033[1m", "["}, {"</b>", "\033[0m", "]"}, {"&lt;", "<", "<"},
        {"&gt;", ">", ">"},      {"&amp;", "&", "&"},
    };
    while (*s) {
        size_t i;
        for (i = 0; i < sizeof map / sizeof *map; i++)
            if (strncmp(s, map[i].from, strlen(map[i].from)) == 0)
                break;
        if (i < sizeof map / sizeof *map) {
            fputs(tty ? map[i].tty : map[i].plain, stdout);
            s += strlen(map[i].from);
        } else {
            putchar(*s++);
        }
    }
}

static void print_hit(const rasd_hit *h, size_t rank, int json, int tty)
{
    if (json) {
        json_field("{", "id", h->id);
        printf(",\"score\":%.6g", h->score);
        json_field(",", "title", h->title);
        json_field(",", "published", h->published);
        json_field(",", "source", h->source);
        json_field(",", "snippet", h->snippet);
        printf(",\"copies\":%zu}\n", h->copies);
        return;
    }
    printf("%2zu. %s  (%.2f)\n    %s%s%s  %s", rank, h->title ? h->title : "(no title)",
           h->score, h->source ? h->source : "", h->source ? ", " : "",
           h->published ? h->published : "", h->id);
    if (h->copies)
        printf("  (+%zu cop%s)", h->copies, h->copies == 1 ? "y" : "ies");
    printf("\n    ");
    if (h->snippet)
        print_snippet(h->snippet, tty);
    printf("\n\n");
}

typedef struct search_opts {
    cli_common c;
    const char *since, *until, *source;
    int no_collapse, stories;
} search_opts;

static const cli_opt search_own[] = {
    OPT_STR("--since", search_opts, since),
    OPT_STR("--until", search_opts, until),
    OPT_STR("--source", search_opts, source),
    OPT_SWITCH("--no-collapse", search_opts, no_collapse),
    OPT_SWITCH("--stories", search_opts, stories),
    {"--collapse", OPT_CLEAR, offsetof(search_opts, no_collapse), 0, 0, NULL},
    {"--engine", OPT_PARSE, offsetof(search_opts, c.store_flags), 0, 0, parse_engine},
    OPT_END,
};

static char *join_args(const cli_common *o)
{
    size_t n = 1;
    char *q;
    for (int i = 0; i < o->nargs; i++)
        n += strlen(o->args[i]) + 1;
    if (!(q = malloc(n)))
        return NULL;
    q[0] = 0;
    for (int i = 0; i < o->nargs; i++) {
        if (i)
            strcat(q, " ");
        strcat(q, o->args[i]);
    }
    return q;
}

static int search_run(rasd_store *s, const void *v)
{
    const search_opts *o = v;
    rasd_results *r = NULL;
    rasd_query_opts qo = {o->c.limit, o->since, o->until, o->source,
                          (o->c.store_flags & RASD_STORE_FTS5 ? RASD_QUERY_FTS5 : 0) |
                              (o->no_collapse ? 0 : RASD_QUERY_COLLAPSE)};
    char *q = join_args(&o->c);
    rasd_status st = q ? rasd_search(s, q, &qo, &r) : RASD_ENOMEM;
    int tty = isatty(1);
    if (st)
        fprintf(stderr, "rasd: search: %s\n", why(s, st));
    if (o->stories && !st)
        st = print_by_story(s, r, o->c.json);
    for (size_t i = 0; !o->stories && i < rasd_results_count(r); i++)
        print_hit(rasd_results_hit(r, i), i + 1, o->c.json, tty);
    if (!st && !o->c.json && rasd_results_count(r) == 0)
        printf("no match\n");
    rasd_results_free(r);
    free(q);
    return st == RASD_EPARSE ? EXIT_USAGE : st ? 1 : 0;
}

int cmd_search(int argc, char **argv)
{
    static const read_cmd c = {usage_search, 1, INT_MAX, search_own, NULL, search_run};
    search_opts o = {0};
    return run_read_cmd(&c, &o, &o.c, argc, argv);
}

/* ----------------------------------------------------------------- dupes */

typedef struct dupes_opts {
    cli_common c;
    const char *kind;
    double min_sim;
} dupes_opts;

static int parse_sim(const char *name, const char *val, void *field)
{
    char *end;
    double *x = field;
    (void)name;
    *x = strtod(val, &end);
    if (end == val || *end || *x < 0 || *x > 1) {
        fprintf(stderr, "rasd: --min-sim takes a number from 0 to 1\n");
        return -1;
    }
    return 0;
}

static const cli_opt dupes_own[] = {
    OPT_STR("--kind", dupes_opts, kind),
    {"--min-sim", OPT_PARSE, offsetof(dupes_opts, min_sim), 0, 0, parse_sim},
    OPT_END,
};

static int print_dupe(const rasd_dupe *d, void *ctx)
{
    const cli_common *o = ctx;
    if (!o->json) {
        printf("%-6s %.3f  %s  →  %s", d->kind, d->similarity, d->a, d->b);
        if (strcmp(d->kind, "reuse") == 0)
            printf("  (%zu passage%s)", d->nspans, d->nspans == 1 ? "" : "s");
        putchar('\n');
        return 0;
    }
    json_field("{", "a", d->a);
    json_field(",", "b", d->b);
    json_field(",", "kind", d->kind);
    printf(",\"similarity\":%.4f,\"spans\":[", d->similarity);
    for (size_t i = 0; i < d->nspans; i++)
        printf("%s{\"a\":[%u,%u],\"b\":[%u,%u]}", i ? "," : "", d->spans_a[i].start,
               d->spans_a[i].end, d->spans_b[i].start, d->spans_b[i].end);
    printf("]}\n");
    return 0;
}

static int dupes_valid(const void *v)
{
    const dupes_opts *o = v;
    return !o->kind || !strcmp(o->kind, "exact") || !strcmp(o->kind, "near") ||
           !strcmp(o->kind, "reuse");
}

static int dupes_run(rasd_store *s, const void *v)
{
    const dupes_opts *o = v;
    return report(s, rasd_store_dupes(s, o->kind, o->min_sim, print_dupe, (void *)&o->c));
}

int cmd_dupes(int argc, char **argv)
{
    static const read_cmd c = {usage_dupes, 0, 0, dupes_own, dupes_valid, dupes_run};
    dupes_opts o = {0};
    return run_read_cmd(&c, &o, &o.c, argc, argv);
}

/* ------------------------------------------------------------ stats, show */

static int stats_run(rasd_store *s, const void *v)
{
    const cli_common *o = v;
    rasd_store_stats t;
    rasd_status st;
    if ((st = rasd_store_stats_get(s, &t)) != RASD_OK)
        fprintf(stderr, "rasd: %s\n", why(s, st));
    else if (o->json)
        printf("{\"articles\":%lld,\"sources\":%lld,\"tokens\":%lld,\"terms\":%lld,"
               "\"segments\":%lld,\"text_bytes\":%lld,\"index_bytes\":%lld,\"file_bytes\":%lld,"
               "\"schema_version\":%d,\"first_published\":\"%s\",\"last_published\":\"%s\"}\n",
               (long long)t.articles, (long long)t.sources, (long long)t.tokens,
               (long long)t.terms, (long long)t.segments, (long long)t.text_bytes,
               (long long)t.index_bytes, (long long)t.file_bytes, t.schema_version,
               t.first_published, t.last_published);
    else
        printf("store         %s (schema %d, %.1f MB)\n"
               "articles      %lld from %lld sources, published %s … %s\n"
               "text          %.1f MB, %lld tokens\n"
               "index         %lld terms in %lld segments, %.1f MB\n",
               db_path(o), t.schema_version, t.file_bytes / 1e6, (long long)t.articles,
               (long long)t.sources, t.first_published[0] ? t.first_published : "?",
               t.last_published[0] ? t.last_published : "?", t.text_bytes / 1e6,
               (long long)t.tokens, (long long)t.terms, (long long)t.segments, t.index_bytes / 1e6);
    return st ? 1 : 0;
}

int cmd_stats(int argc, char **argv)
{
    static const read_cmd c = {usage_stats, 0, 0, NULL, NULL, stats_run};
    cli_common o = {0};
    return run_read_cmd(&c, &o, &o, argc, argv);
}

static int show_run(rasd_store *s, const void *v)
{
    const cli_common *o = v;
    char *json = NULL;
    rasd_status st = rasd_store_show(s, o->args[0], &json);
    if (st)
        fprintf(stderr, "rasd: %s\n", why(s, st));
    else
        puts(json);
    rasd_free(json);
    return st ? 1 : 0;
}

int cmd_show(int argc, char **argv)
{
    static const read_cmd c = {usage_show, 1, 1, NULL, NULL, show_run};
    cli_common o = {0};
    return run_read_cmd(&c, &o, &o, argc, argv);
}

/* ----------------------------------------------------------------- eval-ir */

typedef struct qrel {
    char *qid, *doc;
    int rel;
} qrel;

static int qrel_cmp(const void *a, const void *b)
{
    return strcmp(((const qrel *)a)->qid, ((const qrel *)b)->qid);
}

static qrel *read_qrels(const char *path, size_t *n)
{
    FILE *f = fopen(path, "r");
    char line[4096], qid[1024], doc[1024];
    qrel *q = NULL;
    size_t cap = 0;
    int rel;
    *n = 0;
    if (!f)
        return NULL;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "%1023s %*s %1023s %d", qid, doc, &rel) == 3 && rel > 0) {
            if (*n == cap) {
                qrel *p = realloc(q, (cap = cap ? 2 * cap : 256) * sizeof *q);
                if (!p)
                    break;
                q = p;
            }
            q[*n].qid = strdup(qid);
            q[*n].doc = strdup(doc);
            q[(*n)++].rel = rel;
        }
    fclose(f);
    if (q)
        qsort(q, *n, sizeof *q, qrel_cmp);
    return q;
}

/* The qrels of qid: [*first, *first + count). */
static size_t find_qrels(const qrel *q, size_t n, const char *qid, size_t *first)
{
    size_t lo = 0, hi = n, k;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(q[mid].qid, qid) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (k = lo; k < n && strcmp(q[k].qid, qid) == 0; k++)
        ;
    *first = lo;
    return k - lo;
}

static int relevance(const qrel *q, size_t first, size_t count, const char *doc)
{
    for (size_t i = first; i < first + count; i++)
        if (strcmp(q[i].doc, doc) == 0)
            return q[i].rel;
    return 0;
}

typedef struct ir_sums {
    double mrr, r10, r100, ndcg, secs;
    size_t n;
} ir_sums;

static void score_query(const rasd_results *r, const qrel *q, size_t first, size_t nrel,
                        ir_sums *m)
{
    double dcg = 0, idcg = 0;
    size_t found10 = 0, found100 = 0;
    for (size_t i = 0; i < rasd_results_count(r) && i < 100; i++) {
        int rel = relevance(q, first, nrel, rasd_results_hit(r, i)->id);
        if (!rel)
            continue;
        found100++;
        if (i < 10) {
            if (!found10++)
                m->mrr += 1.0 / (double)(i + 1);
            dcg += 1.0 / log2((double)i + 2);
        }
    }
    for (size_t i = 0; i < nrel && i < 10; i++)
        idcg += 1.0 / log2((double)i + 2);
    m->r10 += (double)found10 / (double)nrel;
    m->r100 += (double)found100 / (double)nrel;
    m->ndcg += idcg > 0 ? dcg / idcg : 0;
    m->n++;
}

typedef struct eval_opts {
    cli_common c;
    const char *queries, *qrels, *run;
} eval_opts;

static const cli_opt eval_own[] = {
    OPT_STR("--queries", eval_opts, queries),
    OPT_STR("--qrels", eval_opts, qrels),
    OPT_STR("--run", eval_opts, run),
    {"--engine", OPT_PARSE, offsetof(eval_opts, c.store_flags), 0, 0, parse_engine},
    OPT_END,
};

static int eval_queries(rasd_store *s, const eval_opts *o, FILE *qf, const qrel *q, size_t nq,
                        FILE *run, ir_sums *m)
{
    char line[8192];
    rasd_query_opts qo = {100, NULL, NULL, NULL, RASD_QUERY_PLAIN | RASD_QUERY_NO_SNIPPET};
    if (o->c.store_flags & RASD_STORE_FTS5)
        qo.flags |= RASD_QUERY_FTS5;
    while (fgets(line, sizeof line, qf)) {
        char *tab = strchr(line, '\t'), *nl;
        size_t first, nrel;
        rasd_results *r = NULL;
        double t0;
        rasd_status st;
        if (!tab)
            continue;
        *tab = 0;
        if ((nl = strpbrk(tab + 1, "\r\n")) != NULL)
            *nl = 0;
        if (!(nrel = find_qrels(q, nq, line, &first)))
            continue;
        t0 = now_s();
        st = rasd_search(s, tab + 1, &qo, &r);
        if (st && st != RASD_EPARSE)      /* a query with no words scores 0 */
            return -1;
        m->secs += now_s() - t0;
        score_query(r, q, first, nrel, m);
        for (size_t i = 0; run && i < rasd_results_count(r); i++)
            fprintf(run, "%s Q0 %s %zu %.6f rasd\n", line, rasd_results_hit(r, i)->id, i + 1,
                    rasd_results_hit(r, i)->score);
        rasd_results_free(r);
    }
    return 0;
}

int cmd_eval_ir(int argc, char **argv)
{
    eval_opts o = {0};
    rasd_engine *e;
    rasd_store *s;
    qrel *q;
    size_t nq;
    FILE *qf, *run = NULL;
    ir_sums m = {0};
    int rc;
    int pr = parse_opts(argc, argv, usage_eval, eval_own, &o, &o.c);
    if (pr)
        return pr > 0 ? 0 : EXIT_USAGE;
    if (!o.queries || !o.qrels || o.c.nargs) {
        fputs(usage_eval, stderr);
        return EXIT_USAGE;
    }
    if (!(q = read_qrels(o.qrels, &nq)) || !(qf = fopen(o.queries, "r"))) {
        fprintf(stderr, "rasd: cannot read %s\n", q ? o.queries : o.qrels);
        return 1;
    }
    if (open_store(&o.c, &e, &s, RASD_STORE_READONLY | o.c.store_flags)) {
        fclose(qf);
        return 1;
    }
    if (o.run && !(run = fopen(o.run, "w")))
        fprintf(stderr, "rasd: cannot write %s\n", o.run);
    rc = (o.run && !run) || eval_queries(s, &o, qf, q, nq, run, &m) ? 1 : 0;
    if (rc)
        fprintf(stderr, "rasd: eval-ir: %s\n", rasd_store_error(s));
    else if (o.c.json)
        printf("{\"queries\":%zu,\"mrr@10\":%.4f,\"recall@10\":%.4f,\"recall@100\":%.4f,"
               "\"ndcg@10\":%.4f,\"ms_per_query\":%.3f}\n",
               m.n, m.mrr / (double)(m.n ? m.n : 1), m.r10 / (double)(m.n ? m.n : 1),
               m.r100 / (double)(m.n ? m.n : 1), m.ndcg / (double)(m.n ? m.n : 1),
               1e3 * m.secs / (double)(m.n ? m.n : 1));
    else
        printf("queries     %zu\nMRR@10      %.4f\nRecall@10   %.4f\nRecall@100  %.4f\n"
               "nDCG@10     %.4f\nms/query    %.3f\n",
               m.n, m.mrr / (double)(m.n ? m.n : 1), m.r10 / (double)(m.n ? m.n : 1),
               m.r100 / (double)(m.n ? m.n : 1), m.ndcg / (double)(m.n ? m.n : 1),
               1e3 * m.secs / (double)(m.n ? m.n : 1));
    if (run)
        fclose(run);
    fclose(qf);
    for (size_t i = 0; i < nq; i++) {
        free(q[i].qid);
        free(q[i].doc);
    }
    free(q);
    rasd_store_close(s);
    rasd_engine_close(e);
    return rc;
}
