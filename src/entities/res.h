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
    uint8_t surname;              /* a person named by one word with the article (الفوزان),
                                     whose key lost it: a family name, never a given name */
    const gaz_entry *listed;      /* a one-word short form the gazetteer gives a full name
                                     (جونسون → بوريس جونسون): taken only when the article
                                     names no longer name ending with it (merge_short_names) */
    const gazetteer *listed_g;    /* the gazetteer holding listed's strings */
} entity;

typedef struct res_scratch {
    mention *m;
    size_t nm, m_cap;
    entity *en;
    size_t nen, en_cap;
    rbuf s;
    struct title_fact *tf;   /* titles.c: "title + name" pairs the article gave */
    size_t ntf, tf_cap;
    struct name_units_of *nu;  /* resolve.c: each entity's name units, for one merge pass */
    size_t nu_cap;
} res_scratch;

/* The entity of type and key (added with name when new); -1 on error (*rc set). */
int32_t res_new_entity(res_scratch *r, int type, const char *key, size_t kn, const char *name,
                       size_t nn, rasd_status *rc);
/* Adds the mention [ts, te) of entity en (skipped when invalid bytes separate its tokens). */
rasd_status res_add_mention(const rasd_doc *doc, res_scratch *r, size_t ts, size_t te, int type,
                            int32_t en);
/* acronym.c: when mention [ts, te) (strip: its first token's proclitic bytes) is a name
 * spelt as Latin letters' names, appends its key (=BBC, =JB مورغان) to key and returns 1. */
int ent_acronym_key(const rasd_engine *e, const rasd_doc *doc, size_t ts, size_t te, size_t strip,
                    rbuf *key, rasd_status *rc);
/* The entity en was merged into (itself when none). */
int32_t res_final_entity(const res_scratch *r, int32_t en);
/* Titles and role nouns (titles.c): after the names are resolved, adds a mention for each
 * title that the article's own evidence (or, for a person it names, data/gazetteer.tsv)
 * ties to one person; r->m is left in token order. */
rasd_status ent_titles(const rasd_engine *e, rasd_doc *doc, res_scratch *r);

/* ------------------------------------------------------ names (names.c) */

enum { NW_PATRONYM = 1, NW_FAMILY, NW_HONORIFIC, NW_KING };
enum { NAME_UNITS = 8 };

/* A person's name in tokens: [cs, ce) the given name and patronymic chain, without the
 * honorifics before it or a family name after a chain; king: the token of a king's title
 * right before a one-word name (inside the mention or just before it), else UINT32_MAX. */
typedef struct name_core {
    uint32_t cs, ce, king;
    uint32_t fe;           /* the end of the name with its family (ce when none) */
    uint32_t links;        /* بن/ابن/بنت in the chain */
} name_core;

/* NW_PATRONYM or NW_FAMILY for normalised word w[0,n), else 0. */
int name_word(const rasd_engine *e, const char *w, size_t n);
/* NW_HONORIFIC or NW_KING when w[0,n) is an honorific with the article (الأمير, للأمير),
 * else 0. */
int name_honorific(const rasd_engine *e, const char *w, size_t n);
/* Whether the person mention [ts, te) of doc reads as a name (honorifics, a given name, a
 * chain, a family after a chain, nothing else); its parts in *nc. */
int name_parse(const rasd_engine *e, const rasd_doc *doc, size_t ts, size_t te, name_core *nc);
/* Appends the key of nc (a mention starting at token ts) to key: "الملك" first when a king's
 * title comes with a one-word name, then the normalised words of [cs, ce), proclitics cut
 * from the mention's first word, عبد joined to a following word with ال, ابن in a chain
 * written بن. */
void name_key(const rasd_engine *e, const rasd_doc *doc, const name_core *nc, size_t ts,
              rbuf *key, rasd_status *rc);
/* The units of a person's key key[0,n) (words joined by spaces): honorifics skipped, عبد +
 * a word as one unit, each link of the chain and the family name marked as such; their
 * hashes in units[0, cap), *king when a king's title was among the honorifics. Returns the
 * count, 0 when the key does not read as a name. */
size_t name_units(const rasd_engine *e, const char *key, size_t n, uint64_t *units, size_t cap,
                  int *king);

/* The marked unit of a key that is a family or patronym word and one name (ال فهيد، ابن
 * كدسة): the unit a longer name of that person ends with; 0 when the key is not so. */
uint64_t name_family_unit(const rasd_engine *e, const char *key, size_t n);

/* ------------------------------------------- one sense per article (later.c) */

/* Before the mentions: a tagged name's first word whose one-letter ب, ف or و the article
 * shows to be the name's own letter (هنري فورد; a rare name that recurs, its rest never
 * alone) keeps it: its facts' strip_off becomes 0 in every name of that word. */
void ent_keep_whole(const rasd_engine *e, rasd_doc *doc);

/* Whether two names' first words are one given name spelt two ways (names.c). */
int name_spelt_alike(const char *a, size_t na, const char *b, size_t nb);

#endif
