/* embclusters.c — clusters of word embeddings for the recogniser (data/embclusters.tsv).
 *
 * The vectors come from fastText's skipgram with subwords trained on rasd's normalised
 * tokens of SaudiNewsNet and ANERcorp (`rasd clusters --tokens`, then `fasttext skipgram`,
 * then `fasttext print-word-vectors` for the words to keep, docs/NER.md): a rare or unseen
 * word's vector is mostly the sum of its letter n-grams' vectors, so transliterated names
 * and Saudi places the annotated corpus never shows land near the names they resemble in
 * spelling and use. Spherical k-means groups the unit vectors three times: 64 and 512
 * clusters over all words, then each of the 512 split into 8 (4,096 in all). Seeded by the
 * order of the file and sequential: the same vectors give the same file.
 */
#include "entities/ent.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EMB_K1 64
#define EMB_K2 512
#define EMB_SPLIT 8
#define EMB_MAXDIM 1024

typedef struct vecs {
    char **words;
    float *y;                /* n * dim, unit length */
    size_t n, cap, dim;
} vecs;

static void vecs_free(vecs *v)
{
    for (size_t i = 0; i < v->n; i++)
        free(v->words[i]);
    free(v->words);
    free(v->y);
}

static rasd_status vecs_grow(vecs *v)
{
    size_t cap = v->cap ? 2 * v->cap : 4096;
    char **w = realloc(v->words, cap * sizeof *w);
    if (!w)
        return RASD_ENOMEM;
    v->words = w;
    float *y = realloc(v->y, cap * v->dim * sizeof *y);
    if (!y)
        return RASD_ENOMEM;
    v->y = y;
    v->cap = cap;
    return RASD_OK;
}

/* One "word x1 ... xd" line into v (dim fixed by the first vector line). */
static rasd_status vecs_line(vecs *v, char *line)
{
    char *save = NULL, *w = strtok_r(line, " \t\r\n", &save), *x;
    float buf[EMB_MAXDIM];
    size_t d = 0;
    if (!w)
        return RASD_EDATA;
    while ((x = strtok_r(NULL, " \t\r\n", &save)) != NULL) {
        char *end;
        if (d == EMB_MAXDIM)
            return RASD_EDATA;
        buf[d++] = strtof(x, &end);
        if (*end)
            return RASD_EDATA;
    }
    if (d == 1 && v->n == 0 && !v->dim)
        return RASD_OK;                  /* the "count dim" header */
    if (!v->dim)
        v->dim = d;
    if (d != v->dim || d < 2)
        return RASD_EDATA;
    if (v->n == v->cap && vecs_grow(v))
        return RASD_ENOMEM;
    if (!(v->words[v->n] = strdup(w)))
        return RASD_ENOMEM;
    double s = 0;
    for (size_t i = 0; i < d; i++)
        s += (double)buf[i] * buf[i];
    s = s > 0 ? 1 / sqrt(s) : 0;
    for (size_t i = 0; i < d; i++)
        v->y[v->n * d + i] = (float)(buf[i] * s);
    v->n++;
    return RASD_OK;
}

static rasd_status vecs_read(vecs *v, const char *path)
{
    FILE *f = fopen(path, "r");
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    rasd_status rc = RASD_OK;
    if (!f)
        return RASD_EIO;
    while (!rc && getline(&line, &cap, f) > 0) {
        lineno++;
        if ((rc = vecs_line(v, line)) == RASD_EDATA)
            fprintf(stderr, "%s:%zu: not a word vector line\n", path, lineno);
    }
    free(line);
    fclose(f);
    return rc ? rc : v->n ? RASD_OK : RASD_EDATA;
}

/* Each fine cluster c of fine[0,n) split into EMB_SPLIT by k-means over its own words. */
static rasd_status split_clusters(const vecs *v, const uint16_t *fine, uint16_t *finer)
{
    size_t *idx = malloc(v->n * sizeof *idx);
    uint16_t *a = malloc(v->n * sizeof *a);
    rasd_status rc = idx && a ? RASD_OK : RASD_ENOMEM;
    for (size_t c = 0; !rc && c < EMB_K2; c++) {
        size_t m = 0;
        for (size_t w = 0; w < v->n; w++)
            if (fine[w] == c)
                idx[m++] = w;
        size_t k = m < EMB_SPLIT ? m : EMB_SPLIT;
        if (k && (rc = ent_kmeans(v->y, idx, m, v->dim, k, a)) == RASD_OK)
            for (size_t i = 0; i < m; i++)
                finer[idx[i]] = (uint16_t)(c * EMB_SPLIT + a[i]);
    }
    free(idx);
    free(a);
    return rc;
}

static rasd_status write_clusters(const vecs *v, const uint16_t *c[3], const char *path)
{
    FILE *f = strcmp(path, "-") == 0 ? stdout : fopen(path, "w");
    rasd_status rc = f ? RASD_OK : RASD_EIO;
    for (size_t w = 0; !rc && w < v->n; w++)
        if (fprintf(f, "%s\t%u\t%u\t%u\n", v->words[w], c[0][w], c[1][w], c[2][w]) < 0)
            rc = RASD_EIO;
    if (f && f != stdout && fclose(f) != 0)
        rc = RASD_EIO;
    else if (f == stdout && fflush(f) != 0)
        rc = RASD_EIO;
    return rc;
}

rasd_status rasd_clusters_from_vectors(const char *vec_path, const char *out_path)
{
    vecs v = {0};
    uint16_t *c[3] = {NULL, NULL, NULL};
    rasd_status rc = vecs_read(&v, vec_path);
    for (int i = 0; !rc && i < 3; i++)
        if (!(c[i] = malloc(v.n * sizeof *c[i])))
            rc = RASD_ENOMEM;
    if (!rc)
        rc = ent_kmeans(v.y, NULL, v.n, v.dim, EMB_K1, c[0]);
    if (!rc)
        rc = ent_kmeans(v.y, NULL, v.n, v.dim, EMB_K2, c[1]);
    if (!rc)
        rc = split_clusters(&v, c[1], c[2]);
    if (!rc)
        rc = write_clusters(&v, (const uint16_t **)c, out_path);
    for (int i = 0; i < 3; i++)
        free(c[i]);
    vecs_free(&v);
    return rc;
}

/* ----------------------------------------------------------------- loading */

/* One "word<TAB>c1<TAB>c2<TAB>c3" line into m. */
static rasd_status emb_line(strmap *m, char *line)
{
    char *t1 = strchr(line, '\t'), *end;
    unsigned long c[3];
    if (!t1 || t1 == line)
        return RASD_EDATA;
    end = t1;
    for (int i = 0; i < 3; i++) {
        if (*end != '\t')
            return RASD_EDATA;
        c[i] = strtoul(end + 1, &end, 10);
    }
    if ((*end && *end != '\n') || c[0] >= EMB_K1 || c[1] >= EMB_K2 || c[2] >= EMB_K2 * EMB_SPLIT)
        return RASD_EDATA;
    rasd_status rc = RASD_OK;
    uint64_t *v = strmap_upsert(m, line, (size_t)(t1 - line), &rc);
    if (v)
        *v = emb_pack((unsigned)c[0], (unsigned)c[1], (unsigned)c[2]);
    return rc;
}

rasd_status embclusters_load(strmap *m, const char *path)
{
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    rasd_status rc = RASD_OK;
    FILE *f = fopen(path, "r");
    if (!f)
        return RASD_OK;
    while (!rc && getline(&line, &cap, f) > 0) {
        lineno++;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        if ((rc = emb_line(m, line)) == RASD_EDATA)
            fprintf(stderr, "%s:%zu: not a \"word<TAB>c1<TAB>c2<TAB>c3\" line\n", path, lineno);
    }
    free(line);
    fclose(f);
    return rc;
}
