/* map.c — the multimap from 32-bit keys (LSH band keys, winnowed shingle keys) to docids
 * that duplicate detection keeps in memory (dedup.h).
 *
 * A slot is key << 32 | (1 + docid), 0 when empty; the docids of a key sit in its probe
 * run, found by scanning from the key's home slot to the first empty one. Keys are hashes
 * already, so the home slot is the key's top bits after one multiplication. 8 bytes a slot
 * and at most 3/4 full: 11 to 21 bytes an entry, against about 56 for a string map with
 * per-key chains. Two different 64-bit hashes with equal 32-bit keys meet with probability
 * entries / 2^32 a lookup; they only add a candidate that verification then drops.
 */
#include "dedup/dedup.h"

#include <stdlib.h>
#include <string.h>

static size_t home(uint32_t key, size_t cap)
{
    return (size_t)(((uint64_t)key * 0x9E3779B97F4A7C15u) >> 32) & (cap - 1);
}

static void put_slot(uint64_t *slot, size_t cap, uint64_t v)
{
    size_t i = home((uint32_t)(v >> 32), cap);
    while (slot[i])
        i = (i + 1) & (cap - 1);
    slot[i] = v;
}

static rasd_status grow(dedup_map *m)
{
    size_t cap = m->cap ? m->cap * 2 : 1024;
    uint64_t *slot = calloc(cap, sizeof *slot);
    if (!slot)
        return RASD_ENOMEM;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slot[i])
            put_slot(slot, cap, m->slot[i]);
    free(m->slot);
    m->slot = slot;
    m->cap = cap;
    return RASD_OK;
}

void dedup_map_prefetch(const dedup_map *m, uint32_t key)
{
    if (m->cap)
        __builtin_prefetch(&m->slot[home(key, m->cap)]);
}

rasd_status dedup_map_add(dedup_map *m, uint32_t key, uint32_t docid, size_t limit)
{
    size_t i, have = 0;
    if ((m->n + 1) * 4 > m->cap * 3 && grow(m) != RASD_OK)
        return RASD_ENOMEM;
    for (i = home(key, m->cap); m->slot[i]; i = (i + 1) & (m->cap - 1))
        if ((uint32_t)(m->slot[i] >> 32) == key && ++have >= limit)
            return RASD_OK;
    m->slot[i] = (uint64_t)key << 32 | ((uint64_t)docid + 1);
    m->n++;
    return RASD_OK;
}

size_t dedup_map_get(const dedup_map *m, uint32_t key, void (*fn)(void *, uint32_t), void *ctx)
{
    size_t have = 0;
    if (!m->cap)
        return 0;
    for (size_t i = home(key, m->cap); m->slot[i]; i = (i + 1) & (m->cap - 1))
        if ((uint32_t)(m->slot[i] >> 32) == key) {
            fn(ctx, (uint32_t)m->slot[i] - 1);
            have++;
        }
    return have;
}

void dedup_map_clear(dedup_map *m)
{
    if (m->slot)
        memset(m->slot, 0, m->cap * sizeof *m->slot);
    m->n = 0;
}

void dedup_map_free(dedup_map *m)
{
    free(m->slot);
    memset(m, 0, sizeof *m);
}
