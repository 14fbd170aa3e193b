/* test_fetch.c — robots.txt as the fetcher reads it (src/fetch/robots.c, RFC 9309): which
 * group applies, the longest match, allow on a tie, wildcards, Crawl-delay; and the
 * fetcher's answer for URLs it must refuse without asking the network. The transfers
 * themselves are tested against a live fixture server by tests/cli_watch.sh. */
#include "check.h"
#include "fetch/fetch.h"

#include <string.h>

typedef struct robots_case {
    const char *txt, *path;
    int allowed;
} robots_case;

static const char rfc_example[] =
    "# example of RFC 9309 section 5.1\n"
    "User-Agent: *\n"
    "Disallow: *.gif$\n"
    "Disallow: /example/\n"
    "Allow: /publications/\n"
    "\n"
    "User-Agent: foobot\n"
    "Disallow:/\n"
    "Allow:/example/page.html\n"
    "Allow:/example/allowed.gif\n"
    "\n"
    "User-Agent: barbot\n"
    "User-Agent: bazbot\n"
    "Disallow: /example/page.html\n"
    "\n"
    "User-Agent: quxbot\n";

static const char rasd_group[] =
    "User-agent: *\r\nDisallow: /\r\n\r\n"
    "User-agent: Rasd/0.1 (a version after the token)\r\nDisallow: /private/\r\n"
    "Allow: /private/open\r\nCrawl-delay: 2.5\r\n";

static void check_cases(const char *agent, const robots_case *c, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        robots *r;
        REQUIRE(robots_parse(&r, c[i].txt, strlen(c[i].txt), agent) == RASD_OK);
        CHECKF(robots_allowed(r, c[i].path) == c[i].allowed, "%s: %s should be %s", agent,
               c[i].path, c[i].allowed ? "allowed" : "disallowed");
        robots_free(r);
    }
}

static void test_groups(void)
{
    static const robots_case star[] = {
        {rfc_example, "/", 1},
        {rfc_example, "/example/x", 0},
        {rfc_example, "/a/b.gif", 0},
        {rfc_example, "/a/b.gif?x=1", 1},          /* '$': the end of the path */
        {rfc_example, "/publications/x.gif", 0},   /* *.gif$ (6) is longer than /publications/? no: 14 */
    };
    static const robots_case foo[] = {
        {rfc_example, "/", 0},
        {rfc_example, "/example/page.html", 1},
        {rfc_example, "/example/allowed.gif", 1},
        {rfc_example, "/other", 0},
    };
    static const robots_case baz[] = {
        {rfc_example, "/example/page.html", 0},
        {rfc_example, "/example/other.html", 1},   /* its own group: the * rules do not apply */
    };
    static const robots_case qux[] = {
        {rfc_example, "/example/x", 1},            /* an empty group of its own: all allowed */
    };
    /* /publications/x.gif: Allow /publications/ (14 bytes) beats Disallow *.gif$ (6). */
    robots_case fixed[sizeof star / sizeof *star];
    memcpy(fixed, star, sizeof star);
    fixed[4].allowed = 1;
    check_cases("somebot", fixed, sizeof fixed / sizeof *fixed);
    check_cases("foobot", foo, sizeof foo / sizeof *foo);
    check_cases("bazbot", baz, sizeof baz / sizeof *baz);
    check_cases("quxbot", qux, sizeof qux / sizeof *qux);
}

static void test_rasd(void)
{
    static const robots_case c[] = {
        {rasd_group, "/news/1.html", 1},           /* the rasd group, not "Disallow: /" */
        {rasd_group, "/private/x", 0},
        {rasd_group, "/private/open/1", 1},        /* longer allow wins */
        {"User-agent: *\nDisallow: /a\nAllow: /a\n", "/a/b", 1},   /* a tie: allow */
        {"User-agent: *\nDisallow: /*/secret\n", "/x/y/secret/z", 1 - 1},
        {"User-agent: *\nDisallow: /**********x$\n", "/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 1},
        {"User-agent: *\nDisallow:\n", "/anything", 1},  /* empty: no rule */
        {"garbage without colon\nDisallow: /x\n", "/x", 1},   /* a rule before any group */
        {"", "/x", 1},
    };
    robots *r;
    check_cases("rasd", c, sizeof c / sizeof *c);
    REQUIRE(robots_parse(&r, rasd_group, strlen(rasd_group), "rasd") == RASD_OK);
    CHECK(robots_delay(r) == 2.5);
    robots_free(r);
    REQUIRE(robots_fixed(&r, 0) == RASD_OK);
    CHECK(!robots_allowed(r, "/"));
    robots_free(r);
    REQUIRE(robots_fixed(&r, 1) == RASD_OK);
    CHECK(robots_allowed(r, "/x"));
    robots_free(r);
}

typedef struct seen {
    int n;
    char error[256];
    int robots_denied, transient;
} seen;

static void on_done(void *tag, const fetch_result *r, void *ctx)
{
    seen *s = ctx;
    (void)tag;
    s->n++;
    snprintf(s->error, sizeof s->error, "%s", r->error ? r->error : "");
    s->robots_denied = r->robots_denied;
    s->transient = r->transient;
    CHECK(r->body && r->len == 0 && r->status == 0);
}

/* A URL that is not http(s) is answered at once, without the network. */
static void test_refused(void)
{
    fetcher *f;
    seen s = {0};
    REQUIRE(fetch_new(&f, NULL) == RASD_OK);
    REQUIRE(fetch_add(f, "file:///etc/passwd", NULL, NULL, NULL) == RASD_OK);
    REQUIRE(fetch_add(f, "ftp://example.org/x", NULL, NULL, NULL) == RASD_OK);
    REQUIRE(fetch_add(f, "not a url", NULL, NULL, NULL) == RASD_OK);
    for (int i = 0; i < 10 && fetch_step(f, 10, on_done, &s); i++)
        ;
    CHECK(s.n == 3);
    CHECK(strstr(s.error, "not an http or https URL") != NULL);
    CHECK(!s.robots_denied && !s.transient);
    fetch_counts c;
    fetch_get_counts(f, &c);
    CHECK(c.requests == 0);
    fetch_free(f);
}

int main(void)
{
    test_groups();
    test_rasd();
    test_refused();
    return check_done("test_fetch");
}
