/* ingest.c — rasd_ingest: a reader thread, a pool of preparer threads and the ordered writer
 * (the calling thread). A front end (the CLI, a server) calls it and prints what it reports.
 *
 * This stage comes after the store and uses only the public API of include/rasd.h (reader,
 * article, store): it knows nothing of the store's insides, so no folder depends on it.
 *
 * The reader thread reads the inputs into a ring of slots (copying each record, since a
 * reader's memory lasts only until its next record), preparer threads take the slots in any
 * order and prepare their articles, and the writer takes the slots in input order, once
 * prepared, and puts them to the store. Errors travel through the ring too, so they are
 * reported in input order.
 *
 * What was committed is counted from the store (rasd_store_committed), not from the puts: a
 * batch commits whole or not at all, so the added and updated articles of the open batch
 * wait in `pending` until the store's count of committed versions grows (then they count)
 * or the ingest ends without it growing (then they were rolled back: `dropped`). */
#include "rasd.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* Slots between the reader and the writer. The writer stops for each batch's commit (the
 * index segment and SQLite's COMMIT: ~0.1 s for 2,000 articles); the preparers keep working
 * only while free slots are left, so the ring holds about that long of their work: with 64
 * they waited 25-40% longer. 160 prepared articles take as much memory as 64 did before the
 * tagger's scratch moved out of each article (about 0.5 MB a slot). */
#define RING 160
/* A full ring wakes the reader again only when this many slots are free, and it fills them
 * in one go: one slot at a time, the reader, the writer and the preparers took turns on the
 * ring's lock thousands of times a second, and a lock whose holder lost its core kept the
 * others asleep for milliseconds. */
#define FILL_BATCH 32
#define MAX_PREPARERS 8
#define MSG_MAX 2300       /* a reader's detail (a path and a reason) with room to spare */

enum { SLOT_ARTICLE, SLOT_ERROR, SLOT_FATAL, SLOT_END };

typedef struct slot {
    int kind;
    int ready;                     /* prepared, or nothing to prepare: the writer may take it */
    rasd_status st;                /* SLOT_ERROR, SLOT_FATAL: why */
    rasd_article *a;
    rasd_record rec;               /* the record as read, pointing into buf */
    char *buf;
    size_t cap;
    char msg[MSG_MAX];
    uint64_t done;                 /* input bytes read when the slot was filled */
} slot;

typedef struct ingester {
    /* shared, under mu */
    pthread_mutex_t mu;
    pthread_cond_t can_fill, can_take, can_prep;
    slot ring[RING];
    size_t head, tail;             /* taken by the writer, filled by the reader */
    size_t claimed;                /* slots [head.., claimed) were taken by preparers */
    int stop;                      /* the writer gave up or was cancelled: the others stop */
    int finished;                  /* a preparer met the end slot */
    /* read-only for the reader and the preparers */
    const rasd_engine *e;
    unsigned prep_flags;           /* RASD_PREPARE_* */
    const char *db;                /* the store's path: preparers open it read-only */
    rasd_reader **readers;
    size_t nreaders;
    /* the writer's (the calling thread) */
    rasd_store *s;
    rasd_ingest_opts o;
    rasd_ingest_stats st;
    size_t pend[3];                /* added and updated (rasd_put) in the open batch */
    int64_t committed;             /* rasd_store_committed when last looked at */
    int64_t alert_seq;             /* the alert log delivered to on_alert up to here */
    double t0;
    rasd_status fatal;             /* what stopped the ingest (RASD_OK: nothing) */
    /* RASD_INGEST_TIMES set: where each thread's time went, printed to stderr at the end (the
     * waits are timed under mu; the writer's busy time on its own thread) */
    int timed;
    double w_wait, w_busy, w_slow, p_wait, r_wait;
    size_t n_slow;
} ingester;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* pthread_cond_wait, its time added to *sum when the ingest is timed. */
static void timed_wait(const ingester *g, pthread_cond_t *c, pthread_mutex_t *m, double *sum)
{
    double t = g->timed ? now_s() : 0;
    pthread_cond_wait(c, m);
    if (g->timed)
        *sum += now_s() - t;
}

static void report(ingester *g, const char *msg)
{
    if (g->o.on_error)
        g->o.on_error(msg, g->o.ctx);
}

/* ------------------------------------------------------------ the reader */

/* The next free slot, or NULL when the writer has stopped. */
static slot *slot_to_fill(ingester *g)
{
    slot *sl = NULL;
    pthread_mutex_lock(&g->mu);
    if (g->tail - g->head == RING)
        while (g->tail - g->head > RING - FILL_BATCH && !g->stop)
            timed_wait(g, &g->can_fill, &g->mu, &g->r_wait);
    if (!g->stop)
        sl = &g->ring[g->tail % RING];
    pthread_mutex_unlock(&g->mu);
    return sl;
}

static void slot_filled(ingester *g)
{
    pthread_mutex_lock(&g->mu);
    const slot *sl = &g->ring[g->tail++ % RING];
    if (!sl->ready)
        pthread_cond_signal(&g->can_prep);
    else if (sl == &g->ring[g->head % RING])   /* an error or the end, at the head */
        pthread_cond_signal(&g->can_take);
    pthread_mutex_unlock(&g->mu);
}

/* Copies the record into the slot (the reader's memory lasts only until its next record);
 * 0 when out of memory. */
static int copy_record(slot *sl, const rasd_record *r)
{
    const char *f[] = {r->id, r->title, r->published, r->source, r->url, r->author, r->path};
    const char **to[] = {&sl->rec.id, &sl->rec.title, &sl->rec.published, &sl->rec.source,
                         &sl->rec.url, &sl->rec.author, &sl->rec.path};
    size_t need = r->text_len + 1, at = 0;
    for (size_t i = 0; i < sizeof f / sizeof *f; i++)
        need += f[i] ? strlen(f[i]) + 1 : 0;
    if (need > sl->cap) {
        char *p = realloc(sl->buf, need);
        if (!p)
            return 0;
        sl->buf = p;
        sl->cap = need;
    }
    memcpy(sl->buf, r->text, r->text_len);
    sl->buf[r->text_len] = 0;
    sl->rec = *r;
    sl->rec.text = sl->buf;
    at = r->text_len + 1;
    for (size_t i = 0; i < sizeof f / sizeof *f; i++) {
        *to[i] = NULL;
        if (f[i]) {
            size_t n = strlen(f[i]) + 1;
            memcpy(sl->buf + at, f[i], n);
            *to[i] = sl->buf + at;
            at += n;
        }
    }
    return 1;
}

/* Reads one input into the ring; 0 when the writer stopped or memory ran out. */
static int read_input(ingester *g, rasd_reader *r, uint64_t before)
{
    rasd_record rec;
    rasd_status st;
    while ((st = rasd_reader_next(r, &rec)) != RASD_END) {
        uint64_t done, total;
        slot *sl = slot_to_fill(g);
        if (!sl)
            return 0;
        rasd_reader_progress(r, &done, &total);
        sl->done = before + done;
        sl->kind = SLOT_ARTICLE;
        sl->ready = 0;
        sl->st = st;
        if (st) {
            sl->kind = st == RASD_ENOMEM ? SLOT_FATAL : SLOT_ERROR;
            snprintf(sl->msg, sizeof sl->msg, "%s", rasd_reader_error(r));
        } else if (!copy_record(sl, &rec)) {
            sl->kind = SLOT_FATAL;
            sl->st = RASD_ENOMEM;
            snprintf(sl->msg, sizeof sl->msg, "%s", rasd_strerror(RASD_ENOMEM));
        }
        sl->ready = sl->kind != SLOT_ARTICLE;
        slot_filled(g);
        if (sl->kind == SLOT_FATAL)
            return 0;
    }
    return 1;
}

static void *reader_thread(void *arg)
{
    ingester *g = arg;
    uint64_t before = 0;
    slot *sl;
    for (size_t i = 0; i < g->nreaders; i++) {
        uint64_t done, total;
        if (!g->readers[i])
            continue;
        if (!read_input(g, g->readers[i], before))
            return NULL;
        rasd_reader_progress(g->readers[i], &done, &total);
        before += total;
    }
    if ((sl = slot_to_fill(g)) != NULL) {
        sl->kind = SLOT_END;
        sl->ready = 1;
        sl->done = before;
        slot_filled(g);
    }
    return NULL;
}

/* --------------------------------------------------------- the preparers */

/* Prepares the next filled slot until the end slot or a stop. Articles that its own
 * read-only handle on the store finds unchanged are only copied and hashed
 * (RASD_PREPARE_DEFER), so re-ingesting a corpus costs no analysis or recognition. */
static void *preparer_thread(void *arg)
{
    ingester *g = arg;
    rasd_store *ro = NULL;
    if (!*g->db || rasd_store_open(&ro, g->e, g->db, RASD_STORE_READONLY) != RASD_OK) {
        rasd_store_close(ro);      /* no check then: every article is prepared in full */
        ro = NULL;
    }
    pthread_mutex_lock(&g->mu);
    for (;;) {
        slot *sl;
        rasd_status st;
        int same;
        while (g->claimed == g->tail && !g->stop && !g->finished)
            timed_wait(g, &g->can_prep, &g->mu, &g->p_wait);
        if (g->stop || g->claimed == g->tail)
            break;
        sl = &g->ring[g->claimed++ % RING];
        if (sl->kind == SLOT_END) {
            g->finished = 1;
            pthread_cond_broadcast(&g->can_prep);
        }
        if (sl->ready)
            continue;
        pthread_mutex_unlock(&g->mu);
        same = 0;
        if (ro && rasd_store_unchanged(ro, &sl->rec, &same) != RASD_OK)
            same = 0;
        if ((st = rasd_article_prepare_flags(sl->a, g->e, &sl->rec,
                                             g->prep_flags | (same ? RASD_PREPARE_DEFER : 0))) !=
            RASD_OK) {
            sl->kind = st == RASD_ENOMEM ? SLOT_FATAL : SLOT_ERROR;
            sl->st = st;
            snprintf(sl->msg, sizeof sl->msg, "%s:%ld: %s: %s", sl->rec.path, sl->rec.line,
                     sl->rec.id, rasd_strerror(st));
        }
        pthread_mutex_lock(&g->mu);
        sl->ready = 1;
        if (sl == &g->ring[g->head % RING])  /* the writer waits for the head only */
            pthread_cond_signal(&g->can_take);
    }
    pthread_mutex_unlock(&g->mu);
    rasd_store_close(ro);
    return NULL;
}

/* ------------------------------------------------------------ the writer */

static int deliver(const rasd_alert_match *m, void *ctx)
{
    ingester *g = ctx;
    g->alert_seq = m->seq;
    g->o.on_alert(m, g->o.ctx);
    return 0;
}

/* Hands the alert matches committed since the last call to on_alert. */
static void deliver_alerts(ingester *g)
{
    rasd_status st;
    char msg[MSG_MAX];
    if (!g->o.on_alert)
        return;
    if ((st = rasd_store_alert_log(g->s, g->alert_seq, NULL, 0, deliver, g)) != RASD_OK) {
        snprintf(msg, sizeof msg, "reading the alert log: %s", rasd_store_error(g->s));
        report(g, msg);
    }
}

/* Settles the open batch's articles once the store has committed it (its count of committed
 * versions grew), or, with `closed` (no batch can be open any more), counts them dropped. */
static void settle(ingester *g, int closed)
{
    int64_t c = rasd_store_committed(g->s);
    size_t *p = g->pend;
    if (c != g->committed) {
        deliver_alerts(g);
        g->st.added += p[RASD_PUT_ADDED];
        g->st.updated += p[RASD_PUT_UPDATED];
    } else if (closed) {
        g->st.dropped += p[RASD_PUT_ADDED] + p[RASD_PUT_UPDATED];
    } else {
        return;
    }
    g->committed = c;
    p[RASD_PUT_ADDED] = p[RASD_PUT_UPDATED] = 0;
    g->st.pending = 0;
}

/* Puts a prepared article; reports it when the store refuses it. */
static void put(ingester *g, slot *sl)
{
    char msg[MSG_MAX];
    rasd_put what;
    rasd_status st = rasd_store_put_article(g->s, sl->a, &what);
    if (st == RASD_OK) {
        g->st.written++;
        if (what == RASD_PUT_UNCHANGED)
            g->st.unchanged++;
        else {
            g->pend[what]++;
            g->st.pending++;
            g->st.not_arabic += !rasd_lang_is_arabic(rasd_article_lang(sl->a));
        }
    } else {
        const rasd_record *rec = rasd_article_record(sl->a);
        const char *why = rasd_store_error(g->s)[0] ? rasd_store_error(g->s) : rasd_strerror(st);
        snprintf(msg, sizeof msg, "%s:%ld: %s: %s", rec->path, rec->line, rec->id, why);
        report(g, msg);
        g->st.rejected++;
        /* these roll the open batch back and would again for the next article */
        if (st == RASD_EIO || st == RASD_EDATA || st == RASD_ENOMEM)
            g->fatal = st;
    }
    settle(g, 0);
}

/* Handles one slot in input order; 0 when the ingest ends (the end, a fatal error, a
 * cancel). */
static int write_slot(ingester *g, slot *sl)
{
    g->st.bytes_done = sl->done;
    if (sl->kind == SLOT_END)
        return 0;
    if (sl->kind == SLOT_ARTICLE) {
        put(g, sl);
    } else {
        report(g, sl->msg);
        g->st.rejected++;
        if (sl->kind == SLOT_FATAL)
            g->fatal = sl->st ? sl->st : RASD_ENOMEM;
    }
    if (g->fatal)
        return 0;
    g->st.seconds = now_s() - g->t0;
    if (g->o.progress && g->o.progress(&g->st, g->o.ctx)) {
        g->fatal = RASD_ECANCELED;
        return 0;
    }
    return 1;
}

/* Takes slots in order, once prepared, until the end, a fatal error or a cancel; then stops
 * the other threads. */
static void write_articles(ingester *g)
{
    int more = 1;
    while (more) {
        slot *sl;
        pthread_mutex_lock(&g->mu);
        while (g->head == g->tail || !g->ring[g->head % RING].ready)
            timed_wait(g, &g->can_take, &g->mu, &g->w_wait);
        sl = &g->ring[g->head % RING];
        pthread_mutex_unlock(&g->mu);
        double t = g->timed ? now_s() : 0;
        more = write_slot(g, sl);
        if (g->timed) {
            t = now_s() - t;
            g->w_busy += t;
            if (t > 0.02) {
                g->w_slow += t;
                g->n_slow++;
            }
        }
        pthread_mutex_lock(&g->mu);
        g->head++;
        g->stop = !more;
        if (g->tail - g->head == RING - FILL_BATCH)
            pthread_cond_signal(&g->can_fill);
        if (g->stop) {
            pthread_cond_broadcast(&g->can_fill);
            pthread_cond_broadcast(&g->can_prep);
        }
        pthread_mutex_unlock(&g->mu);
    }
}

/* ------------------------------------------------------------- the whole */

/* Opens every input first, so the progress knows the total size. */
static void open_inputs(ingester *g, const char *const *paths)
{
    char msg[MSG_MAX];
    for (size_t i = 0; i < g->nreaders; i++) {
        uint64_t done, total;
        if (rasd_reader_open(&g->readers[i], paths[i], rasd_engine_config(g->e)) != RASD_OK) {
            snprintf(msg, sizeof msg, "%s: cannot read", paths[i]);
            report(g, msg);
            g->readers[i] = NULL;
            g->st.rejected++;
            continue;
        }
        rasd_reader_progress(g->readers[i], &done, &total);
        g->st.bytes_total += total;
    }
}

/* Preparers: as asked, else one per processor (they do the analysis and recognition). */
static int preparers(const ingester *g)
{
    long n = g->o.threads ? (long)g->o.threads : sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > MAX_PREPARERS ? MAX_PREPARERS : (int)n;
}

/* Starts the preparers and the reader, writes, and joins them; RASD_ENOMEM when no thread
 * could be started. */
static rasd_status run_threads(ingester *g)
{
    pthread_t th, prep[MAX_PREPARERS];
    int i, np, want = preparers(g);
    for (np = 0; np < want; np++)
        if (pthread_create(&prep[np], NULL, preparer_thread, g) != 0)
            break;
    if (np == 0 || pthread_create(&th, NULL, reader_thread, g) != 0) {
        pthread_mutex_lock(&g->mu);
        g->stop = 1;
        pthread_cond_broadcast(&g->can_prep);
        pthread_mutex_unlock(&g->mu);
        for (i = 0; i < np; i++)
            pthread_join(prep[i], NULL);
        return RASD_ENOMEM;
    }
    write_articles(g);
    pthread_join(th, NULL);
    for (i = 0; i < np; i++)
        pthread_join(prep[i], NULL);
    return RASD_OK;
}

static void ingester_free(ingester *g)
{
    if (!g)
        return;
    for (size_t i = 0; g->readers && i < g->nreaders; i++)
        rasd_reader_close(g->readers[i]);
    free(g->readers);
    for (int i = 0; i < RING; i++) {
        rasd_article_free(g->ring[i].a);
        free(g->ring[i].buf);
    }
    pthread_mutex_destroy(&g->mu);
    pthread_cond_destroy(&g->can_fill);
    pthread_cond_destroy(&g->can_take);
    pthread_cond_destroy(&g->can_prep);
    free(g);
}

static ingester *ingester_new(rasd_store *s, size_t npaths, const rasd_ingest_opts *o)
{
    ingester *g = calloc(1, sizeof *g);
    int ok = g != NULL;
    if (!ok)
        return NULL;
    pthread_mutex_init(&g->mu, NULL);
    pthread_cond_init(&g->can_fill, NULL);
    pthread_cond_init(&g->can_take, NULL);
    pthread_cond_init(&g->can_prep, NULL);
    for (int i = 0; i < RING && ok; i++)
        ok = rasd_article_new(&g->ring[i].a) == RASD_OK;
    g->nreaders = npaths;
    if (!ok || (npaths && !(g->readers = calloc(npaths, sizeof *g->readers)))) {
        ingester_free(g);
        return NULL;
    }
    g->s = s;
    g->e = rasd_store_engine(s);
    g->db = rasd_store_path(s);
    if (o)
        g->o = *o;
    g->prep_flags = g->o.prepare_flags & (RASD_PREPARE_NO_ENTITIES | RASD_PREPARE_NO_STORIES);
    g->committed = rasd_store_committed(s);
    g->timed = getenv("RASD_INGEST_TIMES") != NULL;
    if (g->o.on_alert && rasd_store_alert_cursor(s, &g->alert_seq) != RASD_OK)
        g->o.on_alert = NULL;      /* no log to read: nothing will be delivered */
    return g;
}

/* Commits the open batch (also after a cancel: what was put is whole articles) and settles
 * the counts; the status that ends the ingest. */
static rasd_status finish(ingester *g)
{
    rasd_status st = rasd_store_commit(g->s);
    settle(g, 1);
    if (st != RASD_OK && g->fatal != RASD_OK && g->fatal != RASD_ECANCELED)
        return g->fatal;           /* already reported */
    if (st != RASD_OK) {
        report(g, rasd_store_error(g->s)[0] ? rasd_store_error(g->s) : rasd_strerror(st));
        return st;
    }
    return g->fatal;
}

rasd_status rasd_ingest(rasd_store *s, const char *const *paths, size_t npaths,
                        const rasd_ingest_opts *o, rasd_ingest_stats *stats)
{
    ingester *g;
    rasd_status st;
    double t0 = now_s();
    if (stats)
        memset(stats, 0, sizeof *stats);
    if (!s || (npaths && !paths) || !rasd_store_engine(s))
        return RASD_EINVAL;
    if (!(g = ingester_new(s, npaths, o)))
        return RASD_ENOMEM;
    g->t0 = t0;
    if (g->o.batch)
        rasd_store_set_batch(s, g->o.batch);
    open_inputs(g, paths);
    if ((st = run_threads(g)) != RASD_OK)
        report(g, rasd_strerror(st));
    else
        st = finish(g);
    g->st.seconds = now_s() - g->t0;
    if (g->timed)
        fprintf(stderr,
                "ingest times: %.3f s; writer busy %.3f s (%zu puts over 20 ms: %.3f s), "
                "waiting %.3f s; preparers waiting %.3f s in all; reader waiting %.3f s\n",
                g->st.seconds, g->w_busy, g->n_slow, g->w_slow, g->w_wait, g->p_wait, g->r_wait);
    for (size_t i = 0; i < g->nreaders; i++)
        if (g->readers[i])
            rasd_reader_warc_counts(g->readers[i], &g->st.warc);
    if (stats)
        *stats = g->st;
    ingester_free(g);
    return st;
}
