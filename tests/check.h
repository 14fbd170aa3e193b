/* check.h — the smallest test harness that does the job. CHECK counts, reports the failing
 * expression with file:line and goes on; REQUIRE does the same and then stops the test (a
 * precondition: a fixture that cannot be read, an engine or store that does not open, an
 * allocation the next line uses), so a failure never runs on into a NULL. check_done()
 * prints "name: N passed, N failed" (tests/run.sh adds these up) and returns the exit status.
 *
 * Two tiers. The core tier reads only what the repository holds (tests/data, data/) and
 * runs everywhere. The shared tier reads ../shared (SaudiNewsNet, ANERcorp, the seed
 * articles), which CI has and a clean clone does not: a part of it runs only when
 * check_shared_tier() says so, which otherwise prints "name: PART skipped (WHY)". */
#ifndef RASD_CHECK_H
#define RASD_CHECK_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* As CHECK and CHECKF, but a failure ends the test (its count line, exit status 1). */
#define REQUIRE(cond) do { \
    if (cond) check_passed++; \
    else { check_failed++; fprintf(stderr, "%s:%d: FAILED (stopping): %s\n", __FILE__, __LINE__, #cond); \
           check_stop(__FILE__); } \
} while (0)

#define REQUIREF(cond, ...) do { \
    if (cond) check_passed++; \
    else { check_failed++; fprintf(stderr, "%s:%d: FAILED (stopping): %s: ", __FILE__, __LINE__, #cond); \
           fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); check_stop(__FILE__); } \
} while (0)

/* Compare a (ptr,len) byte string with a C string. */
#define CHECK_STR(ptr, len, want) CHECKF((len) == strlen(want) && memcmp((ptr), (want), (len)) == 0, \
    "got \"%.*s\", want \"%s\"", (int)(len), (const char *)(ptr), (want))

/* A NUL-terminated copy of the n bytes at s (free()), or NULL when out of memory. */
static inline char *check_copy(const char *s, size_t n)
{
    char *c = malloc(n + 1);
    if (c) {
        memcpy(c, s, n);
        c[n] = 0;
    }
    return c;
}

/* The whole file at path, NUL-terminated, in a new buffer (free()), its length in *n;
 * NULL if it cannot be read. */
static inline char *check_slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    long len;
    *n = 0;
    if (!f)
        return NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (len = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (buf = malloc((size_t)len + 1)) != NULL) {
        *n = fread(buf, 1, (size_t)len, f);
        buf[*n] = 0;
    }
    fclose(f);
    return buf;
}

static inline int check_done(const char *name)
{
    printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
    return check_failed ? 1 : 0;
}

/* The test's name from its source file: "tests/test_robust.c" gives "test_robust". */
static inline const char *check_name(const char *file, char *buf, size_t cap)
{
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    snprintf(buf, cap, "%.*s", (int)strcspn(base, "."), base);
    return buf;
}

/* Ends the test after a failed REQUIRE: the count line, then exit status 1. */
static inline _Noreturn void check_stop(const char *file)
{
    char name[64];
    fflush(stdout);
    check_done(check_name(file, name, sizeof name));
    exit(1);
}

/* A fixture the test cannot do without: its text (free()), or the test stops. */
#define REQUIRE_SLURP(path, n) check_require_slurp(__FILE__, __LINE__, (path), (n))
static inline char *check_require_slurp(const char *file, int line, const char *path, size_t *n)
{
    char *text = check_slurp(path, n);
    if (text) {
        check_passed++;
        return text;
    }
    check_failed++;
    fprintf(stderr, "%s:%d: FAILED (stopping): cannot read %s\n", file, line, path);
    check_stop(file);
    return NULL;
}

/* Removes a store file and its -wal and -shm beside it (those that exist), so a test starts
 * from an empty store. */
static inline void check_rm_db(const char *path)
{
    char p[256];
    unlink(path);
    snprintf(p, sizeof p, "%s-wal", path);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", path);
    unlink(p);
}

/* Where the shared data is, relative to the repository (the folder make test runs in). */
#define SHARED "../shared"

/* Whether a part of the shared tier runs: ../shared must be there, and a slow part (a
 * whole-corpus pass, anything over ~20 s) does not run when RASD_TEST_SKIP_SLOW is set
 * (tests/run.sh sets it for the sanitizer pass: the release pass ran it). Otherwise prints
 * "name: part skipped (why)" and returns 0; tests/run.sh counts those lines. */
enum { CHECK_FAST = 0, CHECK_SLOW = 1 };
#define SHARED_TIER(part, slow) check_shared_tier(__FILE__, (part), (slow))
static inline int check_shared_tier(const char *file, const char *part, int slow)
{
    struct stat st;
    const char *skip = getenv("RASD_TEST_SKIP_SLOW");
    char name[64];
    if (stat(SHARED "/corpus/seeds", &st) != 0 || !S_ISDIR(st.st_mode)) {
        printf("%s: %s skipped (no " SHARED ")\n", check_name(file, name, sizeof name), part);
        return 0;
    }
    if (slow && skip && *skip && strcmp(skip, "0") != 0) {
        printf("%s: %s skipped (slow: run in the release pass only)\n",
               check_name(file, name, sizeof name), part);
        return 0;
    }
    return 1;
}
#endif
