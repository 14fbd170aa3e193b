/* strmap.c — a map from byte strings to 64-bit values: open addressing with linear probing
 * over a power-of-two slot array, keys packed in one buffer. Built once (a lexicon, a
 * gazetteer) and then only read, so a built map may be shared by threads. */
#include "core/internal.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* XXH3: fast on short keys, and every bit of it is usable as a slot index or a tag. */
uint64_t strmap_hash(const char *s, size_t n)
{
    return XXH3_64bits(s, n);
}

/* A slot holds the key's hash tag (high 32 bits) and 1 + its entry index (low 32 bits),
 * so a probe compares tags without touching the entries; 0 is an empty slot. */
static uint64_t slot_make(uint64_t h, size_t e)
{
    return (h & 0xffffffff00000000u) | (uint64_t)(e + 1);
}

/* The slot of key k, or of the empty slot where it would go. */
static size_t slot_of(const strmap *m, const char *k, size_t n, uint64_t h)
{
    size_t mask = m->cap - 1, i = (size_t)h & mask;
    uint64_t tag = h & 0xffffffff00000000u;
    for (;; i = (i + 1) & mask) {
        uint64_t v = m->slots[i];
        const strmap_entry *e;
        if (!v)
            return i;
        if ((v & 0xffffffff00000000u) != tag)
            continue;
        e = &m->ents[(uint32_t)v - 1];
        if (e->len == n && memcmp(m->keys.p + e->off, k, n) == 0)
            return i;
    }
}

static void rehash(strmap *m, rasd_status *rc)
{
    size_t cap = m->cap ? m->cap * 2 : 1024;
    uint64_t *slots = calloc(cap, sizeof *slots);
    if (!slots) {
        *rc = RASD_ENOMEM;
        return;
    }
    for (size_t e = 0; e < m->n; e++) {
        size_t i = (size_t)m->ents[e].hash & (cap - 1);
        while (slots[i])
            i = (i + 1) & (cap - 1);
        slots[i] = slot_make(m->ents[e].hash, e);
    }
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
}

uint64_t *strmap_upsert(strmap *m, const char *k, size_t n, rasd_status *rc)
{
    if (*rc)
        return NULL;
    if ((m->n + 1) * 2 > m->cap)          /* load factor at most 1/2 */
        rehash(m, rc);
    if (*rc || m->n >= UINT32_MAX - 1 || n > UINT32_MAX) {
        *rc = *rc ? *rc : RASD_ETOOBIG;
        return NULL;
    }
    uint64_t h = strmap_hash(k, n);
    size_t i = slot_of(m, k, n, h);
    if (m->slots[i])
        return &m->ents[(uint32_t)m->slots[i] - 1].value;
    m->ents = grow_array(m->ents, &m->ents_cap, m->n + 1, sizeof *m->ents, rc);
    size_t off = m->keys.n;
    rbuf_add(&m->keys, k, n, rc);
    if (*rc)
        return NULL;
    m->ents[m->n] = (strmap_entry){h, 0, (uint32_t)off, (uint32_t)n};
    m->slots[i] = slot_make(h, m->n++);
    return &m->ents[m->n - 1].value;
}

/* The entry of key k, or SIZE_MAX. */
static size_t entry_of(const strmap *m, const char *k, size_t n)
{
    size_t i;
    if (!m->n)
        return SIZE_MAX;
    i = slot_of(m, k, n, strmap_hash(k, n));
    return m->slots[i] ? (uint32_t)m->slots[i] - 1 : SIZE_MAX;
}

uint64_t *strmap_find(strmap *m, const char *k, size_t n)
{
    size_t e = entry_of(m, k, n);
    return e == SIZE_MAX ? NULL : &m->ents[e].value;
}

uint64_t strmap_get(const strmap *m, const char *k, size_t n)
{
    size_t e = entry_of(m, k, n);
    return e == SIZE_MAX ? 0 : m->ents[e].value;
}

const char *strmap_key(const strmap *m, size_t i, size_t *len)
{
    *len = m->ents[i].len;
    return m->keys.p + m->ents[i].off;
}

void strmap_clear(strmap *m)
{
    if (m->slots)
        memset(m->slots, 0, m->cap * sizeof *m->slots);
    m->n = 0;
    m->keys.n = 0;
}

void strmap_free(strmap *m)
{
    free(m->slots);
    free(m->ents);
    rbuf_free(&m->keys);
    memset(m, 0, sizeof *m);
}
