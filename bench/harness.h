/*
 * bench/harness.h — the driver shared by the text-analysis benchmarks in bench/ (C and C++).
 *
 * It streams a file of texts, each followed by one NUL byte (bench/prep.py writes it), one
 * text at a time through a single reusable buffer, so memory depends on the longest text and
 * not on the size of the input. For each text it calls the program's analysis function and
 * times only that call (CLOCK_MONOTONIC, summed over texts). At the end it prints one line:
 *
 *     name <TAB> bytes <TAB> tokens <TAB> seconds <TAB> MB/s <TAB> tokens/s <TAB> maxrss_kB
 *
 * (MB = 1e6 bytes of input text; maxrss from getrusage). Options every program accepts:
 * `--limit N` (analyse only the first N texts) and an input path (default
 * build/bench/texts.bin). C files must define _POSIX_C_SOURCE 200809L before any include.
 */
#ifndef BENCH_HARNESS_H
#define BENCH_HARNESS_H

#include "clock.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <time.h>

#define BENCH_DEFAULT_INPUT "build/bench/texts.bin"

/* Analyses text[0, len) (also NUL-terminated at text[len]) and stores the number of tokens
 * in *tokens. Returns 0 on success, non-zero on failure (after printing why). */
typedef int (*bench_fn)(void *ctx, const char *text, size_t len, size_t *tokens);

typedef struct bench_opts {
    const char *path; /* input file */
    long limit;       /* number of texts to analyse; -1 = all */
} bench_opts;

static inline void bench_opts_init(bench_opts *o)
{
    o->path = BENCH_DEFAULT_INPUT;
    o->limit = -1;
}

/* Consumes argv[*i] (and its value) if it is a common option. Returns 1 when taken, 0 when
 * the option is not a common one, -1 when its value is missing or invalid. */
static inline int bench_opt(bench_opts *o, int argc, char **argv, int *i)
{
    const char *arg = argv[*i];
    if (strcmp(arg, "--limit") == 0) {
        char *end;
        long n;
        if (*i + 1 >= argc)
            return -1;
        errno = 0;
        n = strtol(argv[++*i], &end, 10);
        if (errno != 0 || *end != '\0' || end == argv[*i] || n < 0)
            return -1;
        o->limit = n;
        return 1;
    }
    if (arg[0] != '-') {
        o->path = arg;
        return 1;
    }
    return 0;
}

static inline void bench_print(const char *name, uint64_t bytes, uint64_t tokens, int64_t ns)
{
    double sec = (double)ns / 1e9;
    double mbps = sec > 0 ? (double)bytes / 1e6 / sec : 0;
    double tokps = sec > 0 ? (double)tokens / sec : 0;
    printf("%s\t%llu\t%llu\t%.4f\t%.2f\t%.0f\t%ld\n", name, (unsigned long long)bytes,
           (unsigned long long)tokens, sec, mbps, tokps, bench_maxrss_kb());
}

/* Streams o->path through fn and prints the result line. Returns the process exit code. */
static inline int bench_run(const bench_opts *o, const char *name, bench_fn fn, void *ctx)
{
    FILE *fp = fopen(o->path, "rb");
    char *buf = NULL;
    size_t cap = 0;
    ssize_t got;
    long count = 0;
    uint64_t bytes = 0, tokens = 0;
    int64_t ns = 0;
    int rc = 0;

    if (fp == NULL) {
        fprintf(stderr, "%s: %s: %s\n", name, o->path, strerror(errno));
        return 1;
    }
    while ((o->limit < 0 || count < o->limit) && (got = getdelim(&buf, &cap, '\0', fp)) > 0) {
        size_t len = (size_t)got, n = 0;
        int64_t t0;
        if (buf[len - 1] == '\0') /* getdelim also NUL-terminates a last text without one */
            len--;
        t0 = bench_ns();
        rc = fn(ctx, buf, len, &n);
        ns += bench_ns() - t0;
        if (rc != 0) {
            fprintf(stderr, "%s: analysis failed on text %ld\n", name, count + 1);
            break;
        }
        bytes += len;
        tokens += n;
        count++;
    }
    if (rc == 0 && ferror(fp)) {
        fprintf(stderr, "%s: %s: read error\n", name, o->path);
        rc = 1;
    }
    free(buf);
    fclose(fp);
    if (rc == 0)
        bench_print(name, bytes, tokens, ns);
    return rc;
}

#endif /* BENCH_HARNESS_H */
