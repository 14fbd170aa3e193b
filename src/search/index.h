/* index.h — rasd's ranking index (src/search/segment.c), read by src/search/search.c and
 * written through src/store/; never included by front ends.
 *
 * The index is a list of immutable segments kept in the store's SQLite file. A segment
 * covers one contiguous range of document numbers (docids): the articles of one ingest
 * batch, or of several merged batches. It has
 *   - a dictionary blob: its terms in byte order, each with df, block-max data and the
 *     posting list itself when short (df < SEG_INLINE_DF);
 *   - a docs blob: per docid, the weighted length, the publication day and the source;
 *   - one row of table `postings` per long posting list (rowid = seg << 32 | term number).
 * Posting lists hold (docid - segment base, weighted tf) in blocks of SEG_BLOCK entries
 * (docs/SEARCH.md gives the byte layout).
 */
#ifndef RASD_INDEX_H
#define RASD_INDEX_H

#include "core/internal.h"
#include <sqlite3.h>

#define SEG_BLOCK 128          /* postings per block */
#define SEG_INLINE_DF 16       /* shorter lists live in the dictionary blob */
#define TITLE_WEIGHT 3         /* a title token counts as this many body tokens */
#define TERM_MAX 255           /* longer stems are cut to this many bytes */

/* ------------------------------------------------------------ dictionary */

/* One dictionary entry as stored (little-endian, 24 bytes, read with memcpy). */
typedef struct seg_entry {
    uint32_t key_off;          /* into the keys area */
    uint16_t key_len;
    uint16_t pad;
    uint32_t df;
    uint32_t data_off;         /* inline list: into the data area; else 0 */
    uint32_t data_len;         /* inline list: its length; else 0 */
    uint32_t max_tf;           /* the list's largest tf */
} seg_entry;

/* A segment as loaded for searching. */
typedef struct segment {
    int64_t seg;               /* its number in the store */
    uint32_t base, ndocs;      /* docids [base, base + ndocs) */
    uint32_t nterms;
    unsigned char *dict;       /* the dictionary blob (owned) */
    size_t dict_len;
    const unsigned char *entries, *keys, *data;
    unsigned char *docs;       /* the docs blob: ndocs * 12 bytes (owned) */
} segment;

#define SEG_DOC_BYTES 12       /* u32 length, u32 day (yyyymmdd or 0), u32 source id */

rasd_status segment_parse(segment *g);
/* Reads segment number seg into *g (owned blobs; free with segment_free), and the number of
 * tokens it indexes into *tokens (may be NULL). */
rasd_status segment_load(sqlite3 *db, int64_t seg, segment *g, int64_t *tokens);
void segment_free(segment *g);
/* Index of the first entry whose key is >= key (nterms when none). */
uint32_t segment_lower_bound(const segment *g, const char *key, size_t len);
void segment_entry(const segment *g, uint32_t i, seg_entry *e);
const char *segment_key(const segment *g, const seg_entry *e);
uint32_t segment_doc_len(const segment *g, uint32_t local);
uint32_t segment_doc_day(const segment *g, uint32_t local);
uint32_t segment_doc_source(const segment *g, uint32_t local);

/* ----------------------------------------------------------------- lists */

/* A decoded posting list header plus a cursor over its blocks. */
typedef struct plist {
    const unsigned char *p, *end;  /* the encoded list */
    unsigned char *own;            /* the list's bytes when read from a postings row */
    uint32_t df, nblocks;
    uint32_t *blk_last;            /* per block: last local docid */
    uint32_t *blk_off;             /* per block: byte offset of its data (from data start) */
    uint32_t *blk_count;           /* per block: its postings (1 to SEG_BLOCK) */
    uint32_t *blk_maxtf, *blk_mindl;
    const unsigned char *data;
    /* cursor */
    uint32_t blk;                  /* decoded block */
    uint32_t n, i;                 /* postings in it; the current one */
    uint32_t doc[SEG_BLOCK], tf[SEG_BLOCK];
} plist;

/* Long posting lists read from the store, kept for later queries (up to a byte budget);
 * part of the search cache, dropped when the index changes. */
typedef struct list_cache {
    strmap rows;               /* 8-byte rowid → index + 1 into lists */
    struct { unsigned char *p; size_t n; } *lists;
    size_t nlists, cap, bytes;
} list_cache;

void list_cache_free(list_cache *c);

/* Opens the posting list of entry e (term number i) of segment g; a long list comes from
 * lc or else through stmt (SELECT data FROM postings WHERE rowid = ?), and is then added to
 * lc when it fits its budget. The cursor starts at the first posting. */
rasd_status plist_open(plist *l, const segment *g, uint32_t i, const seg_entry *e,
                       sqlite3_stmt *stmt, list_cache *lc);
void plist_close(plist *l);
/* The current local docid, or UINT32_MAX when exhausted. */
static inline uint32_t plist_doc(const plist *l)
{
    return l->i < l->n ? l->doc[l->i] : UINT32_MAX;
}
static inline uint32_t plist_tf(const plist *l)
{
    return l->tf[l->i];
}
void plist_next(plist *l);
/* Moves to the first posting with docid >= target. */
void plist_seek(plist *l, uint32_t target);
/* The block holding target's position (for block-max bounds): its index, or nblocks. */
uint32_t plist_block_of(const plist *l, uint32_t target);

/* ---------------------------------------------------------------- builder */

/* Collects one batch's postings in memory; written as one segment on commit. */
typedef struct seg_builder {
    strmap terms;              /* stem → term index + 1 */
    uint32_t *last_doc;        /* per term: last docid that used it (+1), its triple */
    uint32_t *last_trip;
    size_t terms_cap;
    uint32_t *trip_term, *trip_doc, *trip_tf; /* postings in docid order */
    size_t ntrip, trip_cap;
    uint32_t base, ndocs;      /* docids [base, base + ndocs) */
    unsigned char *docs;       /* SEG_DOC_BYTES per doc */
    size_t docs_cap;
    int64_t tokens;
} seg_builder;

void seg_builder_reset(seg_builder *b, uint32_t base);
void seg_builder_free(seg_builder *b);
/* Adds document docid (== base + ndocs) from the analyses of its title (may be NULL) and
 * text. */
rasd_status seg_builder_add(seg_builder *b, uint32_t docid, const rasd_doc *title,
                            const rasd_doc *text, uint32_t day, uint32_t source);
/* Writes the batch as segment number seg. */
rasd_status seg_builder_write(seg_builder *b, sqlite3 *db, int64_t seg);

#define SEG_MERGE_MAX 8        /* segments merged at once, at most */
#define SEG_MERGE_FACTOR 4     /* the merge policy merges this many segments of a size */

/* Merges the k (2 to SEG_MERGE_MAX) neighbouring segments segs[] (oldest first) into a new
 * segment number seg, dropping the docids marked in dead (a sorted array), and deletes them. */
rasd_status segment_merge(sqlite3 *db, const int64_t *segs, size_t k, int64_t seg,
                          const uint32_t *dead, size_t ndead);

/* Whether a token is indexed (words, numbers, hashtags… but not punctuation). */
static inline int token_indexed(const rasd_token *t)
{
    return t->kind != RASD_TOK_PUNCT && t->kind != RASD_TOK_SYMBOL && t->stem_len > 0;
}

/* ------------------------------------------------------------------ cache */

typedef struct search_cache {
    int64_t gen;               /* the store generation it reflects; -1 = not loaded */
    segment *segs;
    size_t nsegs;
    uint8_t *dead;             /* bitmap over docids */
    uint32_t ndocids;          /* docids below this are covered */
    double ndocs, avgdl;       /* live documents, their mean weighted length */
    list_cache lists;
} search_cache;

/* Varints (LEB128). */
static inline size_t varint_put(unsigned char *p, uint32_t v)
{
    size_t n = 0;
    while (v >= 0x80) {
        p[n++] = (unsigned char)(v | 0x80);
        v >>= 7;
    }
    p[n++] = (unsigned char)v;
    return n;
}

/* Decodes a varint at *pp (bounded by end); 0 and *pp = end on truncation. */
static inline uint32_t varint_get(const unsigned char **pp, const unsigned char *end)
{
    const unsigned char *p = *pp;
    uint32_t v = 0;
    for (unsigned shift = 0; p < end && shift < 35; shift += 7) {
        unsigned char c = *p++;
        v |= (uint32_t)(c & 0x7f) << shift;
        if (!(c & 0x80)) {
            *pp = p;
            return v;
        }
    }
    *pp = end;
    return 0;
}

#endif
