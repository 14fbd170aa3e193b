/* test_threads.c — one engine shared by threads, one doc per thread: every thread must get
 * exactly the analysis a single thread gets (the engine is read-only once open). */
#include "check.h"
#include "rasd.h"

#include <pthread.h>
#include <stdlib.h>

#define NEWS "tests/data/news/"
#define THREADS 4
#define ROUNDS 20

static const char *const files[] = {
    NEWS "a_geneva.txt", NEWS "b_reprint.txt", NEWS "c_own_words.txt", NEWS "d_paris.txt",
    NEWS "e_riyadh.txt", NEWS "f_bad_utf8.txt",
};
#define NFILES (sizeof files / sizeof *files)

typedef struct shared {
    const rasd_engine *e;
    char *text[NFILES];
    size_t len[NFILES];
    char *want[NFILES];    /* single-thread JSON with tokens */
} shared;

typedef struct job {
    shared *s;
    int mismatches, errors;
} job;

static char *json_of(const rasd_engine *e, rasd_doc *d, const char *text, size_t len)
{
    const char *out;
    size_t n;
    if (rasd_analyze(e, d, text, len) != RASD_OK || rasd_doc_json(d, "x", 1, RASD_JSON_TOKENS, &out, &n) != RASD_OK)
        return NULL;
    return check_copy(out, n);
}

static void *worker(void *arg)
{
    job *j = arg;
    rasd_doc *d;
    if (rasd_doc_new(&d) != RASD_OK) {
        j->errors++;
        return NULL;
    }
    for (int r = 0; r < ROUNDS; r++)
        for (size_t i = 0; i < NFILES; i++) {
            const char *out;
            size_t n;
            size_t k = (i + (size_t)r) % NFILES;
            if (rasd_analyze(j->s->e, d, j->s->text[k], j->s->len[k]) != RASD_OK ||
                rasd_doc_json(d, "x", 1, RASD_JSON_TOKENS, &out, &n) != RASD_OK)
                j->errors++;
            else if (n != strlen(j->s->want[k]) || memcmp(out, j->s->want[k], n) != 0)
                j->mismatches++;
        }
    rasd_doc_free(d);
    return NULL;
}

int main(void)
{
    shared s = {0};
    rasd_engine *e;
    rasd_doc *d;
    pthread_t th[THREADS];
    job jobs[THREADS];
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    s.e = e;
    for (size_t i = 0; i < NFILES; i++) {
        s.text[i] = REQUIRE_SLURP(files[i], &s.len[i]);
        s.want[i] = json_of(e, d, s.text[i], s.len[i]);
        REQUIRE(s.want[i] != NULL && strstr(s.want[i], "\"tokens\":[{"));
    }
    for (int t = 0; t < THREADS; t++) {
        jobs[t] = (job){&s, 0, 0};
        REQUIRE(pthread_create(&th[t], NULL, worker, &jobs[t]) == 0);
    }
    for (int t = 0; t < THREADS; t++) {
        pthread_join(th[t], NULL);
        CHECKF(jobs[t].errors == 0 && jobs[t].mismatches == 0, "thread %d: %d errors, %d mismatches",
               t, jobs[t].errors, jobs[t].mismatches);
    }
    for (size_t i = 0; i < NFILES; i++) {
        free(s.text[i]);
        free(s.want[i]);
    }
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_threads");
}
