/* stage.h — the shape of an annotation stage, after SQLite's fts5_tokenizer: a struct of
 * functions, registered once in the table of src/stages.c, reached only through it. Core
 * runs the stages in table order and knows none of them by name; a stage finds its own
 * engine data and per-document results with engine_state() and doc_state().
 *
 * A per-document stage (named entities, dates/quotes/events) reads the analysis in a
 * rasd_doc and leaves its results there. Its store side, if it has one, is a store_stage
 * (src/store/stage.h) in the same table row. Never included by front ends. */
#ifndef RASD_STAGE_H
#define RASD_STAGE_H

#include "core/internal.h"

#define STAGE_MAX RASD_STAGE_SLOTS  /* rows of the stage table, at most */

typedef struct doc_stage {
    const char *name;          /* "entities": rasd reannotate --stage, messages */
    unsigned bit;              /* its RASD_STAGE_* bit (rasd_annotate's skip) */
    unsigned needs;            /* the stages whose results it reads (bits): skipping one of
                                * them skips it too; 0: the analysis alone */
    unsigned json_flag;        /* the RASD_JSON_* flag that asks rasd_doc_json for its JSON */
    /* Loads the stage's read-only data from e's data folder into *state (may stay NULL: no
     * data, nothing found). e is being opened: its text analysis already works. */
    rasd_status (*load)(rasd_engine *e, void **state);
    void (*unload)(void *state);
    /* Annotates the last analysis in d (published: the record's date, may be NULL). */
    rasd_status (*run)(const rasd_engine *e, rasd_doc *d, const char *published);
    /* A new analysis began: forget the results (doc_state may be NULL). */
    void (*reset)(void *doc_state);
    void (*free_doc)(void *doc_state);
    /* Appends ,"key":[…] of its results to b. */
    void (*json)(const rasd_doc *d, rbuf *b, rasd_status *rc);
} doc_stage;

struct store_stage;            /* src/store/stage.h */

/* One row of the stage table: a stage's document side and its store side (either may be
 * NULL: duplicate detection works on the store alone). */
typedef struct stage_entry {
    const doc_stage *doc;
    const struct store_stage *store;
} stage_entry;

/* The table (src/stages.c), in pipeline order. */
extern const stage_entry rasd_stages[];
extern const size_t rasd_nstages;

/* The row of a stage's document side. */
static inline size_t stage_index(const doc_stage *st)
{
    size_t i = 0;
    while (i < rasd_nstages && rasd_stages[i].doc != st)
        i++;
    return i;
}

/* Loads row i's engine data once if a lazy engine has not yet (src/core/engine.c); returns
 * its loader's status. */
rasd_status stage_ready(const rasd_engine *e, size_t i);

/* A stage's engine data (NULL when it loaded none), loaded at its first use on a lazy engine. */
static inline void *engine_state(const rasd_engine *e, const doc_stage *st)
{
    size_t i = stage_index(st);
    if (__builtin_expect(!atomic_load_explicit(&e->stage_st[i], memory_order_acquire), 0))
        (void)stage_ready(e, i);
    return e->stage[i];
}

/* A stage's results in d, and the slot to allocate them in (NULL until then). */
static inline void *doc_state(const rasd_doc *d, const doc_stage *st)
{
    return d->stage[stage_index(st)];
}
static inline void **doc_slot(rasd_doc *d, const doc_stage *st)
{
    return &d->stage[stage_index(st)];
}

/* Loads and unloads every stage's engine data (src/core/engine.c). */
rasd_status stages_load(rasd_engine *e);
void stages_unload(rasd_engine *e);

#endif
