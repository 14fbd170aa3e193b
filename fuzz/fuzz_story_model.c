/* fuzz_story_model.c — libFuzzer target for the story scorer's model file
 * (data/stories.model, story_model_load in src/stories/score.c: "name<TAB>number" lines,
 * # comments; the keys place_near, prefer, ahead, member_ent, day_member and the undated_*
 * keys among them).
 * The input bytes are the file.
 * Checked:
 *   - the status is RASD_OK or RASD_EDATA, never anything else, and the reason names the
 *     file;
 *   - on RASD_OK the threshold and every value read are finite (strtod's NaN and infinity
 *     are refused).
 * The file goes through a temporary file made once per process.
 * Built by fuzz/run.sh (clang, libFuzzer) or with fuzz/replay.c (gcc, no libFuzzer).
 */
#include "rasd.h"
#include "common.h"
#include "stories/stories.h"

#include <math.h>
#include <string.h>
#include <unistd.h>

static char path[] = "/tmp/rasd-fuzz-model-XXXXXX";

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    close(fd);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    story_model m;
    char err[512];
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    CHECK(fwrite(data, 1, size, f) == size);
    fclose(f);
    rasd_status rc = story_model_load(path, &m, err, sizeof err);
    CHECK(rc == RASD_OK || rc == RASD_EDATA);
    if (rc != RASD_OK) {
        CHECK(strstr(err, path) == err);
        return 0;
    }
    CHECK(isfinite(m.threshold) && isfinite(m.bias) && isfinite(m.life));
    CHECK(isfinite(m.member) && isfinite(m.day) && isfinite(m.day_near));
    CHECK(isfinite(m.place_key) && isfinite(m.place_near) && isfinite(m.prefer));
    CHECK(isfinite(m.ahead) && isfinite(m.member_ent) && isfinite(m.day_member));
    CHECK(isfinite(m.undated_thr) && isfinite(m.undated_near) && isfinite(m.undated_place) &&
          isfinite(m.undated_sig));
    for (int i = 0; i < SF_COUNT; i++)
        CHECK(isfinite(m.w[i]));
    return 0;
}
