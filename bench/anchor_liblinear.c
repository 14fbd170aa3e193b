/* anchor_liblinear.c — the second anchor of the recogniser (issue 15): a per-token linear
 * classifier trained with Debian's liblinear on exactly the first-stage features rasd's
 * perceptron uses, scored with rasd's own CoNLL exact-span scorer, beside rasd's averaged
 * perceptron trained in the same run.
 *
 *   anchor_liblinear ANERCORP SNN_DEV OUTDIR
 *
 * Split: the tail split of docs/NER.md (the last 18 % of ANERcorp's sentences are dev). The
 * learner: L2-regularised L2-loss linear SVM, liblinear's dual coordinate descent
 * (L2R_L2LOSS_SVC_DUAL, eps 0.1, bias 1), one-vs-rest over the 9 BIO tags. Features: the
 * 64-bit feature hashes rasd's first stage computes for token i (ent_features, groups all but
 * doc), each distinct hash of the training part one column (duplicates within a token
 * counted), hashes never seen in training dropped, as the perceptron drops them. Two
 * variants: "no context" (each token alone) and "greedy" (one more feature: the previous
 * token's tag, gold in training, the one just predicted at tagging, left to right). Tags are
 * repaired to valid BIO (I-X not after B-X or I-X becomes B-X). C is chosen on the training
 * part alone: trained on its first 85 % of sentences, scored on the last 15 % (a tail again:
 * unseen articles), grid 0.01…3; then retrained on the whole training part with that C.
 *
 * Prints one JSON line per (system, data set) and per C tried, for bench/ner_anchor.sh. */
#define _POSIX_C_SOURCE 200809L
#include "entities/ent.h"
#include "clock.h"

#include <linear.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEV_TAIL 18
#define TUNE_TAIL 15            /* percent of the training part that picks C */
#define TAG_REPEAT 3            /* tagging is timed this many times; the fastest counts */
static const double grid[] = {0.01, 0.03, 0.1, 0.3, 1.0, 3.0};
#define NGRID (sizeof grid / sizeof grid[0])

static double now_seconds(void)
{
    return (double)bench_ns() / 1e9;
}

/* Feature hash → column (1-based), open addressing. */
typedef struct columns {
    uint64_t *keys;
    int *col;
    size_t cap, n;
} columns;

static size_t col_slot(const columns *x, uint64_t key)
{
    size_t mask = x->cap - 1, i = (size_t)(key ^ key >> 29) & mask;
    while (x->keys[i] && x->keys[i] != key)
        i = (i + 1) & mask;
    return i;
}

static int col_of(const columns *x, uint64_t key)
{
    size_t s = col_slot(x, key);
    return x->keys[s] ? x->col[s] : 0;
}

/* Doubles the table (all keys moved). */
static int columns_grow(columns *x)
{
    columns y = {calloc(2 * x->cap, sizeof *y.keys), calloc(2 * x->cap, sizeof *y.col),
                 2 * x->cap, x->n};
    if (!y.keys || !y.col) {
        free(y.keys);
        free(y.col);
        return -1;
    }
    for (size_t i = 0; i < x->cap; i++)
        if (x->keys[i]) {
            size_t sl = col_slot(&y, x->keys[i]);
            y.keys[sl] = x->keys[i];
            y.col[sl] = x->col[i];
        }
    free(x->keys);
    free(x->col);
    *x = y;
    return 0;
}

/* Columns for every feature of the training sentences of c (a table at most half full). */
static int columns_build(columns *x, const ner_corpus *c)
{
    ner_sentence s;
    x->cap = 1u << 16;
    x->keys = calloc(x->cap, sizeof *x->keys);
    x->col = calloc(x->cap, sizeof *x->col);
    if (!x->keys || !x->col)
        return -1;
    for (size_t i = 0; i < ner_corpus_count(c); i++) {
        ner_corpus_get(c, i, &s);
        const uint64_t *f = s.feats;
        for (size_t t = 0; !s.dev && t < s.n; t++)
            for (uint32_t k = 0; k < s.nf[t]; k++, f++) {
                size_t sl = col_slot(x, *f);
                if (x->keys[sl])
                    continue;
                x->keys[sl] = *f;
                x->col[sl] = (int)++x->n;
                if (2 * x->n > x->cap && columns_grow(x))
                    return -1;
            }
    }
    return 0;
}

/* The instances of a corpus: per token, its feature nodes, then room for the previous tag,
 * the bias and the end mark. */
typedef struct instances {
    struct feature_node *nodes;
    struct feature_node **x;    /* per token: its first node */
    uint32_t *nfeat;            /* per token: feature nodes before the tail */
    size_t ntok;
    int ncol;                   /* feature columns; then 10 previous-tag columns, then bias */
} instances;

static int cmp_node(const void *a, const void *b)
{
    int x = ((const struct feature_node *)a)->index, y = ((const struct feature_node *)b)->index;
    return (x > y) - (x < y);
}

/* The nodes of one token into x (sorted columns, duplicates counted, hashes without a
 * column dropped); returns their count. x has room for nf + 3. */
static size_t token_nodes(const columns *cols, const uint64_t *f, uint32_t nf,
                          struct feature_node *x)
{
    size_t k = 0, u = 0;
    for (uint32_t j = 0; j < nf; j++) {
        int col = col_of(cols, f[j]);
        if (col)
            x[k++] = (struct feature_node){col, 1.0};
    }
    qsort(x, k, sizeof *x, cmp_node);
    for (size_t j = 0; j < k; j++) {
        if (u && x[u - 1].index == x[j].index)
            x[u - 1].value += 1.0;
        else
            x[u++] = x[j];
    }
    return u;
}

static int instances_build(instances *in, const ner_corpus *c, const columns *cols)
{
    size_t nodes = 0, n = 0;
    ner_sentence s;
    in->ntok = ner_corpus_tokens(c);
    in->ncol = (int)cols->n;
    for (size_t i = 0; i < ner_corpus_count(c); i++) {
        ner_corpus_get(c, i, &s);
        for (size_t t = 0; t < s.n; t++)
            nodes += s.nf[t] + 3;
    }
    in->nodes = malloc(nodes * sizeof *in->nodes);
    in->x = malloc((in->ntok + 1) * sizeof *in->x);
    in->nfeat = malloc((in->ntok + 1) * sizeof *in->nfeat);
    if (!in->nodes || !in->x || !in->nfeat)
        return -1;
    struct feature_node *p = in->nodes;
    for (size_t i = 0; i < ner_corpus_count(c); i++) {
        ner_corpus_get(c, i, &s);
        const uint64_t *f = s.feats;
        for (size_t t = 0; t < s.n; f += s.nf[t], t++, n++) {
            size_t u = token_nodes(cols, f, s.nf[t], p);
            in->x[n] = p;
            in->nfeat[n] = (uint32_t)u;
            p += u + 3;
        }
    }
    return 0;
}

/* Ends the nodes at q: the previous tag prev (0..8, 9 = sentence start; -1: no context),
 * the bias, the end mark. */
static void end_nodes(struct feature_node *q, int ncol, int prev)
{
    if (prev >= 0)
        *q++ = (struct feature_node){ncol + 1 + prev, 1.0};
    *q++ = (struct feature_node){ncol + 11, 1.0};
    q->index = -1;
}

/* I-X not after B-X or I-X becomes B-X. */
static void repair(uint8_t *tags, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (tags[i] && !tag_is_b(tags[i]) && (i == 0 || tag_type(tags[i - 1]) != tag_type(tags[i])))
            tags[i] = (uint8_t)tag_b(tag_type(tags[i]));
}

/* Trains on the sentences with use[i] (context: greedy variant). */
static struct model *fit(const ner_corpus *c, const instances *in, const uint8_t *use,
                         int context, double C)
{
    struct problem pb = {0};
    size_t m = 0, n = 0;
    ner_sentence s;
    pb.x = malloc(in->ntok * sizeof *pb.x);
    pb.y = malloc(in->ntok * sizeof *pb.y);
    if (!pb.x || !pb.y)
        return NULL;
    for (size_t i = 0; i < ner_corpus_count(c); i++) {
        ner_corpus_get(c, i, &s);
        for (size_t t = 0; t < s.n; t++, n++) {
            if (!use[i])
                continue;
            end_nodes(in->x[n] + in->nfeat[n], in->ncol,
                      context ? (t ? s.gold[t - 1] : NER_NTAGS) : -1);
            pb.x[m] = in->x[n];
            pb.y[m++] = s.gold[t];
        }
    }
    pb.l = (int)m;
    pb.n = in->ncol + 11;
    pb.bias = 1.0;
    struct parameter par = {.solver_type = L2R_L2LOSS_SVC_DUAL, .eps = 0.1, .C = C};
    srand(1);        /* liblinear's coordinate order: the same for every fit, whatever ran before */
    struct model *mo = train(&pb, &par);
    free(pb.x);
    free(pb.y);
    return mo;
}

/* Tags the sentences with use[i] into tags (per token of the corpus), from the feature
 * hashes as rasd computes them: columns looked up, then liblinear's predict. */
static void tag(const ner_corpus *c, const columns *cols, const struct model *mo,
                const uint8_t *use, int context, uint8_t *tags)
{
    struct feature_node x[NER_MAXFEAT + 3];
    size_t n = 0;
    ner_sentence s;
    for (size_t i = 0; i < ner_corpus_count(c); i++) {
        ner_corpus_get(c, i, &s);
        if (!use[i]) {
            n += s.n;
            continue;
        }
        uint8_t *tg = tags + n;
        const uint64_t *f = s.feats;
        for (size_t t = 0; t < s.n; f += s.nf[t], t++, n++) {
            size_t u = token_nodes(cols, f, s.nf[t], x);
            end_nodes(x + u, (int)cols->n, context ? (t ? tg[t - 1] : NER_NTAGS) : -1);
            tg[t] = (uint8_t)predict(mo, x);
        }
        repair(tg, s.n);
    }
}

static void print_scores(const char *sys, const char *data, const rasd_ner_score *sc,
                         double train_s, double tok_s, double C)
{
    printf("{\"system\":\"%s\",\"data\":\"%s\"", sys, data);
    for (int i = 0; i < 5; i++)
        printf(",\"%s\":{\"p\":%.4f,\"r\":%.4f,\"f1\":%.4f,\"gold\":%zu}", sc[i].type,
               sc[i].precision, sc[i].recall, sc[i].f1, sc[i].gold);
    printf(",\"train_s\":%.2f,\"tokens_per_s\":%.0f,\"C\":%g}\n", train_s, tok_s, C);
    fflush(stdout);
}

static void quiet(const char *s)
{
    (void)s;
}

static void die(const char *what, rasd_status st)
{
    fprintf(stderr, "anchor_liblinear: %s: %s\n", what, rasd_strerror(st));
    exit(1);
}

static size_t dev_tokens(const ner_corpus *c, const uint8_t *use)
{
    size_t k = 0;
    ner_sentence s;
    for (size_t i = 0; i < ner_corpus_count(c); i++) {
        ner_corpus_get(c, i, &s);
        k += use[i] ? s.n : 0;
    }
    return k;
}

/* The sentences of c to train on (1) and to score (2): the tail split's, or for tuning the
 * training part's first 85 % and last 15 %. */
static void masks(const ner_corpus *c, int tune, uint8_t *trn, uint8_t *dev)
{
    size_t ntrain = 0, k = 0;
    ner_sentence s;
    for (size_t i = 0; i < ner_corpus_count(c); i++) {
        ner_corpus_get(c, i, &s);
        ntrain += !s.dev;
    }
    size_t cut = ntrain - ntrain * TUNE_TAIL / 100;
    for (size_t i = 0; i < ner_corpus_count(c); i++) {
        ner_corpus_get(c, i, &s);
        if (!tune) {
            trn[i] = !s.dev;
            dev[i] = (uint8_t)s.dev;
        } else {
            trn[i] = !s.dev && k < cut;
            dev[i] = !s.dev && k >= cut;
        }
        k += !s.dev;
    }
}

typedef struct run {
    const ner_corpus *tail, *snn;
    const columns *cols;
    const instances *itail;
    uint8_t *trn, *dev, *tune_trn, *tune_dev, *snn_all, *tags, *stags;
} run;

/* One variant: C on the tuning split, then the final model, scored on both dev sets. */
static void variant(const run *r, const char *name, int context)
{
    rasd_ner_score sc[5];
    double best = 0, bestC = grid[0];
    for (size_t g = 0; g < NGRID; g++) {
        double t0 = now_seconds();
        struct model *mo = fit(r->tail, r->itail, r->tune_trn, context, grid[g]);
        if (!mo)
            die("liblinear train", RASD_ENOMEM);
        double t1 = now_seconds();
        tag(r->tail, r->cols, mo, r->tune_dev, context, r->tags);
        ner_corpus_score(r->tail, r->tags, r->tune_dev, sc);
        printf("{\"system\":\"%s\",\"data\":\"tune\",\"C\":%g,\"f1\":%.4f,\"train_s\":%.2f}\n", name,
               grid[g], sc[4].f1, t1 - t0);
        fflush(stdout);
        if (sc[4].f1 > best) {
            best = sc[4].f1;
            bestC = grid[g];
        }
        free_and_destroy_model(&mo);
    }
    double t0 = now_seconds();
    struct model *mo = fit(r->tail, r->itail, r->trn, context, bestC);
    double train_s = now_seconds() - t0;
    if (!mo)
        die("liblinear train", RASD_ENOMEM);
    double fastest = 1e30;
    for (int k = 0; k < TAG_REPEAT; k++) {
        t0 = now_seconds();
        tag(r->tail, r->cols, mo, r->dev, context, r->tags);
        double dt = now_seconds() - t0;
        fastest = dt < fastest ? dt : fastest;
    }
    ner_corpus_score(r->tail, r->tags, r->dev, sc);
    print_scores(name, "tail", sc, train_s, (double)dev_tokens(r->tail, r->dev) / fastest, bestC);
    tag(r->snn, r->cols, mo, r->snn_all, context, r->stags);
    ner_corpus_score(r->snn, r->stags, r->snn_all, sc);
    print_scores(name, "snn_dev", sc, train_s, 0, bestC);
    free_and_destroy_model(&mo);
}

/* Decodes the dev sentences of conll (split) with m and scores them; the decoding's time
 * (the fastest of reps, each on a fresh read: a two-stage decode rewrites the features) in
 * *secs, the tokens in *ntok. */
static void decode_dev(const rasd_engine *e, const ner_model *m, const char *conll,
                       const rasd_ner_opts *split, int reps, rasd_ner_score *sc, double *secs,
                       size_t *ntok)
{
    *secs = 1e30;
    for (int k = 0; k < reps; k++) {
        ner_corpus *c;
        rasd_status st = ner_corpus_read(e, conll, split, NF_ALL, 1, &c);
        if (st)
            die(conll, st);
        uint8_t *tags = calloc(ner_corpus_tokens(c) + 1, 1);
        if (!tags)
            die("tags", RASD_ENOMEM);
        double t0 = now_seconds();
        if ((st = ner_corpus_decode(c, m, tags)) != RASD_OK)
            die("decode", st);
        double dt = now_seconds() - t0;
        *secs = dt < *secs ? dt : *secs;
        *ntok = ner_corpus_tokens(c);
        ner_corpus_score(c, tags, NULL, sc);
        free(tags);
        ner_corpus_free(c);
    }
}

/* rasd's perceptron (features: RASD_NER_* groups) trained on the tail split's training part
 * into path, then scored on the tail dev part and on snn_dev. */
static void perceptron(const rasd_engine *e, const char *name, unsigned groups,
                       const char *conll, const char *snn, const char *path)
{
    rasd_ner_opts o = {.features = groups, .dev_tail = DEV_TAIL}, all = {.dev_every = -1};
    rasd_ner_score sc[5];
    ner_model m = {0};
    double t0 = now_seconds(), secs;
    size_t ntok;
    rasd_status st = rasd_ner_train(e, conll, &o, path, sc);
    double train_s = now_seconds() - t0;
    if (st || (st = model_load(&m, path)) != RASD_OK)
        die(conll, st);
    decode_dev(e, &m, conll, &o, TAG_REPEAT, sc, &secs, &ntok);
    print_scores(name, "tail", sc, train_s, (double)ntok / secs, 0);
    decode_dev(e, &m, snn, &all, 1, sc, &secs, &ntok);
    print_scores(name, "snn_dev", sc, train_s, 0, 0);
    model_free(&m);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: anchor_liblinear ANERCORP SNN_DEV OUTDIR\n");
        return 2;
    }
    rasd_engine *e;
    rasd_status st = rasd_engine_open(&e, NULL);
    if (st)
        die("engine", st);
    set_print_string_function(quiet);
    char p1[4096], p2[4096];
    snprintf(p1, sizeof p1, "%s/perceptron1.model", argv[3]);
    snprintf(p2, sizeof p2, "%s/perceptron2.model", argv[3]);
    perceptron(e, "perceptron-1", RASD_NER_ALL & ~(unsigned)RASD_NER_DOC, argv[1], argv[2], p1);
    perceptron(e, "perceptron-2", RASD_NER_ALL, argv[1], argv[2], p2);

    ner_corpus *tail, *snn;
    rasd_ner_opts split = {.dev_tail = DEV_TAIL}, all = {.dev_every = -1};
    double t0 = now_seconds();
    if ((st = ner_corpus_read(e, argv[1], &split, NF_ALL, 0, &tail)) != RASD_OK)
        die(argv[1], st);
    double read_s = now_seconds() - t0;
    if ((st = ner_corpus_read(e, argv[2], &all, NF_ALL, 0, &snn)) != RASD_OK)
        die(argv[2], st);
    columns cols = {0};
    instances itail = {0};
    t0 = now_seconds();
    if (columns_build(&cols, tail) || instances_build(&itail, tail, &cols))
        die("instances", RASD_ENOMEM);
    size_t ns = ner_corpus_count(tail), nss = ner_corpus_count(snn);
    printf("{\"meta\":1,\"read_s\":%.2f,\"instances_s\":%.2f,\"columns\":%zu,\"tokens\":%zu,"
           "\"sentences\":%zu,\"snn_tokens\":%zu}\n",
           read_s, now_seconds() - t0, cols.n, itail.ntok, ns, ner_corpus_tokens(snn));
    run r = {tail, snn, &cols, &itail, malloc(ns), malloc(ns), malloc(ns), malloc(ns),
             malloc(nss), calloc(itail.ntok + 1, 1), calloc(ner_corpus_tokens(snn) + 1, 1)};
    if (!r.trn || !r.dev || !r.tune_trn || !r.tune_dev || !r.snn_all || !r.tags || !r.stags)
        die("masks", RASD_ENOMEM);
    masks(tail, 0, r.trn, r.dev);
    masks(tail, 1, r.tune_trn, r.tune_dev);
    memset(r.snn_all, 1, nss);
    variant(&r, "liblinear", 0);
    variant(&r, "liblinear-greedy", 1);

    free(r.trn);
    free(r.dev);
    free(r.tune_trn);
    free(r.tune_dev);
    free(r.snn_all);
    free(r.tags);
    free(r.stags);
    free(itail.nodes);
    free(itail.x);
    free(itail.nfeat);
    free(cols.keys);
    free(cols.col);
    ner_corpus_free(tail);
    ner_corpus_free(snn);
    rasd_engine_close(e);
    return 0;
}
