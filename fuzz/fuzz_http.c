/* fuzz_http.c — libFuzzer target for the server's request parsing (serve/http.c): the
 * request target (path and percent-decoded query parameters), the value checks, the static
 * file names and the JSON string writer. The input is a request target as it comes off the
 * wire ("/api/search?q=%D8%A8&limit=5").
 * Checked:
 *   - http_parse_target answers 0, 400 or 414; on 0 the path starts with '/', every key is
 *     non-empty, every string is valid UTF-8 without control characters;
 *   - a static name accepted has no empty, hidden, "." or ".." segment and no byte outside
 *     [A-Za-z0-9._-/];
 *   - numbers accepted are within their bounds, dates accepted have their shape;
 *   - every value written as a JSON string holds no raw <, >, &, bidi control or control
 *     character, and starts and ends with a quote; hardened as JSON text it holds no raw <,
 *     >, & or bidi control, and is unchanged when it has none of them;
 *   - a secret equals itself and not itself with one byte more.
 */
#include "common.h"

#include "../serve/http.c"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

static void check_text(const char *s)
{
    size_t n = strlen(s);
    CHECK(fuzz_utf8_bad((const unsigned char *)s, n) == n);
    for (size_t i = 0; i < n; i++)
        CHECK((unsigned char)s[i] >= 0x20 && s[i] != 0x7f);
}

static void check_static(const char *path)
{
    char name[512];
    if (http_static_name(path, name, sizeof name))
        return;
    CHECK(name[0] != '/' && name[0] != '.' && !strstr(name, "//") && !strstr(name, "/."));
    for (const char *p = name; *p; p++)
        CHECK(name_char(*p));
}

static void check_json(const char *s)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    CHECK(f);
    http_json_str(f, s);
    fclose(f);
    CHECK(len >= 2 && buf[0] == '"' && buf[len - 1] == '"');
    CHECK(!strpbrk(buf, "<>&") && !strstr(buf, "\xe2\x80\xae") && !strstr(buf, "\xe2\x81\xa6"));
    for (size_t i = 0; i < len; i++)
        CHECK((unsigned char)buf[i] >= 0x20);
    free(buf);
    /* http_json_harden: the same escapes over any text, the rest byte for byte. */
    buf = NULL;
    len = 0;
    f = open_memstream(&buf, &len);
    CHECK(f);
    http_json_harden(f, s);
    fclose(f);
    CHECK(!strpbrk(buf, "<>&") && !strstr(buf, "\xe2\x80\xae") && !strstr(buf, "\xe2\x81\xa6"));
    CHECK(len >= strlen(s));
    if (!strpbrk(s, "<>&\xe2"))
        CHECK(len == strlen(s) && memcmp(buf, s, len) == 0);
    free(buf);
}

static void check_values(const char *v)
{
    long n;
    if (http_number(v, 1, 200, &n) == 0)
        CHECK(n >= 1 && n <= 200);
    if (http_is_date(v))
        CHECK(strlen(v) == 4 || (strlen(v) >= 7 && v[4] == '-'));
    check_json(v);
    CHECK(http_secret_equal(v, strlen(v), v, strlen(v)));
    if (*v)
        CHECK(!http_secret_equal(v, strlen(v) - 1, v, strlen(v)));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    http_target *t = malloc(sizeof *t);
    const char *why = NULL;
    int rc;
    CHECK(t);
    rc = http_parse_target((const char *)data, size, t, &why);
    CHECK(rc == 0 || ((rc == 400 || rc == 414) && why));
    if (rc == 0) {
        CHECK(t->path[0] == '/' && t->nparams <= HTTP_MAX_PARAMS);
        check_text(t->path);
        check_static(t->path);
        for (size_t i = 0; i < t->nparams; i++) {
            CHECK(t->params[i].key[0]);
            check_text(t->params[i].key);
            check_text(t->params[i].val);
            check_values(t->params[i].val);
            CHECK(http_get(t, t->params[i].key) != NULL);
        }
    }
    free(t);
    return 0;
}
