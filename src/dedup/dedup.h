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

/* The exact-content fingerprint: XXH3-128 of the word tokens' normalised forms, in order,
 * gathered in scratch (its memory is reused). */
void dedup_fingerprint(const rasd_doc *d, rbuf *scratch, unsigned char out[16]);

/* The document's shingle hashes in text order (repeats included) in *out (grown as needed;
 * *cap its capacity); returns how many. A document with fewer than DEDUP_SHINGLE words has
 * one shingle of all of them; one without words has none. */
size_t dedup_shingles(const rasd_doc *d, uint64_t **out, size_t *cap, rasd_status *rc);

/* Sorts sh[0,n) and drops repeats, in place: the shingle set. Returns its size. */
size_t dedup_set(uint64_t *sh, size_t n);

/* The MinHash signature of shingle hashes sh[0,n) (a set or not: repeats change nothing),
 * by one-permutation hashing with optimal densification, so it costs O(n + DEDUP_K). An
 * empty input gives all-ones values. */
void dedup_minhash(const uint64_t *sh, size_t n, uint32_t sig[DEDUP_K]);

/* The hash of band b (0 <= b < DEDUP_BANDS) of a signature, tagged with b. */
uint64_t dedup_band(const uint32_t sig[DEDUP_K], unsigned b);

/* Jaccard similarity |A ∩ B| / |A ∪ B| of two shingle sets (dedup_set; 0 when both empty). */
double dedup_jaccard(const uint64_t *a, size_t na, const uint64_t *b, size_t nb);

#endif
