/* test_html.c — article extraction from web pages (src/html/, rasd_html_*) on the pages of
 * tests/data/html, written for these tests (tests/data/html/README): the body of a page
 * among menus, related links, comments, ads and a footer, with its metadata (JSON-LD,
 * OpenGraph); the same body in windows-1256 and ISO-8859-6, declared rightly and wrongly
 * (a lying charset is detected and said); malformed HTML; an empty page; binary junk; dates
 * of bylines (English here, Arabic and Hijri through the engine's date resolver); the JSON
 * record; and the reader, which takes .html files as documents. */
#include "check.h"
#include "rasd.h"

#include <stdlib.h>
#include <string.h>

#define DIR "tests/data/html/"

static char *body, *body_comma;   /* the expected text; with ',' for the Arabic comma */
static size_t body_len;

static int same_text(const rasd_page *p, const char *want)
{
    return p->text_len == strlen(want) && memcmp(p->text, want, p->text_len) == 0;
}

/* The same text, but for line breaks read as spaces (text in one element, no <p>s). */
static int same_words(const rasd_page *p, const char *want)
{
    if (p->text_len != strlen(want))
        return 0;
    for (size_t i = 0; i < p->text_len; i++)
        if (p->text[i] != want[i] && !(p->text[i] == ' ' && want[i] == '\n'))
            return 0;
    return 1;
}

static rasd_status extract(rasd_html *h, const char *file, const char *ctype, rasd_page *p)
{
    size_t n;
    char path[256];
    snprintf(path, sizeof path, DIR "%s", file);
    char *raw = check_slurp(path, &n);
    REQUIREF(raw != NULL, "%s", path);
    rasd_status st = rasd_html_extract(h, raw, n, ctype, p);
    free(raw);          /* the page's strings are the extractor's, not the input's */
    return st;
}

static int eq(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

static void test_boilerplate(rasd_html *h)
{
    rasd_page p;
    REQUIRE(extract(h, "boilerplate.html", NULL, &p) == RASD_OK);
    CHECKF(same_text(&p, body), "text: %s", p.text);
    CHECK(!strstr(p.text, "التعليقات") && !strstr(p.text, "ذات صلة") &&
          !strstr(p.text, "الأكثر قراءة") && !strstr(p.text, "جميع الحقوق") &&
          !strstr(p.text, "اشترك") && !strstr(p.text, "not text"));
    CHECK(p.text[p.text_len] == 0);
    CHECKF(eq(p.title, "افتتاح مستشفى جديد في الرياض"), "%s", p.title);
    CHECKF(eq(p.published, "2019-11-19T08:30:00+03:00"), "%s", p.published);
    CHECKF(eq(p.author, "سارة العتيبي"), "%s", p.author);
    CHECK(eq(p.lang, "ar"));
    CHECK(eq(p.url, "https://example.com/news/hospital-riyadh"));
    CHECK(eq(p.source, "صحيفة المثال"));
    CHECK(eq(p.charset, "UTF-8") && eq(p.charset_declared, "UTF-8") && !p.charset_lied);
}

static void test_charsets(rasd_html *h)
{
    static const struct { const char *file, *ctype, *decl, *used; int lied, comma; } cases[] = {
        {"cp1256.html", NULL, "WINDOWS-1256", "WINDOWS-1256", 0, 0},
        {"iso8859_6.html", NULL, "ISO-8859-6", "ISO-8859-6", 0, 1},
        {"lie_utf8.html", NULL, "UTF-8", "WINDOWS-1256", 1, 0},     /* 1256 said to be UTF-8 */
        {"lie_1256.html", NULL, "WINDOWS-1256", "UTF-8", 1, 0},     /* UTF-8 said to be 1256 */
        {"lie_8859_6.html", NULL, "WINDOWS-1256", "ISO-8859-6", 1, 1},
        /* the header wins over <meta>, and is checked the same way */
        {"cp1256.html", "text/html; charset=\"cp1256\"", "WINDOWS-1256", "WINDOWS-1256", 0, 0},
        {"cp1256.html", "text/html; charset=utf-8", "UTF-8", "WINDOWS-1256", 1, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        rasd_page p;
        REQUIRE(extract(h, cases[i].file, cases[i].ctype, &p) == RASD_OK);
        CHECKF(eq(p.charset_declared, cases[i].decl) && eq(p.charset, cases[i].used) &&
               p.charset_lied == cases[i].lied, "%s: declared %s, used %s, lied %d",
               cases[i].file, p.charset_declared, p.charset, p.charset_lied);
        CHECKF(same_text(&p, cases[i].comma ? body_comma : body), "%s: %s", cases[i].file, p.text);
        CHECKF(eq(p.title, "افتتاح مستشفى جديد في الرياض"), "%s: %s", cases[i].file, p.title);
    }
}

/* The Hijri byline of cp1256.html (الأحد 18 رمضان 1436 هـ) is 2015-07-05, through the
 * engine's date resolver; without an engine there is no date. */
static void test_byline_dates(rasd_html *with, rasd_html *without)
{
    rasd_page p;
    REQUIRE(extract(with, "cp1256.html", NULL, &p) == RASD_OK);
    CHECKF(eq(p.published, "2015-07-05"), "%s", p.published);
    REQUIRE(extract(without, "cp1256.html", NULL, &p) == RASD_OK);
    CHECK(p.published == NULL);
    static const struct { const char *byline, *want; } cases[] = {
        {"Published November 19, 2019 at 8:03 am", "2019-11-19"},
        {"By Jane Doe, 3 Feb. 2020", "2020-02-03"},
        {"Updated: 2018/06/30 10:00", "2018-06-30"},
        {"19/11/2019", "2019-11-19"},
        {"الثلاثاء 19 نوفمبر 2019", "2019-11-19"},          /* Arabic month: the resolver */
        {"no date here 1234", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char page[2048];
        snprintf(page, sizeof page, "<html><body><span class=\"post-date\">%s</span><div>"
                 "<p>%s</p></div></body></html>", cases[i].byline, body);
        REQUIRE(rasd_html_extract(with, page, strlen(page), NULL, &p) == RASD_OK);
        CHECKF(cases[i].want ? eq(p.published, cases[i].want) : p.published == NULL,
               "%s: %s", cases[i].byline, p.published);
    }
}

static void test_bad_pages(rasd_html *h)
{
    rasd_page p;
    REQUIRE(extract(h, "malformed.html", NULL, &p) == RASD_OK);
    CHECKF(same_text(&p, body), "malformed: %s", p.text);
    REQUIRE(extract(h, "empty.html", NULL, &p) == RASD_OK);
    CHECK(p.text && p.text_len == 0 && p.title == NULL && p.published == NULL);
    REQUIRE(extract(h, "junk.html", NULL, &p) == RASD_OK);
    CHECK(p.text && p.text_len == 0 && p.title == NULL);
    CHECK(rasd_html_extract(h, NULL, 0, NULL, &p) == RASD_OK && p.text_len == 0);
    CHECK(rasd_html_extract(h, NULL, 5, NULL, &p) == RASD_EINVAL);
    /* deep nesting: 100,000 open <div>s end in text, which is still found, whole (the
     * nesting past 256 is flattened: gumbo alone took minutes on it) */
    size_t n = 100000 * 5;
    char *deep = malloc(n + body_len + 8);
    REQUIRE(deep != NULL);
    for (size_t i = 0; i < 100000; i++)
        memcpy(deep + i * 5, "<div>", 5);
    memcpy(deep + n, body, body_len);
    REQUIRE(rasd_html_extract(h, deep, n + body_len, NULL, &p) == RASD_OK);
    CHECKF(same_words(&p, body), "deep: %zu bytes", p.text_len);
    free(deep);
}

static void test_json(rasd_html *h)
{
    rasd_page p;
    const char *js;
    size_t n;
    REQUIRE(extract(h, "boilerplate.html", NULL, &p) == RASD_OK);
    REQUIRE(rasd_html_json(h, &p, "boilerplate", &js, &n) == RASD_OK);
    CHECK(n > body_len && js[0] == '{' && js[n - 1] == '}' && !memchr(js, '\n', n));
    CHECK(strncmp(js, "{\"id\":\"boilerplate\",\"url\":\"https://example.com/news/hospital-riyadh\"", 68) == 0);
    CHECK(strstr(js, "\"published\":\"2019-11-19T08:30:00+03:00\"") != NULL);
    CHECK(strstr(js, "\"lang\":\"ar\",\"source\":\"صحيفة المثال\"}") != NULL);
    REQUIRE(extract(h, "cp1256.html", NULL, &p) == RASD_OK);
    REQUIRE(rasd_html_json(h, &p, "x", &js, &n) == RASD_OK);
    CHECK(strstr(js, "\"url\":null") != NULL && strstr(js, "\"author\":null") != NULL);
}

/* The reader takes the folder's pages as documents; the empty and the junk page are
 * errors ("no article text"), and the others go on. */
static void test_reader(void)
{
    rasd_reader *r;
    rasd_record rec;
    rasd_status st;
    int ok = 0, bad = 0, saw_boiler = 0;
    REQUIRE(rasd_reader_open(&r, DIR, NULL) == RASD_OK);
    while ((st = rasd_reader_next(r, &rec)) != RASD_END) {
        if (st != RASD_OK) {
            bad++;
            CHECKF(strstr(rasd_reader_error(r), "no article text") != NULL, "%s",
                   rasd_reader_error(r));
            continue;
        }
        ok++;
        CHECKF(rec.text_len >= body_len - 10 && rec.text[rec.text_len] == 0, "%s", rec.id);
        if (strcmp(rec.id, "boilerplate") == 0) {
            saw_boiler = 1;
            CHECK(rec.text_len == body_len && memcmp(rec.text, body, body_len) == 0);
            CHECK(eq(rec.title, "افتتاح مستشفى جديد في الرياض") && eq(rec.author, "سارة العتيبي"));
            CHECK(eq(rec.url, "https://example.com/news/hospital-riyadh"));
        }
    }
    CHECKF(ok == 7 && bad == 2, "%d pages, %d errors", ok, bad);
    CHECK(saw_boiler);
    rasd_reader_close(r);
}

int main(void)
{
    rasd_engine *e = NULL;
    rasd_html *h = NULL, *bare = NULL;
    rasd_config cfg;
    char name[64];
    size_t n;
    REQUIRE((body = check_slurp(DIR "body.utf8", &n)) != NULL && n > 100);
    body[--n] = 0;                      /* the final newline */
    body_len = n;
    REQUIRE((body_comma = strdup(body)) != NULL);
    for (char *p; (p = strstr(body_comma, "،")) != NULL;)
        memmove(p + 1, p + 2, strlen(p + 2) + 1), *p = ',';
    rasd_config_default(&cfg);
    cfg.stages_off = RASD_STAGE_ENTITIES;
    REQUIRE(rasd_engine_open(&e, &cfg) == RASD_OK);
    REQUIRE(rasd_html_new(&h, e) == RASD_OK && rasd_html_new(&bare, NULL) == RASD_OK);
    test_boilerplate(h);
    test_charsets(bare);
    test_byline_dates(h, bare);
    test_bad_pages(bare);
    test_json(h);
    test_reader();
    rasd_html_free(h);
    rasd_html_free(bare);
    rasd_html_free(NULL);
    rasd_engine_close(e);
    free(body);
    free(body_comma);
    return check_done(check_name(__FILE__, name, sizeof name));
}
