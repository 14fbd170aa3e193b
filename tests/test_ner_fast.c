/* test_ner_fast.c — the tagger's fast path (src/entities/infer.c: both stages' weights in
 * one table, the summed features of the first pass reused by the second, the Viterbi over a
 * -inf matrix four tags a step) against the plain one it replaced, as an oracle: model.c's
 * tables, ent_features of every stage and viterbi_scores. Random scores with many ties for
 * the Viterbi alone; random lists of the model's features for the sums (the same floats);
 * the tests/data/news articles (and the seeds, shared tier) for the whole tagger: every
 * token's facts (through the doc's fact cache, warm from the articles before) and tag the
 * same. */
#include "rasd.h"
#include "check.h"

#include "core/internal.h"
#include "entities/ent.h"

#include <math.h>
#include <stdlib.h>
#ifdef __SSE__
#include <xmmintrin.h>
#endif

#define NEWS "tests/data/news/"
#define SEEDS SHARED "/corpus/seeds/"

/* viterbi_run over viterbi_matrix against viterbi_scores, on scores drawn from a few values
 * so that ties are common (a tie must keep the first tag, as the plain loop does). */
static void test_viterbi(void)
{
    float trans[NER_NTAGS + 1][NER_NTAGS], tr[NER_NTAGS + 1][NER_VT_W], em[40 * NER_NTAGS];
    uint8_t back[40 * NER_NTAGS], a[40], b[40];
    unsigned seed = 12345, differ = 0, rounds = 0;
    for (int use = 0; use <= 1; use++) {
        for (int r = 0; r < 500; r++, rounds++) {
            size_t n = 1 + (size_t)(rand_r(&seed) % 40);
            for (int p = 0; p <= NER_NTAGS; p++)
                for (int t = 0; t < NER_NTAGS; t++)
                    trans[p][t] = (float)(rand_r(&seed) % 5) - 2;
            for (size_t i = 0; i < n * NER_NTAGS; i++)
                em[i] = (float)(rand_r(&seed) % 7) * 0.5f - 1;
            viterbi_scores(em, trans, use, n, back, a);
            viterbi_matrix(trans, use, tr);
            viterbi_run(em, (const float (*)[NER_VT_W])tr, n, b);
            differ += memcmp(a, b, n) != 0;
        }
    }
    CHECKF(differ == 0, "%u of %u random sequences tagged differently", differ, rounds);
}

/* v4f_max, the Viterbi's maximum where SSE is missing, against maxps lane by lane: bit for
 * bit on values with ties, both zeros, infinities and NaN (b whenever a > b is false). On a
 * machine without SSE, against the scalar a > b ? a : b. */
static void test_vmax(void)
{
    const float pool[] = {0.0f, -0.0f, 1.5f, -1.5f, 2.0f, INFINITY, -INFINITY, NAN, 1e-40f};
    const size_t np = sizeof pool / sizeof *pool;
    unsigned seed = 777, differ = 0, lanes = 0;
    for (int r = 0; r < 2000; r++) {
        v4f a, b, want;
        for (int l = 0; l < 4; l++) {
            a[l] = pool[rand_r(&seed) % np];
            b[l] = pool[rand_r(&seed) % np];
        }
#ifdef __SSE__
        want = (v4f)_mm_max_ps((__m128)a, (__m128)b);
#else
        for (int l = 0; l < 4; l++)
            want[l] = a[l] > b[l] ? a[l] : b[l];
#endif
        v4f got = v4f_max(a, b);
        differ += memcmp(&got, &want, sizeof got) != 0;
        lanes += 4;
    }
    CHECKF(differ == 0, "v4f_max differs from maxps on %u of %u vectors", differ, lanes / 4);
}

/* A key of m drawn at random (m has keys). */
static uint64_t some_key(const ner_model *m, unsigned *seed)
{
    for (;;) {
        size_t i = ((size_t)rand_r(seed) << 16 ^ (size_t)rand_r(seed)) & (m->cap - 1);
        if (m->keys[i])
            return m->keys[i];
    }
}

/* The plain sum of m's weights of feats[0,n), in order, added to em. */
static void plain_sum(const ner_model *m, const uint64_t *feats, size_t n, float *em)
{
    for (size_t k = 0; k < n; k++) {
        const float *w = model_weights(m, feats[k]);
        for (int t = 0; w && t < NER_NTAGS; t++)
            em[t] += w[t];
    }
}

/* The rows of keys[0,n) of f moved first by ner_fast_order: each key's row is the same
 * floats as in ref, and the keys' rows come first in their order (a key twice only once). */
static void check_order(ner_fast *f, const ner_fast *ref, const uint64_t *keys, size_t n)
{
    unsigned differ = 0, misplaced = 0;
    REQUIRE(ner_fast_order(f, keys, n) == RASD_OK);
    for (size_t i = 0, next = 0; i < n; i++) {
        const float *r = ner_fast_row(f, keys[i]);
        int first = 1;
        for (size_t j = 0; j < i; j++)
            first &= keys[j] != keys[i];
        if (r && first)
            misplaced += r != &f->w[next++ * NER_ROW];
    }
    for (size_t i = 0; i < ref->cap; i++) {
        uint64_t key = ref->slots[i].key;
        const float *r = ner_fast_row(f, key);
        differ += key && (!r || memcmp(r, &ref->w[(size_t)ref->slots[i].row * NER_ROW],
                                       NER_ROW * sizeof(float)) != 0);
    }
    CHECKF(differ == 0, "%u keys with another row after ner_fast_order", differ);
    CHECKF(misplaced == 0, "%u rows not where ner_fast_order puts them", misplaced);
}

/* The engine's table (ner_fast_load: the file read straight into it, then laid out by the
 * lexicon: ent_fast_layout) against ner_fast_build of the oracle (rows in model.c's hash
 * order): the same keys, each with the same row, bit for bit; and ner_fast_order of a copy. */
static void test_load(const rasd_engine *e, const ner_model *m)
{
    const ner_fast *fw = &ENT_ENGINE(e)->fast;
    ner_fast built;
    unsigned differ = 0;
    REQUIRE(ner_fast_build(&built, m) == RASD_OK);
    CHECKF(built.nrows == fw->nrows && built.cap == fw->cap && built.stages == fw->stages &&
           built.shared == fw->shared && !memcmp(built.groups, fw->groups, sizeof fw->groups) &&
           !memcmp(built.tr, fw->tr, sizeof fw->tr),
           "tables differ: %zu rows against %zu", fw->nrows, built.nrows);
    for (size_t i = 0; i < built.cap; i++) {
        uint64_t key = built.slots[i].key;
        const float *r = ner_fast_row(fw, key);
        differ += key && (!r || memcmp(r, &built.w[(size_t)built.slots[i].row * NER_ROW],
                                       NER_ROW * sizeof(float)) != 0);
    }
    CHECKF(differ == 0, "%u of %zu keys with another row", differ, built.nrows);
    CHECK(built.nrows > 100000);
    {
        ner_fast moved;
        uint64_t keys[300];
        unsigned seed = 99;
        REQUIRE(ner_fast_build(&moved, m) == RASD_OK);
        for (size_t i = 0; i < 300; i++)   /* keys of the model, some twice, and of neither */
            keys[i] = i % 7 == 6 ? 0x5eed0000u + i : i % 10 == 9 ? keys[i / 2] : some_key(m, &seed);
        check_order(&moved, &built, keys, 300);
        check_order(&moved, &built, keys + 150, 150);
        ner_fast_free(&moved);
    }
    ner_fast_free(&built);
}

/* The shipped model's features (each stage's keys, and keys of neither) summed by the fast
 * table in one pass for both stages, and for one stage on top of given scores, against
 * model.c's tables: the same floats, bit for bit. */
static void test_sums(const rasd_engine *e, const ner_model *m)
{
    const ner_fast *fw = &ENT_ENGINE(e)->fast;
    uint64_t feats[NER_MAXFEAT];
    const float *rows[NER_MAXFEAT];
    float p1[NER_NTAGS], p2[NER_NTAGS], f1[NER_NTAGS], f2[NER_NTAGS];
    unsigned seed = 777, differ = 0;
    for (int r = 0; r < 2000; r++) {
        size_t n = 1 + (size_t)(rand_r(&seed) % NER_MAXFEAT);
        for (size_t k = 0; k < n; k++) {
            int pick = rand_r(&seed) % 3;
            feats[k] = pick == 0 ? some_key(m, &seed) : pick == 1 ? some_key(m->doc, &seed)
                                                                  : (uint64_t)rand_r(&seed) + 1;
        }
        memset(p1, 0, sizeof p1);
        memset(p2, 0, sizeof p2);
        plain_sum(m, feats, n, p1);
        plain_sum(m->doc, feats, n, p2);
        ner_fast_rows(fw, feats, n, rows);
        ner_fast_sum2(rows, n, f1, f2);
        differ += memcmp(p1, f1, sizeof p1) != 0 || memcmp(p2, f2, sizeof p2) != 0;
        plain_sum(m->doc, feats, n / 2, p2);          /* more features on top of a sum */
        ner_fast_sum(rows, n / 2, 1, f2);
        plain_sum(m, feats, n / 2, p1);
        ner_fast_sum(rows, n / 2, 0, f1);
        differ += memcmp(p1, f1, sizeof p1) != 0 || memcmp(p2, f2, sizeof p2) != 0;
    }
    CHECKF(differ == 0, "%u of 4000 sums differ", differ);
}

/* One stage over tokens [a, b) of doc the plain way (the oracle): features, model.c's
 * weights, viterbi_scores. */
static void plain_range(const rasd_engine *e, rasd_doc *doc, const ner_model *m, int stage2,
                        size_t a, size_t b, tokfacts *facts, doctable *dt, uint8_t *tags1,
                        uint8_t *tags)
{
    size_t n = b - a, nfeat = 0;
    uint64_t *feats = malloc((n + 1) * NER_MAXFEAT * sizeof *feats);
    uint32_t *nf = malloc((n + 1) * sizeof *nf);
    float *em = malloc((n + 1) * NER_NTAGS * sizeof *em);
    uint8_t *back = malloc((n + 1) * NER_NTAGS);
    docfacts *df = malloc((n + 1) * sizeof *df);
    REQUIRE(feats && nf && em && back && df);
    if (!stage2)
        ent_facts(e, doc->toks + a, doc->text, n, facts + a);
    else
        doctable_facts(dt, &m->mem, NULL, facts + a, tags1 + a, n, df);
    for (size_t i = 0; i < n; i++) {
        nf[i] = (uint32_t)ent_features(m->features, facts + a, stage2 ? df : NULL, n, i,
                                       feats + nfeat);
        nfeat += nf[i];
    }
    ner_viterbi(m, feats, nf, n, em, back, tags + a);
    if (!stage2 && m->doc)
        doctable_sentence(dt, facts + a, tags + a, n, 1);
    free(feats);
    free(nf);
    free(em);
    free(back);
    free(df);
}

/* The plain tags of the analysed doc (both stages, sentence by sentence, then the name
 * rules) into tags, the
 * tokens' facts (computed without the fact cache) into facts. */
static void plain_tags(const rasd_engine *e, const ner_model *m, rasd_doc *doc, uint8_t *tags,
                       tokfacts *facts)
{
    uint8_t *tags1 = calloc(doc->nraw + 1, 1);
    doctable dt = {0};
    REQUIRE(tags1 && doctable_reset(&dt, doc->nraw) == RASD_OK);
    for (int stage = 0; stage < (m->doc ? 2 : 1); stage++) {
        if (stage)
            memcpy(tags1, tags, doc->nraw);
        size_t a = 0;
        for (size_t s = 0; s < doc->nsents || (s == 0 && doc->nraw); s++) {
            size_t b = a;
            while (b < doc->nraw && (s + 1 >= doc->nsents || doc->toks[b].end <= doc->sents[s].end))
                b++;
            if (b > a)
                plain_range(e, doc, stage ? m->doc : m, stage, a, b, facts, &dt, tags1, tags);
            if (b > a && stage == (m->doc ? 1 : 0))
                ent_rules(facts + a, b - a, tags + a);     /* the name rules, as tagging does */
            a = b;
        }
    }
    doctable_free(&dt);
    free(tags1);
}

/* Tags text in d (rasd_recognize) and the plain way into *plain, with its facts in *facts
 * (both the caller's to free). */
static void tag_both(rasd_engine *e, const ner_model *m, rasd_doc *d, const char *text,
                     size_t len, uint8_t **plain, tokfacts **facts)
{
    REQUIRE(rasd_analyze(e, d, text, len) == RASD_OK);
    REQUIRE(rasd_recognize(e, d) == RASD_OK);
    *plain = calloc(d->nraw + 1, 1);
    *facts = calloc(d->nraw + 1, sizeof **facts);
    REQUIRE(*plain && *facts);
    plain_tags(e, m, d, *plain, *facts);
}

/* Tags every article of dir/names[] both ways; returns the tokens compared. */
static size_t compare_dir(rasd_engine *e, const ner_model *m, rasd_doc *d, const char *dir,
                          const char *const *names, size_t count)
{
    size_t tokens = 0;
    for (size_t i = 0; i < count; i++) {
        char path[512];
        size_t len;
        snprintf(path, sizeof path, "%s%s.txt", dir, names[i]);
        char *text = check_slurp(path, &len);
        REQUIREF(text, "cannot read %s", path);
        uint8_t *plain;
        tokfacts *facts;
        tag_both(e, m, d, text, len, &plain, &facts);
        CHECKF(memcmp(plain, ENT_DOC(d)->tags, d->nraw) == 0, "%s: tags differ", path);
        size_t same = 0;
        for (size_t k = 0; k < d->nraw; k++) {
            const tokfacts *p = &facts[k], *q = &ENT_DOC(d)->facts[k];
            same += p->word == q->word && p->strip == q->strip && p->stem == q->stem &&
                    p->shape == q->shape && p->pre3 == q->pre3 && p->suf3 == q->suf3 &&
                    p->ssuf2 == q->ssuf2 && p->cluster == q->cluster &&
                    p->scluster == q->scluster && p->gaz == q->gaz &&
                    p->proclitic == q->proclitic && p->lexbucket == q->lexbucket &&
                    p->rule == q->rule && p->place == q->place &&
                    p->slexbucket == q->slexbucket && p->strip_off == q->strip_off &&
                    p->title == q->title && p->title_off == q->title_off;
        }
        CHECKF(same == d->nraw, "%s: %zu of %zu tokens' facts differ (fact cache)", path,
               d->nraw - same, d->nraw);
        tokens += d->nraw;
        free(facts);
        free(plain);
        free(text);
    }
    return tokens;
}

/* Tags text both ways in d; returns its tokens (0 when they differ). */
static size_t compare_text(rasd_engine *e, const ner_model *m, rasd_doc *d, const char *text,
                           size_t len)
{
    uint8_t *plain;
    tokfacts *facts;
    tag_both(e, m, d, text, len, &plain, &facts);
    size_t n = memcmp(plain, ENT_DOC(d)->tags, d->nraw) == 0 ? d->nraw : 0;
    free(facts);
    free(plain);
    return n;
}

/* The tagging scratch travels with the engine's fact caches from doc to doc: a short doc
 * after a long one clears only the part of the document table it uses, a huge doc's
 * per-token arrays are let go after it, and the tags stay the plain path's throughout. */
static void test_scratch(rasd_engine *e, const ner_model *m, const char *path)
{
    size_t len, n, big = 0;
    char *text = check_slurp(path, &len);
    REQUIREF(text, "cannot read %s", path);
    rbuf huge = {0};
    rasd_status rc = RASD_OK;
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    while (huge.n < 1200000 && !rc) {          /* > 65,536 tokens: past SCRATCH_KEEP */
        rbuf_add(&huge, text, len, &rc);
        rbuf_addc(&huge, '\n', &rc);
    }
    REQUIRE(rc == RASD_OK);
    big = compare_text(e, m, d, huge.p, huge.n);
    CHECKF(big > 65536, "the huge doc is tagged as the plain path does (%zu tokens)", big);
    const fact_cache *c = ENT_ENGINE(e)->spare;
    REQUIRE(c);
    CHECK(c->s.tags1 == NULL && c->s.em2 == NULL && c->s.dt.room == 0);  /* let go */
    n = compare_text(e, m, d, huge.p, 40 * len);   /* a long doc, kept */
    CHECK(n > 0);
    CHECK(ENT_ENGINE(e)->spare->s.dt.room > 0);
    n = compare_text(e, m, d, text, len);          /* then a short one */
    CHECKF(n > 0, "a short doc after a long one: %s", path);
    c = ENT_ENGINE(e)->spare;
    CHECK(c->s.dt.cap < c->s.dt.room);          /* it used the table's front part only */
    rbuf_free(&huge);
    free(text);
    rasd_doc_free(d);
}

int main(void)
{
    static const char *const news[] = {
        "a_geneva", "b_reprint", "c_own_words", "d_paris", "e_riyadh", "f_bad_utf8",
    };
    static const char *const seeds[] = {
        "000_93c6ccf29017a1c8", "001_337ddc5b2ec75abf", "002_a013ac47fc823ed8",
        "003_f448dd176493aaea", "004_d592b9f202c30752",
    };
    rasd_engine *e;
    rasd_doc *d;
    test_viterbi();
    test_vmax();
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    REQUIREF(rasd_ner_available(e), "no data/ner.model");
    CHECK(ENT_ENGINE(e)->fast.stages == 0);     /* read on first use, not at open */
    REQUIRE(ent_model_ready(e) == RASD_OK);
    CHECK(ENT_ENGINE(e)->fast.stages == 2 && ENT_ENGINE(e)->fast.shared);
    /* the engine never builds model.c's tables (ner_fast_load): the oracle reads its own */
    ner_model m = {0};
    CHECK(ENT_ENGINE(e)->model.cap == 0 && ENT_ENGINE(e)->model.doc->cap == 0);
    REQUIRE(model_load(&m, ENT_ENGINE(e)->model_path) == RASD_OK);
    CHECK(ENT_ENGINE(e)->model.doc->mem.cap > 0);   /* the memory is kept */
    test_load(e, &m);
    test_sums(e, &m);
    CHECK(compare_dir(e, &m, d, NEWS, news, sizeof news / sizeof *news) > 300);
    test_scratch(e, &m, NEWS "a_geneva.txt");
    if (SHARED_TIER("seeds", CHECK_FAST))
        CHECK(compare_dir(e, &m, d, SEEDS, seeds, sizeof seeds / sizeof *seeds) > 1000);
    model_free(&m);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_ner_fast");
}
