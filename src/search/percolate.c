/* percolate.c — saved queries matched against one new article at a time.
 *
 * A query (query.c with QUERY_ALL) is a list of clauses; its required clauses form groups
 * (clauses joined by OR), each of which needs one true clause, and its excluded clauses
 * must all be false. A group is *keyed* when its truth implies that one of a few terms
 * occurs in the article: a word's terms (any of them satisfies it), a phrase's longest term
 * (all of its terms must occur). Groups with a prefix term (pre*) are not keyed.
 *
 * The index maps each key term to postings (query, group bit). Matching an article collects
 * its distinct terms (title and text, as search indexes them), and for each one walks its
 * postings, counting for each query the keyed groups seen; a query whose every keyed group
 * was seen is a candidate, and only candidates (and the few queries without a keyed group)
 * are verified clause by clause on the article's terms, phrases by position. The cost per
 * article is its distinct terms plus the postings of those terms, not the number of queries:
 * a query whose words the article lacks costs nothing.
 */
#include "search/percolate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct pq {
    int64_t tag;
    query q;
    uint32_t need;           /* keyed groups */
    uint32_t stamp;          /* the article when `seen` was last reset */
    uint64_t seen;           /* keyed groups (bit = its group's clause index) seen */
    uint32_t nseen;
} pq;

typedef struct posting {
    uint32_t q;              /* index into perc.qs */
    uint32_t bit;            /* its group's clause index */
} posting;

typedef struct plist_v {
    posting *p;
    size_t n, cap;
} plist_v;

struct perc {
    const rasd_engine *e;
    rasd_doc *scratch;       /* query analysis */
    pq *qs;
    size_t n, cap;
    strmap keys;             /* key term → 1 + index into lists */
    plist_v *lists;
    size_t nlists, lists_cap;
    size_t *scan;            /* queries without a keyed group: verified for every article */
    size_t nscan, scan_cap;
    /* the article being matched */
    const rasd_doc *docs[2];
    strmap terms;            /* its distinct terms */
    uint32_t stamp;
    size_t *cand;
    size_t ncand, cand_cap;
    int64_t *hits;
    size_t nhits, hits_cap;
};

rasd_status perc_new(perc **out, const rasd_engine *e)
{
    perc *p = calloc(1, sizeof *p);
    *out = NULL;
    if (!p || rasd_doc_new(&p->scratch) != RASD_OK) {
        free(p);
        return RASD_ENOMEM;
    }
    p->e = e;
    *out = p;
    return RASD_OK;
}

void perc_free(perc *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n; i++)
        query_free(&p->qs[i].q);
    for (size_t i = 0; i < p->nlists; i++)
        free(p->lists[i].p);
    free(p->qs);
    free(p->lists);
    free(p->scan);
    free(p->cand);
    free(p->hits);
    strmap_free(&p->keys);
    strmap_free(&p->terms);
    rasd_doc_free(p->scratch);
    free(p);
}

size_t perc_count(const perc *p)
{
    return p ? p->n : 0;
}

/* ------------------------------------------------------------- the index */

static rasd_status post(perc *p, const char *key, size_t len, uint32_t qi, uint32_t bit)
{
    rasd_status rc = RASD_OK;
    uint64_t *v = strmap_upsert(&p->keys, key, len, &rc);
    plist_v *l;
    if (rc)
        return rc;
    if (!*v) {
        p->lists = grow_array(p->lists, &p->lists_cap, p->nlists + 1, sizeof *p->lists, &rc);
        if (rc)
            return rc;
        memset(&p->lists[p->nlists], 0, sizeof *p->lists);
        *v = ++p->nlists;
    }
    l = &p->lists[*v - 1];
    l->p = grow_array(l->p, &l->cap, l->n + 1, sizeof *l->p, &rc);
    if (!rc)
        l->p[l->n++] = (posting){qi, bit};
    return rc;
}

/* Whether group g of q (the clause index of its first clause) has no prefix term. */
static int group_keyable(const query *q, size_t g)
{
    for (size_t c = g; c < q->ncl; c++) {
        if (q->cl[c].group != g)
            continue;
        for (size_t t = q->cl[c].first; t < q->cl[c].first + q->cl[c].n; t++)
            if (q->terms[t].prefix)
                return 0;
    }
    return 1;
}

/* Posts the key terms of group g of query qi: each word's terms, each phrase's longest. */
static rasd_status post_group(perc *p, uint32_t qi, size_t g)
{
    const query *q = &p->qs[qi].q;
    rasd_status rc = RASD_OK;
    for (size_t c = g; c < q->ncl && !rc; c++) {
        const qclause *cl = &q->cl[c];
        size_t best = cl->first;
        if (cl->group != g)
            continue;
        if (cl->phrase && cl->n > 1) {
            for (size_t t = cl->first + 1; t < cl->first + cl->n; t++)
                best = q->terms[t].len > q->terms[best].len ? t : best;
            rc = post(p, query_term(q, best), q->terms[best].len, qi, (uint32_t)g);
            continue;
        }
        for (size_t t = cl->first; t < cl->first + cl->n && !rc; t++)
            rc = post(p, query_term(q, t), q->terms[t].len, qi, (uint32_t)g);
    }
    return rc;
}

static rasd_status index_query(perc *p, uint32_t qi)
{
    pq *a = &p->qs[qi];
    rasd_status rc = RASD_OK;
    for (size_t c = 0; c < a->q.ncl && !rc; c++) {
        const qclause *cl = &a->q.cl[c];
        if (cl->occur == OCCUR_NOT || cl->group != c || !group_keyable(&a->q, c))
            continue;
        rc = post_group(p, qi, c);
        a->need++;
    }
    if (!rc && a->need == 0) {
        p->scan = grow_array(p->scan, &p->scan_cap, p->nscan + 1, sizeof *p->scan, &rc);
        if (!rc)
            p->scan[p->nscan++] = qi;
    }
    return rc;
}

rasd_status perc_add(perc *p, int64_t tag, const char *text, char *err, size_t cap)
{
    rasd_status rc = RASD_OK;
    pq *a;
    if (cap)
        err[0] = 0;
    p->qs = grow_array(p->qs, &p->cap, p->n + 1, sizeof *p->qs, &rc);
    if (rc)
        return rc;
    a = &p->qs[p->n];
    memset(a, 0, sizeof *a);
    a->tag = tag;
    rc = query_parse(&a->q, p->e, p->scratch, text, QUERY_ALL);
    if (rc) {
        if (cap)
            snprintf(err, cap, "%s", a->q.err[0] ? a->q.err : rasd_strerror(rc));
        query_free(&a->q);
        return rc;
    }
    if ((rc = index_query(p, (uint32_t)p->n)) != RASD_OK) {
        query_free(&a->q);
        return rc;    /* out of memory: postings made for index n may remain; free p */
    }
    p->n++;
    return RASD_OK;
}

/* -------------------------------------------------------------- matching */

static size_t term_len(const rasd_token *t)
{
    return t->stem_len > TERM_MAX ? TERM_MAX : t->stem_len;
}

/* Counts the keyed groups of the postings of a new distinct term; a query whose every
 * keyed group is seen becomes a candidate. */
static rasd_status count_term(perc *p, const char *key, size_t len)
{
    uint64_t li = strmap_get(&p->keys, key, len);
    rasd_status rc = RASD_OK;
    if (!li)
        return RASD_OK;
    for (size_t i = 0; i < p->lists[li - 1].n && !rc; i++) {
        posting po = p->lists[li - 1].p[i];
        pq *a;
        if (po.q >= p->n)
            continue;
        a = &p->qs[po.q];
        if (a->stamp != p->stamp) {
            a->stamp = p->stamp;
            a->seen = 0;
            a->nseen = 0;
        }
        if (a->seen >> po.bit & 1)
            continue;
        a->seen |= (uint64_t)1 << po.bit;
        if (++a->nseen == a->need) {
            p->cand = grow_array(p->cand, &p->cand_cap, p->ncand + 1, sizeof *p->cand, &rc);
            if (!rc)
                p->cand[p->ncand++] = po.q;
        }
    }
    return rc;
}

/* Collects the article's distinct terms; with index, counts their postings. */
static rasd_status collect_terms(perc *p, int index)
{
    rasd_status rc = RASD_OK;
    strmap_clear(&p->terms);
    p->ncand = 0;
    if (++p->stamp == 0) {
        for (size_t i = 0; i < p->n; i++)
            p->qs[i].stamp = 0;
        p->stamp = 1;
    }
    for (int k = 0; k < 2 && !rc; k++) {
        size_t nt;
        const rasd_token *t = p->docs[k] ? rasd_doc_tokens(p->docs[k], &nt) : NULL;
        for (size_t i = 0; t && i < nt && !rc; i++) {
            uint64_t *v;
            if (!token_indexed(&t[i]))
                continue;
            v = strmap_upsert(&p->terms, t[i].stem, term_len(&t[i]), &rc);
            if (rc || *v)
                continue;
            *v = 1;
            if (index)
                rc = count_term(p, t[i].stem, term_len(&t[i]));
        }
    }
    return rc;
}

static int has_term(const perc *p, const query *q, size_t t)
{
    if (!q->terms[t].prefix)
        return strmap_get(&p->terms, query_term(q, t), q->terms[t].len) != 0;
    for (size_t i = 0; i < p->terms.n; i++) {
        size_t len;
        const char *k = strmap_key(&p->terms, i, &len);
        if (len >= q->terms[t].len && memcmp(k, query_term(q, t), q->terms[t].len) == 0)
            return 1;
    }
    return 0;
}

/* 1 when d holds clause cl's terms in order, next to each other among its indexed tokens
 * (search.c's doc_has_phrase: punctuation between them does not break a phrase). */
static int doc_has_phrase(const query *q, const qclause *cl, const rasd_doc *d)
{
    size_t nt;
    const rasd_token *t = d ? rasd_doc_tokens(d, &nt) : NULL;
    for (size_t i = 0; t && i < nt; i++) {
        size_t j = i, m = 0;
        while (m < cl->n && j < nt) {
            const qterm *qt = &q->terms[cl->first + m];
            if (!token_indexed(&t[j])) {
                j++;
                continue;
            }
            if (t[j].stem_len != qt->len || memcmp(t[j].stem, q->str.p + qt->off, qt->len))
                break;
            m++;
            j++;
        }
        if (m == cl->n)
            return 1;
    }
    return 0;
}

static int clause_true(const perc *p, const query *q, const qclause *cl)
{
    if (cl->phrase && cl->n > 1) {
        for (size_t t = cl->first; t < cl->first + cl->n; t++)
            if (!has_term(p, q, t))
                return 0;
        return doc_has_phrase(q, cl, p->docs[0]) || doc_has_phrase(q, cl, p->docs[1]);
    }
    for (size_t t = cl->first; t < cl->first + cl->n; t++)
        if (has_term(p, q, t))
            return 1;
    return 0;
}

/* Every excluded clause false, one clause of every required group true. */
static int verify(const perc *p, const query *q)
{
    uint64_t need = 0, got = 0;
    for (size_t c = 0; c < q->ncl; c++) {
        const qclause *cl = &q->cl[c];
        if (cl->occur != OCCUR_NOT) {
            need |= (uint64_t)1 << cl->group;
            if (!(got >> cl->group & 1) && clause_true(p, q, cl))
                got |= (uint64_t)1 << cl->group;
        }
    }
    if (got != need)
        return 0;
    for (size_t c = 0; c < q->ncl; c++)
        if (q->cl[c].occur == OCCUR_NOT && clause_true(p, q, &q->cl[c]))
            return 0;
    return 1;
}

static int size_cmp(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

/* Verifies the queries qi[0, n) (distinct) and lists the tags of those that hold, in the
 * order they were added. */
static rasd_status keep_hits(perc *p, size_t *qi, size_t n, const int64_t **hits,
                             size_t *nhits)
{
    rasd_status rc = RASD_OK;
    qsort(qi, n, sizeof *qi, size_cmp);
    p->nhits = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        if (!verify(p, &p->qs[qi[i]].q))
            continue;
        p->hits = grow_array(p->hits, &p->hits_cap, p->nhits + 1, sizeof *p->hits, &rc);
        if (!rc)
            p->hits[p->nhits++] = p->qs[qi[i]].tag;
    }
    *hits = p->hits;
    *nhits = rc ? 0 : p->nhits;
    return rc;
}

rasd_status perc_match(perc *p, const rasd_doc *title, const rasd_doc *text,
                       const int64_t **hits, size_t *nhits)
{
    rasd_status rc;
    *hits = NULL;
    *nhits = 0;
    p->docs[0] = title;
    p->docs[1] = text;
    if ((rc = collect_terms(p, 1)) != RASD_OK)
        return rc;
    for (size_t i = 0; i < p->nscan && !rc; i++) {
        p->cand = grow_array(p->cand, &p->cand_cap, p->ncand + 1, sizeof *p->cand, &rc);
        if (!rc)
            p->cand[p->ncand++] = p->scan[i];
    }
    return rc ? rc : keep_hits(p, p->cand, p->ncand, hits, nhits);
}

rasd_status perc_match_all(perc *p, const rasd_doc *title, const rasd_doc *text,
                           const int64_t **hits, size_t *nhits)
{
    rasd_status rc;
    *hits = NULL;
    *nhits = 0;
    p->docs[0] = title;
    p->docs[1] = text;
    if ((rc = collect_terms(p, 0)) != RASD_OK)
        return rc;
    p->ncand = 0;
    p->cand = grow_array(p->cand, &p->cand_cap, p->n + 1, sizeof *p->cand, &rc);
    for (size_t i = 0; i < p->n && !rc; i++)
        p->cand[p->ncand++] = i;
    return rc ? rc : keep_hits(p, p->cand, p->ncand, hits, nhits);
}
