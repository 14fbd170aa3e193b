/* crf.c — a linear-chain CRF learner for the recogniser's taggers (train-ner --learner crf).
 *
 * The same model as the perceptron's (train.c): first order, a weight per feature and tag,
 * transitions [prev][cur] with a start row, the BIO constraint (tag_allowed) as transitions
 * of -inf. Instead of perceptron updates it minimises the negative conditional
 * log-likelihood of the gold paths plus c2 · ||w||² (CRFsuite's convention) with L-BFGS
 * (Okazaki's libLBFGS, Debian's liblbfgs). Forward-backward is scaled per token (each
 * token's emissions shifted by their maximum, each alpha row normalised), per sentence.
 *
 * As in CRFsuite by default, a feature has weights only for the tags it was seen with in
 * the gold paths of the training sentences (the other tags of its row stay 0 in the model
 * file): about one weight per feature instead of nine, which keeps the model as small as
 * the perceptron's and each L-BFGS step cheap. A gold path that breaks the BIO constraint
 * (I-X after a tag of another type: a few ANERcorp tokens) is read with that I-X as B-X.
 *
 * Deterministic: each evaluation splits the sentences into NPARTS fixed runs, each summed
 * in file order by its own thread into its own gradient, and the parts are added in their
 * order; the same data and options give the same weights bit for bit, on any machine.
 */
#include "entities/crf.h"

#include <lbfgs.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define NTR ((NER_NTAGS + 1) * NER_NTAGS)   /* transition weights, start row last */

#define NPARTS 2      /* threads of an evaluation, each on a fixed part of the sentences; a
                         constant, so that every machine sums in the same order */

typedef struct crf {
    const corpus *c;
    const uint32_t *fidx;
    const uint8_t *wt;        /* per sentence: its weight in the objective, 0 = left out */
    uint16_t *mask;           /* per feature: the tags it has weights for */
    uint32_t *off;            /* per feature: its first weight in x */
    uint16_t *omask;          /* per feature occurrence of c: its feature's mask (0: none) */
    uint32_t *ooff;           /* per feature occurrence: its feature's off */
    size_t nfeat, nemit, n;   /* features, emission weights, all weights (padded) */
    int use_trans;
    double c2;
    double *obs;              /* the gold paths' feature counts, weighted */
    uint8_t *gold;
    int iters;
} crf;

/* One thread's share of an evaluation: sentences [lo, hi), its own gradient and scratch. */
typedef struct part {
    const crf *m;
    size_t lo, hi;
    const double *x;
    double (*M)[NER_NTAGS];
    double *g, f;
    double *em, *al, *be, *sc; /* per token of the longest sentence */
} part;

/* A sentence's gold tags, an I-X that may not follow its predecessor read as B-X. */
static void gold_path(const crf *m, const sent *s, uint8_t *g)
{
    const uint8_t *rg = m->c->rgold + s->r_off;
    for (size_t i = 0; i < s->nr; i++) {
        int t = rg[i], p = i ? g[i - 1] : NER_NTAGS;
        g[i] = (uint8_t)(tag_allowed(p, t) ? t : t - 1);
    }
}

/* The features' tag masks and weight offsets, from the gold paths of the weighted
 * sentences, and the same per feature occurrence (read in order by every evaluation). */
static void build_index(crf *m)
{
    const corpus *c = m->c;
    for (size_t i = 0; i < c->ns; i++) {
        const sent *s = &c->s[i];
        if (!m->wt[i])
            continue;
        gold_path(m, s, m->gold);
        const uint32_t *fi = m->fidx + s->f_off;
        for (size_t k = 0; k < s->nr; k++)
            for (uint32_t j = 0; j < c->nf[s->r_off + k]; j++, fi++)
                if (*fi != UINT32_MAX)
                    m->mask[*fi] |= (uint16_t)(1u << m->gold[k]);
    }
    size_t o = 0;
    for (size_t f = 0; f < m->nfeat; f++) {
        m->off[f] = (uint32_t)o;
        o += (size_t)__builtin_popcount(m->mask[f]);
    }
    for (size_t k = 0; k < c->nfeat; k++) {
        uint32_t f = m->fidx[k];
        m->omask[k] = f == UINT32_MAX ? 0 : m->mask[f];
        m->ooff[k] = f == UINT32_MAX ? 0 : m->off[f];
    }
    m->nemit = o;
    m->n = (o + NTR + 15) / 16 * 16;         /* libLBFGS wants a multiple of 16 */
}

/* Emission scores of sentence s under weights p->x, into p->em. */
static void emissions(part *p, const sent *s)
{
    const crf *m = p->m;
    const uint16_t *mk = m->omask + s->f_off;
    const uint32_t *of = m->ooff + s->f_off;
    for (size_t i = 0; i < s->nr; i++) {
        double *row = p->em + i * NER_NTAGS;
        memset(row, 0, NER_NTAGS * sizeof *row);
        for (uint32_t k = 0; k < m->c->nf[s->r_off + i]; k++, mk++, of++) {
            const double *w = p->x + *of;
            for (unsigned b = *mk; b; b &= b - 1)
                row[__builtin_ctz(b)] += *w++;
        }
    }
}

/* exp of the transitions (0 where the BIO constraint forbids), [prev][cur]. */
static void trans_exp(const crf *m, const double *x, double out[NER_NTAGS + 1][NER_NTAGS])
{
    const double *tr = x + m->nemit;
    for (int p = 0; p <= NER_NTAGS; p++)
        for (int t = 0; t < NER_NTAGS; t++)
            out[p][t] = !tag_allowed(p, t) ? 0 : m->use_trans ? exp(tr[p * NER_NTAGS + t]) : 1;
}

/* The scaled forward pass over p->em (overwritten by exp(em - max)); returns log Z. */
static double forward(part *p, size_t n)
{
    double logz = 0;
    for (size_t i = 0; i < n; i++) {
        double *e = p->em + i * NER_NTAGS, mx = e[0], *a = p->al + i * NER_NTAGS, sum = 0;
        for (int t = 1; t < NER_NTAGS; t++)
            mx = e[t] > mx ? e[t] : mx;
        for (int t = 0; t < NER_NTAGS; t++)
            e[t] = exp(e[t] - mx);
        for (int t = 0; t < NER_NTAGS; t++) {
            double v = 0;
            if (!i)
                v = p->M[NER_NTAGS][t];
            else
                for (int q = 0; q < NER_NTAGS; q++)
                    v += a[q - NER_NTAGS] * p->M[q][t];
            a[t] = v * e[t];
            sum += a[t];
        }
        for (int t = 0; t < NER_NTAGS; t++)
            a[t] /= sum;
        p->sc[i] = sum;
        logz += log(sum) + mx;
    }
    return logz;
}

/* The backward pass, scaled by the forward pass's sums. */
static void backward(part *p, size_t n)
{
    for (int t = 0; t < NER_NTAGS; t++)
        p->be[(n - 1) * NER_NTAGS + t] = 1;
    for (size_t i = n - 1; i-- > 0;) {
        const double *bn = p->be + (i + 1) * NER_NTAGS, *en = p->em + (i + 1) * NER_NTAGS;
        for (int q = 0; q < NER_NTAGS; q++) {
            double v = 0;
            for (int t = 0; t < NER_NTAGS; t++)
                v += p->M[q][t] * en[t] * bn[t];
            p->be[i * NER_NTAGS + q] = v / p->sc[i + 1];
        }
    }
}

/* Adds the transitions' expected counts at token i (> 0) times wt to gt. */
static void trans_expect(const part *p, size_t i, double wt, double *gt)
{
    const double *ap = p->al + (i - 1) * NER_NTAGS, *e = p->em + i * NER_NTAGS,
                 *b = p->be + i * NER_NTAGS;
    double eb[NER_NTAGS];
    for (int t = 0; t < NER_NTAGS; t++)
        eb[t] = wt * e[t] * b[t] / p->sc[i];
    for (int q = 0; q < NER_NTAGS; q++)
        for (int t = 0; t < NER_NTAGS; t++)
            gt[q * NER_NTAGS + t] += ap[q] * p->M[q][t] * eb[t];
}

/* Adds sentence s's expected feature counts times wt to p->g. */
static void expectations(part *p, const sent *s, double wt)
{
    const crf *m = p->m;
    const uint16_t *mk = m->omask + s->f_off;
    const uint32_t *of = m->ooff + s->f_off;
    double *gt = p->g + m->nemit;
    for (size_t i = 0; i < s->nr; i++) {
        const double *a = p->al + i * NER_NTAGS, *b = p->be + i * NER_NTAGS;
        double pm[NER_NTAGS];
        for (int t = 0; t < NER_NTAGS; t++)
            pm[t] = wt * a[t] * b[t];
        for (uint32_t k = 0; k < m->c->nf[s->r_off + i]; k++, mk++, of++) {
            double *w = p->g + *of;
            for (unsigned bits = *mk; bits; bits &= bits - 1)
                *w++ += pm[__builtin_ctz(bits)];
        }
        if (m->use_trans && !i)
            for (int t = 0; t < NER_NTAGS; t++)
                gt[NER_NTAGS * NER_NTAGS + t] += pm[t];
        else if (m->use_trans)
            trans_expect(p, i, wt, gt);
    }
}

/* One part's log Z sum and expected counts. */
static void *run_part(void *arg)
{
    part *p = arg;
    const crf *m = p->m;
    p->f = 0;
    memset(p->g, 0, m->n * sizeof *p->g);
    for (size_t i = p->lo; i < p->hi; i++) {
        const sent *s = &m->c->s[i];
        if (!m->wt[i] || !s->nr)
            continue;
        emissions(p, s);
        p->f += m->wt[i] * forward(p, s->nr);
        backward(p, s->nr);
        expectations(p, s, m->wt[i]);
    }
    return NULL;
}

typedef struct eval_ctx {
    crf *m;
    part parts[NPARTS];
} eval_ctx;

/* The objective and its gradient: sum of wt · log Z - obs · x + c2 ||x||², the parts
 * added in their order. */
static lbfgsfloatval_t evaluate(void *inst, const lbfgsfloatval_t *x, lbfgsfloatval_t *g,
                                const int n, const lbfgsfloatval_t step)
{
    eval_ctx *ev = inst;
    crf *m = ev->m;
    double M[NER_NTAGS + 1][NER_NTAGS], f = 0;
    pthread_t th[NPARTS];
    int started[NPARTS] = {0};
    (void)step;
    trans_exp(m, x, M);
    for (int k = 0; k < NPARTS; k++) {
        ev->parts[k].x = x;
        ev->parts[k].M = M;
        if (k)
            started[k] = pthread_create(&th[k], NULL, run_part, &ev->parts[k]) == 0;
        if (k && !started[k])
            run_part(&ev->parts[k]);      /* no thread: the same sums, in this one */
    }
    run_part(&ev->parts[0]);
    for (int k = 1; k < NPARTS; k++)
        if (started[k])
            pthread_join(th[k], NULL);
    for (int i = 0; i < n; i++) {
        f += m->c2 * x[i] * x[i] - m->obs[i] * x[i];
        g[i] = 2 * m->c2 * x[i] - m->obs[i];
    }
    for (int k = 0; k < NPARTS; k++) {
        f += ev->parts[k].f;
        for (int i = 0; i < n; i++)
            g[i] += ev->parts[k].g[i];
    }
    return f;
}

/* The gold paths' counts, weighted (the constant part of the gradient). */
static void observe(crf *m)
{
    const corpus *c = m->c;
    for (size_t i = 0; i < c->ns; i++) {
        const sent *s = &c->s[i];
        if (!m->wt[i])
            continue;
        gold_path(m, s, m->gold);
        const uint32_t *fi = m->fidx + s->f_off;
        for (size_t k = 0; k < s->nr; k++) {
            int t = m->gold[k], p = k ? m->gold[k - 1] : NER_NTAGS;
            for (uint32_t j = 0; j < c->nf[s->r_off + k]; j++, fi++) {
                if (*fi == UINT32_MAX)
                    continue;
                unsigned below = m->mask[*fi] & ((1u << t) - 1);
                m->obs[m->off[*fi] + (unsigned)__builtin_popcount(below)] += m->wt[i];
            }
            if (m->use_trans)
                m->obs[m->nemit + (size_t)p * NER_NTAGS + (size_t)t] += m->wt[i];
        }
    }
}

static int progress(void *inst, const lbfgsfloatval_t *x, const lbfgsfloatval_t *g,
                    const lbfgsfloatval_t fx, const lbfgsfloatval_t xnorm,
                    const lbfgsfloatval_t gnorm, const lbfgsfloatval_t step, int n, int k, int ls)
{
    eval_ctx *ev = inst;
    (void)x, (void)g, (void)fx, (void)xnorm, (void)gnorm, (void)step, (void)n, (void)ls;
    ev->m->iters = k;
    return 0;
}

/* x's weights into the trainer's dense rows and transitions. */
static void unpack(const crf *m, const double *x, double *w, double tw[NER_NTAGS + 1][NER_NTAGS])
{
    for (size_t f = 0; f < m->nfeat; f++) {
        const double *v = x + m->off[f];
        for (unsigned b = m->mask[f]; b; b &= b - 1)
            w[f * NER_NTAGS + (size_t)__builtin_ctz(b)] = *v++;
    }
    for (int p = 0; p <= NER_NTAGS; p++)
        for (int t = 0; t < NER_NTAGS; t++)
            tw[p][t] = m->use_trans ? x[m->nemit + (size_t)p * NER_NTAGS + (size_t)t] : 0;
}

static void crf_free(crf *m, eval_ctx *ev)
{
    free(m->mask);
    free(m->off);
    free(m->omask);
    free(m->ooff);
    free(m->obs);
    free(m->gold);
    for (int k = 0; k < NPARTS; k++) {
        part *p = &ev->parts[k];
        free(p->g);
        free(p->em);
        free(p->al);
        free(p->be);
        free(p->sc);
    }
}

static rasd_status crf_alloc(crf *m)
{
    size_t mx = 1;
    for (size_t i = 0; i < m->c->ns; i++)
        mx = m->c->s[i].nr > mx ? m->c->s[i].nr : mx;
    m->mask = calloc(m->nfeat + 1, sizeof *m->mask);
    m->off = calloc(m->nfeat + 1, sizeof *m->off);
    m->omask = calloc(m->c->nfeat + 1, sizeof *m->omask);
    m->ooff = calloc(m->c->nfeat + 1, sizeof *m->ooff);
    m->gold = malloc(mx);
    return m->mask && m->off && m->omask && m->ooff && m->gold ? RASD_OK : RASD_ENOMEM;
}

/* The parts: contiguous runs of sentences with about the same number of tokens. */
static rasd_status parts_init(crf *m, eval_ctx *ev)
{
    const corpus *c = m->c;
    size_t mx = 1, total = 0, seen = 0, k = 0;
    for (size_t i = 0; i < c->ns; i++) {
        mx = c->s[i].nr > mx ? c->s[i].nr : mx;
        total += m->wt[i] ? c->s[i].nr : 0;
    }
    ev->m = m;
    for (size_t i = 0; i < c->ns; i++) {
        while (k + 1 < NPARTS && seen * NPARTS >= total * (k + 1))
            ev->parts[++k].lo = i;
        seen += m->wt[i] ? c->s[i].nr : 0;
    }
    while (++k < NPARTS)
        ev->parts[k].lo = c->ns;
    for (k = 0; k < NPARTS; k++) {
        part *p = &ev->parts[k];
        p->m = m;
        p->hi = k + 1 < NPARTS ? ev->parts[k + 1].lo : c->ns;
        p->g = malloc(m->n * sizeof *p->g);
        p->em = malloc(mx * NER_NTAGS * sizeof *p->em);
        p->al = malloc(mx * NER_NTAGS * sizeof *p->al);
        p->be = malloc(mx * NER_NTAGS * sizeof *p->be);
        p->sc = malloc(mx * sizeof *p->sc);
        if (!p->g || !p->em || !p->al || !p->be || !p->sc)
            return RASD_ENOMEM;
    }
    return RASD_OK;
}

rasd_status crf_train(const crf_input *in, const crf_params *p, double *w,
                      double tw[NER_NTAGS + 1][NER_NTAGS], crf_result *res)
{
    crf m = {.c = in->c, .fidx = in->fidx, .wt = in->weight, .nfeat = in->nfeat,
             .use_trans = in->use_trans, .c2 = p->c2};
    eval_ctx ev = {0};
    rasd_status rc = crf_alloc(&m);
    if (!rc)
        build_index(&m);
    if (!rc && !(m.obs = calloc(m.n, sizeof *m.obs)))
        rc = RASD_ENOMEM;
    if (!rc)
        rc = parts_init(&m, &ev);
    lbfgsfloatval_t *x = rc ? NULL : lbfgs_malloc((int)m.n), fx = 0;
    if (!rc && !x)
        rc = RASD_ENOMEM;
    if (!rc) {
        observe(&m);
        memset(x, 0, m.n * sizeof *x);
        lbfgs_parameter_t lp;
        lbfgs_parameter_init(&lp);
        lp.max_iterations = p->iters;
        lp.past = 10;              /* stop when the objective moved less than delta in 10 */
        lp.delta = 1e-5;
        int r = lbfgs((int)m.n, x, &fx, evaluate, progress, &ev, &lp);
        if (r == LBFGSERR_OUTOFMEMORY)
            rc = RASD_ENOMEM;
        else if (r < LBFGSERR_OUTOFINTERVAL)
            rc = RASD_EINVAL;     /* a bad parameter: a bug, not data */
        res->status = r;
    }
    if (!rc) {
        unpack(&m, x, w, tw);
        res->iters = m.iters;
        res->weights = m.nemit;
        res->objective = fx;
    }
    lbfgs_free(x);
    crf_free(&m, &ev);
    return rc;
}
