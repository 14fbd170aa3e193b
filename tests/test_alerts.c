/* test_alerts.c — alert queries (query.c with QUERY_ALL) and the percolator
 * (src/search/percolate.c): the groups the parser makes and the errors it gives; what a
 * query matches on one article, clause kind by clause kind; and, on SaudiNewsNet (shared
 * tier), the term index checked against its brute-force oracle (every query verified on
 * every article) with 1,000 queries made from other articles' titles. */
#include "check.h"
#include "search/percolate.h"

#define SNN SHARED "/data/saudinewsnet/articles.jsonl.gz"

static void test_parse(const rasd_engine *e, rasd_doc *d)
{
    query q;
    static const char *const bad[] = {"OR الملك", "الملك OR", "الملك OR OR سلمان",
                                      "الملك OR -سلمان", "-الملك OR سلمان", "-الملك", "،"};
    REQUIRE(query_parse(&q, e, d, "الملك OR الأمير سلمان -\"ولي العهد\"", QUERY_ALL) == RASD_OK);
    REQUIRE(q.ncl == 4);
    CHECK(q.cl[0].occur == OCCUR_MUST && q.cl[1].occur == OCCUR_MUST && q.cl[2].occur == OCCUR_MUST);
    CHECK(q.cl[0].group == 0 && q.cl[1].group == 0 && q.cl[2].group == 2);
    CHECK(q.cl[3].occur == OCCUR_NOT && q.cl[3].phrase && q.cl[3].n == 2);
    query_free(&q);
    /* search's own reading is unchanged: plain words are optional */
    REQUIRE(query_parse(&q, e, d, "الملك OR الأمير سلمان", 0) == RASD_OK);
    CHECK(q.ncl == 3 && q.cl[0].occur == OCCUR_SHOULD && q.cl[2].occur == OCCUR_SHOULD);
    query_free(&q);
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        CHECKF(query_parse(&q, e, d, bad[i], QUERY_ALL) == RASD_EPARSE && q.err[0], "%s", bad[i]);
        query_free(&q);
    }
}

static const char title[] = "بوتين يلتقي كاميرون";
static const char text[] = "بحث الرئيس الروسي فلاديمير بوتين، ورئيس الوزراء البريطاني ديفيد "
                           "كاميرون مكافحة الإرهاب في أنطاليا.";

static const struct {
    const char *q;
    int hit;
} cases[] = {
    {"بوتين كاميرون", 1},
    {"بوتين ميركل", 0},
    {"بوتين OR ميركل", 1},
    {"ميركل OR هولاند", 0},
    {"\"الرئيس الروسي\"", 1},
    {"\"الروسي الرئيس\"", 0},
    {"\"بوتين ورئيس\"", 1},            /* the comma between them does not break it */
    {"\"كاميرون بحث\"", 0},            /* title and text are apart */
    {"بوتين -الإرهاب", 0},
    {"بوتين -\"الإرهاب الدولي\"", 1},
    {"بوتين -\"مكافحة الإرهاب\"", 0},
    {"بوتين -\"ميركل\"", 1},
    {"بوتين -\"أنطاليا\"", 0},          /* a one-word phrase excludes like a word */
    {"للإرهاب", 1},                    /* the same stem */
    {"الإرها*", 1},
    {"ميرك*", 0},
    {"يلتقي", 1},                      /* in the title only */
    {"بوتين AND أنطاليا", 1},
    {"\"مكافحة الإرهاب\" OR ميركل أنطاليا", 1},
    {"ميركل OR \"الإرهاب مكافحة\" أنطاليا", 0},
};

static void test_match(const rasd_engine *e)
{
    rasd_doc *dt, *dx;
    perc *p;
    const int64_t *hits;
    size_t n, k = 0;
    char err[128];
    REQUIRE(rasd_doc_new(&dt) == RASD_OK && rasd_doc_new(&dx) == RASD_OK);
    REQUIRE(perc_new(&p, e) == RASD_OK);
    REQUIRE(rasd_analyze(e, dt, title, strlen(title)) == RASD_OK);
    REQUIRE(rasd_analyze(e, dx, text, strlen(text)) == RASD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        CHECKF(perc_add(p, 100 + (int64_t)i, cases[i].q, err, sizeof err) == RASD_OK, "%s: %s",
               cases[i].q, err);
    CHECK(perc_add(p, 1, "OR بوتين", err, sizeof err) == RASD_EPARSE && err[0]);
    CHECK(perc_count(p) == sizeof cases / sizeof *cases);
    REQUIRE(perc_match(p, dt, dx, &hits, &n) == RASD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int got = k < n && hits[k] == 100 + (int64_t)i;
        k += (size_t)got;
        CHECKF(got == cases[i].hit, "%s: %s", cases[i].q, got ? "matched" : "did not match");
    }
    CHECK(k == n);
    REQUIRE(perc_match(p, NULL, dx, &hits, &n) == RASD_OK);   /* no title */
    for (size_t i = 0; i < n; i++)
        CHECK(strcmp(cases[hits[i] - 100].q, "يلتقي") != 0);
    perc_free(p);
    rasd_doc_free(dt);
    rasd_doc_free(dx);
}

/* An alert query from a title: 2 or 3 of its words, sometimes as a phrase, an OR of two,
 * or with an exclusion, chosen by i. */
static void title_query(const char *t, size_t i, char *out, size_t cap)
{
    char w[4][64];
    int n = 0;
    const char *p = t;
    while (n < 4 && *p) {
        size_t len = strcspn(p, " :،\"«»()-");
        if (len >= 4 && len < sizeof w[0])
            snprintf(w[n++], sizeof w[0], "%.*s", (int)len, p);
        p += len;
        p += *p != 0;
    }
    if (n < 3)
        snprintf(out, cap, "%s", n ? w[0] : "");
    else if (i % 5 == 1)
        snprintf(out, cap, "\"%s %s\"", w[0], w[1]);
    else if (i % 5 == 2)
        snprintf(out, cap, "%s OR %s %s", w[0], w[1], w[2]);
    else if (i % 5 == 3)
        snprintf(out, cap, "%s %s -%s", w[0], w[1], w[2]);
    else if (i % 5 == 4)
        snprintf(out, cap, "%s %s %s", w[0], w[1], w[2]);
    else
        snprintf(out, cap, "%s %s", w[1], w[2]);
}

static void test_oracle(const rasd_engine *e)
{
    rasd_reader *r;
    rasd_record rec;
    rasd_doc *dt, *dx;
    perc *p;
    char q[512], err[128];
    size_t i = 0, queries = 0, articles = 0, fired = 0, differ = 0;
    REQUIRE(rasd_doc_new(&dt) == RASD_OK && rasd_doc_new(&dx) == RASD_OK);
    REQUIRE(perc_new(&p, e) == RASD_OK);
    REQUIRE(rasd_reader_open(&r, SNN, NULL) == RASD_OK);
    /* articles 0..799 are matched against queries from the titles of 3,000..3,999 */
    for (i = 0; rasd_reader_next(r, &rec) == RASD_OK && i < 4000; i++) {
        if (i < 3000 || !rec.title)
            continue;
        title_query(rec.title, i, q, sizeof q);
        queries += *q && perc_add(p, (int64_t)i, q, err, sizeof err) == RASD_OK;
    }
    rasd_reader_close(r);
    CHECKF(queries > 900, "%zu queries", queries);
    REQUIRE(rasd_reader_open(&r, SNN, NULL) == RASD_OK);
    while (articles < 800 && rasd_reader_next(r, &rec) == RASD_OK) {
        const int64_t *h1, *h2;
        size_t n1, n2;
        int64_t *keep;
        const char *t = rec.title ? rec.title : "";
        REQUIRE(rasd_analyze(e, dt, t, strlen(t)) == RASD_OK);
        REQUIRE(rasd_analyze(e, dx, rec.text, rec.text_len) == RASD_OK);
        REQUIRE(perc_match(p, dt, dx, &h1, &n1) == RASD_OK);
        REQUIRE((keep = malloc((n1 + 1) * sizeof *keep)) != NULL);
        memcpy(keep, h1, n1 * sizeof *keep);
        REQUIRE(perc_match_all(p, dt, dx, &h2, &n2) == RASD_OK);
        differ += n1 != n2 || memcmp(keep, h2, n1 * sizeof *keep) != 0;
        free(keep);
        fired += n2;
        articles++;
    }
    rasd_reader_close(r);
    CHECKF(differ == 0, "the index and the oracle differ on %zu of %zu articles", differ, articles);
    CHECKF(fired > 1000, "only %zu matches: the queries prove little", fired);
    perc_free(p);
    rasd_doc_free(dt);
    rasd_doc_free(dx);
}

int main(void)
{
    rasd_engine *e;
    rasd_doc *d;
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    test_parse(e, d);
    test_match(e);
    if (SHARED_TIER("SaudiNewsNet: the index against its oracle", CHECK_FAST))
        test_oracle(e);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done("test_alerts");
}
