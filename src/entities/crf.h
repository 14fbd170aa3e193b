/* crf.h — the CRF learner of train-ner (crf.c), called by train.c. Internal to
 * src/entities. */
#ifndef RASD_ENTITIES_CRF_H
#define RASD_ENTITIES_CRF_H

#include "entities/corpus.h"

typedef struct crf_input {
    const corpus *c;
    const uint32_t *fidx;     /* per feature occurrence of c: dense index, or UINT32_MAX */
    size_t nfeat;             /* dense indices are below this */
    const uint8_t *weight;    /* per sentence of c: times it counts in the objective (0: not
                                 trained on) */
    int use_trans;            /* transitions learnt (else 0, the BIO constraint kept) */
} crf_input;

typedef struct crf_params {
    double c2;                /* L2 weight: the objective adds c2 · ||w||² */
    int iters;                /* L-BFGS iterations at most */
} crf_params;

typedef struct crf_result {
    int iters;                /* L-BFGS iterations done */
    int status;               /* lbfgs()'s return: 0 converged, < 0 stopped early */
    size_t weights;           /* emission weights learnt (feature, tag pairs) */
    double objective;
} crf_result;

/* Trains weights on in's weighted sentences: w (nfeat · NER_NTAGS, zeroed by the caller)
 * and tw get them; the pairs of a feature and a tag never seen together in the gold paths
 * stay 0. */
rasd_status crf_train(const crf_input *in, const crf_params *p, double *w,
                      double tw[NER_NTAGS + 1][NER_NTAGS], crf_result *res);

#endif
