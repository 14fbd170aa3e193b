/* test_lang.c — rasd_detect_lang (src/text/lang.c) on texts written for this test: Arabic,
 * English, French, Persian, Urdu, Arabic typed with Persian letters, short and mixed texts,
 * with and without an engine (the n-gram classifier), and the routing rule
 * rasd_lang_is_arabic. Also rasd_warc on small archives built here: the offsets of records
 * in plain and gzip-per-record files, a chunk extension, a raw-deflate body. */
#include "rasd.h"
#include "check.h"

#include <unistd.h>
#include <zlib.h>

static const char *AR =
    "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في مدينة الرياض بسعة ثلاثمئة سرير، وقالت إن "
    "المستشفى سيخدم سكان الأحياء الشمالية الذين كانوا يقطعون مسافات طويلة للوصول إلى العلاج. "
    "وأضافت الوزارة أن المشروع تأخر عامين بسبب أعمال التوسعة، وأن مستشفى آخر قيد التصميم.";
static const char *EN =
    "The harbour city opened its third desalination plant on Tuesday, a project that the "
    "water authority says will supply drinking water to about four hundred thousand homes by "
    "the end of the year. Officials said the plant uses reverse osmosis membranes and solar "
    "panels on the roofs of its buildings.";
static const char *FR =
    "La ville portuaire a inauguré mardi sa troisième usine de dessalement, un projet qui, "
    "selon l'autorité de l'eau, fournira de l'eau potable à environ quatre cent mille foyers "
    "d'ici la fin de l'année. Les responsables ont indiqué que l'usine utilise des membranes "
    "et des panneaux solaires installés sur les toits de ses bâtiments.";
static const char *FA =
    "وزیر امور خارجه ایران روز یکشنبه در سفر به پکن با همتای چینی خود دیدار و گفتگو کرد و دو "
    "طرف درباره توسعه همکاری‌های اقتصادی و فرهنگی میان دو کشور رایزنی کردند. این دیدار در "
    "ادامه سفرهای منطقه‌ای وزیر انجام شد و قرار است گزارش آن به زودی منتشر شود.";
static const char *UR =
    "پاکستان کے وزیر اعظم نے اتوار کے روز اسلام آباد میں ایک اجلاس کی صدارت کی جس میں ملک کی "
    "معاشی صورتحال پر تفصیلی گفتگو ہوئی اور حکومت نے نئے منصوبوں کا اعلان کیا۔ اجلاس میں "
    "وفاقی وزراء اور اعلیٰ حکام نے بھی شرکت کی۔";
/* Arabic typed on a Persian keyboard: ی for ي, ک for ك (as in some SaudiNewsNet articles) */
static const char *AR_FA_KEYS =
    "أعلنت وزارة الصحة الیوم افتتاح مستشفی جدید فی مدینة الریاض بسعة ثلاثمئة سریر، وقالت إن "
    "المستشفی سیخدم سکان الأحیاء الشمالیة الذین کانوا یقطعون مسافات طویلة للوصول إلی العلاج.";

static const char *lang(const rasd_engine *e, const char *s)
{
    static char out[8];
    return rasd_detect_lang(e, s, strlen(s), out, sizeof out);
}

static void test_lang(const rasd_engine *e)
{
    char small[3];
    CHECK(strcmp(lang(e, AR), "ar") == 0);
    CHECK(strcmp(lang(NULL, AR), "ar") == 0);
    CHECK(strcmp(lang(e, EN), "en") == 0);
    CHECK(strcmp(lang(e, FR), "fr") == 0);
    CHECK(strcmp(lang(e, FA), "fa") == 0);
    CHECK(strcmp(lang(NULL, FA), "fa") == 0);            /* its letters alone */
    CHECK(strcmp(lang(e, UR), "ur") == 0);
    CHECK(strcmp(lang(NULL, UR), "ur") == 0);
    CHECK(strcmp(lang(e, AR_FA_KEYS), "ar") == 0);       /* ة says Arabic */
    CHECK(strcmp(lang(NULL, EN), "und") == 0);           /* Latin script, no classifier */
    CHECK(strcmp(lang(e, "Harbour city opens a plant"), "und") == 0);   /* too short */
    CHECK(strcmp(lang(e, "١٢٣ 456 ... !!"), "und") == 0);                /* no letters */
    CHECK(strcmp(lang(e, ""), "und") == 0);
    CHECK(rasd_detect_lang(e, AR, strlen(AR), small, sizeof small) == NULL);
    /* an English article quoting an Arabic sentence is still English */
    char mixed[2048];
    snprintf(mixed, sizeof mixed, "%s %s", EN, "وقال الوزير إن المشروع سيكتمل.");
    CHECK(strcmp(lang(e, mixed), "en") == 0);
    CHECK(rasd_lang_is_arabic("ar") && rasd_lang_is_arabic("und") && rasd_lang_is_arabic("") &&
          rasd_lang_is_arabic(NULL));
    CHECK(!rasd_lang_is_arabic("en") && !rasd_lang_is_arabic("fa"));
}

/* ------------------------------------------------------------------ WARC */

static void put(const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    REQUIRE(f != NULL);
    REQUIRE(fwrite(p, 1, n, f) == n);
    fclose(f);
}

static size_t record(char *out, size_t cap, const char *uri, const char *http, size_t hlen)
{
    int n = snprintf(out, cap, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\n"
                     "Content-Length: %zu\r\n\r\n", uri, hlen);
    REQUIRE(n > 0 && (size_t)n + hlen + 4 < cap);
    memcpy(out + n, http, hlen);
    memcpy(out + n + hlen, "\r\n\r\n", 4);
    return (size_t)n + hlen + 4;
}

static size_t gz(unsigned char *out, size_t cap, const char *in, size_t n, int wbits)
{
    z_stream z = {0};
    REQUIRE(deflateInit2(&z, 6, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    z.next_in = (Bytef *)(uintptr_t)in;
    z.avail_in = (uInt)n;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
    deflateEnd(&z);
    return cap - z.avail_out;
}

static void test_warc(void)
{
    static char a[8192], b[8192], http[4096];
    static unsigned char z[16384];
    char path[] = "build/test-tmp/test_lang.warc";
    const char *page = "<html><body><article><p>text</p></article></body></html>";
    rasd_warc *w;
    rasd_warc_page p;
    rasd_warc_counts c;
    size_t na, nb, nz, nh;

    /* a chunk extension and a raw-deflate body */
    nh = (size_t)snprintf(http, sizeof http, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n5;name=x\r\n<html\r\n%zx\r\n%s\r\n0\r\n\r\n",
                          strlen(page + 5), page + 5);
    na = record(a, sizeof a, "http://example.com/a", http, nh);
    unsigned char raw[1024];
    size_t nr = gz(raw, sizeof raw, page, strlen(page), -15);
    nh = (size_t)snprintf(http, sizeof http, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                          "Content-Encoding: deflate\r\n\r\n");
    memcpy(http + nh, raw, nr);
    nb = record(b, sizeof b, "http://example.com/b", http, nh + nr);
    memcpy(a + na, b, nb);
    (void)mkdir("build/test-tmp", 0777);
    put(path, a, na + nb);
    REQUIRE(rasd_warc_open(&w, path, 1 << 20) == RASD_OK);
    CHECK(rasd_warc_next(w, &p) == RASD_OK && strcmp(p.uri, "http://example.com/a") == 0 &&
          p.offset == 0 && p.body_len == strlen(page) && memcmp(p.body, page, p.body_len) == 0);
    CHECK(rasd_warc_next(w, &p) == RASD_OK && strcmp(p.uri, "http://example.com/b") == 0 &&
          p.offset == na && p.body_len == strlen(page) && memcmp(p.body, page, p.body_len) == 0);
    CHECK(rasd_warc_next(w, &p) == RASD_END);
    rasd_warc_counts_of(w, &c);
    CHECK(c.responses == 2 && c.bad == 0);
    rasd_warc_close(w);

    /* the same two records as gzip members: offsets are the members' */
    nz = gz(z, sizeof z, a, na, 15 + 16);
    size_t first = nz;
    nz += gz(z + nz, sizeof z - nz, b, nb, 15 + 16);
    put(path, z, nz);
    REQUIRE(rasd_warc_open(&w, path, 1 << 20) == RASD_OK);
    CHECK(rasd_warc_next(w, &p) == RASD_OK && p.offset == 0);
    CHECK(rasd_warc_next(w, &p) == RASD_OK && p.offset == first &&
          strcmp(p.uri, "http://example.com/b") == 0);
    CHECK(rasd_warc_next(w, &p) == RASD_END);
    rasd_warc_close(w);

    /* a limit below the block: skipped and said, the next one read */
    put(path, a, na + nb);
    REQUIRE(rasd_warc_open(&w, path, 16) == RASD_OK);
    CHECK(rasd_warc_next(w, &p) == RASD_EPARSE &&
          strstr(rasd_warc_error(w), "larger than 16 bytes, skipped") != NULL);
    CHECK(rasd_warc_next(w, &p) == RASD_EPARSE && rasd_warc_next(w, &p) == RASD_END);
    rasd_warc_counts_of(w, &c);
    CHECK(c.too_big == 2 && c.responses == 0);
    rasd_warc_close(w);
    CHECK(rasd_warc_open(&w, "build/test-tmp/no-such.warc", 1 << 20) == RASD_EIO);
    unlink(path);
}

int main(void)
{
    rasd_engine *e = NULL;
    rasd_config cfg;
    rasd_config_default(&cfg);
    cfg.stages_off = RASD_STAGE_ENTITIES | RASD_STAGE_EVENTS;
    REQUIRE(rasd_engine_open(&e, &cfg) == RASD_OK);
    test_lang(e);
    test_warc();
    rasd_engine_close(e);
    return check_done("test_lang");
}
