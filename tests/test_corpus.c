/* test_corpus.c — the text core on real news: the articles of tests/data/news (core tier),
 * then the five seeds and the first 1,000 articles of SaudiNewsNet (read with rasd_reader
 * straight from the .jsonl.gz; shared tier).
 *
 *  - Sentence counts, counted by hand: one sentence per line, plus the lines that hold two
 *    (a_geneva: «المحاصرة. وأوضح»; b_reprint the same); the ellipsis inside the quote marks of
 *    c_own_words does not split; in f_bad_utf8 each of the three invalid sequences ends a
 *    sentence (docs/TEXT.md). In the seeds: one sentence per line, plus the lines
 *    that hold two (000: «قلت. وآمل», «مخطئون» after «الإرهاب.»; 002: «"داعش". هذا»,
 *    «الأسد. وسيكون»); ellipses inside quotes do not split; the stray & of 004 is no sentence.
 *  - Offsets round-trip: for every token, normalising text[start, end) on its own gives the
 *    token's norm (the source of a token is exactly its byte range), tokens are ordered and
 *    cut at character boundaries, and every letter and digit of the text lies in a token.
 */
#include "check.h"
#include "rasd.h"

#include <stdlib.h>
#include <utf8proc.h>

#define NEWS "tests/data/news/"
#define SEEDS SHARED "/corpus/seeds/"
#define SNN SHARED "/data/saudinewsnet/articles.jsonl.gz"

typedef struct { const char *id; size_t sentences; const char *starts[4]; } seed_case;

/* Sentence counts by hand, and sentences that must start exactly where shown. */
static const seed_case news[] = {
    {"a_geneva", 13, {"وأوضح أن الوفدين", "ملف المساعدات", "وفي موسكو، أعلن", "ودعا كيري"}},
    {"b_reprint", 9, {"التقى وزير الخارجية الروسي", "وأوضح أن الوفدين", "اقرأ أيضا", NULL}},
    {"c_own_words", 6, {"وقال دبلوماسي غربي", "ويعقد المبعوث", NULL, NULL}},
    {"d_paris", 7, {"باريس – نادية", "وانتقد رئيس الوزراء", NULL, NULL}},
    {"e_riyadh", 6, {"في المقابل، نفى", "ومن المقرر", NULL, NULL}},
    {"f_bad_utf8", 4, {"خبر عاجل", "السلامة", "بجدة صباح", NULL}},   /* invalid bytes end a sentence */
};

static const seed_case seeds[] = {
    {"000_93c6ccf29017a1c8", 19, {"آلية التعاون", "وآمل في أننا سنتمكن", "وإن كنتم تعتقدون", "خلافات"}},
    {"001_337ddc5b2ec75abf", 28, {"بغداد – حميد ابو النور", "مقالات ذات صله", "وآمل في أننا سنتمكن", NULL}},
    {"002_a013ac47fc823ed8", 16, {"هذا ما ينبغي أن نركز عليه", "وسيكون هذا أول اجتماع", "إننا واقعيون... هناك", NULL}},
    {"003_f448dd176493aaea", 16, {"موسكو-سانا", "بدوره أعرب جونسون", NULL, NULL}},
    {"004_d592b9f202c30752", 25, {"اسقاط الطائرة وداعش", "ومن جهته، أكد الرئيس الروسي", NULL, NULL}},
};

static int sentence_starts_with(const rasd_span *s, size_t ns, const char *text, const char *want)
{
    for (size_t i = 0; i < ns; i++)
        if (strncmp(text + s[i].start, want, strlen(want)) == 0)
            return 1;
    return 0;
}

static int is_boundary(const char *t, size_t len, size_t i)
{
    return i == 0 || i == len || ((unsigned char)t[i] & 0xC0) != 0x80;
}

/* Every invariant of one analysed document; returns the number of failed checks. */
static void check_doc(const rasd_engine *e, const rasd_doc *d, const char *text, size_t len, const char *id)
{
    size_t nt, ns, covered = 0;
    const rasd_token *t = rasd_doc_tokens(d, &nt);
    const rasd_span *s = rasd_doc_sentences(d, &ns);
    int ok_order = 1, ok_bound = 1, ok_norm = 1, ok_cover = 1, ok_sent = 1;
    for (size_t i = 0; i < nt; i++) {
        if (t[i].start >= t[i].end || t[i].end > len || (i && t[i].start < t[i - 1].end))
            ok_order = 0;
        if (!is_boundary(text, len, t[i].start) || !is_boundary(text, len, t[i].end))
            ok_bound = 0;
        char *n = NULL;
        size_t nl = 0;
        int raw_norm = t[i].kind == RASD_TOK_URL || (t[i].kind == RASD_TOK_PUNCT && t[i].norm_len &&
                       memcmp(t[i].norm, "\xd9\x80", 2) == 0);   /* URLs and ـ as a dash keep their bytes */
        if (!raw_norm && rasd_normalize(e, RASD_NORM_ALL, text + t[i].start, t[i].end - t[i].start, &n, &nl, NULL) == RASD_OK &&
            (nl != t[i].norm_len || memcmp(n, t[i].norm, nl) != 0)) {
            if (ok_norm)
                fprintf(stderr, "%s: token [%u,%u) norm \"%.*s\" but text normalises to \"%s\"\n", id,
                        t[i].start, t[i].end, (int)t[i].norm_len, t[i].norm, n);
            ok_norm = 0;
        }
        free(n);
    }
    /* Coverage: every letter and digit is inside a token. */
    size_t k = 0;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0) {
            i++;
            continue;
        }
        while (k < nt && t[k].end <= i)
            k++;
        int inside = k < nt && t[k].start <= i && i < t[k].end;
        utf8proc_category_t cat = utf8proc_category(cp);
        int wordish = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) || cat == UTF8PROC_CATEGORY_ND;
        if (wordish && !inside) {
            if (ok_cover)
                fprintf(stderr, "%s: U+%04X at byte %zu is in no token\n", id, (unsigned)cp, i);
            ok_cover = 0;
        }
        covered += inside;
        i += (size_t)n;
    }
    for (size_t i = 0; i < ns; i++)
        if (s[i].start >= s[i].end || s[i].end > len || (i && s[i].start < s[i - 1].end))
            ok_sent = 0;
    CHECKF(ok_order, "%s: tokens out of order or out of range", id);
    CHECKF(ok_bound, "%s: a token cuts a UTF-8 character", id);
    CHECKF(ok_norm, "%s: a token's norm is not the normalisation of its source", id);
    CHECKF(ok_cover, "%s: letters or digits outside every token", id);
    CHECKF(ok_sent, "%s: sentences out of order or out of range", id);
    CHECKF(len == 0 || covered > 0 || nt == 0, "%s: nothing covered", id);
}

/* Each article of dir named in cases: its sentences, then every invariant. */
static void test_articles(const rasd_engine *e, rasd_doc *d, const char *dir, const seed_case *cases,
                          size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char path[256];
        size_t len = 0, ns;
        snprintf(path, sizeof path, "%s%s.txt", dir, cases[i].id);
        char *text = REQUIRE_SLURP(path, &len);
        REQUIRE(rasd_analyze(e, d, text, len) == RASD_OK);
        const rasd_span *s = rasd_doc_sentences(d, &ns);
        CHECKF(ns == cases[i].sentences, "%s: %zu sentences, counted %zu by hand", cases[i].id, ns, cases[i].sentences);
        for (size_t k = 0; k < 4 && cases[i].starts[k]; k++)
            CHECKF(sentence_starts_with(s, ns, text, cases[i].starts[k]), "%s: no sentence starts with \"%s\"",
                   cases[i].id, cases[i].starts[k]);
        check_doc(e, d, text, len, cases[i].id);
        free(text);
    }
}

static void test_snn(const rasd_engine *e, rasd_doc *d)
{
    rasd_reader *r;
    rasd_record rec;
    size_t docs = 0, tokens = 0, sentences = 0, failed_before = (size_t)check_failed;
    REQUIREF(rasd_reader_open(&r, SNN, NULL) == RASD_OK, "cannot open %s", SNN);
    while (docs < 1000 && rasd_reader_next(r, &rec) == RASD_OK) {
        size_t nt, ns;
        CHECK(rasd_analyze(e, d, rec.text, rec.text_len) == RASD_OK);
        check_doc(e, d, rec.text, rec.text_len, rec.id);
        rasd_doc_tokens(d, &nt);
        rasd_doc_sentences(d, &ns);
        tokens += nt;
        sentences += ns;
        docs++;
        if ((size_t)check_failed > failed_before + 10)
            break;
    }
    rasd_reader_close(r);
    CHECKF(docs == 1000, "read %zu SaudiNewsNet articles", docs);
    CHECKF(tokens > 200000 && sentences > 8000, "%zu tokens, %zu sentences", tokens, sentences);
    printf("test_corpus: 1000 SaudiNewsNet articles, %zu tokens, %zu sentences\n", tokens, sentences);
}

int main(void)
{
    rasd_engine *e;
    rasd_doc *d;
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_articles(e, d, NEWS, news, sizeof news / sizeof *news);
    if (SHARED_TIER("seeds and SaudiNewsNet", CHECK_FAST)) {
        test_articles(e, d, SEEDS, seeds, sizeof seeds / sizeof *seeds);
        test_snn(e, d);
    }
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_corpus");
}
