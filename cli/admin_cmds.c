/* admin_cmds.c — rasd reannotate, rasd delete and rasd backup: the store's administration
 * (rasd_store_reannotate, rasd_store_delete, rasd_store_backup; docs/ADMIN.md). */
#include "cli.h"

#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char usage_reannotate[] =
    "usage: rasd reannotate [--db FILE] [--stage NAME] [--batch N] [--threads N]\n"
    "\n"
    "Annotates the stored articles again with the current data (recognition model, word\n"
    "lists), from their stored text: the input files are not read again and the store stays.\n"
    "A store whose data version differs is accepted here (not a different --stemmer or\n"
    "--no-norm: those change the search index, which this does not rebuild; they need a new\n"
    "store). Articles go in batches of N (default 500), each committed with the point to\n"
    "resume from: after an interruption (even kill -9) run the same command again and it\n"
    "goes on where it stopped. Without --stage every per-article stage is redone (entities,\n"
    "then dates, quotes and events) and the store then records the new data version.\n"
    "\n"
    "  --db FILE     the store (default: $RASD_DB, else ./rasd.db)\n"
    "  --stage NAME  only entities (and events, which read them), events, or dedup\n"
    "                (duplicates, recomputed over the whole store in ingest order)\n"
    "  --batch N     articles per transaction\n"
    "  --threads N   threads that analyse (default: one per processor, up to 8)\n"
    "\n"
    "Search still uses the index built at ingest: if the word list (lexicon.tsv) changed\n"
    "how words are stemmed, ingest into a new store instead.\n";

static const char usage_delete[] =
    "usage: rasd delete [--db FILE] ID...\n"
    "\n"
    "Takes articles down: removes each article ID and everything derived from it (its text,\n"
    "entity mentions and counts, dates, quotes, events, duplicate pairs); search no longer\n"
    "finds it. Each takedown is committed at once. An ID the store does not hold is reported\n"
    "(exit status 1) and the others are still removed.\n"
    "\n"
    "  --db FILE   the store (default: $RASD_DB, else ./rasd.db)\n";

static const char usage_backup[] =
    "usage: rasd backup [--db FILE] OUT\n"
    "\n"
    "Copies the store, while it may be in use (another process may go on ingesting), into\n"
    "the new file OUT with SQLite's online backup API: a consistent copy as of the last\n"
    "commit. OUT must not exist, or be an empty file: an existing store is never\n"
    "overwritten.\n"
    "\n"
    "  --db FILE   the store (default: $RASD_DB, else ./rasd.db)\n";

/* Opens engine and an existing store with flags; prints why not and returns -1 on failure
 * (a writable open would create a missing store). */
static int open_both(const cli_common *o, unsigned flags, rasd_engine **e, rasd_store **s)
{
    if (access(db_path(o), F_OK) != 0) {
        fprintf(stderr, "rasd: %s: no such store (run rasd ingest first)\n", db_path(o));
        return -1;
    }
    return open_store(o, e, s, flags);
}

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* ------------------------------------------------------------- reannotate */

typedef struct reannotate_opts {
    cli_common c;
    const char *stage;
    size_t batch;
    long threads;
} reannotate_opts;

static const cli_opt reannotate_own[] = {
    OPT_STR("--stage", reannotate_opts, stage),
    {"--batch", OPT_SIZE, offsetof(reannotate_opts, batch), 1, 1000000, NULL},
    {"--threads", OPT_LONG, offsetof(reannotate_opts, threads), 1, 8, NULL},
    OPT_END,
};

typedef struct progress_ctx {
    int tty;
    long kill_after; /* RASD_TEST_KILL_AFTER_BATCHES: SIGKILL after that many batches */
    long batches;
} progress_ctx;

/* Shows the count on a terminal. The test hook RASD_TEST_KILL_AFTER_BATCHES=K kills the
 * process with SIGKILL once K batches are committed: tests/cli_admin.sh uses it to kill a
 * run mid-way at a known point, where a kill from outside races a fast run. */
static int show_progress(const rasd_reannotate_stats *st, void *ctx)
{
    progress_ctx *p = ctx;
    if (p->tty)
        fprintf(stderr, "\rreannotated %lld of %lld", (long long)st->done, (long long)st->total);
    if (p->kill_after > 0 && ++p->batches >= p->kill_after)
        raise(SIGKILL);
    return 0;
}

int cmd_reannotate(int argc, char **argv)
{
    reannotate_opts o = {0};
    rasd_engine *e;
    rasd_store *s;
    rasd_reannotate_stats st;
    rasd_reannotate_opts ro = {0};
    rasd_status rc;
    double t0;
    int tty = isatty(2), pr;
    const char *kill_env = getenv("RASD_TEST_KILL_AFTER_BATCHES");
    progress_ctx pc = {tty, kill_env ? atol(kill_env) : 0, 0};
    if ((pr = parse_opts(argc, argv, usage_reannotate, reannotate_own, &o, &o.c)) != 0)
        return pr > 0 ? 0 : EXIT_USAGE;
    if (o.c.nargs) {
        fputs(usage_reannotate, stderr);
        return EXIT_USAGE;
    }
    o.c.annotates = 1;
    if (open_both(&o.c, RASD_STORE_REANNOTATE, &e, &s))
        return 1;
    ro.batch = o.batch;
    ro.threads = (int)o.threads;
    ro.progress = tty || pc.kill_after > 0 ? show_progress : NULL;
    ro.ctx = &pc;
    t0 = now_s();
    rc = rasd_store_reannotate(s, o.stage, &ro, &st);
    if (tty)
        fputc('\n', stderr);
    if (!rc || st.this_run > 0)
        fprintf(stderr,
                "reannotated %lld of %lld articles%s, skipped %lld (%s; %.1f s: analysis and "
                "stages %.1f s, writing %.1f s)\n",
                (long long)st.this_run, (long long)st.total, st.resumed ? ", resumed" : "",
                (long long)st.skipped, o.stage ? o.stage : "all stages", now_s() - t0,
                st.prepare_seconds, st.write_seconds);
    if (rc)
        fprintf(stderr, "rasd: %s%s\n", why(s, rc),
                st.this_run > 0 ? "; run it again to resume" : "");
    rasd_store_close(s);
    rasd_engine_close(e);
    return rc ? 1 : 0;
}

/* ----------------------------------------------------------------- delete */

/* An id as ingest takes it: not empty, no control characters, at most 1,000 bytes. */
static int valid_id(const char *id)
{
    size_t n = strlen(id);
    if (n == 0 || n > 1000)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)id[i] < 0x20 || id[i] == 0x7f)
            return 0;
    return 1;
}

int cmd_delete(int argc, char **argv)
{
    cli_common o = {0};
    rasd_engine *e;
    rasd_store *s;
    int pr, failed = 0, removed = 0;
    if ((pr = parse_opts(argc, argv, usage_delete, NULL, &o, &o)) != 0)
        return pr > 0 ? 0 : EXIT_USAGE;
    if (o.nargs == 0) {
        fputs(usage_delete, stderr);
        return EXIT_USAGE;
    }
    for (int i = 0; i < o.nargs; i++)
        if (!valid_id(o.args[i])) {
            fprintf(stderr, "rasd: not an article id: '%.60s' (empty, too long or with control "
                            "characters)\n", o.args[i]);
            return EXIT_USAGE;
        }
    if (open_both(&o, 0, &e, &s))
        return 1;
    for (int i = 0; i < o.nargs; i++) {
        rasd_status rc = rasd_store_delete(s, o.args[i]);
        if (rc) {
            fprintf(stderr, "rasd: %s\n", why(s, rc));
            failed++;
        } else
            removed++;
    }
    fprintf(stderr, "deleted %d, not found or failed %d\n", removed, failed);
    rasd_store_close(s);
    rasd_engine_close(e);
    return failed ? 1 : 0;
}

/* ----------------------------------------------------------------- backup */

int cmd_backup(int argc, char **argv)
{
    cli_common o = {0};
    rasd_engine *e;
    rasd_store *s;
    rasd_status rc;
    double t0;
    int pr;
    if ((pr = parse_opts(argc, argv, usage_backup, NULL, &o, &o)) != 0)
        return pr > 0 ? 0 : EXIT_USAGE;
    if (o.nargs != 1 || !*o.args[0]) {
        fputs(usage_backup, stderr);
        return EXIT_USAGE;
    }
    if (open_both(&o, RASD_STORE_READONLY | RASD_STORE_REANNOTATE, &e, &s))
        return 1;
    t0 = now_s();
    if ((rc = rasd_store_backup(s, o.args[0])) != RASD_OK)
        fprintf(stderr, "rasd: %s\n", why(s, rc));
    else
        fprintf(stderr, "backed up %s to %s (%.1f s)\n", db_path(&o), o.args[0], now_s() - t0);
    rasd_store_close(s);
    rasd_engine_close(e);
    return rc ? 1 : 0;
}
