/* common.h — helpers shared by the fuzz targets (fuzz_*.c): the libFuzzer entry points'
 * prototypes, an invariant check that aborts with a message, and a strict UTF-8 validator
 * written independently of src/text/utf8.c so that the two can disagree. */
#ifndef RASD_FUZZ_COMMON_H
#define RASD_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* The entry points every target defines (libFuzzer, or fuzz/replay.c without it). */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* An invariant of the public API; a violation aborts, which libFuzzer reports as a crash
 * (deadly signal) with the input saved, and fuzz/replay.c as a failed test. */
#define CHECK(cond)                                                                    \
    do {                                                                               \
        if (!(cond)) {                                                                 \
            fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                                   \
        }                                                                              \
    } while (0)

/* Offset of the first ill-formed sequence in s[0, n) per RFC 3629 / Unicode Table 3-7
 * (no overlongs, no surrogates, nothing above U+10FFFF, no truncation), or n when the
 * whole string is well-formed. */
static inline size_t fuzz_utf8_bad(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t need;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            need = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else
            return i;
        if (need >= n - i) /* truncated: need + 1 bytes, n - i left */
            return i;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (size_t k = 2; k <= need; k++)
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        i += need + 1;
    }
    return n;
}

static inline int fuzz_utf8_valid(const void *s, size_t n)
{
    return n == 0 || (s != NULL && fuzz_utf8_bad((const unsigned char *)s, n) == n);
}

#endif
