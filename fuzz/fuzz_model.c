/* fuzz_model.c — libFuzzer target for the reader of data/ner.model (src/entities/model.c:
 * model_check, then model_load, whose entries and memory rows are read in chunks), on the
 * input bytes written to a file, as the engine reads it (model_check at open, model_load
 * only when it passed). Checked:
 *   - a model model_load accepts has at most two stages, the second with NF_DOC, the first
 *     without; every weight of every key is finite and found again by its key;
 *   - ner_fast_build builds from it, and every key's row there holds its weights;
 *   - saved (model_save) and read again, it has the same features, keys and weights;
 *   - model_free frees it all;
 *   - ner_fast_load (the engine's reader: the file straight into the tagging table) takes
 *     the files model_load takes, and gives the table ner_fast_build gives, row for row.
 * Built by fuzz/run.sh (clang, libFuzzer) or with fuzz/replay.c (gcc, no libFuzzer).
 */
#include "entities/ent.h"
#include "common.h"

#include <math.h>
#include <string.h>
#include <unistd.h>

static char path[64], saved[64];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    snprintf(path, sizeof path, "/tmp/rasd-fuzz-model-%d", (int)getpid());
    snprintf(saved, sizeof saved, "/tmp/rasd-fuzz-model-%d.saved", (int)getpid());
    return 0;
}

/* Every key of m has finite weights, found again by model_weights; with fw, its row in the
 * tagging table holds them at stage s. Returns the keys. */
static size_t check_stage(const ner_model *m, const ner_fast *fw, int s)
{
    size_t keys = 0;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        const float *w = model_weights(m, m->keys[i]);
        CHECK(w == &m->w[i * NER_NTAGS]);
        int zero = 1;
        for (int t = 0; t < NER_NTAGS; t++) {
            CHECK(isfinite(w[t]));
            zero &= w[t] == 0;
        }
        const float *r = ner_fast_row(fw, m->keys[i]);
        CHECK(zero || r != NULL);   /* keys all 0 in both stages may be left out */
        for (int t = 0; r && t < NER_NTAGS; t++)   /* == : a -0 left out is a +0 there */
            CHECK(r[t < 8 ? 8 * s + t : 16 + s] == w[t]);
        keys++;
    }
    CHECK(keys == m->n);
    return keys;
}

/* a and b have the same features and the same keys with the same weights. */
static void check_same(const ner_model *a, const ner_model *b)
{
    CHECK(a->features == b->features && a->n == b->n);
    CHECK(memcmp(a->trans, b->trans, sizeof a->trans) == 0);
    for (size_t i = 0; i < a->cap; i++)
        if (a->keys[i]) {
            const float *w = model_weights(b, a->keys[i]);
            CHECK(w && memcmp(w, &a->w[i * NER_NTAGS], NER_NTAGS * sizeof(float)) == 0);
        }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    CHECK(fwrite(data, 1, size, f) == size);
    CHECK(fclose(f) == 0);
    ner_model m = {0}, again = {0}, shell = {0};
    uint64_t entries[2];
    ner_fast direct = {0};
    int checked = model_check(path, entries) == RASD_OK;
    int ok = checked && model_load(&m, path) == RASD_OK;
    int fast = checked && ner_fast_load(&direct, &shell, path, entries) == RASD_OK;
    unlink(path);
    CHECK(ok == fast);
    if (!ok) {
        CHECK(m.keys == NULL && m.doc == NULL);      /* nothing left behind */
        CHECK(direct.slots == NULL && shell.doc == NULL);
        return 0;
    }
    CHECK(!(m.features & NF_DOC));
    CHECK(!m.doc || ((m.doc->features & NF_DOC) && !m.doc->doc));
    ner_fast fw = {0};
    CHECK(ner_fast_build(&fw, &m) == RASD_OK);
    CHECK(fw.stages == (m.doc ? 2 : 1));
    check_stage(&m, &fw, 0);
    if (m.doc)
        check_stage(m.doc, &fw, 1);
    CHECK(direct.nrows == fw.nrows && direct.cap == fw.cap && direct.stages == fw.stages &&
          direct.shared == fw.shared && memcmp(direct.tr, fw.tr, sizeof fw.tr) == 0);
    for (size_t i = 0; i < fw.cap; i++) {
        const float *r = fw.slots[i].key ? ner_fast_row(&direct, fw.slots[i].key) : NULL;
        CHECK(!fw.slots[i].key || (r && memcmp(r, &fw.w[(size_t)fw.slots[i].row * NER_ROW],
                                               NER_ROW * sizeof(float)) == 0));
    }
    CHECK(shell.keys == NULL && !shell.doc == !m.doc && shell.features == m.features);
    ner_fast_free(&direct);
    model_free(&shell);
    ner_fast_free(&fw);
    CHECK(model_save(&m, saved) == RASD_OK);
    CHECK(model_load(&again, saved) == RASD_OK);
    check_same(&m, &again);
    CHECK(!m.doc == !again.doc);
    if (m.doc)
        check_same(m.doc, again.doc);
    model_free(&m);
    model_free(&again);
    unlink(saved);
    return 0;
}
