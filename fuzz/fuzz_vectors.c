/* fuzz_vectors.c — libFuzzer target for `rasd clusters --vectors`: the input bytes are a
 * word-vector file (fastText's text format) given to rasd_clusters_from_vectors. Checked:
 *   - the status is RASD_OK or RASD_EDATA (a bad line, no vectors), never anything else;
 *   - on RASD_OK the output has one "word<TAB>c1<TAB>c2<TAB>c3" line per vector line, with
 *     c1 < 64, c2 < 512 and c3 / 8 == c2 (the 4,096 clusters split the 512).
 * The file goes through a temporary file made once per process.
 * Built by fuzz/run.sh (clang, libFuzzer) or with fuzz/replay.c (gcc, no libFuzzer).
 */
#include "rasd.h"
#include "common.h"

#include <string.h>
#include <unistd.h>

static char in_path[] = "/tmp/rasd-fuzz-vec-XXXXXX", out_path[64];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    int fd = mkstemp(in_path);
    CHECK(fd >= 0);
    close(fd);
    snprintf(out_path, sizeof out_path, "%s.out", in_path);
    return 0;
}

/* Checks the output file's lines; returns their count. */
static size_t check_output(void)
{
    FILE *f = fopen(out_path, "r");
    char line[4096];
    size_t n = 0;
    CHECK(f != NULL);
    while (fgets(line, sizeof line, f)) {
        char *t = strrchr(line, '\t');
        unsigned c1, c2, c3;
        CHECK(t != NULL);
        *t = 0;
        char *t2 = strrchr(line, '\t');
        CHECK(t2 != NULL);
        *t2 = 0;
        char *t1 = strrchr(line, '\t');
        CHECK(t1 != NULL && t1 > line);
        CHECK(sscanf(t1 + 1, "%u", &c1) == 1 && sscanf(t2 + 1, "%u", &c2) == 1 &&
              sscanf(t + 1, "%u", &c3) == 1);
        CHECK(c1 < 64 && c2 < 512 && c3 / 8 == c2);
        n++;
    }
    fclose(f);
    return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    FILE *f = fopen(in_path, "wb");
    CHECK(f != NULL);
    CHECK(fwrite(data, 1, size, f) == size && fclose(f) == 0);
    rasd_status st = rasd_clusters_from_vectors(in_path, out_path);
    CHECK(st == RASD_OK || st == RASD_EDATA);
    if (st == RASD_OK)
        CHECK(check_output() > 0);
    return 0;
}
