/* fuzz_feed.c — libFuzzer target for the feed parser (rasd_feed_*: RSS, Atom, JSON Feed,
 * sitemaps through libxml2 and json-c) and canonical URLs.
 *
 * The input is the document as served; its last byte (part of the document too) picks the
 * document's URL: bits 0-1 none, an https URL with a path, a file name, an http URL with a
 * port and a query. The parser has the engine's list of tracking parameters. Checked:
 *   - rasd_feed_parse returns RASD_OK or RASD_EPARSE (with an error that names the document),
 *     and the info's count is the items' count;
 *   - every item's url is an absolute http(s) URL of printable ASCII without a fragment,
 *     white space or a tracking parameter, and canonical: canonicalising it again gives it;
 *   - title, summary, author, guid and source are well-formed UTF-8 without control
 *     characters; the summary is at most 4 KiB; published, when set, is ISO 8601 (YYYY,
 *     YYYY-MM, YYYY-MM-DD, or a date-time with an optional offset);
 *   - rasd_feed_item_json gives one line that starts with {"url": and ends with '}';
 *   - parsing the same document again gives the same items (no state leaks between parses).
 */
#include "rasd.h"
#include "common.h"

#include <string.h>
#include <strings.h>

static rasd_engine *eng;
static rasd_feed_parser *fp;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rasd_config cfg;
    (void)argc;
    (void)argv;
    rasd_config_default(&cfg);
    cfg.stages_off = RASD_STAGE_ENTITIES | RASD_STAGE_EVENTS;
    CHECK(rasd_engine_open(&eng, &cfg) == RASD_OK);
    CHECK(rasd_feed_parser_new(&fp, eng) == RASD_OK);
    return 0;
}

static void check_text(const char *s)
{
    if (!s)
        return;
    size_t n = strlen(s);
    CHECK(fuzz_utf8_bad((const unsigned char *)s, n) == n);
    for (size_t i = 0; i < n; i++)
        CHECK((unsigned char)s[i] >= 0x20 && s[i] != 0x7F);
}

static int digit(char c)
{
    return c >= '0' && c <= '9';
}

static int pattern(const char *s, const char *pat)
{
    for (; *pat; s++, pat++)
        if (*pat == 'd' ? !digit(*s) : *s != *pat)
            return 0;
    return 1;
}

static void check_date(const char *d)
{
    if (!d)
        return;
    size_t n = strlen(d);
    CHECK(pattern(d, n >= 4 ? "dddd" : "x") && (n == 4 || (n >= 7 && pattern(d, "dddd-dd"))));
    if (n > 7)
        CHECK(pattern(d, "dddd-dd-dd") && (n == 10 || pattern(d + 10, "Tdd:dd:dd")));
    if (n > 19)
        CHECK((n == 20 && d[19] == 'Z') ||
              (n == 25 && (d[19] == '+' || d[19] == '-') && pattern(d + 20, "dd:dd")));
}

static void check_url(const char *u)
{
    char *again = NULL;
    CHECK(u && (strncmp(u, "http://", 7) == 0 || strncmp(u, "https://", 8) == 0));
    for (const char *c = u; *c; c++)
        CHECK(*c > 0x20 && *c < 0x7F && *c != '#');
    const char *q = strchr(u, '?');
    for (const char *prm = q; prm; prm = strchr(prm + 1, '&'))   /* no tracking parameter */
        CHECK(strncasecmp(prm + 1, "utm_", 4) != 0 && strncasecmp(prm + 1, "fbclid=", 7) != 0 &&
              strncasecmp(prm + 1, "gclid=", 6) != 0);
    CHECK(!q || q[1]);   /* no empty query */
    CHECK(rasd_url_canonical(fp, u, NULL, &again) == RASD_OK && strcmp(again, u) == 0);
    rasd_free(again);
}

/* The items as their JSON lines, one after the other (a new string to free). */
static char *dump(void)
{
    size_t n, cap = 1, len = 0;
    const rasd_feed_item *it = rasd_feed_items(fp, &n);
    char *all = calloc(1, 1);
    CHECK(all != NULL);
    for (size_t i = 0; i < n; i++) {
        const char *js;
        size_t jn;
        CHECK(rasd_feed_item_json(fp, &it[i], &js, &jn) == RASD_OK);
        CHECK(jn >= 9 && strncmp(js, "{\"url\":\"", 8) == 0 && js[jn - 1] == '}' &&
              !memchr(js, '\n', jn));
        if (len + jn + 2 > cap) {
            cap = 2 * (len + jn + 2);
            all = realloc(all, cap);
            CHECK(all != NULL);
        }
        memcpy(all + len, js, jn);
        len += jn;
        all[len++] = '\n';
        all[len] = 0;
    }
    return all;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const urls[4] = {NULL, "https://example.com/news/feed.xml", "feed.xml",
                                        "http://Example.com:8080/a/b?c=1"};
    const char *url = urls[size ? data[size - 1] & 3 : 0];
    rasd_feed_info info;
    size_t n;
    rasd_status st = rasd_feed_parse(fp, (const char *)data, size, url, &info);
    CHECK(st == RASD_OK || st == RASD_EPARSE);
    CHECK((st == RASD_OK) == (rasd_feed_error(fp)[0] == 0));
    if (st && url)
        CHECK(strncmp(rasd_feed_error(fp), url, strlen(url)) == 0);
    const rasd_feed_item *it = rasd_feed_items(fp, &n);
    CHECK(n == info.items);
    for (size_t i = 0; i < n; i++) {
        check_url(it[i].url);
        check_text(it[i].title);
        check_text(it[i].summary);
        check_text(it[i].author);
        check_text(it[i].guid);
        check_text(it[i].source);
        CHECK(!it[i].summary || strlen(it[i].summary) <= 4096);
        check_date(it[i].published);
    }
    char *first = dump();
    CHECK(rasd_feed_parse(fp, (const char *)data, size, url, &info) == st);
    char *second = dump();
    CHECK(strcmp(first, second) == 0);
    free(first);
    free(second);
    return 0;
}
