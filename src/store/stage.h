/* stage.h — the store side of a stage (the row's second half in src/stages.c): what it keeps
 * for each article, and its hooks inside the writer's batch transaction. The store calls
 * them for every row, in table order, and knows no stage by name. Private to src/store/ and
 * the table. */
#ifndef RASD_STORE_STAGE_H
#define RASD_STORE_STAGE_H

#include "core/stage.h"

/* An article as the writer puts it: its record, the analyses of its text and title after
 * the document stages, and what each stage prepared for it (by table row; NULL when none). */
typedef struct store_item {
    const rasd_record *rec;
    const rasd_doc *text, *title;
    void *const *prep;
} store_item;

typedef struct store_stage {
    const char *name;          /* as its document side's, or its own (dedup) */
    /* On the preparing thread, after the document stages: what the writer will need, computed
     * away from it into *prep (allocated on first use, kept for the next article).
     * skipped: the row's document stage did not run, and nothing is to be written.
     * Optional (NULL: the writer reads the analyses). */
    rasd_status (*prepare)(const rasd_engine *e, rasd_doc *text, int skipped, void **prep);
    /* Optional, after prepare (with *prep as it left it): what the writer will need from the
     * title's analysis too (title: never NULL, empty when the article has none). */
    rasd_status (*prepare_title)(const rasd_engine *e, const rasd_doc *title, void *prep);
    void (*prep_free)(void *prep);
    /* RASD_PREPARE_* flags under which prepare is not called and *prep is freed (put then
     * finds NULL and computes what it needs itself); 0: none. */
    unsigned prep_skip;
    /* On opening the store (read-only too: s->flags says): its statements and memory in
     * *state, freed by close (also after a failed open). */
    rasd_status (*open)(rasd_store *s, void **state);
    void (*close)(void *state);
    /* Inside the open batch: article docid was added; docid is removed (replaced by a new
     * version, taken down, or about to be annotated again). */
    rasd_status (*put)(rasd_store *s, void *state, int64_t docid, const store_item *it);
    rasd_status (*remove)(rasd_store *s, void *state, int64_t docid);
    /* Inside the open batch: forgets what it keeps for every article, so that rasd
     * reannotate puts them all again in docid order, as an ingest into a new store would.
     * Optional: without it (a stage whose results are the article's own), re-annotation
     * calls remove and put article by article. */
    rasd_status (*clear)(rasd_store *s, void *state);
    /* Inside the open batch, just before its commit: writes what put kept in memory for the
     * batch (the entities' counts: ents_flush). Optional. */
    rasd_status (*flush)(rasd_store *s, void *state);
    /* The batch was rolled back: forget what was kept in memory for it. Optional. */
    void (*rollback)(rasd_store *s, void *state);
    /* Reads what it stored for article docid back into d, attached to the article's text
     * (doc_attach), as its document side would leave it: rasd show then writes it with that
     * side's JSON, the one serializer. Optional. */
    rasd_status (*load)(rasd_store *s, int64_t docid, rasd_doc *d);
    /* A store-only stage whose prepare reads the document stages' results (stories read the
     * entities and events): rasd reannotate of it alone still runs the document stages. */
    int reads_docs;
} store_stage;

/* The store sides of the stages of src/stages.c. */
extern const store_stage ents_store_stage, evs_store_stage, dedup_store_stage;
extern const store_stage stories_store_stage, alerts_store_stage;

/* The row of a store side in the table. */
static inline size_t store_stage_index(const store_stage *st)
{
    size_t i = 0;
    while (i < rasd_nstages && rasd_stages[i].store != st)
        i++;
    return i;
}

#endif
