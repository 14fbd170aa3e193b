/* check.h — the smallest test harness that does the job: CHECK counts, reports the
 * failing expression with file:line, and check_done() prints "name: N passed, N failed"
 * (tests/run.sh adds these up) and returns the exit status. */
#ifndef RASD_CHECK_H
#define RASD_CHECK_H
#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond) do { \
    if (cond) check_passed++; \
    else { check_failed++; fprintf(stderr, "%s:%d: FAILED: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define CHECKF(cond, ...) do { \
    if (cond) check_passed++; \
    else { check_failed++; fprintf(stderr, "%s:%d: FAILED: %s: ", __FILE__, __LINE__, #cond); \
           fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } \
} while (0)

/* Compare a (ptr,len) byte string with a C string. */
#define CHECK_STR(ptr, len, want) CHECKF((len) == strlen(want) && memcmp((ptr), (want), (len)) == 0, \
    "got \"%.*s\", want \"%s\"", (int)(len), (const char *)(ptr), (want))

static inline int check_done(const char *name)
{
    printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
    return check_failed ? 1 : 0;
}
#endif
