/* test_text.c — table tests of the text core: every normalisation rule with its switch,
 * the way back from normalised bytes to the source, the UTF-8 decoder against Unicode's
 * maximal-subpart practice, token kinds and offsets, and the light stemmer. */
#include "check.h"
#include "core/internal.h"
#include "rasd.h"

#include <stdlib.h>
#include <sys/stat.h>

static rasd_engine *engine(unsigned flags, rasd_stemmer st)
{
    rasd_config cfg;
    rasd_engine *e = NULL;
    rasd_config_default(&cfg);
    cfg.norm_flags = flags;
    cfg.stemmer = st;
    REQUIRE(rasd_engine_open(&e, &cfg) == RASD_OK);
    return e;
}

/* ------------------------------------------------------------ normalisation */

typedef struct { unsigned off; const char *in, *all, *without; } norm_case;

/* For each rule: the input, its normalisation with every rule on, and with all rules but
 * that one. */
static const norm_case norm_cases[] = {
    {RASD_NORM_DIACRITICS, "سُورِيَّةُ", "سوريه", "سُورِيَّهُ"},
    {RASD_NORM_DIACRITICS, "كتاباً هٰذا مْ", "كتابا هذا م", "كتاباً هٰذا مْ"},
    {RASD_NORM_TATWEEL, "الـرئيـس", "الرءيس", "الـرءيـس"},
    {RASD_NORM_ALEF, "أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله", "أحمد إبراهيم آمال ٱلله"},
    {RASD_NORM_ALEF_MAQSURA, "على مستوى", "علي مستوي", "على مستوى"},
    {RASD_NORM_TEH_MARBUTA, "مدرسة", "مدرسه", "مدرسة"},
    {RASD_NORM_HAMZA, "مسؤول مسئول شيء", "مسءول مسءول شيء", "مسؤول مسئول شيء"},
    {RASD_NORM_PRESENTATION, "ﻻ ﺍﻟﻌﺮﺑﻴﺔ", "لا العربيه", "ﻻ ﺍﻟﻌﺮﺑﻴﺔ"},
    {RASD_NORM_PRESENTATION, "ﻷن ﷲ", "لان الله", "ﻷن ﷲ"},
    {RASD_NORM_ALEF, "ﻷن", "لان", "لأن"},
    {RASD_NORM_DIGITS, "١٢٣ ۴۵۶ ٣٫١٤ ١٬٠٠٠", "123 456 3.14 1,000", "١٢٣ ۴۵۶ ٣٫١٤ ١٬٠٠٠"},
    {RASD_NORM_PERSIAN, "کی ە ۃ", "كي ه ه", "کی ە ۃ"},
    {RASD_NORM_CONTROLS, "A\u200cB\u200fC\u2067D", "abcd", "a\u200cb\u200fc\u2067d"},
    {RASD_NORM_CASEFOLD, "ABC Ünïcode", "abc ünïcode", "ABC Ünïcode"},
};

static void check_norm(rasd_engine *e, unsigned flags, const char *in, const char *want)
{
    char *out = NULL;
    size_t n = 0;
    REQUIRE(rasd_normalize(e, flags, in, strlen(in), &out, &n, NULL) == RASD_OK);
    CHECK_STR(out, n, want);
    free(out);
}

static void test_norm_rules(rasd_engine *e)
{
    for (size_t i = 0; i < sizeof norm_cases / sizeof *norm_cases; i++) {
        const norm_case *c = &norm_cases[i];
        check_norm(e, RASD_NORM_ALL, c->in, c->all);
        check_norm(e, RASD_NORM_ALL & ~c->off, c->in, c->without);
    }
    check_norm(e, 0, "أَحمد", "أَحمد");                    /* no rule: unchanged */
    check_norm(e, RASD_NORM_ALL, "\xff" "ab", "ab");      /* invalid bytes dropped */
}

/* The offsets array maps every output byte back to the source byte it came from. */
static void test_norm_offsets(rasd_engine *e)
{
    const char *in = "أَحمد ﻻ";
    char *out = NULL;
    uint32_t *off = NULL;
    size_t n = 0;
    static const uint32_t want[] = {0, 0, 4, 4, 6, 6, 8, 8, 10, 11, 11, 11, 11, 14};
    REQUIRE(rasd_normalize(e, RASD_NORM_ALL, in, strlen(in), &out, &n, &off) == RASD_OK);
    CHECK_STR(out, n, "احمد لا");
    CHECKF(n + 1 == sizeof want / sizeof *want, "n = %zu", n);
    for (size_t i = 0; i <= n && i < sizeof want / sizeof *want; i++)
        CHECKF(off[i] == want[i], "offset %zu = %u, want %u", i, off[i], want[i]);
    free(out);
    free(off);
}

/* ---------------------------------------------------------------- UTF-8 */

typedef struct { const char *in; size_t len, invalid; } utf8_case;

static const utf8_case utf8_cases[] = {
    {"\xC0\x80", 2, 2},             /* overlong NUL: two maximal subparts */
    {"\xED\xA0\x80", 3, 3},         /* a surrogate */
    {"\xF0\x9F\x98", 3, 1},         /* truncated 4-byte sequence at the end */
    {"\xE2\x82" "A", 3, 1},         /* truncated, then ASCII */
    {"\xF4\x90\x80\x80", 4, 4},     /* above U+10FFFF */
    {"\x80\xBF", 2, 2},             /* lone continuation bytes */
    {"\xFE\xFF", 2, 2},             /* bytes never used in UTF-8 */
    {"\xF0\x9F\x98\x80", 4, 0},     /* a valid emoji */
    {"\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85", 8, 0}, /* سلام */
};

static void test_utf8(rasd_engine *e, rasd_doc *d)
{
    for (size_t i = 0; i < sizeof utf8_cases / sizeof *utf8_cases; i++) {
        const utf8_case *c = &utf8_cases[i];
        size_t first;
        CHECK(rasd_analyze(e, d, c->in, c->len) == RASD_OK);
        CHECKF(rasd_doc_invalid_utf8(d, &first) == c->invalid, "case %zu: %zu invalid",
               i, rasd_doc_invalid_utf8(d, NULL));
    }
    int32_t cp;
    CHECK(utf8_decode((const unsigned char *)"\xD8\xB3", 2, &cp) == 2 && cp == 0x0633);
    CHECK(utf8_decode((const unsigned char *)"\xE2\x80\x8C", 3, &cp) == 3 && cp == 0x200C);
    char enc[4];
    CHECK(utf8_encode(0x1F600, enc) == 4 && memcmp(enc, "\xF0\x9F\x98\x80", 4) == 0);
}

/* ---------------------------------------------------------------- tokens */

typedef struct { const char *src, *norm, *kind; } tok_want;
typedef struct { const char *text; tok_want t[12]; } tok_case;

static const tok_case tok_cases[] = {
    {"قال بوتين: «نعم».", {{"قال", "قال", "arabic"}, {"بوتين", "بوتين", "arabic"}, {":", ":", "punct"},
        {"«", "«", "punct"}, {"نعم", "نعم", "arabic"}, {"»", "»", "punct"}, {".", ".", "punct"}}},
    {"قمة G20 و5G", {{"قمة", "قمه", "arabic"}, {"G20", "g20", "latin"}, {"و", "و", "arabic"},
        {"5G", "5g", "latin"}}},
    {"٣٫٥ 1,000 2015/11/16", {{"٣٫٥", "3.5", "number"}, {"1,000", "1,000", "number"},
        {"2015", "2015", "number"}, {"/", "/", "punct"}, {"11", "11", "number"},
        {"/", "/", "punct"}, {"16", "16", "number"}}},
    {"انظر https://www.spa.gov.sa/news?id=1.", {{"انظر", "انظر", "arabic"},
        {"https://www.spa.gov.sa/news?id=1", "https://www.spa.gov.sa/news?id=1", "url"},
        {".", ".", "punct"}}},
    {"(www.example.com)", {{"(", "(", "punct"}, {"www.example.com", "www.example.com", "url"},
        {")", ")", "punct"}}},
    {"راسلونا: Info@SPA.gov.sa،", {{"راسلونا", "راسلونا", "arabic"}, {":", ":", "punct"},
        {"Info@SPA.gov.sa", "info@spa.gov.sa", "email"}, {"،", "،", "punct"}}},
    {"#السعودية_تنتخب @SPA_News", {{"#السعودية_تنتخب", "#السعوديه_تنتخب", "hashtag"},
        {"@SPA_News", "@spa_news", "mention"}}},
    {"مجموعة الـ 20", {{"مجموعة", "مجموعه", "arabic"}, {"الـ", "ال", "arabic"}, {"20", "20", "number"}}},
    {"الأمريكية ـ الروسية", {{"الأمريكية", "الامريكيه", "arabic"}, {"ـ", "ـ", "punct"},
        {"الروسية", "الروسيه", "arabic"}}},
    {"\u200fكتاب\u200cها\u200f", {{"كتاب\u200cها", "كتابها", "arabic"}}},
    {"قال... ثم…", {{"قال", "قال", "arabic"}, {"...", "...", "punct"}, {"ثم", "ثم", "arabic"},
        {"…", "…", "punct"}}},
    {"$100 ٪50", {{"$", "$", "symbol"}, {"100", "100", "number"}, {"٪", "٪", "punct"},
        {"50", "50", "number"}}},
    {"ab\xff" "cd", {{"ab", "ab", "latin"}, {"cd", "cd", "latin"}}},
    {"سلام\u200bعليكم", {{"سلام", "سلام", "arabic"}, {"عليكم", "عليكم", "arabic"}}},
    {"Москва и موسكو", {{"Москва", "москва", "word"}, {"и", "и", "word"}, {"موسكو", "موسكو", "arabic"}}},
};

static void test_tokens(rasd_engine *e, rasd_doc *d)
{
    for (size_t i = 0; i < sizeof tok_cases / sizeof *tok_cases; i++) {
        const tok_case *c = &tok_cases[i];
        size_t n, want = 0, pos = 0;
        while (want < 12 && c->t[want].src)
            want++;
        CHECK(rasd_analyze(e, d, c->text, strlen(c->text)) == RASD_OK);
        const rasd_token *t = rasd_doc_tokens(d, &n);
        CHECKF(n == want, "case %zu \"%s\": %zu tokens, want %zu", i, c->text, n, want);
        for (size_t k = 0; k < n && k < want; k++) {
            const char *at = strstr(c->text + pos, c->t[k].src);
            CHECKF(at && t[k].start == (uint32_t)(at - c->text) &&
                   t[k].end == t[k].start + strlen(c->t[k].src),
                   "case %zu token %zu: [%u,%u) is not \"%s\"", i, k, t[k].start, t[k].end, c->t[k].src);
            CHECK_STR(t[k].norm, t[k].norm_len, c->t[k].norm);
            CHECKF(strcmp(rasd_token_kind_name(t[k].kind), c->t[k].kind) == 0,
                   "case %zu token %zu: kind %s, want %s", i, k, rasd_token_kind_name(t[k].kind), c->t[k].kind);
            if (at)
                pos = (size_t)(at - c->text) + strlen(c->t[k].src);
        }
    }
}

/* ----------------------------------------------------------------- stems */

typedef struct { const char *word, *stem; } stem_case;

static const stem_case light_cases[] = {
    {"الإرهاب", "ارهاب"}, {"والإرهاب", "ارهاب"}, {"للإرهاب", "ارهاب"}, {"إرهاب", "ارهاب"},
    {"الإرهابية", "ارهاب"}, {"إرهابيين", "ارهاب"}, {"المعلمون", "معلم"}, {"بالمدرسة", "مدرس"},
    {"كتابها", "كتاب"}, {"وقال", "قال"}, {"وزير", "وزير"}, {"ووزير", "وزير"},
    /* one-letter proclitics, decided by the lexicon */
    {"لبوتين", "بوت"}, {"وبوتين", "بوت"}, {"بوتين", "بوت"}, {"فرنسا", "فرنسا"}, {"بفرنسا", "فرنسا"},
    {"لبريطانيا", "بريطانيا"}, {"بريطانيا", "بريطانيا"}, {"بتنظيم", "تنظيم"}, {"لتسهيل", "تسهيل"},
    {"الله", "الله"}, {"والله", "الله"}, {"بالله", "الله"}, {"وبالسيارات", "سيار"},
    {"ومن", "ومن"}, {"من", "من"}, {"سوريا", "سوريا"}, {"سورية", "سور"}, {"السورية", "سور"},
};

static void test_stems(rasd_engine *e, rasd_doc *d)
{
    char buf[256];
    size_t n;
    for (size_t i = 0; i < sizeof light_cases / sizeof *light_cases; i++) {
        const stem_case *c = &light_cases[i];
        size_t nt;
        CHECK(rasd_analyze(e, d, c->word, strlen(c->word)) == RASD_OK);
        const rasd_token *t = rasd_doc_tokens(d, &nt);
        CHECKF(nt == 1, "%s: %zu tokens", c->word, nt);
        if (nt == 1)
            CHECK_STR(t[0].stem, t[0].stem_len, c->stem);
    }
    /* rasd_stem takes an already normalised word; Snowball is the alternative. */
    CHECK(rasd_stem(e, d, RASD_STEM_LIGHT, "والارهاب", strlen("والارهاب"), buf, sizeof buf, &n) == RASD_OK);
    CHECK_STR(buf, n, "ارهاب");
    CHECK(rasd_stem(e, d, RASD_STEM_SNOWBALL, "المعلمون", strlen("المعلمون"), buf, sizeof buf, &n) == RASD_OK);
    CHECK_STR(buf, n, "معلم");
    CHECK(rasd_stem(e, d, RASD_STEM_NONE, "المعلمون", strlen("المعلمون"), buf, sizeof buf, &n) == RASD_OK);
    CHECK_STR(buf, n, "المعلمون");
    CHECK(rasd_stem(e, d, RASD_STEM_LIGHT, "المعلمون", strlen("المعلمون"), buf, 2, &n) == RASD_ETOOBIG);
}

/* Without a lexicon the stemmer strips only و (Light10); a corrupt lexicon is refused. */
static void test_lexicon_fallback(void)
{
    rasd_config cfg;
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    char buf[64];
    size_t n;
    FILE *f;
    mkdir("build", 0755);
    mkdir("build/test-tmp", 0755);
    mkdir("build/test-tmp/nolex", 0755);
    mkdir("build/test-tmp/badlex", 0755);
    REQUIRE((f = fopen("build/test-tmp/nolex/VERSION", "w")) != NULL);
    REQUIRE(fclose(f) == 0);
    REQUIRE((f = fopen("build/test-tmp/badlex/lexicon.tsv", "w")) != NULL);
    REQUIRE(fputs("# comment\nفي\t12\nبلا عدد\n", f) >= 0 && fclose(f) == 0);
    rasd_config_default(&cfg);
    cfg.data_dir = "build/test-tmp/nolex";
    REQUIRE(rasd_engine_open(&e, &cfg) == RASD_OK);
    CHECK(rasd_lexicon_size(e) == 0);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    CHECK(rasd_stem(e, d, RASD_STEM_LIGHT, "وزير", strlen("وزير"), buf, sizeof buf, &n) == RASD_OK);
    CHECK_STR(buf, n, "زير");
    CHECK(rasd_stem(e, d, RASD_STEM_LIGHT, "بفرنسا", strlen("بفرنسا"), buf, sizeof buf, &n) == RASD_OK);
    CHECK_STR(buf, n, "بفرنسا");
    rasd_doc_free(d);
    rasd_engine_close(e);
    cfg.data_dir = "build/test-tmp/badlex";
    e = NULL;
    CHECK(rasd_engine_open(&e, &cfg) == RASD_EDATA && e == NULL);
}

static void test_engine_configs(void)
{
    rasd_config cfg;
    rasd_engine *e = NULL;
    rasd_doc *d;
    size_t n;
    rasd_config_default(&cfg);
    cfg.stemmer = (rasd_stemmer)7;
    CHECK(rasd_engine_open(&e, &cfg) == RASD_EINVAL && e == NULL);
    rasd_config_default(&cfg);
    cfg.data_dir = "/nonexistent/rasd-data";
    CHECK(rasd_engine_open(&e, &cfg) == RASD_EDATA && e == NULL);
    rasd_config_default(&cfg);
    cfg.max_doc_bytes = 8;
    REQUIRE(rasd_engine_open(&e, &cfg) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    CHECK(rasd_analyze(e, d, "123456789", 9) == RASD_ETOOBIG);
    CHECK(rasd_analyze(e, d, "12345678", 8) == RASD_OK);
    CHECK(rasd_doc_tokens(d, &n) && n == 1);
    CHECK(strcmp(rasd_strerror(RASD_ETOOBIG), "input too large") == 0);
    CHECK(strcmp(rasd_data_version(e), "none") != 0);   /* data/VERSION of the build tree */
    CHECKF(rasd_lexicon_size(e) > 50000, "lexicon of %zu words", rasd_lexicon_size(e));
    rasd_doc_free(d);
    rasd_engine_close(e);
    rasd_engine_close(NULL);
    rasd_doc_free(NULL);
}

int main(void)
{
    rasd_engine *e = engine(RASD_NORM_ALL, RASD_STEM_LIGHT);
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_norm_rules(e);
    test_norm_offsets(e);
    test_utf8(e, d);
    test_tokens(e, d);
    test_stems(e, d);
    test_engine_configs();
    test_lexicon_fallback();
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_text");
}
