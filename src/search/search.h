/* search.h — answering queries from the ranking index (src/search/search.c) and the FTS5
 * comparison path (src/search/fts5.c), over a connection the store owns. The store embeds one
 * search_ctx and calls these; search/ knows the tables it reads (segments, postings, dead,
 * articles, texts, sources, dupes) but not the store handle. Never included by front ends. */
#ifndef RASD_SEARCH_H
#define RASD_SEARCH_H

#include "search/index.h"
#include "sql/sql.h"

/* The statements search prepares on the store's connection (all read-only). */
enum { SS_POST, SS_TEXT, SS_ART, SS_SOURCE, SS_RELATED, SS_DEAD_ALL, SS_GEN, SS_COUNT };

typedef struct search_ctx {
    sqlconn *c;                /* the store's connection and error detail (not owned) */
    const rasd_engine *e;
    unsigned flags;            /* the store's RASD_STORE_* */
    rasd_doc *doc, *doc2;      /* scratch analyses */
    sqlite3_stmt *st[SS_COUNT];
    sqlite3_stmt *st_fts_ins, *st_fts_del;  /* with RASD_STORE_FTS5 on a writable store */
    search_cache cache;
} search_ctx;

/* Prepares x's statements on c (flags: the store's). On failure x holds nothing to free
 * but what search_close frees. */
rasd_status search_open(search_ctx *x, sqlconn *c, const rasd_engine *e, unsigned flags);
void search_close(search_ctx *x);

/* rasd_search's work (include/rasd.h). */
rasd_status search_run(search_ctx *x, const char *text, const rasd_query_opts *opts,
                       rasd_results **out);

/* The docids replaced by newer versions, ascending, in a new array (free()). */
rasd_status search_dead(search_ctx *x, uint32_t **dead, size_t *n);
/* Loads (or refreshes) the search cache. */
rasd_status cache_refresh(search_ctx *x);
void cache_free(search_cache *c);

/* The FTS5 side (src/search/fts5.c): registers the rasd tokenizer and, on a writable store,
 * creates the fts table if missing and prepares x->st_fts_ins/del. */
rasd_status fts5_register(search_ctx *x);
rasd_status fts5_search(search_ctx *x, const char *query, const rasd_query_opts *o,
                        rasd_results *r);

/* Results under construction (src/search/search.c). */
rasd_status results_add(rasd_results *r, search_ctx *x, int64_t docid, double score);

#endif
