/* fuzz_reader.c — libFuzzer target for the document reader (JSON Lines and .txt files).
 *
 * The input bytes are the content of a file, written to a temporary file and read back
 * with rasd_reader_open/rasd_reader_next until RASD_END, going on after errors. The first
 * byte (part of the content too) picks the variant:
 *   bit 0 set: the file is named .txt (one text document), else .jsonl;
 *   bit 2 set: a small document limit (max_doc_bytes = 512), to reach the "too big" paths.
 * Note that '{' (0x7B) is odd: seeds meant as JSON Lines start with a blank line or a space.
 * Checked:
 *   - at most one record or error per line, so the loop ends (else: a hang, trapped);
 *   - each record: id non-empty, text non-NULL and NUL-terminated at text_len, text no
 *     longer than the limit, path the file's, line numbers increasing and within the file;
 *     a .txt record is the whole file with the file's base name as id;
 *   - rasd_reader_error: "" after a record, "path:line: reason" after an error;
 *   - RASD_END stays RASD_END;
 *   - each record's text goes through rasd_analyze.
 */
#include "rasd.h"
#include "common.h"

#include <string.h>
#include <unistd.h>

#define MAX_ITER 100000
#define SMALL_LIMIT 512

static rasd_engine *eng;
static rasd_doc *doc;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    CHECK(rasd_engine_open(&eng, NULL) == RASD_OK);
    CHECK(rasd_doc_new(&doc) == RASD_OK);
    return 0;
}

static void write_all(int fd, const uint8_t *data, size_t size)
{
    while (size) {
        ssize_t n = write(fd, data, size);
        CHECK(n > 0);
        data += n;
        size -= (size_t)n;
    }
}

static int is_gzip(const uint8_t *data, size_t size)
{
    return size >= 2 && data[0] == 0x1F && data[1] == 0x8B;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned sel = size ? data[0] : 0;
    int txt = sel & 1;
    const char *tmpdir = getenv("TMPDIR");
    char path[4096];
    rasd_config cfg;
    rasd_reader *r = NULL;
    rasd_record rec;
    long last_line = 0, lines = 1;
    size_t records = 0, errors = 0;

    if (!tmpdir || !*tmpdir || strlen(tmpdir) > 3000)
        tmpdir = "/tmp";
    snprintf(path, sizeof path, "%s/rasd-fuzz-XXXXXX%s", tmpdir, txt ? ".txt" : ".jsonl");
    int fd = mkstemps(path, txt ? 4 : 6);
    CHECK(fd >= 0);
    write_all(fd, data, size);
    CHECK(close(fd) == 0);
    for (size_t i = 0; i < size; i++)
        lines += data[i] == '\n';

    rasd_config_default(&cfg);
    if (sel & 4)
        cfg.max_doc_bytes = SMALL_LIMIT;
    CHECK(rasd_reader_open(&r, path, &cfg) == RASD_OK);
    CHECK(r != NULL);

    for (size_t iter = 0;; iter++) {
        CHECK(iter < MAX_ITER);
        memset(&rec, 0xA5, sizeof rec);   /* stale fields must not survive */
        rasd_status st = rasd_reader_next(r, &rec);
        const char *err = rasd_reader_error(r);
        CHECK(err != NULL);
        if (st == RASD_END) {
            CHECK(*err == 0);
            break;
        }
        if (st != RASD_OK) {
            /* "path:line: reason" */
            CHECK(*err != 0);
            CHECK(strncmp(err, path, strlen(path)) == 0 && err[strlen(path)] == ':');
            errors++;
            CHECK(errors <= (size_t)lines);
            continue;
        }
        CHECK(*err == 0);
        records++;
        CHECK(rec.id != NULL && rec.id[0] != 0);
        CHECK(rec.text != NULL);
        CHECK(rec.text[rec.text_len] == 0);
        CHECK(rec.text_len <= cfg.max_doc_bytes);
        CHECK(rec.path != NULL && strcmp(rec.path, path) == 0);
        CHECK(rec.line > last_line);
        last_line = rec.line;
        /* Optional fields are NULL or strings (ASan checks the reads). */
        const char *opt[] = {rec.title, rec.published, rec.source, rec.url, rec.author};
        for (size_t k = 0; k < sizeof opt / sizeof *opt; k++)
            if (opt[k])
                (void)strlen(opt[k]);
        if (txt) {
            char id[4096];
            const char *base = strrchr(path, '/') + 1;
            snprintf(id, sizeof id, "%.*s", (int)(strlen(base) - 4), base);
            CHECK(records == 1);
            CHECK(rec.line == 1);
            CHECK(strcmp(rec.id, id) == 0);
            if (!is_gzip(data, size))
                CHECK(rec.text_len == size && memcmp(rec.text, data, size) == 0);
        } else if (!is_gzip(data, size)) {
            CHECK(rec.line <= lines);
        }
        CHECK(rasd_analyze(eng, doc, rec.text, rec.text_len) == RASD_OK);
        size_t nt;
        const rasd_token *t = rasd_doc_tokens(doc, &nt);
        for (size_t i = 0; i < nt; i++)
            CHECK(t[i].start < t[i].end && t[i].end <= rec.text_len);
    }
    if (txt)
        CHECK(records + errors == 1);
    for (int k = 0; k < 2; k++) {
        CHECK(rasd_reader_next(r, &rec) == RASD_END);
        CHECK(*rasd_reader_error(r) == 0);
    }
    rasd_reader_close(r);
    CHECK(unlink(path) == 0);
    return 0;
}
