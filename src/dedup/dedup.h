/* dedup.h — fingerprints, shingles and MinHash signatures for duplicate detection
 * (src/dedup/). Everything works on an analysed document: the normalised forms of its word
 * tokens (punctuation and symbols left out), so copies that differ in diacritics, tatweel,
 * hamza seats, digits or punctuation compare equal. */
#ifndef RASD_DEDUP_H
#define RASD_DEDUP_H

#include "core/internal.h"

#define DEDUP_SHINGLE 5        /* words per shingle */
#define DEDUP_K 128            /* MinHash values per signature */
#define DEDUP_BANDS 16         /* LSH bands of DEDUP_ROWS values: a pair with Jaccard 0.8 */
#define DEDUP_ROWS 4           /* shares a band with probability 1 - (1 - 0.8^4)^16 = 0.9998 */
#define DEDUP_KEY_WORDS 8      /* words per passage key: shared phrases shorter than this
                                  (titles, set phrases) propose no candidates */
#define DEDUP_WINDOW 13        /* winnowing window, in keys: two texts that share a run of
                                  DEDUP_WINDOW + DEDUP_KEY_WORDS - 1 = 20 words share a key */
#define DEDUP_RUN_MIN 12       /* words: the shortest passage alignment reports */
#define DEDUP_GAP 4            /* words: runs this close on both sides make one passage */

/* The exact-content fingerprint: XXH3-128 of the word tokens' normalised forms, in order,
 * gathered in scratch (its memory is reused). */
void dedup_fingerprint(const rasd_doc *d, rbuf *scratch, unsigned char out[16]);

/* A document as duplicate detection sees it: the 32-bit hashes of its words' normalised
 * forms (w), and its shingle hashes in text order (sh[i] covers words i .. i + DEDUP_SHINGLE
 * - 1; a text of fewer words has one shingle of all of them). Zero-initialise; memory is
 * reused from one document to the next. */
typedef struct dedup_text {
    uint32_t *w;
    uint64_t *sh;
    size_t nw, nsh, wcap, shcap;
} dedup_text;

/* Fills t from the analysis d (its words and shingles, repeats kept). */
rasd_status dedup_text_build(dedup_text *t, const rasd_doc *d);
/* Fills t from n stored word hashes (32-bit little-endian, as dedup_text_words writes). */
rasd_status dedup_text_load(dedup_text *t, const void *words, size_t n);
/* Appends t's word hashes to b as stored (32-bit little-endian). */
void dedup_text_words(const dedup_text *t, rbuf *b, rasd_status *rc);
void dedup_text_free(dedup_text *t);

/* The byte range of each word of d (the words dedup_text_build hashes), in *out (grown as
 * needed, *cap its capacity); returns how many. */
size_t dedup_word_spans(const rasd_doc *d, rasd_span **out, size_t *cap, rasd_status *rc);

/* Sorts sh[0,n) and drops repeats, in place: the shingle set. Returns its size. */
size_t dedup_set(uint64_t *sh, size_t n);

/* The MinHash signature of shingle hashes sh[0,n) (a set or not: repeats change nothing),
 * by one-permutation hashing with optimal densification, so it costs O(n + DEDUP_K). An
 * empty input gives all-ones values. */
void dedup_minhash(const uint64_t *sh, size_t n, uint32_t sig[DEDUP_K]);

/* The hash of band b (0 <= b < DEDUP_BANDS) of a signature, tagged with b. */
uint64_t dedup_band(const uint32_t sig[DEDUP_K], unsigned b);

/* Shingle hashes of words w[0,n), k words each, rolling (Rabin–Karp, then a finaliser):
 * out[i] covers w[i .. i + k - 1]; fewer than k words give one of all of them. Returns how
 * many (out has room for n + 1). */
size_t dedup_roll(const uint32_t *w, size_t n, size_t k, uint64_t *out);

/* Winnowing (Schleimer, Wilkerson, Aiken 2003): the rightmost smallest hash of every window
 * of DEDUP_WINDOW shingles sh[0,n) (text order), each chosen position once, as 32-bit keys
 * in out (room for n + 1). Texts sharing a run of DEDUP_WINDOW shingles share a key; about
 * 2 / (DEDUP_WINDOW + 1) of the shingles are chosen. Returns how many. */
size_t dedup_winnow(const uint64_t *sh, size_t n, uint32_t *out);

/* The passage keys of t: the winnowed hashes of its runs of DEDUP_KEY_WORDS words (of all its
 * words when it has fewer), in out (room for t->nw + 1), using tmp (room for t->nw + 1).
 * Returns how many. */
size_t dedup_keys(const dedup_text *t, uint64_t *tmp, uint32_t *out);

/* A passage shared by two texts: words [a, a + alen) of the first and [b, b + blen) of the
 * second, of which `same` are aligned word for word. */
typedef struct dedup_passage {
    uint32_t a, alen, b, blen, same;
} dedup_passage;

/* Scratch memory of dedup_align; zero-initialise, free with dedup_aligner_free. */
typedef struct dedup_aligner {
    uint32_t *slot, *next;
    size_t slot_cap, next_cap, mask, ydistinct;  /* y's shingle table: mask + 1 slots */
    dedup_passage *runs;
    size_t nruns, runs_cap;
    uint8_t *cov;
    size_t cov_cap;
} dedup_aligner;

/* Aligns the shared passages of texts x and y by seed and extend: every shingle of x found
 * in y seeds a run of equal words, extended as far as the words agree; the longest runs win
 * where they overlap, runs within DEDUP_GAP words of each other on both sides join, and
 * passages of DEDUP_RUN_MIN aligned words or more are kept, in x's order, in al->runs
 * (al->nruns of them). Returns the number of aligned words they hold. */
size_t dedup_align(dedup_aligner *al, const dedup_text *x, const dedup_text *y, rasd_status *rc);
/* After dedup_align(al, x, y): the Jaccard similarity of x's shingle set xs[0,nx) (sorted,
 * without repeats: dedup_set) and y's shingles, through the table dedup_align built of y. */
double dedup_aligned_jaccard(const dedup_aligner *al, const dedup_text *y, const uint64_t *xs,
                             size_t nx);
void dedup_aligner_free(dedup_aligner *al);

/* A multimap from 32-bit keys to docids: each distinct key once (open addressing, linear
 * probing, at most 3/4 full) with its count and its docid or a list of them (map.c says
 * why). A key keeps at most `limit` docids: one that reaches it is common boilerplate and is
 * no more use to find candidates. Zero-initialise. */
typedef struct dedup_map_key {
    uint32_t key, n;           /* n: its docids; 0 = empty slot */
    uint32_t v;                /* n == 1: the docid; n > 1: 1 + the index of its newest entry */
} dedup_map_key;
typedef struct dedup_map_ent {
    uint32_t doc, next;        /* next: 1 + the index of the key's previous entry; 0 = none */
} dedup_map_ent;
typedef struct dedup_map {
    dedup_map_key *slot;
    size_t cap, nkeys;
    dedup_map_ent *ent;
    size_t n, ent_cap;
} dedup_map;

/* Asks the CPU to fetch key's home slot: a map of millions of slots misses the cache on
 * every probe, so lookups and adds go faster when their slots are fetched a batch ahead. */
void dedup_map_prefetch(const dedup_map *m, uint32_t key);
/* Adds (key, docid) unless the key already holds `limit` docids. */
rasd_status dedup_map_add(dedup_map *m, uint32_t key, uint32_t docid, size_t limit);
/* Calls fn for each docid of key (in no set order) and returns how many there were. */
size_t dedup_map_get(const dedup_map *m, uint32_t key, void (*fn)(void *, uint32_t), void *ctx);
/* The bytes the map holds. */
size_t dedup_map_bytes(const dedup_map *m);
void dedup_map_clear(dedup_map *m);
void dedup_map_free(dedup_map *m);

/* Jaccard similarity |A ∩ B| / |A ∪ B| of two shingle sets (dedup_set; 0 when both empty). */
double dedup_jaccard(const uint64_t *a, size_t na, const uint64_t *b, size_t nb);

#endif
