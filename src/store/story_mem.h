/* story_mem.h — the active stories in the writer's memory (store/stories.c): their
 * records, the id → slot map, and the newest members each keeps for the member check.
 * Private to src/store. */
#ifndef RASD_STORE_STORY_MEM_H
#define RASD_STORE_STORY_MEM_H

#include "stories/stories.h"

#include <stddef.h>
#include <stdint.h>

/* One of a story's newest members, for the member check (stories.h). */
typedef struct story_member {
    int64_t docid;
    story_feat f;                    /* its vectors (no keys) */
    story_norm n;
} story_member;

/* An active story in memory. */
typedef struct story_mem {
    int64_t id, thread;
    double oldest, newest, tsum;     /* NAN, NAN, 0 while no article is dated */
    uint32_t ndated, size;
    story_feat sum;                  /* the sums of its articles' vectors */
    story_norm n;                    /* their norms */
    uint32_t *keys;                  /* its index keys, each once */
    size_t nkeys, kcap;
    story_member *mb;                /* its newest members by docid, ascending, at most */
    size_t nmb, mbcap;               /* STORY_MEMBERS; [nmb, mbcap): spare buffers */
    int used;
    int ahead;                       /* its first article announced a coming event */
    int dirty;                       /* its row is behind: written by the batch's flush */
    size_t dirty_at;                 /* then: its index in the dirty list */
    int vec_ok;                      /* its stored row holds this sum and these keys */
    int back;                        /* read back out of the window (a copy of an old
                                      * article joined it): its row keeps its members */
} story_mem;

/* Story id → memory slot: open addressing, linear probing, backward-shift deletion. */
typedef struct idmap {
    int64_t *id;                     /* 0: empty (story ids start at 1) */
    uint32_t *slot;
    size_t cap, n;
} idmap;

/* The map (a story id, not 0, → its slot). sm_id_get: 1 and *slot when id is there.
 * sm_id_put: adds or replaces (RASD_ENOMEM when the map cannot grow; it is unchanged). */
int sm_id_get(const idmap *m, int64_t id, uint32_t *slot);
rasd_status sm_id_put(idmap *m, int64_t id, uint32_t slot);
void sm_id_del(idmap *m, int64_t id);

/* Frees m's kept members (m itself stays). */
void sm_members_free(story_mem *m);
/* Keeps article docid (vectors f, copied) among m's newest STORY_MEMBERS members by docid;
 * *rc = RASD_ENOMEM when it cannot. */
void sm_member_keep(story_mem *m, int64_t docid, const story_feat *f, rasd_status *rc);
/* The cosine (story_pair_both) of f (norms fn) with the nearest of m's newest members, -1
 * when m keeps none; cached in *near for one candidate (NAN: not yet computed). */
double sm_nearest(const story_mem *m, const story_feat *f, const story_norm *fn, double *near);
/* 1 when f (norms fn) is at least cos near one of m's newest members (story_pair_both);
 * *near caches the nearest's cosine for one candidate (NAN: not yet computed). */
int sm_near_member(const story_mem *m, const story_feat *f, const story_norm *fn, double cos,
                   double *near);
/* The cosine (story_pair_both) of f with the nearest of m's newest members published on
 * f's calendar day (UTC), -1 when none is or f is undated (the model's day_member). */
double sm_near_day_member(const story_mem *m, const story_feat *f, const story_norm *fn);
/* The member check of stories.h: 1 when the model has none or f is near enough to one of
 * m's newest members (with the model's member_ent, one that also shares f's entities, or
 * where either names none: story_pair_ent). */
int sm_member_check(const story_model *md, const story_mem *m, const story_feat *f,
                    const story_norm *fn, double *near);

/* A story's sum and keys as one blob (stories.vec, schema version 13): the three sums as
 * story_vec_encode writes them, then its keys (uint32 each). A story read back for a copy
 * starts from it and its newest members, not from every member's vectors. 0 (out empty)
 * when a part has more entries than the blob's counts can say (rebuilt then). */
int sm_sum_encode(const story_mem *m, rbuf *out, rasd_status *rc);
/* Reads such a blob into m (its sum and keys, which the caller indexes); RASD_EDATA when
 * damaged, RASD_ENOMEM. */
rasd_status sm_sum_decode(story_mem *m, const void *blob, size_t n);

/* A story's kept members as one blob (stories.mb, schema version 14), written beside its
 * sum: for each, ascending by docid, its docid (int64), time (double, NaN when undated),
 * the byte length of its vectors (uint32) and the vectors as story_vec_encode writes them,
 * the bytes its member row holds. A story read back with both reads one row, not a row for
 * each member scattered over the store. 0 (out empty) when a vector is too long for the
 * counts. */
int sm_members_encode(const story_mem *m, rbuf *out, rasd_status *rc);
/* Keeps each member of such a blob in m (sm_member_keep; tmp: scratch vectors); RASD_EDATA
 * when damaged, RASD_ENOMEM. */
rasd_status sm_members_decode(story_mem *m, const void *blob, size_t n, story_feat *tmp);

#endif
