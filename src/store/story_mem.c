/* story_mem.c — the active stories' id map and their newest members (story_mem.h). */
#include "store/story_mem.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ id map */

static size_t id_pos(const idmap *m, int64_t id)
{
    size_t i = ((uint64_t)id * 0x9E3779B97F4A7C15u >> 20) & (m->cap - 1);
    while (m->id[i] && m->id[i] != id)
        i = (i + 1) & (m->cap - 1);
    return i;
}

int sm_id_get(const idmap *m, int64_t id, uint32_t *slot)
{
    size_t i;
    if (!m->cap)
        return 0;
    i = id_pos(m, id);
    if (!m->id[i])
        return 0;
    *slot = m->slot[i];
    return 1;
}

rasd_status sm_id_put(idmap *m, int64_t id, uint32_t slot)
{
    size_t i;
    if ((m->n + 1) * 2 > m->cap) {
        idmap y = {calloc(m->cap ? 2 * m->cap : 256, sizeof *y.id),
                   calloc(m->cap ? 2 * m->cap : 256, sizeof *y.slot), m->cap ? 2 * m->cap : 256,
                   m->n};
        if (!y.id || !y.slot) {
            free(y.id), free(y.slot);
            return RASD_ENOMEM;
        }
        for (size_t k = 0; k < m->cap; k++)
            if (m->id[k]) {
                size_t j = id_pos(&y, m->id[k]);
                y.id[j] = m->id[k], y.slot[j] = m->slot[k];
            }
        free(m->id), free(m->slot);
        *m = y;
    }
    i = id_pos(m, id);
    m->n += !m->id[i];
    m->id[i] = id, m->slot[i] = slot;
    return RASD_OK;
}

void sm_id_del(idmap *m, int64_t id)
{
    size_t i, j;
    if (!m->cap || !m->id[i = id_pos(m, id)])
        return;
    m->id[i] = 0;
    m->n--;
    for (j = (i + 1) & (m->cap - 1); m->id[j]; j = (j + 1) & (m->cap - 1)) {
        size_t home = ((uint64_t)m->id[j] * 0x9E3779B97F4A7C15u >> 20) & (m->cap - 1);
        /* the entry at j may move to the hole at i when i lies between its home and j */
        if ((j > i && (home <= i || home > j)) || (j < i && home <= i && home > j)) {
            m->id[i] = m->id[j], m->slot[i] = m->slot[j], m->id[j] = 0;
            i = j;
        }
    }
}

/* --------------------------------------------------------- members */

void sm_members_free(story_mem *m)
{
    for (size_t i = 0; i < m->mbcap; i++)
        story_feat_free(&m->mb[i].f);
    free(m->mb);
    m->mb = NULL;
    m->nmb = m->mbcap = 0;
}

/* Keeps article docid (vectors f) among m's newest STORY_MEMBERS members by docid. */
void sm_member_keep(story_mem *m, int64_t docid, const story_feat *f, rasd_status *rc)
{
    size_t at = m->nmb;
    story_member x;
    if (m->nmb == STORY_MEMBERS && docid < m->mb[0].docid)
        return;
    if (m->nmb == STORY_MEMBERS) {      /* the oldest leaves; its buffers are reused */
        x = m->mb[0];
        memmove(m->mb, m->mb + 1, (STORY_MEMBERS - 1) * sizeof *m->mb);
        at = --m->nmb;
    } else {
        if (m->nmb == m->mbcap) {         /* 1, 2, 4, ... STORY_MEMBERS: most stay small */
            size_t cap = m->mbcap ? 2 * m->mbcap : 1;
            story_member *p = realloc(m->mb, (cap < STORY_MEMBERS ? cap : STORY_MEMBERS) *
                                                 sizeof *p);
            if (!p) {
                *rc = RASD_ENOMEM;
                return;
            }
            cap = cap < STORY_MEMBERS ? cap : STORY_MEMBERS;
            memset(p + m->mbcap, 0, (cap - m->mbcap) * sizeof *p);
            m->mb = p, m->mbcap = cap;
        }
        x = m->mb[at];
    }
    x.docid = docid;
    x.f.t = f->t;                       /* its day, for the model's day_member */
    x.f.title.n = x.f.body.n = x.f.ent.n = 0;
    svec_addf(&x.f.title, &f->title, 1, rc);
    svec_addf(&x.f.body, &f->body, 1, rc);
    svec_addf(&x.f.ent, &f->ent, 1, rc);
    story_norms(&x.f, &x.n);
    while (at > 0 && m->mb[at - 1].docid > docid) {
        m->mb[at] = m->mb[at - 1];
        at--;
    }
    m->mb[at] = x;
    m->nmb++;
}

/* How near f (norms fn) is to its nearest among m's newest members (story_pair_both), -1
 * when m keeps none; computed once per candidate into *near (NAN: not yet), since the member
 * check, place_near and day_near all ask it. */
double sm_nearest(const story_mem *m, const story_feat *f, const story_norm *fn, double *near)
{
    if (isnan(*near)) {
        *near = -1;
        for (size_t i = m->nmb; i-- > 0;) {
            double c = story_pair_both(f, fn, &m->mb[i].f, &m->mb[i].n);
            *near = c > *near ? c : *near;
        }
    }
    return *near;
}

/* 1 when f is at least cos near to one of m's newest members (*near: sm_nearest's). */
int sm_near_member(const story_mem *m, const story_feat *f, const story_norm *fn,
                       double cos, double *near)
{
    return sm_nearest(m, f, fn, near) >= cos;
}

double sm_near_day_member(const story_mem *m, const story_feat *f, const story_norm *fn)
{
    double best = -1;
    for (size_t i = 0; i < m->nmb; i++)
        if (floor(m->mb[i].f.t) == floor(f->t)) {   /* never when either is undated */
            double c = story_pair_both(f, fn, &m->mb[i].f, &m->mb[i].n);
            best = c > best ? c : best;
        }
    return best;
}

/* The member check of stories.h: 1 when f is near enough to one of m's newest members. */
int sm_member_check(const story_model *md, const story_mem *m, const story_feat *f,
                        const story_norm *fn, double *near)
{
    if (!(md->member > 0))
        return 1;
    if (!(md->member_ent > 0))
        return sm_near_member(m, f, fn, md->member, near);
    if (sm_nearest(m, f, fn, near) < md->member)
        return 0;               /* near no member in words */
    for (size_t i = m->nmb; i-- > 0;) {  /* near one in words that shares its entities,
                                          * or where either names none */
        double pe;
        if (story_pair_both(f, fn, &m->mb[i].f, &m->mb[i].n) < md->member)
            continue;
        pe = story_pair_ent(f, fn, &m->mb[i].f, &m->mb[i].n);
        if (pe < 0 || pe >= md->member_ent)
            return 1;
    }
    return 0;
}

/* ------------------------------------------------------------- the stored sum */

int sm_sum_encode(const story_mem *m, rbuf *out, rasd_status *rc)
{
    out->n = 0;
    if (m->sum.title.n > UINT16_MAX || m->sum.body.n > UINT16_MAX || m->sum.ent.n > UINT16_MAX)
        return 0;
    story_vec_encode(&m->sum, out, rc);
    rbuf_add(out, m->keys, m->nkeys * sizeof *m->keys, rc);
    return !*rc;
}

rasd_status sm_sum_decode(story_mem *m, const void *blob, size_t n)
{
    const unsigned char *p = blob;
    uint16_t c[3];
    size_t vec, nk;
    rasd_status rc = RASD_OK;
    if (!blob || n < sizeof c)
        return RASD_EDATA;
    memcpy(c, p, sizeof c);
    vec = sizeof c + ((size_t)c[0] + c[1] + c[2]) * sizeof(sv_ent);
    if (vec > n || (n - vec) % sizeof *m->keys)
        return RASD_EDATA;
    if ((rc = story_vec_read(blob, vec, &m->sum)) != RASD_OK)
        return rc;
    nk = (n - vec) / sizeof *m->keys;
    m->keys = grow_array(m->keys, &m->kcap, nk + 1, sizeof *m->keys, &rc);
    if (rc)
        return rc;
    memcpy(m->keys, p + vec, nk * sizeof *m->keys);
    m->nkeys = nk;
    return RASD_OK;
}

/* --------------------------------------------------------- the stored members */

int sm_members_encode(const story_mem *m, rbuf *out, rasd_status *rc)
{
    out->n = 0;
    for (size_t i = 0; i < m->nmb && !*rc; i++) {
        const story_feat *f = &m->mb[i].f;
        uint16_t c[3] = {(uint16_t)f->title.n, (uint16_t)f->body.n, (uint16_t)f->ent.n};
        uint32_t len = (uint32_t)(sizeof c + (f->title.n + f->body.n + f->ent.n) * sizeof(sv_ent));
        if (f->title.n > UINT16_MAX || f->body.n > UINT16_MAX || f->ent.n > UINT16_MAX) {
            out->n = 0;
            return 0;
        }
        rbuf_add(out, &m->mb[i].docid, sizeof m->mb[i].docid, rc);
        rbuf_add(out, &f->t, sizeof f->t, rc);
        rbuf_add(out, &len, sizeof len, rc);
        rbuf_add(out, c, sizeof c, rc);
        rbuf_add(out, f->title.e, f->title.n * sizeof(sv_ent), rc);
        rbuf_add(out, f->body.e, f->body.n * sizeof(sv_ent), rc);
        rbuf_add(out, f->ent.e, f->ent.n * sizeof(sv_ent), rc);
    }
    return !*rc;
}

rasd_status sm_members_decode(story_mem *m, const void *blob, size_t n, story_feat *tmp)
{
    const unsigned char *p = blob;
    rasd_status rc = RASD_OK;
    while (n && !rc) {
        int64_t docid;
        uint32_t len;
        if (n < sizeof docid + sizeof tmp->t + sizeof len)
            return RASD_EDATA;
        memcpy(&docid, p, sizeof docid);
        memcpy(&tmp->t, p + sizeof docid, sizeof tmp->t);
        memcpy(&len, p + sizeof docid + sizeof tmp->t, sizeof len);
        p += sizeof docid + sizeof tmp->t + sizeof len;
        n -= sizeof docid + sizeof tmp->t + sizeof len;
        if (len > n)
            return RASD_EDATA;
        if ((rc = story_vec_read(p, len, tmp)) == RASD_OK)
            sm_member_keep(m, docid, tmp, &rc);
        p += len, n -= len;
    }
    return rc;
}
