/* test_stories.c — stories through the public API on tests/data/news (core tier) and the
 * seeds (shared tier): a reprint joins its source's story, another event does not; every
 * listed story keeps the contract (size, articles, spans inside their article's text,
 * timeline in date order); re-ingest of the same content changes nothing; the same input
 * in a new store gives the same stories; a changed article moves and its old story stays
 * consistent; undated, far-future, far-past and empty articles, a 5 MB article and 10,000
 * copies of one story; the scorer's model file: data/stories.model loads, a damaged one is
 * refused with its line; the member check's cosine and the title's index keys; the
 * calendar-day bound lets a reprint of the next day join (a_geneva, b_reprint); the place
 * key parts one programme's reports from four places, a restatement crosses it (place_near),
 * the model's prefer keeps the Cairo visit one story, the visit's announcement stays apart
 * from it (with ahead, a line the shipped model does not have, and without: since dates3 the
 * example no longer tells the two apart, see ahead_story), and sig_key (another)
 * parts three offices' reports of one programme by the officials their leads name
 * (SaudiNewsNet, shared tier), and single (another: single link to the nearest member) parts a
 * reaction from the event it reacts to; the signature key's edges; member_ent parts a day's Eid
 * receptions by thirteen bodies, told in one formula, and keeps one meeting's reports together.
 * The cheaper paths of the clustering's cost give what the plain ones gave: svec_dot of a
 * short vector against a long one (galloping) the merge's sum bit for bit, the index keys the
 * heaviest entries by a full sort (lead persons left out). */
#define _POSIX_C_SOURCE 200809L
#include "check.h"
#include "rasd.h"
#include "stories/stories.h"

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define NEWS "tests/data/news/"

typedef struct art {
    const char *id, *file, *published;
    char *text;
    size_t len;
} art;

static art news[] = {
    {"a_geneva", NEWS "a_geneva.txt", "2015-09-14 10:00:00", NULL, 0},
    {"b_reprint", NEWS "b_reprint.txt", "2015-09-15 09:00:00", NULL, 0},
    {"c_own_words", NEWS "c_own_words.txt", NULL, NULL, 0},
    {"d_paris", NEWS "d_paris.txt", "2015-09-04 20:00:00", NULL, 0},
    {"e_riyadh", NEWS "e_riyadh.txt", "2015-09-16 12:00:00", NULL, 0},
};
#define NNEWS (sizeof news / sizeof *news)

static int d_changed;              /* d_paris holds a_geneva's text now */

static const art *find_art(const char *id)
{
    if (d_changed && strcmp(id, "d_paris") == 0)
        return &news[0];
    for (size_t i = 0; i < NNEWS; i++)
        if (strcmp(news[i].id, id) == 0)
            return &news[i];
    return NULL;
}

static void put(rasd_store *s, const char *id, const char *text, size_t len, const char *pub,
                const char *source)
{
    rasd_record r = {.id = id, .text = text, .text_len = len, .published = pub,
                     .source = source};
    REQUIREF(rasd_store_put(s, &r, NULL) == RASD_OK, "put %s: %s", id, rasd_store_error(s));
}

static void put_news(rasd_store *s)
{
    static const char *const src[] = {"agency", "daily", "weekly", "agency", "daily"};
    for (size_t i = 0; i < NNEWS; i++)
        put(s, news[i].id, news[i].text, news[i].len, news[i].published, src[i]);
    REQUIRE(rasd_store_commit(s) == RASD_OK);
}

static int64_t story_of(rasd_store *s, const char *id)
{
    int64_t st = 0;
    CHECKF(rasd_store_article_story(s, id, &st, NULL) == RASD_OK, "%s has a story", id);
    return st;
}

/* A listing as "story: article article ...\n" lines, and contract checks on each story. */
typedef struct dump {
    char buf[8192];
    size_t n, stories, articles;
} dump;

static void check_span(const rasd_story_span *sp)
{
    const art *a = find_art(sp->article);
    if (!a)
        return;                      /* an article of a test's own (no fixture text) */
    CHECKF(sp->end > sp->start && sp->end <= a->len, "span [%u,%u) of %s", sp->start, sp->end,
           sp->article);
    CHECKF(sp->end <= a->len && strlen(sp->text) == sp->end - sp->start &&
               memcmp(a->text + sp->start, sp->text, sp->end - sp->start) == 0,
           "span text of %s is its text's bytes", sp->article);
}

/* Appends to d->buf what fits (a listing of 10,000 copies does not: only its count matters). */
static void append(dump *d, const char *fmt, const char *s)
{
    int k = snprintf(d->buf + d->n, sizeof d->buf - d->n, fmt, s);
    if (k > 0)
        d->n += (size_t)k < sizeof d->buf - d->n ? (size_t)k : sizeof d->buf - d->n - 1;
}

static int listed(const rasd_story *st, void *ctx)
{
    dump *d = ctx;
    char id[24];
    snprintf(id, sizeof id, "%lld", (long long)st->id);
    append(d, "%s:", id);
    CHECK(st->id > 0 && st->thread > 0 && st->size > 0);
    for (size_t i = 0; i < st->size; i++)
        append(d, " %s", st->articles[i]);
    append(d, "%s", "\n");
    d->stories++, d->articles += st->size;
    CHECK(st->nsummary <= 5);
    for (size_t i = 0; i < st->nsummary; i++)
        check_span(&st->summary[i]);
    for (size_t i = 0; i < st->ntimeline; i++) {
        check_span(&st->timeline[i]);
        CHECK(strlen(st->timeline[i].date) >= 10);
        CHECK(i == 0 || strcmp(st->timeline[i - 1].date, st->timeline[i].date) <= 0);
    }
    CHECK(st->nentities <= 10);
    for (size_t i = 1; i < st->nentities; i++)
        CHECK(st->entities[i - 1].mentions >= st->entities[i].mentions);
    CHECK(!st->first == !st->last && (!st->first || strcmp(st->first, st->last) <= 0));
    if (st->nsources >= 3)         /* one summary sentence per source at most */
        for (size_t i = 0; i < st->nsummary; i++)
            for (size_t j = 0; j < i; j++)
                CHECK(strcmp(st->summary[i].article, st->summary[j].article) != 0);
    return 0;
}

static void list(rasd_store *s, dump *d)
{
    memset(d, 0, sizeof *d);
    REQUIRE(rasd_store_stories(s, NULL, 0, listed, d) == RASD_OK);
}

static rasd_store *open_new(rasd_engine *e, const char *path)
{
    rasd_store *s;
    check_rm_db(path);
    REQUIREF(rasd_store_open(&s, e, path, 0) == RASD_OK, "%s", rasd_store_error(s));
    return s;
}

static void core(rasd_engine *e, const char *db, const char *db2)
{
    rasd_store *s = open_new(e, db), *s2;
    dump d1, d2;
    put_news(s);
    CHECK(story_of(s, "a_geneva") == story_of(s, "b_reprint"));    /* a reprint, next day */
    CHECK(story_of(s, "d_paris") != story_of(s, "a_geneva"));      /* another event */
    list(s, &d1);
    CHECK(d1.articles == NNEWS);
    put_news(s);                                                    /* the same again */
    list(s, &d2);
    CHECK(d1.n == d2.n && memcmp(d1.buf, d2.buf, d1.n) == 0);
    s2 = open_new(e, db2);                                           /* the same input */
    put_news(s2);
    list(s2, &d2);
    CHECKF(d1.n == d2.n && memcmp(d1.buf, d2.buf, d1.n) == 0, "same stories:\n%s---\n%s",
           d1.buf, d2.buf);
    rasd_store_close(s2);
    /* d_paris becomes a copy of a_geneva: it moves, and its old story goes. */
    int64_t old = story_of(s, "d_paris");
    put(s, "d_paris", news[0].text, news[0].len, "2015-09-14 11:00:00", "agency");
    REQUIRE(rasd_store_commit(s) == RASD_OK);
    d_changed = 1;
    CHECK(story_of(s, "d_paris") == story_of(s, "a_geneva"));
    CHECK(rasd_store_story(s, old, listed, &d2) == RASD_END);
    list(s, &d2);
    CHECK(d2.articles == NNEWS);
    rasd_store_close(s);
    d_changed = 0;
}

static void bad_input(rasd_engine *e, const char *db)
{
    rasd_store *s = open_new(e, db);
    dump d;
    char id[32];
    rasd_store_set_batch(s, 7);
    put_news(s);
    put(s, "empty", "", 0, "2015-09-14", NULL);
    put(s, "future", news[3].text, news[3].len, "2999-01-01 00:00:00", NULL);
    put(s, "undated", news[4].text, news[4].len, NULL, NULL);
    for (int i = 0; i < 40; i++) {   /* many copies of one wire story */
        snprintf(id, sizeof id, "copy%02d", i);
        put(s, id, news[0].text, news[0].len, i % 2 ? "2015-09-14" : "2015-09-20", "wire");
    }
    REQUIRE(rasd_store_commit(s) == RASD_OK);
    CHECK(story_of(s, "empty") > 0);
    CHECK(story_of(s, "future") == story_of(s, "d_paris"));        /* by content alone */
    CHECK(story_of(s, "undated") == story_of(s, "e_riyadh"));
    for (int i = 0; i < 40; i++) {
        snprintf(id, sizeof id, "copy%02d", i);
        CHECKF(story_of(s, id) == story_of(s, "a_geneva"), "%s in its source's story", id);
    }
    list(s, &d);
    CHECK(d.articles == NNEWS + 43);
    rasd_store_close(s);
}

/* The limits: a date far in the past, a 5 MB article, and 10,000 copies of one wire
 * story (200 under the sanitizers), on an engine without the entity and event stages (the
 * stories stage then clusters by words alone; recognising 5 MB and 10,000 articles would
 * take most of a minute). Each article gets a story, nothing is lost, and the copies are in
 * their source's story. */
static void limits(const char *db)
{
    rasd_engine *e;
    rasd_config cfg;
    rasd_config_default(&cfg);
    cfg.stages_off = RASD_STAGE_ENTITIES | RASD_STAGE_EVENTS;
    REQUIRE(rasd_engine_open(&e, &cfg) == RASD_OK);
    const char *skip = getenv("RASD_TEST_SKIP_SLOW");
    int many = !(skip && *skip && strcmp(skip, "0") != 0);
    size_t ncopies = many ? 10000 : 200, big_len = 0, cap = 5u << 20;
    rasd_store *s = open_new(e, db);
    dump d;
    char id[32], *big = malloc(cap + 1);
    REQUIRE(big != NULL);
    for (size_t i = 0; big_len + news[i % NNEWS].len + 1 <= cap; i++) {
        memcpy(big + big_len, news[i % NNEWS].text, news[i % NNEWS].len);
        big_len += news[i % NNEWS].len;
        big[big_len++] = '\n';
    }
    REQUIRE(big_len > (4u << 20));
    rasd_store_set_batch(s, 500);
    put_news(s);
    put(s, "past", news[3].text, news[3].len, "1900-01-01 00:00:00", NULL);
    put(s, "big", big, big_len, "2015-09-15 12:00:00", "daily");
    for (size_t i = 0; i < ncopies; i++) {
        snprintf(id, sizeof id, "wire%05zu", i);
        put(s, id, news[0].text, news[0].len, "2015-09-14 12:00:00", "wire");
    }
    REQUIRE(rasd_store_commit(s) == RASD_OK);
    CHECK(story_of(s, "past") == story_of(s, "d_paris"));          /* by content alone */
    CHECK(story_of(s, "big") > 0);
    int64_t geneva = story_of(s, "a_geneva");
    size_t apart = 0;
    for (size_t i = 0; i < ncopies; i++) {
        snprintf(id, sizeof id, "wire%05zu", i);
        apart += story_of(s, id) != geneva;
    }
    CHECKF(apart == 0, "%zu of %zu copies outside their source's story", apart, ncopies);
    list(s, &d);
    CHECKF(d.articles == NNEWS + 2 + ncopies, "%zu articles listed", d.articles);
    if (!many)
        printf("test_stories: 10,000 copies skipped (slow: run in the release pass only)\n");
    rasd_store_close(s);
    rasd_engine_close(e);
    free(big);
}

/* The seeds, as rasd ingest reads them (title, text and whatever else the reader finds): 000,
 * 001 and 002 one story (Putin and Cameron, Antalya), 003 its own. */
static void seeds(rasd_engine *e, const char *db)
{
    rasd_store *s = open_new(e, db);
    rasd_reader *r;
    rasd_record rec;
    REQUIRE(rasd_reader_open(&r, SHARED "/corpus/seeds", NULL) == RASD_OK);
    while (rasd_reader_next(r, &rec) == RASD_OK) {
        char id[4];
        snprintf(id, sizeof id, "%.3s", rec.id);
        rec.id = id;
        REQUIREF(rasd_store_put(s, &rec, NULL) == RASD_OK, "put %s: %s", id,
                 rasd_store_error(s));
    }
    rasd_reader_close(r);
    REQUIRE(rasd_store_commit(s) == RASD_OK);
    CHECK(story_of(s, "000") == story_of(s, "001"));
    CHECK(story_of(s, "000") == story_of(s, "002"));
    CHECK(story_of(s, "003") != story_of(s, "000"));
    if (story_of(s, "004") == story_of(s, "000"))   /* a known miss: one topic */
        printf("test_stories: note: seed 004 (Putin-Hollande) joins the Antalya story\n");
    rasd_store_close(s);
}

/* data/stories.model: every weight, a threshold in (0, 1); a file with an unknown name, a
 * missing weight or no file is refused with the reason. */
static void model_file(const char *db)
{
    story_model m;
    char err[512], path[96];
    FILE *f;
    CHECK(story_model_load("data/stories.model", &m, err, sizeof err) == RASD_OK);
    CHECK(m.threshold > 0 && m.threshold < 1 && m.life >= 0);
    snprintf(path, sizeof path, "%s.model", db);
    REQUIRE((f = fopen(path, "w")) != NULL);
    fputs("# a comment\nthreshold\t0.5\ncos_tilte\t1\n", f);
    fclose(f);
    CHECK(story_model_load(path, &m, err, sizeof err) == RASD_EDATA);
    CHECK(strstr(err, ".model:3:") != NULL);
    REQUIRE((f = fopen(path, "w")) != NULL);
    fputs("threshold\t0.5\ncos_title\t1\n", f);
    fclose(f);
    CHECK(story_model_load(path, &m, err, sizeof err) == RASD_EDATA);
    CHECK(strstr(err, "missing") != NULL);
    unlink(path);
    CHECK(story_model_load(path, &m, err, sizeof err) == RASD_EIO);
}

/* The features of a text (and a title, NULL: none) as the stories stage builds them. */
static void feat_of(rasd_engine *e, const char *text, size_t len, const char *title,
                    story_feat *f)
{
    rasd_doc *d;
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    REQUIRE(rasd_analyze(e, d, text, len) == RASD_OK);
    REQUIRE(story_feat_text(e, d, f) == RASD_OK);
    if (title) {
        REQUIRE(rasd_analyze(e, d, title, strlen(title)) == RASD_OK);
        REQUIRE(story_feat_title(e, d, f) == RASD_OK);
    }
    rasd_doc_free(d);
}

/* The member check's cosine (story_pair_both): 1 for an article and itself, symmetric, a
 * reprint near its source (at the day bound's day_near or more), another event in
 * another city farther; and a title gives the index keys its two heaviest terms. */
static void member_check(rasd_engine *e)
{
    story_feat a = {0}, b = {0}, c = {0};
    story_norm na, nb, nc;
    story_model m;
    char err[512];
    size_t before;
    REQUIRE(story_model_load("data/stories.model", &m, err, sizeof err) == RASD_OK);
    CHECK(m.member > 0 && m.member < 1);
    /* the calendar-day bound, crossed only by a reprint (core: b_reprint, the next day) */
    CHECK(m.day > 0 && m.day_near >= m.member && m.day_near < 1);
    feat_of(e, news[0].text, news[0].len, NULL, &a);       /* Geneva */
    feat_of(e, news[1].text, news[1].len, NULL, &b);       /* its reprint */
    feat_of(e, news[4].text, news[4].len, NULL, &c);       /* al-Jubeir in Moscow */
    story_norms(&a, &na), story_norms(&b, &nb), story_norms(&c, &nc);
    CHECK(fabs(story_pair_both(&a, &na, &a, &na) - 1) < 1e-6);
    CHECK(fabs(story_pair_both(&a, &na, &c, &nc) - story_pair_both(&c, &nc, &a, &na)) < 1e-9);
    CHECKF(story_pair_both(&a, &na, &b, &nb) >= m.day_near, "reprint %.3f",
           story_pair_both(&a, &na, &b, &nb));
    CHECKF(story_pair_both(&a, &na, &c, &nc) < story_pair_both(&a, &na, &b, &nb),
           "other event %.3f", story_pair_both(&a, &na, &c, &nc));
    before = a.nkeys;
    story_feat_free(&a);
    feat_of(e, news[0].text, news[0].len, "المملكة تشارك في مهرجان الشباب العربي بالإسكندرية",
            &a);
    CHECKF(a.nkeys == before + STORY_TITLE_KEYS && a.nkeys <= STORY_KEYS, "keys %zu, %zu",
           before, a.nkeys);
    story_feat_free(&a), story_feat_free(&b), story_feat_free(&c);
}

/* The place key on real text (SaudiNewsNet, 2 August 2015): four reports of one programme,
 * midday-ban inspections by the labour offices of al-Jouf (snn-017218 and its reprint
 * snn-017583), Khaybar (snn-017549), Rafha (snn-017559) and another office (snn-017569),
 * are one story by words and actors (the model before the place key made them one); each
 * office's own place parts them, and the reprint still joins its source. */
/* Puts the SaudiNewsNet articles of ids[0, n) into s, in the corpus's order; how many. */
/* put_snn, with article `at_id` (NULL: none; "*": every one) stored as published at `at`
 * (NULL: undated). */
static size_t put_snn_at(rasd_store *s, const char *const *ids, size_t n, const char *at_id,
                         const char *at)
{
    rasd_reader *r;
    rasd_record rec;
    size_t found = 0;
    REQUIRE(rasd_reader_open(&r, SHARED "/data/saudinewsnet/articles.jsonl.gz", NULL) ==
            RASD_OK);
    while (found < n && rasd_reader_next(r, &rec) == RASD_OK)
        for (size_t i = 0; i < n; i++)
            if (strcmp(rec.id, ids[i]) == 0) {
                if (at_id && (strcmp(at_id, "*") == 0 || strcmp(rec.id, at_id) == 0))
                    rec.published = at;
                REQUIREF(rasd_store_put(s, &rec, NULL) == RASD_OK, "put %s: %s", rec.id,
                         rasd_store_error(s));
                found++;
            }
    rasd_reader_close(r);
    REQUIRE(rasd_store_commit(s) == RASD_OK);
    return found;
}

static size_t put_snn(rasd_store *s, const char *const *ids, size_t n)
{
    return put_snn_at(s, ids, n, NULL, NULL);
}

static void place_key(rasd_engine *e, const char *db)
{
    static const char *const ids[] = {"snn-017218", "snn-017549", "snn-017559", "snn-017569",
                                       "snn-017583"};
    rasd_store *s = open_new(e, db);
    size_t found = put_snn(s, ids, 5);
    CHECKF(found == 5, "%zu of 5 articles in SaudiNewsNet", found);
    CHECK(story_of(s, "snn-017583") == story_of(s, "snn-017218"));   /* the reprint */
    for (size_t i = 1; i < 4; i++)
        CHECKF(story_of(s, ids[i]) != story_of(s, "snn-017218"), "%s apart from al-Jouf",
               ids[i]);
    CHECK(story_of(s, "snn-017549") != story_of(s, "snn-017559"));
    rasd_store_close(s);
}

/* A data folder like data/ whose stories.model adds extra (symlinks to the rest) in dir;
 * an engine on it. */
static rasd_engine *engine_with_model(const char *dir, const char *extra)
{
    char cwd[512], from[1024], to[1024], line[512];
    DIR *dd;
    struct dirent *de;
    FILE *in, *out;
    rasd_config cfg;
    rasd_engine *e;
    REQUIRE(getcwd(cwd, sizeof cwd) != NULL);
    REQUIRE(mkdir(dir, 0700) == 0);
    REQUIRE((dd = opendir("data")) != NULL);
    while ((de = readdir(dd)) != NULL) {
        if (de->d_name[0] == '.' || strcmp(de->d_name, "stories.model") == 0)
            continue;
        snprintf(from, sizeof from, "%s/data/%s", cwd, de->d_name);
        snprintf(to, sizeof to, "%s/%s", dir, de->d_name);
        REQUIREF(symlink(from, to) == 0, "symlink %s", to);
    }
    closedir(dd);
    snprintf(to, sizeof to, "%s/stories.model", dir);
    REQUIRE((in = fopen("data/stories.model", "r")) != NULL);
    REQUIRE((out = fopen(to, "w")) != NULL);
    while (fgets(line, sizeof line, in))
        fputs(line, out);
    fputs(extra, out);
    fclose(in);
    fclose(out);
    rasd_config_default(&cfg);
    cfg.data_dir = dir;
    REQUIRE(rasd_engine_open(&e, &cfg) == RASD_OK);
    return e;
}

/* A new store at db holding the SaudiNewsNet articles ids, on an engine (*e, the caller
 * closes it) with the shipped model (extra NULL) or one whose stories.model adds extra (in
 * dir, engine_with_model). */
static rasd_store *snn_store(const char *db, const char *dir, const char *extra,
                             const char *const *ids, size_t n, rasd_engine **e)
{
    rasd_store *s;
    size_t found;
    if (extra)
        *e = engine_with_model(dir, extra);
    else
        REQUIRE(rasd_engine_open(e, NULL) == RASD_OK);
    s = open_new(*e, db);
    found = put_snn(s, ids, n);
    CHECKF(found == n, "%zu of %zu articles in SaudiNewsNet", found, n);
    return s;
}

static void rm_data(const char *dir)
{
    char path[1024];
    DIR *dd = opendir(dir);
    struct dirent *de;
    while (dd && (de = readdir(dd)) != NULL)
        if (de->d_name[0] != '.') {
            snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
            unlink(path);
        }
    if (dd)
        closedir(dd);
    rmdir(dir);
}

/* The model's prefer on real text (SaudiNewsNet, 31 July 2015): the crown prince's visit to
 * Cairo told by 55 articles of that day, 11 of them reports of the military colleges'
 * graduation he attended with Sisi. With the 2026.12-7 recogniser those name the military
 * college (كلية الحربية, الكلية الحربية المصرية) and grow a story of their own; an article on
 * Sisi's words there (snn-013454) passes both that fragment and the visit's story and joins
 * the fragment by a hair (relatedness 0.447 against 0.420 in the whole-corpus replay). With
 * the shipped model's prefer (0.1) the bigger story takes it, and the 11 labelled articles of
 * the visit (bench/stories) are one story; without prefer the split is printed. */
/* The 55 articles of the visit and of its military-college fragment, in corpus order. */
static const char *const cairo_ids[] = {
    "snn-012851", "snn-013454", "snn-013550", "snn-013694", "snn-013850", "snn-013857",
    "snn-013916", "snn-014272", "snn-014285", "snn-014496", "snn-014769", "snn-012885",
    "snn-012964", "snn-013049", "snn-013083", "snn-013088", "snn-013152", "snn-013171",
    "snn-013172", "snn-013174", "snn-013186", "snn-013353", "snn-013369", "snn-013480",
    "snn-013534", "snn-013548", "snn-013763", "snn-013774", "snn-013776", "snn-013785",
    "snn-013839", "snn-013898", "snn-013917", "snn-013918", "snn-014119", "snn-014126",
    "snn-014127", "snn-014266", "snn-014274", "snn-014275", "snn-014279", "snn-014280",
    "snn-014495", "snn-014566", "snn-014572", "snn-014585", "snn-014663", "snn-014770",
    "snn-014784", "snn-014785", "snn-014798", "snn-014910", "snn-014911", "snn-014927",
    "snn-014929"};
#define CAIRO_N (sizeof cairo_ids / sizeof *cairo_ids)

static void prefer_story(const char *db)
{
    const char *const *ids = cairo_ids;
    static const char *const gold[] = {"snn-013174", "snn-013454", "snn-013776", "snn-013916",
                                        "snn-014126", "snn-014266", "snn-014280", "snn-014770",
                                        "snn-014784", "snn-014798", "snn-014910"};
    const size_t n = CAIRO_N, ng = sizeof gold / sizeof *gold;
    char dir[96];
    snprintf(dir, sizeof dir, "%s.data", db);
    for (int pass = 0; pass < 2; pass++) {
        rasd_engine *e;
        rasd_store *s = snn_store(db, dir, pass ? "prefer\t0\n" : NULL, ids, n, &e);
        size_t joined = 0;
        for (size_t i = 1; i < ng; i++)
            joined += story_of(s, gold[i]) == story_of(s, gold[0]);
        if (!pass)
            CHECKF(joined == ng - 1, "%zu of 10 in the visit's story", joined);
        else
            printf("test_stories: note: without prefer: %zu of 10 in the visit's story\n", joined);
        rasd_store_close(s);
        rasd_engine_close(e);
    }
    rm_data(dir);
}

/* The model's ahead on real text (SaudiNewsNet, 31 July 2015, the Cairo visit of
 * prefer_story): snn-012964, "the crown prince leaves for Egypt tomorrow, Thursday 14/10/1436
 * = 30/7/2015" (يوم غد الخميس …), was published at 04:21 on the 31st, after the visit began.
 * Its lead was once read as the next Thursday (6 August, ahead of its day); since dates3 reads
 * the spaced numeric date, it is the 30th, so the outlet's publication time no longer shows
 * the announcement. The test stores it at the time its text was written (the 29th, 20:00):
 * with ahead 300 (a model line; the shipped model has none: docs/STORIES.md, "stories8";
 * sig and sig_key set to 0 should the model get them: "stories10") it stays out of the
 * visit's story, which still holds the 11 labelled articles, also when the store is closed
 * after the first three articles (the story it started is read back with its flag) and the
 * rest come in another session. The shipped model keeps it apart too, by its day bound (two
 * days before the visit's articles), so this example no longer shows what ahead adds. */
static void ahead_story(const char *db)
{
    static const char *const first[] = {"snn-012851", "snn-012885", "snn-012964"};
    static const char *const gold[] = {"snn-013174", "snn-013454", "snn-013776", "snn-013916",
                                        "snn-014126", "snn-014266", "snn-014280", "snn-014770",
                                        "snn-014784", "snn-014798", "snn-014910"};
    const size_t ng = sizeof gold / sizeof *gold;
    char dir[96];
    snprintf(dir, sizeof dir, "%s.data", db);
    for (int pass = 0; pass < 2; pass++) {
        rasd_engine *e =
            pass ? NULL : engine_with_model(dir, "ahead\t300\nsig\t0\nsig_key\t0\n");
        size_t joined = 0, found;
        rasd_store *s;
        if (pass)
            REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
        s = open_new(e, db);
        found = put_snn_at(s, first, 3, "snn-012964", "2015-07-29 20:00:00");
        CHECKF(found == 3, "%zu of 3 articles in SaudiNewsNet", found);
        rasd_store_close(s);
        REQUIRE(rasd_store_open(&s, e, db, 0) == RASD_OK);
        found = put_snn_at(s, cairo_ids, CAIRO_N, "snn-012964", "2015-07-29 20:00:00");
        CHECKF(found == CAIRO_N, "%zu of %zu articles in SaudiNewsNet", found, CAIRO_N);
        for (size_t i = 1; i < ng; i++)
            joined += story_of(s, gold[i]) == story_of(s, gold[0]);
        CHECKF(joined == ng - 1, "ahead %s: %zu of 10 in the visit's story",
               pass ? "off" : "300", joined);
        CHECKF(story_of(s, "snn-012964") != story_of(s, gold[0]),
               "the announcement apart, ahead %s", pass ? "off" : "300");
        rasd_store_close(s);
        rasd_engine_close(e);
    }
    rm_data(dir);
}

/* The model's place_near on real text (SaudiNewsNet, 2-3 August 2015): two reports of one
 * decision each, told twice under one title (the housing ministry stops 650 flat contracts
 * in the Eastern Province: snn-017665, snn-018665; al-Mirdasi to referee the East Asian
 * Cup's opening: snn-016799, snn-017159), whose places the recogniser reads otherwise (the
 * Eastern Province against Qatif and Dammam; South Korea against Serbia and Brazil), so the
 * place key parts them. With place_near 0.7 an article that near (story_pair_both: 0.80,
 * 0.87) one of the story's members crosses it; without, they are apart. The midday-ban
 * inspections of al-Jouf and Khaybar (0.62, one template) stay apart (place_key above). */
static void place_near(const char *db)
{
    static const char *const ids[] = {"snn-016799", "snn-017159", "snn-017665", "snn-018665"};
    char dir[96];
    snprintf(dir, sizeof dir, "%s.data", db);
    for (int pass = 0; pass < 2; pass++) {
        rasd_engine *e;
        rasd_store *s = snn_store(db, dir, pass ? "place_near\t0\n" : NULL, ids, 4, &e);
        for (size_t i = 0; i < 4; i += 2)
            CHECKF((story_of(s, ids[i]) == story_of(s, ids[i + 1])) == !pass,
                   "%s and %s, place_near %s", ids[i], ids[i + 1], pass ? "0" : "0.7");
        CHECK(story_of(s, ids[0]) != story_of(s, ids[2]));
        rasd_store_close(s);
        rasd_engine_close(e);
    }
    rm_data(dir);
}

/* The model's sig_key on real text (SaudiNewsNet, 27 July 2015): three offices' reports of
 * one programme, the teachers' interviews (the teachers' director general, snn-011913;
 * Medina's education office, snn-011958; al-Dawadmi's, snn-012426: titles and bodies 0.44
 * to 0.70 near, one template, and al-Dawadmi read as no place, so the place key lets them
 * through). Each names its own official at its start: with sig 0.1 and sig_key 2 (model
 * lines the shipped model does not have: docs/STORIES.md, "stories10") the three are three
 * stories; with the shipped model before stories16 (member_ent 0) Medina's and al-Dawadmi's
 * are one. The shipped model's member_ent parts them too: their words are near and the
 * officials they name are not the same (entity cosine 0). */
static void sig_key_story(const char *db)
{
    static const char *const ids[] = {"snn-011913", "snn-011958", "snn-012426"};
    char dir[96];
    snprintf(dir, sizeof dir, "%s.data", db);
    static const char *const extra[] = {"sig\t0.1\nsig_key\t2\nmember_ent\t0\n",
                                         "member_ent\t0\n", NULL};
    for (int pass = 0; pass < 3; pass++) {
        rasd_engine *e;
        rasd_store *s = snn_store(db, dir, extra[pass], ids, 3, &e);
        CHECKF((story_of(s, ids[1]) == story_of(s, ids[2])) == (pass == 1),
               "Medina and al-Dawadmi, %s", pass == 0 ? "sig_key 2" : pass == 1 ?
               "member_ent 0" : "the shipped model");
        if (!pass)
            CHECK(story_of(s, ids[0]) != story_of(s, ids[1]) &&
                  story_of(s, ids[0]) != story_of(s, ids[2]));
        rasd_store_close(s);
        rasd_engine_close(e);
        rm_data(dir);
    }
}

/* story_place_shared's edges: no place on either side passes; the n heaviest places decide,
 * ties to the smaller key. */
static void place_shared_edges(void)
{
    sv_ent ae[] = {{4u << 2 | STORY_K_ENT, 1.0f}, {8u << 2 | STORY_K_PLACE, 0.5f},
                   {9u << 2 | STORY_K_PLACE, 0.5f}};
    sv_ent se[] = {{4u << 2 | STORY_K_ENT, 2.0f}, {8u << 2 | STORY_K_PLACE, 1.0f}};
    sv_ent so[] = {{4u << 2 | STORY_K_ENT, 2.0f}, {9u << 2 | STORY_K_PLACE, 1.0f}};
    story_feat a = {0}, none = {0};
    svec st = {se, 2, 2}, other = {so, 2, 2}, noplace = {se, 1, 1};
    a.ent = (svec){ae, 3, 3};
    none.ent = (svec){ae, 1, 1};
    CHECK(story_place_shared(&a, &st, 1) == 1);        /* 8 (the tie's smaller key) is there */
    CHECK(story_place_shared(&a, &other, 1) == 0);     /* 9 is not its heaviest place */
    CHECK(story_place_shared(&a, &other, 2) == 1);     /* but one of its two heaviest */
    CHECK(story_place_shared(&a, &noplace, 1) == 1);   /* a story without places */
    CHECK(story_place_shared(&none, &other, 1) == 1);  /* an article without places */
}

/* story_sig_shared's edges: no lead person on either side passes; the article's n heaviest
 * lead persons among the story's pass, and so, both ways, the story's n heaviest among the
 * article's; the signature is in no index key and in no other cosine. */
static void sig_shared_edges(void)
{
    sv_ent ae[] = {{4u << 2 | STORY_K_ENT, 1.0f}, {8u << 2 | STORY_K_SIG, 0.8f},
                   {9u << 2 | STORY_K_SIG, 0.6f}};
    sv_ent se[] = {{4u << 2 | STORY_K_ENT, 2.0f}, {7u << 2 | STORY_K_SIG, 1.0f},
                   {9u << 2 | STORY_K_SIG, 0.5f}};
    sv_ent so[] = {{4u << 2 | STORY_K_ENT, 2.0f}, {7u << 2 | STORY_K_SIG, 1.0f},
                   {9u << 2 | STORY_K_SIG, 0.5f}, {10u << 2 | STORY_K_SIG, 0.9f}};
    sv_ent sn[] = {{4u << 2 | STORY_K_ENT, 2.0f}, {7u << 2 | STORY_K_SIG, 1.0f}};
    story_feat a = {0}, none = {0};
    svec st = {se, 3, 3}, other = {so, 4, 4}, nosig = {se, 1, 1}, apart = {sn, 2, 2};
    story_norm na, ns;
    a.ent = (svec){ae, 3, 3};
    none.ent = (svec){ae, 1, 1};
    CHECK(story_sig_shared(&a, &st, 1) == 0);        /* 8 not the story's, 7 not its */
    CHECK(story_sig_shared(&a, &st, 2) == 1);        /* 9, its second, is the story's */
    CHECK(story_sig_shared(&a, &other, 1) == 0);     /* 8 is not; the story's 7 not its */
    CHECK(story_sig_shared(&a, &other, 2) == 1);     /* 9 among its two heaviest */
    CHECK(story_sig_shared(&a, &apart, 2) == 0);     /* two leads, two persons */
    CHECK(story_sig_shared(&a, &nosig, 1) == 1);     /* a story without lead persons */
    CHECK(story_sig_shared(&none, &other, 1) == 1);  /* an article without */
    {   /* both ways: the story's heaviest, 8, is the article's lightest */
        sv_ent ab[] = {{8u << 2 | STORY_K_SIG, 0.2f}, {11u << 2 | STORY_K_SIG, 0.9f}};
        sv_ent sb[] = {{8u << 2 | STORY_K_SIG, 1.0f}, {12u << 2 | STORY_K_SIG, 0.1f}};
        story_feat b = {0};
        svec sbv = {sb, 2, 2};
        b.ent = (svec){ab, 2, 2};
        CHECK(story_sig_shared(&b, &sbv, 1) == 1);
    }
    story_feat_keys(&a);
    for (size_t i = 0; i < a.nkeys; i++)
        CHECKF(STORY_KCLASS(a.keys[i] ^ 0x9e3779b9u) != STORY_K_SIG, "key %u", a.keys[i]);
    story_norms(&a, &na);
    story_norms(&none, &ns);
    CHECKF(fabs(na.all - ns.all) < 1e-9 && na.sig > 0.99 && ns.sig == 0, "all %g %g, sig %g",
           na.all, ns.all, na.sig);
}

/* A random sorted vector of n distinct keys below kmax (a cheap LCG in *seed). */
static void rand_vec(svec *v, size_t n, uint32_t kmax, uint32_t *seed)
{
    v->n = 0;
    for (uint32_t k = 0; k < kmax && v->n < n; k++) {
        *seed = *seed * 1664525u + 1013904223u;
        if ((*seed >> 8) % kmax < n * 2) {        /* about 2n of kmax keys tried */
            *seed = *seed * 1664525u + 1013904223u;
            v->e[v->n++] = (sv_ent){k, (float)((*seed >> 8) % 1000) / 997.0f + 0.001f};
        }
    }
}

static double dot_merge(const svec *a, const svec *b)
{
    size_t i = 0, j = 0;
    double s = 0;
    while (i < a->n && j < b->n) {
        if (a->e[i].key < b->e[j].key)
            i++;
        else if (b->e[j].key < a->e[i].key)
            j++;
        else
            s += (double)a->e[i++].w * b->e[j++].w;
    }
    return s;
}

static int heavier_first(const void *p, const void *q)
{
    const sv_ent *a = p, *b = q;
    if (a->w != b->w)
        return a->w > b->w ? -1 : 1;
    return (a->key > b->key) - (a->key < b->key);
}

/* svec_dot gallops when one side is 8 times longer: the same sum, bit for bit, either way
 * round; story_feat_keys picks the heaviest body terms and entities as a full sort does. */
static void cheap_paths(void)
{
    static sv_ent ea[64], eb[4000], et[16], ee[24];
    svec a = {ea, 0, 64}, b = {eb, 0, 4000};
    uint32_t seed = 12345;
    size_t galloped = 0, same = 0, keys_ok = 0;
    for (int round = 0; round < 200; round++) {
        rand_vec(&a, 1 + round % 64, 5000, &seed);
        rand_vec(&b, 64 + (size_t)round * 19, 5000, &seed);
        galloped += a.n * 8 < b.n;
        same += svec_dot(&a, &b) == dot_merge(&a, &b) && svec_dot(&b, &a) == dot_merge(&a, &b);
    }
    CHECKF(same == 200, "%zu of 200 dot products as the merge's", same);
    CHECKF(galloped > 150, "%zu of 200 rounds galloped", galloped);
    for (int round = 0; round < 200; round++) {
        story_feat f = {0};
        sv_ent sorted[64];
        size_t ok = 1, nb, ne;
        rand_vec(&a, 1 + round % 64, 300, &seed);
        f.body = a;
        f.ent = (svec){ee, 0, 24};
        rand_vec(&f.ent, (size_t)round % 25, 300, &seed);
        f.title = (svec){et, 0, 16};
        rand_vec(&f.title, (size_t)round % 17, 300, &seed);
        if (round % 3 == 0 && a.n > 1)
            a.e[1].w = a.e[0].w;                  /* a tie: the smaller key first */
        story_feat_keys(&f);
        memcpy(sorted, a.e, a.n * sizeof *sorted);
        qsort(sorted, a.n, sizeof *sorted, heavier_first);
        nb = a.n < 8 ? a.n : 8;
        for (size_t i = 0; i < nb; i++)
            ok &= f.keys[i] == sorted[i].key;
        ne = 0;
        for (size_t i = 0; i < f.ent.n; i++)       /* lead persons are no index keys */
            if (STORY_KCLASS(f.ent.e[i].key) != STORY_K_SIG)
                sorted[ne++] = f.ent.e[i];
        qsort(sorted, ne, sizeof *sorted, heavier_first);
        for (size_t i = 0; i < ne && nb + i < STORY_KEYS - STORY_TITLE_KEYS; i++)
            ok &= f.keys[nb + i] == (sorted[i].key ^ 0x9e3779b9u);
        keys_ok += ok;
    }
    CHECKF(keys_ok == 200, "%zu of 200 key sets as a full sort's", keys_ok);
}

/* The model's single (a line the shipped model does not have: docs/STORIES.md, "stories13")
 * on real text (SaudiNewsNet, 9 August 2015): the UAE announces three of its soldiers killed
 * in Yemen (snn-026432); two reports of the deputy crown prince's order to treat them as
 * Saudi martyrs (snn-027128, snn-027336), by the labelling rule a reaction, its own event (a
 * hard negative against the first). With single 0.4 the story is the nearest member's
 * (story_pair_both: 0.33 to the announcement, below; the two reports of the order, above):
 * the order is one story, apart from the announcement. The shipped scorer's decision is
 * printed (the whole-corpus replay joins them: relatedness 0.50). */
static void single_story(const char *db)
{
    static const char *const ids[] = {"snn-026432", "snn-027128", "snn-027336"};
    char dir[96];
    snprintf(dir, sizeof dir, "%s.data", db);
    for (int pass = 0; pass < 2; pass++) {
        rasd_engine *e;
        rasd_store *s = snn_store(db, dir, pass ? NULL : "single\t0.4\n", ids, 3, &e);
        if (!pass) {
            CHECK(story_of(s, ids[1]) == story_of(s, ids[2]));
            CHECK(story_of(s, ids[0]) != story_of(s, ids[1]));
        } else {
            printf("test_stories: note: the shipped scorer: the order %s, the announcement %s\n",
                   story_of(s, ids[1]) == story_of(s, ids[2]) ? "one story" : "parted",
                   story_of(s, ids[0]) == story_of(s, ids[1]) ? "in its story" : "apart");
        }
        rasd_store_close(s);
        rasd_engine_close(e);
    }
    rm_data(dir);
}

/* The model's member_ent on real text (SaudiNewsNet, 23 July 2015, the first working day after
 * Eid al-Fitr): thirteen bodies (Riyadh's municipality, the youth welfare presidency, the
 * education evaluation commission, the Red Crescent, the National Guard, the Ministry of
 * Education, an appeal court ...) each hold an Eid reception for their staff, thirteen events
 * by the labelling rule, told in one formula ("X تعايد منسوبيها", "حفل معايدة لمنسوبيها",
 * "تبادل التهاني والتبريكات"). The member check alone passes them on those words (story_pair_both
 * 0.2-0.7) and main made them one story of 53 in the whole-corpus ingest; with member_ent the
 * member near in words must name the article's entities too, and they are apart (at most two,
 * the appeal court and Riyadh's development authority, share an entity). The three labelled
 * reports of the King receiving the US defence secretary, which name the same persons, stay one
 * story. Without member_ent (member_ent 0 appended) the receptions' largest story is printed. */
static void member_ent_story(const char *db)
{
    static const char *const eid[] = {
        "snn-005350", "snn-005374", "snn-005450", "snn-005458", "snn-005466", "snn-005478",
        "snn-005546", "snn-005582", "snn-005782", "snn-006058", "snn-006114", "snn-006222",
        "snn-006322"};
    static const char *const ids[] = {
        "snn-005350", "snn-005374", "snn-005450", "snn-005458", "snn-005466", "snn-005478",
        "snn-005546", "snn-005582", "snn-005782", "snn-006058", "snn-006114", "snn-006222",
        "snn-006322", "snn-005842", "snn-006026", "snn-006158"};
    enum { NEID = sizeof eid / sizeof *eid, NIDS = sizeof ids / sizeof *ids };
    char dir[96];
    story_model m;
    char err[512];
    REQUIRE(story_model_load("data/stories.model", &m, err, sizeof err) == RASD_OK);
    CHECKF(m.member_ent > 0 && m.member_ent < 1, "member_ent %g", m.member_ent);
    snprintf(dir, sizeof dir, "%s.data", db);
    for (int pass = 0; pass < 2; pass++) {
        rasd_engine *e;
        rasd_store *s = snn_store(db, dir, pass ? "member_ent\t0\n" : NULL, ids, NIDS, &e);
        size_t most = 0;
        for (size_t i = 0; i < NEID; i++) {
            size_t n = 0;
            for (size_t j = 0; j < NEID; j++)
                n += story_of(s, eid[j]) == story_of(s, eid[i]);
            most = n > most ? n : most;
        }
        if (!pass) {
            CHECKF(most <= 2, "%zu Eid receptions in one story", most);
            CHECK(story_of(s, ids[NEID]) == story_of(s, ids[NEID + 1]));
            CHECK(story_of(s, ids[NEID]) == story_of(s, ids[NEID + 2]));
        } else {
            printf("test_stories: note: without member_ent: %zu of %d Eid receptions in one "
                   "story\n", most, (int)NEID);
        }
        rasd_store_close(s);
        rasd_engine_close(e);
    }
    rm_data(dir);
}

/* The model's day_member on real text (SaudiNewsNet): the King receives the US defence
 * secretary (22 July 2015: snn-003083, snn-003102, snn-003243); on 23 July a print paper
 * reprints it (snn-005294) and joins the 22nd's story across the day bound, and two more
 * reports of the meeting that day (snn-006026, snn-006158: one story with snn-005294 by the
 * labels) are past the story's 1-day life: apart with the shipped model, in its story with
 * day_member 0.5, near the reprint (0.87 to 0.99, story_pair_both). */
static void day_member_story(const char *db)
{
    static const char *const ids[] = {"snn-003083", "snn-003102", "snn-003243", "snn-005294",
                                       "snn-006026", "snn-006158"};
    char dir[96];
    snprintf(dir, sizeof dir, "%s.data", db);
    for (int pass = 0; pass < 2; pass++) {
        rasd_engine *e;
        rasd_store *s = snn_store(db, dir, pass ? "day_member\t0.5\n" : NULL, ids, 6, &e);
        CHECKF(story_of(s, ids[3]) == story_of(s, ids[0]), "the reprint, pass %d", pass);
        for (int i = 4; i < 6; i++)
            CHECKF((story_of(s, ids[i]) == story_of(s, ids[3])) == (pass == 1),
                   "%s with the reprint's story, %s", ids[i],
                   pass ? "day_member 0.5" : "the shipped model");
        rasd_store_close(s);
        rasd_engine_close(e);
        rm_data(dir);
    }
}

/* The model's keys for undated pairs on real text (SaudiNewsNet, undated as files without
 * metadata are; a line each the shipped model does not have: docs/STORIES.md, "stories21"):
 * Demirtas calls on the PKK to cease fire (snn-026528) and Steinmeier warns Turkey against
 * escalating (snn-026816), 9 August 2015, two events by the labelling rule (a hard
 * negative), one story with the shipped model (p 0.504: no time evidence parts them); two
 * reports of the Gamaa Islamiya's former leader's death in prison (snn-028007, snn-028546,
 * 10 August, one story by the labels, p 0.96). With undated_sig 2 (their lead persons differ),
 * undated_near 0.4 (their cosine is no reprint's), undated_thr 0.6 or undated_place 1 the two
 * Turkey reports are apart and the death stays one story; with their dates, undated_sig 2
 * decides as the shipped model (the keys touch undated pairs only). */
static void undated_story(const char *db)
{
    static const char *const ids[] = {"snn-026528", "snn-026816", "snn-028007", "snn-028546"};
    static const char *const keys[] = {NULL, "undated_sig\t2\n", "undated_near\t0.4\n",
                                       "undated_thr\t0.6\n", "undated_place\t1\n"};
    enum { NKEYS = sizeof keys / sizeof *keys };
    int turkey[2] = {-1, -1};
    char dir[96];
    snprintf(dir, sizeof dir, "%s.data", db);
    for (int pass = 0; pass < NKEYS + 2; pass++) {
        int undated = pass < NKEYS;       /* then two dated passes: the shipped model, sig */
        const char *extra = undated ? keys[pass] : pass == NKEYS ? NULL : keys[1];
        rasd_engine *e;
        rasd_store *s;
        if (extra)
            e = engine_with_model(dir, extra);
        else
            REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
        s = open_new(e, db);
        CHECKF(put_snn_at(s, ids, 4, undated ? "*" : NULL, NULL) == 4, "pass %d", pass);
        CHECKF(story_of(s, ids[2]) == story_of(s, ids[3]), "the death, pass %d", pass);
        if (undated)
            CHECKF((story_of(s, ids[0]) == story_of(s, ids[1])) == !extra, "Turkey, %s",
                   extra ? extra : "the shipped model");
        else
            turkey[pass - NKEYS] = story_of(s, ids[0]) == story_of(s, ids[1]);
        rasd_store_close(s);
        rasd_engine_close(e);
        if (extra)
            rm_data(dir);
    }
    CHECKF(turkey[0] == turkey[1], "dated: the shipped model %d, undated_sig 2 %d", turkey[0],
           turkey[1]);
}

int main(void)
{
    rasd_engine *e;
    char db[64], db2[64];
    snprintf(db, sizeof db, "/tmp/test_stories_%d.db", (int)getpid());
    snprintf(db2, sizeof db2, "/tmp/test_stories_%d_2.db", (int)getpid());
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    for (size_t i = 0; i < NNEWS; i++)
        news[i].text = REQUIRE_SLURP(news[i].file, &news[i].len);
    model_file(db);
    member_check(e);
    core(e, db, db2);
    bad_input(e, db);
    limits(db);
    place_shared_edges();
    sig_shared_edges();
    cheap_paths();
    if (SHARED_TIER("seeds", 0))
        seeds(e, db);
    if (SHARED_TIER("place key", CHECK_FAST))
        place_key(e, db);
    if (SHARED_TIER("prefer", CHECK_FAST))
        prefer_story(db);
    if (SHARED_TIER("ahead", CHECK_FAST))
        ahead_story(db);
    if (SHARED_TIER("place near", CHECK_FAST))
        place_near(db);
    if (SHARED_TIER("sig key", CHECK_FAST))
        sig_key_story(db);
    if (SHARED_TIER("single", CHECK_FAST))
        single_story(db);
    if (SHARED_TIER("member ent", CHECK_FAST))
        member_ent_story(db);
    if (SHARED_TIER("day member", CHECK_FAST))
        day_member_story(db);
    if (SHARED_TIER("undated", CHECK_FAST))
        undated_story(db);
    for (size_t i = 0; i < NNEWS; i++)
        free(news[i].text);
    rasd_engine_close(e);
    check_rm_db(db);
    check_rm_db(db2);
    return check_done("test_stories");
}
