/* train.c — training and scoring the recogniser on a CoNLL file (ANERcorp).
 *
 * Each sentence's tokens are joined with spaces and analysed by rasd, so the model learns
 * on exactly the tokens it will see at run time; every rasd token takes the tag of the
 * corpus token it starts in (the first rasd token of a B- token keeps the B-, the others
 * become I-). Scores map back the other way: a corpus token takes the tag of its first rasd
 * token, and spans are compared on the corpus's own tokens (CoNLL exact match).
 *
 * Learning is the averaged structured perceptron (Collins 2002): decode a sentence with the
 * current weights (Viterbi, BIO constraints), and where the best path differs from the gold
 * one add the gold path's features and subtract the predicted path's. Averaging uses the
 * usual trick: keep w and u = sum of c·delta (c counts the sentences seen); the average is
 * w - u / c. Sentences are visited in a fixed pseudo-random order per epoch (seeded), so the
 * same data always gives the same model. `--learner crf` trains the same model (weights per
 * feature and tag, transitions) as a linear-chain CRF instead (crf.c).
 */
#include "entities/corpus.h"
#include "entities/crf.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_EPOCHS 15
#define DEFAULT_DEV_EVERY 10
#define PRUNE 1e-4            /* averaged weights smaller than this are left out of the file */
#define NO_INDEX UINT32_MAX
#define FOLDS 5               /* jackknife folds for the first stage's tags */
#define DEFAULT_C2 0.1        /* the CRF's L2 weight */
#define DEFAULT_ITERS 200     /* the CRF's L-BFGS iterations at most */

/* ------------------------------------------------------------- scoring */

typedef struct span3 {
    uint32_t start, end;
    uint8_t type;
} span3;

/* CoNLL chunks: a chunk starts at B-X, or at I-X after a tag of another type. */
static size_t chunks(const uint8_t *tags, size_t n, span3 *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int t = tags[i];
        if (!t)
            continue;
        int ty = tag_type(t);
        if (tag_is_b(t) || i == 0 || tag_type(tags[i - 1]) != ty || !tags[i - 1]) {
            out[k].start = (uint32_t)i;
            out[k].type = (uint8_t)ty;
            k++;
        }
        out[k - 1].end = (uint32_t)(i + 1);
    }
    return k;
}

typedef struct counts {
    size_t gold[NER_NTYPES + 1], pred[NER_NTYPES + 1], correct[NER_NTYPES + 1];
} counts;

static void count_sentence(counts *ct, const uint8_t *gold, const uint8_t *pred, size_t n,
                           span3 *g, span3 *p)
{
    size_t ng = chunks(gold, n, g), np = chunks(pred, n, p), j = 0;
    for (size_t i = 0; i < ng; i++)
        ct->gold[g[i].type]++;
    for (size_t i = 0; i < np; i++) {
        ct->pred[p[i].type]++;
        while (j < ng && g[j].start < p[i].start)
            j++;
        if (j < ng && g[j].start == p[i].start && g[j].end == p[i].end && g[j].type == p[i].type)
            ct->correct[p[i].type]++;
    }
}

static void fill_score(rasd_ner_score *s, const char *type, size_t g, size_t p, size_t c)
{
    s->type = type;
    s->gold = g;
    s->predicted = p;
    s->correct = c;
    s->precision = p ? (double)c / (double)p : 0;
    s->recall = g ? (double)c / (double)g : 0;
    s->f1 = s->precision + s->recall > 0
                ? 2 * s->precision * s->recall / (s->precision + s->recall) : 0;
}

static void finish_scores(const counts *ct, rasd_ner_score out[5])
{
    size_t g = 0, p = 0, c = 0;
    for (int t = 1; t <= NER_NTYPES; t++) {
        fill_score(&out[t - 1], ent_type_names[t], ct->gold[t], ct->pred[t], ct->correct[t]);
        g += ct->gold[t];
        p += ct->pred[t];
        c += ct->correct[t];
    }
    fill_score(&out[4], "micro", g, p, c);
}

/* Decoding scratch for the longest sentence. */
typedef struct decoder {
    float *em;
    uint8_t *back, *tags, *atags;
    span3 *g, *p;
    size_t cap;
    FILE *pred;               /* "token gold predicted" lines of each scored sentence, or NULL */
} decoder;

static rasd_status decoder_init(decoder *dc, const corpus *c)
{
    size_t m = 1;
    for (size_t i = 0; i < c->ns; i++) {
        if (c->s[i].nr > m)
            m = c->s[i].nr;
        if (c->s[i].na > m)
            m = c->s[i].na;
    }
    dc->cap = m;
    dc->em = malloc(m * NER_NTAGS * sizeof *dc->em);
    dc->back = malloc(m * NER_NTAGS);
    dc->tags = malloc(m);
    dc->atags = malloc(m);
    dc->g = malloc(m * sizeof *dc->g);
    dc->p = malloc(m * sizeof *dc->p);
    return dc->em && dc->back && dc->tags && dc->atags && dc->g && dc->p ? RASD_OK : RASD_ENOMEM;
}

static void decoder_free(decoder *dc)
{
    free(dc->em);
    free(dc->back);
    free(dc->tags);
    free(dc->atags);
    free(dc->g);
    free(dc->p);
}

/* Corpus-token tags from the rasd-token tags in dc->tags, then the sentence's counts. */
static void score_sentence(const corpus *c, const sent *s, decoder *dc, counts *ct)
{
    const int32_t *first = c->afirst + s->a_off;
    for (size_t a = 0; a < s->na; a++) {
        int t = first[a] < 0 ? NER_O : dc->tags[first[a]];
        dc->atags[a] = (uint8_t)t;
    }
    count_sentence(ct, c->agold + s->a_off, dc->atags, s->na, dc->g, dc->p);
    if (dc->pred && c->aword) {
        static const char *const names[NER_NTAGS] = {"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC",
                                                     "B-ORG", "I-ORG", "B-MISC", "I-MISC"};
        for (size_t a = 0; a < s->na; a++)
            fprintf(dc->pred, "%s %s %s\n", c->words.p + c->aword[s->a_off + a],
                    names[c->agold[s->a_off + a]], names[dc->atags[a]]);
        fputc('\n', dc->pred);
    }
}

/* Scores model m on c's dev sentences: its tags, then unless o->no_rules the name rules
 * (rules.c); o->predictions (o NULL: none) gets each sentence's tokens and tags. */
static rasd_status score_model(const corpus *c, const ner_model *m, const rasd_ner_opts *o,
                               rasd_ner_score out[5])
{
    decoder dc = {0};
    counts ct = {0};
    rasd_status rc = decoder_init(&dc, c);
    if (!rc && o && o->predictions && !(dc.pred = fopen(o->predictions, "w")))
        rc = RASD_EIO;
    for (size_t i = 0; !rc && i < c->ns; i++) {
        const sent *s = &c->s[i];
        if (!s->dev)
            continue;
        ner_viterbi(m, c->feats + s->f_off, c->nf + s->r_off, s->nr, dc.em, dc.back, dc.tags);
        if (!o || !o->no_rules)
            ent_rules(c->facts + s->r_off, s->nr, dc.tags);
        score_sentence(c, s, &dc, &ct);
    }
    if (!rc)
        finish_scores(&ct, out);
    if (dc.pred && fclose(dc.pred) != 0 && !rc)
        rc = RASD_EIO;
    decoder_free(&dc);
    return rc;
}

static rasd_status stage2_corpus(corpus *c, const ner_model *m, const doctable *folds);

rasd_status rasd_ner_eval(const rasd_engine *e, const char *conll, const char *model_path,
                          int dev_every, rasd_ner_score scores[5], size_t *tokens)
{
    rasd_ner_opts o = {0};
    o.dev_every = dev_every;
    return rasd_ner_eval_split(e, conll, model_path, &o, scores, tokens);
}

rasd_status rasd_ner_eval_split(const rasd_engine *e, const char *conll, const char *model_path,
                                const rasd_ner_opts *opts, rasd_ner_score scores[5],
                                size_t *tokens)
{
    int dev_every = opts ? opts->dev_every : 0, dev_tail = opts ? opts->dev_tail : 0;
    ner_model own = {0};
    const ner_model *m = NULL;
    corpus c = {0};
    rasd_status rc = RASD_OK;
    if (!model_path && ent_model_ready(e) == RASD_OK)
        model_path = ENT_ENGINE(e)->model_path;  /* the engine keeps no weight tables */
    if (!model_path)
        return RASD_EUNSUPPORTED;
    if (dev_tail < 0 || dev_tail > 90)
        return RASD_EINVAL;
    if ((rc = model_load(&own, model_path)) != RASD_OK)
        return rc;
    m = &own;
    if (dev_every == 0)
        dev_every = DEFAULT_DEV_EVERY;
    c.dev_every = dev_every;
    rc = read_corpus(&c, e, conll, dev_every, dev_tail, dev_every > 0 || dev_tail > 0 ? 2 : 0, 0);
    for (size_t i = 0; !rc && i < c.ns; i++)
        c.s[i].dev = 1;
    if (!rc)
        rc = corpus_features(&c, m->features);
    if (!rc && m->doc)
        rc = stage2_corpus(&c, m, NULL);
    if (!rc)
        rc = score_model(&c, m->doc ? m->doc : m, opts, scores);
    if (tokens)
        *tokens = c.nr;
    corpus_free(&c);
    model_free(&own);
    return rc;
}

/* ------------------------------------------------------------ training */

/* Feature hash → dense index, for the features of the training sentences. */
typedef struct findex {
    uint64_t *keys;
    uint32_t *idx;
    size_t cap, n;
} findex;

static size_t fi_slot(const findex *x, uint64_t key)
{
    size_t mask = x->cap - 1, i = (size_t)(key ^ key >> 29) & mask;
    while (x->keys[i] && x->keys[i] != key)
        i = (i + 1) & mask;
    return i;
}

typedef struct trainer {
    const corpus *c;
    uint32_t *fidx;           /* per feature occurrence: dense index or NO_INDEX */
    findex fx;
    double *w, *u;            /* nfeat * NER_NTAGS */
    double tw[NER_NTAGS + 1][NER_NTAGS], tu[NER_NTAGS + 1][NER_NTAGS];
    double step;              /* sentences seen + 1 */
    int use_trans;
} trainer;

static rasd_status index_features(trainer *tr)
{
    const corpus *c = tr->c;
    size_t cap = 1024;
    while (cap < 2 * c->nfeat + 16)
        cap *= 2;
    tr->fx.keys = calloc(cap, 8);
    tr->fx.idx = malloc(cap * sizeof *tr->fx.idx);
    tr->fidx = malloc((c->nfeat + 1) * sizeof *tr->fidx);
    tr->fx.cap = cap;
    if (!tr->fx.keys || !tr->fx.idx || !tr->fidx)
        return RASD_ENOMEM;
    for (size_t i = 0; i < c->ns; i++) {
        const sent *s = &c->s[i];
        size_t nf = 0;
        for (size_t k = 0; k < s->nr; k++)
            nf += c->nf[s->r_off + k];
        for (size_t k = s->f_off; k < s->f_off + nf; k++) {
            size_t sl = fi_slot(&tr->fx, c->feats[k]);
            if (!tr->fx.keys[sl] && !s->dev) {
                tr->fx.keys[sl] = c->feats[k];
                tr->fx.idx[sl] = (uint32_t)tr->fx.n++;
            }
            tr->fidx[k] = tr->fx.keys[sl] ? tr->fx.idx[sl] : NO_INDEX;
        }
    }
    tr->w = calloc(tr->fx.n * NER_NTAGS, sizeof *tr->w);
    tr->u = calloc(tr->fx.n * NER_NTAGS, sizeof *tr->u);
    return tr->w && tr->u ? RASD_OK : RASD_ENOMEM;
}

/* Emission scores of sentence s: current weights, or the average when avg. */
static void emissions(const trainer *tr, const sent *s, float *em, int avg)
{
    const uint32_t *fi = tr->fidx + s->f_off;
    for (size_t i = 0; i < s->nr; i++) {
        double row[NER_NTAGS] = {0};
        for (uint32_t k = 0; k < tr->c->nf[s->r_off + i]; k++, fi++) {
            if (*fi == NO_INDEX)
                continue;
            const double *w = &tr->w[(size_t)*fi * NER_NTAGS], *u = &tr->u[(size_t)*fi * NER_NTAGS];
            for (int t = 0; t < NER_NTAGS; t++)
                row[t] += avg ? w[t] - u[t] / tr->step : w[t];
        }
        for (int t = 0; t < NER_NTAGS; t++)
            em[i * NER_NTAGS + t] = (float)row[t];
    }
}

static void avg_trans(const trainer *tr, float out[NER_NTAGS + 1][NER_NTAGS], int avg)
{
    for (int p = 0; p <= NER_NTAGS; p++)
        for (int t = 0; t < NER_NTAGS; t++)
            out[p][t] = (float)(avg ? tr->tw[p][t] - tr->tu[p][t] / tr->step : tr->tw[p][t]);
}

static void update_token(trainer *tr, const uint32_t *fi, uint32_t nf, int gold, int pred)
{
    for (uint32_t k = 0; k < nf; k++) {
        if (fi[k] == NO_INDEX)
            continue;
        size_t b = (size_t)fi[k] * NER_NTAGS;
        tr->w[b + gold] += 1;
        tr->u[b + gold] += tr->step;
        tr->w[b + pred] -= 1;
        tr->u[b + pred] -= tr->step;
    }
}

static void update_trans(trainer *tr, int p, int t, double d)
{
    tr->tw[p][t] += d;
    tr->tu[p][t] += d * tr->step;
}

static void train_sentence(trainer *tr, const sent *s, decoder *dc)
{
    const corpus *c = tr->c;
    float trans[NER_NTAGS + 1][NER_NTAGS];
    const uint8_t *gold = c->rgold + s->r_off;
    emissions(tr, s, dc->em, 0);
    avg_trans(tr, trans, 0);
    viterbi_scores(dc->em, trans, tr->use_trans, s->nr, dc->back, dc->tags);
    const uint32_t *fi = tr->fidx + s->f_off;
    for (size_t i = 0; i < s->nr; i++) {
        uint32_t nf = c->nf[s->r_off + i];
        int pg = i ? gold[i - 1] : NER_NTAGS, pp = i ? dc->tags[i - 1] : NER_NTAGS;
        if (gold[i] != dc->tags[i])
            update_token(tr, fi, nf, gold[i], dc->tags[i]);
        if (gold[i] != dc->tags[i] || pg != pp) {
            update_trans(tr, pg, gold[i], 1);
            update_trans(tr, pp, dc->tags[i], -1);
        }
        fi += nf;
    }
    tr->step += 1;
}

/* The averaged weights as a model, leaving out features whose weights are all tiny. */
static rasd_status build_model(const trainer *tr, unsigned groups, ner_model *m)
{
    size_t keep = 0;
    for (size_t i = 0; i < tr->fx.n * NER_NTAGS; i++)
        keep += fabs(tr->w[i] - tr->u[i] / tr->step) >= PRUNE;
    rasd_status rc = model_init(m, keep);
    if (rc)
        return rc;
    m->features = groups;
    avg_trans(tr, m->trans, 1);
    for (size_t sl = 0; sl < tr->fx.cap; sl++) {
        if (!tr->fx.keys[sl])
            continue;
        size_t b = (size_t)tr->fx.idx[sl] * NER_NTAGS;
        float w[NER_NTAGS];
        int any = 0;
        for (int t = 0; t < NER_NTAGS; t++) {
            w[t] = (float)(tr->w[b + t] - tr->u[b + t] / tr->step);
            any |= fabsf(w[t]) >= PRUNE;
        }
        if (any)
            memcpy(model_put(m, tr->fx.keys[sl]), w, sizeof w);
    }
    return RASD_OK;
}

static void trainer_free(trainer *tr)
{
    free(tr->fidx);
    free(tr->fx.keys);
    free(tr->fx.idx);
    free(tr->w);
    free(tr->u);
    memset(tr, 0, sizeof *tr);
}

/* A fixed-seed permutation of the training sentences (xorshift, Fisher–Yates). */
static void shuffle(uint32_t *order, size_t n, uint64_t *seed)
{
    for (size_t i = n; i > 1; i--) {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        size_t j = (size_t)(*seed % i);
        uint32_t t = order[i - 1];
        order[i - 1] = order[j];
        order[j] = t;
    }
}

/* The jackknife fold of a training sentence: k mod FOLDS, so that, like a dev sentence,
 * its neighbours in the file are in the training part of its fold's model, and all the
 * sentences of one document (group_of) are in one fold. With a dev split of the file's tail
 * the folds are contiguous blocks instead: like the dev sentences, a fold's articles are
 * unseen by its model and by the memory it sees. Extra sentences are folded the same way
 * among themselves. */
static int fold_of(const corpus *c, const sent *s)
{
    if (s->extra && c->dev_from)
        return (int)((uint64_t)(s->k - c->extra_from) * FOLDS / c->n_extra);
    if (c->dev_from)
        return (int)((uint64_t)s->k * FOLDS / c->dev_from);
    return (int)(s->k % FOLDS);
}

/* The CRF (crf.c) on the training sentences outside fold `fold` (-1: all of them): its
 * weights go into tr->w and tr->tw, which build_model then reads as averaged weights
 * (tr->u and tr->tu stay 0). */
static rasd_status run_crf(trainer *tr, const rasd_ner_opts *o, unsigned groups, int fold)
{
    const corpus *c = tr->c;
    uint8_t *wt = calloc(c->ns + 1, 1);
    crf_result res = {0};
    crf_params p = {o->c2 > 0 ? o->c2 : DEFAULT_C2, o->iters > 0 ? o->iters : DEFAULT_ITERS};
    if (!wt)
        return RASD_ENOMEM;
    for (size_t i = 0; i < c->ns; i++)
        if (!c->s[i].dev && (fold < 0 || fold_of(c, &c->s[i]) != fold))
            wt[i] = (uint8_t)(c->s[i].extra ? c->extra_weight : 1);
    crf_input in = {c, tr->fidx, tr->fx.n, wt, tr->use_trans};
    rasd_status rc = crf_train(&in, &p, tr->w, tr->tw, &res);
    free(wt);
    if (!rc && o->progress && fold < 0) {
        ner_model m = {0};
        rasd_ner_score sc[5];
        if ((rc = build_model(tr, groups, &m)) == RASD_OK &&
            (rc = score_model(c, &m, o, sc)) == RASD_OK)
            o->progress(res.iters, sc, o->progress_ctx);
        model_free(&m);
    }
    return rc;
}

/* Trains on the training sentences outside fold `fold` (-1: all of them). */
static rasd_status run_epochs(trainer *tr, const rasd_ner_opts *o, unsigned groups, int fold)
{
    const corpus *c = tr->c;
    if (o->learner == RASD_NER_CRF)
        return run_crf(tr, o, groups, fold);
    decoder dc = {0};
    size_t cap = c->ns + (size_t)c->n_extra * (size_t)(c->extra_weight > 1 ? c->extra_weight - 1 : 0);
    uint32_t *order = malloc((cap + 1) * sizeof *order);
    size_t n = 0;
    uint64_t seed = 0x2545F4914F6CDD1Du;
    rasd_status rc = order ? decoder_init(&dc, c) : RASD_ENOMEM;
    for (size_t i = 0; !rc && i < c->ns; i++)
        for (int w = c->s[i].extra ? c->extra_weight : 1; w > 0; w--)
            if (!c->s[i].dev && (fold < 0 || fold_of(c, &c->s[i]) != fold))
                order[n++] = (uint32_t)i;
    for (int ep = 0; !rc && ep < o->epochs; ep++) {
        shuffle(order, n, &seed);
        for (size_t i = 0; i < n; i++)
            train_sentence(tr, &c->s[order[i]], &dc);
        if (o->progress && fold < 0) {
            ner_model m = {0};
            rasd_ner_score sc[5];
            if ((rc = build_model(tr, groups, &m)) == RASD_OK &&
                (rc = score_model(c, &m, o, sc)) == RASD_OK)
                o->progress(ep + 1, sc, o->progress_ctx);
            model_free(&m);
        }
    }
    free(order);
    decoder_free(&dc);
    return rc;
}

static void trainer_reset(trainer *tr)
{
    memset(tr->w, 0, tr->fx.n * NER_NTAGS * sizeof *tr->w);
    memset(tr->u, 0, tr->fx.n * NER_NTAGS * sizeof *tr->u);
    memset(tr->tw, 0, sizeof tr->tw);
    memset(tr->tu, 0, sizeof tr->tu);
    tr->step = 1;
}

static rasd_status trainer_init(trainer *tr, const corpus *c, unsigned groups)
{
    memset(tr, 0, sizeof *tr);
    tr->c = c;
    tr->step = 1;
    tr->use_trans = (groups & NF_TRANS) != 0;
    return index_features(tr);
}

/* ---------------------------------------------------------- two stages
 * The second stage sees, for each token, how the first stage tagged the same stripped form
 * elsewhere in the document (docfacts). ANERcorp keeps articles in order but does not mark
 * where they end, so a sentence's document is a window: the sentences within DOC_WINDOW of
 * it in the file that have the same number mod dev_every (group_of). For a dev sentence
 * those are the other dev sentences (never their gold: the first stage's tags, as
 * rasd_ner_eval and the engine compute them), and the training documents are built the
 * same way so that they are as sparse as the dev ones. The first stage's tags of a
 * training sentence come from a model trained without its fold (jackknifing), so the
 * second stage learns on tags as wrong as the ones it will see. At run time the document
 * is the whole article. */

static rasd_status stage_bufs(corpus *c)
{
    if (!c->tags1)
        c->tags1 = calloc(c->nr + 1, 1);
    if (!c->df)
        c->df = calloc(c->nr + 1, sizeof *c->df);
    return c->tags1 && c->df ? RASD_OK : RASD_ENOMEM;
}

/* First-stage tags of the dev sentences with model m (its features in c->feats). */
static rasd_status tag_dev(corpus *c, const ner_model *m)
{
    decoder dc = {0};
    rasd_status rc = decoder_init(&dc, c);
    for (size_t i = 0; !rc && i < c->ns; i++) {
        const sent *s = &c->s[i];
        if (!s->dev)
            continue;
        ner_viterbi(m, c->feats + s->f_off, c->nf + s->r_off, s->nr, dc.em, dc.back,
                    c->tags1 + s->r_off);
    }
    decoder_free(&dc);
    return rc;
}

/* First-stage tags of the training sentences of fold f by the trainer's averaged weights. */
static rasd_status tag_fold(trainer *tr, corpus *c, int f)
{
    decoder dc = {0};
    float trans[NER_NTAGS + 1][NER_NTAGS];
    rasd_status rc = decoder_init(&dc, c);
    avg_trans(tr, trans, 1);
    for (size_t i = 0; !rc && i < c->ns; i++) {
        const sent *s = &c->s[i];
        if (s->dev || fold_of(c, s) != f)
            continue;
        emissions(tr, s, dc.em, 1);
        viterbi_scores(dc.em, trans, tr->use_trans, s->nr, dc.back, c->tags1 + s->r_off);
    }
    decoder_free(&dc);
    return rc;
}

static void sent_count(corpus *c, doctable *t, const sent *s, int d)
{
    doctable_sentence(t, c->facts + s->r_off, c->tags1 + s->r_off, s->nr, d);
}

/* The document group of a sentence: its number mod dev_every (see above); with a dev split
 * of the file's tail, its split (documents are then contiguous windows of their split). */
static unsigned group_of(const corpus *c, const sent *s)
{
    if (c->dev_from)
        return s->dev;
    return c->dev_every > 0 ? s->k % (unsigned)c->dev_every : 0;
}

/* The second stage's memory: the gold types of each stripped form in the training
 * sentences and how many of them begin a name, and the type of each pair of neighbouring
 * forms inside one name (0 if not); all of them into mem, those of fold f into folds[f]
 * too. */
static rasd_status build_memory(const corpus *c, doctable *mem, doctable *folds)
{
    rasd_status rc = doctable_reset(mem, 2 * c->nr);
    for (int f = 0; !rc && f < FOLDS; f++)
        rc = doctable_reset(&folds[f], 2 * c->nr);
    for (size_t i = 0; !rc && i < c->ns; i++) {
        const sent *s = &c->s[i];
        for (size_t r = s->r_off; !s->dev && r < s->r_off + s->nr; r++) {
            int x = tag_type(c->rgold[r]);
            uint16_t *a = doctable_row(mem, c->facts[r].strip);
            uint16_t *b = doctable_row(&folds[fold_of(c, s)], c->facts[r].strip);
            if (r + 1 < s->r_off + s->nr) {          /* the pair (r, r+1) */
                uint64_t pk = ent_pair_key(c->facts, r);
                int px = ent_pair_type(c->rgold, r);
                uint16_t *pa = doctable_row(mem, pk), *pb = doctable_row(&folds[fold_of(c, s)], pk);
                if (pa[px] < UINT16_MAX) {
                    pa[px]++;
                    pb[px]++;
                }
            }
            int beg = c->rgold[r] && tag_is_b(c->rgold[r]);
            if (a[x] < UINT16_MAX) {
                a[x]++;
                b[x]++;
                a[NER_NTYPES + 1 + x] = (uint16_t)(a[NER_NTYPES + 1 + x] + beg);
                b[NER_NTYPES + 1 + x] = (uint16_t)(b[NER_NTYPES + 1 + x] + beg);
            }
        }
    }
    return rc;
}

/* The document facts of every token from c->tags1, over sliding windows of sentences, with
 * the memory mem; a training sentence's memory leaves out its own fold (folds[f]), as its
 * first-stage tags do. folds NULL: no training sentences (rasd_ner_eval). */
static rasd_status corpus_docfacts(corpus *c, const doctable *mem, const doctable *folds)
{
    doctable t = {0};
    rasd_status rc = RASD_OK;
    unsigned ngroups = c->dev_every > 1 && !c->dev_from ? (unsigned)c->dev_every : 2;
    for (unsigned g = 0; !rc && g < ngroups; g++) {
        size_t lo = 0, hi = 0;          /* sentences [lo, hi) of c->s are in the window */
        if ((rc = doctable_reset(&t, c->nr)) != RASD_OK)
            break;
        for (size_t i = 0; i < c->ns; i++) {
            const sent *s = &c->s[i];
            if (group_of(c, s) != g)
                continue;
            for (; hi < c->ns && c->s[hi].k <= s->k + DOC_WINDOW; hi++)
                if (group_of(c, &c->s[hi]) == g)
                    sent_count(c, &t, &c->s[hi], 1);
            for (; c->s[lo].k + DOC_WINDOW < s->k; lo++)
                if (group_of(c, &c->s[lo]) == g)
                    sent_count(c, &t, &c->s[lo], -1);
            const doctable *own = folds && !s->dev ? &folds[fold_of(c, s)] : NULL;
            doctable_facts(&t, mem, own, c->facts + s->r_off, c->tags1 + s->r_off, s->nr,
                           c->df + s->r_off);
        }
    }
    doctable_free(&t);
    return rc;
}

/* For a model with a second stage (m->doc, its memory filled): tags the dev sentences with
 * the first stage, then gives c the second stage's features. c->feats holds the first
 * stage's. */
static rasd_status stage2_corpus(corpus *c, const ner_model *m, const doctable *folds)
{
    rasd_status rc = stage_bufs(c);
    if (!rc)
        rc = tag_dev(c, m);
    if (!rc)
        rc = corpus_docfacts(c, &m->doc->mem, folds);
    if (!rc)
        rc = corpus_features(c, m->doc->features);
    return rc;
}

/* Jackknifed first-stage tags of the training sentences into c->tags1. */
static rasd_status jackknife(trainer *tr, corpus *c, const rasd_ner_opts *o, unsigned groups)
{
    rasd_status rc = stage_bufs(c);
    for (int f = 0; !rc && f < FOLDS; f++) {
        trainer_reset(tr);
        if ((rc = run_epochs(tr, o, groups, f)) == RASD_OK)
            rc = tag_fold(tr, c, f);
    }
    return rc;
}

rasd_status rasd_ner_train(const rasd_engine *e, const char *conll, const rasd_ner_opts *opts,
                           const char *model_path, rasd_ner_score scores[5])
{
    rasd_ner_opts o = opts ? *opts : (rasd_ner_opts){0};
    corpus c = {0};
    trainer tr = {0};
    ner_model m = {0};
    unsigned groups = o.features ? o.features & NF_KNOWN : NF_ALL, g1 = groups & ~(unsigned)NF_DOC;
    /* Embedding clusters (opt-in) help the first stage on unseen articles (+1 point) but not
     * the second, which sees the first stage's tags (docs/NER.md): the second goes without. */
    unsigned g2 = groups & ~(unsigned)NF_EMB;
    if (!o.epochs)
        o.epochs = DEFAULT_EPOCHS;
    if (!o.dev_every)
        o.dev_every = DEFAULT_DEV_EVERY;
    c.dev_every = o.dev_every;
    if (o.dev_tail < 0 || o.dev_tail > 90 || o.extra_weight < 0 || o.extra_weight > 100 ||
        (o.learner != RASD_NER_PERCEPTRON && o.learner != RASD_NER_CRF) || !(o.c2 >= 0) ||
        o.iters < 0)
        return RASD_EINVAL;
    c.extra_weight = o.extra_weight ? o.extra_weight : 1;
    rasd_status rc = read_corpus(&c, e, conll, o.dev_every, o.dev_tail, 0, 0);
    if (!rc && o.extra)
        rc = read_corpus(&c, e, o.extra, 0, 0, 0, 1);
    if (!rc)
        rc = corpus_features(&c, g1);
    if (!rc)
        rc = trainer_init(&tr, &c, g1);
    if (!rc && (groups & NF_DOC))
        rc = jackknife(&tr, &c, &o, g1);
    if (!rc) {
        trainer_reset(&tr);
        rc = run_epochs(&tr, &o, g1, -1);
    }
    if (!rc)
        rc = build_model(&tr, g1, &m);
    if (!rc && (groups & NF_DOC)) {        /* the second stage */
        if (!(m.doc = calloc(1, sizeof *m.doc)))
            rc = RASD_ENOMEM;
        doctable folds[FOLDS] = {{0}};
        if (!rc) {
            m.doc->features = g2;
            rc = build_memory(&c, &m.doc->mem, folds);
        }
        if (!rc)
            rc = stage2_corpus(&c, &m, folds);
        for (int f = 0; f < FOLDS; f++)
            doctable_free(&folds[f]);
        trainer_free(&tr);
        if (!rc)
            rc = trainer_init(&tr, &c, g2);
        if (!rc)
            rc = run_epochs(&tr, &o, g2, -1);
        if (!rc)
            rc = build_model(&tr, g2, m.doc);
    }
    if (!rc && model_path)
        rc = model_save(&m, model_path);
    if (!rc && scores)
        rc = score_model(&c, m.doc ? m.doc : &m, &o, scores);
    model_free(&m);
    trainer_free(&tr);
    corpus_free(&c);
    return rc;
}

/* ------------------------------------------------------ other learners
 * The sentences of a CoNLL file as rasd_ner_train sees them, for another learner on the
 * same features and the same scorer (bench/anchor_liblinear.c). */

rasd_status ner_corpus_read(const rasd_engine *e, const char *conll, const rasd_ner_opts *split,
                            unsigned groups, int dev_only, ner_corpus **out)
{
    int dev_every = split && split->dev_every ? split->dev_every : DEFAULT_DEV_EVERY;
    int dev_tail = split ? split->dev_tail : 0;
    corpus *c = calloc(1, sizeof *c);
    rasd_status rc = c ? RASD_OK : RASD_ENOMEM;
    *out = NULL;
    if (!rc && (dev_tail < 0 || dev_tail > 90))
        rc = RASD_EINVAL;
    if (!rc) {
        c->dev_every = dev_every;
        int which = dev_only && (dev_every > 0 || dev_tail > 0) ? 2 : 0;
        rc = read_corpus(c, e, conll, dev_every, dev_tail, which, 0);
    }
    for (size_t i = 0; !rc && (dev_every < 0 || dev_only) && i < c->ns; i++)
        c->s[i].dev = 1;
    if (!rc)
        rc = corpus_features(c, groups & ~(unsigned)NF_DOC);
    if (rc) {
        ner_corpus_free(c);
        return rc;
    }
    *out = c;
    return RASD_OK;
}

size_t ner_corpus_count(const ner_corpus *c)
{
    return c->ns;
}

void ner_corpus_get(const ner_corpus *c, size_t i, ner_sentence *out)
{
    const sent *s = &c->s[i];
    out->n = s->nr;
    out->dev = s->dev;
    out->gold = c->rgold + s->r_off;
    out->feats = c->feats + s->f_off;
    out->nf = c->nf + s->r_off;
}

rasd_status ner_corpus_decode(ner_corpus *c, const ner_model *m, uint8_t *tags)
{
    decoder dc = {0};
    rasd_status rc = m->doc ? stage2_corpus(c, m, NULL) : RASD_OK;
    const ner_model *last = m->doc ? m->doc : m;
    if (!rc)
        rc = decoder_init(&dc, c);
    for (size_t i = 0; !rc && i < c->ns; i++) {
        const sent *s = &c->s[i];
        if (s->dev)
            ner_viterbi(last, c->feats + s->f_off, c->nf + s->r_off, s->nr, dc.em, dc.back,
                        tags + s->r_off);
    }
    decoder_free(&dc);
    return rc;
}

rasd_status ner_corpus_score(const ner_corpus *c, const uint8_t *tags, const uint8_t *which,
                             rasd_ner_score out[5])
{
    decoder dc = {0};
    counts ct = {0};
    rasd_status rc = decoder_init(&dc, c);
    for (size_t i = 0; !rc && i < c->ns; i++) {
        const sent *s = &c->s[i];
        if (which ? !which[i] : !s->dev)
            continue;
        memcpy(dc.tags, tags + s->r_off, s->nr);
        score_sentence(c, s, &dc, &ct);
    }
    if (!rc)
        finish_scores(&ct, out);
    decoder_free(&dc);
    return rc;
}

size_t ner_corpus_tokens(const ner_corpus *c)
{
    return c->nr;
}

void ner_corpus_free(ner_corpus *c)
{
    if (!c)
        return;
    corpus_free(c);
    free(c);
}
