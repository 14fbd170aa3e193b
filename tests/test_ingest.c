/* test_ingest.c — rasd_ingest through the public API only, on JSON Lines it writes itself:
 * the counts, the errors reported in input order, progress, idempotent re-runs, an update,
 * a cancel from the progress callback that leaves whole batches and a store that a re-run
 * completes, and a commit that fails mid-ingest (the file size limit stands in for a full
 * disk): the summary's committed articles are exactly those in the store; the story
 * features skipped on the preparers when stories are off. */
#define _POSIX_C_SOURCE 200809L
#include "check.h"
#include "rasd.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

static char dir[64];

static const char *path_of(const char *name)
{
    static char path[4][128];
    static int k;
    k = (k + 1) % 4;
    snprintf(path[k], sizeof path[k], "%s/%s", dir, name);
    return path[k];
}

/* Arabic words, to make texts of n words that differ with the seed (Park–Miller LCG). */
static const char *const words[] = {
    "\xd8\xa7\xd9\x84\xd8\xb1\xd9\x8a\xd8\xa7\xd8\xb6",             /* الرياض */
    "\xd9\x88\xd8\xb2\xd9\x8a\xd8\xb1",                             /* وزير */
    "\xd8\xa7\xd9\x84\xd8\xae\xd8\xa7\xd8\xb1\xd8\xac\xd9\x8a\xd8\xa9", /* الخارجية */
    "\xd8\xa7\xd8\xac\xd8\xaa\xd9\x85\xd8\xa7\xd8\xb9",             /* اجتماع */
    "\xd9\x85\xd8\xac\xd9\x84\xd8\xb3",                             /* مجلس */
    "\xd8\xa7\xd9\x84\xd8\xa3\xd9\x85\xd9\x86",                     /* الأمن */
    "\xd9\x82\xd8\xa7\xd9\x84",                                     /* قال */
    "\xd8\xa7\xd9\x84\xd8\xad\xd9\x83\xd9\x88\xd9\x85\xd8\xa9",     /* الحكومة */
    "\xd8\xa7\xd9\x84\xd9\x8a\xd9\x88\xd9\x85",                     /* اليوم */
    "\xd9\x85\xd8\xaf\xd9\x8a\xd9\x86\xd8\xa9",                     /* مدينة */
    "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x82\xd8\xaa\xd8\xb5\xd8\xa7\xd8\xaf", /* الاقتصاد */
    "\xd8\xa7\xd9\x84\xd9\x86\xd9\x81\xd8\xb7",                     /* النفط */
};

static void write_text(FILE *f, unsigned long seed, int n)
{
    for (int i = 0; i < n; i++) {
        seed = seed * 48271 % 2147483647;
        fprintf(f, "%s%s %lu", i ? " " : "", words[seed % (sizeof words / sizeof *words)],
                seed % 1000);
    }
}

/* Writes records first..first+n-1 ("a<k>", texts of `len` words) to name; with `bad`, line 3
 * is broken JSON. Returns the file's path. */
static const char *write_jsonl(const char *name, int first, int n, int len, int bad)
{
    const char *p = path_of(name);
    FILE *f = fopen(p, "w");
    if (!f)
        return p;
    for (int k = first; k < first + n; k++) {
        if (bad && k == first + 2)
            fputs("{\"id\": \"broken\", \"text\": \n", f);
        fprintf(f, "{\"id\":\"a%d\",\"title\":\"t%d\",\"published\":\"2015-07-%02d\","
                "\"source\":\"test\",\"text\":\"", k, k, 1 + k % 28);
        write_text(f, (unsigned long)k + 1, len);
        fputs("\"}\n", f);
    }
    fclose(f);
    return p;
}

/* What the callbacks saw. */
typedef struct seen {
    size_t progress, cancel_at;  /* calls; cancel once written reaches cancel_at (0: never) */
    size_t last_written;
    int monotonic;
    char errors[8][256];
    size_t nerrors;
} seen;

static int on_progress(const rasd_ingest_stats *st, void *ctx)
{
    seen *v = ctx;
    v->progress++;
    v->monotonic &= st->written >= v->last_written && st->bytes_done <= st->bytes_total;
    v->last_written = st->written;
    return v->cancel_at && st->written >= v->cancel_at;
}

static void on_error(const char *msg, void *ctx)
{
    seen *v = ctx;
    if (v->nerrors < 8)
        snprintf(v->errors[v->nerrors], sizeof v->errors[0], "%s", msg);
    v->nerrors++;
}

static rasd_store *open_store(const rasd_engine *e, const char *name, unsigned flags)
{
    rasd_store *s = NULL;
    rasd_status st = rasd_store_open(&s, e, path_of(name), flags);
    CHECKF(st == RASD_OK, "open %s: %s", name, s ? rasd_store_error(s) : rasd_strerror(st));
    if (st) {
        rasd_store_close(s);
        return NULL;
    }
    return s;
}

/* Live articles in the store (reopened, so it is what is on disk). */
static int64_t stored(const rasd_engine *e, const char *name)
{
    rasd_store *s = open_store(e, name, RASD_STORE_READONLY);
    rasd_store_stats st = {0};
    if (!s)
        return -1;
    CHECK(rasd_store_stats_get(s, &st) == RASD_OK);
    rasd_store_close(s);
    return st.articles;
}

static rasd_status ingest(rasd_store *s, const char *const *paths, size_t n, size_t batch,
                          unsigned flags, seen *v, rasd_ingest_stats *st)
{
    rasd_ingest_opts o = {2, batch, flags, on_progress, on_error, v, NULL};
    v->monotonic = 1;
    return rasd_ingest(s, paths, n, &o, st);
}

static void test_counts_and_reruns(const rasd_engine *e)
{
    const char *paths[3];
    rasd_ingest_stats st;
    seen v = {0};
    rasd_store *s = open_store(e, "c.db", 0);
    rasd_status rc;
    if (!s)
        return;
    paths[0] = path_of("missing.jsonl");
    paths[1] = write_jsonl("one.jsonl", 0, 30, 40, 1);
    paths[2] = write_jsonl("two.jsonl", 30, 10, 40, 0);
    rc = ingest(s, paths, 3, 7, 0, &v, &st);
    CHECKF(rc == RASD_OK, "%s", rasd_strerror(rc));
    CHECKF(st.added == 40 && st.updated == 0 && st.unchanged == 0 && st.written == 40,
           "added %zu updated %zu unchanged %zu written %zu", st.added, st.updated,
           st.unchanged, st.written);
    CHECKF(st.rejected == 2 && st.pending == 0 && st.dropped == 0, "rejected %zu", st.rejected);
    CHECK(st.bytes_total > 40 * 40 * 8 && st.bytes_done == st.bytes_total && st.seconds > 0);
    /* the inputs are opened first, then errors come in input order */
    CHECKF(v.nerrors == 2 && strstr(v.errors[0], "missing.jsonl: cannot read") &&
           strstr(v.errors[1], "one.jsonl:3: "), "%zu errors: [%s] [%s]", v.nerrors,
           v.errors[0], v.errors[1]);
    CHECKF(v.progress == 41 && v.monotonic && v.last_written == 40, "progress %zu, last %zu",
           v.progress, v.last_written);
    CHECK(stored(e, "c.db") == 40);
    CHECK(rasd_store_committed(s) == 40);

    /* again: nothing to add; then one text changed */
    memset(&v, 0, sizeof v);
    rc = ingest(s, paths + 1, 2, 0, 0, &v, &st);
    CHECKF(rc == RASD_OK && st.added == 0 && st.updated == 0 && st.unchanged == 40 &&
           st.rejected == 1, "rerun: %s, added %zu unchanged %zu", rasd_strerror(rc), st.added,
           st.unchanged);
    paths[0] = write_jsonl("changed.jsonl", 5, 1, 41, 0);
    rc = ingest(s, paths, 1, 0, 0, &v, &st);
    CHECKF(rc == RASD_OK && st.added == 0 && st.updated == 1 && st.unchanged == 0,
           "update: added %zu updated %zu", st.added, st.updated);
    CHECK(rasd_store_committed(s) == 41);
    rasd_store_close(s);
    CHECK(stored(e, "c.db") == 40);
}

/* Cancelled by the progress callback after 12 articles (batches of 5): the 12 are
 * committed, the rest not read; the same ingest again completes the store. */
static void test_cancel(const rasd_engine *e)
{
    const char *paths[1];
    rasd_ingest_stats st;
    seen v = {0};
    rasd_store *s = open_store(e, "x.db", RASD_STORE_NO_ENTITIES);
    rasd_status rc;
    if (!s)
        return;
    paths[0] = write_jsonl("many.jsonl", 0, 200, 30, 0);
    v.cancel_at = 12;
    rc = ingest(s, paths, 1, 5, RASD_PREPARE_NO_ENTITIES, &v, &st);
    CHECKF(rc == RASD_ECANCELED, "%s", rasd_strerror(rc));
    CHECKF(st.written == 12 && st.added == 12 && st.dropped == 0 && st.pending == 0,
           "written %zu added %zu", st.written, st.added);
    CHECK(stored(e, "x.db") == 12);
    memset(&v, 0, sizeof v);
    rc = ingest(s, paths, 1, 5, RASD_PREPARE_NO_ENTITIES, &v, &st);
    CHECKF(rc == RASD_OK && st.added == 188 && st.unchanged == 12, "resume: %s, added %zu",
           rasd_strerror(rc), st.added);
    rasd_store_close(s);
    CHECK(stored(e, "x.db") == 200);
}

/* A commit fails mid-ingest: with the file size limit of the process at 8 MiB the store's
 * write-ahead log cannot grow past it (64 KiB pages: about 2 MiB a batch of 40 here, so the
 * fifth commit fails), the way a full disk stops it. Every batch the store kept is counted,
 * none other; lifting the limit, the same ingest completes it. */
static void test_full_disk(const rasd_engine *e)
{
    const char *paths[1];
    rasd_ingest_stats st;
    seen v = {0};
    struct rlimit was, lim;
    rasd_store *s = open_store(e, "f.db", RASD_STORE_NO_ENTITIES);
    rasd_status rc;
    int64_t n;
    if (!s)
        return;
    paths[0] = write_jsonl("big.jsonl", 0, 600, 300, 0);
    signal(SIGXFSZ, SIG_IGN);              /* a write past the limit fails with EFBIG */
    CHECK(getrlimit(RLIMIT_FSIZE, &was) == 0);
    lim = was;
    lim.rlim_cur = (rlim_t)8 << 20;
    CHECK(setrlimit(RLIMIT_FSIZE, &lim) == 0);
    rc = ingest(s, paths, 1, 40, RASD_PREPARE_NO_ENTITIES, &v, &st);
    CHECK(setrlimit(RLIMIT_FSIZE, &was) == 0);
    CHECKF(rc == RASD_EIO, "%s", rasd_strerror(rc));
    CHECKF(st.added > 0 && st.added < 600 && st.added % 40 == 0 && st.dropped > 0 &&
           st.added + st.dropped == st.written && st.pending == 0,
           "added %zu dropped %zu written %zu", st.added, st.dropped, st.written);
    CHECKF(v.nerrors == 1 && strstr(v.errors[0], "big.jsonl:") && strstr(v.errors[0], "I/O"),
           "the failure is reported once: %zu [%s]", v.nerrors, v.errors[0]);
    rasd_store_close(s);
    n = stored(e, "f.db");
    CHECKF(n == (int64_t)st.added, "the store holds %lld, the summary says %zu", (long long)n,
           st.added);
    if (!(s = open_store(e, "f.db", RASD_STORE_NO_ENTITIES)))
        return;
    memset(&v, 0, sizeof v);
    rc = ingest(s, paths, 1, 40, RASD_PREPARE_NO_ENTITIES, &v, &st);
    CHECKF(rc == RASD_OK && (int64_t)st.added == 600 - n && (int64_t)st.unchanged == n,
           "resume: %s, added %zu", rasd_strerror(rc), st.added);
    rasd_store_close(s);
    CHECK(stored(e, "f.db") == 600);
}

static void test_refusals(const rasd_engine *e)
{
    rasd_store *s = open_store(e, "c.db", RASD_STORE_READONLY);
    const char *p = path_of("two.jsonl");
    rasd_ingest_stats st;
    CHECK(rasd_ingest(NULL, &p, 1, NULL, &st) == RASD_EINVAL);
    CHECK(rasd_ingest(s, NULL, 1, NULL, &st) == RASD_EINVAL);
    /* a read-only store refuses every article: each one rejected, nothing written */
    CHECK(rasd_ingest(s, &p, 1, NULL, &st) == RASD_OK && st.rejected == 10 && st.written == 0);
    rasd_store_close(s);
}

/* The story features skipped on the preparers (RASD_PREPARE_NO_STORIES): a store opened
 * with RASD_STORE_NO_STORIES puts the articles in no story, as before; a store with stories
 * on computes the features itself, so the stories are those of a plain ingest. Input: the
 * articles of tests/data/news (the Geneva talks and their reprint form stories). */
static void test_no_story_features(const rasd_engine *e)
{
    const char *news[] = {"tests/data/news"};
    static const struct { const char *db; unsigned store, prep; } runs[] = {
        {"s_plain.db", 0, 0},
        {"s_skip.db", 0, RASD_PREPARE_NO_STORIES},
        {"s_off.db", RASD_STORE_NO_STORIES, RASD_PREPARE_NO_STORIES},
    };
    rasd_story_stats ss[3];
    for (size_t r = 0; r < 3; r++) {
        rasd_ingest_stats st;
        seen v = {0};
        rasd_store *s = open_store(e, runs[r].db, runs[r].store);
        memset(&ss[r], 0, sizeof ss[r]);
        if (!s)
            return;
        CHECKF(ingest(s, news, 1, 0, runs[r].prep, &v, &st) == RASD_OK && st.added >= 5,
               "%s: added %zu", runs[r].db, st.added);
        CHECK(rasd_store_story_stats(s, &ss[r]) == RASD_OK);
        rasd_store_close(s);
    }
    CHECKF(ss[0].stories > 0 && ss[0].stories < ss[0].clustered, "%lld stories of %lld",
           (long long)ss[0].stories, (long long)ss[0].clustered);
    CHECKF(ss[1].stories == ss[0].stories && ss[1].clustered == ss[0].clustered &&
           ss[1].threads == ss[0].threads, "stories %lld, not %lld",
           (long long)ss[1].stories, (long long)ss[0].stories);
    CHECKF(ss[2].stories == 0 && ss[2].clustered == 0, "stories off: %lld",
           (long long)ss[2].stories);
}

int main(void)
{
    rasd_engine *e = NULL;
    char cmd[128];
    snprintf(dir, sizeof dir, "/tmp/rasd-test-ingest-XXXXXX");
    if (!mkdtemp(dir) || rasd_engine_open(&e, NULL) != RASD_OK) {
        fprintf(stderr, "cannot set up\n");
        return 1;
    }
    test_counts_and_reruns(e);
    test_cancel(e);
    test_full_disk(e);
    test_refusals(e);
    test_no_story_features(e);
    rasd_engine_close(e);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return check_done("test_ingest");
}
