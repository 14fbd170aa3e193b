/* test_admin.c — the store's administration through the public API, on five articles of
 * its own (written to a temporary folder): rasd_store_delete takes an article down with its
 * entity counts, quotes, events and duplicate pairs, and search stops finding it;
 * rasd_store_backup gives a store that opens with the same counts and refuses to overwrite
 * one; rasd_store_reannotate turns a store ingested without annotations into the store a
 * fresh ingest makes (rasd_store_show of every article compared), also when cancelled
 * after its first batch and resumed, refuses unknown stages, and leaves alone the articles
 * an engine with a lower size limit cannot take. */
#define _POSIX_C_SOURCE 200809L
#include "check.h"
#include "rasd.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[64];

/* Saudi news of August 2015, rewritten: a meeting with quotes (a1), an exact copy of it
 * (a2), an article that reprints a passage of it and reports a reception (a3), a health
 * report with an unnamed spokesman (a4), criticism and an attack (a5). */
#define A1 "التقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في الرياض يوم الأحد الرئيس " \
    "الروسي فلاديمير بوتين، وبحث الجانبان العلاقات الثنائية بين المملكة العربية السعودية " \
    "وروسيا وسبل تعزيزها في مختلف المجالات. وقال وزير الخارجية عادل الجبير إن المحادثات " \
    "كانت مثمرة وبناءة، وأضاف أن البلدين اتفقا على تعزيز التعاون في مجال الطاقة والاستثمار."
static const char *const fixture[] = {
    "{\"id\":\"a1\",\"title\":\"الملك سلمان يلتقي بوتين\",\"text\":\"" A1 "\","
    "\"published\":\"2015-08-09\",\"source\":\"spa\",\"url\":\"http://example.org/a1\","
    "\"author\":\"واس\"}",
    "{\"id\":\"a2\",\"title\":\"لقاء الملك وبوتين\",\"text\":\"" A1 "\","
    "\"published\":\"2015-08-10\",\"source\":\"okaz\"}",
    "{\"id\":\"a3\",\"title\":\"بوتين في الرياض\",\"text\":\"نقلت وكالة الأنباء السعودية أن "
    "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز استقبل في الرياض يوم الأحد الرئيس الروسي "
    "فلاديمير بوتين، وبحث الجانبان العلاقات الثنائية بين المملكة العربية السعودية وروسيا وسبل "
    "تعزيزها في مختلف المجالات. ومن المنتظر أن يزور بوتين جدة الأسبوع المقبل للقاء رجال "
    "الأعمال.\",\"published\":\"2015-08-10\",\"source\":\"alriyadh\"}",
    "{\"id\":\"a4\",\"title\":\"كورونا\",\"text\":\"أعلنت وزارة الصحة السعودية يوم الإثنين "
    "تسجيل ثلاث حالات إصابة جديدة بفيروس كورونا في مدينة الرياض. وقال المتحدث الرسمي باسم "
    "الوزارة إن الحالات تخضع للعلاج في المستشفيات وإن حالتها مستقرة. وأكد وزير الصحة خالد "
    "الفالح أن الوزارة تتابع الوضع عن كثب.\",\"published\":\"2015-08-11\",\"source\":\"spa\"}",
    "{\"id\":\"a5\",\"title\":\"أوباما ينتقد إيران\",\"text\":\"انتقد الرئيس الأمريكي باراك "
    "أوباما يوم الثلاثاء الحكومة الإيرانية بسبب دعمها للميليشيات في سوريا. وقال أوباما في "
    "مؤتمر صحفي في واشنطن إن على طهران أن تتوقف عن التدخل في شؤون المنطقة. وهاجم مسلحون "
    "مركزا للشرطة في مدينة الموصل العراقية.\",\"published\":\"2015-08-12\","
    "\"source\":\"aleqtisadiya\"}",
};
#define NART (sizeof fixture / sizeof *fixture)
static const char *const ids[NART] = {"a1", "a2", "a3", "a4", "a5"};
#define JUBEIR "97d3c1a2fb2ea107"   /* PER عادل الجبير: ids are stable (docs/NER.md) */

static char *path_of(const char *name)
{
    static char p[4][128];
    static int k;
    k = (k + 1) % 4;
    snprintf(p[k], sizeof p[k], "%s/%s", dir, name);
    return p[k];
}

static void write_fixture(void)
{
    FILE *f = fopen(path_of("f.jsonl"), "w");
    for (size_t i = 0; f && i < NART; i++)
        fprintf(f, "%s\n", fixture[i]);
    CHECK(f && fclose(f) == 0);
}

static rasd_store *open_store(const rasd_engine *e, const char *name, unsigned flags)
{
    rasd_store *s = NULL;
    rasd_status st = rasd_store_open(&s, e, path_of(name), flags);
    CHECKF(st == RASD_OK, "open %s: %s", name, s ? rasd_store_error(s) : rasd_strerror(st));
    if (st) {
        rasd_store_close(s);
        return NULL;
    }
    return s;
}

/* A store named name with the fixture, ingested with store flags. */
static rasd_store *ingest(const rasd_engine *e, const char *name, unsigned flags)
{
    rasd_store *s = open_store(e, name, flags);
    rasd_reader *r;
    rasd_record rec;
    if (!s || rasd_reader_open(&r, path_of("f.jsonl"), NULL) != RASD_OK)
        return s;
    while (rasd_reader_next(r, &rec) == RASD_OK)
        CHECKF(rasd_store_put(s, &rec, NULL) == RASD_OK, "%s", rasd_store_error(s));
    rasd_reader_close(r);
    CHECK(rasd_store_commit(s) == RASD_OK);
    return s;
}

/* ------------------------------------------------------------- counting */

static int count_entity(const rasd_stored_entity *en, void *ctx)
{
    rasd_stored_entity *want = ctx;
    if (strcmp(en->id, want->id) == 0) {
        want->mentions = en->mentions;
        want->articles = en->articles;
    }
    return 0;
}

/* Mentions and articles of entity id (0 and 0 when it is gone). */
static rasd_stored_entity entity(rasd_store *s, const char *id)
{
    rasd_stored_entity en = {id, NULL, NULL, 0, 0};
    CHECK(rasd_store_entities(s, NULL, 0, count_entity, &en) == RASD_OK);
    return en;
}

static int count_all(const rasd_stored_entity *en, void *ctx)
{
    (void)en;
    ++*(int *)ctx;
    return 0;
}

typedef struct of_article {
    const char *id;
    int n, total;
} of_article;

static int quote_of(const rasd_stored_quote *q, void *ctx)
{
    of_article *o = ctx;
    o->total++;
    o->n += strcmp(q->article, o->id) == 0;
    return 0;
}

static int event_of(const rasd_stored_event *ev, void *ctx)
{
    of_article *o = ctx;
    o->total++;
    for (size_t i = 0; i < ev->narticles; i++)
        o->n += strcmp(ev->articles[i], o->id) == 0;
    return 0;
}

static int dupe_of(const rasd_dupe *d, void *ctx)
{
    of_article *o = ctx;
    o->total++;
    o->n += strcmp(d->a, o->id) == 0 || strcmp(d->b, o->id) == 0;
    return 0;
}

static of_article quotes(rasd_store *s, const char *id)
{
    of_article o = {id, 0, 0};
    CHECK(rasd_store_quotes(s, NULL, 0, quote_of, &o) == RASD_OK);
    return o;
}

static of_article events(rasd_store *s, const char *id)
{
    of_article o = {id, 0, 0};
    CHECK(rasd_store_events(s, NULL, 0, event_of, &o) == RASD_OK);
    return o;
}

static of_article dupes(rasd_store *s, const char *id)
{
    of_article o = {id, 0, 0};
    CHECK(rasd_store_dupes(s, NULL, 0, dupe_of, &o) == RASD_OK);
    return o;
}

/* Whether a search for query returns article id. */
static int found(rasd_store *s, const char *query, const char *id)
{
    rasd_results *r = NULL;
    int hit = 0;
    CHECK(rasd_search(s, query, NULL, &r) == RASD_OK);
    for (size_t i = 0; r && i < rasd_results_count(r); i++)
        hit |= strcmp(rasd_results_hit(r, i)->id, id) == 0;
    rasd_results_free(r);
    return hit;
}

/* --------------------------------------------------------------- delete */

static void test_delete(const rasd_engine *e)
{
    rasd_store *s = ingest(e, "del.db", 0), *ro;
    rasd_stored_entity jub;
    rasd_store_stats st;
    of_article d;
    char *json = NULL;
    if (!s)
        return;
    /* as ingested: a1 and its copy a2 quote الجبير; a1 leads the exact group and is reused
     * by a3, which reports the reception */
    jub = entity(s, JUBEIR);           /* وزير الخارجية عادل الجبير: the title is a mention too */
    CHECKF(jub.mentions == 4 && jub.articles == 2, "%lld %lld", (long long)jub.mentions,
           (long long)jub.articles);
    CHECK(quotes(s, "a1").n == 2);
    CHECK(events(s, "a3").n == 1);
    CHECK(dupes(s, "a1").n == 2 && dupes(s, "a1").total == 2);
    CHECK(found(s, "الجبير", "a1") && found(s, "الجبير", "a2"));

    CHECK(rasd_store_delete(s, "a1") == RASD_OK);
    CHECK(rasd_store_show(s, "a1", &json) == RASD_END);
    rasd_free(json);
    jub = entity(s, JUBEIR);
    CHECKF(jub.mentions == 2 && jub.articles == 1, "%lld %lld", (long long)jub.mentions,
           (long long)jub.articles);
    d = quotes(s, "a1");
    /* a2's 2, a4's 3 (أعلنت وزارة الصحة … تسجيل: a nominal complement, issue 16), a5's 1 */
    CHECKF(d.n == 0 && d.total == 6, "%d of %d", d.n, d.total);
    d = dupes(s, "a1");
    CHECKF(d.n == 0 && d.total == 1, "%d pairs with a1 of %d", d.n, d.total);
    CHECK(dupes(s, "a2").n == 1);      /* a2 leads the group now, and a3 reuses it */
    CHECK(!found(s, "الجبير", "a1") && found(s, "الجبير", "a2"));
    CHECK(rasd_store_stats_get(s, &st) == RASD_OK && st.articles == 4);

    /* the last article naming an entity takes it with it; events go with their article */
    CHECK(rasd_store_delete(s, "a2") == RASD_OK);
    CHECK(entity(s, JUBEIR).mentions == 0);
    CHECK(rasd_store_delete(s, "a3") == RASD_OK);
    d = events(s, "a3");
    CHECK(d.n == 0 && d.total == 2);   /* a5's: Obama criticises the Iranian government, and
                                          armed men (مسلحون, a description) attack a police
                                          station (evrecall3) */
    CHECK(dupes(s, "a3").total == 0);
    CHECK(!found(s, "بوتين", "a3"));

    /* absent, empty, and a read-only store */
    CHECK(rasd_store_delete(s, "a1") == RASD_END);
    CHECK(strstr(rasd_store_error(s), "no article with id a1") != NULL);
    CHECK(rasd_store_delete(s, "") == RASD_EINVAL);
    CHECK(rasd_store_delete(s, "a1' OR 1=1 --") == RASD_END);
    CHECK(rasd_store_stats_get(s, &st) == RASD_OK && st.articles == 2);
    rasd_store_close(s);
    if ((ro = open_store(e, "del.db", RASD_STORE_READONLY)) != NULL) {
        CHECK(rasd_store_delete(ro, "a4") == RASD_EINVAL);
        CHECK(!found(ro, "الجبير", "a1") && found(ro, "الفالح", "a4"));
        CHECK(rasd_store_stats_get(ro, &st) == RASD_OK && st.articles == 2);
        rasd_store_close(ro);
    }
}

/* --------------------------------------------------------------- backup */

static void test_backup(const rasd_engine *e)
{
    rasd_store *s = ingest(e, "orig.db", 0), *b;
    rasd_store_stats a, c;
    int na = 0, nb = 0;
    FILE *f;
    if (!s)
        return;
    CHECKF(rasd_store_backup(s, path_of("copy.db")) == RASD_OK, "%s", rasd_store_error(s));
    CHECK(rasd_store_backup(s, path_of("copy.db")) == RASD_EINVAL);   /* never overwrites */
    CHECK(strstr(rasd_store_error(s), "not overwritten") != NULL);
    CHECK((f = fopen(path_of("empty.db"), "w")) != NULL && fclose(f) == 0);
    CHECK(rasd_store_backup(s, path_of("empty.db")) == RASD_OK);     /* an empty file will do */
    CHECK(rasd_store_stats_get(s, &a) == RASD_OK);
    CHECK(rasd_store_entities(s, NULL, 0, count_all, &na) == RASD_OK);
    /* the original goes on changing; the copy keeps the snapshot */
    CHECK(rasd_store_delete(s, "a5") == RASD_OK);
    if ((b = open_store(e, "copy.db", RASD_STORE_READONLY)) != NULL) {
        CHECK(rasd_store_stats_get(b, &c) == RASD_OK);
        CHECK(c.articles == 5 && c.articles == a.articles && c.terms == a.terms &&
              c.segments == a.segments && c.text_bytes == a.text_bytes);
        CHECK(rasd_store_entities(b, NULL, 0, count_all, &nb) == RASD_OK && nb == na && na > 10);
        CHECK(dupes(b, "a1").total == 2 && quotes(b, "a5").n == 1);
        CHECK(found(b, "أوباما", "a5"));
        rasd_store_close(b);
    }
    rasd_store_close(s);
}

/* ----------------------------------------------------------- reannotate */

/* rasd_store_show of every article without its "ingested" time, one line each. */
static char *show_all(rasd_store *s)
{
    size_t n = 0;
    char *all = NULL;
    for (size_t i = 0; i < NART; i++) {
        char *json = NULL;
        json_object *o;
        const char *t;
        CHECK(rasd_store_show(s, ids[i], &json) == RASD_OK);
        if (!json || !(o = json_tokener_parse(json))) {
            rasd_free(json);
            continue;
        }
        json_object_object_del(o, "ingested");
        t = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN);
        all = realloc(all, n + strlen(t) + 2);
        memcpy(all + n, t, strlen(t));
        n += strlen(t);
        all[n++] = '\n';
        all[n] = 0;
        json_object_put(o);
        rasd_free(json);
    }
    return all;
}

typedef struct stopper {
    int calls, stop_at;
} stopper;

static int progress(const rasd_reannotate_stats *st, void *ctx)
{
    stopper *p = ctx;
    (void)st;
    return ++p->calls == p->stop_at;
}

static void test_reannotate(const rasd_engine *e)
{
    rasd_store *fresh = ingest(e, "fresh.db", 0), *s;
    rasd_reannotate_stats st;
    stopper stop = {0, 1};
    rasd_reannotate_opts o = {.batch = 2, .threads = 2, .progress = progress, .ctx = &stop};
    char *want = fresh ? show_all(fresh) : NULL, *got;
    rasd_store_close(fresh);
    CHECK(want && strstr(want, "\"entities\":[{") && strstr(want, "\"quotes\":[{") &&
          strstr(want, "\"events\":[{") && strstr(want, "\"copies\":[{"));

    /* a store without annotations: rasd_store_reannotate makes it the fresh one */
    rasd_store_close(ingest(e, "bare.db", RASD_STORE_NO_ENTITIES));
    if (!(s = open_store(e, "bare.db", 0)))
        return;
    got = show_all(s);
    CHECK(got && want && strcmp(got, want) != 0 && !strstr(got, "\"quotes\":[{"));
    free(got);
    CHECK(rasd_store_reannotate(s, "nope", NULL, &st) == RASD_EINVAL);
    CHECK(strstr(rasd_store_error(s), "unknown stage 'nope'") != NULL);
    /* stopped after its first batch of two */
    CHECK(rasd_store_reannotate(s, NULL, &o, &st) == RASD_ECANCELED);
    CHECK(st.this_run == 2 && st.done == 2 && st.total == 5 && !st.resumed);
    CHECK(entity(s, JUBEIR).articles == 2);      /* a1 and a2 are done */
    CHECK(quotes(s, "a4").total == 4);           /* a4 is not: only a1's and a2's quotes */
    CHECK(rasd_store_reannotate(s, "dedup", NULL, &st) == RASD_EINVAL);  /* finish first */
    rasd_store_close(s);
    /* a new handle resumes where the first stopped */
    if (!(s = open_store(e, "bare.db", 0)))
        return;
    stop.calls = 0, stop.stop_at = -1;
    CHECKF(rasd_store_reannotate(s, NULL, &o, &st) == RASD_OK, "%s", rasd_store_error(s));
    CHECK(st.this_run == 3 && st.done == 5 && st.total == 5 && st.resumed);
    got = show_all(s);
    CHECKF(got && want && strcmp(got, want) == 0, "\n%s\nwant\n%s", got, want);
    free(got);
    /* duplicates, recomputed over the whole store, and again: nothing changes */
    CHECK(rasd_store_reannotate(s, "dedup", NULL, &st) == RASD_OK && st.this_run == 5);
    CHECK(rasd_store_reannotate(s, "entities", NULL, &st) == RASD_OK && !st.resumed);
    got = show_all(s);
    CHECK(got && want && strcmp(got, want) == 0);
    free(got);
    rasd_store_close(s);
    if ((s = open_store(e, "bare.db", RASD_STORE_READONLY)) != NULL) {
        CHECK(rasd_store_reannotate(s, NULL, NULL, &st) == RASD_EINVAL);
        rasd_store_close(s);
    }
    /* --stage entities redoes the events after them too (their actors are entities) */
    rasd_store_close(ingest(e, "bare2.db", RASD_STORE_NO_ENTITIES));
    if ((s = open_store(e, "bare2.db", 0)) != NULL) {
        CHECK(rasd_store_reannotate(s, "entities", NULL, &st) == RASD_OK && st.this_run == 5);
        got = show_all(s);
        CHECK(got && want && strcmp(got, want) == 0);
        free(got);
        rasd_store_close(s);
    }
    free(want);
}

/* An engine that takes texts of at most 600 bytes skips a1 and a2 (614 bytes), and leaves
 * their annotations as they were. */
static void test_limits(void)
{
    rasd_config cfg;
    rasd_engine *small = NULL;
    rasd_store *s;
    rasd_reannotate_stats st;
    rasd_config_default(&cfg);
    cfg.max_doc_bytes = 600;
    CHECK(rasd_engine_open(&small, &cfg) == RASD_OK);
    if (!small || !(s = open_store(small, "fresh.db", 0))) {
        rasd_engine_close(small);
        return;
    }
    CHECKF(rasd_store_reannotate(s, NULL, NULL, &st) == RASD_OK, "%s", rasd_store_error(s));
    CHECK(st.this_run == 5 && st.skipped == 2);
    CHECK(entity(s, JUBEIR).articles == 2 && quotes(s, "a1").n == 2);
    rasd_store_close(s);
    rasd_engine_close(small);
    /* an engine without the entities' data would empty them: refused, nothing touched */
    rasd_config_default(&cfg);
    cfg.stages_off = RASD_STAGE_ENTITIES;
    CHECK(rasd_engine_open(&small, &cfg) == RASD_OK);
    if (small && (s = open_store(small, "fresh.db", 0)) != NULL) {
        CHECK(rasd_store_reannotate(s, "events", NULL, &st) == RASD_EINVAL);
        CHECK(strstr(rasd_store_error(s), "stages_off") != NULL);
        CHECK(rasd_store_reannotate(s, "dedup", NULL, &st) == RASD_OK && st.this_run == 5);
        CHECK(entity(s, JUBEIR).articles == 2);
        rasd_store_close(s);
    }
    rasd_engine_close(small);
}

int main(void)
{
    rasd_engine *e = NULL;
    char cmd[128];
    snprintf(dir, sizeof dir, "/tmp/rasd-test-admin-XXXXXX");
    if (!mkdtemp(dir) || rasd_engine_open(&e, NULL) != RASD_OK) {
        fprintf(stderr, "cannot set up\n");
        return 1;
    }
    write_fixture();
    CHECKF(rasd_ner_available(e), "no data/ner.model: the administration tests need it");
    if (rasd_ner_available(e)) {
        test_delete(e);
        test_backup(e);
        test_reannotate(e);
        test_limits();
    }
    rasd_engine_close(e);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return check_done("test_admin");
}
