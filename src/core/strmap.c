/* strmap.c — a map from byte strings to 64-bit values: open addressing with linear probing
 * over a power-of-two slot array, keys packed in one buffer. Built once (a lexicon, a
 * gazetteer) and then only read, so a built map may be shared by threads. */
#include "core/internal.h"

#include <stdlib.h>
#include <string.h>

/* FNV-1a, 64-bit: simple, and fast enough for words of a few dozen bytes. */
uint64_t strmap_hash(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3u;
    }
    return h;
}

static int same_key(const strmap *m, const strmap_entry *e, const char *k, size_t n, uint64_t h)
{
    return e->hash == h && e->len == n && memcmp(m->keys.p + e->off, k, n) == 0;
}

/* The slot of key k, or of the empty slot where it would go. */
static size_t slot_of(const strmap *m, const char *k, size_t n, uint64_t h)
{
    size_t mask = m->cap - 1, i = (size_t)h & mask;
    while (m->slots[i] && !same_key(m, &m->ents[m->slots[i] - 1], k, n, h))
        i = (i + 1) & mask;
    return i;
}

static void rehash(strmap *m, rasd_status *rc)
{
    size_t cap = m->cap ? m->cap * 2 : 1024;
    uint32_t *slots = calloc(cap, sizeof *slots);
    if (!slots) {
        *rc = RASD_ENOMEM;
        return;
    }
    for (size_t e = 0; e < m->n; e++) {
        size_t i = (size_t)m->ents[e].hash & (cap - 1);
        while (slots[i])
            i = (i + 1) & (cap - 1);
        slots[i] = (uint32_t)(e + 1);
    }
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
}

uint64_t *strmap_upsert(strmap *m, const char *k, size_t n, rasd_status *rc)
{
    if (*rc)
        return NULL;
    if ((m->n + 1) * 4 > m->cap * 3)      /* load factor at most 3/4 */
        rehash(m, rc);
    if (*rc || m->n >= UINT32_MAX - 1 || n > UINT32_MAX) {
        *rc = *rc ? *rc : RASD_ETOOBIG;
        return NULL;
    }
    uint64_t h = strmap_hash(k, n);
    size_t i = slot_of(m, k, n, h);
    if (m->slots[i])
        return &m->ents[m->slots[i] - 1].value;
    m->ents = grow_array(m->ents, &m->ents_cap, m->n + 1, sizeof *m->ents, rc);
    size_t off = m->keys.n;
    rbuf_add(&m->keys, k, n, rc);
    if (*rc)
        return NULL;
    m->ents[m->n] = (strmap_entry){h, 0, (uint32_t)off, (uint32_t)n};
    m->slots[i] = (uint32_t)++m->n;
    return &m->ents[m->n - 1].value;
}

uint64_t strmap_get(const strmap *m, const char *k, size_t n)
{
    if (!m->n)
        return 0;
    size_t i = slot_of(m, k, n, strmap_hash(k, n));
    return m->slots[i] ? m->ents[m->slots[i] - 1].value : 0;
}

const char *strmap_key(const strmap *m, size_t i, size_t *len)
{
    *len = m->ents[i].len;
    return m->keys.p + m->ents[i].off;
}

void strmap_free(strmap *m)
{
    free(m->slots);
    free(m->ents);
    rbuf_free(&m->keys);
    memset(m, 0, sizeof *m);
}
