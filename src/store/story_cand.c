/* story_cand.c — which story an article joins (story_cand.h): the candidates among the
 * active stories that share index keys with it, each scored (story_score) and put through the
 * model's checks (member, place key, ahead, day bound, undated), the best and the most
 * related kept. */
#include "core/sort.h"
#include "store/story_cand.h"
#include "store/story_window.h"

#include <math.h>
#include <string.h>

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
double sc_join_threshold(const story_model *md)
{
    return md->single > 0 ? md->single : md->threshold;
}

/* The candidates for f: the eligible stories sharing index keys with it, as sort keys in
 * d->order, most shared keys first, then the oldest story; their number (0 with *rc set when
 * the arrays cannot grow). */
static size_t candidates(stories_state *d, const story_feat *f, rasd_status *rc)
{
    size_t nt = 0, no = 0;
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
        if (m->used && sw_eligible(d, m, f->t))
            d->order[no++] = (uint64_t)(STORY_KEYS - d->hits[d->touched[i]]) << 48 |
                             (uint64_t)m->id;
        d->hits[d->touched[i]] = 0;
    }
    sort_u64(d->order, no);   /* distinct: ids are */
    return no;
}

/* The score of f (norms fn) for candidate m: the model's probability (or, single link, the
 * cosine of its nearest member), 0 when the score reaches the join threshold but one of the
 * model's checks after it fails; *re: their relatedness (story_related). */
static double candidate_score(const stories_state *d, const story_mem *m, const story_feat *f,
                              const story_norm *fn, double *re)
{
    double thr = sc_join_threshold(&d->model);
    story_view v = {&m->sum.title, &m->sum.body, &m->sum.ent, &m->n, m->oldest, m->newest,
                    m->ndated ? m->tsum / m->ndated : NAN, m->size};
    double sc = story_score_n(&d->model, f, fn, &v, re), near = NAN;
    if (d->model.single > 0)
        sc = sm_nearest(m, f, fn, &near);   /* single link: the nearest member */
    if (sc >= thr && !sm_member_check(&d->model, m, f, fn, &near))
        sc = 0;              /* near the story's sum, near none of its members */
    if (sc >= thr && !keys_shared(&d->model, f, m) &&
        !(d->model.place_near > 0 && sm_near_member(m, f, fn, d->model.place_near, &near)))
        sc = 0;              /* none of the article's own places (or lead persons) is the
                              * story's, and it restates none of its members */
    if (sc >= thr && d->model.ahead > 0 && f->ahead != m->ahead)
        sc = 0;              /* an announcement of a coming event and the event's
                              * reports: two stories */
    if (sc >= thr && sw_eligible(d, m, f->t) == 2 &&
        !sm_near_member(m, f, fn, d->model.day_near, &near) &&
        !(d->model.day_member > 0 && sm_near_day_member(m, f, fn) >= d->model.day_member))
        sc = 0;              /* another day's story, and no reprint of its members (nor,
                              * with day_member, near its members of the article's day) */
    if (sc >= thr && !undated_pass(&d->model, m, f, fn, sc, &near))
        sc = 0;              /* no date on one side, and the content does not do what
                              * dates would */
    return sc;
}

double sc_best_story(stories_state *d, const story_feat *f, story_mem **best, double *best_rel,
                     story_mem **rel, double *rel_score, rasd_status *rc)
{
    size_t no;
    double top = -1, top_rank = -1;
    story_mem *r1 = NULL, *r2 = NULL;
    double s1 = -1, s2 = -1;
    story_norm fn;                   /* f's norms, once for all its candidates */
    double thr = sc_join_threshold(&d->model);
    double t0 = tick(d);
    story_norms(f, &fn);
    *best = *rel = NULL;
    *best_rel = *rel_score = -1;
    no = candidates(d, f, rc);
    if (*rc)
        return 0;
    lap(d, PH_CANDIDATES, &t0);
    for (size_t i = 0; i < no && i < STORY_CANDIDATES; i++) {
        uint32_t slot = 0;
        story_mem *m;
        double re, sc, rank;
        sm_id_get(&d->ids, (int64_t)(d->order[i] & 0xFFFFFFFFFFFFu), &slot);
        m = &d->mem[slot];
        sc = candidate_score(d, m, f, &fn, &re);
        /* with prefer, a passing candidate ranks by relatedness plus a share of its size,
         * above every candidate that does not pass */
        rank = sc >= thr && d->model.prefer > 0
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
