/* story_list.c — stories as rasd.h lists them: members, title, entities, an extractive
 * summary and a timeline, computed from the stored members when listed.
 *
 * Title: the headline of the member whose body vector is nearest the story's centroid (the
 * sum of its members' vectors), an original before a copy. Summary: centroid selection with
 * redundancy removal (Radev et al. 2004, MEAD): the sentences of the originals (the first
 * SUM_LEAD of each of at most SUM_ARTICLES articles) ranked by the cosine of their TF-IDF
 * vector with the centroid; a sentence is taken unless its cosine with one already taken
 * exceeds SUM_REDUNDANT, or (with 3 sources or more) its source already gave one.
 * Timeline: the sentences of the originals with a date resolved to a day (the dates and
 * events stages' stored values), in date order.
 */
#include "stories/stories.h"
#include "store/store_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SUM_MAX 5
#define SUM_ARTICLES 20
#define SUM_LEAD 12
#define SUM_REDUNDANT 0.5
#define SUM_MIN_BYTES 40
#define SUM_MAX_BYTES 1200
#define TIMELINE_MAX 20
#define STORY_ENTITIES 10

typedef struct member {
    int64_t docid;
    int copy, source;           /* source: index into sources, -1 none */
    const char *id, *title, *published;  /* kept in strs */
    double near;                /* cosine of its body with the centroid */
} member;

typedef struct cand_sent {
    size_t m;
    uint32_t start, end;
    double score;
    svec v;
} cand_sent;

typedef struct sbuild {
    rasd_store *s;
    rbuf strs;
    member *mem;
    size_t nmem, memcap;
    const char **arts, **srcs;
    size_t acap, nsrc, scap;
    rasd_story_outlet *outs;
    size_t ocap;
    rasd_story_entity *ents;
    size_t nents, ecap;
    rasd_story_span *sum, *tl;
    size_t nsum, sumcap, ntl, tlcap;
    cand_sent *cs;
    size_t ncs, cscap;
    story_feat centre, tmp;
    rbuf text;
    rasd_story out;
} sbuild;

static void sb_reset(sbuild *b)
{
    for (size_t i = 0; i < b->ncs; i++)
        svec_free(&b->cs[i].v);
    b->strs.n = 0;
    b->nmem = b->nsrc = b->nents = b->nsum = b->ntl = b->ncs = 0;
    story_feat_free(&b->centre);
    memset(&b->out, 0, sizeof b->out);
}

static void sb_free(sbuild *b)
{
    sb_reset(b);
    rbuf_free(&b->strs);
    rbuf_free(&b->text);
    free(b->mem), free(b->arts), free(b->srcs), free(b->outs), free(b->ents);
    free(b->sum), free(b->tl), free(b->cs);
    story_feat_free(&b->tmp);
}

static const char *keep(sbuild *b, const unsigned char *s, int n, rasd_status *rc)
{
    return s ? rbuf_keep(&b->strs, (const char *)s, (size_t)n, rc) : NULL;
}

static int find_source(const sbuild *b, const char *name)
{
    for (size_t i = 0; i < b->nsrc; i++)
        if (strcmp(rbuf_at(&b->strs, b->srcs[i]), name) == 0)
            return (int)i;
    return -1;
}

/* ----------------------------------------------------------------- members */

static rasd_status add_member(sbuild *b, sqlite3_stmt *st)
{
    rasd_status rc = RASD_OK;
    member *m;
    const unsigned char *src = sqlite3_column_text(st, 2);
    b->mem = grow_array(b->mem, &b->memcap, b->nmem + 1, sizeof *b->mem, &rc);
    if (rc)
        return rc;
    m = &b->mem[b->nmem++];
    m->docid = sqlite3_column_int64(st, 4);
    m->copy = sqlite3_column_type(st, 3) != SQLITE_NULL;
    m->id = keep(b, sqlite3_column_text(st, 0), sqlite3_column_bytes(st, 0), &rc);
    m->published = keep(b, sqlite3_column_text(st, 1), sqlite3_column_bytes(st, 1), &rc);
    m->title = keep(b, sqlite3_column_text(st, 6), sqlite3_column_bytes(st, 6), &rc);
    m->source = -1;
    if (src && !rc) {
        m->source = find_source(b, (const char *)src);
        if (m->source < 0) {
            b->srcs = grow_array(b->srcs, &b->scap, b->nsrc + 1, sizeof *b->srcs, &rc);
            b->outs = grow_array(b->outs, &b->ocap, b->nsrc + 1, sizeof *b->outs, &rc);
            if (rc)
                return rc;
            b->srcs[b->nsrc] = keep(b, src, sqlite3_column_bytes(st, 2), &rc);
            b->outs[b->nsrc] = (rasd_story_outlet){b->srcs[b->nsrc], m->published, m->id};
            m->source = (int)b->nsrc++;
        }
    }
    if (!rc && (rc = story_vec_read(sqlite3_column_blob(st, 5),
                                    (size_t)sqlite3_column_bytes(st, 5), &b->tmp)) == RASD_OK) {
        svec_addf(&b->centre.title, &b->tmp.title, 1, &rc);
        svec_addf(&b->centre.body, &b->tmp.body, 1, &rc);
        svec_addf(&b->centre.ent, &b->tmp.ent, 1, &rc);
    }
    return rc;
}

/* The members, by publication (undated last) then id, and the story's centroid. */
static rasd_status load_members(sbuild *b, int64_t id)
{
    sqlite3_stmt *st;
    rasd_status rc = RASD_OK;
    if (!(st = store_get(b->s, "SELECT a.id, a.published, src.name, m.copy_of, m.docid, m.vec, "
                               "a.title FROM story_members m JOIN articles a USING (docid)"
                               " LEFT JOIN sources src USING (sid) WHERE m.story = ?"
                               " ORDER BY a.published IS NULL, a.published, a.id")))
        return store_sqlfail(b->s, "reading a story");
    sqlite3_bind_int64(st, 1, id);
    while (!rc && sqlite3_step(st) == SQLITE_ROW)
        rc = add_member(b, st);
    store_put(b->s, st);
    return rc == RASD_EDATA ? store_fail(b->s, rc, "story %lld: damaged vectors", (long long)id)
                            : rc;
}

/* Each member's nearness to the centre, and the title: the nearest original's headline. */
static void pick_title(sbuild *b)
{
    sqlite3_stmt *st;
    const member *best = NULL;
    if (b->nmem == 1) {             /* the only member: nothing to compare (most stories) */
        b->mem[0].near = 1;
        b->out.title = b->mem[0].title;
        return;
    }
    if (!(st = store_get(b->s, "SELECT vec FROM story_members WHERE docid = ?")))
        return;
    for (size_t i = 0; i < b->nmem; i++) {
        member *m = &b->mem[i];
        m->near = 0;
        sqlite3_bind_int64(st, 1, m->docid);
        if (sqlite3_step(st) == SQLITE_ROW &&
            story_vec_read(sqlite3_column_blob(st, 0), (size_t)sqlite3_column_bytes(st, 0),
                           &b->tmp) == RASD_OK)
            m->near = svec_cos(&b->tmp.body, &b->centre.body);
        sqlite3_reset(st);
        if (m->title && (!best || (best->copy && !m->copy) ||
                         (best->copy == m->copy && m->near > best->near)))
            best = m;
    }
    store_put(b->s, st);
    b->out.title = best ? best->title : NULL;
}

/* --------------------------------------------------------------- entities */

static rasd_status load_entities(sbuild *b, int64_t id)
{
    sqlite3_stmt *st;
    rasd_status rc = RASD_OK;
    if (sqlite3_prepare_v2(b->s->c.db,
                           "SELECT e.id, e.name, e.type, count(*) FROM story_members m"
                           " JOIN mentions x USING (docid) JOIN entities e ON e.id = x.entity"
                           " WHERE m.story = ? GROUP BY e.id ORDER BY 4 DESC, 1 LIMIT ?",
                           -1, &st, NULL) != SQLITE_OK)
        return store_sqlfail(b->s, "reading a story's entities");
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int(st, 2, STORY_ENTITIES);
    while (!rc && sqlite3_step(st) == SQLITE_ROW) {
        b->ents = grow_array(b->ents, &b->ecap, b->nents + 1, sizeof *b->ents, &rc);
        if (rc)
            break;
        b->ents[b->nents++] = (rasd_story_entity){
            keep(b, sqlite3_column_text(st, 0), sqlite3_column_bytes(st, 0), &rc),
            keep(b, sqlite3_column_text(st, 1), sqlite3_column_bytes(st, 1), &rc),
            keep(b, sqlite3_column_text(st, 2), sqlite3_column_bytes(st, 2), &rc),
            sqlite3_column_int64(st, 3)};
    }
    sqlite3_finalize(st);
    return rc;
}

/* ---------------------------------------------------- summary and timeline */

static int load_text(sbuild *b, int64_t docid)
{
    sqlite3_stmt *st = b->s->st[ST_TEXT];
    rasd_status rc = RASD_OK;
    int found;
    b->text.n = 0;
    sqlite3_bind_int64(st, 1, docid);
    found = sqlite3_step(st) == SQLITE_ROW;
    if (found)
        rbuf_add(&b->text, sqlite3_column_text(st, 0), (size_t)sqlite3_column_bytes(st, 0), &rc);
    rbuf_addc(&b->text, 0, &rc);
    sqlite3_reset(st);
    return found && !rc;
}

/* The sentences of member m (analysed in s->doc2) as summary candidates. */
static rasd_status sentence_cands(sbuild *b, size_t m)
{
    size_t n;
    const rasd_span *sp = rasd_doc_sentences(b->s->doc2, &n);
    rasd_status rc = RASD_OK;
    for (size_t i = 0; i < n && i < SUM_LEAD && !rc; i++) {
        cand_sent *c;
        if (sp[i].end - sp[i].start < SUM_MIN_BYTES || sp[i].end - sp[i].start > SUM_MAX_BYTES)
            continue;
        b->cs = grow_array(b->cs, &b->cscap, b->ncs + 1, sizeof *b->cs, &rc);
        if (rc)
            break;
        c = &b->cs[b->ncs];
        memset(c, 0, sizeof *c);
        c->m = m, c->start = sp[i].start, c->end = sp[i].end;
        rc = story_sentence_vec(b->s->e, b->s->doc2, sp[i], &c->v);
        c->score = svec_cos(&c->v, &b->centre.body) * (1.0 - 0.02 * (double)i);  /* lead */
        b->ncs++;
    }
    return rc;
}

/* The sentence of the analysis in s->doc2 that holds byte `at`, else [at, at). */
static rasd_span sentence_at(const rasd_doc *d, uint32_t at)
{
    size_t n;
    const rasd_span *sp = rasd_doc_sentences(d, &n);
    for (size_t i = 0; i < n; i++)
        if (sp[i].start <= at && at < sp[i].end)
            return sp[i];
    return (rasd_span){at, at};
}

static rasd_status add_dated(sbuild *b, size_t m, rasd_span sent, const unsigned char *date)
{
    rasd_status rc = RASD_OK;
    for (size_t i = 0; i < b->ntl; i++)
        if (b->tl[i].article == b->mem[m].id && b->tl[i].start == sent.start)
            return RASD_OK;
    if (sent.end <= sent.start)
        return RASD_OK;
    b->tl = grow_array(b->tl, &b->tlcap, b->ntl + 1, sizeof *b->tl, &rc);
    if (!rc)
        b->tl[b->ntl++] = (rasd_story_span){
            b->mem[m].id, keep(b, date, (int)strlen((const char *)date), &rc), sent.start,
            sent.end, keep(b, (const unsigned char *)b->text.p + sent.start,
                           (int)(sent.end - sent.start), &rc)};
    return rc;
}

/* The member's sentences with a date resolved to a day: its dates, and its dated events. */
static rasd_status dated_sentences(sbuild *b, size_t m)
{
    sqlite3_stmt *st;
    rasd_status rc = RASD_OK;
    if (sqlite3_prepare_v2(b->s->c.db,
                           "SELECT start, value FROM dates WHERE docid = ?1 AND length(value) >= 10"
                           " UNION ALL SELECT start, date FROM events WHERE docid = ?1"
                           " AND length(date) >= 10 ORDER BY 1",
                           -1, &st, NULL) != SQLITE_OK)
        return store_sqlfail(b->s, "reading a story's dates");
    sqlite3_bind_int64(st, 1, b->mem[m].docid);
    while (!rc && sqlite3_step(st) == SQLITE_ROW)
        rc = add_dated(b, m, sentence_at(b->s->doc2, (uint32_t)sqlite3_column_int64(st, 0)),
                       sqlite3_column_text(st, 1));
    sqlite3_finalize(st);
    return rc;
}

static int by_score(const void *p, const void *q)
{
    const cand_sent *a = p, *b = q;
    if (a->score != b->score)
        return a->score > b->score ? -1 : 1;
    if (a->m != b->m)
        return a->m < b->m ? -1 : 1;
    return (a->start > b->start) - (a->start < b->start);
}

/* Greedy selection with redundancy removal and, with 3 sources or more, one per source. */
static rasd_status choose_summary(sbuild *b)
{
    size_t taken[SUM_MAX], nt = 0;
    rasd_status rc = RASD_OK;
    if (b->ncs)
        qsort(b->cs, b->ncs, sizeof *b->cs, by_score);
    for (size_t i = 0; i < b->ncs && nt < SUM_MAX; i++) {
        int ok = b->cs[i].score > 0;
        for (size_t k = 0; k < nt && ok; k++) {
            const cand_sent *t = &b->cs[taken[k]];
            if (svec_cos(&t->v, &b->cs[i].v) > SUM_REDUNDANT)
                ok = 0;
            if (b->nsrc >= 3 && b->mem[t->m].source == b->mem[b->cs[i].m].source)
                ok = 0;
        }
        if (ok)
            taken[nt++] = i;
    }
    b->sum = grow_array(b->sum, &b->sumcap, nt + 1, sizeof *b->sum, &rc);
    for (size_t k = 0; k < nt && !rc; k++) {
        const cand_sent *c = &b->cs[taken[k]];
        if (!load_text(b, b->mem[c->m].docid))
            continue;
        b->sum[b->nsum++] = (rasd_story_span){
            b->mem[c->m].id, NULL, c->start, c->end,
            keep(b, (const unsigned char *)b->text.p + c->start, (int)(c->end - c->start), &rc)};
    }
    return rc;
}

static int by_date(const void *p, const void *q, const rbuf *strs)
{
    const rasd_story_span *a = p, *b = q;
    int c = strcmp(rbuf_at(strs, a->date), rbuf_at(strs, b->date));
    if (!c)
        c = strcmp(rbuf_at(strs, a->article), rbuf_at(strs, b->article));
    return c ? c : (a->start > b->start) - (a->start < b->start);
}

/* Insertion sort (the timeline is short) by date, article, place. */
static void sort_timeline(sbuild *b)
{
    for (size_t i = 1; i < b->ntl; i++)
        for (size_t j = i; j > 0 && by_date(&b->tl[j - 1], &b->tl[j], &b->strs) > 0; j--) {
            rasd_story_span t = b->tl[j];
            b->tl[j] = b->tl[j - 1], b->tl[j - 1] = t;
        }
    if (b->ntl > TIMELINE_MAX)
        b->ntl = TIMELINE_MAX;
}

static rasd_status read_originals(sbuild *b)
{
    rasd_status rc = RASD_OK;
    size_t used = 0;
    for (size_t i = 0; i < b->nmem && used < SUM_ARTICLES && !rc; i++) {
        if (b->mem[i].copy || !load_text(b, b->mem[i].docid))
            continue;
        used++;
        if ((rc = rasd_analyze(b->s->e, b->s->doc2, b->text.p, b->text.n - 1)) != RASD_OK) {
            rc = RASD_OK;       /* over the engine's limits: no sentences from it */
            continue;
        }
        if ((rc = sentence_cands(b, i)) == RASD_OK)
            rc = dated_sentences(b, i);
    }
    sort_timeline(b);
    return rc ? rc : choose_summary(b);
}

/* ----------------------------------------------------------------- output */

static void fix(const rbuf *s, const char **p)
{
    *p = rbuf_at(s, *p);
}

/* Turns the kept offsets into pointers, once the strings stopped growing. */
static void finish(sbuild *b)
{
    const rbuf *s = &b->strs;
    b->arts = grow_array(b->arts, &b->acap, b->nmem + 1, sizeof *b->arts, &(rasd_status){0});
    for (size_t i = 0; i < b->nmem && b->arts; i++)
        b->arts[i] = rbuf_at(s, b->mem[i].id);
    for (size_t i = 0; i < b->nsrc; i++) {
        fix(s, &b->srcs[i]);
        fix(s, &b->outs[i].source), fix(s, &b->outs[i].first), fix(s, &b->outs[i].article);
    }
    for (size_t i = 0; i < b->nents; i++)
        fix(s, &b->ents[i].id), fix(s, &b->ents[i].name), fix(s, &b->ents[i].type);
    for (size_t i = 0; i < b->nsum; i++)
        fix(s, &b->sum[i].article), fix(s, &b->sum[i].text);
    for (size_t i = 0; i < b->ntl; i++)
        fix(s, &b->tl[i].article), fix(s, &b->tl[i].date), fix(s, &b->tl[i].text);
    fix(s, &b->out.title);
    b->out.size = b->nmem;
    b->out.articles = b->arts;
    b->out.sources = b->srcs;
    b->out.nsources = b->nsrc;
    b->out.outlets = b->outs;
    b->out.entities = b->ents, b->out.nentities = b->nents;
    b->out.summary = b->sum, b->out.nsummary = b->nsum;
    b->out.timeline = b->tl, b->out.ntimeline = b->ntl;
    for (size_t i = 0; i < b->nmem; i++) {
        const char *p = rbuf_at(s, b->mem[i].published);
        if (p && (!b->out.first || strcmp(p, b->out.first) < 0))
            b->out.first = p;
        if (p && (!b->out.last || strcmp(p, b->out.last) > 0))
            b->out.last = p;
    }
}

/* Builds story id into b->out (full: entities, summary and timeline too); RASD_END when
 * there is none. */
static rasd_status build(sbuild *b, int64_t id, int full)
{
    sqlite3_stmt *st;
    rasd_status rc;
    int found;
    sb_reset(b);
    if (!(st = store_get(b->s, "SELECT thread FROM stories WHERE id = ?")))
        return store_sqlfail(b->s, "reading a story");
    sqlite3_bind_int64(st, 1, id);
    found = sqlite3_step(st) == SQLITE_ROW;
    b->out.id = id;
    b->out.thread = found ? sqlite3_column_int64(st, 0) : 0;
    store_put(b->s, st);
    if (!found)
        return RASD_END;
    if ((rc = load_members(b, id)) != RASD_OK)
        return rc;
    pick_title(b);
    if (full && ((rc = load_entities(b, id)) != RASD_OK || (rc = read_originals(b)) != RASD_OK))
        return rc;
    finish(b);
    return RASD_OK;
}

rasd_status rasd_store_story(rasd_store *s, int64_t id, rasd_story_fn fn, void *ctx)
{
    sbuild b = {.s = s};
    rasd_status rc;
    if (!s || !fn)
        return RASD_EINVAL;
    if ((rc = build(&b, id, 1)) == RASD_OK)
        fn(&b.out, ctx);
    else if (rc == RASD_END)
        store_fail(s, RASD_END, "no story %lld", (long long)id);
    sb_free(&b);
    return rc;
}

rasd_status rasd_store_article_story(rasd_store *s, const char *article, int64_t *story,
                                     char **title)
{
    sqlite3_stmt *st;
    sbuild b = {.s = s};
    rasd_status rc;
    if (!s || !article || !story)
        return RASD_EINVAL;
    if (title)
        *title = NULL;
    if (!(st = store_get(s, "SELECT m.story FROM articles a JOIN story_members m"
                            " USING (docid) WHERE a.id = ?")))
        return store_sqlfail(s, "reading an article's story");
    sqlite3_bind_text(st, 1, article, -1, SQLITE_STATIC);
    *story = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    store_put(s, st);
    if (!*story)
        return RASD_END;
    if (!title)
        return RASD_OK;
    if ((rc = build(&b, *story, 0)) == RASD_OK && b.out.title && !(*title = strdup(b.out.title)))
        rc = RASD_ENOMEM;
    sb_free(&b);
    return rc;
}

/* ---------------------------------------------------------------- listing */

static int add_id(const rasd_stored_entity *en, void *ctx)
{
    rbuf *ids = ctx;
    rasd_status rc = RASD_OK;
    rbuf_adds(ids, en->id, &rc);
    rbuf_addc(ids, '\n', &rc);
    return rc != RASD_OK;
}

/* The stories whose articles mention one of the entities `name` names, as a temporary
 * table story_pick(id). */
static rasd_status pick_entity(rasd_store *s, const char *name)
{
    rbuf ids = {0};
    sqlite3_stmt *st;
    rasd_status rc = store_exec(s, "CREATE TEMP TABLE IF NOT EXISTS story_pick"
                                   "(id INTEGER PRIMARY KEY); DELETE FROM story_pick;");
    if (!rc)
        rc = rasd_store_entity_find(s, name, add_id, &ids);
    if (!rc && sqlite3_prepare_v2(s->c.db,
                                  "INSERT OR IGNORE INTO story_pick SELECT m.story FROM mentions x"
                                  " JOIN story_members m USING (docid) WHERE x.entity = ?",
                                  -1, &st, NULL) == SQLITE_OK) {
        for (char *p = ids.p, *nl; p && p < ids.p + ids.n && !rc; p = nl + 1) {
            nl = memchr(p, '\n', (size_t)(ids.p + ids.n - p));
            sqlite3_bind_text(st, 1, p, (int)(nl - p), SQLITE_STATIC);
            if (!store_step(st))
                rc = store_sqlfail(s, "choosing stories");
        }
        sqlite3_finalize(st);
    }
    rbuf_free(&ids);
    return rc;
}

static rasd_status bounds(rasd_store *s, const rasd_story_filter *f, int64_t *lo, int64_t *hi)
{
    int64_t a, b;
    int y, m, d;
    *lo = 0, *hi = 99999999;
    if (f && f->from) {
        if (!day_range(f->from, &a, &b))
            return store_fail(s, RASD_EPARSE, "from '%s' is not a date", f->from);
        cal_civil(a, &y, &m, &d);
        *lo = y * 10000 + m * 100 + d;
    }
    if (f && f->to) {
        if (!day_range(f->to, &a, &b))
            return store_fail(s, RASD_EPARSE, "to '%s' is not a date", f->to);
        cal_civil(b, &y, &m, &d);
        *hi = y * 10000 + m * 100 + d;
    }
    return RASD_OK;
}

rasd_status rasd_store_stories(rasd_store *s, const rasd_story_filter *f, size_t limit,
                               rasd_story_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    sbuild b = {.s = s};
    rasd_status rc;
    int64_t lo, hi;
    size_t n = 0;
    int dated = f && (f->from || f->to);
    if (!s || !fn)
        return RASD_EINVAL;
    if ((rc = bounds(s, f, &lo, &hi)) != RASD_OK)
        return rc;
    if (f && f->entity && (rc = pick_entity(s, f->entity)) != RASD_OK)
        return rc;
    if (sqlite3_prepare_v2(
            s->c.db,
            f && f->entity
                ? "SELECT id FROM stories s WHERE size >= ?1 AND id IN (SELECT id FROM story_pick)"
                  " AND (?2 = 0 OR EXISTS (SELECT 1 FROM story_members m JOIN articles a"
                  " USING (docid) WHERE m.story = s.id AND a.day BETWEEN ?3 AND ?4))"
                  " ORDER BY newest IS NULL, newest DESC, id"
                : "SELECT id FROM stories s WHERE size >= ?1"
                  " AND (?2 = 0 OR EXISTS (SELECT 1 FROM story_members m JOIN articles a"
                  " USING (docid) WHERE m.story = s.id AND a.day BETWEEN ?3 AND ?4))"
                  " ORDER BY newest IS NULL, newest DESC, id",
            -1, &st, NULL) != SQLITE_OK)
        return store_sqlfail(s, "listing stories");
    sqlite3_bind_int64(st, 1, f ? (int64_t)f->min_size : 0);
    sqlite3_bind_int(st, 2, dated);
    sqlite3_bind_int64(st, 3, lo);
    sqlite3_bind_int64(st, 4, hi);
    while (!rc && (limit == 0 || n < limit) && sqlite3_step(st) == SQLITE_ROW) {
        rc = build(&b, sqlite3_column_int64(st, 0), 1);
        if (!rc && fn(&b.out, ctx))
            break;
        n++;
    }
    sqlite3_finalize(st);
    sb_free(&b);
    return rc;
}

/* The id thread `id` goes by now (after merges), 0 when there is no such thread. */
static int64_t thread_now(rasd_store *s, int64_t id)
{
    sqlite3_stmt *st;
    int64_t now = 0;
    if (sqlite3_prepare_v2(s->c.db,
                           "SELECT coalesce((SELECT new FROM thread_redirects WHERE old = ?1), ?1)"
                           " WHERE EXISTS (SELECT 1 FROM stories WHERE thread = coalesce("
                           "(SELECT new FROM thread_redirects WHERE old = ?1), ?1))",
                           -1, &st, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) == SQLITE_ROW)
        now = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return now;
}

rasd_status rasd_store_threads(rasd_store *s, int64_t id, size_t limit, rasd_thread_fn fn,
                               void *ctx)
{
    sqlite3_stmt *st, *ids;
    rasd_status rc = RASD_OK;
    int64_t *sid = NULL;
    size_t cap = 0, n = 0;
    if (!s || !fn)
        return RASD_EINVAL;
    if (id && !(id = thread_now(s, id)))
        return store_fail(s, RASD_END, "no thread %lld", (long long)id);
    if (sqlite3_prepare_v2(s->c.db,
                           "SELECT thread, count(*), sum(size), min(oldest), max(newest)"
                           " FROM stories WHERE ?1 = 0 OR thread = ?1 GROUP BY thread"
                           " HAVING ?1 != 0 OR count(*) > 1"
                           " ORDER BY max(newest) IS NULL, max(newest) DESC, thread",
                           -1, &st, NULL) != SQLITE_OK)
        return store_sqlfail(s, "listing threads");
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_prepare_v2(s->c.db, "SELECT id FROM stories WHERE thread = ? ORDER BY id", -1,
                           &ids, NULL) != SQLITE_OK) {
        sqlite3_finalize(st);
        return store_sqlfail(s, "listing threads");
    }
    while (!rc && (limit == 0 || n < limit) && sqlite3_step(st) == SQLITE_ROW) {
        char first[11] = "", last[11] = "";
        rasd_thread t = {sqlite3_column_int64(st, 0), (size_t)sqlite3_column_int64(st, 1),
                         (size_t)sqlite3_column_int64(st, 2), NULL, NULL, NULL};
        size_t k = 0;
        if (sqlite3_column_type(st, 3) != SQLITE_NULL) {
            day_iso((int64_t)floor(sqlite3_column_double(st, 3)), first);
            day_iso((int64_t)floor(sqlite3_column_double(st, 4)), last);
            t.first = first, t.last = last;
        }
        sqlite3_bind_int64(ids, 1, t.id);
        while (!rc && sqlite3_step(ids) == SQLITE_ROW) {
            sid = grow_array(sid, &cap, k + 1, sizeof *sid, &rc);
            if (!rc)
                sid[k++] = sqlite3_column_int64(ids, 0);
        }
        sqlite3_reset(ids);
        t.story_ids = sid;
        if (!rc && fn(&t, ctx))
            break;
        n++;
    }
    sqlite3_finalize(st);
    sqlite3_finalize(ids);
    free(sid);
    return rc;
}
