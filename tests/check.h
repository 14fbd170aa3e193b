/* check.h — the smallest test harness that does the job: CHECK counts, reports the
 * failing expression with file:line, and check_done() prints "name: N passed, N failed"
 * (tests/run.sh adds these up) and returns the exit status. */
#ifndef RASD_CHECK_H
#define RASD_CHECK_H
#include <stdio.h>
#include <stdlib.h>
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
#endif
