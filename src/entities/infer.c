/* infer.c — the recogniser's weights laid out for tagging (training keeps model.c's tables).
 *
 * model.c keeps each stage in its own table: keys in one array, nine weights in another, so
 * a feature costs two cache misses per stage and a two-stage model looks most features up
 * twice (the second stage sees the first stage's features plus its document ones). Here both
 * stages share one table: a slot {key, row} of 16 bytes (four to a cache line, linear
 * probing), and a dense row of 20 floats, so one probe gives every weight of a feature:
 * tags 0-7 of the first stage, tags 0-7 of the second, then tag 8 of each and two zeros,
 * which SSE adds four at a time (ner_fast_sum: the same sums lane by lane). A key whose weights are all 0
 * in both stages is left out (adding 0 changes no sum); a key one stage lacks has zeros
 * there. The sums run over the same features in the same order as ner_viterbi's, so the
 * scores are the same floats and the tags the same.
 *
 * The transitions are kept as matrices with -inf where BIO forbids the pair, and 0 for a
 * model trained without transitions, so the Viterbi loop tests nothing (viterbi_matrix).
 *
 * Where the rows lie changes no sum, only the cache misses: once read, the rows are moved
 * (ner_fast_order) so that the form rows of the lexicon's most frequent words come first,
 * word after word (ent_fast_layout, features.c), and the table lives on huge pages
 * (ent_big_calloc). */
#include "entities/ent.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#ifdef __SSE__
#include <xmmintrin.h>
#endif

/* Keys are mix() outputs (features.c), already uniform: their low bits are the slot. */
static size_t fast_home(const ner_fast *f, uint64_t key)
{
    return (size_t)key & (f->cap - 1);
}

/* The slot of key: its own, or the empty one where it would go. */
static inline size_t fast_slot(const ner_fast *f, uint64_t key)
{
    size_t mask = f->cap - 1, i = fast_home(f, key);
    while (f->slots[i].key && f->slots[i].key != key)
        i = (i + 1) & mask;
    return i;
}

static inline const float *row_of(const ner_fast *f, uint64_t key)
{
    size_t i = fast_slot(f, key);
    return f->slots[i].key ? &f->w[(size_t)f->slots[i].row * NER_ROW] : NULL;
}

const float *ner_fast_row(const ner_fast *f, uint64_t key)
{
    return row_of(f, key);
}

/* ------------------------------------------------------------ huge pages
 * The tagging table (~36 MB of slots and rows), each thread's fact cache (33 MB) and the
 * model's memory (7 MB) are read at random, a few cache lines a feature or a token: with
 * 4 KiB pages nearly every one of those reads also misses the TLB (about 19,000 pages for
 * one tagging thread, beyond any TLB), and in a virtual machine the host's page tables are
 * walked too. Where transparent huge pages are enabled only on request ("madvise"), such a
 * table is mapped at a 2 MiB boundary and asked for them (BENCHMARKS.md, stop 26: about
 * 10 % less CPU for tagging). The memory comes zeroed, as from calloc. Small sizes, the
 * sanitizers' builds (which must see every byte through malloc) and systems without
 * MADV_HUGEPAGE take calloc. */
enum { HUGE_PAGE = 2u << 20 };

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define ENT_NO_HUGE 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || !defined(MADV_HUGEPAGE)
#define ENT_NO_HUGE 1
#endif

/* Whether ent_big_calloc maps n bytes itself (ent_big_free must know). */
static int big_mapped(size_t n)
{
#ifdef ENT_NO_HUGE
    (void)n;
    return 0;
#else
    return n >= HUGE_PAGE;
#endif
}

static size_t big_len(size_t n)
{
    return (n + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
}

void *ent_big_calloc(size_t n)
{
    if (!big_mapped(n))
        return calloc(1, n ? n : 1);
#ifndef ENT_NO_HUGE
    size_t len = big_len(n);
    char *p = mmap(NULL, len + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                   -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    uintptr_t a = ((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
    size_t head = (size_t)(a - (uintptr_t)p);
    if (head)
        munmap(p, head);
    if (HUGE_PAGE - head)
        munmap((char *)a + len, HUGE_PAGE - head);
    (void)madvise((void *)a, len, MADV_HUGEPAGE);   /* a refusal only costs the speed */
    return (void *)a;
#else
    return NULL;
#endif
}

void ent_big_free(void *p, size_t n)
{
    if (!p)
        return;
    if (big_mapped(n))
        munmap(p, big_len(n));
    else
        free(p);
}

static int all_zero(const float *w)
{
    for (int t = 0; t < NER_NTAGS; t++)
        if (w[t] != 0)
            return 0;
    return 1;
}

/* An empty table with room for n keys' rows; ner_fast_free frees it whatever happened. */
static rasd_status fast_alloc(ner_fast *f, size_t n)
{
    size_t cap = 1024;
    memset(f, 0, sizeof *f);
    while (cap < n + n / 2)
        cap *= 2;
    f->cap = cap;
    f->wcap = n ? n : 1;
    f->slots = ent_big_calloc(cap * sizeof *f->slots);
    f->w = ent_big_calloc(f->wcap * NER_ROW * sizeof *f->w);
    return f->slots && f->w ? RASD_OK : RASD_ENOMEM;
}

/* The row of key, a new one (zero-filled, from f->nrows on) when key has none yet and fewer
 * than room rows are taken; UINT32_MAX when it would be one too many. */
static uint32_t fast_row_of(ner_fast *f, uint64_t key, size_t room)
{
    size_t sl = fast_slot(f, key);
    if (!f->slots[sl].key) {
        if (f->nrows == room)
            return UINT32_MAX;
        f->slots[sl].key = key;
        f->slots[sl].row = (uint32_t)f->nrows++;
        memset(&f->w[(size_t)f->slots[sl].row * NER_ROW], 0, NER_ROW * sizeof(float));
    }
    return f->slots[sl].row;
}

/* Stage s's nine weights w into row r (the layout above). */
static void fast_set(ner_fast *f, uint32_t r, int s, const float *w)
{
    float *row = &f->w[(size_t)r * NER_ROW];
    memcpy(row + 8 * s, w, 8 * sizeof(float));
    row[16 + s] = w[8];
}

/* Puts stage s's weights of every key of m (not all 0) into f. */
static void fast_add(ner_fast *f, const ner_model *m, int s)
{
    for (size_t i = 0; i < m->cap; i++) {
        const float *w = &m->w[i * NER_NTAGS];
        if (m->keys[i] && !all_zero(w))
            fast_set(f, fast_row_of(f, m->keys[i], SIZE_MAX), s, w);
    }
}

void viterbi_matrix(float trans[NER_NTAGS + 1][NER_NTAGS], int use_trans,
                    float out[NER_NTAGS + 1][NER_VT_W])
{
    for (int p = 0; p <= NER_NTAGS; p++)
        for (int t = 0; t < NER_VT_W; t++)
            out[p][t] = t >= NER_NTAGS || !tag_allowed(p, t) ? -INFINITY
                        : use_trans ? trans[p][t] : 0;
}

/* What f takes from m's headers: the stages, their feature groups and transitions. */
static void fast_heads(ner_fast *f, const ner_model *m)
{
    const ner_model *m2 = m->doc;
    f->stages = m2 ? 2 : 1;
    viterbi_matrix((float (*)[NER_NTAGS])m->trans, (m->features & NF_TRANS) != 0, f->tr[0]);
    if (m2) {
        viterbi_matrix((float (*)[NER_NTAGS])m2->trans, (m2->features & NF_TRANS) != 0,
                       f->tr[1]);
        /* the second stage's features are the first's plus the document's */
        f->shared = (m2->features & ~(unsigned)(NF_DOC | NF_TRANS)) ==
                    (m->features & ~(unsigned)NF_TRANS);
    }
    f->groups[0] = m->features;
    f->groups[1] = m2 ? m2->features : 0;
}

rasd_status ner_fast_build(ner_fast *f, const ner_model *m)
{
    if (fast_alloc(f, m->n + (m->doc ? m->doc->n : 0)) != RASD_OK) {
        ner_fast_free(f);
        return RASD_ENOMEM;
    }
    fast_add(f, m, 0);
    if (m->doc)
        fast_add(f, m->doc, 1);
    fast_heads(f, m);
    return RASD_OK;
}

/* ner_fast_load's state: which stages each row has had from the file (bit 1 << stage), and
 * the keys of all-0 entries, which take no row but must not come twice either. */
typedef struct fast_zero {
    uint64_t key;
    int stage;
} fast_zero;

typedef struct fast_fill {
    ner_fast *f;
    size_t rows;                        /* rows allocated: model_check's count */
    uint8_t *seen;
    fast_zero *zero;
    size_t nzero, zcap;
} fast_fill;

static rasd_status fill_put(void *ctx, int s, uint64_t key, const float *w)
{
    fast_fill *x = ctx;
    ner_fast *f = x->f;
    if (all_zero(w)) {                  /* kept aside: a key twice is checked at the end */
        if (x->nzero == x->zcap) {
            size_t cap = x->zcap ? 2 * x->zcap : 64;
            fast_zero *z = realloc(x->zero, cap * sizeof *z);
            if (!z)
                return RASD_ENOMEM;
            x->zero = z, x->zcap = cap;
        }
        x->zero[x->nzero++] = (fast_zero){key, s};
        return RASD_OK;
    }
    uint32_t r = fast_row_of(f, key, x->rows);
    if (r == UINT32_MAX || (x->seen[r] & (1u << s)))
        return RASD_EDATA;      /* more keys than model_check counted, or a key twice */
    x->seen[r] |= (uint8_t)(1u << s);
    fast_set(f, r, s, w);
    return RASD_OK;
}

static int cmp_zero(const void *a, const void *b)
{
    const fast_zero *x = a, *y = b;
    return x->key != y->key ? (x->key < y->key ? -1 : 1) : x->stage - y->stage;
}

/* The all-0 entries: none twice in one stage, none a key the stage also gave weights. */
static rasd_status fill_check_zero(fast_fill *x)
{
    if (!x->nzero)
        return RASD_OK;
    qsort(x->zero, x->nzero, sizeof *x->zero, cmp_zero);
    for (size_t i = 0; i < x->nzero; i++) {
        uint64_t key = x->zero[i].key;
        int s = x->zero[i].stage;
        size_t sl = fast_slot(x->f, key);
        if ((i && !cmp_zero(&x->zero[i], &x->zero[i - 1])) ||
            (x->f->slots[sl].key && (x->seen[x->f->slots[sl].row] & (1u << s))))
            return RASD_EDATA;
    }
    return RASD_OK;
}

rasd_status ner_fast_load(ner_fast *f, ner_model *m, const char *path,
                          const uint64_t entries[2])
{
    size_t n = (size_t)(entries[0] + entries[1]);
    fast_fill x = {f, n, NULL, NULL, 0, 0};
    rasd_status rc = fast_alloc(f, n);
    memset(m, 0, sizeof *m);
    x.seen = calloc(n ? n : 1, 1);
    if (rc || !x.seen)
        rc = RASD_ENOMEM;
    else
        rc = model_load_to(m, path, &(model_sink){fill_put, &x});
    if (!rc)
        rc = fill_check_zero(&x);
    free(x.seen);
    free(x.zero);
    if (rc) {
        ner_fast_free(f);
        model_free(m);
        return rc;
    }
    fast_heads(f, m);
    return RASD_OK;
}

rasd_status ner_fast_order(ner_fast *f, const uint64_t *keys, size_t n)
{
    uint32_t *to = malloc((f->nrows ? f->nrows : 1) * sizeof *to), next = 0;
    float *w = ent_big_calloc(f->wcap * NER_ROW * sizeof *w);
    if (!to || !w) {
        free(to);
        ent_big_free(w, f->wcap * NER_ROW * sizeof *w);
        return RASD_ENOMEM;
    }
    memset(to, 0xff, f->nrows * sizeof *to);          /* UINT32_MAX: not placed yet */
    for (size_t k = 0; k < n; k++) {
        size_t i = fast_slot(f, keys[k]);
        if (f->slots[i].key && to[f->slots[i].row] == UINT32_MAX)
            to[f->slots[i].row] = next++;
    }
    for (size_t r = 0; r < f->nrows; r++) {
        if (to[r] == UINT32_MAX)
            to[r] = next++;
        memcpy(&w[(size_t)to[r] * NER_ROW], &f->w[r * NER_ROW], NER_ROW * sizeof *w);
    }
    for (size_t i = 0; i < f->cap; i++)
        if (f->slots[i].key)
            f->slots[i].row = to[f->slots[i].row];
    ent_big_free(f->w, f->wcap * NER_ROW * sizeof *f->w);
    f->w = w;
    free(to);
    return RASD_OK;
}

void ner_fast_free(ner_fast *f)
{
    ent_big_free(f->slots, f->cap * sizeof *f->slots);
    ent_big_free(f->w, f->wcap * NER_ROW * sizeof *f->w);
    memset(f, 0, sizeof *f);
}

/* How many features ahead the slot of a feature is fetched: enough to overlap the misses of
 * a table of megabytes, few enough to stay in the line-fill buffers. */
#define AHEAD 8

void ner_fast_rows(const ner_fast *f, const uint64_t *feats, size_t n, const float **rows)
{
    for (size_t k = 0; k < n && k < AHEAD; k++)
        __builtin_prefetch(&f->slots[fast_home(f, feats[k])]);
    for (size_t k = 0; k < n; k++) {
        if (k + AHEAD < n)
            __builtin_prefetch(&f->slots[fast_home(f, feats[k + AHEAD])]);
        rows[k] = row_of(f, feats[k]);
        if (rows[k]) {
            __builtin_prefetch(rows[k]);
            __builtin_prefetch(rows[k] + NER_ROW - 1);
        }
    }
}

void ner_fast_rows_at(const ner_fast *f, const uint64_t *keys, const uint32_t *at, size_t n,
                      const float **rows)
{
    for (size_t k = 0; k < n && k < AHEAD; k++)
        __builtin_prefetch(&f->slots[fast_home(f, keys[k])]);
    for (size_t k = 0; k < n; k++) {
        if (k + AHEAD < n)
            __builtin_prefetch(&f->slots[fast_home(f, keys[k + AHEAD])]);
        const float *r = rows[at[k]] = row_of(f, keys[k]);
        if (r) {
            __builtin_prefetch(r);
            __builtin_prefetch(r + NER_ROW - 1);
        }
    }
}

static v4f load4(const float *p)
{
    v4f v;
    memcpy(&v, p, sizeof v);
    return v;
}

void ner_fast_sum(const float *const *rows, size_t n, int s, float *em)
{
    v4f a = load4(em), b = load4(em + 4);
    float c = em[8];
    for (size_t k = 0; k < n; k++) {
        const float *r = rows[k];
        if (!r)
            continue;
        a += load4(r + 8 * s);
        b += load4(r + 8 * s + 4);
        c += r[16 + s];
    }
    memcpy(em, &a, sizeof a);
    memcpy(em + 4, &b, sizeof b);
    em[8] = c;
}

void ner_fast_sum2(const float *const *rows, size_t n, float *em1, float *em2)
{
    v4f a0 = {0, 0, 0, 0}, a1 = a0, b0 = a0, b1 = a0, c = a0;
    for (size_t k = 0; k < n; k++) {
        const float *r = rows[k];
        if (!r)
            continue;
        a0 += load4(r);
        a1 += load4(r + 4);
        b0 += load4(r + 8);
        b1 += load4(r + 12);
        c += load4(r + 16);
    }
    memcpy(em1, &a0, sizeof a0);
    memcpy(em1 + 4, &a1, sizeof a1);
    em1[8] = c[0];
    memcpy(em2, &b0, sizeof b0);
    memcpy(em2 + 4, &b1, sizeof b1);
    em2[8] = c[1];
}

/* Lane by lane a > b ? a : b: SSE's maxps is exactly that (the second operand on a tie,
 * as on -0 against +0, and when either is NaN), in one instruction; elsewhere ent.h's
 * v4f_max (tests/test_ner_fast.c holds the two equal). */
static v4f vmax(v4f a, v4f b)
{
#ifdef __SSE__
    return (v4f)_mm_max_ps((__m128)a, (__m128)b);
#else
    return v4f_max(a, b);
#endif
}

/* score[i][t] = em[i][t] + max over p of (score[i-1][p] + tr[p][t]) into cur (which holds
 * em[i]), tags 0-7 four at a time and tag 8 alone. Only the maxima are kept: a lane takes
 * the new sum when it is greater, so the value is the same float whatever the order. */
static void viterbi_step(const float *prev, const float tr[NER_NTAGS + 1][NER_VT_W],
                         float *cur)
{
    const v4f ninf = {-INFINITY, -INFINITY, -INFINITY, -INFINITY};
    v4f b0 = ninf, b1 = ninf;
    float b8 = -INFINITY;
    for (int p = 0; p < NER_NTAGS; p++) {
        const v4f pv = {prev[p], prev[p], prev[p], prev[p]};
        v4f s0 = pv + load4(tr[p]), s1 = pv + load4(tr[p] + 4);
        float s8 = prev[p] + tr[p][8];
        b0 = vmax(s0, b0);
        b1 = vmax(s1, b1);
        b8 = s8 > b8 ? s8 : b8;
    }
    b0 += load4(cur);
    b1 += load4(cur + 4);
    memcpy(cur, &b0, sizeof b0);
    memcpy(cur + 4, &b1, sizeof b1);
    cur[8] += b8;
}

/* The p the step to tag t took from prev: the first p whose sum is the greatest (0 when
 * every sum is -inf), as viterbi_scores' loop keeps it; the same float sums as the step. */
static int best_prev(const float *prev, const float tr[NER_NTAGS + 1][NER_VT_W], int t)
{
    int bp = 0;
    float bv = prev[0] + tr[0][t];
    for (int p = 1; p < NER_NTAGS; p++) {
        float v = prev[p] + tr[p][t];
        if (v > bv)
            bv = v, bp = p;
    }
    return bp;
}

void viterbi_run(float *em, const float tr[NER_NTAGS + 1][NER_VT_W], size_t n, uint8_t *tags)
{
    if (!n)
        return;
    for (int t = 0; t < NER_NTAGS; t++)
        em[t] += tr[NER_NTAGS][t];
    for (size_t i = 1; i < n; i++)
        viterbi_step(em + (i - 1) * NER_NTAGS, tr, em + i * NER_NTAGS);
    const float *last = em + (n - 1) * NER_NTAGS;
    int bt = 0;
    for (int t = 1; t < NER_NTAGS; t++)
        if (last[t] > last[bt])
            bt = t;
    for (size_t i = n; i-- > 0;) {
        tags[i] = (uint8_t)bt;
        if (i)
            bt = best_prev(em + (i - 1) * NER_NTAGS, tr, bt);
    }
}
