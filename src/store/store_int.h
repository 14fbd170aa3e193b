/* store_int.h — the store handle, private to src/store/: one SQLite connection, the index
 * being built (src/search/index.h) and the search over it (src/search/search.h), duplicate
 * detection's state (the algorithms are src/dedup/'s, the SQL src/store/dedup.c's), the
 * stored entities and events. Never included by front ends nor by other folders. */
#ifndef RASD_STORE_INT_H
#define RASD_STORE_INT_H

#include "core/internal.h"
#include "dedup/dedup.h"
#include "search/search.h"
#include "sql/sql.h"
#include "store/ckpt.h"
#include "store/entities.h"
#include "store/events.h"
#include "store/stage.h"

/* The store's prepared statements: those before ST_READ_END also serve a read-only store. */
enum {
    ST_FIND, ST_TEXT, ST_ART, ST_META, ST_SOURCE,
    ST_READ_END,
    ST_INS = ST_READ_END, ST_INS_TEXT, ST_DEL, ST_DEL_TEXT, ST_DEAD, ST_SOURCE_INS,
    ST_COUNT
};

/* Duplicate detection's statements (src/store/dedup.c). */
enum { DD_FP_ALL, DD_FP_INS, DD_PAIR, DD_DEL_PAIRS, DD_DEL_FP, DD_LSH_ALL, DD_LSH_INS,
       DD_TEXT, DD_FP_OF, DD_PAS_ALL, DD_PAS_INS, DD_DEL_LSH, DD_DEL_PAS, DD_GROUP,
       DD_WORDS, DEDUP_STMTS };

typedef struct dedup_cand {
    uint32_t doc, hits;        /* a stored article; how many keys it shares with the new one */
} dedup_cand;

/* What duplicate detection needs of a new article, from its analysis alone: computed on
 * the preparing thread (the dedup stage's prepare), or by the writer when nothing was. */
typedef struct dedup_new {
    unsigned char fp[16];      /* dedup_fingerprint */
    int debris;                /* under DEDUP_MIN_CHARS characters: never grouped */
    dedup_text t;              /* its words and shingles */
    uint64_t bands[DEDUP_BANDS];
    uint32_t *keys;            /* its winnowed keys, sorted, each once */
    size_t nkeys, keys_cap;
    uint64_t *tmp;             /* dedup_keys' scratch */
    size_t tmp_cap;
    rbuf scratch;              /* the fingerprint's */
} dedup_new;

typedef struct dedup_state {
    sqlite3_stmt *st[DEDUP_STMTS];
    rbuf scratch;
    strmap fps;                /* fingerprint → 1 + first docid (0: none any more) */
    dedup_map bands;           /* LSH band key → the articles with it */
    dedup_map passages;        /* winnowed shingle key → the articles with it */
    dedup_new own;             /* a new article the writer reads itself */
    dedup_text other;          /* a candidate */
    uint64_t *sh;              /* the new article's shingle set */
    size_t sh_cap;
    dedup_cand *cand;
    size_t ncand, cand_cap;
    dedup_aligner al;
    rbuf spans;                /* the shared passages of a pair, as stored */
    rbuf text;                 /* a candidate's text */
    rasd_doc *doc;             /* its analysis */
    int loaded;
    int64_t checked, compared; /* since open: articles checked, candidates verified */
    double cpu;                /* and the thread CPU seconds that took */
} dedup_state;

struct rasd_store {
    sqlconn c;                 /* the connection and the last error's detail */
    const rasd_engine *e;
    unsigned flags;
    rasd_doc *doc, *doc2;      /* scratch analyses */
    size_t batch, in_batch;    /* articles per batch; in the open one */
    int64_t committed;         /* article versions committed (rasd_store_committed) */
    int64_t next_seg;
    seg_builder sb;
    sqlite3_stmt *st[ST_COUNT];   /* store_sql[] in store.c, prepared on open */
    search_ctx search;         /* queries, and the FTS5 index with RASD_STORE_FTS5 */
    void *stage[STAGE_MAX];    /* each stage's store-side state, by table row (stage.h) */
    rasd_article *art;         /* rasd_store_put's article, prepared here */
    int64_t deadline_ns;       /* CLOCK_MONOTONIC time statements stop at (0: none) */
    int timed_out;             /* a statement was stopped at the deadline */
    store_ckpt *ckpt;          /* the WAL's checkpoints after each commit (ckpt.c); NULL
                                  until the first commit, or when it cannot run */
};

/* Runs every store side's remove hook for article docid, inside the open batch. */
rasd_status stages_remove(rasd_store *s, int64_t docid);
/* Runs every store side's put hook for article docid, prepared in a, inside the open batch. */
rasd_status stages_put(rasd_store *s, int64_t docid, const rasd_article *a);

/* Opens the batch transaction unless one is open (store.c). */
rasd_status store_begin_batch(rasd_store *s);
/* Rolls the open batch back and tells the stages to forget it. */
void store_drop_batch(rasd_store *s);
/* Inside the open batch: removes article docid and all that derives from it (its row and
 * text, its FTS5 row, every stage's remove hook) and lists it as dead for the index. */
rasd_status store_remove_article(rasd_store *s, int64_t docid);
/* Sets an integer of table meta (it must exist). */
rasd_status store_meta_set(rasd_store *s, const char *key, int64_t v);
/* The analysis this engine makes, as the store records it ("stemmer=… norm=… data=…"). */
void store_analysis(const rasd_store *s, char *out, size_t cap);

/* A store side's state in s (stage.h). */
static inline void *store_state(const rasd_store *s, const store_stage *st)
{
    return s->stage[store_stage_index(st)];
}
#define DD(s) ((dedup_state *)store_state(s, &dedup_store_stage))


/* A stored pair's spans as byte ranges: sp[0,n) in a, sp[n,2n) in b. The word ranges of
 * the last texts read are kept for the next pair. Initialise with .a.docid = .b.docid = -1;
 * free with dedup_spans_free. */
typedef struct dedup_side {
    int64_t docid;
    rasd_span *w;
    size_t n, cap;
} dedup_side;
typedef struct dedup_spans_out {
    dedup_side a, b;
    rasd_span *sp;
    size_t n, cap;
} dedup_spans_out;

/* Turns the stored spans blob of pair (a, b) (word numbers; NULL for exact copies) into
 * byte ranges in *o; o->n is 0 when there are none (the pair spans the whole texts). */
rasd_status dedup_spans(rasd_store *s, int64_t a, int64_t b, const void *blob, size_t bytes,
                        dedup_spans_out *o);
void dedup_spans_free(dedup_spans_out *o);

struct rasd_article {
    rasd_record rec;           /* pointers into strs */
    rbuf strs;
    unsigned char hash[16];    /* store_content_hash of rec */
    rasd_doc *text, *title;    /* their analyses */
    const rasd_engine *engine; /* that made them */
    void *prep[STAGE_MAX];     /* what each store side prepared for it (stage.h) */
    unsigned flags;            /* RASD_PREPARE_* it was prepared with */
    int ready;
    char lang[8];              /* rasd_detect_lang of its text ("" when deferred) */
};

/* The content hash of a record (XXH3-128 of text, title, published, source, url, author). */
void store_content_hash(const rasd_record *r, unsigned char out[16]);

/* Store-side names of the connection helpers (src/sql/sql.h). */
#define store_fail(s, ...) sql_fail(&(s)->c, __VA_ARGS__)
#define store_sqlfail(s, what) sql_sqlfail(&(s)->c, what)
#define store_exec(s, sql) sql_exec(&(s)->c, sql)
#define store_prepare(s, sql, n, out) sql_prepare(&(s)->c, sql, n, out)
#define store_step(st) sql_step(st)
#define store_get(s, sql) sql_get(&(s)->c, sql)
#define store_put(s, st) sql_put(&(s)->c, st)
/* An integer of table meta (next_docid, next_seg, gen), -1 when missing. */
int64_t store_meta(rasd_store *s, const char *key);
/* The id of source `name`, 0 when it is not stored. */
int64_t store_source(rasd_store *s, const char *name);

#endif
