/* minhash.c — exact fingerprints, word shingles and MinHash signatures (dedup.h).
 *
 * MinHash by one-permutation hashing: each shingle hash falls into one of DEDUP_K bins by its
 * high bits and the bin keeps its smallest value; empty bins borrow the value of a bin chosen
 * by a fixed probe sequence ("optimal densification", Shrivastava 2017), which keeps the
 * probability that two signatures agree in a bin equal to the sets' Jaccard similarity.
 */
#include "dedup/dedup.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

static uint64_t mix64(uint64_t x)   /* splitmix64's finaliser */
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9u;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebu;
    return x ^ (x >> 31);
}

static int is_word(const rasd_token *t)
{
    return t->kind != RASD_TOK_PUNCT && t->kind != RASD_TOK_SYMBOL && t->norm_len > 0;
}

void dedup_fingerprint(const rasd_doc *d, rbuf *scratch, unsigned char out[16])
{
    size_t n;
    const rasd_token *t = rasd_doc_tokens(d, &n);
    XXH128_canonical_t c;
    rasd_status rc = RASD_OK;
    scratch->n = 0;
    for (size_t i = 0; i < n; i++)
        if (is_word(&t[i])) {
            rbuf_add(scratch, t[i].norm, t[i].norm_len, &rc);
            rbuf_addc(scratch, ' ', &rc);
        }
    if (rc) {                     /* no memory: a fingerprint that matches nothing */
        memset(out, 0xff, 16);
        return;
    }
    XXH128_canonicalFromHash(&c, XXH3_128bits(scratch->p ? scratch->p : "", scratch->n));
    memcpy(out, c.digest, 16);
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

size_t dedup_shingles(const rasd_doc *d, uint64_t **out, size_t *cap, rasd_status *rc)
{
    size_t n, words = 0, k = 0;
    const rasd_token *t = rasd_doc_tokens(d, &n);
    uint64_t win[DEDUP_SHINGLE];
    *out = grow_array(*out, cap, n + 1, sizeof **out, rc);
    if (*rc)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (!is_word(&t[i]))
            continue;
        win[words++ % DEDUP_SHINGLE] = XXH3_64bits(t[i].norm, t[i].norm_len);
        if (words >= DEDUP_SHINGLE) {
            uint64_t h = 0;
            for (size_t j = 0; j < DEDUP_SHINGLE; j++)   /* oldest word first */
                h = mix64(h ^ win[(words + j) % DEDUP_SHINGLE]);
            (*out)[k++] = h;
        }
    }
    if (words > 0 && words < DEDUP_SHINGLE) {
        uint64_t h = 0;
        for (size_t j = 0; j < words; j++)
            h = mix64(h ^ win[j]);
        (*out)[k++] = h;
    }
    return k;
}

size_t dedup_set(uint64_t *sh, size_t n)
{
    size_t k = 0;
    if (n > 1)
        qsort(sh, n, sizeof *sh, cmp_u64);
    for (size_t i = 0; i < n; i++)
        if (i == 0 || sh[i] != sh[i - 1])
            sh[k++] = sh[i];
    return k;
}

void dedup_minhash(const uint64_t *sh, size_t n, uint32_t sig[DEDUP_K])
{
    uint8_t full[DEDUP_K] = {0};
    for (size_t i = 0; i < DEDUP_K; i++)
        sig[i] = UINT32_MAX;
    for (size_t i = 0; i < n; i++) {
        uint64_t h = mix64(sh[i]);
        size_t bin = (size_t)((h >> 32) * DEDUP_K >> 32);
        uint32_t v = (uint32_t)h;
        if (v < sig[bin] || !full[bin])
            sig[bin] = v;
        full[bin] = 1;
    }
    if (n == 0)
        return;
    for (size_t i = 0; i < DEDUP_K; i++) {
        for (uint64_t attempt = 1; !full[i]; attempt++) {
            size_t j = (size_t)((mix64((uint64_t)i << 32 | attempt) >> 32) * DEDUP_K >> 32);
            if (full[j] == 1) {
                sig[i] = sig[j];
                full[i] = 2;          /* borrowed: never lent on */
            }
        }
    }
}

uint64_t dedup_band(const uint32_t sig[DEDUP_K], unsigned b)
{
    return XXH3_64bits_withSeed(sig + (size_t)b * DEDUP_ROWS, DEDUP_ROWS * sizeof *sig, b);
}

double dedup_jaccard(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
    size_t i = 0, j = 0, both = 0;
    if (na + nb == 0)
        return 0;
    while (i < na && j < nb) {
        if (a[i] == b[j])
            both++, i++, j++;
        else if (a[i] < b[j])
            i++;
        else
            j++;
    }
    return (double)both / (double)(na + nb - both);
}
