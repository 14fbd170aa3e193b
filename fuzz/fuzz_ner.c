/* fuzz_ner.c — libFuzzer target for entity recognition and resolution of untrusted text.
 *
 * The input bytes are one document: rasd_analyze, then rasd_recognize with the build
 * tree's data (data/ner.model, gazetteer.tsv, clusters.tsv). Checked:
 *   - entities in text order, each 0 <= start < end <= size, on whole tokens
 *     (tok_start < tok_end <= token count, start/end = those tokens' bounds), its bytes
 *     well-formed UTF-8 (a mention never spans invalid bytes);
 *   - type one of PER LOC ORG MISC; id 16 lowercase hex digits; name well-formed UTF-8;
 *   - the same mention text and type in one document never gets two ids unless the
 *     resolver merged one of them (checked loosely: ids depend only on type and key, so
 *     recognising the same text twice gives the same entities);
 *   - rasd_doc_json with entities is well-formed UTF-8 and parses back (json-c) with as many
 *     entities.
 * Built by fuzz/run.sh (clang, libFuzzer) or with fuzz/replay.c (gcc, no libFuzzer).
 */
#include "rasd.h"
#include "common.h"

#include <json-c/json.h>
#include <string.h>

static rasd_engine *engine;
static rasd_doc *doc;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    CHECK(rasd_engine_open(&engine, NULL) == RASD_OK);
    CHECK(rasd_ner_available(engine));
    CHECK(rasd_doc_new(&doc) == RASD_OK);
    return 0;
}

static int hex16(const char *s)
{
    for (int i = 0; i < 16; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return 0;
    return s[16] == 0;
}

static void check_entities(const uint8_t *data, size_t size, const rasd_entity *en, size_t n)
{
    size_t nt;
    const rasd_token *t = rasd_doc_tokens(doc, &nt);
    for (size_t i = 0; i < n; i++) {
        CHECK(en[i].start < en[i].end && en[i].end <= size);
        CHECK(i == 0 || en[i].start >= en[i - 1].start);
        CHECK(en[i].tok_start < en[i].tok_end && en[i].tok_end <= nt);
        CHECK(t[en[i].tok_start].start == en[i].start && t[en[i].tok_end - 1].end == en[i].end);
        CHECK(fuzz_utf8_valid(data + en[i].start, en[i].end - en[i].start));
        CHECK(!strcmp(en[i].type, "PER") || !strcmp(en[i].type, "LOC") ||
              !strcmp(en[i].type, "ORG") || !strcmp(en[i].type, "MISC"));
        CHECK(hex16(en[i].id));
        CHECK(fuzz_utf8_valid(en[i].name, strlen(en[i].name)));
    }
}

/* Recognising again gives the same entities (the doc's scratch carries nothing over). */
static void check_again(const uint8_t *data, size_t size, size_t n, const char *first_id)
{
    size_t n2;
    CHECK(rasd_analyze(engine, doc, (const char *)data, size) == RASD_OK);
    CHECK(rasd_recognize(engine, doc) == RASD_OK);
    const rasd_entity *en = rasd_doc_entities(doc, &n2);
    CHECK(n2 == n);
    CHECK(n == 0 || strcmp(en[0].id, first_id) == 0);
}

static void check_json(size_t n)
{
    const char *json;
    size_t len;
    CHECK(rasd_doc_json(doc, "f", 1, RASD_JSON_ENTITIES, &json, &len) == RASD_OK);
    CHECK(fuzz_utf8_valid(json, len));
    json_tokener *tok = json_tokener_new();
    CHECK(tok != NULL);
    json_object *o = json_tokener_parse_ex(tok, json, (int)len), *arr;
    CHECK(o != NULL && json_object_object_get_ex(o, "entities", &arr));
    CHECK(json_object_array_length(arr) == n);
    json_object_put(o);
    json_tokener_free(tok);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t n;
    char first_id[17] = "";
    if (size > (1u << 16))
        return 0;
    CHECK(rasd_analyze(engine, doc, (const char *)data, size) == RASD_OK);
    CHECK(rasd_recognize(engine, doc) == RASD_OK);
    const rasd_entity *en = rasd_doc_entities(doc, &n);
    check_entities(data, size, en, n);
    if (n)
        memcpy(first_id, en[0].id, 17);
    check_json(n);
    check_again(data, size, n, first_id);
    return 0;
}
