/* map.c — the multimap from 32-bit keys (LSH band keys, winnowed shingle keys) to docids
 * that duplicate detection keeps in memory (dedup.h).
 *
 * Each distinct key has one slot (open addressing, linear probing, at most 3/4 full) with
 * its count of docids and either its one docid or the head of its list; the docids of a key
 * held more than once are entries of one array, each with the index of the next of its key
 * (most band keys are held once: they cost no entry). Keys are hashes already, so the home
 * slot is the key's top bits after one multiplication. Why not the docids in the probe run
 * (until stop 56): a key held by many articles then made a run of up to `limit` equal keys
 * that every other key homed in it walked through, and an add of a key at its limit walked
 * its whole run to be dropped; the passage keys of a large store saturate (1M articles:
 * 47.6M keys read, 1.9M distinct, 75 % of them at the limit), so an add cost ×3 from 100k to
 * 1M (bench/load67/why.md). Here an add is one probe among the distinct keys, whatever the
 * store's size. Two different 64-bit hashes with equal 32-bit keys meet with probability
 * keys / 2^32 a lookup; they only add a candidate that verification then drops.
 */
#include "dedup/dedup.h"

#include <stdlib.h>
#include <string.h>

static size_t home(uint32_t key, size_t cap)
{
    return (size_t)(((uint64_t)key * 0x9E3779B97F4A7C15u) >> 32) & (cap - 1);
}

/* key's slot in slot[0, cap): the one that holds it, else the empty one where it goes. */
static dedup_map_key *find(dedup_map_key *slot, size_t cap, uint32_t key)
{
    size_t i = home(key, cap);
    while (slot[i].n && slot[i].key != key)
        i = (i + 1) & (cap - 1);
    return &slot[i];
}

static rasd_status grow(dedup_map *m)
{
    size_t cap = m->cap ? m->cap * 2 : 1024;
    dedup_map_key *slot = calloc(cap, sizeof *slot);
    if (!slot)
        return RASD_ENOMEM;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slot[i].n)
            *find(slot, cap, m->slot[i].key) = m->slot[i];
    free(m->slot);
    m->slot = slot;
    m->cap = cap;
    return RASD_OK;
}

static rasd_status grow_entries(dedup_map *m)
{
    size_t cap = m->ent_cap ? m->ent_cap * 2 : 1024;
    dedup_map_ent *e = realloc(m->ent, cap * sizeof *e);
    if (!e)
        return RASD_ENOMEM;
    m->ent = e;
    m->ent_cap = cap;
    return RASD_OK;
}

void dedup_map_prefetch(const dedup_map *m, uint32_t key)
{
    if (m->cap)
        __builtin_prefetch(&m->slot[home(key, m->cap)]);
}

/* Appends the entry (doc, next) and returns 1 + its index. */
static uint32_t push(dedup_map *m, uint32_t doc, uint32_t next)
{
    m->ent[m->n] = (dedup_map_ent){doc, next};
    return (uint32_t)++m->n;
}

rasd_status dedup_map_add(dedup_map *m, uint32_t key, uint32_t docid, size_t limit)
{
    dedup_map_key *k;
    if ((m->nkeys + 1) * 4 > m->cap * 3 && grow(m) != RASD_OK)
        return RASD_ENOMEM;
    k = find(m->slot, m->cap, key);
    if (k->n >= limit)
        return RASD_OK;
    if (k->n == 0) {            /* a key's only docid stays in its slot: no entry */
        *k = (dedup_map_key){key, 1, docid};
        m->nkeys++;
        return RASD_OK;
    }
    if (m->n + 2 > m->ent_cap && grow_entries(m) != RASD_OK)
        return RASD_ENOMEM;
    if (k->n == 1)              /* its second: both go to the list */
        k->v = push(m, k->v, 0);
    k->v = push(m, docid, k->v);
    k->n++;
    return RASD_OK;
}

size_t dedup_map_get(const dedup_map *m, uint32_t key, void (*fn)(void *, uint32_t), void *ctx)
{
    const dedup_map_key *k;
    if (!m->cap)
        return 0;
    k = find(m->slot, m->cap, key);
    if (k->n == 1)
        fn(ctx, k->v);
    else if (k->n > 1)
        for (uint32_t e = k->v; e; e = m->ent[e - 1].next)
            fn(ctx, m->ent[e - 1].doc);
    return k->n;
}

size_t dedup_map_bytes(const dedup_map *m)
{
    return m->cap * sizeof *m->slot + m->ent_cap * sizeof *m->ent;
}

void dedup_map_clear(dedup_map *m)
{
    if (m->slot)
        memset(m->slot, 0, m->cap * sizeof *m->slot);
    m->nkeys = m->n = 0;
}

void dedup_map_free(dedup_map *m)
{
    free(m->slot);
    free(m->ent);
    memset(m, 0, sizeof *m);
}
