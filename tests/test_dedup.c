/* test_dedup.c — fingerprints, shingles and MinHash on real text: three articles of one
 * event (the second reprints paragraphs of the first; the third reports it in its own words),
 * copies of the first edited the way outlets edit wire copy, and 1,000 SaudiNewsNet articles
 * against exact Jaccard similarity. The three are tests/data/news a, b, c (core tier), then
 * the seeds 000, 001, 002 (shared tier, with SaudiNewsNet). */
#include "check.h"
#include "dedup/dedup.h"

#include <math.h>

#define NEWS "tests/data/news/"
#define SEEDS SHARED "/corpus/seeds/"
#define SNN SHARED "/data/saudinewsnet/articles.jsonl.gz"

typedef struct shset {
    uint64_t *sh;
    size_t n, cap;
    dedup_text t;
    uint32_t sig[DEDUP_K];
    unsigned char fp[16];
} shset;

static void analyse(const rasd_engine *e, rasd_doc *d, const char *text, size_t len, shset *s)
{
    rasd_status rc = rasd_analyze(e, d, text, len);
    REQUIRE(rc == RASD_OK);
    REQUIRE(dedup_text_build(&s->t, d) == RASD_OK);
    if (s->cap < s->t.nsh) {
        free(s->sh);
        s->cap = s->t.nsh;
        s->sh = malloc(s->cap * sizeof *s->sh);
        REQUIRE(s->sh != NULL);
    }
    memcpy(s->sh, s->t.sh, s->t.nsh * sizeof *s->sh);
    s->n = s->t.nsh;
    dedup_minhash(s->sh, s->n, s->sig);      /* repeats and order do not matter */
    s->n = dedup_set(s->sh, s->n);
    {
        rbuf scratch = {0};
        dedup_fingerprint(d, &scratch, s->fp);
        rbuf_free(&scratch);
    }
}

static void shset_free(shset *s)
{
    free(s->sh);
    dedup_text_free(&s->t);
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

/* text with the first occurrence of `from` replaced by `to` (a new string); the test stops
 * when text has no `from` (the fixture changed: the edit would test nothing). */
static char *replace(const char *text, const char *from, const char *to)
{
    const char *at = strstr(text, from);
    size_t n = strlen(text), nf = strlen(from), nt = strlen(to);
    char *out = malloc(n - nf + nt + 1);
    REQUIREF(at != NULL, "no \"%s\" in the text", from);
    REQUIRE(out != NULL);
    memcpy(out, text, (size_t)(at - text));
    memcpy(out + (at - text), to, nt);
    strcpy(out + (at - text) + nt, at + nf);
    return out;
}

/* Three articles of one event: t[0], t[1] (reprints paragraphs of t[0]), t[2] (its own
 * words), and the phrases of t[0] the edits below work on. */
typedef struct trio {
    const char *files[3];
    const char *respell[2], *requote[2], *reword[2];  /* from, to */
    const char *copied[4];      /* openings of the paragraphs of t[0] that t[1] reprints */
    size_t min_words, min_runs; /* what aligning t[0] with t[1] finds at least */
    const char *insert_at;      /* a sentence is inserted before this */
    const char *swap_from, *swap_to;  /* the paragraph at swap_to moves before swap_from */
    char *t[3];
    size_t n[3];
} trio;

static void load(trio *g)
{
    for (int i = 0; i < 3; i++)
        g->t[i] = REQUIRE_SLURP(g->files[i], &g->n[i]);
}

static void test_trio(const rasd_engine *e, rasd_doc *d, const trio *g)
{
    const char *t0 = g->t[0], *t1 = g->t[1], *t2 = g->t[2];
    size_t n0 = g->n[0], n1 = g->n[1], n2 = g->n[2];
    shset s0 = {0}, s1 = {0}, s2 = {0}, ed = {0};
    char *edit, *e2;
    const char *cut;
    analyse(e, d, t0, n0, &s0);
    analyse(e, d, t1, n1, &s1);
    analyse(e, d, t2, n2, &s2);
    CHECKF(jac(&s0, &s1) > 0.15, "reuse: J = %.3f", jac(&s0, &s1));
    CHECKF(jac(&s0, &s2) < 0.05, "independent: J = %.3f", jac(&s0, &s2));
    CHECK(memcmp(s0.fp, s1.fp, 16) != 0);

    /* Diacritics, tatweel, another quote mark and a comma: the same fingerprint. */
    edit = replace(t0, g->respell[0], g->respell[1]);
    e2 = replace(edit, g->requote[0], g->requote[1]);
    analyse(e, d, e2, strlen(e2), &ed);
    CHECK(memcmp(ed.fp, s0.fp, 16) == 0);
    CHECK(jac(&ed, &s0) == 1.0);
    free(e2);
    free(edit);
    /* One word changed: another fingerprint, still a near-duplicate. */
    edit = replace(t0, g->reword[0], g->reword[1]);
    analyse(e, d, edit, strlen(edit), &ed);
    CHECK(memcmp(ed.fp, s0.fp, 16) != 0);
    CHECKF(jac(&ed, &s0) > 0.95, "J = %.3f", jac(&ed, &s0));
    CHECK(share_band(&ed, &s0));
    free(edit);
    /* The first paragraph deleted: near-duplicate, found by a band, estimated closely. */
    cut = strchr(t0, '\n');
    REQUIRE(cut != NULL);
    analyse(e, d, cut + 1, strlen(cut + 1), &ed);
    CHECKF(jac(&ed, &s0) > 0.8, "J = %.3f", jac(&ed, &s0));
    CHECKF(fabs(estimate(&ed, &s0) - jac(&ed, &s0)) < 0.12, "estimate %.3f, J %.3f",
           estimate(&ed, &s0), jac(&ed, &s0));
    CHECK(share_band(&ed, &s0));
    shset_free(&s0), shset_free(&s1), shset_free(&s2), shset_free(&ed);
}

/* Aligns a with b; returns the aligned words and leaves the passages in al. */
static size_t align(dedup_aligner *al, const shset *a, const shset *b)
{
    rasd_status rc = RASD_OK;
    size_t n = dedup_align(al, &a->t, &b->t, &rc);
    CHECK(rc == RASD_OK);
    return n;
}

/* The byte range of words [w, w + n) of the analysed d. */
static void word_bytes(rasd_doc *d, uint32_t w, uint32_t n, size_t *s, size_t *e)
{
    rasd_span *sp = NULL;
    size_t cap = 0;
    rasd_status rc = RASD_OK;
    size_t nw = dedup_word_spans(d, &sp, &cap, &rc);
    CHECK(rc == RASD_OK && w + n <= nw && n > 0);
    *s = *e = 0;
    if (w + n <= nw && n > 0) {
        *s = sp[w].start;
        *e = sp[w + n - 1].end;
    }
    free(sp);
}

/* Passages: t[1] copies paragraphs of t[0] (the alignment finds each, from its first words
 * to its last); t[0] and t[2] share only names and set phrases. Edits that outlets make (a
 * sentence inserted, paragraphs swapped) keep every copied word aligned. */
static void test_passages(const rasd_engine *e, rasd_doc *d, const trio *g)
{
    const char *t0 = g->t[0], *t1 = g->t[1], *t2 = g->t[2];
    size_t n0 = g->n[0], n1 = g->n[1], n2 = g->n[2];
    shset s0 = {0}, s1 = {0}, s2 = {0}, ed = {0};
    dedup_aligner al = {0};
    analyse(e, d, t1, n1, &s1);
    analyse(e, d, t2, n2, &s2);
    analyse(e, d, t0, n0, &s0);                 /* d now holds 000's analysis */
    {
        size_t words = align(&al, &s0, &s1);
        CHECKF(words >= g->min_words && al.nruns >= g->min_runs, "reuse: %zu words in %zu passages",
               words, al.nruns);
        for (size_t k = 0; k < 4 && g->copied[k]; k++) {
            const char *at0 = strstr(t0, g->copied[k]);
            int found = 0;
            REQUIREF(at0 && strstr(t1, g->copied[k]), "text changed: %s", g->copied[k]);
            for (size_t r = 0; at0 && r < al.nruns; r++) {
                size_t s, en;
                word_bytes(d, al.runs[r].a, al.runs[r].alen, &s, &en);
                found |= s <= (size_t)(at0 - t0) + 40 && (size_t)(at0 - t0) < en;
            }
            CHECKF(found, "no passage starts at the paragraph \"%s\"", g->copied[k]);
        }
        for (size_t r = 0; r < al.nruns; r++)
            CHECK(al.runs[r].same >= DEDUP_RUN_MIN && al.runs[r].same <= al.runs[r].alen);
    }
    CHECKF(align(&al, &s0, &s2) == 0 && al.nruns == 0, "independent: %zu passages", al.nruns);
    CHECK(align(&al, &s0, &s0) == s0.t.nw && al.nruns == 1);

    /* A sentence inserted in the middle of a copied paragraph: one passage, all words. */
    {
        const char *at = strstr(t0, g->insert_at);
        const char *ins = "وهذه جملة أضافها محرر الموقع الناقل بين فقرتين من الخبر الأصلي. ";
        char *edit = malloc(n0 + strlen(ins) + 1);
        REQUIRE(at != NULL && edit != NULL);
        {
            size_t h = (size_t)(at - t0);
            memcpy(edit, t0, h);
            strcpy(edit + h, ins);
            strcpy(edit + h + strlen(ins), at);
            analyse(e, d, edit, strlen(edit), &ed);
            CHECKF(align(&al, &s0, &ed) == s0.t.nw, "inserted sentence: %zu of %zu words",
                   align(&al, &s0, &ed), s0.t.nw);
            free(edit);
        }
    }
    /* Two paragraphs swapped: every word aligned, in two or more passages. */
    {
        const char *p = strstr(t0, g->swap_from), *q = strstr(t0, g->swap_to);
        const char *r = q ? strstr(q, "\n") : NULL;
        char *edit = malloc(n0 + 1);
        REQUIRE(p != NULL && q != NULL && r != NULL && p < q && edit != NULL);
        {
            size_t a = (size_t)(p - t0), b = (size_t)(q - t0), c = (size_t)(r - t0);
            memcpy(edit, t0, a);
            memcpy(edit + a, t0 + b, c - b);          /* the third paragraph first */
            memcpy(edit + a + (c - b), t0 + a, b - a);
            memcpy(edit + c, t0 + c, n0 - c);
            edit[n0] = 0;
            analyse(e, d, edit, n0, &ed);
            CHECKF(align(&al, &s0, &ed) == s0.t.nw && al.nruns >= 2,
                   "swapped: %zu of %zu words, %zu passages", align(&al, &s0, &ed), s0.t.nw,
                   al.nruns);
            CHECK(dedup_jaccard(s0.sh, s0.n, ed.sh, ed.n) > 0.9);
            free(edit);
        }
    }
    dedup_aligner_free(&al);
    shset_free(&s0), shset_free(&s1), shset_free(&s2), shset_free(&ed);
}

/* MinHash estimates track exact Jaccard on pairs of real articles with edits. */
static void test_snn_estimates(const rasd_engine *e, rasd_doc *d)
{
    rasd_reader *r;
    rasd_record rec;
    shset a = {0}, b = {0};
    double err = 0, worst = 0;
    size_t pairs = 0, missed = 0, high = 0;
    REQUIRE(rasd_reader_open(&r, SNN, NULL) == RASD_OK);
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
            REQUIRE(copy != NULL);
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
    shset_free(&a);
    shset_free(&b);
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* dedup_set against qsort and a pass over repeats, on shingle-like values: 64-bit hashes,
 * values that differ only in their high or only in their low bytes, repeats, one value, a
 * set already sorted and one sorted backwards. */
static void test_set(void)
{
    enum { N = 5000 };
    static uint64_t v[N], want[N];
    uint64_t x = 0x9E3779B97F4A7C15ULL;
    size_t sizes[] = {0, 1, 2, 7, 300, N};
    for (size_t c = 0; c < sizeof sizes / sizeof *sizes; c++)
        for (int kind = 0; kind < 5; kind++) {
            size_t n = sizes[c], k = 0, got;
            for (size_t i = 0; i < n; i++) {
                x ^= x << 13, x ^= x >> 7, x ^= x << 17;
                v[i] = kind == 0 ? x : kind == 1 ? (x & 0xff) << 56 | 42
                                 : kind == 2 ? 0x1234567800000000ULL | (x & 0x3ff)
                                 : kind == 3 ? (uint64_t)i * 3 : (uint64_t)(n - i) << 40;
                if (i && x % 5 == 0)
                    v[i] = v[x % i];             /* repeats */
            }
            memcpy(want, v, n * sizeof *v);
            if (n)
                qsort(want, n, sizeof *want, cmp_u64);
            for (size_t i = 0; i < n; i++)
                if (i == 0 || want[i] != want[i - 1])
                    want[k++] = want[i];
            got = dedup_set(v, n);
            CHECKF(got == k && memcmp(v, want, k * sizeof *v) == 0,
                   "dedup_set, %zu values of kind %d: %zu distinct, want %zu", n, kind, got, k);
        }
}

/* dedup_map against a plain count: keys from a small space so that many reach their limit
 * (as a large store's passage keys do), docids in rising order as the load adds them, the
 * map grown many times over. Each key must give back exactly its first `limit` docids
 * (summed to compare sets: the order is not kept) and their number; a key never added gives
 * none; a cleared map gives none and takes keys again. */
typedef struct map_sum {
    uint64_t sum;
    size_t n;
} map_sum;

static void map_collect(void *p, uint32_t doc)
{
    map_sum *m = p;
    m->sum += doc;
    m->n++;
}

static void test_map(void)
{
    enum { KEYS = 3000, ADDS = 60000, LIMIT = 32 };
    static uint32_t count[KEYS];
    static uint64_t sum[KEYS];
    dedup_map m = {0};
    uint64_t x = 0x2545F4914F6CDD1DULL;
    size_t bad = 0, failed = 0, full = 0;
    for (uint32_t doc = 0; doc < ADDS; doc++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        uint32_t k = (uint32_t)(x % KEYS);          /* skewed: low keys are held far more */
        if (x >> 60 < 6)
            k %= 97;
        failed += dedup_map_add(&m, k * 0x10001u, doc, LIMIT) != RASD_OK;
        if (count[k] < LIMIT)
            count[k]++, sum[k] += doc;
    }
    REQUIRE(failed == 0);
    for (uint32_t k = 0; k < KEYS; k++) {
        map_sum got = {0, 0};
        size_t n = dedup_map_get(&m, k * 0x10001u, map_collect, &got);
        bad += n != count[k] || got.n != count[k] || got.sum != sum[k];
        full += count[k] == LIMIT;
    }
    CHECKF(bad == 0, "dedup_map: %zu of %d keys give other docids than their first %d", bad,
           KEYS, LIMIT);
    CHECKF(full >= 97 && full < KEYS / 2, "dedup_map: %zu keys full", full);  /* both kinds */
    map_sum none = {0, 0};
    CHECK(dedup_map_get(&m, 0xFFFFFFFFu, map_collect, &none) == 0 && none.n == 0);
    dedup_map_clear(&m);
    CHECK(dedup_map_get(&m, 5 * 0x10001u, map_collect, &none) == 0 && none.n == 0);
    REQUIRE(dedup_map_add(&m, 5 * 0x10001u, 7, LIMIT) == RASD_OK);
    CHECK(dedup_map_get(&m, 5 * 0x10001u, map_collect, &none) == 1 && none.sum == 7);
    dedup_map_free(&m);
}

int main(void)
{
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    trio news = {
        {NEWS "a_geneva.txt", NEWS "b_reprint.txt", NEWS "c_own_words.txt"},
        {"وزير الخارجية الروسي", "وَزيـــر الخارجيّة الروسيّ،"},
        {"\"نحن ننتظر خطوات عملية من شركائنا الأمريكيين، لا مجرد تصريحات\"",
         "«نحن ننتظر خطوات عملية من شركائنا الأمريكيين، لا مجرد تصريحات»"},
        {"وزير الخارجية الروسي", "وزير الدفاع الروسي"},
        {"التقى وزير الخارجية الروسي سيرغي لافروف", "وقال وزير الخارجية الأمريكي جون كيري",
         "من جهته، قال لافروف إن بلاده", "وقال مسؤول في وزارة الخارجية الأمريكية"},
        100, 2, "من جهته، قال لافروف", "من جهته، قال لافروف", "وفي موسكو، أعلن المتحدث",
        {NULL, NULL, NULL}, {0, 0, 0}};
    trio seeds = {
        {SEEDS "000_93c6ccf29017a1c8.txt", SEEDS "001_337ddc5b2ec75abf.txt",
         SEEDS "002_a013ac47fc823ed8.txt"},
        {"الرئيس الروسي", "الرَّئيـــس الروسيّ،"},
        {"\"الدولة الإسلامية\"", "«الدولة الإسلامية»"},
        {"الرئيس الروسي", "الزعيم الروسي"},
        {"قال رئيس الوزراء البريطاني ديفيد كاميرون إنه", "ودعا كاميرون عقب اللقاء إلى التعاون",
         "وأعرب المتحدث باسم الكرملين عن ارتياح", NULL},
        250, 3, "ودعا كاميرون عقب اللقاء", "نصر المجالي:", "وقال بوتين لكاميرون",
        {NULL, NULL, NULL}, {0, 0, 0}};
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    load(&news);
    test_set();
    test_map();
    test_trio(e, d, &news);
    test_passages(e, d, &news);
    if (SHARED_TIER("seeds and SaudiNewsNet", CHECK_FAST)) {
        load(&seeds);
        test_trio(e, d, &seeds);
        test_passages(e, d, &seeds);
        test_snn_estimates(e, d);
    }
    for (int i = 0; i < 3; i++)
        free(news.t[i]), free(seeds.t[i]);
    {
        uint64_t x[] = {1, 2, 3}, y[] = {2, 3, 4, 5};
        CHECK(fabs(dedup_jaccard(x, 3, y, 4) - 0.4) < 1e-12);
        CHECK(dedup_jaccard(x, 0, y, 0) == 0);
    }
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_dedup");
}
