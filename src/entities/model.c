/* model.c — the recogniser's model: feature hash → one weight per tag, tag transitions,
 * the Viterbi search over them, and the file data/ner.model.
 *
 * File format (little-endian):
 *   "RASDNER1"  8 bytes
 *   u32 feature groups (NF_*), u32 tags (9), u64 n
 *   f32 trans[10][9]            row 9: the sentence start
 *   n × { u64 key, f32 w[9] }   keys distinct and not 0
 * A two-stage model is two such blocks, the first stage's then the second's (with NF_DOC),
 * then optionally the second stage's memory:
 *   "RASDMEM1"  8 bytes, u64 n
 *   n × { u64 key, u16 count[10] }  stripped-form hash → training tags by type (O first),
 *                                   then how many of them began a name, by type; or the
 *                                   hash of a pair of forms → by type inside one name
 */
#include "entities/ent.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char magic[8] = {'R', 'A', 'S', 'D', 'N', 'E', 'R', '1'};
static const char mem_magic[8] = {'R', 'A', 'S', 'D', 'M', 'E', 'M', '1'};

int tag_allowed(int a, int b)
{
    if (b == NER_O || tag_is_b(b))
        return 1;
    return a != NER_NTAGS && a != NER_O && tag_type(a) == tag_type(b);
}

rasd_status model_init(ner_model *m, size_t n)
{
    size_t cap = 1024;
    while (cap < 2 * n + 16)
        cap *= 2;
    m->keys = calloc(cap, sizeof *m->keys);
    m->w = calloc(cap * NER_NTAGS, sizeof *m->w);
    m->cap = cap;
    m->n = 0;
    return m->keys && m->w ? RASD_OK : RASD_ENOMEM;
}

void model_free(ner_model *m)
{
    if (!m)
        return;
    if (m->doc) {
        model_free(m->doc);
        free(m->doc);
    }
    doctable_free(&m->mem);
    free(m->keys);
    free(m->w);
    memset(m, 0, sizeof *m);
}

static size_t slot(const ner_model *m, uint64_t key)
{
    size_t mask = m->cap - 1, i = (size_t)(key ^ key >> 29) & mask;
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & mask;
    return i;
}

const float *model_weights(const ner_model *m, uint64_t key)
{
    if (!m->cap)
        return NULL;
    size_t i = slot(m, key);
    return m->keys[i] ? &m->w[i * NER_NTAGS] : NULL;
}

float *model_put(ner_model *m, uint64_t key)
{
    size_t i = slot(m, key);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->n++;
    }
    return &m->w[i * NER_NTAGS];
}

/* ---------------------------------------------------------------- Viterbi
 * score[i][t] = em[i][t] + max over allowed p of (score[i-1][p] + trans[p][t]), with
 * score[-1] the start row; back[i][t] keeps the best p, and the best last tag is followed
 * back. Disallowed transitions (I-X after anything but B-X or I-X) are never taken. */
void viterbi_scores(const float *em, float trans[NER_NTAGS + 1][NER_NTAGS], int use_trans,
                    size_t n, uint8_t *back, uint8_t *tags)
{
    float prev[NER_NTAGS], cur[NER_NTAGS];
    if (!n)
        return;
    for (int t = 0; t < NER_NTAGS; t++)
        prev[t] = tag_allowed(NER_NTAGS, t)
                      ? em[t] + (use_trans ? trans[NER_NTAGS][t] : 0) : -INFINITY;
    for (size_t i = 1; i < n; i++) {
        for (int t = 0; t < NER_NTAGS; t++) {
            float best = -INFINITY;
            int bp = 0;
            for (int p = 0; p < NER_NTAGS; p++) {
                if (!tag_allowed(p, t))
                    continue;
                float s = prev[p] + (use_trans ? trans[p][t] : 0);
                if (s > best) {
                    best = s;
                    bp = p;
                }
            }
            cur[t] = best + em[i * NER_NTAGS + t];
            back[i * NER_NTAGS + t] = (uint8_t)bp;
        }
        memcpy(prev, cur, sizeof prev);
    }
    int bt = 0;
    for (int t = 1; t < NER_NTAGS; t++)
        if (prev[t] > prev[bt])
            bt = t;
    for (size_t i = n; i-- > 0;) {
        tags[i] = (uint8_t)bt;
        if (i)
            bt = back[i * NER_NTAGS + bt];
    }
}

void ner_viterbi(const ner_model *m, const uint64_t *feats, const uint32_t *nf, size_t n,
                 float *em, uint8_t *back, uint8_t *tags)
{
    const uint64_t *f = feats;
    for (size_t i = 0; i < n; i++) {
        float *row = &em[i * NER_NTAGS];
        memset(row, 0, NER_NTAGS * sizeof *row);
        for (uint32_t k = 0; k < nf[i]; k++) {
            const float *w = model_weights(m, f[k]);
            if (w)
                for (int t = 0; t < NER_NTAGS; t++)
                    row[t] += w[t];
        }
        f += nf[i];
    }
    viterbi_scores(em, (float (*)[NER_NTAGS])m->trans, (m->features & NF_TRANS) != 0, n, back,
                   tags);
}

/* ------------------------------------------------------------------ file */

static int write_block(const ner_model *m, FILE *f)
{
    uint32_t hdr[2] = {m->features, NER_NTAGS};
    uint64_t n = m->n;
    int ok = fwrite(magic, 1, 8, f) == 8 && fwrite(hdr, sizeof hdr, 1, f) == 1 &&
             fwrite(&n, 8, 1, f) == 1 && fwrite(m->trans, sizeof m->trans, 1, f) == 1;
    for (size_t i = 0; ok && i < m->cap; i++)
        if (m->keys[i])
            ok = fwrite(&m->keys[i], 8, 1, f) == 1 &&
                 fwrite(&m->w[i * NER_NTAGS], sizeof(float), NER_NTAGS, f) == NER_NTAGS;
    return ok;
}

static int write_mem(const doctable *t, FILE *f)
{
    uint64_t n = 0;
    for (size_t i = 0; i < t->cap; i++)
        n += t->keys[i] != 0;
    int ok = fwrite(mem_magic, 1, 8, f) == 8 && fwrite(&n, 8, 1, f) == 1;
    for (size_t i = 0; ok && i < t->cap; i++)
        if (t->keys[i])
            ok = fwrite(&t->keys[i], 8, 1, f) == 1 &&
                 fwrite(t->cnt[i], sizeof t->cnt[i], 1, f) == 1;
    return ok;
}

rasd_status model_save(const ner_model *m, const char *path)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return RASD_EIO;
    int ok = write_block(m, f) && (!m->doc || write_block(m->doc, f)) &&
             (!m->doc || !m->doc->mem.cap || write_mem(&m->doc->mem, f));
    ok &= fclose(f) == 0;
    return ok ? RASD_OK : RASD_EIO;
}

/* Entries are read ENTRY_CHUNK at a time: one fread a chunk, not two an entry (an 18.7 MB
 * model has ~690,000 entries, and fread's ~120 instructions a call were 0.1 G of a start). */
enum {
    ENTRY_BYTES = 8 + NER_NTAGS * sizeof(float),            /* key, weights */
    MEM_BYTES = 8 + 2 * (NER_NTYPES + 1) * sizeof(uint16_t), /* the memory's key, counts */
    ENTRY_CHUNK = 1024
};

static rasd_status read_entries(ner_model *m, FILE *f, uint64_t n, const model_sink *sink,
                                int stage)
{
    unsigned char *buf = malloc(ENTRY_CHUNK * ENTRY_BYTES);
    rasd_status rc = buf ? RASD_OK : RASD_ENOMEM;
    for (uint64_t k = 0; k < n && !rc;) {
        size_t c = n - k < ENTRY_CHUNK ? (size_t)(n - k) : ENTRY_CHUNK;
        if (fread(buf, ENTRY_BYTES, c, f) != c)
            rc = RASD_EDATA;
        for (size_t i = 0; i < c && !rc; i++, k++) {
            uint64_t key;
            float w[NER_NTAGS];
            memcpy(&key, buf + i * ENTRY_BYTES, 8);
            memcpy(w, buf + i * ENTRY_BYTES + 8, sizeof w);
            if (!key)
                rc = RASD_EDATA;
            for (int t = 0; t < NER_NTAGS && !rc; t++)
                if (!isfinite(w[t]))
                    rc = RASD_EDATA;
            if (!rc && sink)
                rc = sink->put(sink->ctx, stage, key, w);
            else if (!rc && model_weights(m, key))
                rc = RASD_EDATA;      /* a key twice */
            else if (!rc)
                memcpy(model_put(m, key), w, sizeof w);
        }
    }
    free(buf);
    return rc;
}

/* One block of the file into m (its entries to sink instead, when there is one: m gets no
 * table); RASD_EDATA when malformed. */
static rasd_status read_block(ner_model *m, FILE *f, const model_sink *sink, int stage)
{
    char mg[8];
    uint32_t hdr[2];
    uint64_t n;
    rasd_status rc;
    if (fread(mg, 1, 8, f) != 8 || memcmp(mg, magic, 8) != 0 || fread(hdr, sizeof hdr, 1, f) != 1 ||
        hdr[1] != NER_NTAGS || (hdr[0] & ~(unsigned)NF_KNOWN) || fread(&n, 8, 1, f) != 1 ||
        n > ((uint64_t)1 << 26) || fread(m->trans, sizeof m->trans, 1, f) != 1)
        return RASD_EDATA;
    for (int p = 0; p <= NER_NTAGS; p++)
        for (int t = 0; t < NER_NTAGS; t++)
            if (!isfinite(m->trans[p][t]))
                return RASD_EDATA;
    m->features = hdr[0];
    if (!sink && (rc = model_init(m, (size_t)n)) != RASD_OK)
        return rc;
    return read_entries(m, f, n, sink, stage);
}

static rasd_status read_mem(doctable *t, FILE *f)
{
    char mg[8];
    uint64_t n;
    rasd_status rc;
    if (fread(mg, 1, 8, f) != 8 || memcmp(mg, mem_magic, 8) != 0 || fread(&n, 8, 1, f) != 1 ||
        n > ((uint64_t)1 << 24))
        return RASD_EDATA;
    if ((rc = doctable_reset(t, (size_t)n)) != RASD_OK)
        return rc;
    unsigned char *buf = malloc(ENTRY_CHUNK * MEM_BYTES);
    rc = buf ? RASD_OK : RASD_ENOMEM;
    for (uint64_t k = 0; k < n && !rc;) {
        size_t c = n - k < ENTRY_CHUNK ? (size_t)(n - k) : ENTRY_CHUNK;
        if (fread(buf, MEM_BYTES, c, f) != c)
            rc = RASD_EDATA;            /* short */
        for (size_t i = 0; i < c && !rc; i++, k++) {
            uint64_t key;
            memcpy(&key, buf + i * MEM_BYTES, 8);
            if (!key || doctable_find(t, key))
                rc = RASD_EDATA;        /* key 0, or a key twice */
            else
                memcpy(doctable_row(t, key), buf + i * MEM_BYTES + 8, MEM_BYTES - 8);
        }
    }
    free(buf);
    return rc;
}

/* Reads one block's header at *off of f (size bytes long) and steps *off past the block;
 * *features gets its groups, *entries its length. RASD_EDATA when malformed or past the
 * end. */
static rasd_status check_block(FILE *f, long size, long *off, uint32_t *features,
                               uint64_t *entries)
{
    char mg[8];
    uint32_t hdr[2];
    uint64_t n;
    const long head = 8 + sizeof hdr + 8 + (long)sizeof(((ner_model *)0)->trans);
    const long entry = 8 + NER_NTAGS * (long)sizeof(float);
    if (size - *off < head || fseek(f, *off, SEEK_SET) || fread(mg, 1, 8, f) != 8 ||
        memcmp(mg, magic, 8) != 0 || fread(hdr, sizeof hdr, 1, f) != 1 ||
        hdr[1] != NER_NTAGS || (hdr[0] & ~(unsigned)NF_KNOWN) || fread(&n, 8, 1, f) != 1 ||
        n > ((uint64_t)1 << 26) || (long)n * entry > size - *off - head)
        return RASD_EDATA;
    *features = hdr[0];
    *entries = n;
    *off += head + (long)n * entry;
    return RASD_OK;
}

rasd_status model_check(const char *path, uint64_t entries[2])
{
    char mg[8];
    uint64_t n;
    uint32_t feats;
    long size, off = 0;
    rasd_status rc;
    FILE *f = fopen(path, "rb");
    entries[0] = entries[1] = 0;
    if (!f)
        return RASD_EIO;
    if (fseek(f, 0, SEEK_END) || (size = ftell(f)) < 0)
        rc = RASD_EIO;
    else if ((rc = check_block(f, size, &off, &feats, &entries[0])) == RASD_OK &&
             (feats & NF_DOC))
        rc = RASD_EDATA;                /* the first stage cannot use a first stage */
    if (!rc && off < size && (rc = check_block(f, size, &off, &feats, &entries[1])) == RASD_OK &&
        !(feats & NF_DOC))
        rc = RASD_EDATA;                /* not a second stage */
    if (!rc && off < size) {            /* the second stage's memory */
        if (size - off < 16 || fseek(f, off, SEEK_SET) || fread(mg, 1, 8, f) != 8 ||
            memcmp(mg, mem_magic, 8) != 0 || fread(&n, 8, 1, f) != 1 ||
            n > ((uint64_t)1 << 24) || (long)n * (long)(8 + sizeof(uint16_t) * 2 * (NER_NTYPES + 1)) != size - off - 16)
            rc = RASD_EDATA;            /* short, long or not a memory */
        off = size;
    }
    if (!rc && off != size)
        rc = RASD_EDATA;
    fclose(f);
    return rc;
}

rasd_status model_load_to(ner_model *m, const char *path, const model_sink *sink)
{
    rasd_status rc;
    int c;
    FILE *f = fopen(path, "rb");
    memset(m, 0, sizeof *m);
    if (!f)
        return RASD_EIO;
    rc = read_block(m, f, sink, 0);
    if (!rc && (m->features & NF_DOC))
        rc = RASD_EDATA;                /* the first stage cannot use a first stage */
    if (!rc && (c = fgetc(f)) != EOF) {  /* the second stage */
        ungetc(c, f);
        if (!(m->doc = calloc(1, sizeof *m->doc)))
            rc = RASD_ENOMEM;
        else if ((rc = read_block(m->doc, f, sink, 1)) == RASD_OK &&
                 !(m->doc->features & NF_DOC))
            rc = RASD_EDATA;            /* not a second stage */
    }
    if (!rc && m->doc && (c = fgetc(f)) != EOF) {   /* the second stage's memory */
        ungetc(c, f);
        if ((rc = read_mem(&m->doc->mem, f)) == RASD_OK && fgetc(f) != EOF)
            rc = RASD_EDATA;            /* trailing bytes */
    }
    fclose(f);
    if (rc)
        model_free(m);
    return rc;
}

rasd_status model_load(ner_model *m, const char *path)
{
    return model_load_to(m, path, NULL);
}
