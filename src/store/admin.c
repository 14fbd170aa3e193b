/* admin.c — what an operator does to a live store: take an article down (rasd_store_delete),
 * copy the store (rasd_store_backup), and annotate the stored articles again after a model
 * or word-list change (rasd_store_reannotate). Each works through the stage table's store
 * hooks (store/stage.h) and knows no stage by name.
 *
 * Re-annotation reads each article's record back from tables articles and texts, prepares it
 * with the store's engine as ingest does (rasd_article_prepare_flags), and calls the chosen
 * stages' remove and put hooks for its docid. A batch is one transaction that also moves
 * the resume point (meta 'reannotate_next', with the stage in 'reannotate_stage'), so a
 * killed run loses at most the batch it was in. */
#include "store/store_int.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define REANNOTATE_BATCH 500
#define PREP_SLOTS 32          /* articles prepared in parallel, then written in order */
#define PREP_THREADS_MAX 8

/* ------------------------------------------------------------------ delete */

static int64_t find_docid(rasd_store *s, const char *id)
{
    sqlite3_stmt *st = s->st[ST_FIND];
    int64_t docid = -1;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW)
        docid = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    return docid;
}

/* Inside the open batch: removes article docid, and bumps the generation so that search
 * caches (of this and other handles) read the dead list again. */
static rasd_status delete_docid(rasd_store *s, int64_t docid)
{
    rasd_status rc = store_remove_article(s, docid);
    return rc ? rc : store_meta_set(s, "gen", store_meta(s, "gen") + 1);
}

/* A store that keeps an FTS5 index loses the article there too, even when this handle was
 * opened without RASD_STORE_FTS5 (search --engine fts5 must not find it). */
static rasd_status with_fts5(rasd_store *s)
{
    sqlite3_stmt *st;
    int has;
    if (s->search.st_fts_del)
        return RASD_OK;
    if (sqlite3_prepare_v2(s->c.db, "SELECT 1 FROM sqlite_schema WHERE name = 'fts'", -1, &st,
                           NULL) != SQLITE_OK)
        return store_sqlfail(s, "reading the store");
    has = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    return has ? fts5_register(&s->search) : RASD_OK;
}

rasd_status rasd_store_delete(rasd_store *s, const char *id)
{
    rasd_status rc;
    int64_t docid;
    if (!s || !s->c.db || !id)
        return RASD_EINVAL;
    s->c.err[0] = 0;
    if (!*id)
        return store_fail(s, RASD_EINVAL, "an empty article id");
    if (s->flags & RASD_STORE_READONLY)
        return store_fail(s, RASD_EINVAL, "the store is open read-only");
    if ((rc = with_fts5(s)) != RASD_OK || (rc = store_begin_batch(s)) != RASD_OK)
        return rc;
    if ((docid = find_docid(s, id)) < 0) {
        rasd_store_commit(s);   /* the open batch's puts, if any: as on success */
        return store_fail(s, RASD_END, "no article with id %s", id);
    }
    /* A takedown should not leave the text in the file's free pages. */
    sqlite3_exec(s->c.db, "PRAGMA secure_delete = ON", NULL, NULL, NULL);
    if ((rc = delete_docid(s, docid)) != RASD_OK)
        store_drop_batch(s);
    else
        rc = rasd_store_commit(s);
    sqlite3_exec(s->c.db, "PRAGMA secure_delete = OFF", NULL, NULL, NULL);
    return rc;
}

/* ------------------------------------------------------------------ backup */

/* 1 when path may be written: it does not exist, or is an empty file. */
static int fresh_target(const char *path)
{
    struct stat sb;
    if (stat(path, &sb) != 0)
        return errno == ENOENT;
    return S_ISREG(sb.st_mode) && sb.st_size == 0;
}

rasd_status rasd_store_backup(rasd_store *s, const char *path)
{
    sqlite3 *dst = NULL;
    sqlite3_backup *b;
    rasd_status rc;
    int src;
    if (!s || !s->c.db || !path || !*path)
        return RASD_EINVAL;
    s->c.err[0] = 0;
    if ((rc = rasd_store_commit(s)) != RASD_OK)
        return rc;
    if (!fresh_target(path))
        return store_fail(s, RASD_EINVAL, "%s exists and is not empty: not overwritten", path);
    if (sqlite3_open_v2(path, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
        SQLITE_OK) {
        rc = store_fail(s, RASD_EIO, "%s: %s", path, dst ? sqlite3_errmsg(dst) : "out of memory");
        sqlite3_close(dst);
        return rc;
    }
    /* One step: one read transaction, so the copy is one snapshot that commits of other
     * connections cannot restart (a step-by-step copy starts over after each of them), and
     * in WAL mode it holds no writer up. */
    if (!(b = sqlite3_backup_init(dst, "main", s->c.db, "main")))
        rc = store_fail(s, RASD_EIO, "%s: %s", path, sqlite3_errmsg(dst));
    else {
        while ((src = sqlite3_backup_step(b, -1)) == SQLITE_BUSY || src == SQLITE_LOCKED)
            sqlite3_sleep(50);
        if (src != SQLITE_DONE)
            rc = store_fail(s, RASD_EIO, "copying to %s: %s", path, sqlite3_errstr(src));
        if (sqlite3_backup_finish(b) != SQLITE_OK && !rc)
            rc = store_fail(s, RASD_EIO, "copying to %s: %s", path, sqlite3_errmsg(dst));
    }
    if (sqlite3_close(dst) != SQLITE_OK && !rc)
        rc = store_fail(s, RASD_EIO, "closing %s", path);
    if (rc)
        unlink(path);
    return rc;
}

/* -------------------------------------------------------------- reannotate */

/* An article being prepared: a copy of its stored record, and the preparation. */
typedef struct prep_slot {
    rbuf strs;
    size_t off[7];          /* of id, text, title, published, source, url, author */
    rasd_record rec;
    int64_t docid;
    rasd_article *a;
    rasd_status rc;
} prep_slot;

/* Prepares slots [0, n) on nthreads threads (the calling one included). */
typedef struct prep_pool {
    prep_slot slot[PREP_SLOTS];
    size_t n, next;
    int nthreads;
    const rasd_engine *e;
    unsigned flags;
    pthread_mutex_t mu;
} prep_pool;

typedef struct reann {
    rasd_store *s;
    unsigned rows;          /* the chosen stage table rows (bits) */
    char stage[32];         /* as recorded in meta: the name, or "*" for every stage */
    int64_t next;           /* the first docid of the next batch */
    size_t batch;
    sqlite3_stmt *read;     /* a batch of records */
    prep_pool *pool;
    rasd_reannotate_stats st;
} reann;

/* The rows the stage name chooses, with the document stages after it in the table (a later
 * stage may read its results: quotes' speakers and events' actors are entities when there
 * are any); 0 for an unknown name. NULL: the rows with a document side. */
static unsigned stage_rows(const char *name)
{
    unsigned rows = 0;
    for (size_t i = 0; i < rasd_nstages; i++) {
        const stage_entry *r = &rasd_stages[i];
        int chosen = name ? r->store && strcmp(r->store->name, name) == 0 : r->doc != NULL;
        if (!chosen && rows && r->doc)
            chosen = 1;
        if (chosen && r->store)
            rows |= 1u << i;
    }
    return rows;
}

/* Whether one of the rows has a document side, or reads what the document sides found. */
static int doc_rows(unsigned rows)
{
    for (size_t i = 0; i < rasd_nstages; i++)
        if ((rows >> i & 1) && (rasd_stages[i].doc || (rasd_stages[i].store && rasd_stages[i].store->reads_docs)))
            return 1;
    return 0;
}

/* The name of a document stage whose data the engine did not load (rasd_config
 * stages_off) among the chosen rows and those before them (whose data they read: events use
 * the entities' gazetteer); NULL when none. Re-annotating without it would empty or change
 * what the store keeps. */
static const char *stage_off(const rasd_engine *e, unsigned rows)
{
    unsigned off = rasd_engine_config(e)->stages_off;
    const char *name = NULL;
    for (size_t i = 0; i < rasd_nstages && rows >> i; i++) {
        const doc_stage *d = rasd_stages[i].doc;
        if (d && (off & d->bit) && !name)
            name = d->name;
        if ((rows >> i & 1) && d && name)
            return name;
    }
    return NULL;
}

/* A text of table meta into out ("" when missing). */
static void meta_text(rasd_store *s, const char *key, char *out, size_t cap)
{
    sqlite3_stmt *st = s->st[ST_META];
    out[0] = 0;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        snprintf(out, cap, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_reset(st);
}

static rasd_status meta_put(rasd_store *s, const char *key, const char *text, int64_t num)
{
    sqlite3_stmt *st;
    int ok;
    if (sqlite3_prepare_v2(s->c.db, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", -1,
                           &st, NULL) != SQLITE_OK)
        return store_sqlfail(s, "writing the store");
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    if (text)
        sqlite3_bind_text(st, 2, text, -1, SQLITE_STATIC);
    else
        sqlite3_bind_int64(st, 2, num);
    ok = store_step(st);
    sqlite3_finalize(st);
    return ok ? RASD_OK : store_sqlfail(s, "writing the store");
}

static int64_t count_live(rasd_store *s, int64_t below)
{
    sqlite3_stmt *st;
    int64_t n = 0;
    if (sqlite3_prepare_v2(s->c.db, "SELECT count(*) FROM articles WHERE docid < ?", -1, &st,
                           NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_int64(st, 1, below);
    if (sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

/* Where to start: the resume point of an interrupted run of the same stage, else 0. */
static rasd_status resume_point(reann *r)
{
    char stage[32];
    int64_t next = store_meta(r->s, "reannotate_next");
    meta_text(r->s, "reannotate_stage", stage, sizeof stage);
    r->next = 0;
    if (next < 0)
        return RASD_OK;
    if (strcmp(stage, r->stage) != 0)
        return store_fail(r->s, RASD_EINVAL,
                          "a re-annotation of stage '%s' was interrupted: finish it first",
                          strcmp(stage, "*") ? stage : "(all)");
    r->next = next;
    r->st.resumed = 1;
    return RASD_OK;
}

/* Copies the stored record of the current row of st into slot x. */
static rasd_status copy_row(prep_slot *x, sqlite3_stmt *st)
{
    rasd_status rc = RASD_OK;
    const char *p[7];
    x->docid = sqlite3_column_int64(st, 0);
    x->strs.n = 0;
    for (int i = 0; i < 7; i++) {
        const unsigned char *v = sqlite3_column_text(st, i + 1);
        x->off[i] = SIZE_MAX;
        if (!v)
            continue;
        x->off[i] = x->strs.n;
        rbuf_add(&x->strs, v, (size_t)sqlite3_column_bytes(st, i + 1), &rc);
        rbuf_addc(&x->strs, 0, &rc);
    }
    if (rc)
        return rc;
    for (int i = 0; i < 7; i++)
        p[i] = x->off[i] == SIZE_MAX ? NULL : x->strs.p + x->off[i];
    x->rec = (rasd_record){p[0], p[1], p[1] ? (size_t)sqlite3_column_bytes(st, 2) : 0,
                           p[2], p[3], p[4], p[5], p[6], NULL, 0};
    return RASD_OK;
}

static void *prep_thread(void *arg)
{
    prep_pool *p = arg;
    for (;;) {
        size_t i;
        pthread_mutex_lock(&p->mu);
        i = p->next++;
        pthread_mutex_unlock(&p->mu);
        if (i >= p->n)
            return NULL;
        p->slot[i].rc = rasd_article_prepare_flags(p->slot[i].a, p->e, &p->slot[i].rec, p->flags);
    }
}

/* Prepares the filled slots, on the pool's threads and this one. */
static void prepare_slots(prep_pool *p)
{
    pthread_t th[PREP_THREADS_MAX];
    int started = 0;
    p->next = 0;
    for (int i = 1; i < p->nthreads && (size_t)i < p->n; i++, started++)
        if (pthread_create(&th[started], NULL, prep_thread, p) != 0)
            break;
    prep_thread(p);
    for (int i = 0; i < started; i++)
        pthread_join(th[i], NULL);
}

/* Writes article x again for the chosen rows: remove, then put (put alone for a stage that
 * was cleared). */
static rasd_status write_slot(reann *r, const prep_slot *x)
{
    rasd_store *s = r->s;
    const rasd_article *a = x->a;
    store_item it = {&a->rec, a->text, a->title, a->prep};
    rasd_status rc = RASD_OK;
    if (x->rc == RASD_ETOOBIG || x->rc == RASD_EINVAL) {
        r->st.skipped++;      /* over this engine's limits: left as it was */
        return RASD_OK;
    }
    if (x->rc)
        return store_fail(s, x->rc, "%s: %s", x->rec.id ? x->rec.id : "?", rasd_strerror(x->rc));
    for (size_t i = 0; i < rasd_nstages && !rc; i++) {
        const store_stage *ss = rasd_stages[i].store;
        if (!(r->rows >> i & 1))
            continue;
        if (!ss->clear)
            rc = ss->remove(s, s->stage[i], x->docid);
        if (!rc)
            rc = ss->put(s, s->stage[i], x->docid, &it);
    }
    return rc;
}

/* Reads up to PREP_SLOTS more records of the batch, prepares them, writes them in docid
 * order; *n: how many (0: the batch has no more). */
static rasd_status one_chunk(reann *r, int64_t *last, int64_t *n)
{
    prep_pool *p = r->pool;
    rasd_status rc = RASD_OK;
    double t0 = mono_seconds(), t1;
    p->n = 0;
    while (!rc && p->n < PREP_SLOTS && sqlite3_step(r->read) == SQLITE_ROW) {
        prep_slot *x = &p->slot[p->n++];
        if ((rc = copy_row(x, r->read)) == RASD_OK && (!x->rec.id || !x->rec.text))
            rc = store_fail(r->s, RASD_EDATA, "article %lld has no id or text",
                            (long long)x->docid);
    }
    if (!rc)
        prepare_slots(p);
    t1 = mono_seconds();
    r->st.prepare_seconds += t1 - t0;
    for (size_t i = 0; i < p->n && !rc; i++) {
        rc = write_slot(r, &p->slot[i]);
        *last = p->slot[i].docid;
    }
    r->st.write_seconds += mono_seconds() - t1;
    *n = rc ? 0 : (int64_t)p->n;
    return rc;
}

/* The first batch of a run from the start: the cross-document stages forget everything. */
static rasd_status clear_stages(reann *r)
{
    rasd_status rc = RASD_OK;
    for (size_t i = 0; i < rasd_nstages && !rc; i++)
        if ((r->rows >> i & 1) && rasd_stages[i].store->clear)
            rc = rasd_stages[i].store->clear(r->s, r->s->stage[i]);
    return rc;
}

/* One batch, one transaction: up to r->batch articles from r->next, and the new resume
 * point. *more: 0 when no article was left. */
static rasd_status one_batch(reann *r, int *more)
{
    rasd_store *s = r->s;
    sqlite3_stmt *st = r->read;
    rasd_status rc;
    int64_t last = r->next - 1, n = 0;
    double t0;
    if ((rc = store_begin_batch(s)) != RASD_OK)
        return rc;
    if (r->next == 0 && !r->st.resumed && (rc = clear_stages(r)) != RASD_OK) {
        store_drop_batch(s);
        return rc;
    }
    sqlite3_bind_int64(st, 1, r->next);
    sqlite3_bind_int64(st, 2, (int64_t)r->batch);
    do {
        int64_t got = 0;
        rc = one_chunk(r, &last, &got);
        n += got;
        if (got < PREP_SLOTS)
            break;
    } while (!rc);
    sqlite3_reset(st);
    t0 = mono_seconds();
    if (!rc)
        rc = meta_put(s, "reannotate_next", NULL, last + 1);
    if (!rc)
        rc = meta_put(s, "reannotate_stage", r->stage, 0);
    if (!rc)
        rc = rasd_store_commit(s);
    r->st.write_seconds += mono_seconds() - t0;
    if (rc) {
        if (s->in_batch)
            store_drop_batch(s);
        return rc;
    }
    r->next = last + 1;
    r->st.this_run += n;
    r->st.done += n;
    *more = n > 0;
    return RASD_OK;
}

/* The run is complete: the markers go, and a run over every stage records the analysis. */
static rasd_status finish(reann *r)
{
    rasd_store *s = r->s;
    char want[160];
    rasd_status rc = store_begin_batch(s);
    store_analysis(s, want, sizeof want);
    if (!rc)
        rc = store_exec(s, "DELETE FROM meta WHERE key IN ('reannotate_next', 'reannotate_stage')");
    if (!rc && strcmp(r->stage, "*") == 0)
        rc = meta_put(s, "analysis", want, 0);
    if (!rc)
        rc = rasd_store_commit(s);
    if (rc && s->in_batch)
        store_drop_batch(s);
    return rc;
}

static rasd_status reannotate_run(reann *r, const rasd_reannotate_opts *o)
{
    rasd_status rc;
    int more = 1;
    if ((rc = resume_point(r)) != RASD_OK)
        return rc;
    r->st.total = count_live(r->s, INT64_MAX);
    r->st.done = count_live(r->s, r->next);
    while (more) {
        if ((rc = one_batch(r, &more)) != RASD_OK)
            return rc;
        if (more && o && o->progress && o->progress(&r->st, o->ctx))
            return store_fail(r->s, RASD_ECANCELED, "re-annotation stopped after %lld articles",
                              (long long)r->st.done);
    }
    return finish(r);
}

static void pool_free(prep_pool *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < PREP_SLOTS; i++) {
        rbuf_free(&p->slot[i].strs);
        rasd_article_free(p->slot[i].a);
    }
    pthread_mutex_destroy(&p->mu);
    free(p);
}

/* A pool of `threads` preparers (0: one per processor), at most PREP_THREADS_MAX. */
static prep_pool *pool_new(const rasd_store *s, int threads)
{
    prep_pool *p = calloc(1, sizeof *p);
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    if (!p)
        return NULL;
    pthread_mutex_init(&p->mu, NULL);
    p->e = s->e;
    p->flags = s->flags & RASD_STORE_NO_ENTITIES ? RASD_PREPARE_NO_ENTITIES : 0;
    p->nthreads = threads > 0 ? threads : cpus > 0 ? (int)cpus : 1;
    if (p->nthreads > PREP_THREADS_MAX)
        p->nthreads = PREP_THREADS_MAX;
    for (size_t i = 0; i < PREP_SLOTS; i++)
        if (rasd_article_new(&p->slot[i].a) != RASD_OK) {
            pool_free(p);
            return NULL;
        }
    return p;
}

rasd_status rasd_store_reannotate(rasd_store *s, const char *stage,
                                  const rasd_reannotate_opts *opts, rasd_reannotate_stats *out)
{
    static const char sql[] =
        "SELECT a.docid, a.id, t.text, a.title, a.published, src.name, a.url, a.author "
        "FROM articles a JOIN texts t USING (docid) LEFT JOIN sources src USING (sid) "
        "WHERE a.docid >= ? ORDER BY a.docid LIMIT ?";
    reann r = {0};
    rasd_status rc;
    if (out)
        memset(out, 0, sizeof *out);
    if (!s || !s->c.db)
        return RASD_EINVAL;
    s->c.err[0] = 0;
    if (s->flags & RASD_STORE_READONLY)
        return store_fail(s, RASD_EINVAL, "the store is open read-only");
    if (stage && (strlen(stage) >= sizeof r.stage || !(r.rows = stage_rows(stage))))
        return store_fail(s, RASD_EINVAL, "unknown stage '%.40s' (entities, events, dedup)",
                          stage);
    r.s = s;
    r.rows = stage_rows(stage);
    if (stage_off(s->e, r.rows))
        return store_fail(s, RASD_EINVAL, "the engine has stage '%s' off "
                          "(rasd_config.stages_off): re-annotating would lose its results",
                          stage_off(s->e, r.rows));
    snprintf(r.stage, sizeof r.stage, "%s", stage ? stage : "*");
    r.batch = opts && opts->batch ? opts->batch : REANNOTATE_BATCH;
    if ((rc = rasd_store_commit(s)) != RASD_OK)
        return rc;
    if (!(r.pool = pool_new(s, opts ? opts->threads : 0)))
        return RASD_ENOMEM;
    if (!doc_rows(r.rows))   /* dedup alone reads the analysis only: no recognition (stories
                                read the entities and events: recognised again) */
        r.pool->flags |= RASD_PREPARE_NO_ENTITIES;
    if (sqlite3_prepare_v2(s->c.db, sql, -1, &r.read, NULL) != SQLITE_OK)
        rc = store_sqlfail(s, "reading the articles");
    else
        rc = reannotate_run(&r, opts);
    sqlite3_finalize(r.read);
    pool_free(r.pool);
    if (out)
        *out = r.st;
    return rc;
}
