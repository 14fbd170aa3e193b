/* fuzz_warc.c — libFuzzer target for the WARC reader (src/io/warc.c, warc_http.c) and the
 * language detector.
 *
 * The input bytes are the content of a file (plain WARC, gzip members or one gzip stream:
 * the reader tells them by their bytes), written to a temporary file and read with
 * rasd_warc_next until RASD_END, going on after errors; the first byte also picks a small
 * record limit (bit 1: 4 KiB), to reach the "over the limit" paths. Checked:
 *   - the loop ends: at most one page or error per input byte, and a bounded number of calls;
 *   - each page: a non-empty URI, a body within the limit (ASan checks its bytes), an
 *     offset inside the file and never going back for plain WARC;
 *   - rasd_warc_error: "" after a page, "byte N: reason" after an error;
 *   - RASD_END stays RASD_END; the counts add up (responses = pages given);
 *   - each page's body goes through rasd_detect_lang (script only: no engine).
 */
#include "rasd.h"
#include "common.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_ITER 200000

static void write_all(int fd, const uint8_t *data, size_t size)
{
    while (size) {
        ssize_t n = write(fd, data, size);
        CHECK(n > 0);
        data += n;
        size -= (size_t)n;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *tmpdir = getenv("TMPDIR");
    char path[4096], lang[8];
    size_t limit = size && (data[0] & 2) ? 4096 : (size_t)1 << 20, pages = 0, errors = 0;
    int gz = size >= 2 && data[0] == 0x1F && data[1] == 0x8B;
    uint64_t last = 0;
    rasd_warc *w = NULL;
    rasd_warc_page p;
    rasd_warc_counts c;

    if (!tmpdir || !*tmpdir || strlen(tmpdir) > 3000)
        tmpdir = "/tmp";
    snprintf(path, sizeof path, "%s/rasd-fuzz-XXXXXX.warc", tmpdir);
    int fd = mkstemps(path, 5);
    CHECK(fd >= 0);
    write_all(fd, data, size);
    CHECK(close(fd) == 0);

    CHECK(rasd_warc_open(&w, path, limit) == RASD_OK);
    for (size_t iter = 0;; iter++) {
        CHECK(iter < MAX_ITER);
        memset(&p, 0xA5, sizeof p);
        rasd_status st = rasd_warc_next(w, &p);
        const char *err = rasd_warc_error(w);
        if (st == RASD_END) {
            CHECK(*err == 0);
            break;
        }
        if (st != RASD_OK) {
            CHECK(st == RASD_EPARSE);
            CHECK(strncmp(err, "byte ", 5) == 0);
            errors++;
            CHECK(errors <= size + 1);
            continue;
        }
        CHECK(*err == 0);
        pages++;
        CHECK(pages <= size);
        CHECK(p.uri != NULL && p.uri[0] != 0);
        CHECK(p.body != NULL || p.body_len == 0);
        CHECK(p.body_len <= limit);
        if (p.body_len) {
            volatile char x = p.body[0];
            x = p.body[p.body_len - 1];
            (void)x;
        }
        if (p.date)
            (void)strlen(p.date);
        if (p.content_type)
            (void)strlen(p.content_type);
        CHECK(p.offset < size);
        if (!gz)
            CHECK(p.offset >= last);
        last = p.offset;
        CHECK(rasd_detect_lang(NULL, p.body, p.body_len, lang, sizeof lang) == lang);
        CHECK(strlen(lang) >= 2);
    }
    for (int k = 0; k < 2; k++)
        CHECK(rasd_warc_next(w, &p) == RASD_END);
    rasd_warc_counts_of(w, &c);
    CHECK(c.responses == pages);
    rasd_warc_close(w);
    CHECK(unlink(path) == 0);
    return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}
