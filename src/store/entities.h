/* entities.h — stored named entities (src/store/entities.c): the mentions of an article
 * as prepared for the writer, and the store's side (tables `entities` and `mentions`,
 * schema version 4; docs/NER.md, "Storage"). Included by store_int.h. */
#ifndef RASD_STORE_ENTITIES_H
#define RASD_STORE_ENTITIES_H

#include "core/internal.h"
#include <sqlite3.h>

/* One mention: offsets into the text, its entity (index into art_ents.ents), its surface
 * text and its lookup key (offsets into art_ents.str). */
typedef struct art_mention {
    uint32_t start, end, ent;
    uint32_t text_off, text_len, key_off, key_len;
    int via_title;         /* a title standing for the person (rasd_entity.via) */
} art_mention;

/* One distinct entity of the article, with its mentions there. */
typedef struct art_entity {
    char id[17];
    const char *type;          /* static */
    uint32_t name_off, name_len, key_off, key_len;
    uint32_t mentions;
} art_entity;

/* The entities of one article, ready to be written: everything the writer needs, computed
 * on the thread that prepared the article. */
typedef struct art_ents {
    art_mention *men;
    size_t nmen, men_cap;
    art_entity *ents;
    size_t nents, ents_cap;
    rbuf str;
    rasd_doc *scratch;         /* analyses of canonical names (for their keys) */
} art_ents;

/* Collects the entities that the entities stage found in text into x. With no model, x is
 * left empty. */
rasd_status ents_collect(const rasd_engine *e, rasd_doc *text, art_ents *x);
void ents_clear(art_ents *x);
void ents_free(art_ents *x);

/* The lookup key of tokens [ts, te) of doc: their normalised forms joined by one space,
 * the first without its proclitics (و ف ب ك ل, ال) — the resolver's key for a mention
 * that is not in the gazetteer, so وبوتين and بوتين have one key. */
void ents_key(const rasd_engine *e, const rasd_doc *doc, size_t ts, size_t te, rbuf *out,
              rasd_status *rc);

enum { EN_UNCOUNT, EN_CLEAN, EN_DEL, EN_ADD, EN_STMTS };

/* Rows one INSERT of mentions takes at most (entities.c, ents_put). */
enum { EN_MAXROWS = 16 };

/* What the later articles of the open batch added to an entity written (upserted) in it;
 * one UPDATE a batch writes the sums (ents_flush). */
typedef struct en_count {
    uint32_t mentions, articles;   /* added since its row was last written */
} en_count;

/* The store's side is ents_store_stage (store/stage.h): the entities of article docid
 * written inside the open batch; those of a replaced version removed (entities left with no
 * article go too). Its statements: st, rows[0][1] (an entity upserted) and rows[1][n] (n
 * mentions inserted, n = 1..EN_MAXROWS), each prepared when first needed (entities.c); the
 * entities written in the open batch in seen (id → 1 + its entry's index, in the order they
 * were written), their added counts in counts[], by the same index. */
typedef struct en_state {
    sqlite3_stmt *st[EN_STMTS];
    sqlite3_stmt *rows[2][EN_MAXROWS + 1];
    strmap seen;
    en_count *counts;
    size_t counts_cap;
    int pending;                   /* some counts[] entry has counts to write */
} en_state;
#define EN_STATE(s) ((en_state *)store_state(s, &ents_store_stage))
#define EN_ST(s) (EN_STATE(s)->st)
/* Writes the counts that the open batch's articles added to entities already written in it
 * (entities and the counts of rasd_store_entities are then up to date); with forget, also
 * forgets which entities were written (a removal may delete some of them, a commit ends the
 * batch). A no-op on a read-only store. */
rasd_status ents_flush(rasd_store *s, int forget);
/* Reads the stored mentions of article docid back into d (attached to its text) for the
 * entities stage's JSON (rasd show). */
rasd_status ents_load(rasd_store *s, int64_t docid, rasd_doc *d);

#endif
