/* fuzz_analyze.c — libFuzzer target for the analysis of untrusted text.
 *
 * The input bytes are one document, given as is to rasd_analyze. Its first byte (part of
 * the document too) picks the engine configuration (bits 0-1: four norm-flag/stemmer
 * pairs, opened lazily and kept) and the flags for rasd_normalize (bits 2-4). Checked:
 *   - tokens: 0 <= start < end <= size, in order, not overlapping, their source bytes
 *     well-formed UTF-8 (so both ends fall on character boundaries; the byte at end may
 *     be a stray continuation byte of ill-formed input), a known kind, norm
 *     and stem well-formed UTF-8; for word, number and symbol tokens the norm equals
 *     rasd_normalize of the token's source bytes with the engine's flags (rasd.h);
 *     rasd_stem with the engine's stemmer gives the token's stem;
 *   - sentences: in order, not overlapping, within the text, each starting at a token's
 *     start and ending at a token's end;
 *   - invalid UTF-8: counted iff present, first offset where a strict validator finds it;
 *   - rasd_doc_json, with and without tokens: well-formed UTF-8, no raw control bytes, and
 *     json-c parses it back to the same sentences, tokens (up to JSON_PARSE_MAX of them),
 *     id and invalid count;
 *   - rasd_normalize: well-formed NUL-terminated output, offsets non-decreasing, each on a
 *     character boundary of the input and < size, offsets[out_len] == size, and the same
 *     output without offsets.
 * Built by fuzz/run.sh (clang, libFuzzer) or with fuzz/replay.c (gcc, no libFuzzer).
 */
#include "rasd.h"
#include "common.h"

#include <json-c/json.h>
#include <string.h>

#define NCONFIG 4

static const struct {
    unsigned flags;
    rasd_stemmer stemmer;
} configs[NCONFIG] = {
    {RASD_NORM_ALL, RASD_STEM_LIGHT},    /* the defaults: opened with a NULL config */
    {RASD_NORM_ALL, RASD_STEM_SNOWBALL},
    {0, RASD_STEM_NONE},                 /* the text exactly as written */
    {RASD_NORM_PRESENTATION | RASD_NORM_DIGITS | RASD_NORM_CONTROLS, RASD_STEM_SNOWBALL},
};

/* Flag sets for rasd_normalize, by bits 2-4 of the first byte. */
static const unsigned norm_sets[8] = {
    RASD_NORM_ALL,
    0,
    RASD_NORM_DIACRITICS | RASD_NORM_TATWEEL,
    RASD_NORM_PRESENTATION,
    RASD_NORM_PRESENTATION | RASD_NORM_DIGITS | RASD_NORM_CASEFOLD,
    RASD_NORM_ALL & ~(unsigned)RASD_NORM_PRESENTATION,
    RASD_NORM_ALL & ~(unsigned)RASD_NORM_DIACRITICS,
    RASD_NORM_ALEF | RASD_NORM_HAMZA | RASD_NORM_PERSIAN | RASD_NORM_CONTROLS,
};

#define MAX_NORM_CHECKS 64  /* tokens per input re-normalised on their own */
#define STEM_BUF 4096
#define JSON_PARSE_MAX 256  /* tokens in a rasd_doc_json output parsed back with json-c */

static rasd_engine *engines[NCONFIG];
static rasd_doc *doc;
static json_tokener *jtok;

static rasd_engine *engine(unsigned i)
{
    if (!engines[i]) {
        rasd_config cfg;
        rasd_config_default(&cfg);
        cfg.norm_flags = configs[i].flags;
        cfg.stemmer = configs[i].stemmer;
        cfg.event_triggers = (int)(i % 3) - 1; /* the trigger-first layer (events9): none,
                                                  the kinds on by default (events14), all */
        CHECK(rasd_engine_open(&engines[i], &cfg) == RASD_OK);
    }
    return engines[i];
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    CHECK(rasd_engine_open(&engines[0], NULL) == RASD_OK);
    CHECK(rasd_engine_config(engines[0])->norm_flags == configs[0].flags);
    CHECK(rasd_engine_config(engines[0])->stemmer == configs[0].stemmer);
    CHECK(rasd_doc_new(&doc) == RASD_OK);
    CHECK((jtok = json_tokener_new()) != NULL);
    return 0;
}

static int cont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* ------------------------------------------------------------- tokens */

static void check_tokens(const rasd_engine *e, const uint8_t *data, size_t size,
                         const rasd_token *t, size_t n)
{
    const rasd_config *cfg = rasd_engine_config(e);
    size_t renorm = 0;
    char stem[STEM_BUF];
    for (size_t i = 0; i < n; i++) {
        CHECK(t[i].start < t[i].end);
        CHECK(t[i].end <= size);
        CHECK(i == 0 || t[i].start >= t[i - 1].end);
        /* Well-formed source bytes put start on a lead byte and end just after a whole
         * character. (The byte at end may still be 0x80-0xBF: a stray continuation byte
         * of ill-formed input, which separates words.) */
        CHECK(!cont(data[t[i].start]));
        CHECK(fuzz_utf8_valid(data + t[i].start, t[i].end - t[i].start));
        CHECK((unsigned)t[i].kind < RASD_TOK_KIND_COUNT);
        CHECK(t[i].norm_len == 0 || t[i].norm != NULL);
        CHECK(t[i].stem_len == 0 || t[i].stem != NULL);
        CHECK(fuzz_utf8_valid(t[i].norm, t[i].norm_len));
        CHECK(fuzz_utf8_valid(t[i].stem, t[i].stem_len));

        rasd_token_kind k = t[i].kind;
        if (renorm < MAX_NORM_CHECKS && (k == RASD_TOK_ARABIC || k == RASD_TOK_LATIN ||
                                         k == RASD_TOK_WORD || k == RASD_TOK_NUMBER ||
                                         k == RASD_TOK_SYMBOL)) {
            char *out = NULL;
            size_t out_len = 0;
            renorm++;
            CHECK(rasd_normalize(e, cfg->norm_flags, (const char *)data + t[i].start,
                                 t[i].end - t[i].start, &out, &out_len, NULL) == RASD_OK);
            CHECK(out_len == t[i].norm_len);
            CHECK(out_len == 0 || memcmp(out, t[i].norm, out_len) == 0);
            free(out);
        }
        if (k == RASD_TOK_ARABIC && t[i].norm_len <= STEM_BUF) {
            size_t sl = 0;
            CHECK(rasd_stem(e, doc, cfg->stemmer, t[i].norm, t[i].norm_len, stem, STEM_BUF,
                            &sl) == RASD_OK);
            CHECK(sl == t[i].stem_len);
            CHECK(sl == 0 || memcmp(stem, t[i].stem, sl) == 0);
            /* The light stemmer returns a sub-range of the word. */
            CHECK(rasd_stem(e, doc, RASD_STEM_LIGHT, t[i].norm, t[i].norm_len, stem,
                            STEM_BUF, &sl) == RASD_OK);
            CHECK(sl <= t[i].norm_len);
            CHECK(fuzz_utf8_valid(stem, sl));
        }
    }
}

static void check_sentences(size_t size, const rasd_span *s, size_t ns, const rasd_token *t,
                            size_t nt)
{
    size_t j = 0;   /* tokens are sorted, so one walk finds every sentence's ends */
    for (size_t i = 0; i < ns; i++) {
        CHECK(s[i].start < s[i].end);
        CHECK(s[i].end <= size);
        CHECK(i == 0 || s[i].start >= s[i - 1].end);
        while (j < nt && t[j].start < s[i].start)
            j++;
        CHECK(j < nt && t[j].start == s[i].start);
        while (j < nt && t[j].end < s[i].end)
            j++;
        CHECK(j < nt && t[j].end == s[i].end);
    }
    CHECK(ns == 0 || nt > 0);
}

/* --------------------------------------------------------------- JSON */

static int64_t jint(json_object *o)
{
    CHECK(json_object_is_type(o, json_type_int));
    return json_object_get_int64(o);
}

static void jstr_eq(json_object *o, const char *s, size_t n)
{
    CHECK(json_object_is_type(o, json_type_string));
    CHECK((size_t)json_object_get_string_len(o) == n);
    CHECK(n == 0 || memcmp(json_object_get_string(o), s, n) == 0);
}

static void check_json(const char *out, size_t len, const char *id, size_t id_len,
                       int with_tokens, size_t invalid, const rasd_span *s, size_t ns,
                       const rasd_token *t, size_t nt)
{
    json_object *root, *v;
    CHECK(out != NULL);
    CHECK(fuzz_utf8_valid(out, len));
    for (size_t i = 0; i < len; i++)
        CHECK((unsigned char)out[i] >= 0x20);

    /* Parsing back costs a json-c object per token (most of the time of a run on big
     * inputs): done for outputs of up to JSON_PARSE_MAX tokens, which cover every path of
     * the writer; larger ones get the byte checks above. */
    if (with_tokens && nt > JSON_PARSE_MAX)
        return;
    json_tokener_reset(jtok);
    root = json_tokener_parse_ex(jtok, out, (int)len);
    CHECK(root != NULL);
    CHECK(json_tokener_get_error(jtok) == json_tokener_success);
    CHECK(json_tokener_get_parse_end(jtok) == len);
    CHECK(json_object_is_type(root, json_type_object));

    CHECK(json_object_object_get_ex(root, "id", &v));
    if (fuzz_utf8_valid(id, id_len))
        jstr_eq(v, id, id_len);
    else
        CHECK(json_object_is_type(v, json_type_string));

    CHECK(json_object_object_get_ex(root, "sentences", &v));
    CHECK(json_object_is_type(v, json_type_array));
    CHECK(json_object_array_length(v) == ns);
    for (size_t i = 0; i < ns; i++) {
        json_object *pair = json_object_array_get_idx(v, i);
        CHECK(json_object_is_type(pair, json_type_array));
        CHECK(json_object_array_length(pair) == 2);
        CHECK(jint(json_object_array_get_idx(pair, 0)) == s[i].start);
        CHECK(jint(json_object_array_get_idx(pair, 1)) == s[i].end);
    }

    if (invalid) {
        CHECK(json_object_object_get_ex(root, "invalid_utf8", &v));
        CHECK(jint(v) == (int64_t)invalid);
    } else {
        CHECK(!json_object_object_get_ex(root, "invalid_utf8", NULL));
    }

    if (!with_tokens) {
        CHECK(!json_object_object_get_ex(root, "tokens", NULL));
    } else {
        CHECK(json_object_object_get_ex(root, "tokens", &v));
        CHECK(json_object_is_type(v, json_type_array));
        CHECK(json_object_array_length(v) == nt);
        for (size_t i = 0; i < nt; i++) {
            json_object *o = json_object_array_get_idx(v, i), *f;
            CHECK(json_object_is_type(o, json_type_object));
            CHECK(json_object_object_get_ex(o, "start", &f) && jint(f) == t[i].start);
            CHECK(json_object_object_get_ex(o, "end", &f) && jint(f) == t[i].end);
            CHECK(json_object_object_get_ex(o, "norm", &f));
            jstr_eq(f, t[i].norm, t[i].norm_len);
            CHECK(json_object_object_get_ex(o, "stem", &f));
            jstr_eq(f, t[i].stem, t[i].stem_len);
            CHECK(json_object_object_get_ex(o, "kind", &f));
            const char *kn = rasd_token_kind_name(t[i].kind);
            jstr_eq(f, kn, strlen(kn));
        }
    }
    json_object_put(root);
}

/* ---------------------------------------------------------- normalize */

static void check_normalize(const rasd_engine *e, unsigned flags, const uint8_t *data,
                            size_t size)
{
    char *out = NULL, *out2 = NULL;
    size_t out_len = 0, out2_len = 0;
    uint32_t *off = NULL;
    CHECK(rasd_normalize(e, flags, (const char *)data, size, &out, &out_len, &off) == RASD_OK);
    CHECK(out != NULL && off != NULL);
    CHECK(out[out_len] == 0);
    CHECK(fuzz_utf8_valid(out, out_len));
    for (size_t i = 0; i < out_len; i++) {
        CHECK(off[i] < size);
        CHECK(i == 0 || off[i] >= off[i - 1]);
        CHECK(!cont(data[off[i]]));
    }
    CHECK(off[out_len] == size);
    CHECK(rasd_normalize(e, flags, (const char *)data, size, &out2, &out2_len, NULL) == RASD_OK);
    CHECK(out2_len == out_len && memcmp(out, out2, out_len + 1) == 0);
    free(out);
    free(out2);
    free(off);
}

/* --------------------------------------------------------------- entry */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned sel = size ? data[0] : 0;
    const rasd_engine *e = engine(sel & 3);
    const char *text = (const char *)data;
    size_t nt, ns, first = 0, bad = fuzz_utf8_bad(data, size), tlen;
    const char *out;
    size_t out_len;

    CHECK(rasd_analyze(e, doc, text, size) == RASD_OK);
    const rasd_token *t = rasd_doc_tokens(doc, &nt);
    const rasd_span *s = rasd_doc_sentences(doc, &ns);
    CHECK(nt == 0 || t != NULL);
    CHECK(ns == 0 || s != NULL);
    CHECK(rasd_doc_text(doc, &tlen) == text && tlen == size);

    size_t invalid = rasd_doc_invalid_utf8(doc, &first);
    CHECK((invalid != 0) == (bad != size));
    CHECK(!invalid || first == bad);

    check_tokens(e, data, size, t, nt);
    check_sentences(size, s, ns, t, nt);

    /* rasd_stem may have run the doc's Snowball stemmer: the results must still stand. */
    const rasd_token *t2 = rasd_doc_tokens(doc, &nt);
    CHECK(t2 == t);

    /* The id: the text's first bytes, which may be ill-formed. */
    size_t id_len = size < 24 ? size : 24;
    CHECK(rasd_doc_json(doc, text, id_len, 0, &out, &out_len) == RASD_OK);
    check_json(out, out_len, text, id_len, 0, invalid, s, ns, t, nt);
    CHECK(rasd_doc_json(doc, text, id_len, RASD_JSON_TOKENS, &out, &out_len) == RASD_OK);
    check_json(out, out_len, text, id_len, 1, invalid, s, ns, t, nt);

    check_normalize(e, norm_sets[(sel >> 2) & 7], data, size);
    return 0;
}
