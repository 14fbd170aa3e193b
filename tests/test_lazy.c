/* test_lazy.c — an engine that loads each stage's data at its first use
 * (rasd_config.lazy_stages, what every rasd command opens): it opens without loading them,
 * serves a stage it has not loaded yet exactly as an eager engine does, also when that first
 * use comes from several threads at once, and a data file it cannot read fails the first
 * call that needs it (and rasd_engine_prepare, with the file and line) instead of going
 * unnoticed. */
#include "check.h"
#include "core/stage.h"

#include <dirent.h>
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#define NEWS "tests/data/news/"
#define THREADS 4
#define JSON_ALL (RASD_JSON_ENTITIES | RASD_JSON_EVENTS)

static const char *const files[] = {
    NEWS "a_geneva.txt", NEWS "c_own_words.txt", NEWS "d_paris.txt", NEWS "e_riyadh.txt",
};
#define NFILES (sizeof files / sizeof *files)

typedef struct shared {
    const rasd_engine *e;
    pthread_barrier_t go;
    char *text[NFILES];
    size_t len[NFILES];
    char *want[NFILES];    /* the eager engine's JSON */
} shared;

typedef struct job {
    shared *s;
    int t, mismatches, errors;
} job;

/* The JSON of text annotated by every stage; NULL on an error. */
static char *annotated(const rasd_engine *e, rasd_doc *d, const char *text, size_t len)
{
    const char *out;
    size_t n;
    if (rasd_analyze(e, d, text, len) != RASD_OK ||
        rasd_annotate(e, d, "2015-09-16", 0) != RASD_OK ||
        rasd_doc_json(d, "x", 1, JSON_ALL, &out, &n) != RASD_OK)
        return NULL;
    return check_copy(out, n);
}

/* Each thread waits for the others, then annotates every file: the first annotation of the
 * lazy engine comes from all of them at once. */
static void *worker(void *arg)
{
    job *j = arg;
    rasd_doc *d;
    if (rasd_doc_new(&d) != RASD_OK) {
        j->errors++;
        return NULL;
    }
    pthread_barrier_wait(&j->s->go);
    for (size_t r = 0; r < NFILES; r++) {
        size_t k = (r + (size_t)j->t) % NFILES;
        char *got = annotated(j->s->e, d, j->s->text[k], j->s->len[k]);
        if (!got)
            j->errors++;
        else if (strcmp(got, j->s->want[k]) != 0)
            j->mismatches++;
        free(got);
    }
    rasd_doc_free(d);
    return NULL;
}

static int loaded(const rasd_engine *e)
{
    int n = 0;
    for (size_t i = 0; i < rasd_nstages; i++)
        n += rasd_stages[i].doc && atomic_load(&e->stage_st[i]) != 0;
    return n;
}

static void first_use_in_threads(void)
{
    shared s = {0};
    rasd_engine *eager, *lazy;
    rasd_config cfg;
    rasd_doc *d;
    pthread_t th[THREADS];
    job jobs[THREADS];
    rasd_config_default(&cfg);
    cfg.lazy_stages = 1;
    REQUIRE(rasd_engine_open(&eager, NULL) == RASD_OK);
    REQUIRE(rasd_engine_open(&lazy, &cfg) == RASD_OK);
    CHECKF(loaded(lazy) == 0, "a lazy engine loaded %d stages at open", loaded(lazy));
    CHECK(loaded(eager) >= 2);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    for (size_t i = 0; i < NFILES; i++) {
        s.text[i] = REQUIRE_SLURP(files[i], &s.len[i]);
        s.want[i] = annotated(eager, d, s.text[i], s.len[i]);
        REQUIRE(s.want[i] != NULL);
    }
    CHECK(strstr(s.want[0], "\"entities\":[{") != NULL);   /* the stages found something */
    CHECK(strstr(s.want[3], "\"quotes\":[{") != NULL);
    s.e = lazy;
    REQUIRE(pthread_barrier_init(&s.go, NULL, THREADS) == 0);
    for (int t = 0; t < THREADS; t++) {
        jobs[t] = (job){&s, t, 0, 0};
        REQUIRE(pthread_create(&th[t], NULL, worker, &jobs[t]) == 0);
    }
    for (int t = 0; t < THREADS; t++) {
        pthread_join(th[t], NULL);
        CHECKF(jobs[t].errors == 0 && jobs[t].mismatches == 0,
               "thread %d: %d errors, %d mismatches", t, jobs[t].errors, jobs[t].mismatches);
    }
    CHECK(loaded(lazy) == loaded(eager));
    pthread_barrier_destroy(&s.go);
    for (size_t i = 0; i < NFILES; i++) {
        free(s.text[i]);
        free(s.want[i]);
    }
    rasd_doc_free(d);
    rasd_engine_close(lazy);
    rasd_engine_close(eager);
}

/* A lazy engine's first use through a stage's own API (not rasd_annotate): the recogniser. */
static void first_use_by_api(void)
{
    rasd_engine *lazy;
    rasd_config cfg;
    rasd_config_default(&cfg);
    cfg.lazy_stages = 1;
    REQUIRE(rasd_engine_open(&lazy, &cfg) == RASD_OK);
    CHECK(loaded(lazy) == 0);
    CHECK(rasd_ner_available(lazy));
    CHECK(loaded(lazy) == 1);        /* the entities' data, not the events' */
    CHECK(rasd_engine_prepare(lazy, NULL, 0) == RASD_OK);
    CHECK(loaded(lazy) >= 2);
    rasd_engine_close(lazy);
}

/* A data folder whose events.tsv has a line this build cannot read (as cli_events.sh's
 * "aguard" test): the eager engine does not open; the lazy one opens, then fails the first
 * annotation and rasd_engine_prepare, naming the file and line. */
static void bad_data(void)
{
    const char *dir = "build/test-tmp/lazy-baddata";
    char path[1024], target[1024], why[320], line[64];
    DIR *dd;
    struct dirent *de;
    rasd_engine *e;
    rasd_doc *d;
    rasd_config cfg;
    char cwd[400];
    REQUIRE(getcwd(cwd, sizeof cwd) != NULL);
    mkdir("build/test-tmp", 0755);
    mkdir(dir, 0755);
    REQUIRE((dd = opendir("data")) != NULL);
    while ((de = readdir(dd)) != NULL) {
        if (de->d_name[0] == '.' || strcmp(de->d_name, "events.tsv") == 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        snprintf(target, sizeof target, "%s/data/%s", cwd, de->d_name);
        unlink(path);
        CHECK(symlink(target, path) == 0);
    }
    closedir(dd);
    size_t n, lines = 1;
    char *ev = REQUIRE_SLURP("data/events.tsv", &n);
    for (size_t i = 0; i < n; i++)
        lines += ev[i] == '\n';
    snprintf(path, sizeof path, "%s/events.tsv", dir);
    FILE *f = fopen(path, "w");
    REQUIRE(f != NULL);
    fwrite(ev, 1, n, f);
    fputs("aguard\tnosuchlist\tأثناء\n", f);
    fclose(f);
    free(ev);
    snprintf(line, sizeof line, "events.tsv:%zu:", lines);

    rasd_config_default(&cfg);
    cfg.data_dir = dir;
    CHECK(rasd_engine_open(&e, &cfg) != RASD_OK);
    cfg.lazy_stages = 1;
    REQUIRE(rasd_engine_open(&e, &cfg) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    const char *text = "قال وزير الخارجية إن المحادثات ستستمر.";
    REQUIRE(rasd_analyze(e, d, text, strlen(text)) == RASD_OK);
    CHECK(rasd_annotate(e, d, NULL, 0) != RASD_OK);
    CHECK(rasd_annotate(e, d, NULL, 0) != RASD_OK);      /* and again: the status is kept */
    CHECK(rasd_annotate(e, d, NULL, RASD_STAGE_EVENTS) == RASD_OK);  /* the entities load */
    CHECK(rasd_engine_prepare(e, why, sizeof why) != RASD_OK);
    CHECKF(strstr(why, line) != NULL, "why \"%s\" does not name %s", why, line);
    rasd_doc_free(d);
    rasd_engine_close(e);
}

int main(void)
{
    first_use_in_threads();
    first_use_by_api();
    bad_data();
    return check_done("test_lazy");
}
