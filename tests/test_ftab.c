/* test_ftab.c — the table of first words and phrases (src/events/ftab.h, cost52) answers as
 * the strmap it is built from: every key its value, and no other word, among them words that
 * share a key's length and first and last eight bytes (its probe compares those) and differ
 * in the middle, short words of one to three bytes and words over 16 bytes. */
#include "check.h"
#include "core/internal.h"
#include "events/ftab.h"

#include <stdio.h>
#include <string.h>

static const char *const keys[] = {
    "a", "ab", "abc", "abcd", "abcdef", "abcdefgh", "abcdefghij",
    "\xd9\x81\xd9\x8a",                                   /* في */
    "\xd9\x85\xd9\x86",                                   /* من */
    "\xd8\xa7\xd8\xac\xd8\xb1\xd9\x8a",                   /* اجري */
    "\xd8\xa7\xd8\xac\xd8\xaa\xd9\x85\xd8\xa7\xd8\xb9\xd8\xa7",   /* اجتماعا */
    "0123456789abcdef",                                   /* 16 bytes */
    "0123456789abcdefX",                                  /* 17 */
    "01234567__MIDDLE__89abcdef",
    "\xd8\xa7\xd8\xac\xd8\xb1\xd9\x8a \xd8\xa7\xd8\xaa\xd8\xb5\xd8\xa7\xd9\x84\xd8\xa7 "
    "\xd9\x87\xd8\xa7\xd8\xaa\xd9\x81\xd9\x8a\xd8\xa7 \xd9\x85\xd8\xb9",   /* اجري اتصالا هاتفيا مع */
};

static const char *const absent[] = {
    "b", "ba", "abd", "abce", "abcdeg", "abcdefgi", "abcdefghik", "abcdefghi",
    "\xd9\x81\xd9\x8b",
    "0123456789abcdeF", "0123456789abcdefY", "01234567__MIDDLF__89abcdef",
    "01234567__MIDDLE_89abcdef", "\xd8\xa7\xd8\xac\xd8\xb1\xd9\x8a \xd8\xa7\xd8\xaa\xd8\xb5"
    "\xd8\xa7\xd9\x84\xd8\xa7 \xd9\x87\xd8\xa7\xd8\xaa\xd9\x81\xd9\x8a\xd8\xa7 \xd9\x85\xd8\xaa",
};

int main(void)
{
    strmap m = {0};
    ftab f;
    rasd_status rc = RASD_OK;
    size_t nk = sizeof keys / sizeof *keys;
    for (size_t k = 0; k < nk; k++) {
        uint64_t *v = strmap_upsert(&m, keys[k], strlen(keys[k]), &rc);
        REQUIRE(v != NULL);
        *v = 1000 + k;
    }
    for (int extra = 0; extra < 3000; extra++) {   /* enough keys for probes to collide */
        char w[32];
        int n = snprintf(w, sizeof w, "w%05d-%s", extra, extra % 2 ? "\xd9\x81" : "long-tail");
        uint64_t *v = strmap_upsert(&m, w, (size_t)n, &rc);
        REQUIRE(v != NULL);
        *v = (uint64_t)extra << 32 | 7;
    }
    REQUIRE(ftab_build(&f, &m) == RASD_OK);
    for (size_t e = 0; e < m.n; e++) {
        size_t n;
        const char *w = strmap_key(&m, e, &n);
        CHECKF(ftab_get(&f, w, n) == strmap_get(&m, w, n), "key %zu (%.*s)", e, (int)n, w);
    }
    for (size_t k = 0; k < nk; k++)
        CHECK(ftab_get(&f, keys[k], strlen(keys[k])) == 1000 + k);
    for (size_t k = 0; k < sizeof absent / sizeof *absent; k++)
        CHECKF(ftab_get(&f, absent[k], strlen(absent[k])) == 0, "absent %zu", k);
    CHECK(ftab_get(&f, "a", 0) == 0);
    ftab_free(&f);
    strmap_free(&m);
    return check_done("test_ftab");
}
