/* res.h — the resolver's per-document scratch, shared by resolve.c (names) and titles.c
 * (titles and role nouns as mentions of the person they stand for). Private to entities/. */
#ifndef RASD_ENT_RES_H
#define RASD_ENT_RES_H

#include "entities/ent.h"

typedef struct mention {
    uint32_t ts, te;          /* tokens */
    uint8_t type;
    int32_t entity;           /* index into the doc's entity list */
    uint8_t via_title;        /* a title or role noun standing for the person (titles.c) */
} mention;

typedef struct entity {
    uint8_t type;
    uint32_t key_off, key_len;    /* normalised key in scratch */
    uint32_t name_off, name_len;  /* canonical name in scratch */
    int32_t redirect;             /* merged into another entity, or -1 */
} entity;

typedef struct res_scratch {
    mention *m;
    size_t nm, m_cap;
    entity *en;
    size_t nen, en_cap;
    rbuf s;
    struct title_fact *tf;   /* titles.c: "title + name" pairs the article gave */
    size_t ntf, tf_cap;
} res_scratch;

/* The entity of type and key (added with name when new); -1 on error (*rc set). */
int32_t res_new_entity(res_scratch *r, int type, const char *key, size_t kn, const char *name,
                       size_t nn, rasd_status *rc);
/* Adds the mention [ts, te) of entity en (skipped when invalid bytes separate its tokens). */
rasd_status res_add_mention(const rasd_doc *doc, res_scratch *r, size_t ts, size_t te, int type,
                            int32_t en);
/* The entity en was merged into (itself when none). */
int32_t res_final_entity(const res_scratch *r, int32_t en);
/* Titles and role nouns (titles.c): after the names are resolved, adds a mention for each
 * title that the article's own evidence (or, for a person it names, data/gazetteer.tsv)
 * ties to one person; r->m is left in token order. */
rasd_status ent_titles(const rasd_engine *e, rasd_doc *doc, res_scratch *r);

#endif
