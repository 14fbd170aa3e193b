/* corpus.h — a CoNLL file read for training and scoring the recogniser (corpus.c), shared
 * by the learner (train.c). Internal to src/entities. */
#ifndef RASD_ENTITIES_CORPUS_H
#define RASD_ENTITIES_CORPUS_H

#include "entities/ent.h"

#define DOC_WINDOW 20         /* a sentence's document: its split's sentences within ±20 */

typedef struct sent {
    uint32_t na, a_off;       /* corpus tokens: agold, afirst */
    uint32_t nr, r_off;       /* rasd tokens: rgold, nf, facts, tags1, df */
    uint64_t f_off;           /* features */
    uint32_t k;               /* the sentence's number in the file; extra sentences follow
                                 the file's after a gap of more than DOC_WINDOW */
    uint8_t dev;
    uint8_t extra;            /* from the extra training file (rasd_ner_opts.extra) */
} sent;

typedef struct corpus {
    sent *s;
    size_t ns, s_cap;
    uint8_t *agold;
    int32_t *afirst;
    size_t na, a_cap, a_cap2;
    uint8_t *rgold;
    uint32_t *nf;
    size_t nr, r_cap, r_cap2;
    tokfacts *facts;          /* per rasd token */
    uint8_t *tags1;           /* the first stage's tags (jackknifed for training sentences) */
    docfacts *df;             /* the second stage's document facts */
    size_t r_cap3;
    int dev_every;
    uint32_t dev_from;        /* dev_tail: the first dev sentence's number (0: dev_every) */
    uint32_t extra_from, n_extra; /* the first extra sentence's number, how many there are */
    int extra_weight;         /* how many times an epoch visits each extra sentence */
    uint64_t *feats;
    size_t nfeat, f_cap;
    rbuf words;               /* the corpus tokens, NUL after each, for a predictions file */
    uint32_t *aword;          /* per corpus token: its offset in words */
    size_t aw_cap;
} corpus;

void corpus_free(corpus *c);
/* Reads conll into c: the sentences of the dev split (dev_every, or the last dev_tail
 * percent) are marked; `which` 0 = all, 1 = only training sentences, 2 = only dev
 * sentences. extra: the file is extra training data (no dev split; its sentences are
 * numbered from c->extra_from). RASD_EIO when the file cannot be read. */
rasd_status read_corpus(corpus *c, const rasd_engine *e, const char *path, int dev_every,
                        int dev_tail, int which, int extra);
/* The features of every sentence (groups; the document facts c->df when NF_DOC). */
rasd_status corpus_features(corpus *c, unsigned groups);

#endif
