/*
 * bench/ir/ir.h — the driver shared by the search-benchmark programs in bench/ir/ (C and C++).
 *
 * A program fills an ir_engine with its name and four functions (build an index, open it,
 * search it, close it) and hands argv to ir_main, which implements the three commands:
 *
 *   prog index DOCS.bin DIR        builds an index in DIR from scratch and prints
 *                                  name <TAB> index <TAB> articles <TAB> seconds <TAB>
 *                                  articles_per_s <TAB> maxrss_kB
 *                                  (timed: reading DOCS.bin, indexing, the final commit)
 *   prog run DIR QUERIES.tsv K OUT.run
 *                                  the top K of every query as a TREC run file:
 *                                  qid Q0 docid rank score name (rank from 1)
 *   prog latency DIR QUERIES.tsv   every query (top 10, document ids retrieved) once untimed
 *                                  as warm-up, then once timed, and prints
 *                                  name <TAB> latency <TAB> queries <TAB> p50_ms <TAB> p99_ms
 *                                  <TAB> qps
 *                                  (percentiles by nearest rank; qps = queries / the sum of
 *                                  their times; each time covers the engine's whole search
 *                                  call: parsing, ranking, fetching the ids)
 *
 * DOCS.bin: records separated by NUL, fields id \x1f title \x1f text (bench/ir/prep.py).
 * QUERIES.tsv: qid <TAB> query, one a line. C files must define _POSIX_C_SOURCE 200809L
 * before any include.
 */
#ifndef BENCH_IR_H
#define BENCH_IR_H

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>

#include "../clock.h"

#define IR_LATENCY_K 10

/* ------------------------------------------------------------ documents */

typedef struct ir_doc {
    const char *id, *title, *text; /* NUL-terminated, pointing into the reader's buffer */
    size_t id_len, title_len, text_len;
} ir_doc;

typedef struct ir_docs {
    FILE *fp;
    char *buf;
    size_t cap;
    long count; /* records read so far */
} ir_docs;

static inline int ir_docs_open(ir_docs *r, const char *path)
{
    memset(r, 0, sizeof *r);
    r->fp = fopen(path, "rb");
    if (r->fp == NULL) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return 1;
    }
    return 0;
}

/* Cuts buf at the next \x1f: *field = s, returns the rest (NULL when there is no \x1f). */
static inline char *ir_cut(char *s, const char **field, size_t *len)
{
    char *sep = strchr(s, '\x1f');
    *field = s;
    if (sep == NULL)
        return NULL;
    *sep = '\0';
    *len = (size_t)(sep - s);
    return sep + 1;
}

/* Reads the next record into *d. Returns 1 with a record, 0 at the end, -1 on an error. */
static inline int ir_docs_next(ir_docs *r, ir_doc *d)
{
    ssize_t got = getdelim(&r->buf, &r->cap, '\0', r->fp);
    char *rest;
    if (got <= 0)
        return ferror(r->fp) ? -1 : 0;
    if (r->buf[got - 1] == '\0') /* getdelim also NUL-terminates a last record without one */
        got--;
    r->count++;
    rest = ir_cut(r->buf, &d->id, &d->id_len);
    if (rest != NULL)
        rest = ir_cut(rest, &d->title, &d->title_len);
    if (rest == NULL || strchr(rest, '\x1f') != NULL) {
        fprintf(stderr, "docs: record %ld: not id \\x1f title \\x1f text\n", r->count);
        return -1;
    }
    d->text = rest;
    d->text_len = (size_t)(r->buf + got - rest);
    return 1;
}

static inline void ir_docs_close(ir_docs *r)
{
    free(r->buf);
    if (r->fp != NULL)
        fclose(r->fp);
}

/* -------------------------------------------------------------- queries */

typedef struct ir_queries {
    char *data;        /* the whole file, cut into NUL-terminated strings */
    char **qid, **text;
    size_t count;
} ir_queries;

static inline char *ir_slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    char *data = NULL;
    long size;
    if (fp == NULL || fseek(fp, 0, SEEK_END) != 0 || (size = ftell(fp)) < 0 ||
        fseek(fp, 0, SEEK_SET) != 0 || (data = (char *)malloc((size_t)size + 1)) == NULL ||
        fread(data, 1, (size_t)size, fp) != (size_t)size) {
        fprintf(stderr, "%s: cannot read\n", path);
        free(data);
        data = NULL;
    } else {
        data[size] = '\0';
        *len = (size_t)size;
    }
    if (fp != NULL)
        fclose(fp);
    return data;
}

/* Loads qid<TAB>query lines (a trailing \r is dropped, blank lines skipped). */
static inline int ir_queries_load(ir_queries *q, const char *path)
{
    size_t len = 0, cap;
    char *line, *next;
    memset(q, 0, sizeof *q);
    if ((q->data = ir_slurp(path, &len)) == NULL)
        return 1;
    cap = 1;
    for (size_t i = 0; i < len; i++)
        cap += q->data[i] == '\n';
    q->qid = (char **)malloc(cap * sizeof *q->qid);
    q->text = (char **)malloc(cap * sizeof *q->text);
    if (q->qid == NULL || q->text == NULL)
        return 1;
    for (line = q->data; *line != '\0'; line = next) {
        char *tab, *end = strchr(line, '\n');
        next = end != NULL ? end + 1 : line + strlen(line);
        if (end != NULL)
            *end = '\0';
        if (end != NULL && end > line && end[-1] == '\r')
            end[-1] = '\0';
        if (*line == '\0')
            continue;
        if ((tab = strchr(line, '\t')) == NULL) {
            fprintf(stderr, "%s: line without a tab: %s\n", path, line);
            return 1;
        }
        *tab = '\0';
        q->qid[q->count] = line;
        q->text[q->count++] = tab + 1;
    }
    return 0;
}

static inline void ir_queries_free(ir_queries *q)
{
    free(q->data);
    free(q->qid);
    free(q->text);
}

/* ----------------------------------------------------------------- hits */

typedef struct ir_hits {
    size_t count, cap;
    double *score;
    size_t *id_off;    /* offsets into ids */
    char *ids;         /* the ids, each NUL-terminated */
    size_t ids_len, ids_cap;
} ir_hits;

static inline void ir_hits_clear(ir_hits *h)
{
    h->count = 0;
    h->ids_len = 0;
}

static inline const char *ir_hit_id(const ir_hits *h, size_t i)
{
    return h->ids + h->id_off[i];
}

/* Appends a hit (id is len bytes, copied). Returns 0, or 1 when out of memory. */
static inline int ir_hits_add(ir_hits *h, const char *id, size_t len, double score)
{
    if (h->count == h->cap) {
        size_t cap = h->cap ? 2 * h->cap : 16;
        double *s = (double *)realloc(h->score, cap * sizeof *s);
        size_t *o = s ? (size_t *)realloc(h->id_off, cap * sizeof *o) : NULL;
        if (s != NULL)
            h->score = s;
        if (o == NULL)
            return 1;
        h->id_off = o;
        h->cap = cap;
    }
    if (h->ids_len + len + 1 > h->ids_cap) {
        size_t cap = 2 * (h->ids_len + len + 1);
        char *ids = (char *)realloc(h->ids, cap);
        if (ids == NULL)
            return 1;
        h->ids = ids;
        h->ids_cap = cap;
    }
    memcpy(h->ids + h->ids_len, id, len);
    h->ids[h->ids_len + len] = '\0';
    h->id_off[h->count] = h->ids_len;
    h->score[h->count++] = score;
    h->ids_len += len + 1;
    return 0;
}

static inline void ir_hits_free(ir_hits *h)
{
    free(h->score);
    free(h->id_off);
    free(h->ids);
}

/* --------------------------------------------------------------- engine */

typedef struct ir_engine {
    const char *name;
    void *ctx;         /* the program's settings, passed to index and open */
    /* Builds an index of every record of docs in dir (which exists), replacing any old one.
     * Returns 0 on success. */
    int (*index)(void *ctx, ir_docs *docs, const char *dir);
    /* Opens the index in dir for searching; NULL on failure (after printing why). */
    void *(*open)(void *ctx, const char *dir);
    /* Puts the best k documents for query, best first, into hits (cleared by the caller).
     * Returns 0 on success. */
    int (*search)(void *handle, const char *query, size_t k, ir_hits *hits);
    void (*close)(void *handle);
} ir_engine;

static inline int ir_cmd_index(const ir_engine *e, const char *docs_path, const char *dir)
{
    ir_docs docs;
    int64_t t0 = bench_ns();
    double sec;
    int rc;
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "%s: %s: %s\n", e->name, dir, strerror(errno));
        return 1;
    }
    if (ir_docs_open(&docs, docs_path) != 0)
        return 1;
    rc = e->index(e->ctx, &docs, dir);
    sec = (double)(bench_ns() - t0) / 1e9;
    ir_docs_close(&docs);
    if (rc != 0)
        return 1;
    printf("%s\tindex\t%ld\t%.3f\t%.0f\t%ld\n", e->name, docs.count, sec,
           sec > 0 ? (double)docs.count / sec : 0.0, bench_maxrss_kb());
    return 0;
}

/* Runs query i into hits; prints the failure and returns 1 when the engine fails. */
static inline int ir_query(const ir_engine *e, void *h, const ir_queries *q, size_t i, size_t k,
                           ir_hits *hits)
{
    ir_hits_clear(hits);
    if (e->search(h, q->text[i], k, hits) != 0) {
        fprintf(stderr, "%s: query %s failed\n", e->name, q->qid[i]);
        return 1;
    }
    return 0;
}

static inline int ir_write_run(const ir_engine *e, void *h, const ir_queries *q, size_t k,
                               FILE *out)
{
    ir_hits hits;
    int rc = 0;
    memset(&hits, 0, sizeof hits);
    for (size_t i = 0; i < q->count && rc == 0; i++) {
        rc = ir_query(e, h, q, i, k, &hits);
        for (size_t j = 0; rc == 0 && j < hits.count; j++)
            fprintf(out, "%s Q0 %s %zu %.6f %s\n", q->qid[i], ir_hit_id(&hits, j), j + 1,
                    hits.score[j], e->name);
    }
    ir_hits_free(&hits);
    return rc;
}

static inline int ir_cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The p-th percentile (0 < p <= 100) of n > 0 sorted values, by nearest rank:
 * the value at rank ceil(p * n / 100), counting from 1. */
static inline double ir_percentile(const double *sorted, size_t n, unsigned p)
{
    size_t rank = (p * n + 99) / 100;
    return sorted[(rank < 1 ? 1 : rank) - 1];
}

static inline int ir_latency(const ir_engine *e, void *h, const ir_queries *q)
{
    ir_hits hits;
    double *ms = (double *)malloc((q->count ? q->count : 1) * sizeof *ms), total = 0;
    int rc = ms == NULL;
    memset(&hits, 0, sizeof hits);
    for (size_t i = 0; i < q->count && rc == 0; i++) /* warm-up */
        rc = ir_query(e, h, q, i, IR_LATENCY_K, &hits);
    for (size_t i = 0; i < q->count && rc == 0; i++) {
        int64_t t0 = bench_ns();
        rc = ir_query(e, h, q, i, IR_LATENCY_K, &hits);
        ms[i] = (double)(bench_ns() - t0) / 1e6;
        total += ms[i];
    }
    if (rc == 0 && q->count > 0) {
        qsort(ms, q->count, sizeof *ms, ir_cmp_double);
        printf("%s\tlatency\t%zu\t%.3f\t%.3f\t%.1f\n", e->name, q->count,
               ir_percentile(ms, q->count, 50), ir_percentile(ms, q->count, 99),
               total > 0 ? (double)q->count / (total / 1e3) : 0.0);
    }
    free(ms);
    ir_hits_free(&hits);
    return rc;
}

/* run and latency: opens the index, loads the queries, does the work. */
static inline int ir_cmd_search(const ir_engine *e, const char *dir, const char *queries,
                                size_t k, const char *run_path)
{
    ir_queries q;
    FILE *out = NULL;
    void *h = NULL;
    int rc = 1;
    if (ir_queries_load(&q, queries) == 0 && (h = e->open(e->ctx, dir)) != NULL) {
        if (run_path == NULL) {
            rc = ir_latency(e, h, &q);
        } else if ((out = fopen(run_path, "w")) == NULL) {
            fprintf(stderr, "%s: %s: %s\n", e->name, run_path, strerror(errno));
        } else {
            rc = ir_write_run(e, h, &q, k, out);
            if (fclose(out) != 0)
                rc = 1;
        }
    }
    if (h != NULL)
        e->close(h);
    ir_queries_free(&q);
    return rc;
}

static inline int ir_usage(const char *argv0)
{
    fprintf(stderr,
            "usage: %s index DOCS.bin DIR\n"
            "       %s run DIR QUERIES.tsv K OUT.run\n"
            "       %s latency DIR QUERIES.tsv\n",
            argv0, argv0, argv0);
    return 2;
}

/* The program's main: dispatches argv to the commands above. */
static inline int ir_main(const ir_engine *e, int argc, char **argv)
{
    if (argc == 4 && strcmp(argv[1], "index") == 0)
        return ir_cmd_index(e, argv[2], argv[3]);
    if (argc == 6 && strcmp(argv[1], "run") == 0) {
        char *end;
        long k = strtol(argv[4], &end, 10);
        if (*end != '\0' || k <= 0)
            return ir_usage(argv[0]);
        return ir_cmd_search(e, argv[2], argv[3], (size_t)k, argv[5]);
    }
    if (argc == 4 && strcmp(argv[1], "latency") == 0)
        return ir_cmd_search(e, argv[2], argv[3], IR_LATENCY_K, NULL);
    return ir_usage(argv[0]);
}

#endif /* BENCH_IR_H */
