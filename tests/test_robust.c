/* test_robust.c — bad and extreme input: binary junk, empty input, a 50 MB document,
 * malformed JSON Lines (each bad line reported as path:line, the others still read),
 * gzip input and folders. Files are written under build/test-tmp/. */
#include "check.h"
#include "rasd.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <zlib.h>

#define TMP "build/test-tmp"
#define SEED "tests/data/news/a_geneva.txt"

static int write_file(const char *path, const char *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t w = fwrite(data, 1, n, f);
    return fclose(f) == 0 && w == n ? 0 : -1;
}

/* Deterministic junk (xorshift), with NULs and every byte value. */
static void test_junk(const rasd_engine *e, rasd_doc *d)
{
    static char junk[1 << 16];
    uint64_t x = 0x9E3779B97F4A7C15u;
    for (size_t i = 0; i < sizeof junk; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        junk[i] = (char)(x >> 24);
    }
    size_t nt, first, bad;
    CHECK(rasd_analyze(e, d, junk, sizeof junk) == RASD_OK);
    const rasd_token *t = rasd_doc_tokens(d, &nt);
    bad = rasd_doc_invalid_utf8(d, &first);
    CHECKF(bad > 10000, "%zu invalid sequences in 64 KiB of junk", bad);
    int ok = 1;
    for (size_t i = 0; i < nt; i++)
        ok &= t[i].start < t[i].end && t[i].end <= sizeof junk && (!i || t[i].start >= t[i - 1].end);
    CHECK(ok);
    const char *json;
    size_t n;
    CHECK(rasd_doc_json(d, "junk", 4, RASD_JSON_TOKENS, &json, &n) == RASD_OK);
    int clean = 1;
    for (size_t i = 0; i < n; i++)
        clean &= (unsigned char)json[i] >= 0x20;
    CHECKF(clean, "JSON output holds raw control bytes");
}

static void test_empty(const rasd_engine *e, rasd_doc *d)
{
    size_t nt, ns;
    const char *json;
    size_t n;
    CHECK(rasd_analyze(e, d, "", 0) == RASD_OK);
    CHECK(rasd_analyze(e, d, NULL, 0) == RASD_OK);
    rasd_doc_tokens(d, &nt);
    rasd_doc_sentences(d, &ns);
    CHECK(nt == 0 && ns == 0);
    CHECK(rasd_doc_json(d, "e", 1, RASD_JSON_TOKENS, &json, &n) == RASD_OK);
    CHECK_STR(json, n, "{\"id\":\"e\",\"sentences\":[],\"tokens\":[]}");
    CHECK(rasd_analyze(e, d, " \n\t\r\n ", 6) == RASD_OK);
    rasd_doc_tokens(d, &nt);
    CHECK(nt == 0);
}

/* 50 MB of real text: one article repeated. The analysis of the whole must be that of one
 * copy, shifted: the same tokens and sentences at every copy's offset, to the last byte. */
static void test_huge(const rasd_engine *e, rasd_doc *d)
{
    size_t len, nt1, ns1, nt, ns;
    char *seed = REQUIRE_SLURP(SEED, &len);
    while (len > 0 && seed[len - 1] == '\n')
        len--;
    REQUIRE(len > 1000);
    seed[len++] = '\n';             /* one newline between copies; the last ends the text */
    size_t copies = (50u << 20) / len + 1, total = copies * len;
    char *big = malloc(total);
    uint32_t *one = malloc(2 * len * sizeof *one);
    REQUIRE(big != NULL && one != NULL);
    for (size_t i = 0; i < copies; i++)
        memcpy(big + i * len, seed, len);
    REQUIRE(rasd_analyze(e, d, seed, len) == RASD_OK);
    const rasd_token *t = rasd_doc_tokens(d, &nt1);
    const rasd_span *s = rasd_doc_sentences(d, &ns1);
    REQUIRE(nt1 > 100 && ns1 > 5 && nt1 + ns1 <= len);
    for (size_t i = 0; i < nt1; i++)
        one[i] = t[i].start;
    for (size_t i = 0; i < ns1; i++)
        one[nt1 + i] = s[i].end;
    REQUIRE(rasd_analyze(e, d, big, total) == RASD_OK);
    t = rasd_doc_tokens(d, &nt);
    s = rasd_doc_sentences(d, &ns);
    REQUIREF(nt == copies * nt1 && ns == copies * ns1, "%zu tokens, %zu sentences for %zu copies of %zu/%zu",
             nt, ns, copies, nt1, ns1);
    size_t moved = 0;
    for (size_t i = 0; i < nt; i++)
        moved += t[i].start != (i / nt1) * len + one[i % nt1];
    for (size_t i = 0; i < ns; i++)
        moved += s[i].end != (i / ns1) * len + one[nt1 + i % ns1];
    CHECKF(moved == 0, "%zu tokens or sentences of the 50 MB text not where one copy has them", moved);
    CHECKF(t[nt - 1].end == total - 1, "the last token ends at %u of %zu", t[nt - 1].end, total);
    free(one);
    /* the same through the reader, as a .txt file */
    rasd_reader *r;
    rasd_record rec;
    REQUIRE(write_file(TMP "/huge.txt", big, total) == 0);
    REQUIRE(rasd_reader_open(&r, TMP "/huge.txt", NULL) == RASD_OK);
    CHECK(rasd_reader_next(r, &rec) == RASD_OK && rec.text_len == total && strcmp(rec.id, "huge") == 0 &&
          memcmp(rec.text, big, total) == 0);
    CHECK(rasd_reader_next(r, &rec) == RASD_END);
    rasd_reader_close(r);
    /* and refused cleanly above the limit */
    rasd_config cfg;
    rasd_config_default(&cfg);
    cfg.max_doc_bytes = 1 << 20;
    REQUIRE(rasd_reader_open(&r, TMP "/huge.txt", &cfg) == RASD_OK);
    CHECK(rasd_reader_next(r, &rec) == RASD_ETOOBIG);
    CHECKF(strstr(rasd_reader_error(r), "huge.txt:1: document larger than") != NULL, "%s", rasd_reader_error(r));
    CHECK(rasd_reader_next(r, &rec) == RASD_END);
    rasd_reader_close(r);
    remove(TMP "/huge.txt");
    free(big);
    free(seed);
}

static const char jsonl[] =
    "{\"id\":\"a\",\"text\":\"قال بوتين\",\"title\":\"t\",\"published\":\"2015-11-16\",\"source\":\"s\"}\n"
    "\n"
    "{\"id\":\"b\",\"text\":\"unterminated\n"
    "{\"id\":7,\"text\":\"رقم معرف\"}\r\n"
    "[1,2,3]\n"
    "{\"id\":\"c\"}\n"
    "{\"id\":\"d\",\"text\":42}\n"
    "{\"id\":\"e\",\"text\":\"x\\u0000y\",\"title\":null}\n"
    "{\"id\":\"f\",\"text\":\"ok\"} trailing\n"
    "{\"id\":\"\",\"text\":\"empty id\"}\n"
    "{\"id\":\"g\",\"text\":\"\xff\xfe bad utf8\"}";   /* no final newline */

static void expect_error(rasd_reader *r, rasd_record *rec, const char *where)
{
    rasd_status st = rasd_reader_next(r, rec);
    CHECKF(st == RASD_EPARSE && strstr(rasd_reader_error(r), where), "status %d, error \"%s\", want \"%s\"",
           st, rasd_reader_error(r), where);
}

static void read_jsonl(const char *path, const char *name)
{
    rasd_reader *r;
    rasd_record rec;
    char where[128];
    REQUIRE(rasd_reader_open(&r, path, NULL) == RASD_OK);
    CHECK(rasd_reader_next(r, &rec) == RASD_OK && strcmp(rec.id, "a") == 0 && rec.line == 1 &&
          strcmp(rec.published, "2015-11-16") == 0 && strcmp(rec.title, "t") == 0 && !rec.url);
    snprintf(where, sizeof where, "%s:3: invalid JSON", name);
    expect_error(r, &rec, where);
    CHECK(rasd_reader_next(r, &rec) == RASD_OK && strcmp(rec.id, "7") == 0 && rec.line == 4);
    snprintf(where, sizeof where, "%s:5: not a JSON object", name);
    expect_error(r, &rec, where);
    snprintf(where, sizeof where, "%s:6: missing \"text\"", name);
    expect_error(r, &rec, where);
    snprintf(where, sizeof where, "%s:7: \"text\" must be a string", name);
    expect_error(r, &rec, where);
    CHECK(rasd_reader_next(r, &rec) == RASD_OK && strcmp(rec.id, "e") == 0 && rec.text_len == 3 &&
          memcmp(rec.text, "x\0y", 3) == 0 && !rec.title);
    snprintf(where, sizeof where, "%s:9: invalid JSON: text after the object", name);
    expect_error(r, &rec, where);
    snprintf(where, sizeof where, "%s:10: empty \"id\"", name);
    expect_error(r, &rec, where);
    CHECK(rasd_reader_next(r, &rec) == RASD_OK && strcmp(rec.id, "g") == 0 && rec.line == 11);
    CHECK(rasd_reader_next(r, &rec) == RASD_END);
    rasd_reader_close(r);
}

static void test_jsonl(void)
{
    REQUIRE(write_file(TMP "/bad.jsonl", jsonl, sizeof jsonl - 1) == 0);
    read_jsonl(TMP "/bad.jsonl", "bad.jsonl");
    gzFile gz = gzopen(TMP "/dir/sub/bad.jsonl.gz", "wb");
    REQUIRE(gz != NULL);
    REQUIRE(gzwrite(gz, jsonl, sizeof jsonl - 1) == (int)(sizeof jsonl - 1));
    REQUIRE(gzclose(gz) == Z_OK);
    read_jsonl(TMP "/dir/sub/bad.jsonl.gz", "bad.jsonl.gz");
    /* a folder: its files in name order, recursively, other files ignored */
    REQUIRE(write_file(TMP "/dir/a.txt", "أ", 2) == 0);
    REQUIRE(write_file(TMP "/dir/empty.txt", "", 0) == 0);
    REQUIRE(write_file(TMP "/dir/notes.md", "x", 1) == 0);
    rasd_reader *r;
    rasd_record rec;
    size_t ok = 0, bad = 0;
    rasd_status st;
    REQUIRE(rasd_reader_open(&r, TMP "/dir", NULL) == RASD_OK);
    while ((st = rasd_reader_next(r, &rec)) != RASD_END) {
        if (st == RASD_OK && ok == 0)
            CHECK(strcmp(rec.id, "a") == 0);
        if (st == RASD_OK && ok == 1)
            CHECK(strcmp(rec.id, "empty") == 0 && rec.text_len == 0);
        st == RASD_OK ? ok++ : bad++;
    }
    CHECKF(ok == 6 && bad == 6, "folder: %zu records, %zu errors", ok, bad);
    rasd_reader_close(r);
    CHECK(rasd_reader_open(&r, TMP "/missing.jsonl", NULL) == RASD_EIO && r == NULL);
}

int main(void)
{
    rasd_engine *e;
    rasd_doc *d;
    mkdir("build", 0755);
    mkdir(TMP, 0755);
    mkdir(TMP "/dir", 0755);
    mkdir(TMP "/dir/sub", 0755);
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_junk(e, d);
    test_empty(e, d);
    test_huge(e, d);
    test_jsonl();
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_robust");
}
