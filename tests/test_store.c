/* test_store.c — the store and search through the public API: ingest of the articles of
 * tests/data/news (core tier), of the seeds and of 2,000 SaudiNewsNet articles (shared tier;
 * the 2,000 in the release pass only), idempotent re-ingest, updates, segment merges that
 * change no ranking, Arabic variant matches and non-matches, every query operator and
 * filter, exact and near copies, reuse of passages. */
#define _POSIX_C_SOURCE 200809L
#include "check.h"
#include "rasd.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NEWS "tests/data/news"
#define SEEDS SHARED "/corpus/seeds"
#define SNN SHARED "/data/saudinewsnet/articles.jsonl.gz"

static char dir[64];

static const char *db_path(const char *name)
{
    static char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return path;
}

static rasd_store *open_store(const rasd_engine *e, const char *name, unsigned flags)
{
    rasd_store *s = NULL;
    rasd_status st = rasd_store_open(&s, e, db_path(name), flags);
    CHECKF(st == RASD_OK, "open %s: %s", name, s ? rasd_store_error(s) : rasd_strerror(st));
    if (st) {
        rasd_store_close(s);
        return NULL;
    }
    return s;
}

/* Puts every record of path (at most limit, 0 = all); counts what happened. */
static void ingest(rasd_store *s, const char *path, size_t limit, size_t counts[3])
{
    rasd_reader *r;
    rasd_record rec;
    size_t n = 0;
    counts[0] = counts[1] = counts[2] = 0;
    REQUIREF(rasd_reader_open(&r, path, NULL) == RASD_OK, "cannot read %s", path);
    while ((!limit || n < limit) && rasd_reader_next(r, &rec) == RASD_OK) {
        rasd_put what;
        rasd_status st = rasd_store_put(s, &rec, &what);
        CHECKF(st == RASD_OK, "put %s: %s", rec.id, rasd_store_error(s));
        if (st == RASD_OK)
            counts[what]++;
        n++;
    }
    rasd_reader_close(r);
    CHECK(rasd_store_commit(s) == RASD_OK);
}

static void put_doc(rasd_store *s, const char *id, const char *title, const char *text,
                    const char *published, const char *source)
{
    rasd_record r = {id, text, strlen(text), title, published, source, NULL, NULL, "test", 1};
    CHECKF(rasd_store_put(s, &r, NULL) == RASD_OK, "put %s: %s", id, rasd_store_error(s));
}

static rasd_results *search(rasd_store *s, const char *q, const rasd_query_opts *o)
{
    rasd_results *r = NULL;
    rasd_status st = rasd_search(s, q, o, &r);
    CHECKF(st == RASD_OK, "search %s: %s", q, rasd_store_error(s));
    return r;
}

/* The ids of the hits of q, sorted and joined by spaces, for comparison. */
static const char *ids_of(rasd_store *s, const char *q, const rasd_query_opts *o)
{
    static char out[1024];
    rasd_results *r = search(s, q, o);
    const char *ids[64];
    size_t n = rasd_results_count(r);
    out[0] = 0;
    for (size_t i = 0; i < n && i < 64; i++)
        ids[i] = rasd_results_hit(r, i)->id;
    for (size_t i = 0; i < n && i < 64; i++)       /* insertion sort: a handful of ids */
        for (size_t j = i; j > 0 && strcmp(ids[j - 1], ids[j]) > 0; j--) {
            const char *t = ids[j];
            ids[j] = ids[j - 1];
            ids[j - 1] = t;
        }
    for (size_t i = 0; i < n && i < 64; i++) {
        if (i)
            strcat(out, " ");
        strncat(out, ids[i], sizeof out - strlen(out) - 2);
    }
    rasd_results_free(r);
    return out;
}

#define CHECK_IDS(s, q, o, want) do { \
    const char *got_ = ids_of(s, q, o); \
    CHECKF(strcmp(got_, want) == 0, "query [%s]: got [%s], want [%s]", q, got_, want); \
} while (0)

/* A folder of articles: how many, the pair where the second reprints passages of the first,
 * and searches whose answers are known. */
typedef struct corpus {
    const char *dir, *db;
    size_t articles;
    const char *a, *b;          /* file names (without .txt): b reuses passages of a */
    size_t spans;               /* the passages */
    const char *both, *both_ids;  /* a query and its hits, sorted */
    const char *one, *one_id;
} corpus;

static void check_reuse(rasd_store *s, const corpus *c);

static void test_corpus(const rasd_engine *e, const corpus *k)
{
    size_t c[3];
    rasd_store_stats st;
    rasd_store *s = open_store(e, k->db, 0);
    char *json = NULL, want[64];
    REQUIRE(s != NULL);
    ingest(s, k->dir, 0, c);
    CHECKF(c[RASD_PUT_ADDED] == k->articles, "added %zu", c[RASD_PUT_ADDED]);
    ingest(s, k->dir, 0, c);
    CHECKF(c[RASD_PUT_UNCHANGED] == k->articles && c[RASD_PUT_ADDED] == 0, "re-ingest changed %zu",
           c[RASD_PUT_ADDED] + c[RASD_PUT_UPDATED]);
    CHECK(rasd_store_stats_get(s, &st) == RASD_OK);
    CHECK(st.articles == (int64_t)k->articles && st.segments == 1 && st.schema_version == 15);
    check_reuse(s, k);
    {   /* reuse is not a copy: collapsing keeps the two apart */
        rasd_query_opts o = {10, NULL, NULL, NULL, RASD_QUERY_COLLAPSE | RASD_QUERY_NO_SNIPPET};
        rasd_results *r = search(s, k->both, &o);
        size_t n = rasd_results_count(r), copies = 0;
        for (size_t i = 0; i < n; i++)
            copies += rasd_results_hit(r, i)->copies;
        CHECKF(n == 3 && copies == 0, "%s: %zu hits, %zu copies collapsed", k->both, n, copies);
        rasd_results_free(r);
    }
    CHECK_IDS(s, k->both, NULL, k->both_ids);
    CHECK_IDS(s, k->one, NULL, k->one_id);
    snprintf(want, sizeof want, "\"id\":\"%s\"", k->one_id);
    CHECK(rasd_store_show(s, k->one_id, &json) == RASD_OK && json && strstr(json, want) &&
          strstr(json, "\"text\":\""));
    rasd_free(json);
    CHECK(rasd_store_show(s, "no-such-id", &json) == RASD_END && json == NULL);
    rasd_store_close(s);
}

/* The same 2,000 articles in one segment and in many merged ones rank alike. */
static void test_snn_merges(const rasd_engine *e)
{
    static const char *queries[] = {"الإرهاب", "ولي العهد", "\"ولي العهد\"", "أسعار النفط",
                                    "داعش -سوريا", "+الحوثي اليمن", "مستشف*", "وزارة الصحة كورونا"};
    rasd_store *one = open_store(e, "one.db", 0), *many = open_store(e, "many.db", 0);
    rasd_store_stats st;
    rasd_query_opts o = {20, NULL, NULL, NULL, RASD_QUERY_NO_SNIPPET};
    size_t c[3];
    REQUIRE(one != NULL && many != NULL);
    rasd_store_set_batch(one, 5000);
    rasd_store_set_batch(many, 97);
    ingest(one, SNN, 2000, c);
    CHECK(c[RASD_PUT_ADDED] == 2000);
    ingest(many, SNN, 2000, c);
    CHECK(rasd_store_stats_get(many, &st) == RASD_OK);
    /* 21 batches (20 of 97, one of 60), merged 4 at a time: 1552 + 388 + 60 = 3 segments. */
    CHECKF(st.articles == 2000 && st.segments == 3, "%lld articles, %lld segments",
           (long long)st.articles, (long long)st.segments);
    for (size_t q = 0; q < sizeof queries / sizeof *queries; q++) {
        rasd_results *a = search(one, queries[q], &o), *b = search(many, queries[q], &o);
        size_t n = rasd_results_count(a);
        int same = n == rasd_results_count(b);
        for (size_t i = 0; same && i < n; i++)
            same = !strcmp(rasd_results_hit(a, i)->id, rasd_results_hit(b, i)->id) &&
                   fabs(rasd_results_hit(a, i)->score - rasd_results_hit(b, i)->score) < 1e-9;
        CHECKF(same, "query %s ranks differently after merges", queries[q]);
        rasd_results_free(a);
        rasd_results_free(b);
    }
    /* Every hit for الإرهاب really holds a form of the word (title or snippet). */
    {
        rasd_query_opts so = {20, NULL, NULL, NULL, 0};
        rasd_results *r = search(many, "الإرهاب", &so);
        CHECK(rasd_results_count(r) == 20);
        for (size_t i = 0; i < rasd_results_count(r); i++) {
            const rasd_hit *h = rasd_results_hit(r, i);
            CHECKF((h->snippet && strstr(h->snippet, "رهاب</b>")) || (h->title && strstr(h->title, "رهاب")),
                   "hit %s: %s", h->id, h->snippet ? h->snippet : "(no snippet)");
        }
        rasd_results_free(r);
    }
    rasd_store_close(one);
    rasd_store_close(many);
}

static void test_variants_and_operators(const rasd_engine *e)
{
    rasd_store *s = open_store(e, "ops.db", 0);
    rasd_query_opts o = {0};
    REQUIRE(s != NULL);
    put_doc(s, "a", "مقال", "حملة دولية على والإرهاب في المنطقة", "2015-07-01 10:00:00", "okaz");
    put_doc(s, "b", NULL, "دعم للإرهاب من جهات خارجية", "2015-07-15", "okaz");
    put_doc(s, "c", NULL, "إرهاب منظم تقوده جماعات", "2015/08/01", "sabq");
    put_doc(s, "d", NULL, "الرهان على الحل السياسي", "2015-08-02", "sabq");
    put_doc(s, "e", NULL, "مكافحة الارهاب بلا همزة، وولي العهد يزور المدينة", NULL, "alriyadh");
    put_doc(s, "f", NULL, "العهد الجديد بدأ، وقال ولي الأمر كلمته", "2015-08-03", "alriyadh");
    put_doc(s, "g", "أوباما في الرياض", "زار الرئيس اوباما العاصمة <السعودية> & جيرانها", "2015-08-04", "okaz");
    CHECK(rasd_store_commit(s) == RASD_OK);

    CHECK_IDS(s, "الإرهاب", NULL, "a b c e");          /* clitics, hamza; not الرهان */
    CHECK_IDS(s, "الرهان", NULL, "d");
    CHECK_IDS(s, "أوباما", NULL, "g");                   /* أ = ا, title and text */
    CHECK_IDS(s, "\"ولي العهد\"", NULL, "e");             /* f has both words, apart */
    CHECK_IDS(s, "ولي العهد", NULL, "e f");
    CHECK_IDS(s, "الإرهاب -جماعات", NULL, "a b e");
    CHECK_IDS(s, "الإرهاب -\"بلا همزة\"", NULL, "a b c");
    CHECK_IDS(s, "+العهد الإرهاب", NULL, "e f");
    CHECK_IDS(s, "الإرهاب AND المنطقة", NULL, "a");
    CHECK_IDS(s, "الرهان OR أوباما", NULL, "d g");
    CHECK_IDS(s, "الره*", NULL, "d");
    CHECK_IDS(s, "مكافح*", NULL, "e");

    o.since = "2015-07-15";
    CHECK_IDS(s, "الإرهاب", &o, "b c");                   /* e has no date */
    o.until = "2015-07-31";
    CHECK_IDS(s, "الإرهاب", &o, "b");
    o.since = o.until = NULL;
    o.source = "okaz";
    CHECK_IDS(s, "الإرهاب", &o, "a b");
    o.source = "no such source";
    CHECK_IDS(s, "الإرهاب", &o, "");
    o.source = NULL;
    o.limit = 2;
    {
        rasd_results *r = search(s, "الإرهاب", &o);
        CHECK(rasd_results_count(r) == 2);
        rasd_results_free(r);
    }
    o.limit = 0;
    {
        rasd_results *r = search(s, "السعودية", &o);
        const rasd_hit *h = rasd_results_hit(r, 0);
        CHECK(rasd_results_count(r) == 1 && h && h->snippet && h->title && h->published && h->source);
        CHECKF(h && h->snippet && strstr(h->snippet, "&lt;<b>السعودية</b>&gt; &amp;"), "%s",
               h && h->snippet ? h->snippet : "");
        rasd_results_free(r);
    }
    {
        rasd_results *r = NULL;
        CHECK(rasd_search(s, "\"ولي العهد", NULL, &r) == RASD_EPARSE && !r &&
              strstr(rasd_store_error(s), "quote"));
        CHECK(rasd_search(s, "-الإرهاب", NULL, &r) == RASD_EPARSE);
        CHECK(rasd_search(s, "  ، . ", NULL, &r) == RASD_EPARSE);
        CHECK(rasd_search(s, "", NULL, &r) == RASD_EPARSE);
        o.since = "yesterday";
        CHECK(rasd_search(s, "الإرهاب", &o, &r) == RASD_EPARSE);
    }
    rasd_store_close(s);
}

static void test_updates(const rasd_engine *e)
{
    rasd_store *s = open_store(e, "upd.db", 0);
    rasd_put what;
    rasd_record r = {"u1", "نص عن الاقتصاد", strlen("نص عن الاقتصاد"), NULL, NULL, NULL, NULL,
                     NULL, "test", 1};
    REQUIRE(s != NULL);
    CHECK(rasd_store_put(s, &r, &what) == RASD_OK && what == RASD_PUT_ADDED);
    CHECK(rasd_store_commit(s) == RASD_OK);
    CHECK_IDS(s, "الاقتصاد", NULL, "u1");
    r.text = "نص عن الرياضة";
    r.text_len = strlen(r.text);
    CHECK(rasd_store_put(s, &r, &what) == RASD_OK && what == RASD_PUT_UPDATED);
    CHECK(rasd_store_put(s, &r, &what) == RASD_OK && what == RASD_PUT_UNCHANGED);
    CHECK(rasd_store_commit(s) == RASD_OK);
    CHECK_IDS(s, "الاقتصاد", NULL, "");
    CHECK_IDS(s, "الرياضة", NULL, "u1");
    r.title = "عنوان";           /* a new title is new content too */
    CHECK(rasd_store_put(s, &r, &what) == RASD_OK && what == RASD_PUT_UPDATED);
    CHECK(rasd_store_commit(s) == RASD_OK);
    CHECK_IDS(s, "نص", NULL, "u1");
    rasd_store_close(s);
}

/* Merges that meet replaced articles (dead docids) decode and drop them; merges that do
 * not join lists block by block: both must keep every live posting and no dead one. */
static void test_merges_with_updates(const rasd_engine *e)
{
    rasd_store *s = open_store(e, "merge-upd.db", 0);
    rasd_store_stats st;
    char id[16], text[128];
    REQUIRE(s != NULL);
    rasd_store_set_batch(s, 1);                      /* every put commits: many merges */
    for (int round = 0; round < 2; round++)
        for (int i = 0; i < 40; i++) {
            snprintf(id, sizeof id, "m%02d", i);
            snprintf(text, sizeof text, "%s %s %s", i % 2 ? "الاقتصاد" : "الرياضة",
                     round ? "جديد" : "قديم", i % 5 == 0 ? "النفط" : "الذهب");
            if (round == 0 || i % 3 == 0)            /* round 2 rewrites every third article */
                put_doc(s, id, NULL, text, NULL, NULL);
        }
    CHECK(rasd_store_commit(s) == RASD_OK);
    CHECK(rasd_store_stats_get(s, &st) == RASD_OK && st.articles == 40 && st.segments < 10);
    CHECK_IDS(s, "+جديد +الاقتصاد", NULL, "m03 m09 m15 m21 m27 m33 m39");
    CHECK_IDS(s, "+قديم +النفط", NULL, "m05 m10 m20 m25 m35");
    {
        rasd_query_opts o = {100, NULL, NULL, NULL, RASD_QUERY_NO_SNIPPET};
        rasd_results *r = search(s, "الاقتصاد الرياضة", &o);
        CHECK(rasd_results_count(r) == 40);          /* each article once: no dead copy */
        rasd_results_free(r);
    }
    rasd_store_close(s);
}

typedef struct dupe_list {
    char text[2048];
} dupe_list;

static int collect_dupe(const rasd_dupe *d, void *ctx)
{
    dupe_list *l = ctx;
    size_t n = strlen(l->text);
    snprintf(l->text + n, sizeof l->text - n, "%s%s>%s:%s", n ? " " : "", d->a, d->b, d->kind);
    return 0;
}

/* The one reuse pair: b reprints passages of a, whose spans begin and end on the same words
 * in both texts; the third article of the same event, in its own words, is no copy. */
typedef struct seed_reuse {
    char pairs[256];
    size_t nspans, same_ends;
    char *ta, *tb;
    size_t na, nb;
} seed_reuse;

static int collect_reuse(const rasd_dupe *d, void *ctx)
{
    seed_reuse *r = ctx;
    size_t n = strlen(r->pairs);
    snprintf(r->pairs + n, sizeof r->pairs - n, "%s%s>%s:%s", n ? " " : "", d->a, d->b, d->kind);
    r->nspans = d->nspans;
    for (size_t i = 0; i < d->nspans; i++) {
        const rasd_span *x = &d->spans_a[i], *y = &d->spans_b[i];
        CHECK(x->start < x->end && x->end <= r->na && y->start < y->end && y->end <= r->nb);
        if (x->end <= r->na && y->end <= r->nb && x->end - x->start > 20 &&
            y->end - y->start > 20)
            r->same_ends += memcmp(r->ta + x->start, r->tb + y->start, 20) == 0 &&
                            memcmp(r->ta + x->end - 20, r->tb + y->end - 20, 20) == 0;
    }
    return 0;
}

static void check_reuse(rasd_store *s, const corpus *c)
{
    seed_reuse r = {"", 0, 0, NULL, NULL, 0, 0};
    char path[256], want[128];
    snprintf(path, sizeof path, "%s/%s.txt", c->dir, c->a);
    r.ta = REQUIRE_SLURP(path, &r.na);
    snprintf(path, sizeof path, "%s/%s.txt", c->dir, c->b);
    r.tb = REQUIRE_SLURP(path, &r.nb);
    snprintf(want, sizeof want, "%s>%s:reuse", c->a, c->b);
    CHECK(rasd_store_dupes(s, NULL, 0, collect_reuse, &r) == RASD_OK);
    CHECKF(strcmp(r.pairs, want) == 0, "got %s, want %s", r.pairs, want);
    CHECKF(r.nspans == c->spans && r.same_ends == c->spans, "%zu spans, %zu with the same ends",
           r.nspans, r.same_ends);
    free(r.ta);
    free(r.tb);
}

/* Exact copies: the same words after normalisation, whatever the marks, punctuation and
 * tatweel; short texts are debris; a replaced article leaves its group. */
static void test_exact_dupes(const rasd_engine *e)
{
    rasd_store *s = open_store(e, "dupes.db", 0);
    dupe_list l = {""};
    const char *wire = "قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للتعاون مع فرنسا "
                       "في مكافحة الإرهاب، وأضاف أن الضربات الجوية ستستمر.";
    REQUIRE(s != NULL);
    put_doc(s, "w1", NULL, wire, "2015-11-26", "a");
    put_doc(s, "w2", "عنوان آخر", "قالَ الرئيسُ الروسي فلاديمير بوتيـــن: إن بلاده مستعدة للتعاون "
            "مع فرنسا في مكافحة الإرهاب - وأضاف أن الضربات الجوية ستستمر", "2015-11-26", "b");
    put_doc(s, "w3", NULL, "قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للتعاون مع ألمانيا "
            "في مكافحة الإرهاب، وأضاف أن الضربات الجوية ستستمر.", NULL, "c");
    put_doc(s, "d1", NULL, "اقرأ أيضا", NULL, "a");
    put_doc(s, "d2", NULL, "اقرأ أيضا", NULL, "b");
    CHECK(rasd_store_commit(s) == RASD_OK);
    CHECK(rasd_store_dupes(s, NULL, 0, collect_dupe, &l) == RASD_OK);
    CHECKF(strcmp(l.text, "w1>w2:exact") == 0, "got %s", l.text);   /* w3: one word of 20 */
    put_doc(s, "w2", NULL, "نص مختلف تماما لا علاقة له بالخبر الأول ولا يشبهه في شيء أبدا", NULL, "b");
    CHECK(rasd_store_commit(s) == RASD_OK);
    l.text[0] = 0;
    CHECK(rasd_store_dupes(s, "exact", 0.5, collect_dupe, &l) == RASD_OK);
    CHECKF(l.text[0] == 0, "got %s", l.text);
    /* The group's first replaced: the next copies start a group of their own. */
    put_doc(s, "w1", NULL, "نص آخر لا يشبه الخبر في شيء، كتب بعد أن حذف الخبر الأول من الموقع", NULL, "a");
    put_doc(s, "w4", NULL, wire, NULL, "a");
    put_doc(s, "w5", NULL, wire, NULL, "b");
    CHECK(rasd_store_commit(s) == RASD_OK);
    l.text[0] = 0;
    CHECK(rasd_store_dupes(s, "exact", 0, collect_dupe, &l) == RASD_OK);
    CHECKF(strcmp(l.text, "w4>w5:exact") == 0, "got %s", l.text);
    rasd_store_close(s);
}

/* A near copy of a real article (a paragraph moved); the earlier published is the source;
 * an unrelated article is not a copy. */
static void test_near_dupes(const rasd_engine *e)
{
    size_t n;
    char *t = REQUIRE_SLURP(NEWS "/d_paris.txt", &n);
    char *para, *next, *copy = malloc(n + 16);
    rasd_store *s = open_store(e, "near.db", 0);
    dupe_list l = {""};
    REQUIRE(s != NULL && copy != NULL);
    /* The copy: the second paragraph moved to the end. */
    para = strstr(t, "\n\n");          /* paragraphs are separated by blank lines */
    next = para ? strstr(para + 2, "\n\n") : NULL;
    REQUIRE(para != NULL && next != NULL);
    {
        size_t head = (size_t)(para - t), mid = (size_t)(next - para);
        memcpy(copy, t, head);
        memcpy(copy + head, para + mid, n - head - mid);
        memcpy(copy + n - mid, para, mid);
        copy[n] = 0;
    }
    put_doc(s, "late", NULL, t, "2015-11-27", "a");
    put_doc(s, "early", NULL, copy, "2015-11-26", "b");
    put_doc(s, "other", NULL, "التقى وزير الخارجية الروسي سيرغي لافروف نظيره البريطاني فيليب "
            "هاموند في موسكو لبحث الأزمة السورية والعلاقات الثنائية بين البلدين.", NULL, "c");
    CHECK(rasd_store_commit(s) == RASD_OK);
    CHECK(rasd_store_dupes(s, "near", 0.8, collect_dupe, &l) == RASD_OK);
    CHECKF(strcmp(l.text, "early>late:near") == 0, "got %s", l.text);
    l.text[0] = 0;
    CHECK(rasd_store_dupes(s, "near", 0.9999, collect_dupe, &l) == RASD_OK);
    CHECKF(l.text[0] == 0, "a moved paragraph is not an exact copy: %s", l.text);
    {
        rasd_query_opts o = {10, NULL, NULL, NULL, RASD_QUERY_COLLAPSE | RASD_QUERY_NO_SNIPPET};
        rasd_results *r = search(s, "هولاند ميركل", &o);
        CHECK(rasd_results_count(r) == 1 && rasd_results_hit(r, 0)->copies == 1);
        rasd_results_free(r);
        o.flags = RASD_QUERY_NO_SNIPPET;
        r = search(s, "هولاند ميركل", &o);
        CHECK(rasd_results_count(r) == 2 && rasd_results_hit(r, 0)->copies == 0);
        rasd_results_free(r);
    }
    free(copy);
    free(t);
    rasd_store_close(s);
}

static void test_refusals(const rasd_engine *e)
{
    rasd_config cfg;
    rasd_engine *snow = NULL;
    rasd_store *s = NULL;
    rasd_config_default(&cfg);
    cfg.stemmer = RASD_STEM_SNOWBALL;
    REQUIRE(rasd_engine_open(&snow, &cfg) == RASD_OK);
    CHECK(rasd_store_open(&s, snow, db_path("news.db"), RASD_STORE_READONLY) == RASD_EINVAL &&
          strstr(rasd_store_error(s), "analysis"));
    rasd_store_close(s);
    CHECK(rasd_store_open(&s, e, db_path("missing.db"), RASD_STORE_READONLY) == RASD_EIO);
    rasd_store_close(s);
    {
        FILE *f = fopen(db_path("junk.db"), "wb");
        if (f) {
            fputs("this is not a database, just junk text padded out ......................"
                  "................................................................", f);
            fclose(f);
        }
        CHECK(rasd_store_open(&s, e, db_path("junk.db"), 0) == RASD_EDATA);
        rasd_store_close(s);
    }
    rasd_engine_close(snow);
}

int main(void)
{
    rasd_engine *e = NULL;
    char cmd[128];
    snprintf(dir, sizeof dir, "/tmp/rasd-test-store-XXXXXX");
    REQUIREF(mkdtemp(dir) != NULL, "cannot make %s", dir);
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    static const corpus news = {NEWS, "news.db", 6, "a_geneva", "b_reprint", 2, "+لافروف +كيري",
                                "a_geneva b_reprint c_own_words", "ميركل", "d_paris"};
    static const corpus seeds = {SEEDS, "seeds.db", 5, "000_93c6ccf29017a1c8", "001_337ddc5b2ec75abf", 3,
                                 "+بوتين +كاميرون",
                                 "000_93c6ccf29017a1c8 001_337ddc5b2ec75abf 002_a013ac47fc823ed8",
                                 "لافروف", "003_f448dd176493aaea"};
    test_corpus(e, &news);
    if (SHARED_TIER("seeds", CHECK_FAST))
        test_corpus(e, &seeds);
    if (SHARED_TIER("2,000 SaudiNewsNet articles", CHECK_SLOW))
        test_snn_merges(e);
    test_variants_and_operators(e);
    test_updates(e);
    test_merges_with_updates(e);
    test_exact_dupes(e);
    test_near_dupes(e);
    test_refusals(e);
    rasd_engine_close(e);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return check_done("test_store");
}
