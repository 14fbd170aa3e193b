/* tag.c — the tagging half of the entities stage: a document's tokens tagged sentence by
 * sentence with the recogniser's two stages (features.c's facts, infer.c's weights, rules.c's
 * name rules after them), into per-token scratch that a huge document keeps only for its
 * longest sentence. resolve.c cuts the tags into mentions. */
#include "entities/res.h"

#include <stdlib.h>
#include <string.h>

/* Tokens of a document past which the tagging scratch's per-token arrays are let go after
 * it: 65,536 tokens is about 450 KB of Arabic text, some 30 times a long news article. */
#define SCRATCH_KEEP 65536

/* --------------------------------------------------------------- tagging */

/* Room for facts and tags of the doc's ntok tokens (they outlive the tagging call). */
static rasd_status ensure_doc(struct ent_doc *x, size_t ntok)
{
    rasd_status rc = RASD_OK;
    x->facts = grow_array(x->facts, &x->facts_cap, ntok + 1, sizeof *x->facts, &rc);
    x->tags = grow_array(x->tags, &x->tags_cap, ntok + 1, 1, &rc);
    return rc;
}

/* Room in the tagging scratch for ntok tokens and for features and Viterbi scratch of the
 * longest sentence (maxlen tokens), so a huge document costs per-sentence scratch only. */
static rasd_status ensure(tag_scratch *x, size_t ntok, size_t maxlen)
{
    rasd_status rc = RASD_OK;
    x->tags1 = grow_array(x->tags1, &x->tags1_cap, ntok + 1, 1, &rc);
    x->em2 = grow_array(x->em2, &x->em2_cap, (ntok + 1) * NER_NTAGS, sizeof *x->em2, &rc);
    if (rc || maxlen + 1 <= x->seq_cap)
        return rc;
    size_t cap = maxlen + 1 + maxlen / 2;
    free(x->feats);
    free(x->nf);
    free(x->em);
    free(x->df);
    free(x->rows);
    free(x->frows);
    free(x->kpos);
    x->feats = malloc(cap * NER_MAXFEAT * sizeof *x->feats);
    x->nf = malloc(cap * sizeof *x->nf);
    x->em = malloc(cap * NER_NTAGS * sizeof *x->em);
    x->df = malloc(cap * sizeof *x->df);
    x->rows = malloc(cap * NER_MAXFEAT * sizeof *x->rows);
    x->frows = malloc(cap * FR_N * sizeof *x->frows);
    x->kpos = malloc(cap * NER_MAXFEAT * sizeof *x->kpos);
    x->seq_cap = x->feats && x->nf && x->em && x->df && x->rows && x->frows && x->kpos ? cap : 0;
    return x->seq_cap ? RASD_OK : RASD_ENOMEM;
}

/* Emission scores of the n tokens whose features are feats (x->nf[i] each): stage s's
 * into em, and with both stages in one pass (first stage, shared features) the second
 * stage's sums of the same features into em2 (else NULL). */
static void emissions(const ner_fast *fw, tag_scratch *x, size_t n, size_t nfeat, int s,
                      float *em2)
{
    const float *const *r = x->rows;
    if (s)                    /* the first stage's rows are there (ent_sentence_rows) */
        ner_fast_rows(fw, x->feats, nfeat, x->rows);
    for (size_t i = 0; i < n; r += x->nf[i], i++) {
        float *e = &x->em[i * NER_NTAGS];
        if (em2) {
            ner_fast_sum2(r, x->nf[i], e, &em2[i * NER_NTAGS]);
            continue;
        }
        memset(e, 0, NER_NTAGS * sizeof *e);
        ner_fast_sum(r, x->nf[i], s, e);
    }
}

/* The second stage's scores when it shares the first stage's features: the sums of those
 * (x->em2, from the first pass) and then of the document features, in ent_features' order. */
static size_t doc_emissions(const ner_fast *fw, tag_scratch *x, size_t a, size_t n)
{
    size_t nfeat = 0;
    for (size_t i = 0; i < n; i++) {
        x->nf[i] = (uint32_t)ent_doc_features(x->df, n, i, x->feats + nfeat);
        nfeat += x->nf[i];
    }
    ner_fast_rows(fw, x->feats, nfeat, x->rows);
    const float *const *r = x->rows;
    for (size_t i = 0; i < n; r += x->nf[i], i++) {
        float *e = &x->em[i * NER_NTAGS];
        memcpy(e, &x->em2[(a + i) * NER_NTAGS], NER_NTAGS * sizeof *e);
        ner_fast_sum(r, x->nf[i], 1, e);
    }
    return nfeat;
}

/* Tags tokens [a, b) as one sequence: the first stage (facts computed here), or with
 * stage2 the second, whose document facts come from x->dt and the first stage's tags. */
static void tag_range(const rasd_engine *e, rasd_doc *doc, size_t a, size_t b, int stage2)
{
    struct ent_doc *d = ENT_DOC(doc);
    tag_scratch *x = &d->fc->s;
    const ent_engine *en = ENT_ENGINE(e);
    const ner_fast *fw = &en->fast;
    const ner_model *m = stage2 ? en->model.doc : &en->model;
    const rasd_token *t = doc->toks + a;
    const tokfacts *f = d->facts + a;
    size_t n = b - a, nfeat = 0;
    if (!stage2)
        ent_facts_cached(e, d->fc, t, doc->text, n, d->facts + a, x->frows);
    if (stage2)
        doctable_facts(&x->dt, &m->mem, NULL, f, x->tags1 + a, n, x->df);
    if (stage2 && fw->shared) {
        doc_emissions(fw, x, a, n);
    } else {
        if (!stage2) {        /* the rows, form rows from the fact cache */
            nfeat = ent_sentence_rows(fw, fw->groups[0], f, (const float *const *)x->frows, n,
                                      x->nf, x->rows, x->feats, x->kpos);
        } else {              /* the keys, looked up by emissions */
            for (size_t i = 0; i < n; i++) {
                x->nf[i] = (uint32_t)ent_features(fw->groups[1], f, x->df, n, i,
                                                  x->feats + nfeat);
                nfeat += x->nf[i];
            }
        }
        emissions(fw, x, n, nfeat, stage2, !stage2 && fw->shared ? x->em2 + a * NER_NTAGS : NULL);
    }
    viterbi_run(x->em, (const float (*)[NER_VT_W])fw->tr[stage2], n, d->tags + a);
    if (!stage2 && m->doc)      /* the document's view of the sentence's words */
        doctable_sentence(&x->dt, f, d->tags + a, n, 1);
}

/* One past the last token of sentence s, whose first token is a (the last sentence also
 * takes any tokens after it). */
static size_t sentence_end(const rasd_doc *doc, size_t a, size_t s)
{
    size_t b = a;
    while (b < doc->nraw && (s + 1 >= doc->nsents || doc->toks[b].end <= doc->sents[s].end))
        b++;
    return b;
}

rasd_status ent_tag_doc(const rasd_engine *e, rasd_doc *doc)
{
    rasd_status rc;
    size_t maxlen = 0, a = 0;
    if (!ENT_DOC(doc) && !(*doc_slot(doc, &ent_stage) = calloc(1, sizeof(struct ent_doc))))
        return RASD_ENOMEM;
    if ((rc = ent_model_ready(e)) != RASD_OK)
        return rc;
    for (size_t s = 0; s < doc->nsents || (s == 0 && doc->nraw); s++) {
        size_t b = sentence_end(doc, a, s);
        if (b - a > maxlen)
            maxlen = b - a;
        a = b;
    }
    struct ent_doc *x = ENT_DOC(doc);
    if ((rc = ensure_doc(x, doc->nraw)) != RASD_OK)
        return rc;
    if (!(x->fc = ent_cache_take(e)))
        return RASD_ENOMEM;
    tag_scratch *sc = &x->fc->s;
    int stages = ENT_ENGINE(e)->model.doc ? 2 : 1;
    if ((rc = ensure(sc, doc->nraw, maxlen)) != RASD_OK ||
        (stages == 2 && (rc = doctable_reset(&sc->dt, doc->nraw)) != RASD_OK))
        goto done;             /* the first stage counts each sentence's words in sc->dt */
    for (int stage = 0; stage < stages; stage++) {
        if (stage == 1)
            memcpy(sc->tags1, x->tags, doc->nraw);
        a = 0;
        for (size_t s = 0; s < doc->nsents || (s == 0 && doc->nraw); s++) {
            size_t b = sentence_end(doc, a, s);
            if (b > a)
                tag_range(e, doc, a, b, stage);
            if (b > a && stage == stages - 1)
                ent_rules(x->facts + a, b - a, x->tags + a);
            a = b;
        }
    }
done:
    if (doc->nraw > SCRATCH_KEEP)
        tag_scratch_trim(sc);  /* a huge document's per-token scratch is not kept */
    ent_cache_give(e, x->fc);
    x->fc = NULL;
    return rc;
}
