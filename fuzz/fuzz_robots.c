/* fuzz_robots.c — libFuzzer target for robots.txt (src/fetch/robots.c), the one parser of
 * outside input in the fetcher (the HTTP answers themselves are curl's).
 *
 * The input is a robots.txt; it is parsed for the agents "rasd" and "*"-only ("nobot"),
 * then asked about paths: some fixed, and each line of the input itself used as a path
 * (a rule's own pattern, wildcards and all). Checked:
 *   - robots_parse succeeds on any bytes (RASD_ENOMEM aside);
 *   - robots_allowed answers 0 or 1, and the same for the same path twice;
 *   - with no Disallow line in the input every path is allowed;
 *   - the Crawl-delay is finite and not negative. */
#include "common.h"
#include "fetch/fetch.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int has_disallow(const char *s, size_t n)
{
    for (size_t i = 0; i + 8 <= n; i++)
        if (strncasecmp(s + i, "disallow", 8) == 0)
            return 1;
    return 0;
}

static void ask(const robots *r, const char *path, int none)
{
    int a = robots_allowed(r, path);
    CHECK(a == 0 || a == 1);
    CHECK(robots_allowed(r, path) == a);
    if (none)
        CHECK(a == 1);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static const char *const agents[] = {"rasd", "nobot"};
    static const char *const paths[] = {"/", "/private/x", "/a.gif", "/a?b=c", ""};
    char *copy = malloc(size + 1);
    if (!copy)
        return 0;
    memcpy(copy, data, size);
    copy[size] = 0;
    int none = !has_disallow(copy, size);
    for (size_t k = 0; k < 2; k++) {
        robots *r;
        if (robots_parse(&r, (const char *)data, size, agents[k]) != RASD_OK)
            continue;
        double d = robots_delay(r);
        CHECK(d >= 0 && isfinite(d));
        for (size_t i = 0; i < sizeof paths / sizeof *paths; i++)
            ask(r, paths[i], none);
        for (char *line = copy, *nl; line; line = nl) {
            if ((nl = strchr(line, '\n')))
                *nl++ = 0;
            ask(r, line, none);
            if (nl)
                nl[-1] = '\n';
        }
        robots_free(r);
    }
    free(copy);
    return 0;
}
