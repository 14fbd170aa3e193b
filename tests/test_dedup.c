/* test_dedup.c — fingerprints, shingles and MinHash on real text: the seeds (001 reuses
 * paragraphs of 000; 000 and 002 report one event in their own words), copies of a seed
 * edited the way outlets edit wire copy, and 1,000 SaudiNewsNet articles against exact
 * Jaccard similarity. */
#include "check.h"
#include "dedup/dedup.h"

#include <math.h>

#define SEEDS "../shared/corpus/seeds/"
#define SNN "../shared/data/saudinewsnet/articles.jsonl.gz"

typedef struct shset {
    uint64_t *sh;
    size_t n, cap;
    uint32_t sig[DEDUP_K];
    unsigned char fp[16];
} shset;

static void analyse(const rasd_engine *e, rasd_doc *d, const char *text, size_t len, shset *s)
{
    rasd_status rc = rasd_analyze(e, d, text, len);
    CHECK(rc == RASD_OK);
    s->n = dedup_shingles(d, &s->sh, &s->cap, &rc);
    CHECK(rc == RASD_OK);
    dedup_minhash(s->sh, s->n, s->sig);      /* repeats and order do not matter */
    s->n = dedup_set(s->sh, s->n);
    {
        rbuf scratch = {0};
        dedup_fingerprint(d, &scratch, s->fp);
        rbuf_free(&scratch);
    }
}

static double estimate(const shset *a, const shset *b)
{
    size_t same = 0;
    for (size_t i = 0; i < DEDUP_K; i++)
        same += a->sig[i] == b->sig[i];
    return (double)same / DEDUP_K;
}

static int share_band(const shset *a, const shset *b)
{
    for (unsigned i = 0; i < DEDUP_BANDS; i++)
        if (dedup_band(a->sig, i) == dedup_band(b->sig, i))
            return 1;
    return 0;
}

static double jac(const shset *a, const shset *b)
{
    return dedup_jaccard(a->sh, a->n, b->sh, b->n);
}

/* text with the first occurrence of `from` replaced by `to` (a new string). */
static char *replace(const char *text, const char *from, const char *to)
{
    const char *at = strstr(text, from);
    size_t n = strlen(text), nf = strlen(from), nt = strlen(to);
    char *out = malloc(n - nf + nt + 1);
    if (!at || !out) {
        free(out);
        return NULL;
    }
    memcpy(out, text, (size_t)(at - text));
    memcpy(out + (at - text), to, nt);
    strcpy(out + (at - text) + nt, at + nf);
    return out;
}

static void test_seeds(const rasd_engine *e, rasd_doc *d)
{
    size_t n0, n1, n2;
    char *t0 = check_slurp(SEEDS "000_93c6ccf29017a1c8.txt", &n0);
    char *t1 = check_slurp(SEEDS "001_337ddc5b2ec75abf.txt", &n1);
    char *t2 = check_slurp(SEEDS "002_a013ac47fc823ed8.txt", &n2);
    shset s0 = {0}, s1 = {0}, s2 = {0}, ed = {0};
    char *edit;
    if (!t0 || !t1 || !t2) {
        CHECK(!"seeds missing");
        return;
    }
    analyse(e, d, t0, n0, &s0);
    analyse(e, d, t1, n1, &s1);
    analyse(e, d, t2, n2, &s2);
    CHECKF(jac(&s0, &s1) > 0.15, "000~001 reuse: J = %.3f", jac(&s0, &s1));
    CHECKF(jac(&s0, &s2) < 0.05, "000~002 independent: J = %.3f", jac(&s0, &s2));
    CHECK(memcmp(s0.fp, s1.fp, 16) != 0);

    /* Diacritics, tatweel, another quote mark and a comma: the same fingerprint. */
    edit = replace(t0, "الرئيس الروسي", "الرَّئيـــس الروسيّ،");
    CHECK(edit != NULL);
    if (edit) {
        char *e2 = replace(edit, "\"الدولة الإسلامية\"", "«الدولة الإسلامية»");
        CHECK(e2 != NULL);
        if (e2) {
            analyse(e, d, e2, strlen(e2), &ed);
            CHECK(memcmp(ed.fp, s0.fp, 16) == 0);
            CHECK(jac(&ed, &s0) == 1.0);
            free(e2);
        }
        free(edit);
    }
    /* One word changed: another fingerprint, still a near-duplicate. */
    edit = replace(t0, "الرئيس الروسي", "الزعيم الروسي");
    if (edit) {
        analyse(e, d, edit, strlen(edit), &ed);
        CHECK(memcmp(ed.fp, s0.fp, 16) != 0);
        CHECKF(jac(&ed, &s0) > 0.95, "J = %.3f", jac(&ed, &s0));
        CHECK(share_band(&ed, &s0));
        free(edit);
    }
    /* The first paragraph deleted: near-duplicate, found by a band, estimated closely. */
    {
        const char *cut = strchr(t0, '\n');
        if (cut) {
            analyse(e, d, cut + 1, strlen(cut + 1), &ed);
            CHECKF(jac(&ed, &s0) > 0.8, "J = %.3f", jac(&ed, &s0));
            CHECKF(fabs(estimate(&ed, &s0) - jac(&ed, &s0)) < 0.12, "estimate %.3f, J %.3f",
                   estimate(&ed, &s0), jac(&ed, &s0));
            CHECK(share_band(&ed, &s0));
        }
    }
    free(s0.sh), free(s1.sh), free(s2.sh), free(ed.sh);
    free(t0), free(t1), free(t2);
}

/* MinHash estimates track exact Jaccard on pairs of real articles with edits. */
static void test_snn_estimates(const rasd_engine *e, rasd_doc *d)
{
    rasd_reader *r;
    rasd_record rec;
    shset a = {0}, b = {0};
    double err = 0, worst = 0;
    size_t pairs = 0, missed = 0, high = 0;
    CHECK(rasd_reader_open(&r, SNN, NULL) == RASD_OK);
    while (pairs < 1000 && rasd_reader_next(r, &rec) == RASD_OK) {
        size_t half = rec.text_len / 2;
        const char *cut;
        if (rec.text_len < 400)
            continue;
        analyse(e, d, rec.text, rec.text_len, &a);
        /* The copy: the text without a stretch in its middle (a tenth of it, from a space). */
        cut = memchr(rec.text + half, ' ', rec.text_len - half);
        if (!cut)
            continue;
        {
            size_t skip = rec.text_len / 10, at = (size_t)(cut - rec.text);
            char *copy = malloc(rec.text_len + 1);
            const char *resume = memchr(rec.text + at + skip, ' ', rec.text_len - at - skip);
            size_t tail = resume ? rec.text_len - (size_t)(resume - rec.text) : 0;
            if (!copy)
                break;
            memcpy(copy, rec.text, at);
            memcpy(copy + at, resume ? resume : "", tail);
            analyse(e, d, copy, at + tail, &b);
            free(copy);
        }
        double j = jac(&a, &b), est = estimate(&a, &b);
        err += fabs(est - j);
        worst = fabs(est - j) > worst ? fabs(est - j) : worst;
        if (j >= 0.8) {
            high++;
            missed += !share_band(&a, &b);
        }
        pairs++;
    }
    rasd_reader_close(r);
    CHECK(pairs == 1000);
    CHECKF(err / (double)pairs < 0.04, "mean |estimate - J| = %.4f", err / (double)pairs);
    CHECKF(worst < 0.25, "worst |estimate - J| = %.3f", worst);
    CHECKF(high > 500 && missed == 0, "%zu of %zu pairs with J >= 0.8 share no band", missed, high);
    free(a.sh);
    free(b.sh);
}

int main(void)
{
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    if (rasd_engine_open(&e, NULL) != RASD_OK || rasd_doc_new(&d) != RASD_OK) {
        fprintf(stderr, "cannot set up\n");
        return 1;
    }
    test_seeds(e, d);
    test_snn_estimates(e, d);
    {
        uint64_t x[] = {1, 2, 3}, y[] = {2, 3, 4, 5};
        CHECK(fabs(dedup_jaccard(x, 3, y, 4) - 0.4) < 1e-12);
        CHECK(dedup_jaccard(x, 0, y, 0) == 0);
    }
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_dedup");
}
