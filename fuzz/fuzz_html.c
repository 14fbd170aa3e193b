/* fuzz_html.c — libFuzzer target for article extraction from web pages (rasd_html_*).
 *
 * The input is the page as served; its first byte (part of the page too) picks the
 * Content-Type header: bits 0-1 none, "charset=utf-8", "charset=windows-1256" or
 * "charset=iso-8859-6". The extractor has an engine, so byline dates go through the Arabic
 * date resolver too. Checked:
 *   - rasd_html_extract succeeds (malformed HTML and bad bytes never fail it);
 *   - text is never NULL, is NUL-terminated at text_len and well-formed UTF-8, as are the
 *     title, author, source, url, published and lang that are not NULL;
 *   - charset is set; charset_lied is 0 or 1, and 1 only with a declaration;
 *   - published, when set, starts with YYYY-MM-DD;
 *   - rasd_html_json succeeds with one line that starts with {"id": and ends with '}';
 *   - extracting the same page again gives the same text (no state leaks between pages).
 */
#include "rasd.h"
#include "common.h"

#include <string.h>

static rasd_engine *eng;
static rasd_html *ex;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rasd_config cfg;
    (void)argc;
    (void)argv;
    rasd_config_default(&cfg);
    cfg.stages_off = RASD_STAGE_ENTITIES;
    CHECK(rasd_engine_open(&eng, &cfg) == RASD_OK);
    CHECK(rasd_html_new(&ex, eng) == RASD_OK);
    return 0;
}

static void check_str(const char *s)
{
    if (s)
        CHECK(fuzz_utf8_bad((const unsigned char *)s, strlen(s)) == strlen(s));
}

static int digit(char c)
{
    return c >= '0' && c <= '9';
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const ctypes[4] = {NULL, "text/html; charset=utf-8",
                                          "text/html; charset=windows-1256",
                                          "text/html;charset=\"ISO-8859-6\""};
    const char *ctype = ctypes[size ? data[0] & 3 : 0];
    rasd_page p;
    const char *js;
    size_t n;
    CHECK(rasd_html_extract(ex, (const char *)data, size, ctype, &p) == RASD_OK);
    CHECK(p.text != NULL && p.text[p.text_len] == 0);
    CHECK(fuzz_utf8_bad((const unsigned char *)p.text, p.text_len) == p.text_len);
    check_str(p.title);
    check_str(p.author);
    check_str(p.source);
    check_str(p.url);
    check_str(p.lang);
    check_str(p.published);
    CHECK(p.charset != NULL && (p.charset_lied == 0 || p.charset_lied == 1));
    CHECK(!p.charset_lied || p.charset_declared != NULL);
    if (p.published)
        CHECK(strlen(p.published) >= 10 && digit(p.published[0]) && digit(p.published[3]) &&
              p.published[4] == '-' && p.published[7] == '-' && digit(p.published[9]));
    char *text = malloc(p.text_len + 1);
    CHECK(text != NULL);
    memcpy(text, p.text, p.text_len + 1);
    size_t len = p.text_len;
    CHECK(rasd_html_json(ex, &p, "fuzz", &js, &n) == RASD_OK);
    CHECK(n >= 2 && strncmp(js, "{\"id\":\"fuzz\"", 12) == 0 && js[n - 1] == '}' &&
          !memchr(js, '\n', n));
    CHECK(rasd_html_extract(ex, (const char *)data, size, ctype, &p) == RASD_OK);
    CHECK(p.text_len == len && memcmp(p.text, text, len) == 0);
    free(text);
    return 0;
}
