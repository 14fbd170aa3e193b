/* test_changes.c — following a store's changes through the public API (rasd serve's
 * /api/stream): the data version seen by a second handle as the first commits, the newest
 * sequence number, the article versions after a point (an update listed once, as its new
 * version; a deleted article not at all), an article's text; and the deadline on a handle's
 * statements: a search or a listing past it fails and says so, and the same handle answers
 * as before once the deadline is lifted. Core tier only (tests/data/news). */
#define _POSIX_C_SOURCE 200809L
#include "check.h"
#include "rasd.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#define NEWS "tests/data/news"

static char dir[64];

typedef struct seen {
    char ids[512][64];
    int64_t seq[512];
    size_t n;
    int ordered;
} seen;

static int take(const rasd_change *c, void *ctx)
{
    seen *s = ctx;
    if (s->n && c->seq <= s->seq[s->n - 1])
        s->ordered = 0;
    if (s->n < 512) {
        snprintf(s->ids[s->n], sizeof s->ids[0], "%s", c->id);
        s->seq[s->n++] = c->seq;
    }
    return 0;
}

static seen *list_after(rasd_store *s, int64_t after, size_t limit, rasd_status *st)
{
    static seen v;
    memset(&v, 0, sizeof v);
    v.ordered = 1;
    *st = rasd_store_changes(s, after, limit, take, &v);
    return &v;
}

static int has(const seen *v, const char *id)
{
    for (size_t i = 0; i < v->n; i++)
        if (strcmp(v->ids[i], id) == 0)
            return 1;
    return 0;
}

static void put(rasd_store *s, const char *id, const char *text)
{
    rasd_record rec = {0};
    rec.id = id;
    rec.text = text;
    rec.text_len = strlen(text);
    CHECKF(rasd_store_put(s, &rec, NULL) == RASD_OK, "put %s: %s", id, rasd_store_error(s));
}

static void ingest_news(rasd_store *s)
{
    rasd_reader *r;
    rasd_record rec;
    REQUIRE(rasd_reader_open(&r, NEWS, NULL) == RASD_OK);
    while (rasd_reader_next(r, &rec) == RASD_OK)
        CHECK(rasd_store_put(s, &rec, NULL) == RASD_OK);
    rasd_reader_close(r);
    CHECK(rasd_store_commit(s) == RASD_OK);
}

static void test_changes(const rasd_engine *e, const char *db)
{
    rasd_store *w = NULL, *r = NULL;
    int64_t v0, v1, v2, last0, last1;
    rasd_status st;
    seen *v;
    char *text = NULL;
    size_t len = 0;
    REQUIRE(rasd_store_open(&w, e, db, 0) == RASD_OK);
    ingest_news(w);
    REQUIRE(rasd_store_open(&r, e, db, RASD_STORE_READONLY) == RASD_OK);
    CHECK(rasd_store_data_version(r, &v0) == RASD_OK);
    CHECK(rasd_store_data_version(r, &v1) == RASD_OK && v1 == v0);   /* nothing committed */
    CHECK(rasd_store_last_seq(r, &last0) == RASD_OK && last0 > 0);
    v = list_after(r, 0, 100, &st);
    CHECK(st == RASD_OK && v->n == 6 && v->ordered && v->seq[v->n - 1] == last0);
    CHECK(has(v, "a_geneva") && has(v, "d_paris"));
    v = list_after(r, 0, 2, &st);
    CHECK(st == RASD_OK && v->n == 2);                                 /* the limit */
    v = list_after(r, last0, 100, &st);
    CHECK(st == RASD_OK && v->n == 0);

    /* Another handle commits: a new article and an update; then a delete. */
    put(w, "new_one", "أعلنت وزارة الخارجية اليوم عن زيارة رسمية للرئيس إلى موسكو.");
    put(w, "a_geneva", "نص جديد لمقال جنيف بعد التحديث، وفيه ذكر لافروف وكيري.");
    CHECK(rasd_store_commit(w) == RASD_OK);
    CHECK(rasd_store_data_version(r, &v2) == RASD_OK && v2 != v0);
    CHECK(rasd_store_last_seq(r, &last1) == RASD_OK && last1 == last0 + 2);
    v = list_after(r, last0, 100, &st);
    CHECK(st == RASD_OK && v->n == 2 && v->ordered && has(v, "new_one") && has(v, "a_geneva"));
    v = list_after(r, 0, 100, &st);
    CHECK(st == RASD_OK && v->n == 7);                 /* a_geneva once, as its new version */
    CHECK(rasd_store_delete(w, "new_one") == RASD_OK);
    v = list_after(r, last0, 100, &st);
    CHECK(st == RASD_OK && v->n == 1 && has(v, "a_geneva"));

    CHECK(rasd_store_text(r, "a_geneva", &text, &len) == RASD_OK && text &&
          len == strlen(text) && strstr(text, "لافروف"));
    rasd_free(text);
    CHECK(rasd_store_text(r, "no-such", &text, &len) == RASD_END && !text);
    rasd_store_close(r);
    rasd_store_close(w);
}

static void test_deadline(const rasd_engine *e, const char *db)
{
    rasd_store *s = NULL;
    rasd_results *res = NULL;
    struct timespec pause = {0, 5 * 1000 * 1000};
    char id[32], text[512];
    size_t before;
    rasd_status st;
    seen *v;
    REQUIRE(rasd_store_open(&s, e, db, 0) == RASD_OK);
    for (int i = 0; i < 300; i++) {   /* enough rows for statements of many VM steps */
        snprintf(id, sizeof id, "gen%03d", i);
        snprintf(text, sizeof text, "التقى الرئيس %d وزير الخارجية في الرياض وبحثا التعاون %d.", i, i * 7);
        put(s, id, text);
    }
    CHECK(rasd_store_commit(s) == RASD_OK);
    rasd_store_close(s);
    REQUIRE(rasd_store_open(&s, e, db, RASD_STORE_READONLY) == RASD_OK);
    CHECK(rasd_search(s, "الرئيس", NULL, &res) == RASD_OK && res);
    before = res ? rasd_results_count(res) : 0;
    rasd_results_free(res);
    res = NULL;
    CHECK(before == 10 && !rasd_store_timed_out(s));

    rasd_store_set_deadline(s, 1);
    nanosleep(&pause, NULL);                         /* the deadline has passed */
    v = list_after(s, 0, 500, &st);
    CHECK(st != RASD_OK && rasd_store_timed_out(s));
    rasd_store_set_deadline(s, 1);
    nanosleep(&pause, NULL);
    CHECK(rasd_search(s, "التعاون OR الرياض", NULL, &res) != RASD_OK && rasd_store_timed_out(s));
    rasd_results_free(res);
    res = NULL;

    rasd_store_set_deadline(s, 0);                   /* lifted: the handle answers as before */
    CHECK(!rasd_store_timed_out(s));
    v = list_after(s, 0, 500, &st);
    CHECKF(st == RASD_OK && v->n == 300, "st %d n %zu", st, v->n);
    CHECK(rasd_search(s, "الرئيس", NULL, &res) == RASD_OK && res && rasd_results_count(res) == before);
    rasd_results_free(res);
    rasd_store_set_deadline(s, 60000);               /* a generous deadline does not fire */
    CHECK(rasd_search(s, "التعاون OR الرياض", NULL, &res) == RASD_OK && !rasd_store_timed_out(s));
    rasd_results_free(res);
    rasd_store_close(s);
}

int main(void)
{
    rasd_engine *e = NULL;
    char db[128], cmd[128];
    snprintf(dir, sizeof dir, "/tmp/rasd-test-changes-XXXXXX");
    REQUIREF(mkdtemp(dir) != NULL, "cannot make %s", dir);
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    snprintf(db, sizeof db, "%s/c.db", dir);
    test_changes(e, db);
    snprintf(db, sizeof db, "%s/d.db", dir);
    test_deadline(e, db);
    rasd_engine_close(e);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return check_done("test_changes");
}
