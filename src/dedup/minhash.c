/* minhash.c — exact fingerprints, word shingles and MinHash signatures (dedup.h).
 *
 * MinHash by one-permutation hashing: each shingle hash falls into one of DEDUP_K bins by its
 * high bits and the bin keeps its smallest value; empty bins borrow the value of a bin chosen
 * by a fixed probe sequence ("optimal densification", Shrivastava 2017), which keeps the
 * probability that two signatures agree in a bin equal to the sets' Jaccard similarity.
 */
#include "dedup/dedup.h"
#include "core/sort.h"

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

/* Rolling shingle hash: H = sum of w[i + j] * P^(k - 1 - j) mod 2^64, finalised by mix64. */
#define ROLL_P 0x100000001b3u

size_t dedup_roll(const uint32_t *w, size_t n, size_t k, uint64_t *out)
{
    uint64_t h = 0, top = 1;            /* top = P^(k - 1) */
    size_t m = 0;
    if (n == 0)
        return 0;
    if (n < k)
        k = n;
    for (size_t j = 1; j < k; j++)
        top *= ROLL_P;
    for (size_t i = 0; i < n; i++) {
        if (i >= k)
            h -= ((uint64_t)w[i - k] + 1) * top;
        h = h * ROLL_P + w[i] + 1;      /* + 1: a zero hash still counts */
        if (i + 1 >= k)
            out[m++] = mix64(h ^ k);
    }
    return m;
}

static rasd_status grow_text(dedup_text *t, size_t n)
{
    rasd_status rc = RASD_OK;
    t->w = grow_array(t->w, &t->wcap, n + 1, sizeof *t->w, &rc);
    t->sh = grow_array(t->sh, &t->shcap, n + 1, sizeof *t->sh, &rc);
    t->nw = t->nsh = 0;
    return rc;
}

rasd_status dedup_text_build(dedup_text *t, const rasd_doc *d)
{
    size_t n;
    const rasd_token *tok = rasd_doc_tokens(d, &n);
    rasd_status rc = grow_text(t, n);
    if (rc)
        return rc;
    for (size_t i = 0; i < n; i++)
        if (is_word(&tok[i]))
            t->w[t->nw++] = (uint32_t)XXH3_64bits(tok[i].norm, tok[i].norm_len);
    t->nsh = dedup_roll(t->w, t->nw, DEDUP_SHINGLE, t->sh);
    return RASD_OK;
}

rasd_status dedup_text_load(dedup_text *t, const void *words, size_t n)
{
    const unsigned char *p = words;
    rasd_status rc = grow_text(t, n);
    if (rc)
        return rc;
    for (size_t i = 0; i < n; i++, p += 4)
        t->w[i] = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
                  (uint32_t)p[3] << 24;
    t->nw = n;
    t->nsh = dedup_roll(t->w, t->nw, DEDUP_SHINGLE, t->sh);
    return RASD_OK;
}

void dedup_text_words(const dedup_text *t, rbuf *b, rasd_status *rc)
{
    unsigned char *p;
    rbuf_reserve(b, t->nw * 4, rc);
    if (*rc)
        return;
    p = (unsigned char *)b->p + b->n;
    for (size_t i = 0; i < t->nw; i++, p += 4) {
        p[0] = (unsigned char)t->w[i];
        p[1] = (unsigned char)(t->w[i] >> 8);
        p[2] = (unsigned char)(t->w[i] >> 16);
        p[3] = (unsigned char)(t->w[i] >> 24);
    }
    b->n += t->nw * 4;
}

size_t dedup_word_spans(const rasd_doc *d, rasd_span **out, size_t *cap, rasd_status *rc)
{
    size_t n, k = 0;
    const rasd_token *tok = rasd_doc_tokens(d, &n);
    *out = grow_array(*out, cap, n + 1, sizeof **out, rc);
    for (size_t i = 0; i < n && !*rc; i++)
        if (is_word(&tok[i]))
            (*out)[k++] = (rasd_span){tok[i].start, tok[i].end};
    return *rc ? 0 : k;
}

void dedup_text_free(dedup_text *t)
{
    free(t->w);
    free(t->sh);
    memset(t, 0, sizeof *t);
}

size_t dedup_keys(const dedup_text *t, uint64_t *tmp, uint32_t *out)
{
    return dedup_winnow(tmp, dedup_roll(t->w, t->nw, DEDUP_KEY_WORDS, tmp), out);
}

size_t dedup_winnow(const uint64_t *sh, size_t n, uint32_t *out)
{
    size_t k = 0, w = n < DEDUP_WINDOW ? n : DEDUP_WINDOW, min = SIZE_MAX;
    for (size_t r = w; r <= n && w > 0; r++) {       /* the window sh[r - w, r) */
        if (min == SIZE_MAX || min < r - w) {        /* the minimum left: scan the window */
            min = r - w;
            for (size_t i = r - w + 1; i < r; i++)
                if (sh[i] <= sh[min])
                    min = i;
        } else if (sh[r - 1] <= sh[min]) {
            min = r - 1;
        } else {
            continue;
        }
        out[k++] = (uint32_t)(sh[min] >> 32);
    }
    return k;
}

/* Ascending order of shingle values (src/core/sort.h: about a third of qsort's instructions
 * on an article's shingles). */
static int u64_less(const uint64_t *x, const uint64_t *y)
{
    return *x < *y;
}

RASD_SORT_DEFINE(sort_u64, uint64_t, u64_less)

size_t dedup_set(uint64_t *sh, size_t n)
{
    size_t k = 0;
    sort_u64(sh, n);
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
