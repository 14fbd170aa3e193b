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
 * own heaviest places is among the story's (story_place_shared), else starts a new one. An
 * undated article is clustered by its content alone. Dates more than a day after the clock
 * at open are ignored (the article counts as undated).
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
 * many copies joined it before. A story read back for a copy gets them too, with its kept
 * members (stories.mb): read back again, it is one row.
 *
 * A story that copies stretched past twice the model's life (sw_spent: a months-old article
 * reprinted) takes no article but its copies again, so no one reads its sum: a copy joins
 * it, out of memory, with its member row and an update of its row's counters (join_unread),
 * and it is not read back into memory at open or after a recount.
 *
 * Tables: stories (id, thread, size, times, the stored sum and members or NULL),
 * story_members (docid → story, the copy's source, the score it joined with, its time and
 * its vectors),
 * thread_redirects (a merged thread's id → the id it goes by now). Story ids come from meta
 * next_story. A thread is named by its first story's id; a new story joins the thread of the
 * candidate most related to its article (story_related) at STORY_THREAD or more, and an
 * article that joins a story and is STORY_THREAD_MERGE related to a story of another thread
 * merges the two threads (the older id stays, the other redirects), as long as the thread
 * spans at most the window.
 *
 * Files: this one holds the stage's hooks, the writes, a join and the threads; the window of
 * active stories in memory and reading it back are story_window.c's, the choice among the
 * candidates story_cand.c's, the id map and kept members story_mem.c's, the statements
 * stories_sql.c's.
 */
#include "store/story_cand.h"
#include "core/sort.h"
#include "store/story_window.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ------------------------------------------------------------------ writes */

/* Writes story m's row; with sum, its sum and keys too (sm_sum_encode), and, when it was
 * read back, its kept members (sm_members_encode), else NULL there: a row holds a sum (and
 * members) only when it is the sum of the story's members as stored, so every write after a
 * change (a flush after a join, a recount) clears it. */
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
    if (sum && m->back && sm_members_encode(m, &d->mblob, &rc))
        sqlite3_bind_blob(st, 9, d->mblob.p, (int)d->mblob.n, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, 9);
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
    if ((sqlite3_step(st) & 0xff) == SQLITE_CONSTRAINT) {   /* a row of docid: replaced */
        sqlite3_reset(st);
        sqlite3_bind_int64(d->st[SY_MEMBER_DEL], 1, docid);
        if (!store_step(d->st[SY_MEMBER_DEL]) || !store_step(st))
            return store_sqlfail(s, "adding an article to its story");
        return RASD_OK;
    }
    return sqlite3_reset(st) == SQLITE_OK ? RASD_OK
                                          : store_sqlfail(s, "adding an article to its story");
}

/* A new story (its thread: `thread`, or its own id when 0); meta next_story follows at the
 * batch's flush. */
static story_mem *story_new(rasd_store *s, int64_t thread, rasd_status *rc)
{
    stories_state *d = SS(s);
    story_mem *m = sw_new(d, d->next_id, rc);
    if (!m)
        return NULL;
    m->thread = thread ? thread : m->id;
    d->next_id++;
    d->next_dirty = 1;
    return m;
}

/* Whether story m's row should get its sum as it leaves memory: when the row lacks it and
 * the story has more members than it keeps (a smaller one is read back whole in as many
 * rows), or was read back for a copy (it gets its members too: the copies of a text come
 * again, each reading the story back, and its members lie far apart in the store). */
static int sum_due(const story_mem *m)
{
    return (m->size > STORY_MEMBERS || m->back) && !m->vec_ok;
}

/* Drops the stories that are no longer active, writing the row of a dirty one first, with
 * its sum when sum_due. */
static rasd_status sweep(rasd_store *s, stories_state *d)
{
    rasd_status rc = RASD_OK;
    for (size_t i = 0; i < d->nmem && !rc; i++) {
        story_mem *m = &d->mem[i];
        int due = sum_due(m) && !sw_spent(d, m);   /* a spent story's sum is never read */
        if (m->used && !sw_active(d, m) &&
            !((m->dirty || due) && (rc = write_story(s, m, due)) != RASD_OK))
            sw_drop(d, (uint32_t)i, &rc);
    }
    d->swept = d->latest;
    return rc;
}

/* ------------------------------------------------------------- clustering */

static int i64_less(const int64_t *a, const int64_t *b)
{
    return *a < *b;
}

RASD_SORT_DEFINE(sort_i64, int64_t, i64_less)

/* The story of the article's exact or near copy relation (dedup's pairs, the other
 * article's), 0 if none; *src: that article, the first by docid that has a story. The
 * partners are read from dedup's indexes first (the article's own, hot pages) and only the
 * first's member row after: a text copied many times has many older partners, each a page
 * far back in the store. */
static int64_t copy_story(rasd_store *s, int64_t docid, int64_t *src, rasd_status *rc)
{
    stories_state *d = SS(s);
    sqlite3_stmt *st = d->st[SY_COPY_SRC];
    int64_t story = 0;
    size_t n = 0;
    *src = 0;
    sqlite3_bind_int64(st, 1, docid);
    while (!*rc && sqlite3_step(st) == SQLITE_ROW) {
        d->partners = grow_array(d->partners, &d->partcap, n + 1, sizeof *d->partners, rc);
        if (!*rc)
            d->partners[n++] = sqlite3_column_int64(st, 0);
    }
    sqlite3_reset(st);
    sort_i64(d->partners, n);
    st = d->st[SY_MEMBER_OF];
    for (size_t i = 0; i < n && !story && !*rc; i++) {
        sqlite3_bind_int64(st, 1, d->partners[i]);
        if (sqlite3_step(st) == SQLITE_ROW)
            story = sqlite3_column_int64(st, 0), *src = d->partners[i];
        sqlite3_reset(st);
    }
    return story;
}

/* Article time t (NAN: undated, nothing) in story m's span. */
static void add_span(story_mem *m, double t)
{
    if (isnan(t))
        return;
    m->oldest = m->ndated && m->oldest <= t ? m->oldest : t;
    m->newest = m->ndated && m->newest >= t ? m->newest : t;
    m->tsum += t;
    m->ndated++;
}

/* Article time t in story m's span and the newest seen. */
static void add_time(stories_state *d, story_mem *m, double t)
{
    add_span(m, t);
    if (!isnan(t) && (isnan(d->latest) || t > d->latest))
        d->latest = t;
}

/* Sweeps when the newest seen moved a day on since the last sweep. */
static rasd_status sweep_due(rasd_store *s, stories_state *d)
{
    return !isnan(d->latest) && (isnan(d->swept) || d->latest - d->swept >= 1.0) ? sweep(s, d)
                                                                                 : RASD_OK;
}

static rasd_status join(rasd_store *s, int64_t docid, story_mem *m, int64_t copy_of,
                        double score, const story_feat *f)
{
    stories_state *d = SS(s);
    double t0 = tick(d);
    rasd_status rc = sw_add(d, m, f);
    if (!rc)
        sm_member_keep(m, docid, f, &rc);
    story_norms(&m->sum, &m->n);
    m->size++;
    m->vec_ok = 0;                   /* its row's sum, if any, is cleared at the flush */
    add_time(d, m, f->t);
    lap(d, PH_MEMORY, &t0);
    if (!rc)
        rc = write_member(s, docid, m, copy_of, score, f);
    lap(d, PH_WRITES, &t0);
    if (!rc && !m->dirty) {          /* its row: at the batch's flush (st_flush) */
        d->dirty = grow_array(d->dirty, &d->dirtycap, d->ndirty + 1, sizeof *d->dirty, &rc);
        if (!rc)
            d->dspan = grow_array(d->dspan, &d->dspancap, d->ndirty + 1, sizeof *d->dspan, &rc);
        if (!rc)
            m->dirty_at = d->ndirty, d->dirty[d->ndirty++] = slot_of_mem(d, m), m->dirty = 1;
    }
    if (!rc)                         /* its span as the thread checks see it */
        d->dspan[m->dirty_at] = (dirty_span){m->thread, m->oldest, m->newest};
    if (!rc)
        rc = sweep_due(s, d);
    lap(d, PH_SWEEP, &t0);
    return rc;
}

/* Story m's row's counters, its sum and kept members cleared (join_unread). */
static rasd_status write_counts(rasd_store *s, const story_mem *m)
{
    sqlite3_stmt *st = SS(s)->st[SY_STORY_COUNTS_SET];
    sqlite3_bind_int64(st, 1, m->id);
    sqlite3_bind_int64(st, 2, m->size);
    if (m->ndated) {
        sqlite3_bind_double(st, 3, m->oldest);
        sqlite3_bind_double(st, 4, m->newest);
    } else {
        sqlite3_bind_null(st, 3);
        sqlite3_bind_null(st, 4);
    }
    sqlite3_bind_double(st, 5, m->tsum);
    sqlite3_bind_int64(st, 6, m->ndated);
    return store_step(st) ? RASD_OK : store_sqlfail(s, "writing a story");
}

/* Copy docid of article src joins story id, which is not in memory, without reading it back
 * when the join leaves it spent (sw_spent: no article but its copies joins it again, so its
 * sum is read by no one): its member row, and its row's counters, its sum and kept members
 * cleared (a row holds a sum only when it is its members' sum). 1 when it joined so, 0 when
 * the story must be read back (it is not spent, or has no row). Issue 13, stop 49: at 1M
 * articles 142k copies joined a story read back out of the window, a months-old article's,
 * to which none but copies may come (copy load 21 us an article). */
static int join_unread(rasd_store *s, int64_t docid, int64_t id, int64_t src,
                       const story_feat *f, double *t0, rasd_status *rc)
{
    stories_state *d = SS(s);
    sqlite3_stmt *st = d->st[SY_STORY_COUNTS];
    story_mem m = {.id = id}, after;
    int found;
    sqlite3_bind_int64(st, 1, id);
    if ((found = sqlite3_step(st) == SQLITE_ROW) != 0) {
        m.thread = sqlite3_column_int64(st, 0);
        m.size = (uint32_t)sqlite3_column_int64(st, 1);
        m.oldest = col_real(st, 2), m.newest = col_real(st, 3);
        m.tsum = sqlite3_column_double(st, 4);
        m.ndated = (uint32_t)sqlite3_column_int64(st, 5);
    }
    sqlite3_reset(st);
    if (!found)
        return 0;
    after = m;                       /* spent once joined (joins only widen a span) */
    add_span(&after, f->t);
    if (!sw_spent(d, &after))
        return 0;                /* the caller reads it back, timed as the copy load */
    lap(d, PH_COPY_LOAD, t0);
    m.size++;
    add_time(d, &m, f->t);
    lap(d, PH_MEMORY, t0);
    *rc = write_member(s, docid, &m, src, 1, f);
    lap(d, PH_WRITES, t0);
    if (!*rc)
        *rc = write_counts(s, &m);
    lap(d, PH_COPY_LOAD, t0);
    if (!*rc)
        *rc = sweep_due(s, d);
    lap(d, PH_SWEEP, t0);
    d->copies++, d->unread++;
    return 1;
}

/* Copy docid of article src joins story m, just read back out of the window for it; m's
 * row, on a hot page now, is written at once with its sum and kept members (as the sweep
 * would write it as m leaves memory), not at the batch's flush and again at the sweep, each
 * a page far back in the store read again once other pages took its place in the cache
 * (issue 13, stop 44: 82 and 63 pages per 1,000 articles at 1M). A later join clears the
 * sum again (join: vec_ok 0, dirty), as before. */
static rasd_status join_back(rasd_store *s, int64_t docid, story_mem *m, int64_t src,
                             const story_feat *f)
{
    stories_state *d = SS(s);
    uint32_t slot = slot_of_mem(d, m);
    rasd_status rc = join(s, docid, m, src, 1, f);
    double t0 = tick(d);
    m = &d->mem[slot];
    if (!rc && m->used && m->id && m->dirty && sm_id_get(&d->ids, m->id, &slot) &&
        (rc = write_story(s, m, 1)) == RASD_OK)
        m->dirty = 0;            /* the sweep swept it, or its row is written */
    lap(d, PH_COPY_LOAD, &t0);
    return rc;
}

/* Whether threads a and b (b may be 0), with an article of time t, span at most the
 * window: a thread is one developing matter over days, not a topic. The stored rows, and
 * the dirty stories' spans: a row behind its story spans part of the story's span (joins
 * only widen it), so the two together give the span the rows would give written. A dirty
 * story dropped by the sweep had its row written first (its span there, the same), one
 * dropped by a recount is marked gone; the spans are read from d->dspan, one small array,
 * not from each dirty story's memory (a cache miss each: 100 us a check with 850 of them,
 * 7.6 of the threads' 12.5 us an article at 10k). */
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
        const dirty_span *m = &d->dspan[i];
        if (isnan(m->oldest) || !m->thread || (m->thread != a && m->thread != b))
            continue;
        lo = isnan(lo) || m->oldest < lo ? m->oldest : lo;
        hi = isnan(hi) || m->newest > hi ? m->newest : hi;
    }
    return isnan(lo) || hi - lo <= STORY_WINDOW_DAYS;
}

/* Sets column ?1 of the rows that `ids` (SY_THREAD_IDS, SY_REDIRECT_OLDS) finds for gone to
 * keep, one row at a time by key (`move`), over the keys read first. */
static rasd_status move_rows(rasd_store *s, int ids, int move, int64_t keep, int64_t gone,
                             size_t *moved)
{
    stories_state *d = SS(s);
    sqlite3_stmt *st = d->st[ids];
    rasd_status rc = RASD_OK;
    size_t n = *moved = 0;
    sqlite3_bind_int64(st, 1, gone);
    while (!rc && sqlite3_step(st) == SQLITE_ROW) {
        d->moved = grow_array(d->moved, &d->movedcap, n + 1, sizeof *d->moved, &rc);
        if (!rc)
            d->moved[n++] = sqlite3_column_int64(st, 0);
    }
    sqlite3_reset(st);
    st = d->st[move];
    for (size_t i = 0; i < n && !rc; i++) {
        sqlite3_bind_int64(st, 1, keep);
        sqlite3_bind_int64(st, 2, d->moved[i]);
        if (!store_step(st))
            rc = store_sqlfail(s, "merging threads");
    }
    *moved = n;
    return rc;
}

/* Threads a and b become one: the older id stays, the other redirects to it. In memory,
 * the stories of the gone thread are those of its rows (a story in memory has a row of its
 * thread, merges move both) and the dirty ones, whose rows may not be written yet: found
 * by id and in the dirty spans, not by a scan of every story in memory (a cache miss
 * each, 5 % of the stage's time at 100k articles). */
static rasd_status merge_threads(rasd_store *s, int64_t a, int64_t b)
{
    stories_state *d = SS(s);
    int64_t keep = a < b ? a : b, gone = a < b ? b : a;
    sqlite3_stmt *st = d->st[SY_REDIRECT];
    size_t n;
    uint32_t slot;
    rasd_status rc = move_rows(s, SY_THREAD_IDS, SY_THREAD_MOVE, keep, gone, &n);
    if (rc)
        return rc;
    for (size_t i = 0; i < n; i++)
        if (sm_id_get(&d->ids, d->moved[i], &slot) && d->mem[slot].thread == gone)
            d->mem[slot].thread = keep;
    for (size_t i = 0; i < d->ndirty; i++) {
        story_mem *m = &d->mem[d->dirty[i]];
        if (d->dspan[i].thread != gone)
            continue;
        d->dspan[i].thread = keep;
        if (m->used && m->dirty && m->dirty_at == i && m->thread == gone)
            m->thread = keep;
    }
    sqlite3_bind_int64(st, 1, keep);
    sqlite3_bind_int64(st, 2, gone);
    if (!store_step(st))
        return store_sqlfail(s, "merging threads");
    return move_rows(s, SY_REDIRECT_OLDS, SY_REDIRECT_MOVE, keep, gone, &n);
}

static rasd_status cluster(rasd_store *s, int64_t docid, story_feat *f)
{
    stories_state *d = SS(s);
    rasd_status rc = RASD_OK;
    story_mem *m = NULL, *b, *r;
    double t0 = tick(d);
    int back = 0;
    int64_t src = 0, sid = copy_story(s, docid, &src, &rc), link = 0;
    double score = 1, brel, rel;
    lap(d, PH_COPY, &t0);
    if (rc)
        return rc;
    if (sid && d->loaded && !sm_id_get(&d->ids, sid, &(uint32_t){0})) {
        if (join_unread(s, docid, sid, src, f, &t0, &rc) || rc)
            return rc;           /* a spent story: its counters only */
        d->reloads++, back = 1;  /* read back below: a story out of the window */
    }
    if (sid && !(m = sw_get(s, sid, &rc)) && rc)
        return rc;
    d->copies += m != NULL;
    lap(d, PH_COPY_LOAD, &t0);
    if (m && back)
        return join_back(s, docid, m, src, f);
    if (!m) {
        src = 0;
        score = sc_best_story(d, f, &b, &brel, &r, &rel, &rc);
        if (rc)
            return rc;
        t0 = tick(d);
        if (b && score >= sc_join_threshold(&d->model)) {
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
    if (!d->loaded && (rc = sw_load(s)) != RASD_OK)
        return rc;
    if (!f && ((rc = story_feat_text(s->e, it->text, f = &d->cur)) != RASD_OK ||
               (rc = story_feat_title(s->e, it->title, f)) != RASD_OK))
        return rc;               /* prepared: st_prepare and st_prepare_title did both */
    f->t = usable_time(d, it->rec->published);
    f->ahead = sw_ahead(s, docid, f->t, &rc);
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
        if (d->mem[slot].dirty)      /* its row, written below, holds its span now */
            d->dspan[d->mem[slot].dirty_at].thread = 0;
        sw_drop(d, slot, &rc);
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
    if ((rc = write_story(s, &m, 0)) == RASD_OK && sw_active(d, &m) && !sw_spent(d, &m))
        sw_get(s, id, &rc);      /* a spent story takes copies only: not read */
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
    if (!d->loaded && (rc = sw_load(s)) != RASD_OK)
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
    memcpy(out->pages, d->pages, sizeof out->pages);
    out->copies = d->copies;
    out->reloads = d->reloads;
    out->reloaded = d->reloaded;
    out->unread = d->unread;
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

static void state_free(stories_state *d)
{
    sw_forget(d);
    sql_finalize(d->st, SY_COUNT);
    free(d->mem);
    free(d->freed);
    free(d->dirty);
    free(d->dspan);
    free(d->moved);
    free(d->partners);
    free(d->hits);
    free(d->touched);
    free(d->order);
    story_index_free(&d->ix);
    story_feat_free(&d->cur);
    story_feat_free(&d->tmp);
    rbuf_free(&d->blob);
    rbuf_free(&d->mblob);
    memset(d, 0, sizeof *d);
}

static rasd_status st_open(rasd_store *s, void **state)
{
    stories_state *d = *state = calloc(1, sizeof *d);
    if (!d)
        return RASD_ENOMEM;
    d->now = (double)time(NULL) / 86400.0;
    d->latest = d->swept = NAN;
    d->timing = getenv("RASD_STORY_PHASES") != NULL;
    d->db = s->c.db;
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
    sw_forget(state);
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
    sw_forget(state);
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
