/* fuzz_dedup.c — libFuzzer target for duplicate detection on untrusted text, through the store.
 *
 * Each input is a text T; its first byte (part of T too) picks edits and dates. A fresh
 * in-memory store gets a fixed news article ("base"), then T ("f1"), T with a stretch cut out
 * ("f2"), T with its halves swapped ("f3"), and base with T inserted in its middle ("f4");
 * with bit 7 set, f1 is then replaced by T's second half (an update: its pairs are removed
 * and an exact group whose first it was is regrouped). Checked, for every pair that
 * rasd_store_dupes lists:
 *   - both ids stored and different, a kind of exact/near/reuse, similarity 1 for exact,
 *     in [0.8, 1] for near, in (0, 1] for reuse;
 *   - at least one span pair; each span non-empty, inside its article's text, starting on a
 *     character boundary; a's spans in order and not overlapping;
 * and rasd_store_show of each article is JSON whose "copies" spans lie inside both texts.
 */
#include "rasd.h"
#include "common.h"

#include <json-c/json.h>
#include <string.h>

#define NDOCS 5
#define MAX_TEXT 4096

static rasd_engine *eng;

static const char base[] =
    "أكد الرئيس الروسي فلاديمير بوتين ورئيس الوزراء البريطاني ديفيد كاميرون ضرورة توحيد "
    "الجهود لمكافحة الإرهاب وذلك في أول لقاء بين الجانبين منذ عام تقريبا. وقال بوتين لكاميرون "
    "خلال لقائهما يوم الإثنين على هامش قمة مجموعة العشرين المنعقدة في تركيا إن الأحداث "
    "الأخيرة في باريس تثبت أن علينا التعاون وتنسيق جهودنا لمكافحة الإرهاب.";

typedef struct fdoc {
    const char *id;
    char *text;
    size_t len;
} fdoc;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    CHECK(rasd_engine_open(&eng, NULL) == RASD_OK);
    return 0;
}

static void put(rasd_store *s, fdoc *d, const char *published, long line)
{
    rasd_record r = {d->id, d->text, d->len, NULL, published, line % 2 ? "a" : "b",
                     NULL, NULL, "fuzz", line};
    CHECK(rasd_store_put(s, &r, NULL) == RASD_OK);
}

static char *join(const char *a, size_t na, const char *b, size_t nb, const char *c, size_t nc)
{
    char *p = malloc(na + nb + nc + 1);
    CHECK(p != NULL);
    memcpy(p, a, na);
    memcpy(p + na, b, nb);
    memcpy(p + na + nb, c, nc);
    p[na + nb + nc] = 0;
    return p;
}

static const fdoc *find(const fdoc *docs, const char *id)
{
    for (int i = 0; i < NDOCS; i++)
        if (strcmp(docs[i].id, id) == 0)
            return &docs[i];
    CHECK(0 && "an unknown id");
    return NULL;
}

static void check_span(const fdoc *d, rasd_span sp)
{
    CHECK(sp.start < sp.end && sp.end <= d->len);
    CHECK(((unsigned char)d->text[sp.start] & 0xC0) != 0x80 || sp.start == 0);
}

static int check_pair(const rasd_dupe *p, void *ctx)
{
    const fdoc *docs = ctx, *a = find(docs, p->a), *b = find(docs, p->b);
    CHECK(a != b);
    if (strcmp(p->kind, "exact") == 0)
        CHECK(p->similarity == 1.0);
    else if (strcmp(p->kind, "near") == 0)
        CHECK(p->similarity >= 0.8 && p->similarity <= 1.0);
    else
        CHECK(strcmp(p->kind, "reuse") == 0 && p->similarity > 0 && p->similarity <= 1.0);
    CHECK(p->nspans >= 1);
    for (size_t i = 0; i < p->nspans; i++) {
        check_span(a, p->spans_a[i]);
        check_span(b, p->spans_b[i]);
        if (i > 0)
            CHECK(p->spans_a[i - 1].end <= p->spans_a[i].start);
    }
    return 0;
}

static size_t get_u(json_object *pair, const char *side, int k)
{
    json_object *arr = NULL;
    CHECK(json_object_object_get_ex(pair, side, &arr) && json_object_array_length(arr) == 2);
    return (size_t)json_object_get_int64(json_object_array_get_idx(arr, (size_t)k));
}

static void check_show(rasd_store *s, const fdoc *docs, const fdoc *d)
{
    char *json = NULL;
    json_object *o, *copies;
    CHECK(rasd_store_show(s, d->id, &json) == RASD_OK && json);
    o = json_tokener_parse(json);
    CHECK(o && json_object_object_get_ex(o, "copies", &copies));
    for (size_t i = 0; i < json_object_array_length(copies); i++) {
        json_object *c = json_object_array_get_idx(copies, i), *v, *spans;
        const fdoc *other;
        CHECK(json_object_object_get_ex(c, "id", &v));
        other = find(docs, json_object_get_string(v));
        CHECK(json_object_object_get_ex(c, "spans", &spans));
        for (size_t k = 0; k < json_object_array_length(spans); k++) {
            json_object *sp = json_object_array_get_idx(spans, k);
            check_span(d, (rasd_span){(uint32_t)get_u(sp, "here", 0), (uint32_t)get_u(sp, "here", 1)});
            check_span(other, (rasd_span){(uint32_t)get_u(sp, "there", 0),
                                          (uint32_t)get_u(sp, "there", 1)});
        }
    }
    json_object_put(o);
    rasd_free(json);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *t = (const char *)data;
    static const char *const dates[4] = {NULL, "2015-11-16", "2015-11-17", "2015-11-16T08:00"};
    fdoc docs[NDOCS] = {{"base", NULL, 0}, {"f1", NULL, 0}, {"f2", NULL, 0}, {"f3", NULL, 0},
                        {"f4", NULL, 0}};
    rasd_store *s = NULL;
    size_t half, cut, cutlen, nb = sizeof base - 1;
    if (size == 0 || size > MAX_TEXT)
        return 0;
    half = size / 2;
    cut = size / 3;
    cutlen = (size_t)(data[0] & 15) * size / 32;
    docs[0].text = join(base, nb, "", 0, "", 0), docs[0].len = nb;
    docs[1].text = join(t, size, "", 0, "", 0), docs[1].len = size;
    docs[2].text = join(t, cut, t + cut + cutlen, size - cut - cutlen, "", 0);
    docs[2].len = size - cutlen;
    docs[3].text = join(t + half, size - half, t, half, "", 0), docs[3].len = size;
    docs[4].text = join(base, nb / 2, t, size, base + nb / 2, nb - nb / 2);
    docs[4].len = nb + size;
    CHECK(rasd_store_open(&s, eng, ":memory:", 0) == RASD_OK);
    for (int i = 0; i < NDOCS; i++)
        put(s, &docs[i], dates[(data[0] >> (i % 3 * 2)) & 3], i + 1);
    if (data[0] & 128) {
        free(docs[1].text);
        docs[1].text = join(t + half, size - half, "", 0, "", 0), docs[1].len = size - half;
        put(s, &docs[1], dates[1], 1);
    }
    CHECK(rasd_store_commit(s) == RASD_OK);
    CHECK(rasd_store_dupes(s, NULL, 0, check_pair, docs) == RASD_OK);
    for (int i = 0; i < NDOCS; i++)
        check_show(s, docs, &docs[i]);
    rasd_store_close(s);
    for (int i = 0; i < NDOCS; i++)
        free(docs[i].text);
    return 0;
}
