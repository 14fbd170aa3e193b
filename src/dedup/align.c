/* align.c — the passages two texts share, by seed and extend on hashed words (dedup.h).
 *
 * y's shingles go into a hash table (shingle → its positions). Each shingle of x found there
 * seeds a run at (i, j) unless it continues the run of (i - 1, j - 1); the run extends while
 * the words agree. The runs are then chosen longest first, each trimmed to the words no
 * longer run already took on either side (a repeated paragraph aligns once), and joined in x's
 * order when the next one starts within DEDUP_GAP words on both sides (an edited word or a
 * dropped clause splits a paragraph into runs; the passage spans them). Passages of fewer
 * than DEDUP_RUN_MIN aligned words are dropped: shared phrases of a few words ("وزير
 * الخارجية الروسي سيرغي لافروف") are not reuse. Cost: O(|x| + |y|) to seed and extend, plus
 * sorting the runs; a shingle repeated in y seeds at most MAX_SEEDS runs.
 */
#include "dedup/dedup.h"

#include <stdlib.h>
#include <string.h>

#define MAX_SEEDS 8

static size_t pow2_above(size_t n)
{
    size_t c = 16;
    while (c < 2 * n)
        c *= 2;
    return c;
}

/* slot[]: 1 + the last position of a shingle of y; next[j]: 1 + its previous position. */
static rasd_status index_y(dedup_aligner *al, const dedup_text *y, size_t cap)
{
    rasd_status rc = RASD_OK;
    size_t need = cap;
    al->slot = grow_array(al->slot, &al->slot_cap, need, sizeof *al->slot, &rc);
    al->next = grow_array(al->next, &al->next_cap, y->nsh + 1, sizeof *al->next, &rc);
    if (rc)
        return rc;
    memset(al->slot, 0, cap * sizeof *al->slot);
    al->mask = cap - 1;
    al->ydistinct = 0;
    for (size_t j = 0; j < y->nsh; j++) {
        size_t i = (size_t)y->sh[j] & (cap - 1);
        while (al->slot[i] && y->sh[al->slot[i] - 1] != y->sh[j])
            i = (i + 1) & (cap - 1);
        al->ydistinct += !al->slot[i];
        al->next[j] = al->slot[i];
        al->slot[i] = (uint32_t)j + 1;
    }
    return RASD_OK;
}

static void add_run(dedup_aligner *al, uint32_t a, uint32_t b, uint32_t len, rasd_status *rc)
{
    al->runs = grow_array(al->runs, &al->runs_cap, al->nruns + 1, sizeof *al->runs, rc);
    if (!*rc)
        al->runs[al->nruns++] = (dedup_passage){a, len, b, len, len};
}

/* The slot of shingle h in y's table (empty if y lacks it). */
static size_t find(const dedup_aligner *al, const dedup_text *y, uint64_t h)
{
    size_t s = (size_t)h & al->mask;
    while (al->slot[s] && y->sh[al->slot[s] - 1] != h)
        s = (s + 1) & al->mask;
    return s;
}

double dedup_aligned_jaccard(const dedup_aligner *al, const dedup_text *y, const uint64_t *xs,
                             size_t nx)
{
    size_t both = 0;
    if (nx + al->ydistinct == 0)
        return 0;
    for (size_t i = 0; i < nx && al->ydistinct; i++)
        both += al->slot[find(al, y, xs[i])] != 0;
    return (double)both / (double)(nx + al->ydistinct - both);
}

static void seed(dedup_aligner *al, const dedup_text *x, const dedup_text *y, rasd_status *rc)
{
    for (size_t i = 0; i < x->nsh && !*rc; i++) {
        uint32_t e = al->slot[find(al, y, x->sh[i])];
        for (unsigned k = 0; e && k < MAX_SEEDS; e = al->next[e - 1], k++) {
            size_t j = e - 1, len = 0;
            if (i > 0 && j > 0 && x->w[i - 1] == y->w[j - 1])
                continue;                     /* inside the run that starts earlier */
            while (i + len < x->nw && j + len < y->nw && x->w[i + len] == y->w[j + len])
                len++;
            if (len >= DEDUP_SHINGLE)
                add_run(al, (uint32_t)i, (uint32_t)j, (uint32_t)len, rc);
        }
    }
}

static int by_length(const void *p, const void *q)
{
    const dedup_passage *a = p, *b = q;
    if (a->same != b->same)
        return a->same > b->same ? -1 : 1;
    return (a->a > b->a) - (a->a < b->a);
}

static int by_x(const void *p, const void *q)
{
    const dedup_passage *a = p, *b = q;
    return (a->a > b->a) - (a->a < b->a);
}

/* Trims run r to the words that neither side has given to a longer run: cov bit 1 marks
 * x's words taken, bit 2 y's (x's word i at cov[i], y's word j at cov[nx + j]). */
static int take(uint8_t *cov, size_t nx, dedup_passage *r)
{
    uint32_t lo = 0, hi = r->same, best = 0, best_lo = 0;
    for (uint32_t k = 0; k <= r->same; k++) {        /* the longest free stretch */
        int taken = k == r->same || cov[r->a + k] || cov[nx + r->b + k];
        if (!taken)
            continue;
        hi = k;
        if (hi - lo > best)
            best = hi - lo, best_lo = lo;
        lo = k + 1;
    }
    if (best < DEDUP_SHINGLE)
        return 0;
    r->a += best_lo, r->b += best_lo;
    r->alen = r->blen = r->same = best;
    memset(cov + r->a, 1, best);
    memset(cov + nx + r->b, 1, best);
    return 1;
}

/* Joins runs that follow each other within DEDUP_GAP words on both sides; keeps passages
 * of DEDUP_RUN_MIN aligned words. Returns the aligned words kept. */
static size_t join(dedup_aligner *al)
{
    size_t k = 0, total = 0;
    for (size_t i = 0; i < al->nruns; i++) {
        dedup_passage *p = k ? &al->runs[k - 1] : NULL, *r = &al->runs[i];
        uint32_t pa = p ? p->a + p->alen : 0, pb = p ? p->b + p->blen : 0;
        if (p && r->a >= pa && r->a - pa <= DEDUP_GAP && r->b >= pb && r->b - pb <= DEDUP_GAP) {
            p->alen = r->a + r->alen - p->a;
            p->blen = r->b + r->blen - p->b;
            p->same += r->same;
            continue;
        }
        if (p && p->same < DEDUP_RUN_MIN)
            k--;                              /* the last passage was too short: reuse it */
        al->runs[k++] = *r;
    }
    if (k && al->runs[k - 1].same < DEDUP_RUN_MIN)
        k--;
    al->nruns = k;
    for (size_t i = 0; i < k; i++)
        total += al->runs[i].same;
    return total;
}

size_t dedup_align(dedup_aligner *al, const dedup_text *x, const dedup_text *y, rasd_status *rc)
{
    size_t cap, n = 0;
    al->nruns = 0;
    if (*rc)
        return 0;
    cap = pow2_above(y->nsh);
    if ((*rc = index_y(al, y, cap)) != RASD_OK)
        return 0;
    if (x->nw < DEDUP_SHINGLE || y->nw < DEDUP_SHINGLE)
        return 0;
    seed(al, x, y, rc);
    if (*rc || al->nruns == 0)  /* nothing shared (and qsort must not get a NULL array) */
        return 0;
    al->cov = grow_array(al->cov, &al->cov_cap, x->nw + y->nw, 1, rc);
    if (*rc)
        return 0;
    memset(al->cov, 0, x->nw + y->nw);
    qsort(al->runs, al->nruns, sizeof *al->runs, by_length);
    for (size_t i = 0; i < al->nruns; i++)
        if (take(al->cov, x->nw, &al->runs[i]))
            al->runs[n++] = al->runs[i];
    al->nruns = n;
    qsort(al->runs, al->nruns, sizeof *al->runs, by_x);
    return join(al);
}

void dedup_aligner_free(dedup_aligner *al)
{
    free(al->slot);
    free(al->next);
    free(al->runs);
    free(al->cov);
    memset(al, 0, sizeof *al);
}
