/*
 * bench/ir/bench_search.c — rasd's search through the same driver as the search anchors.
 *
 * Opens an engine with the defaults (data folder found as the CLI finds it) and the store
 * DIR/rasd.db with RASD_STORE_READONLY, which `rasd ingest --db DIR/rasd.db` built; each
 * query is one rasd_search call with RASD_QUERY_PLAIN | RASD_QUERY_NO_SNIPPET (plain words,
 * no snippet: what the anchors do) and the requested number of hits. The store is built by
 * the CLI, so the index command is refused. Commands and output: see bench/ir/ir.h.
 *
 * With --fts5 first it asks the store's FTS5 index instead (built by `rasd ingest --fts5`):
 * the rasd tokenizer inside SQLite FTS5, ranked by FTS5's bm25(); the engine is "rasd-fts5".
 *
 * usage: bench_search [--fts5] run DIR QUERIES.tsv K OUT.run | latency DIR QUERIES.tsv
 */
#define _POSIX_C_SOURCE 200809L
#include "ir.h"

#include "rasd.h"

typedef struct searcher {
    rasd_engine *engine;
    rasd_store *store;
    int fts5;
} searcher;

static int index_docs(void *ctx, ir_docs *docs, const char *dir)
{
    (void)ctx;
    (void)docs;
    fprintf(stderr, "bench_search: build %s/rasd.db with rasd ingest\n", dir);
    return 1;
}

static void close_index(void *handle)
{
    searcher *s = (searcher *)handle;
    rasd_store_close(s->store);
    rasd_engine_close(s->engine);
    free(s);
}

static void *open_index(void *ctx, const char *dir)
{
    char path[4096];
    searcher *s = (searcher *)calloc(1, sizeof *s);
    rasd_status st = RASD_ENOMEM;
    int fts5 = *(const int *)ctx;
    if ((size_t)snprintf(path, sizeof path, "%s/rasd.db", dir) >= sizeof path || s == NULL) {
        fprintf(stderr, "bench_search: cannot open %s/rasd.db\n", dir);
        free(s);
        return NULL;
    }
    if ((st = rasd_engine_open(&s->engine, NULL)) != RASD_OK)
        fprintf(stderr, "bench_search: engine: %s\n", rasd_strerror(st));
    else if ((st = rasd_store_open(&s->store, s->engine, path,
                                   RASD_STORE_READONLY | (fts5 ? RASD_STORE_FTS5 : 0))) != RASD_OK)
        fprintf(stderr, "bench_search: %s: %s\n", path, rasd_strerror(st));
    if (st == RASD_OK) {
        s->fts5 = fts5;
        return s;
    }
    close_index(s);
    return NULL;
}

static int search(void *handle, const char *query, size_t k, ir_hits *hits)
{
    searcher *s = (searcher *)handle;
    rasd_query_opts opts = {k, NULL, NULL, NULL,
                            RASD_QUERY_PLAIN | RASD_QUERY_NO_SNIPPET | (s->fts5 ? RASD_QUERY_FTS5 : 0)};
    rasd_results *res = NULL;
    rasd_status st = rasd_search(s->store, query, &opts, &res);
    int rc = st != RASD_OK;
    if (rc != 0)
        fprintf(stderr, "bench_search: %s: %s\n", rasd_strerror(st), rasd_store_error(s->store));
    for (size_t i = 0; rc == 0 && i < rasd_results_count(res); i++) {
        const rasd_hit *h = rasd_results_hit(res, i);
        rc = ir_hits_add(hits, h->id, strlen(h->id), h->score);
    }
    rasd_results_free(res);
    return rc;
}

int main(int argc, char **argv)
{
    int fts5 = argc > 1 && strcmp(argv[1], "--fts5") == 0;
    const ir_engine engine = {fts5 ? "rasd-fts5" : "rasd", &fts5, index_docs, open_index, search,
                              close_index};
    argv[fts5] = argv[0];
    return ir_main(&engine, argc - fts5, argv + fts5);
}
