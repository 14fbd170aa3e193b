/* stories.c — the store side of story clustering (the algorithms are src/stories/'s): a
 * cross-document stage after duplicate detection, with hooks inside the writer's batch.
 *
 * Each article put joins a story or starts one. An exact or near copy (the pairs dedup
 * recorded a moment before) joins its source's story. Any other article is scored
 * (story_score: the learned model of data/stories.model, read on the first put) against the
 * candidate stories: those that share an index key with it (its heaviest body stems,
 * entities and title stems), among the stories active in the window, at most
 * STORY_CANDIDATES of them, most shared keys first; never a scan of all stories. A story
 * is active while its newest article is at most STORY_WINDOW_DAYS older than the newest
 * dated article seen (stories of undated articles: while fewer than STORY_UNDATED_SPAN
 * stories were started after them); a dated article considers the active stories whose
 * span comes within the window of its own date, so articles arriving out of publication
 * order find their story; with the model's life L, a dated story takes only articles within
 * L days of its first (one event, not a topic fed every day). It joins the most probable
 * story when the model's threshold is reached, the article is near one of the story's
 * newest members (the member check, stories.h) and, with the model's place_key, one of its
 * own heaviest places is among the story's (story_place_shared), else starts a new one. An undated article is
 * clustered by its content alone. Dates
 * more than a day after the clock at open are ignored (the article counts as undated).
 *
 * Memory holds the active stories only (their centroids: sums of their articles' vectors,
 * and the inverted index over their keys): it is bounded by the window, not by the store.
 * It is read from the tables on the first put of a handle (the members' stored vectors,
 * summed again), so an ingest that resumes decides as one that ran on; a dropped batch
 * empties it, to be read again from what was committed. Decisions depend on the store and
 * the input order only: candidates are chosen and ties broken by story id.
 *
 * A story of more members than it keeps (STORY_MEMBERS) gets its sum and keys written to its
 * row as it leaves memory (stories.vec; the flush after a join and a recount clear it), so
 * that a copy joining it later reads back that and its newest members: bounded, however
 * many copies joined it before.
 *
 * Tables: stories (id, thread, size, times, the stored sum or NULL), story_members (docid →
 * story, the copy's source, the score it joined with, its time and its vectors),
 * thread_redirects (a merged thread's id → the id it goes by now). Story ids come from meta next_story. A thread is
 * named by its first story's id; a new story joins the thread of the candidate most related
 * to its article (story_related) at STORY_THREAD or more, and an article that joins a story
 * and is STORY_THREAD_MERGE related to a story of another thread merges the two threads (the older id stays, the other redirects), as long
 * as the thread spans at most the window.
 */
#include "core/sort.h"
#include "store/stories_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>


#define SS(s) ((stories_state *)store_state(s, &stories_store_stage))

static double cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* With timing on, adds the time since *t to phase ph and restarts *t. */
static void lap(stories_state *d, int ph, double *t)
{
    double now;
    if (!d->timing)
        return;
    now = cpu_now();
    d->phase[ph] += now - *t;
    *t = now;
}

static double tick(const stories_state *d)
{
    return d->timing ? cpu_now() : 0;
}

/* ---------------------------------------------------------------- memory */

static void mem_drop(stories_state *d, uint32_t slot, rasd_status *rc)
{
    story_mem *m = &d->mem[slot];
    for (size_t k = 0; k < m->nkeys; k++)
        story_index_remove(&d->ix, m->keys[k], slot);
    sm_id_del(&d->ids, m->id);
    story_feat_free(&m->sum);
    sm_members_free(m);
    m->nkeys = 0;
    m->used = 0;
    m->dirty = 0;                    /* callers write its row first when they need it */
    d->freed = grow_array(d->freed, &d->freecap, d->nfreed + 1, sizeof *d->freed, rc);
    if (!*rc)
        d->freed[d->nfreed++] = slot;
}

static void forget(stories_state *d)
{
    for (size_t i = 0; i < d->nmem; i++) {
        story_feat_free(&d->mem[i].sum);
        sm_members_free(&d->mem[i]);
        free(d->mem[i].keys);
    }
    d->nmem = d->nfreed = d->ndirty = 0;
    d->next_dirty = 0;
    free(d->ids.id), free(d->ids.slot);
    memset(&d->ids, 0, sizeof d->ids);
    story_index_clear(&d->ix);
    d->loaded = 0;
}

static void state_free(stories_state *d)
{
    forget(d);
    sql_finalize(d->st, SY_COUNT);
    free(d->mem);
    free(d->freed);
    free(d->dirty);
    free(d->hits);
    free(d->touched);
    free(d->order);
    story_index_free(&d->ix);
    story_feat_free(&d->cur);
    story_feat_free(&d->tmp);
    rbuf_free(&d->blob);
    memset(d, 0, sizeof *d);
}

/* A new slot for story id, with its row's numbers. */
static story_mem *mem_new(stories_state *d, int64_t id, rasd_status *rc)
{
    uint32_t slot;
    story_mem *m;
    if (d->nfreed)
        slot = d->freed[--d->nfreed];
    else {
        d->mem = grow_array(d->mem, &d->memcap, d->nmem + 1, sizeof *d->mem, rc);
        if (*rc)
            return NULL;
        slot = (uint32_t)d->nmem++;
        memset(&d->mem[slot], 0, sizeof *d->mem);
    }
    if (!*rc)
        *rc = sm_id_put(&d->ids, id, slot);
    if (*rc)
        return NULL;
    m = &d->mem[slot];
    m->id = id, m->thread = id, m->used = 1;
    m->oldest = m->newest = NAN, m->tsum = 0, m->ndated = 0, m->size = 0;
    m->nkeys = 0, m->ahead = 0, m->dirty = 0, m->vec_ok = 0;
    return m;
}

static uint32_t slot_of_mem(const stories_state *d, const story_mem *m)
{
    return (uint32_t)(m - d->mem);
}

/* Adds an article's vectors and keys to story m. */
static rasd_status mem_add(stories_state *d, story_mem *m, const story_feat *f)
{
    rasd_status rc = RASD_OK;
    svec_addf(&m->sum.title, &f->title, 1, &rc);
    svec_addf(&m->sum.body, &f->body, 1, &rc);
    svec_addf(&m->sum.ent, &f->ent, 1, &rc);
    for (size_t k = 0; k < f->nkeys && !rc; k++) {
        size_t j = 0;
        while (j < m->nkeys && m->keys[j] != f->keys[k])
            j++;
        if (j < m->nkeys)
            continue;
        m->keys = grow_array(m->keys, &m->kcap, m->nkeys + 1, sizeof *m->keys, &rc);
        if (!rc)
            m->keys[m->nkeys++] = f->keys[k];
        if (!rc)
            rc = story_index_add(&d->ix, f->keys[k], slot_of_mem(d, m));
    }
    return rc;
}

static double col_real(sqlite3_stmt *st, int i)
{
    return sqlite3_column_type(st, i) == SQLITE_NULL ? NAN : sqlite3_column_double(st, i);
}

/* The model's ahead for article docid of time t (NAN: undated, never ahead): 1 when its
 * stored dates (the events stage's, written before this stage's put) hold a full date after
 * its own calendar day (UTC) starting in the first `ahead` bytes of its text. */
static int ahead_of(rasd_store *s, int64_t docid, double t, rasd_status *rc)
{
    stories_state *d = SS(s);
    sqlite3_stmt *st = d->st[SY_AHEAD];
    char day[11];
    int r = 0;
    if (!(d->model.ahead > 0) || isnan(t))
        return 0;
    day_iso((int64_t)floor(t), day);
    sqlite3_bind_int64(st, 1, docid);
    sqlite3_bind_int64(st, 2, d->model.ahead < 1e9 ? (int64_t)d->model.ahead : 1000000000);
    sqlite3_bind_text(st, 3, day, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW)
        r = sqlite3_column_int(st, 0);
    else
        *rc = store_sqlfail(s, "reading an article's dates");
    sqlite3_reset(st);
    return r;
}

/* The story in slot from every member's stored vectors, summed again in docid order (as
 * they joined): a story whose row holds no sum. */
static rasd_status load_members(rasd_store *s, stories_state *d, uint32_t slot)
{
    sqlite3_stmt *v = d->st[SY_STORY_VECS];
    rasd_status rc = RASD_OK;
    sqlite3_bind_int64(v, 1, d->mem[slot].id);
    for (int first = 1; !rc && sqlite3_step(v) == SQLITE_ROW; first = 0) {
        if (first)
            d->mem[slot].ahead = ahead_of(s, sqlite3_column_int64(v, 1), col_real(v, 2), &rc);
        if (rc)
            break;
        rc = story_vec_decode(sqlite3_column_blob(v, 0), (size_t)sqlite3_column_bytes(v, 0),
                              &d->tmp);
        d->tmp.t = col_real(v, 2);
        if (!rc)
            rc = mem_add(d, &d->mem[slot], &d->tmp);
        if (!rc)
            sm_member_keep(&d->mem[slot], sqlite3_column_int64(v, 1), &d->tmp, &rc);
        d->reloaded++;
    }
    sqlite3_reset(v);
    return rc;
}

/* The story in slot from its stored sum and keys (blob) and its newest STORY_MEMBERS
 * members: the same sum, keys and members as load_members, read in bounded time however
 * many copies joined it over the years. */
static rasd_status load_sum(rasd_store *s, stories_state *d, uint32_t slot, const void *blob,
                            size_t n)
{
    story_mem *m = &d->mem[slot];
    sqlite3_stmt *v = d->st[SY_STORY_NEWEST];
    rasd_status rc = sm_sum_decode(m, blob, n);
    for (size_t k = 0; k < m->nkeys && !rc; k++)
        rc = story_index_add(&d->ix, m->keys[k], slot);
    if (!rc && d->model.ahead > 0) {          /* its first article announced an event */
        sqlite3_stmt *f = d->st[SY_STORY_FIRST];
        sqlite3_bind_int64(f, 1, m->id);
        if (sqlite3_step(f) == SQLITE_ROW)
            m->ahead = ahead_of(s, sqlite3_column_int64(f, 0), col_real(f, 1), &rc);
        sqlite3_reset(f);
    }
    sqlite3_bind_int64(v, 1, m->id);
    sqlite3_bind_int64(v, 2, STORY_MEMBERS);
    while (!rc && sqlite3_step(v) == SQLITE_ROW) {
        rc = story_vec_read(sqlite3_column_blob(v, 0), (size_t)sqlite3_column_bytes(v, 0),
                            &d->tmp);
        d->tmp.t = col_real(v, 2);
        if (!rc)
            sm_member_keep(m, sqlite3_column_int64(v, 1), &d->tmp, &rc);
        d->reloaded++;
    }
    sqlite3_reset(v);
    m->vec_ok = !rc;
    return rc;
}

/* Reads the story of the current row of st (the columns of SY_ACTIVE) into memory: from its
 * stored sum when the row holds one, else from its members' vectors. */
static rasd_status mem_load_row(rasd_store *s, sqlite3_stmt *st)
{
    stories_state *d = SS(s);
    rasd_status rc = RASD_OK;
    story_mem *m = mem_new(d, sqlite3_column_int64(st, 0), &rc);
    uint32_t slot;
    if (!m)
        return rc;
    slot = slot_of_mem(d, m);
    m->thread = sqlite3_column_int64(st, 1);
    m->size = (uint32_t)sqlite3_column_int64(st, 2);
    m->oldest = col_real(st, 3), m->newest = col_real(st, 4);
    m->tsum = sqlite3_column_double(st, 5);
    m->ndated = (uint32_t)sqlite3_column_int64(st, 6);
    if (sqlite3_column_type(st, 7) == SQLITE_BLOB)
        rc = load_sum(s, d, slot, sqlite3_column_blob(st, 7), (size_t)sqlite3_column_bytes(st, 7));
    else
        rc = load_members(s, d, slot);
    story_norms(&d->mem[slot].sum, &d->mem[slot].n);
    return rc == RASD_EDATA ? store_fail(s, rc, "a story's stored vectors are damaged") : rc;
}

/* Loads story id when it is not in memory; NULL (rc unset) when it is not stored. */
static story_mem *mem_get(rasd_store *s, int64_t id, rasd_status *rc)
{
    stories_state *d = SS(s);
    sqlite3_stmt *st = d->st[SY_STORY_ROW];
    uint32_t slot;
    if (sm_id_get(&d->ids, id, &slot))
        return &d->mem[slot];
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) == SQLITE_ROW)
        *rc = mem_load_row(s, st);
    sqlite3_reset(st);
    return !*rc && sm_id_get(&d->ids, id, &slot) ? &d->mem[slot] : NULL;
}

/* Whether story m is active (its newest article within the window of the newest seen). */
static int active(const stories_state *d, const story_mem *m)
{
    if (isnan(m->newest))
        return m->id >= d->next_id - STORY_UNDATED_SPAN;
    return isnan(d->latest) || m->newest >= d->latest - STORY_WINDOW_DAYS;
}

/* Whether an article of time t may join story m: m is active, and, both dated, within the
 * window of t and, with the model's life L, t at most L days after m's first article (and m's
 * newest at most L days after t): a story is one event, not a topic fed day after day.
 * 2: only near a member (the model's day bound: t is not on the calendar day, UTC, of m's
 * first and newest articles; a reprint of the next day still joins, see best_story). */
static int eligible(const stories_state *d, const story_mem *m, double t)
{
    double life = d->model.life;
    if (!active(d, m))
        return 0;
    if (isnan(t) || isnan(m->newest))
        return 1;
    if (m->newest < t - STORY_WINDOW_DAYS || m->oldest > t + STORY_WINDOW_DAYS)
        return 0;
    if (life > 0 && (t - m->oldest > life || m->newest - t > life))
        /* with day_member, a story past its life that has members of t's day (a report of
         * t's day reprinted one of its members) is a day-bound candidate */
        return d->model.day_member > 0 && d->model.day > 0 && d->model.day_near > 0 &&
                       m->newest - t <= life && floor(m->newest) == floor(t)
                   ? 2
                   : 0;
    if (d->model.day > 0 && (floor(t) != floor(m->oldest) || floor(m->newest) != floor(t)))
        return d->model.day_near > 0 ? 2 : 0;
    return 1;
}

static rasd_status write_story(rasd_store *s, story_mem *m, int sum);

/* Whether story m's row should get its sum as it leaves memory: when it has more members
 * than it keeps (a smaller one is read back whole in as many rows) and the row lacks it. */
static int sum_due(const story_mem *m)
{
    return m->size > STORY_MEMBERS && !m->vec_ok;
}

/* Drops the stories that are no longer active, writing the row of a dirty one first, with
 * its sum when sum_due. */
static rasd_status sweep(rasd_store *s, stories_state *d)
{
    rasd_status rc = RASD_OK;
    for (size_t i = 0; i < d->nmem && !rc; i++) {
        story_mem *m = &d->mem[i];
        if (m->used && !active(d, m) &&
            !((m->dirty || sum_due(m)) && (rc = write_story(s, m, sum_due(m))) != RASD_OK))
            mem_drop(d, (uint32_t)i, &rc);
    }
    d->swept = d->latest;
    return rc;
}

/* Reads data/stories.model once per handle. */
static rasd_status load_model(rasd_store *s, stories_state *d)
{
    char path[4096], err[512];
    rasd_status rc;
    if (d->have_model)
        return RASD_OK;
    snprintf(path, sizeof path, "%s/stories.model", s->e->data_dir ? s->e->data_dir : "data");
    if ((rc = story_model_load(path, &d->model, err, sizeof err)) != RASD_OK)
        return store_fail(s, rc, "%s", err);
    d->have_model = 1;
    return RASD_OK;
}

static rasd_status load(rasd_store *s)
{
    stories_state *d = SS(s);
    sqlite3_stmt *st = d->st[SY_NEXT];
    rasd_status rc = load_model(s, d);
    if (rc)
        return rc;
    forget(d);
    d->next_id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 1;
    sqlite3_reset(st);
    st = d->st[SY_LATEST];
    d->latest = sqlite3_step(st) == SQLITE_ROW ? col_real(st, 0) : NAN;
    sqlite3_reset(st);
    d->swept = d->latest;
    st = d->st[SY_ACTIVE];
    sqlite3_bind_double(st, 1, isnan(d->latest) ? 0 : d->latest - STORY_WINDOW_DAYS);
    sqlite3_bind_int64(st, 2, d->next_id - STORY_UNDATED_SPAN);
    while (!rc && sqlite3_step(st) == SQLITE_ROW)
        rc = mem_load_row(s, st);
    sqlite3_reset(st);
    d->loaded = !rc;
    return rc;
}

/* ------------------------------------------------------------------ writes */

/* Writes story m's row; with sum, its sum and keys too (sm_sum_encode), else NULL there:
 * a row holds a sum only when it is the sum of the story's members as stored, so every
 * write after a change (a flush after a join, a recount) clears it. */
static rasd_status write_story(rasd_store *s, story_mem *m, int sum)
{
    stories_state *d = SS(s);
    sqlite3_stmt *st = d->st[SY_STORY_PUT];
    rasd_status rc = RASD_OK;
    sqlite3_bind_int64(st, 1, m->id);
    sqlite3_bind_int64(st, 2, m->thread);
    sqlite3_bind_int64(st, 3, m->size);
    if (m->ndated) {
        sqlite3_bind_double(st, 4, m->oldest);
        sqlite3_bind_double(st, 5, m->newest);
    } else {
        sqlite3_bind_null(st, 4);
        sqlite3_bind_null(st, 5);
    }
    sqlite3_bind_double(st, 6, m->tsum);
    sqlite3_bind_int64(st, 7, m->ndated);
    if (sum && sm_sum_encode(m, &d->blob, &rc))
        sqlite3_bind_blob(st, 8, d->blob.p, (int)d->blob.n, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, 8), sum = 0;
    if (rc)
        return rc;
    if (!store_step(st))
        return store_sqlfail(s, "writing a story");
    m->vec_ok = sum;
    return RASD_OK;
}

static rasd_status write_member(rasd_store *s, int64_t docid, const story_mem *m, int64_t copy_of,
                                double score, const story_feat *f)
{
    stories_state *d = SS(s);
    sqlite3_stmt *st = d->st[SY_MEMBER_INS];
    rasd_status rc = RASD_OK;
    story_vec_encode(f, &d->blob, &rc);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, docid);
    sqlite3_bind_int64(st, 2, m->id);
    if (copy_of)
        sqlite3_bind_int64(st, 3, copy_of);
    else
        sqlite3_bind_null(st, 3);
    sqlite3_bind_double(st, 4, score);
    if (isnan(f->t))
        sqlite3_bind_null(st, 5);
    else
        sqlite3_bind_double(st, 5, f->t);
    sqlite3_bind_blob(st, 6, d->blob.p, (int)d->blob.n, SQLITE_STATIC);
    return store_step(st) ? RASD_OK : store_sqlfail(s, "adding an article to its story");
}

/* A new story (its thread: `thread`, or its own id when 0); meta next_story follows at the
 * batch's flush. */
static story_mem *story_new(rasd_store *s, int64_t thread, rasd_status *rc)
{
    stories_state *d = SS(s);
    story_mem *m = mem_new(d, d->next_id, rc);
    if (!m)
        return NULL;
    m->thread = thread ? thread : m->id;
    d->next_id++;
    d->next_dirty = 1;
    return m;
}

/* ------------------------------------------------------------- clustering */

/* The story of the article's exact or near copy relation (dedup's pairs, the other
 * article's), 0 if none; *src: that article. */
static int64_t copy_story(rasd_store *s, int64_t docid, int64_t *src)
{
    sqlite3_stmt *st = SS(s)->st[SY_COPY_SRC];
    int64_t story = 0;
    *src = 0;
    sqlite3_bind_int64(st, 1, docid);
    for (int found = 0; sqlite3_step(st) == SQLITE_ROW; found = 1)
        if (!found || sqlite3_column_int64(st, 1) < *src) {   /* the first copy by docid */
            story = sqlite3_column_int64(st, 0);
            *src = sqlite3_column_int64(st, 1);
        }
    sqlite3_reset(st);
    return story;
}

/* The model's place key and signature key (stories.h): 1 when each that is on passes. The
 * signature key holds for dated articles only: it parts one day's reports of one kind, and
 * an undated article, clustered by content alone, has no day (the seeds: a byline and a
 * misread name lead seed 001, one story with 000 by the labelling rule). */
static int keys_shared(const story_model *md, const story_feat *f, const story_mem *m)
{
    return (!(md->place_key > 0) || story_place_shared(f, &m->sum.ent, (int)md->place_key)) &&
           (!(md->sig_key > 0) || isnan(f->t) ||
            story_sig_shared(f, &m->sum.ent, (int)md->sig_key));
}

/* The model's keys for an undated pair (stories.h: f or story m has no date): 1 when each
 * that is on passes for f of probability (or single-link cosine) sc. Without dates the content
 * must part two events of one kind: as another day's story, a stricter threshold, or shared
 * lead places or persons (docs/STORIES.md, stories21). */
static int undated_pass(const story_model *md, const story_mem *m, const story_feat *f,
                        const story_norm *fn, double sc, double *near)
{
    if (!isnan(f->t) && m->ndated)
        return 1;
    return !(md->undated_thr > 0 && sc < md->undated_thr) &&
           !(md->undated_near > 0 && !sm_near_member(m, f, fn, md->undated_near, near)) &&
           !(md->undated_place > 0 &&
             !story_place_shared(f, &m->sum.ent, (int)md->undated_place) &&
             !(md->place_near > 0 && sm_near_member(m, f, fn, md->place_near, near))) &&
           !(md->undated_sig > 0 && !story_sig_shared(f, &m->sum.ent, (int)md->undated_sig));
}

static int u64_less(const uint64_t *a, const uint64_t *b)
{
    return *a < *b;
}

RASD_SORT_DEFINE(sort_u64, uint64_t, u64_less)

/* The join threshold: the model's single-link cosine when it has one, else its threshold
 * on the scorer's probability. */
static double join_threshold(const story_model *md)
{
    return md->single > 0 ? md->single : md->threshold;
}

/* The best eligible story for f among those sharing keys with it (by the model's
 * probability; with the model's prefer, among those that pass, by story_related plus prefer
 * ln(1 + size) / 5): *best (NULL: none) and its probability; in *rel (NULL: none) the story most
 * related to f (story_related) other than *best, with its relatedness in *rel_score; and in
 * *best_rel the relatedness of *best. */
static double best_story(stories_state *d, const story_feat *f, story_mem **best,
                         double *best_rel, story_mem **rel, double *rel_score, rasd_status *rc)
{
    size_t nt = 0, no = 0;
    double top = -1, top_rank = -1;
    story_mem *r1 = NULL, *r2 = NULL;
    double s1 = -1, s2 = -1;
    story_norm fn;                   /* f's norms, once for all its candidates */
    double thr = join_threshold(&d->model);
    double t0 = tick(d);
    story_norms(f, &fn);
    *best = *rel = NULL;
    *best_rel = *rel_score = -1;
    if (d->hitcap < d->nmem + 1) {
        size_t old = d->hitcap;
        d->hits = grow_array(d->hits, &d->hitcap, d->nmem + 1, sizeof *d->hits, rc);
        if (!*rc)
            memset(d->hits + old, 0, (d->hitcap - old) * sizeof *d->hits);
    }
    d->touched = grow_array(d->touched, &d->touchcap, f->nkeys * STORY_KEY_LIMIT + 1,
                            sizeof *d->touched, rc);
    d->order = grow_array(d->order, &d->ordercap, f->nkeys * STORY_KEY_LIMIT + 1,
                          sizeof *d->order, rc);
    if (*rc)
        return 0;
    /* shared keys counted by slot (a small array), whether a story may take the article
     * asked once per story, not once per key: the lists are long (most of the window's
     * stories are past their life) and a story's memory is far apart */
    for (size_t k = 0; k < f->nkeys; k++) {
        size_t n;
        const uint32_t *sl = story_index_get(&d->ix, f->keys[k], &n);
        for (size_t i = 0; i < n; i++)
            if (d->hits[sl[i]]++ == 0)
                d->touched[nt++] = sl[i];
    }
    /* most shared keys first, then the oldest story: (STORY_KEYS - hits) << 48 | id */
    for (size_t i = 0; i < nt; i++) {
        const story_mem *m = &d->mem[d->touched[i]];
        if (m->used && eligible(d, m, f->t))
            d->order[no++] = (uint64_t)(STORY_KEYS - d->hits[d->touched[i]]) << 48 |
                             (uint64_t)m->id;
        d->hits[d->touched[i]] = 0;
    }
    sort_u64(d->order, no);   /* distinct: ids are */
    lap(d, PH_CANDIDATES, &t0);
    for (size_t i = 0; i < no && i < STORY_CANDIDATES; i++) {
        uint32_t slot = 0;
        story_mem *m;
        sm_id_get(&d->ids, (int64_t)(d->order[i] & 0xFFFFFFFFFFFFu), &slot);
        m = &d->mem[slot];
        story_view v = {&m->sum.title, &m->sum.body, &m->sum.ent, &m->n, m->oldest, m->newest,
                        m->ndated ? m->tsum / m->ndated : NAN, m->size};
        double re, sc = story_score_n(&d->model, f, &fn, &v, &re), near = NAN;
        if (d->model.single > 0)
            sc = sm_nearest(m, f, &fn, &near);   /* single link: the nearest member */
        if (sc >= thr && !sm_member_check(&d->model, m, f, &fn, &near))
            sc = 0;              /* near the story's sum, near none of its members */
        if (sc >= thr && !keys_shared(&d->model, f, m) &&
            !(d->model.place_near > 0 && sm_near_member(m, f, &fn, d->model.place_near, &near)))
            sc = 0;              /* none of the article's own places (or lead persons) is the
                                  * story's, and it restates none of its members */
        if (sc >= thr && d->model.ahead > 0 && f->ahead != m->ahead)
            sc = 0;              /* an announcement of a coming event and the event's
                                  * reports: two stories */
        if (sc >= thr && eligible(d, m, f->t) == 2 &&
            !sm_near_member(m, f, &fn, d->model.day_near, &near) &&
            !(d->model.day_member > 0 &&
              sm_near_day_member(m, f, &fn) >= d->model.day_member))
            sc = 0;              /* another day's story, and no reprint of its members (nor,
                                  * with day_member, near its members of the article's day) */
        if (sc >= thr && !undated_pass(&d->model, m, f, &fn, sc, &near))
            sc = 0;              /* no date on one side, and the content does not do what
                                  * dates would */
        /* with prefer, a passing candidate ranks by relatedness plus a share of its size,
         * above every candidate that does not pass */
        double rank = sc >= thr && d->model.prefer > 0
                          ? 2 + re + d->model.prefer * log1p((double)m->size) / 5
                          : sc;
        if (rank > top_rank || (rank == top_rank && *best && m->id < (*best)->id))
            top_rank = rank, top = sc, *best = m, *best_rel = re;
        if (re > s1 || (re == s1 && r1 && m->id < r1->id))
            r2 = r1, s2 = s1, r1 = m, s1 = re;
        else if (re > s2 || (re == s2 && r2 && m->id < r2->id))
            r2 = m, s2 = re;
    }
    /* the most related story other than the best */
    if (r1 && r1 != *best)
        *rel = r1, *rel_score = s1;
    else if (r2)
        *rel = r2, *rel_score = s2;
    lap(d, PH_SCORING, &t0);
    return top;
}

static rasd_status join(rasd_store *s, int64_t docid, story_mem *m, int64_t copy_of,
                        double score, const story_feat *f)
{
    stories_state *d = SS(s);
    double t0 = tick(d);
    rasd_status rc = mem_add(d, m, f);
    if (!rc)
        sm_member_keep(m, docid, f, &rc);
    story_norms(&m->sum, &m->n);
    m->size++;
    m->vec_ok = 0;                   /* its row's sum, if any, is cleared at the flush */
    if (!isnan(f->t)) {
        m->oldest = m->ndated && m->oldest <= f->t ? m->oldest : f->t;
        m->newest = m->ndated && m->newest >= f->t ? m->newest : f->t;
        m->tsum += f->t;
        m->ndated++;
        if (isnan(d->latest) || f->t > d->latest)
            d->latest = f->t;
    }
    lap(d, PH_MEMORY, &t0);
    if (!rc)
        rc = write_member(s, docid, m, copy_of, score, f);
    lap(d, PH_WRITES, &t0);
    if (!rc && !m->dirty) {          /* its row: at the batch's flush (st_flush) */
        d->dirty = grow_array(d->dirty, &d->dirtycap, d->ndirty + 1, sizeof *d->dirty, &rc);
        if (!rc)
            d->dirty[d->ndirty++] = slot_of_mem(d, m), m->dirty = 1;
    }
    if (!rc && !isnan(d->latest) && (isnan(d->swept) || d->latest - d->swept >= 1.0))
        rc = sweep(s, d);
    lap(d, PH_SWEEP, &t0);
    return rc;
}

/* Whether threads a and b (b may be 0), with an article of time t, span at most the
 * window: a thread is one developing matter over days, not a topic. The stored rows, and
 * the dirty stories' memory: a row behind its story spans part of the story's span (joins
 * only widen it), so the two together give the span the rows would give written. */
static int thread_fits(rasd_store *s, int64_t a, int64_t b, double t)
{
    stories_state *d = SS(s);
    sqlite3_stmt *st = d->st[SY_THREAD_SPAN];
    double lo = t, hi = t;
    sqlite3_bind_int64(st, 1, a);
    sqlite3_bind_int64(st, 2, b);
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
        double x = sqlite3_column_double(st, 0), y = sqlite3_column_double(st, 1);
        lo = isnan(lo) || x < lo ? x : lo;
        hi = isnan(hi) || y > hi ? y : hi;
    }
    sqlite3_reset(st);
    for (size_t i = 0; i < d->ndirty; i++) {
        const story_mem *m = &d->mem[d->dirty[i]];
        if (!m->dirty || !m->ndated || (m->thread != a && m->thread != b))
            continue;
        lo = isnan(lo) || m->oldest < lo ? m->oldest : lo;
        hi = isnan(hi) || m->newest > hi ? m->newest : hi;
    }
    return isnan(lo) || hi - lo <= STORY_WINDOW_DAYS;
}

/* Threads a and b become one: the older id stays, the other redirects to it. */
static rasd_status merge_threads(rasd_store *s, int64_t a, int64_t b)
{
    stories_state *d = SS(s);
    int64_t keep = a < b ? a : b, gone = a < b ? b : a;
    static const int stmts[] = {SY_THREAD_MOVE, SY_REDIRECT, SY_REDIRECT_MOVE};
    for (size_t i = 0; i < sizeof stmts / sizeof *stmts; i++) {
        sqlite3_stmt *st = d->st[stmts[i]];
        sqlite3_bind_int64(st, 1, keep);
        sqlite3_bind_int64(st, 2, gone);
        if (!store_step(st))
            return store_sqlfail(s, "merging threads");
    }
    for (size_t i = 0; i < d->nmem; i++)
        if (d->mem[i].used && d->mem[i].thread == gone)
            d->mem[i].thread = keep;
    return RASD_OK;
}

static rasd_status cluster(rasd_store *s, int64_t docid, story_feat *f)
{
    stories_state *d = SS(s);
    rasd_status rc = RASD_OK;
    story_mem *m = NULL, *b, *r;
    double t0 = tick(d);
    int64_t src = 0, sid = copy_story(s, docid, &src), link = 0;
    double score = 1, brel, rel;
    lap(d, PH_COPY, &t0);
    if (sid && d->loaded && !sm_id_get(&d->ids, sid, &(uint32_t){0}))
        d->reloads++;            /* read back below: a story out of the window */
    if (sid && !(m = mem_get(s, sid, &rc)) && rc)
        return rc;
    d->copies += m != NULL;
    lap(d, PH_COPY_LOAD, &t0);
    if (!m) {
        src = 0;
        score = best_story(d, f, &b, &brel, &r, &rel, &rc);
        if (rc)
            return rc;
        t0 = tick(d);
        if (b && score >= join_threshold(&d->model)) {
            m = b;               /* a related story's thread joins this one's */
            if (r && rel >= STORY_THREAD_MERGE && r->thread != b->thread &&
                thread_fits(s, b->thread, r->thread, f->t))
                rc = merge_threads(s, b->thread, r->thread);
        } else {
            if (b && brel < rel)
                b = r, brel = rel;   /* the most related story, for the thread */
            if (b && brel >= STORY_THREAD && thread_fits(s, b->thread, 0, f->t))
                link = b->thread;
            m = story_new(s, link, &rc);
            if (m)
                m->ahead = f->ahead;
            score = 0;
        }
        lap(d, PH_THREADS, &t0);
    }
    return m && !rc ? join(s, docid, m, src, score, f) : rc;
}

/* Far-future dates (more than a day after the clock at open) are not used. */
static double usable_time(const stories_state *d, const char *published)
{
    double t = story_time(published);
    return !isnan(t) && t > d->now + 1 ? NAN : t;
}

/* On the preparing thread: the text's vectors and keys (the costly part), away from the
 * writer. */
static rasd_status st_prepare(const rasd_engine *e, rasd_doc *text, int skipped, void **prep)
{
    story_feat *f = *prep;
    (void)skipped;
    if (!f && !(f = *prep = calloc(1, sizeof *f)))
        return RASD_ENOMEM;
    return story_feat_text(e, text, f);
}

/* The title's vector and the index keys, on the preparing thread too. */
static rasd_status st_prepare_title(const rasd_engine *e, const rasd_doc *title, void *prep)
{
    return story_feat_title(e, title, prep);
}

static void st_prep_free(void *prep)
{
    if (prep)
        story_feat_free(prep);
    free(prep);
}

static rasd_status put_one(rasd_store *s, stories_state *d, int64_t docid, const store_item *it);

static rasd_status st_put(rasd_store *s, void *state, int64_t docid, const store_item *it)
{
    stories_state *d = state;
    double t0;
    rasd_status rc;
    if (s->flags & RASD_STORE_NO_STORIES)
        return RASD_OK;
    t0 = cpu_now();
    rc = put_one(s, d, docid, it);
    d->cpu += cpu_now() - t0;
    d->clustered++;
    return rc;
}

static rasd_status put_one(rasd_store *s, stories_state *d, int64_t docid, const store_item *it)
{
    story_feat *f = it->prep ? it->prep[store_stage_index(&stories_store_stage)] : NULL;
    rasd_status rc = RASD_OK;
    if (!d->loaded && (rc = load(s)) != RASD_OK)
        return rc;
    if (!f && ((rc = story_feat_text(s->e, it->text, f = &d->cur)) != RASD_OK ||
               (rc = story_feat_title(s->e, it->title, f)) != RASD_OK))
        return rc;               /* prepared: st_prepare and st_prepare_title did both */
    f->t = usable_time(d, it->rec->published);
    f->ahead = ahead_of(s, docid, f->t, &rc);
    return rc ? rc : cluster(s, docid, f);
}

/* ------------------------------------------------------------------ removal */

/* Recounts story id from its remaining members: its row goes when none is left, and its
 * memory is read again when it is active. */
static rasd_status recount(rasd_store *s, int64_t id)
{
    stories_state *d = SS(s);
    sqlite3_stmt *st = d->st[SY_RECOUNT];
    rasd_status rc = RASD_OK;
    uint32_t slot;
    story_mem m = {.id = id, .thread = id};
    if (sm_id_get(&d->ids, id, &slot)) {
        m.thread = d->mem[slot].thread;
        mem_drop(d, slot, &rc);
    } else {
        sqlite3_stmt *r = d->st[SY_STORY_ROW];
        sqlite3_bind_int64(r, 1, id);
        if (sqlite3_step(r) == SQLITE_ROW)
            m.thread = sqlite3_column_int64(r, 1);
        sqlite3_reset(r);
    }
    sqlite3_bind_int64(st, 1, id);
    if (!rc && sqlite3_step(st) == SQLITE_ROW) {
        m.size = (uint32_t)sqlite3_column_int64(st, 0);
        m.oldest = col_real(st, 1), m.newest = col_real(st, 2);
        m.tsum = sqlite3_column_double(st, 3);
        m.ndated = (uint32_t)sqlite3_column_int64(st, 4);
    }
    sqlite3_reset(st);
    if (rc)
        return rc;
    if (m.size == 0) {
        sqlite3_bind_int64(d->st[SY_STORY_DEL], 1, id);
        return store_step(d->st[SY_STORY_DEL]) ? RASD_OK : store_sqlfail(s, "removing a story");
    }
    if ((rc = write_story(s, &m, 0)) == RASD_OK && active(d, &m))
        mem_get(s, id, &rc);
    return rc;
}

static rasd_status st_remove(rasd_store *s, void *state, int64_t docid)
{
    stories_state *d = state;
    sqlite3_stmt *st = d->st[SY_MEMBER_OF];
    rasd_status rc = RASD_OK;
    int64_t id = 0;
    if (s->flags & RASD_STORE_NO_STORIES)
        return RASD_OK;
    if (!d->loaded && (rc = load(s)) != RASD_OK)
        return rc;
    sqlite3_bind_int64(st, 1, docid);
    if (sqlite3_step(st) == SQLITE_ROW)
        id = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    if (!id)
        return RASD_OK;
    sqlite3_bind_int64(d->st[SY_MEMBER_DEL], 1, docid);
    if (!store_step(d->st[SY_MEMBER_DEL]))
        return store_sqlfail(s, "removing an article from its story");
    return recount(s, id);
}

rasd_status rasd_store_story_stats(rasd_store *s, rasd_story_stats *out)
{
    const stories_state *d;
    sqlite3_stmt *st;
    if (!s || !out || !s->c.db)
        return RASD_EINVAL;
    d = SS(s);
    memset(out, 0, sizeof *out);
    if (sqlite3_prepare_v2(s->c.db, "SELECT count(*), count(DISTINCT thread) FROM stories", -1,
                           &st, NULL) != SQLITE_OK)
        return store_sqlfail(s, "counting stories");
    if (sqlite3_step(st) == SQLITE_ROW) {
        out->stories = sqlite3_column_int64(st, 0);
        out->threads = sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    out->clustered = d->clustered;
    out->seconds = d->cpu;
    out->copy_lookup = d->phase[PH_COPY];
    out->copy_load = d->phase[PH_COPY_LOAD];
    out->candidates = d->phase[PH_CANDIDATES];
    out->scoring = d->phase[PH_SCORING];
    out->memory_s = d->phase[PH_MEMORY];
    out->writes = d->phase[PH_WRITES];
    out->threads_s = d->phase[PH_THREADS];
    out->sweep = d->phase[PH_SWEEP];
    out->flush = d->phase[PH_FLUSH];
    out->copies = d->copies;
    out->reloads = d->reloads;
    out->reloaded = d->reloaded;
    out->memory = (int64_t)(d->memcap * sizeof *d->mem + d->ix.cap * sizeof *d->ix.t +
                            d->ids.cap * (sizeof *d->ids.id + sizeof *d->ids.slot));
    for (size_t i = 0; i < d->nmem; i++) {
        const story_mem *m = &d->mem[i];
        out->active += m->used;
        out->memory += (int64_t)((m->sum.title.cap + m->sum.body.cap + m->sum.ent.cap) *
                                     sizeof(sv_ent) + m->kcap * sizeof *m->keys);
        out->memory += (int64_t)(m->mbcap * sizeof *m->mb);
        for (size_t k = 0; k < m->mbcap; k++)
            out->memory += (int64_t)((m->mb[k].f.title.cap + m->mb[k].f.body.cap +
                                      m->mb[k].f.ent.cap) * sizeof(sv_ent));
    }
    for (size_t i = 0; i < d->ix.cap; i++)
        out->memory += (int64_t)(d->ix.t[i].cap * sizeof *d->ix.t[i].slots);
    return RASD_OK;
}

/* ---------------------------------------------------------------- the stage */

static rasd_status st_open(rasd_store *s, void **state)
{
    stories_state *d = *state = calloc(1, sizeof *d);
    if (!d)
        return RASD_ENOMEM;
    d->now = (double)time(NULL) / 86400.0;
    d->latest = d->swept = NAN;
    d->timing = getenv("RASD_STORY_PHASES") != NULL;
    return s->flags & RASD_STORE_READONLY ? RASD_OK : store_prepare(s, story_sql, SY_COUNT, d->st);
}

static void st_close(void *state)
{
    if (state)
        state_free(state);
    free(state);
}

/* Forgets every story, for re-annotation to cluster every article again in docid order. */
static rasd_status st_clear(rasd_store *s, void *state)
{
    forget(state);
    return store_exec(s, "DELETE FROM story_members; DELETE FROM stories;"
                         " DELETE FROM thread_redirects;"
                         " UPDATE meta SET value = 1 WHERE key = 'next_story';");
}

/* Before the batch commits: the rows of the stories its articles joined or started, each
 * once, and the next story id (a story joined by many articles was written each time). */
static rasd_status st_flush(rasd_store *s, void *state)
{
    stories_state *d = state;
    rasd_status rc = RASD_OK;
    double t0 = tick(d);
    for (size_t i = 0; i < d->ndirty && !rc; i++) {
        story_mem *m = &d->mem[d->dirty[i]];
        if (m->dirty && m->used && (rc = write_story(s, m, 0)) == RASD_OK)
            m->dirty = 0;
    }
    if (rc)
        return rc;
    d->ndirty = 0;
    if (d->next_dirty) {
        sqlite3_stmt *st = d->st[SY_NEXT_SET];
        sqlite3_bind_int64(st, 1, d->next_id);
        if (!store_step(st))
            return store_sqlfail(s, "numbering the stories");
        d->next_dirty = 0;
    }
    lap(d, PH_FLUSH, &t0);
    return RASD_OK;
}

static void st_rollback(rasd_store *s, void *state)
{
    (void)s;
    forget(state);
}

/* Stories: each article joins its copies' source's story, the best active story, or a new
 * one, as it is put. */
const store_stage stories_store_stage = {
    .name = "stories",
    .prepare = st_prepare,
    .prepare_title = st_prepare_title,
    .reads_docs = 1,
    .prep_free = st_prep_free,
    .prep_skip = RASD_PREPARE_NO_STORIES,   /* put_one computes them when stories are on */
    .open = st_open,
    .close = st_close,
    .put = st_put,
    .remove = st_remove,
    .clear = st_clear,
    .flush = st_flush,
    .rollback = st_rollback,
};
