/* ftab.h — the first words of the word lists (ev_engine.firsts) and their phrases
 * (ev_engine.phrases) in tables made for the look-ups lexicon.c makes at nearly every token
 * (first_summary_fill, phrase_index; issue 16, cost52).
 *
 * strmap_get paid about 125 instructions a word (XXH3 through the library's PLT, a probe, a
 * call of memcmp) at 143,000 words of the 400 articles of bench/extract_cost.sh, most of them
 * first words indeed (في، من، على …). Here a key is known by its length and its first and
 * last eight bytes (four, or its three bytes, when shorter), which are the key itself up to
 * sixteen bytes: the probe compares them, and only a longer key compares its middle bytes.
 * Built once from the strmap after the lists are loaded, with the same values, then only
 * read (threads share it). */
#ifndef RASD_EVENTS_FTAB_H
#define RASD_EVENTS_FTAB_H

#include "core/internal.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct ftab_slot {
    uint64_t a, b;             /* the word's first and last eight (or four) bytes */
    uint32_t n;                /* its length in bytes; 0: an empty slot */
    uint32_t off;              /* a word over 16 bytes: its key in the strmap's key buffer */
    uint64_t value;            /* its value in ev_engine.firsts */
} ftab_slot;

typedef struct ftab {
    ftab_slot *slots;          /* NULL: not built (the look-up is strmap_get's) */
    const char *keys;          /* the strmap's key buffer (the words over 16 bytes) */
    unsigned shift;            /* 64 less the bits of the slot count */
    size_t mask;
} ftab;

/* The key of word w of n bytes (n > 0) in *a and *b. */
static inline void ftab_key(const char *w, size_t n, uint64_t *a, uint64_t *b)
{
    const unsigned char *u = (const unsigned char *)w;
    if (n >= 8) {
        memcpy(a, w, 8);
        memcpy(b, w + n - 8, 8);
    } else if (n >= 4) {
        uint32_t x, y;
        memcpy(&x, w, 4);
        memcpy(&y, w + n - 4, 4);
        *a = x, *b = y;
    } else {
        *a = (uint64_t)u[0] | (uint64_t)u[n >> 1] << 8 | (uint64_t)u[n - 1] << 16, *b = 0;
    }
}

static inline size_t ftab_home(const ftab *f, uint64_t a, uint64_t b, size_t n)
{
    return (size_t)(((a ^ (b * 0x9e3779b97f4a7c15u) ^ n) * 0xff51afd7ed558ccdu) >> f->shift);
}

/* The value of word w of n bytes in the table built (ftab_build), 0 if none. */
static inline uint64_t ftab_get(const ftab *f, const char *w, size_t n)
{
    uint64_t a, b;
    if (!n)
        return 0;              /* no key is empty */
    ftab_key(w, n, &a, &b);
    for (size_t i = ftab_home(f, a, b, n);; i = (i + 1) & f->mask) {
        const ftab_slot *x = &f->slots[i];
        if (!x->n)
            return 0;
        if (x->n == n && x->a == a && x->b == b &&
            (n <= 16 || memcmp(f->keys + x->off + 8, w + 8, n - 16) == 0))
            return x->value;
    }
}

/* Builds f from the keys and values of m (read-only from then on); RASD_ENOMEM. */
rasd_status ftab_build(ftab *f, const strmap *m);
void ftab_free(ftab *f);

#endif
