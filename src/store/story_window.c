/* story_window.c — the window of active stories in the writer's memory (story_window.h):
 * a story's slot, its sum and keys in the inverted index, which stories are active and which
 * may take an article of a given time, and reading the window (or one story out of it) back
 * from the tables. */
#include "store/story_window.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sw_drop(stories_state *d, uint32_t slot, rasd_status *rc)
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

void sw_forget(stories_state *d)
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

/* A new slot for story id, with its row's numbers. */
story_mem *sw_new(stories_state *d, int64_t id, rasd_status *rc)
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
    m->nkeys = 0, m->ahead = 0, m->dirty = 0, m->vec_ok = 0, m->back = 0;
    return m;
}

/* Adds an article's vectors and keys to story m. */
rasd_status sw_add(stories_state *d, story_mem *m, const story_feat *f)
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

/* The model's ahead for article docid of time t (NAN: undated, never ahead): 1 when its
 * stored dates (the events stage's, written before this stage's put) hold a full date after
 * its own calendar day (UTC) starting in the first `ahead` bytes of its text. */
int sw_ahead(rasd_store *s, int64_t docid, double t, rasd_status *rc)
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
            d->mem[slot].ahead = sw_ahead(s, sqlite3_column_int64(v, 1), col_real(v, 2), &rc);
        if (rc)
            break;
        rc = story_vec_decode(sqlite3_column_blob(v, 0), (size_t)sqlite3_column_bytes(v, 0),
                              &d->tmp);
        d->tmp.t = col_real(v, 2);
        if (!rc)
            rc = sw_add(d, &d->mem[slot], &d->tmp);
        if (!rc)
            sm_member_keep(&d->mem[slot], sqlite3_column_int64(v, 1), &d->tmp, &rc);
        d->reloaded++;
    }
    sqlite3_reset(v);
    return rc;
}

/* The story in slot from its stored sum and keys (blob) and its newest STORY_MEMBERS
 * members (from mb, the row's stored members, when it holds them, else their rows): the
 * same sum, keys and members as load_members, read in bounded time however many copies
 * joined it over the years. */
static rasd_status load_sum(rasd_store *s, stories_state *d, uint32_t slot, const void *blob,
                            size_t n, const void *mb, size_t nmb)
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
            m->ahead = sw_ahead(s, sqlite3_column_int64(f, 0), col_real(f, 1), &rc);
        sqlite3_reset(f);
    }
    if (mb) {
        if (!rc)
            rc = sm_members_decode(m, mb, nmb, &d->tmp);
        m->vec_ok = !rc;
        return rc;
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
    story_mem *m = sw_new(d, sqlite3_column_int64(st, 0), &rc);
    uint32_t slot;
    if (!m)
        return rc;
    slot = slot_of_mem(d, m);
    m->thread = sqlite3_column_int64(st, 1);
    m->size = (uint32_t)sqlite3_column_int64(st, 2);
    m->oldest = col_real(st, 3), m->newest = col_real(st, 4);
    m->tsum = sqlite3_column_double(st, 5);
    m->ndated = (uint32_t)sqlite3_column_int64(st, 6);
    m->back = d->loaded;             /* read back out of the window, not at the first put */
    if (sqlite3_column_type(st, 7) == SQLITE_BLOB)
        rc = load_sum(s, d, slot, sqlite3_column_blob(st, 7), (size_t)sqlite3_column_bytes(st, 7),
                      sqlite3_column_type(st, 8) == SQLITE_BLOB ? sqlite3_column_blob(st, 8)
                                                                 : NULL,
                      (size_t)sqlite3_column_bytes(st, 8));
    else
        rc = load_members(s, d, slot);
    story_norms(&d->mem[slot].sum, &d->mem[slot].n);
    return rc == RASD_EDATA ? store_fail(s, rc, "a story's stored vectors are damaged") : rc;
}

/* Loads story id when it is not in memory; NULL (rc unset) when it is not stored. */
story_mem *sw_get(rasd_store *s, int64_t id, rasd_status *rc)
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
int sw_active(const stories_state *d, const story_mem *m)
{
    if (isnan(m->newest))
        return m->id >= d->next_id - STORY_UNDATED_SPAN;
    return isnan(d->latest) || m->newest >= d->latest - STORY_WINDOW_DAYS;
}

/* Whether story m takes no article but its copies (issue 13, stop 49): the model has a
 * life L and no day_member, and m's dated articles span more than 2L. A dated article joins
 * only a story whose first and newest articles are both within L of it (sw_eligible), so
 * none joins m; only copies, which join their source's story whatever their date, stretch a
 * story so far (a reprint of a months-old article), and an undated article, clustered by
 * content alone, is not put in a story so stretched either (sw_eligible). Its sum is then
 * read by no one: a copy joins it with a member row and its counters (stories.c
 * join_unread), and it is not read back into memory. The margin keeps the test exact under
 * rounding. */
int sw_spent(const stories_state *d, const story_mem *m)
{
    double life = d->model.life;
    return life > 0 && !(d->model.day_member > 0) && m->ndated > 0 &&
           m->newest - m->oldest > 2 * life + 1e-6;
}

/* Whether an article of time t may join story m: m is active and not spent, and, both
 * dated, within the window of t and, with the model's life L, t at most L days after m's
 * first article (and m's newest at most L days after t): a story is one event, not a topic
 * fed day after day.
 * 2: only near a member (the model's day bound: t is not on the calendar day, UTC, of m's
 * first and newest articles; a reprint of the next day still joins, see sc_best_story). */
int sw_eligible(const stories_state *d, const story_mem *m, double t)
{
    double life = d->model.life;
    if (!sw_active(d, m) || sw_spent(d, m))
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

rasd_status sw_load(rasd_store *s)
{
    stories_state *d = SS(s);
    sqlite3_stmt *st = d->st[SY_NEXT];
    rasd_status rc = load_model(s, d);
    if (rc)
        return rc;
    sw_forget(d);
    d->next_id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 1;
    sqlite3_reset(st);
    st = d->st[SY_LATEST];
    d->latest = sqlite3_step(st) == SQLITE_ROW ? col_real(st, 0) : NAN;
    sqlite3_reset(st);
    d->swept = d->latest;
    st = d->st[SY_ACTIVE];
    sqlite3_bind_double(st, 1, isnan(d->latest) ? 0 : d->latest - STORY_WINDOW_DAYS);
    sqlite3_bind_int64(st, 2, d->next_id - STORY_UNDATED_SPAN);
    while (!rc && sqlite3_step(st) == SQLITE_ROW) {
        story_mem r = {.oldest = col_real(st, 3), .newest = col_real(st, 4),
                       .ndated = (uint32_t)sqlite3_column_int64(st, 6)};
        if (!sw_spent(d, &r))        /* a spent story takes copies only: not read */
            rc = mem_load_row(s, st);
    }
    sqlite3_reset(st);
    d->loaded = !rc;
    return rc;
}
