/* test_story_copies.c — a copy that joins a story out of the window (issue 13, stop 49).
 *
 * A copy of a story's article joins that story whatever its date. When the story has left
 * the window and the copy comes so much later that no article but a copy may join it again
 * (its span past twice the model's life: sw_spent), the copy joins it without reading it
 * back: a member row and its row's counters (stories.c join_unread). Checked on
 * tests/data/news: the story's size, sources, first and last times are right, it was not
 * read back (rasd_story_stats: joined unread, none read back), its row keeps no stale sum
 * (vec and mb NULL), sizes match the member rows and SQLite's integrity check is clean; the
 * same input in one handle and in three (a spent story is not read back at open) gives the
 * same stories; an undated reprint is not put in a story so stretched; taking the copies
 * down (a recount) gives the story back its size and span. */
#define _POSIX_C_SOURCE 200809L
#include "check.h"
#include "rasd.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NEWS "tests/data/news/"

static char *geneva, *paris, *own_words, *reprint;
static size_t geneva_len, paris_len, own_len, reprint_len;

static void put(rasd_store *s, const char *id, const char *text, size_t len, const char *pub,
                const char *source)
{
    rasd_record r = {.id = id, .text = text, .text_len = len, .published = pub,
                     .source = source};
    REQUIREF(rasd_store_put(s, &r, NULL) == RASD_OK, "put %s: %s", id, rasd_store_error(s));
}

static int64_t story_of(rasd_store *s, const char *id)
{
    int64_t st = 0;
    CHECKF(rasd_store_article_story(s, id, &st, NULL) == RASD_OK, "%s has a story", id);
    return st;
}

/* What a test checks of one story. */
typedef struct seen {
    size_t size, nsources;
    char sources[256], first[32], last[32];
} seen;

static int got(const rasd_story *st, void *ctx)
{
    seen *w = ctx;
    size_t n = 0;
    w->size = st->size, w->nsources = st->nsources;
    w->sources[0] = 0;
    for (size_t i = 0; i < st->nsources; i++)
        n += (size_t)snprintf(w->sources + n, sizeof w->sources - n, "%s%s", i ? "," : "",
                              st->sources[i]);
    snprintf(w->first, sizeof w->first, "%s", st->first ? st->first : "");
    snprintf(w->last, sizeof w->last, "%s", st->last ? st->last : "");
    return 0;
}

static seen story(rasd_store *s, int64_t id)
{
    seen w = {0};
    CHECKF(rasd_store_story(s, id, got, &w) == RASD_OK, "story %lld", (long long)id);
    return w;
}

/* Every story as "id: size first last sources\n" lines, into buf. */
typedef struct listing {
    char buf[4096];
    size_t n;
} listing;

static int line(const rasd_story *st, void *ctx)
{
    listing *l = ctx;
    seen w;
    got(st, &w);
    if (l->n < sizeof l->buf)
        l->n += (size_t)snprintf(l->buf + l->n, sizeof l->buf - l->n, "%lld: %zu %s %s %s\n",
                                 (long long)st->id, w.size, w.first, w.last, w.sources);
    return 0;
}

static void list(rasd_store *s, listing *l)
{
    memset(l, 0, sizeof *l);
    REQUIRE(rasd_store_stories(s, NULL, 0, line, l) == RASD_OK);
}

/* One number from the store file (SQL q), -1 when it gives none. */
static long long sql_num(const char *db, const char *q)
{
    sqlite3 *h;
    sqlite3_stmt *st;
    long long v = -1;
    REQUIRE(sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK);
    REQUIREF(sqlite3_prepare_v2(h, q, -1, &st, NULL) == SQLITE_OK, "%s", sqlite3_errmsg(h));
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_type(st, 0) == SQLITE_TEXT
                ? strcmp((const char *)sqlite3_column_text(st, 0), "ok") == 0
                : sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(h);
    return v;
}

/* The store is whole: SQLite's check, every story's size its member rows, every article in
 * one story. */
static void consistent(const char *db)
{
    CHECK(sql_num(db, "pragma integrity_check") == 1);
    CHECK(sql_num(db, "select count(*) from stories s where size !="
                      " (select count(*) from story_members m where m.story = s.id)") == 0);
    CHECK(sql_num(db, "select count(*) from articles where docid not in"
                      " (select docid from story_members)") == 0);
}

static rasd_store *open_at(rasd_engine *e, const char *db)
{
    rasd_store *s;
    REQUIREF(rasd_store_open(&s, e, db, 0) == RASD_OK, "%s", rasd_store_error(s));
    return s;
}

/* The Geneva talks (2015-09-14), Paris, then a week's news five weeks on: the Geneva story
 * leaves the window. */
static void first_part(rasd_store *s)
{
    put(s, "a_geneva", geneva, geneva_len, "2015-09-14 10:00:00", "agency");
    put(s, "d_paris", paris, paris_len, "2015-09-04 20:00:00", "agency");
    REQUIRE(rasd_store_commit(s) == RASD_OK);
    put(s, "c_later", own_words, own_len, "2015-10-20 12:00:00", "weekly");
    REQUIRE(rasd_store_commit(s) == RASD_OK);
}

/* A copy of the Geneva article five weeks later, from another outlet. */
static void late_copy(rasd_store *s)
{
    put(s, "geneva_late", geneva, geneva_len, "2015-10-21 09:00:00", "late");
    REQUIRE(rasd_store_commit(s) == RASD_OK);
}

/* Another copy the next day. */
static void later_copy(rasd_store *s)
{
    put(s, "geneva_later", geneva, geneva_len, "2015-10-22 09:00:00", "later");
    REQUIRE(rasd_store_commit(s) == RASD_OK);
}

static void joined_unread(rasd_engine *e, const char *db, const char *db2)
{
    rasd_store *s, *s2;
    rasd_story_stats st;
    listing l1, l2;
    char q[160];
    int64_t g;
    seen w;
    check_rm_db(db);
    s = open_at(e, db);
    first_part(s);
    g = story_of(s, "a_geneva");
    late_copy(s);
    CHECK(story_of(s, "geneva_late") == g);
    REQUIRE(rasd_store_story_stats(s, &st) == RASD_OK);
    CHECKF(st.copies == 1 && st.unread == 1 && st.reloads == 0,
           "copies %lld, unread %lld, read back %lld", (long long)st.copies,
           (long long)st.unread, (long long)st.reloads);
    w = story(s, g);
    CHECKF(w.size == 2 && strcmp(w.sources, "agency,late") == 0, "size %zu, sources %s",
           w.size, w.sources);
    CHECKF(strncmp(w.first, "2015-09-14", 10) == 0 && strncmp(w.last, "2015-10-21", 10) == 0,
           "first %s, last %s", w.first, w.last);
    rasd_store_close(s);
    snprintf(q, sizeof q, "select count(*) from stories where id = %lld and vec is null and"
                          " mb is null and size = 2", (long long)g);
    CHECK(sql_num(db, q) == 1);   /* no stale sum */
    consistent(db);

    /* a new handle: the spent story is not read back at open, and joins unread again */
    s = open_at(e, db);
    later_copy(s);
    REQUIRE(rasd_store_story_stats(s, &st) == RASD_OK);
    CHECKF(st.unread == 1 && st.reloads == 0, "unread %lld, read back %lld",
           (long long)st.unread, (long long)st.reloads);
    w = story(s, g);
    CHECKF(w.size == 3 && strcmp(w.sources, "agency,late,later") == 0 &&
               strncmp(w.last, "2015-10-22", 10) == 0,
           "size %zu, sources %s, last %s", w.size, w.sources, w.last);
    /* an undated reprint of the talks is not put in a story only copies stretched */
    put(s, "b_undated", reprint, reprint_len, NULL, "daily");
    REQUIRE(rasd_store_commit(s) == RASD_OK);
    CHECK(story_of(s, "b_undated") != g);
    list(s, &l1);
    rasd_store_close(s);
    consistent(db);

    /* the same input in one handle: the same stories */
    check_rm_db(db2);
    s2 = open_at(e, db2);
    first_part(s2);
    late_copy(s2);
    later_copy(s2);
    put(s2, "b_undated", reprint, reprint_len, NULL, "daily");
    REQUIRE(rasd_store_commit(s2) == RASD_OK);
    list(s2, &l2);
    CHECKF(l1.n == l2.n && memcmp(l1.buf, l2.buf, l1.n) == 0, "same stories:\n%s---\n%s",
           l1.buf, l2.buf);
    rasd_store_close(s2);
    consistent(db2);

    /* the copies taken down: the story is its first article again */
    s = open_at(e, db);
    REQUIRE(rasd_store_delete(s, "geneva_later") == RASD_OK);
    REQUIRE(rasd_store_delete(s, "geneva_late") == RASD_OK);
    w = story(s, g);
    CHECKF(w.size == 1 && strcmp(w.sources, "agency") == 0 &&
               strncmp(w.last, "2015-09-14", 10) == 0,
           "size %zu, sources %s, last %s", w.size, w.sources, w.last);
    rasd_store_close(s);
    consistent(db);
}

int main(void)
{
    rasd_engine *e;
    char db[64], db2[64];
    snprintf(db, sizeof db, "/tmp/test_story_copies_%d.db", (int)getpid());
    snprintf(db2, sizeof db2, "/tmp/test_story_copies_%d_2.db", (int)getpid());
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    geneva = REQUIRE_SLURP(NEWS "a_geneva.txt", &geneva_len);
    paris = REQUIRE_SLURP(NEWS "d_paris.txt", &paris_len);
    own_words = REQUIRE_SLURP(NEWS "c_own_words.txt", &own_len);
    reprint = REQUIRE_SLURP(NEWS "b_reprint.txt", &reprint_len);
    joined_unread(e, db, db2);
    free(geneva), free(paris), free(own_words), free(reprint);
    rasd_engine_close(e);
    check_rm_db(db);
    check_rm_db(db2);
    return check_done("test_story_copies");
}
