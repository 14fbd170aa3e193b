/* clusters.c — word clusters for the recogniser, learned from a news corpus.
 *
 * Each of the V most frequent lexicon words is described by the words seen just before and
 * just after it: counts over the C most frequent words (plus one bucket for all others and
 * the text's edges) on each side. The counts become positive pointwise mutual information
 * (PPMI) weights, a fixed random projection takes them to P dimensions (unit length),
 * and spherical k-means groups the words twice, into COARSE and FINE clusters. Words that
 * fill the same slots (names of people, of cities, of months) land together, which tells
 * the recogniser about rare names the annotated corpus never showed it.
 *
 * Everything is seeded and sequential: the same corpus gives the same file.
 */
#include "entities/ent.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CTX 1000             /* context words per side */
#define DIM (2 * (CTX + 1))
#define PROJ 128
#define COARSE 64
#define FINE 512
#define ITERS 12
#define DEFAULT_VOCAB 50000

struct rasd_clusters_builder {
    const rasd_engine *e;
    strmap words;            /* word → 1 + vocabulary index */
    size_t v;
    float *counts;           /* v * DIM */
};

rasd_status rasd_clusters_builder_new(rasd_clusters_builder **out, const rasd_engine *e,
                                      size_t vocab)
{
    rasd_status rc = RASD_OK;
    *out = NULL;
    if (!e->lex.n)
        return RASD_EDATA;
    rasd_clusters_builder *b = calloc(1, sizeof *b);
    if (!b)
        return RASD_ENOMEM;
    b->e = e;
    b->v = vocab ? vocab : DEFAULT_VOCAB;
    if (b->v > e->lex.n)
        b->v = e->lex.n;
    for (size_t i = 0; i < b->v && !rc; i++) {
        size_t n;
        const char *w = strmap_key(&e->lex, i, &n);
        uint64_t *slot = strmap_upsert(&b->words, w, n, &rc);
        if (slot)
            *slot = i + 1;
    }
    if (!rc && !(b->counts = calloc(b->v * DIM, sizeof *b->counts)))
        rc = RASD_ENOMEM;
    if (rc) {
        rasd_clusters_builder_free(b);
        return rc;
    }
    *out = b;
    return RASD_OK;
}

void rasd_clusters_builder_free(rasd_clusters_builder *b)
{
    if (!b)
        return;
    strmap_free(&b->words);
    free(b->counts);
    free(b);
}

/* Index of a token as a context word: 0..CTX-1, or CTX for any other (and the edges). */
static size_t ctx_of(const rasd_clusters_builder *b, const rasd_token *t)
{
    if (!t)
        return CTX;
    uint64_t v = strmap_get(&b->words, t->norm, t->norm_len);
    return v && v <= CTX ? (size_t)(v - 1) : CTX;
}

rasd_status rasd_clusters_builder_add(rasd_clusters_builder *b, const rasd_doc *doc)
{
    size_t n;
    const rasd_token *t = rasd_doc_tokens(doc, &n);
    for (size_t i = 0; i < n; i++) {
        uint64_t v = strmap_get(&b->words, t[i].norm, t[i].norm_len);
        if (!v)
            continue;
        float *row = &b->counts[(v - 1) * DIM];
        row[ctx_of(b, i ? &t[i - 1] : NULL)] += 1;
        row[CTX + 1 + ctx_of(b, i + 1 < n ? &t[i + 1] : NULL)] += 1;
    }
    return RASD_OK;
}

static double next_uniform(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return (double)(*s >> 11) / 9007199254740992.0;
}

static void normalise(float *x, size_t n)
{
    double s = 0;
    for (size_t i = 0; i < n; i++)
        s += (double)x[i] * x[i];
    s = s > 0 ? 1 / sqrt(s) : 0;
    for (size_t i = 0; i < n; i++)
        x[i] = (float)(x[i] * s);
}

/* Column totals of the context counts, smoothed (count^0.75, as word2vec does), and their sum. */
static double *context_totals(const rasd_clusters_builder *b, double *all)
{
    double *cc = calloc(DIM, sizeof *cc);
    if (!cc)
        return NULL;
    for (size_t w = 0; w < b->v; w++)
        for (size_t d = 0; d < DIM; d++)
            cc[d] += b->counts[w * DIM + d];
    *all = 0;
    for (size_t d = 0; d < DIM; d++)
        *all += (cc[d] = pow(cc[d], 0.75));
    return cc;
}

/* PPMI vectors projected to PROJ dimensions, unit length: v * PROJ floats. The PPMI of word
 * w and context d is max(0, log(P(w,d) / (P(w) P(d)))), P(d) smoothed. */
static float *project(const rasd_clusters_builder *b)
{
    double all, *cc = context_totals(b, &all);
    float *r = malloc((size_t)DIM * PROJ * sizeof *r), *y = calloc(b->v * PROJ, sizeof *y);
    uint64_t seed = 0x9E3779B97F4A7C15u;
    if (!r || !y || !cc) {
        free(r);
        free(y);
        free(cc);
        return NULL;
    }
    for (size_t i = 0; i < (size_t)DIM * PROJ; i++)  /* ±1 entries (Achlioptas) */
        r[i] = next_uniform(&seed) < 0.5 ? -1.0f : 1.0f;
    for (size_t w = 0; w < b->v; w++) {
        const float *c = &b->counts[w * DIM];
        float *out = &y[w * PROJ];
        double tot = 0;
        for (size_t d = 0; d < DIM; d++)
            tot += c[d];
        for (size_t d = 0; tot > 0 && d < DIM; d++) {
            double pmi = c[d] > 0 ? log(c[d] * all / (tot * cc[d])) : 0;
            if (pmi > 0)
                for (size_t p = 0; p < PROJ; p++)
                    out[p] += (float)pmi * r[d * PROJ + p];
        }
        normalise(out, PROJ);
    }
    free(r);
    free(cc);
    return y;
}

/* Spherical k-means over the v unit vectors y (dim floats each), or over those of them
 * listed in idx[0,v) when idx is not NULL: k centroids start at vectors spread over the
 * order given (the frequency ranks), 12 iterations; assign[w] is the cluster of the w-th. */
rasd_status ent_kmeans(const float *y, const size_t *idx, size_t v, size_t dim, size_t k,
                      uint16_t *assign)
{
    float *cen = malloc(k * dim * sizeof *cen), *sum = malloc(k * dim * sizeof *sum);
    if (!cen || !sum) {
        free(cen);
        free(sum);
        return RASD_ENOMEM;
    }
#define ROW(w) (&y[(idx ? idx[w] : (w)) * dim])
    for (size_t c = 0; c < k; c++)
        memcpy(&cen[c * dim], ROW(c * v / k), dim * sizeof *cen);
    for (int it = 0; it < ITERS; it++) {
        memset(sum, 0, k * dim * sizeof *sum);
        for (size_t w = 0; w < v; w++) {
            const float *x = ROW(w);
            float best = -2;
            size_t bc = 0;
            for (size_t c = 0; c < k; c++) {
                const float *m = &cen[c * dim];
                float d = 0;
                for (size_t p = 0; p < dim; p++)
                    d += x[p] * m[p];
                if (d > best) {
                    best = d;
                    bc = c;
                }
            }
            assign[w] = (uint16_t)bc;
            for (size_t p = 0; p < dim; p++)
                sum[bc * dim + p] += x[p];
        }
        for (size_t c = 0; c < k; c++) {
            float *s = &sum[c * dim];
            double norm = 0;
            for (size_t p = 0; p < dim; p++)
                norm += (double)s[p] * s[p];
            if (norm > 0) {
                normalise(s, dim);
                memcpy(&cen[c * dim], s, dim * sizeof *cen);
            }
        }
    }
#undef ROW
    free(cen);
    free(sum);
    return RASD_OK;
}

static rasd_status kmeans(const float *y, size_t v, size_t k, uint16_t *assign)
{
    return ent_kmeans(y, NULL, v, PROJ, k, assign);
}

rasd_status rasd_clusters_builder_write(rasd_clusters_builder *b, const char *path)
{
    rasd_status rc = RASD_OK;
    float *y = project(b);
    uint16_t *coarse = malloc(b->v * sizeof *coarse), *fine = malloc(b->v * sizeof *fine);
    if (!y || !coarse || !fine)
        rc = RASD_ENOMEM;
    if (!rc)
        rc = kmeans(y, b->v, COARSE, coarse);
    if (!rc)
        rc = kmeans(y, b->v, FINE, fine);
    FILE *f = rc ? NULL : strcmp(path, "-") == 0 ? stdout : fopen(path, "w");
    if (!rc && !f)
        rc = RASD_EIO;
    for (size_t w = 0; !rc && w < b->v; w++) {
        size_t n;
        const char *word = strmap_key(&b->words, w, &n);
        if (fprintf(f, "%.*s\t%u\t%u\n", (int)n, word, coarse[w], fine[w]) < 0)
            rc = RASD_EIO;
    }
    if (f && f != stdout && fclose(f) != 0)
        rc = RASD_EIO;
    else if (f == stdout && fflush(f) != 0)
        rc = RASD_EIO;
    free(y);
    free(coarse);
    free(fine);
    return rc;
}
