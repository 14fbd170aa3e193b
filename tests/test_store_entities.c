/* test_store_entities.c — named entities in the store through the public API: the entities
 * of tests/data/news (core tier) and of the seeds (shared tier) as stored equal what the
 * recogniser finds, lookups by id, canonical name and
 * spellings with and without clitics, counts that agree with the mentions, re-puts that
 * change nothing, updates that replace an article's mentions, co-occurring entities and
 * mentions per day, deferred preparation, ingest without entities, and the counts of
 * entities that several articles of one batch mention (written once a batch: read in the
 * batch, after a replacement in it, and after a failed commit). */
#define _POSIX_C_SOURCE 200809L
#include "check.h"
#include "rasd.h"

#include <json-c/json.h>
#include <signal.h>
#include <stdarg.h>
#include <sys/resource.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NEWS "tests/data/news"
#define SEEDS SHARED "/corpus/seeds"
#define PUTIN "c8aa8757c175beff"   /* PER فلاديمير بوتين (docs/NER.md: ids are stable) */

/* A folder of articles and the person mentioned most in them: where, and how written. */
typedef struct corpus {
    const char *dir, *db, *prepared_db;
    size_t articles;
    const char *id, *line;        /* the person's id; "ID PER NAME " */
    const char *in[4], *not_in;   /* the articles that name the person (id + " "), one that does not */
    const char *first, *variants[3];  /* the most written spelling ("X "), others ("\nX "; "!\nX ":
                                         never one, as وبوتين is بوتين: variants are shown
                                         without their clitics) */
    const char *finds[6];         /* spellings, with clitics, and the id: all find the person */
    const char *nobody;           /* a word that finds no one */
    size_t min_entities;
    const char *top;              /* the first line of the PER listing: the most mentioned */
} corpus;

static char dir[64];

static rasd_store *open_store(const rasd_engine *e, const char *name, unsigned flags)
{
    char path[128];
    rasd_store *s = NULL;
    rasd_status st;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    st = rasd_store_open(&s, e, path, flags);
    CHECKF(st == RASD_OK, "open %s: %s", name, s ? rasd_store_error(s) : rasd_strerror(st));
    if (st) {
        rasd_store_close(s);
        return NULL;
    }
    return s;
}

/* Puts every article of dir, through rasd_store_put or (prepared) rasd_store_put_article;
 * counts. */
static void put_seeds(rasd_store *s, const rasd_engine *e, const char *folder, int prepared,
                      unsigned prep_flags, size_t counts[3])
{
    rasd_reader *r;
    rasd_record rec;
    rasd_article *a = NULL;
    counts[0] = counts[1] = counts[2] = 0;
    REQUIRE(rasd_reader_open(&r, folder, NULL) == RASD_OK);
    REQUIRE(rasd_article_new(&a) == RASD_OK);
    while (rasd_reader_next(r, &rec) == RASD_OK) {
        rasd_put what = RASD_PUT_ADDED;
        rasd_status st;
        if (prepared) {
            CHECK(rasd_article_prepare_flags(a, e, &rec, prep_flags) == RASD_OK);
            st = rasd_store_put_article(s, a, &what);
        } else {
            st = rasd_store_put(s, &rec, &what);
        }
        CHECKF(st == RASD_OK, "put %s: %s", rec.id, rasd_store_error(s));
        counts[what]++;
    }
    rasd_article_free(a);
    rasd_reader_close(r);
    CHECK(rasd_store_commit(s) == RASD_OK);
}

/* ------------------------------------------------------------ collectors */

typedef struct text {
    char *p;
    size_t n;
} text;

static void add(text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add(text *t, const char *fmt, ...)
{
    char line[512];
    va_list ap;
    int k;
    va_start(ap, fmt);
    k = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    char *p = realloc(t->p, t->n + (size_t)k + 1);
    if (!p)
        return;
    memcpy(p + t->n, line, (size_t)k + 1);
    t->p = p;
    t->n += (size_t)k;
}

static int list_entity(const rasd_stored_entity *en, void *ctx)
{
    add(ctx, "%s %s %s %lld %lld\n", en->id, en->type, en->name, (long long)en->mentions,
        (long long)en->articles);
    return 0;
}

static int list_variant(const rasd_entity_variant *v, void *ctx)
{
    add(ctx, "%s %lld\n", v->text, (long long)v->mentions);
    return 0;
}

static int list_article(const rasd_entity_article *a, void *ctx)
{
    add(ctx, "%s %lld\n", a->id, (long long)a->mentions);
    return 0;
}

/* The whole entity listing as text ("id type name mentions articles" lines). */
static char *listing(rasd_store *s, const char *type)
{
    text t = {0};
    CHECK(rasd_store_entities(s, type, 0, list_entity, &t) == RASD_OK);
    return t.p ? t.p : strdup("");
}

/* The ids found for name, one a line. */
static char *find(rasd_store *s, const char *name)
{
    text t = {0};
    CHECK(rasd_store_entity_find(s, name, list_entity, &t) == RASD_OK);
    return t.p ? t.p : strdup("");
}

/* Every entity's counts agree with its variants and its articles (the counters kept by puts
 * and replacements against the mentions themselves). */
typedef struct agree {
    rasd_store *s;
    size_t checked, wrong;
} agree;

/* The sum of the numbers that end the lines, and the number of lines in *rows. */
static long long sum_counts(const char *lines, long long *rows)
{
    long long sum = 0;
    *rows = 0;
    for (const char *p = lines; p && *p;) {
        const char *nl = strchr(p, '\n'), *sp = nl;
        while (sp > p && sp[-1] != ' ')
            sp--;
        sum += atoll(sp);
        (*rows)++;
        p = nl ? nl + 1 : "";
    }
    return sum;
}

static int check_agree(const rasd_stored_entity *en, void *ctx)
{
    agree *g = ctx;
    text v = {0}, a = {0};
    long long nv, na;
    rasd_store_entity_variants(g->s, en->id, list_variant, &v);
    rasd_store_entity_articles(g->s, en->id, 0, list_article, &a);
    if (sum_counts(v.p, &nv) != en->mentions || sum_counts(a.p, &na) != en->mentions ||
        na != en->articles || en->articles < 1) {
        g->wrong++;
        fprintf(stderr, "entity %s %s: %lld mentions in %lld articles, but\n%s%s", en->id,
                en->name, (long long)en->mentions, (long long)en->articles, v.p ? v.p : "",
                a.p ? a.p : "");
    }
    g->checked++;
    free(v.p);
    free(a.p);
    return 0;
}

static void check_counts(rasd_store *s, size_t min_entities)
{
    agree g = {s, 0, 0};
    CHECK(rasd_store_entities(s, NULL, 0, check_agree, &g) == RASD_OK);
    CHECKF(g.checked >= min_entities && g.wrong == 0, "%zu entities, %zu wrong", g.checked,
           g.wrong);
}

/* The "entities" of rasd_store_show for id are exactly what the recogniser finds in text. */
static void check_show(rasd_store *s, const rasd_engine *e, rasd_doc *doc, const char *id,
                       const char *txt, size_t len)
{
    char *json = NULL;
    json_object *o = NULL, *arr = NULL;
    const rasd_entity *m;
    size_t n, same = 0;
    CHECK(rasd_store_show(s, id, &json) == RASD_OK);
    CHECK(rasd_analyze(e, doc, txt, len) == RASD_OK && rasd_recognize(e, doc) == RASD_OK);
    m = rasd_doc_entities(doc, &n);
    if (json && (o = json_tokener_parse(json)) && json_object_object_get_ex(o, "entities", &arr)) {
        for (size_t i = 0; i < n && i < json_object_array_length(arr); i++) {
            json_object *x = json_object_array_get_idx(arr, i), *f;
            const char *t;
            int ok = 1;
            ok &= json_object_object_get_ex(x, "start", &f) && json_object_get_int(f) == (int)m[i].start;
            ok &= json_object_object_get_ex(x, "end", &f) && json_object_get_int(f) == (int)m[i].end;
            ok &= json_object_object_get_ex(x, "id", &f) && !strcmp(json_object_get_string(f), m[i].id);
            ok &= json_object_object_get_ex(x, "type", &f) && !strcmp(json_object_get_string(f), m[i].type);
            ok &= json_object_object_get_ex(x, "name", &f) && !strcmp(json_object_get_string(f), m[i].name);
            ok &= json_object_object_get_ex(x, "text", &f) && (t = json_object_get_string(f)) &&
                  strlen(t) == m[i].end - m[i].start && !memcmp(t, txt + m[i].start, strlen(t));
            same += ok;
        }
    }
    CHECKF(arr && n > 0 && json_object_array_length(arr) == n && same == n,
           "%s: %zu mentions found, %zu stored, %zu the same", id, n,
           arr ? json_object_array_length(arr) : 0, same);
    json_object_put(o);
    rasd_free(json);
}

/* ------------------------------------------------------------------ tests */

static void test_corpus(const rasd_engine *e, const corpus *k)
{
    rasd_store *s = open_store(e, k->db, 0), *p = open_store(e, k->prepared_db, 0);
    size_t counts[3];
    char *before, *after, *other, *f;
    text arts = {0}, vars = {0};
    rasd_reader *r;
    rasd_record rec;
    rasd_doc *doc = NULL;
    REQUIRE(s != NULL && p != NULL);
    put_seeds(s, e, k->dir, 0, 0, counts);
    CHECK(counts[RASD_PUT_ADDED] == k->articles);
    put_seeds(p, e, k->dir, 1, 0, counts);
    before = listing(s, NULL);
    other = listing(p, NULL);
    CHECKF(strlen(before) > 1000 && strcmp(before, other) == 0,
           "put and put_article store the same entities:\n%.300s\n---\n%.300s", before, other);

    /* the person: one entity, in the articles that name it */
    f = find(s, k->finds[0]);
    CHECKF(strncmp(f, k->line, strlen(k->line)) == 0 && strchr(f, '\n') == f + strlen(f) - 1,
           "find %s: %s", k->finds[0], f);
    CHECK(rasd_store_entity_articles(s, k->id, 0, list_article, &arts) == RASD_OK);
    {
        int all = arts.p && !strstr(arts.p, k->not_in);
        for (size_t i = 0; i < 4 && k->in[i]; i++)
            all &= arts.p && strstr(arts.p, k->in[i]) != NULL;
        CHECKF(all, "articles of %s:\n%s", k->id, arts.p);
    }
    CHECK(rasd_store_entity_variants(s, k->id, list_variant, &vars) == RASD_OK);
    {
        int all = vars.p && !strncmp(vars.p, k->first, strlen(k->first));
        for (size_t i = 0; i < 3 && k->variants[i]; i++)
            all &= vars.p && (k->variants[i][0] == '!' ? !strstr(vars.p, k->variants[i] + 1)
                                                      : strstr(vars.p, k->variants[i]) != NULL);
        CHECKF(all, "variants of %s:\n%s", k->id, vars.p);
    }
    /* every spelling, with or without clitics, and the id itself find the same entity */
    for (size_t i = 1; i < 6 && k->finds[i]; i++) {
        char *g = find(s, k->finds[i]);
        CHECKF(strcmp(g, f) == 0, "find %s: %s", k->finds[i], g);
        free(g);
    }
    free(f);
    f = find(s, k->nobody);
    CHECKF(!*f, "find %s: %s", k->nobody, f);
    free(f);
    f = find(s, "0123456789abcdef");
    CHECKF(!*f, "an unknown id: %s", f);
    free(f);
    /* the type filter */
    f = listing(s, "PER");
    CHECKF(!strncmp(f, k->top, strlen(k->top)) && !strstr(f, " LOC "), "PER listing: %.200s", f);
    free(f);
    check_counts(s, k->min_entities);

    /* show gives the stored mentions: exactly the recogniser's */
    REQUIRE(rasd_doc_new(&doc) == RASD_OK);
    REQUIRE(rasd_reader_open(&r, k->dir, NULL) == RASD_OK);
    while (rasd_reader_next(r, &rec) == RASD_OK)
        check_show(s, e, doc, rec.id, rec.text, rec.text_len);
    rasd_reader_close(r);
    rasd_doc_free(doc);

    /* putting the same articles again changes nothing */
    put_seeds(s, e, k->dir, 0, 0, counts);
    CHECK(counts[RASD_PUT_UNCHANGED] == k->articles);
    put_seeds(s, e, k->dir, 1, 0, counts);
    CHECK(counts[RASD_PUT_UNCHANGED] == k->articles);
    after = listing(s, NULL);
    CHECK(strcmp(before, after) == 0);
    free(before);
    free(after);
    free(other);
    free(arts.p);
    free(vars.p);
    rasd_store_close(s);
    rasd_store_close(p);
}

static void put_text(rasd_store *s, const char *id, const char *txt, const char *published,
                     rasd_put want)
{
    rasd_record r = {id, txt, strlen(txt), NULL, published, NULL, NULL, NULL, "test", 1};
    rasd_put what;
    CHECKF(rasd_store_put(s, &r, &what) == RASD_OK && what == want, "put %s: %s", id,
           rasd_store_error(s));
}

static long long articles_of(rasd_store *s, const char *name)
{
    char *f = find(s, name), *sp = strrchr(f, ' ');
    long long n = *f && sp ? atoll(sp + 1) : 0;
    free(f);
    return n;
}

static void test_updates(const rasd_engine *e)
{
    rasd_store *s = open_store(e, "upd.db", 0);
    const char *t1 = "قال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا ستواصل ضرباتها.";
    const char *t2 = "قال الرئيس الأمريكي باراك أوباما في واشنطن إن الولايات المتحدة لن تتراجع.";
    text arts = {0};
    REQUIRE(s != NULL);
    put_text(s, "u1", t1, "2015-11-20", RASD_PUT_ADDED);
    put_text(s, "u2", t1, "2015-11-21", RASD_PUT_ADDED);
    CHECK(rasd_store_commit(s) == RASD_OK);
    CHECK(articles_of(s, "بوتين") == 2 && articles_of(s, "أوباما") == 0);
    CHECK(rasd_store_entity_articles(s, PUTIN, 0, list_article, &arts) == RASD_OK);
    CHECKF(arts.p && !strncmp(arts.p, "u2 ", 3), "newest first: %s", arts.p);   /* newest first */
    free(arts.p);
    check_counts(s, 3);
    /* u1 now speaks of Obama: its mentions of Putin go, Obama's come */
    put_text(s, "u1", t2, "2015-11-20", RASD_PUT_UPDATED);
    CHECK(rasd_store_commit(s) == RASD_OK);
    CHECK(articles_of(s, "بوتين") == 1 && articles_of(s, "أوباما") == 1);
    check_counts(s, 3);
    /* and u2 too: Putin has no article left, so he is gone */
    put_text(s, "u2", t2, "2015-11-21", RASD_PUT_UPDATED);
    put_text(s, "u2", t2, "2015-11-21", RASD_PUT_UNCHANGED);
    CHECK(rasd_store_commit(s) == RASD_OK);
    CHECK(articles_of(s, "بوتين") == 0 && articles_of(s, "أوباما") == 2);
    {
        char *l = listing(s, NULL);
        CHECKF(!strstr(l, PUTIN) && !strstr(l, "موسكو"), "left over: %s", l);
        free(l);
    }
    check_counts(s, 2);
    rasd_store_close(s);
}

/* The articles of one batch that mention an entity again add to its counts in memory, written
 * at the commit (store/entities.c, ents_flush): what is read inside the batch, a version
 * replaced inside it and the batch after it are all counted right. */
static void test_batch_counts(const rasd_engine *e)
{
    rasd_store *s = open_store(e, "batch.db", 0);
    const char *t1 = "قال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا ستواصل ضرباتها.";
    const char *t2 = "قال الرئيس الأمريكي باراك أوباما في واشنطن إن الولايات المتحدة لن تتراجع.";
    const char *both = "التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي باراك أوباما في موسكو.";
    REQUIRE(s != NULL);
    put_text(s, "b1", t1, "2015-11-20", RASD_PUT_ADDED);
    put_text(s, "b2", t1, "2015-11-21", RASD_PUT_ADDED);
    put_text(s, "b3", both, "2015-11-21", RASD_PUT_ADDED);
    /* read inside the open batch: the sums are written first */
    CHECK(articles_of(s, "بوتين") == 3 && articles_of(s, "أوباما") == 1);
    check_counts(s, 3);
    put_text(s, "b4", t1, "2015-11-22", RASD_PUT_ADDED);
    CHECK(articles_of(s, "بوتين") == 4 && articles_of(s, "موسكو") == 4);
    /* b1 replaced inside the batch (its counts taken off), then Putin again */
    put_text(s, "b1", t2, "2015-11-20", RASD_PUT_UPDATED);
    put_text(s, "b5", t1, "2015-11-23", RASD_PUT_ADDED);
    put_text(s, "b6", t1, "2015-11-23", RASD_PUT_ADDED);
    CHECK(rasd_store_commit(s) == RASD_OK);
    CHECKF(articles_of(s, "بوتين") == 5 && articles_of(s, "أوباما") == 2 &&
               articles_of(s, "واشنطن") == 1,
           "Putin %lld, Obama %lld", articles_of(s, "بوتين"), articles_of(s, "أوباما"));
    check_counts(s, 4);
    /* the next batch starts afresh: its first article of Putin adds to the stored row */
    put_text(s, "b7", t1, "2015-11-24", RASD_PUT_ADDED);
    put_text(s, "b8", t1, "2015-11-24", RASD_PUT_ADDED);
    CHECK(rasd_store_commit(s) == RASD_OK);
    CHECK(articles_of(s, "بوتين") == 7);
    check_counts(s, 4);
    /* Obama's first article of the batch replaced while the second's counts wait: they are
     * written before his row loses that article, so it is not deleted as left with none */
    put_text(s, "o1", t2, "2015-11-25", RASD_PUT_ADDED);
    put_text(s, "o2", t2, "2015-11-25", RASD_PUT_ADDED);
    put_text(s, "o1", t1, "2015-11-25", RASD_PUT_UPDATED);
    /* Tehran's only article replaced: his row goes, and a later article writes it anew */
    put_text(s, "r1", "قال مسؤول في طهران إن المحادثات مستمرة.", "2015-11-26", RASD_PUT_ADDED);
    put_text(s, "r1", t2, "2015-11-26", RASD_PUT_UPDATED);
    put_text(s, "r2", "قال مسؤول في طهران إن المحادثات مستمرة.", "2015-11-26", RASD_PUT_ADDED);
    CHECK(rasd_store_commit(s) == RASD_OK);
    CHECKF(articles_of(s, "أوباما") == 4 && articles_of(s, "طهران") == 1,
           "Obama %lld, Tehran %lld", articles_of(s, "أوباما"), articles_of(s, "طهران"));
    check_counts(s, 4);
    rasd_store_close(s);
}

/* A batch whose commit fails (the write-ahead log cannot grow past the process's file size
 * limit, as on a full disk) is rolled back with what it kept in memory: the same articles
 * put again give the entities a store that never failed has. */
static void test_failed_commit(const rasd_engine *e)
{
    rasd_store *s = open_store(e, "fail.db", 0), *ok = open_store(e, "ok.db", 0);
    const char *t1 = "قال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا ستواصل ضرباتها.";
    const char *both = "التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي باراك أوباما في موسكو.";
    struct rlimit was, lim;
    char *want, *got;
    REQUIRE(s != NULL && ok != NULL);
    for (int round = 0; round < 3; round++) {
        rasd_store *x = round == 2 ? ok : s;
        put_text(x, "f1", t1, "2015-11-20", RASD_PUT_ADDED);
        put_text(x, "f2", both, "2015-11-21", RASD_PUT_ADDED);
        put_text(x, "f3", t1, "2015-11-22", RASD_PUT_ADDED);
        if (round)
            continue;
        signal(SIGXFSZ, SIG_IGN);          /* a write past the limit fails with EFBIG */
        CHECK(getrlimit(RLIMIT_FSIZE, &was) == 0);
        lim = was;
        lim.rlim_cur = 256 << 10;          /* the batch's log takes megabytes (64 KiB pages) */
        CHECK(setrlimit(RLIMIT_FSIZE, &lim) == 0);
        CHECK(rasd_store_commit(s) != RASD_OK);
        CHECK(setrlimit(RLIMIT_FSIZE, &was) == 0);
        CHECK(articles_of(s, "بوتين") == 0);
    }
    CHECK(rasd_store_commit(s) == RASD_OK && rasd_store_commit(ok) == RASD_OK);
    want = listing(ok, NULL);
    got = listing(s, NULL);
    CHECKF(strstr(want, PUTIN " PER فلاديمير بوتين ") && strcmp(want, got) == 0,
           "after the failed commit:\n%s---\n%s", got, want);
    check_counts(s, 3);
    free(want);
    free(got);
    rasd_store_close(s);
    rasd_store_close(ok);
}

static int list_cooccur(const rasd_cooccurrence *c, void *ctx)
{
    add(ctx, "%s %s %lld %lld\n", c->type, c->name, (long long)c->articles, (long long)c->mentions);
    return 0;
}

static int list_day(const rasd_entity_day *d, void *ctx)
{
    add(ctx, "%s %lld %lld\n", d->day, (long long)d->mentions, (long long)d->articles);
    return 0;
}

/* The entity page's co-occurring entities (people first, per type, shared articles) and
 * mentions per publication day (undated articles left out), before and after an update. */
static void test_cooccurring(const rasd_engine *e)
{
    rasd_store *s = open_store(e, "co.db", 0);
    const char *both = "التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي باراك أوباما في موسكو.";
    const char *t1 = "قال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا ستواصل ضرباتها.";
    const char *t2 = "قال الرئيس الأمريكي باراك أوباما في واشنطن إن الولايات المتحدة لن تتراجع.";
    text co = {0}, days = {0};
    REQUIRE(s != NULL);
    put_text(s, "c1", both, "2015-11-20T10:00", RASD_PUT_ADDED);
    put_text(s, "c2", t1, "2015-11-22", RASD_PUT_ADDED);
    put_text(s, "c3", t1, "2015-11-22", RASD_PUT_ADDED);
    put_text(s, "c4", t2, NULL, RASD_PUT_ADDED);
    CHECK(rasd_store_commit(s) == RASD_OK);
    CHECK(rasd_store_entity_cooccurring(s, PUTIN, 0, list_cooccur, &co) == RASD_OK);
    CHECKF(co.p && !strncmp(co.p, "PER باراك أوباما 1 2\nLOC موسكو 3 3\n", strlen("PER باراك أوباما 1 2\nLOC موسكو 3 3\n")),
           "people first, then places by shared articles: %s", co.p);
    CHECKF(co.p && !strstr(co.p, "واشنطن"), "only Putin's articles: %s", co.p);
    free(co.p);
    co = (text){0};
    CHECK(rasd_store_entity_cooccurring(s, PUTIN, 1, list_cooccur, &co) == RASD_OK);
    CHECKF(co.p && !strcmp(co.p, "PER باراك أوباما 1 2\nLOC موسكو 3 3\n"), "one per type: %s", co.p);
    free(co.p);
    CHECK(rasd_store_entity_days(s, PUTIN, list_day, &days) == RASD_OK);
    CHECKF(days.p && !strcmp(days.p, "2015-11-20 2 1\n2015-11-22 4 2\n"), "days: %s", days.p);
    free(days.p);
    /* (a title before the name is a mention too: two a sentence) c1 no longer names Putin: his first day goes, and Obama with it */
    put_text(s, "c1", t2, "2015-11-20", RASD_PUT_UPDATED);
    CHECK(rasd_store_commit(s) == RASD_OK);
    co = days = (text){0};
    CHECK(rasd_store_entity_cooccurring(s, PUTIN, 0, list_cooccur, &co) == RASD_OK);
    CHECKF(co.p && !strstr(co.p, "أوباما") && strstr(co.p, "LOC موسكو 2 2\n"), "after the update: %s", co.p);
    CHECK(rasd_store_entity_days(s, PUTIN, list_day, &days) == RASD_OK);
    CHECKF(days.p && !strcmp(days.p, "2015-11-22 4 2\n"), "days after the update: %s", days.p);
    free(co.p);
    free(days.p);
    co = (text){0};
    CHECK(rasd_store_entity_cooccurring(s, "0000000000000000", 0, list_cooccur, &co) == RASD_OK && !co.p);
    rasd_store_close(s);
}

/* An article prepared with RASD_PREPARE_DEFER (found unchanged by a read-only handle) is
 * a no-op when it is unchanged, and analysed and recognised by the put when it changed. */
static void test_deferred(const rasd_engine *e)
{
    rasd_store *s = open_store(e, "defer.db", 0), *ro;
    const char *t1 = "قال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا ستواصل ضرباتها.";
    const char *t2 = "قال الرئيس الأمريكي باراك أوباما في واشنطن إن الولايات المتحدة لن تتراجع.";
    rasd_record r = {"d1", t1, strlen(t1), NULL, "2015-11-20", NULL, NULL, NULL, "test", 1};
    rasd_article *a = NULL;
    rasd_put what;
    int same = -1;
    REQUIRE(s != NULL);
    REQUIRE(rasd_article_new(&a) == RASD_OK);
    put_text(s, "d1", t1, "2015-11-20", RASD_PUT_ADDED);
    CHECK(rasd_store_commit(s) == RASD_OK);
    ro = open_store(e, "defer.db", RASD_STORE_READONLY);
    CHECK(ro && rasd_store_unchanged(ro, &r, &same) == RASD_OK && same == 1);
    CHECK(rasd_article_prepare_flags(a, e, &r, RASD_PREPARE_DEFER) == RASD_OK);
    CHECK(rasd_store_put_article(s, a, &what) == RASD_OK && what == RASD_PUT_UNCHANGED);
    /* d1 changes after the check: the put analyses and recognises it itself */
    r.text = t2;
    r.text_len = strlen(t2);
    CHECK(ro && rasd_store_unchanged(ro, &r, &same) == RASD_OK && same == 0);
    CHECK(rasd_article_prepare_flags(a, e, &r, RASD_PREPARE_DEFER) == RASD_OK);
    CHECK(rasd_store_put_article(s, a, &what) == RASD_OK && what == RASD_PUT_UPDATED);
    CHECK(rasd_store_commit(s) == RASD_OK);
    CHECK(articles_of(s, "أوباما") == 1 && articles_of(s, "بوتين") == 0);
    check_counts(s, 3);
    /* and a new article deferred by mistake is stored whole */
    r.id = "d2";
    CHECK(rasd_article_prepare_flags(a, e, &r, RASD_PREPARE_DEFER) == RASD_OK);
    CHECK(rasd_store_put_article(s, a, &what) == RASD_OK && what == RASD_PUT_ADDED);
    CHECK(rasd_store_commit(s) == RASD_OK);
    CHECK(articles_of(s, "أوباما") == 2);
    check_counts(s, 3);
    rasd_article_free(a);
    rasd_store_close(ro);
    rasd_store_close(s);
}

/* Without recognition nothing is stored, and read-only stores answer. */
static void test_without(const rasd_engine *e, const corpus *k, long long person_articles)
{
    rasd_store *s = open_store(e, "none.db", RASD_STORE_NO_ENTITIES), *p = open_store(e, "noprep.db", 0);
    size_t counts[3];
    char *l;
    REQUIRE(s != NULL && p != NULL);
    put_seeds(s, e, k->dir, 0, 0, counts);
    CHECK(counts[RASD_PUT_ADDED] == k->articles);
    put_seeds(p, e, k->dir, 1, RASD_PREPARE_NO_ENTITIES, counts);
    CHECK(counts[RASD_PUT_ADDED] == k->articles);
    l = listing(s, NULL);
    CHECKF(!*l, "RASD_STORE_NO_ENTITIES stored %.100s", l);
    free(l);
    l = listing(p, NULL);
    CHECKF(!*l, "RASD_PREPARE_NO_ENTITIES stored %.100s", l);
    free(l);
    rasd_store_close(s);
    rasd_store_close(p);
    s = open_store(e, k->db, RASD_STORE_READONLY);
    REQUIRE(s != NULL);
    CHECK(articles_of(s, k->finds[0]) == person_articles);
    rasd_store_close(s);
}

int main(void)
{
    rasd_engine *e = NULL;
    char cmd[128];
    static const corpus news = {
        NEWS, "news.db", "news-prepared.db", 6, "2998b65c060f4ad8", "2998b65c060f4ad8 PER جون كيري ",
        {"a_geneva ", "b_reprint ", "c_own_words ", NULL}, "d_paris",
        "كيري ", {"!\nبكيري ", "\nوزير الخارجية الأمريكي ", NULL},
        {"كيري", "وكيري", "لكيري", "جون كيري", "وزير الخارجية الأمريكي", "2998b65c060f4ad8"},
        "كيريات", 30,
        /* titles count (docs/NER.md "Titles"): Lavrov 10 (4 of them titles), Kerry 9 (2) */
        "409e021345f3e1a0 PER سيرغي لافروف 10 4\n"};
    static const corpus seeds = {
        SEEDS, "seeds.db", "prepared.db", 5, PUTIN, PUTIN " PER فلاديمير بوتين ",
        {"000_93c6ccf29017a1c8 ", "001_337ddc5b2ec75abf ", "002_a013ac47fc823ed8 ",
         "004_d592b9f202c30752 "}, "003_",
        "بوتين ", {"!\nوبوتين ", "\nفلاديمير بوتين ", "\nالرئيس الروسي "},
        {"بوتين", "وبوتين", "لبوتين", "فلاديمير بوتين", "الرئيس الروسي", PUTIN},
        "بوتينات", 50, PUTIN " PER فلاديمير بوتين "};
    snprintf(dir, sizeof dir, "/tmp/rasd-test-ents-XXXXXX");
    REQUIREF(mkdtemp(dir) != NULL, "cannot make %s", dir);
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIREF(rasd_ner_available(e), "no data/ner.model: the entity tests need it");
    test_corpus(e, &news);
    test_updates(e);
    test_cooccurring(e);
    test_deferred(e);
    test_batch_counts(e);
    test_failed_commit(e);
    test_without(e, &news, 3);
    if (SHARED_TIER("seeds", CHECK_FAST)) {
        test_corpus(e, &seeds);
        test_without(e, &seeds, 4);
    }
    rasd_engine_close(e);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return check_done("test_store_entities");
}
