/* stories_int.h — the story stage's private state, statements and timers (stories.c,
 * stories_sql.c, story_window.c and story_cand.c only; nothing else includes it). */
#ifndef RASD_STORIES_INT_H
#define RASD_STORIES_INT_H

#include "stories/stories.h"
#include "store/store_int.h"
#include "store/story_mem.h"

#include <math.h>
#include <time.h>

#define STORY_UNDATED_SPAN 2000  /* an undated story stays active this many stories more */

/* The parts of the writer's clustering time (rasd_story_stats), timed only when
 * RASD_STORY_PHASES was set at open: a clock read is a system call (0.75 us of CPU on the
 * 2-core test VM), and an article takes 9 or 10 of them. */
enum { PH_COPY, PH_COPY_LOAD, PH_CANDIDATES, PH_SCORING, PH_MEMORY, PH_WRITES, PH_THREADS,
       PH_SWEEP, PH_FLUSH, PH_COUNT };

enum { SY_MEMBER_INS, SY_MEMBER_OF, SY_MEMBER_DEL, SY_STORY_PUT, SY_STORY_DEL, SY_STORY_ROW,
       SY_STORY_VECS, SY_STORY_NEWEST, SY_STORY_FIRST, SY_COPY_SRC, SY_NEXT, SY_NEXT_SET,
       SY_LATEST, SY_ACTIVE, SY_RECOUNT,
       SY_THREAD_SPAN, SY_THREAD_IDS, SY_THREAD_MOVE, SY_REDIRECT, SY_REDIRECT_OLDS,
       SY_REDIRECT_MOVE, SY_AHEAD, SY_STORY_COUNTS,
       SY_STORY_COUNTS_SET, SY_COUNT };

/* The statements of the stage, by SY_*: stories_sql.c. */
extern const char *const story_sql[SY_COUNT];

/* A dirty story's thread and span, for the thread checks (stories.c thread_fits): kept
 * side by side in one small array, not read from the stories' memory, far apart. */
typedef struct dirty_span {
    int64_t thread;
    double oldest, newest;           /* NAN while it has no dated article */
} dirty_span;

typedef struct stories_state {
    sqlite3_stmt *st[SY_COUNT];
    story_mem *mem;
    size_t nmem, memcap;
    uint32_t *freed;
    size_t nfreed, freecap;
    idmap ids;
    story_index ix;
    uint32_t *hits, *touched;        /* candidate counting, by slot */
    size_t hitcap, touchcap;
    uint64_t *order;                 /* the candidates as (shared keys, id) sort keys */
    size_t ordercap;
    double latest, swept, now;       /* newest dated article seen; at the last sweep; clock */
    int64_t next_id;
    int64_t clustered;               /* articles put since open */
    double cpu;                      /* thread CPU seconds in put and remove */
    double phase[PH_COUNT];          /* their parts (and the flush), when timing */
    int64_t pages[PH_COUNT];         /* and the pages each read from the file */
    int64_t miss_at;                 /* the connection's cache misses at the last tick */
    sqlite3 *db;                     /* the connection, for them */
    int timing;                      /* RASD_STORY_PHASES was set at open */
    int64_t copies, reloads, reloaded;   /* copies joined; stories read back, their members */
    int64_t unread;                  /* copies joined to a spent story without reading it */
    int loaded;
    uint32_t *dirty;                 /* slots whose row the flush writes (a superset: the */
    size_t ndirty, dirtycap;         /* story's dirty flag decides) */
    dirty_span *dspan;               /* by the same index: each dirty story's thread and */
    size_t dspancap;                 /* span as it last joined (thread 0: dropped) */
    int next_dirty;                  /* meta next_story is behind next_id */
    story_model model;               /* data/stories.model, read on the first put */
    int have_model;
    story_feat cur, tmp;
    int64_t *moved;                  /* the rows a thread merge moves, by key */
    size_t movedcap;
    int64_t *partners;               /* an article's copy partners (copy_story) */
    size_t partcap;
    rbuf blob, mblob;                /* a row's blobs: its vectors or sum; its members */
} stories_state;

#define SS(s) ((stories_state *)store_state(s, &stories_store_stage))

/* The thread's CPU seconds, for the timers below (timing on) and rasd_story_stats. */
static inline double cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* The connection's page cache misses since open: pages read from the file (those of the
 * mmap'd first part of the file are not counted). */
static inline int64_t cache_misses(const stories_state *d)
{
    int cur = 0, hi = 0;
    if (d->db)
        sqlite3_db_status(d->db, SQLITE_DBSTATUS_CACHE_MISS, &cur, &hi, 0);
    return cur;
}

/* With timing on, adds the time since *t to phase ph and restarts *t; the pages read
 * since too. */
static inline void lap(stories_state *d, int ph, double *t)
{
    double now;
    int64_t miss;
    if (!d->timing)
        return;
    now = cpu_now();
    d->phase[ph] += now - *t;
    *t = now;
    miss = cache_misses(d);
    d->pages[ph] += miss - d->miss_at;
    d->miss_at = miss;
}

/* With timing on, the start of a part: the clock, and the pages read so far. */
static inline double tick(stories_state *d)
{
    if (!d->timing)
        return 0;
    d->miss_at = cache_misses(d);
    return cpu_now();
}

/* The memory slot of story m. */
static inline uint32_t slot_of_mem(const stories_state *d, const story_mem *m)
{
    return (uint32_t)(m - d->mem);
}

/* Column i of st as a number, NAN when NULL (a story's or an article's missing time). */
static inline double col_real(sqlite3_stmt *st, int i)
{
    return sqlite3_column_type(st, i) == SQLITE_NULL ? NAN : sqlite3_column_double(st, i);
}

#endif
