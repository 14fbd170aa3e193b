/* percolate.c — saved queries matched against one new article at a time.
 *
 * A query (query.c with QUERY_ALL) is a list of clauses; its required clauses form groups
 * (clauses joined by OR), each of which needs one true clause, and its excluded clauses
 * must all be false. Its *requirements* are what its truth implies about the terms of the
 * article: a group is one when it needs one of a few terms (a word's terms: any of them
 * satisfies it; a phrase's longest term); a group that is a phrase alone makes one of each
 * of its terms (all must occur, so a phrase is checked by position only when all are
 * there). Groups with a prefix term (pre*) make none. At most 64 a query.
 *
 * The index maps each key term to postings (query, requirement). Matching an article
 * collects its distinct terms (title and text, as search indexes them), and for each one
 * walks its postings, counting for each query the requirements met; a query that meets
 * them all is a candidate, and only candidates (and the few queries without requirements)
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
    uint32_t need;           /* requirements */
    uint32_t stamp;          /* the article when `seen` was last reset */
    uint64_t seen;           /* requirements met (a bit each) */
    uint32_t nseen;
} pq;

typedef struct posting {
    uint32_t q;              /* index into perc.qs */
    uint32_t bit;            /* the requirement it meets */
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
    size_t ntok0;            /* tokens of the title: token g of the article is the title's
                                g, or the text's g - ntok0 */
    strmap terms;            /* its distinct terms → 1 + their number d */
    uint32_t *head, *tail;   /* by d: the first and last token with the term */
    size_t dcap, tcap;
    uint32_t *next;          /* by token: the next token with the same term (UINT32_MAX) */
    size_t ncap;
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
    free(p->head);
    free(p->tail);
    free(p->next);
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

/* Whether group g of q is one phrase (of several terms) alone. */
static int lone_phrase(const query *q, size_t g)
{
    size_t n = 0;
    for (size_t c = g; c < q->ncl; c++)
        n += q->cl[c].group == g;
    return n == 1 && q->cl[g].phrase && q->cl[g].n > 1;
}

/* Posts the key terms of group g of query qi as requirement `bit`: each word's terms, each
 * phrase's longest. */
static rasd_status post_group(perc *p, uint32_t qi, size_t g, uint32_t bit)
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
            rc = post(p, query_term(q, best), q->terms[best].len, qi, bit);
            continue;
        }
        for (size_t t = cl->first; t < cl->first + cl->n && !rc; t++)
            rc = post(p, query_term(q, t), q->terms[t].len, qi, bit);
    }
    return rc;
}

/* Posts each distinct term of phrase clause c as a requirement of its own. */
static rasd_status post_phrase(perc *p, uint32_t qi, size_t c)
{
    pq *a = &p->qs[qi];
    const qclause *cl = &a->q.cl[c];
    rasd_status rc = RASD_OK;
    for (size_t t = cl->first; t < cl->first + cl->n && !rc && a->need < 64; t++) {
        int dup = 0;
        for (size_t u = cl->first; u < t; u++)
            dup |= a->q.terms[u].len == a->q.terms[t].len &&
                   !memcmp(query_term(&a->q, u), query_term(&a->q, t), a->q.terms[t].len);
        if (!dup)
            rc = post(p, query_term(&a->q, t), a->q.terms[t].len, qi, a->need++);
    }
    return rc;
}

static rasd_status index_query(perc *p, uint32_t qi)
{
    pq *a = &p->qs[qi];
    rasd_status rc = RASD_OK;
    for (size_t c = 0; c < a->q.ncl && !rc && a->need < 64; c++) {
        const qclause *cl = &a->q.cl[c];
        if (cl->occur == OCCUR_NOT || cl->group != c || !group_keyable(&a->q, c))
            continue;
        if (lone_phrase(&a->q, c))
            rc = post_phrase(p, qi, c);
        else
            rc = post_group(p, qi, c, a->need++);
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

/* Adds token g (term key[0, len)) to the article's terms and their occurrence lists;
 * *fresh says whether the term is new. */
static rasd_status add_token(perc *p, uint32_t g, const char *key, size_t len, int *fresh)
{
    rasd_status rc = RASD_OK;
    uint64_t *v = strmap_upsert(&p->terms, key, len, &rc);
    *fresh = 0;
    if (rc)
        return rc;
    p->next[g] = UINT32_MAX;
    if (*v) {
        p->next[p->tail[*v - 1]] = g;
        p->tail[*v - 1] = g;
        return RASD_OK;
    }
    *v = p->terms.n;
    p->head = grow_array(p->head, &p->dcap, p->terms.n, sizeof *p->head, &rc);
    p->tail = grow_array(p->tail, &p->tcap, p->terms.n, sizeof *p->tail, &rc);
    if (rc)
        return rc;
    p->head[*v - 1] = p->tail[*v - 1] = g;
    *fresh = 1;
    return RASD_OK;
}

/* Collects the article's distinct terms and where they occur; with index, counts their
 * postings. */
static rasd_status collect_terms(perc *p, int index)
{
    rasd_status rc = RASD_OK;
    size_t nt[2] = {0, 0};
    const rasd_token *t[2];
    strmap_clear(&p->terms);
    p->ncand = 0;
    if (++p->stamp == 0) {
        for (size_t i = 0; i < p->n; i++)
            p->qs[i].stamp = 0;
        p->stamp = 1;
    }
    for (int k = 0; k < 2; k++)
        t[k] = p->docs[k] ? rasd_doc_tokens(p->docs[k], &nt[k]) : NULL;
    p->ntok0 = nt[0];
    if (nt[0] + nt[1] >= UINT32_MAX)
        return RASD_ETOOBIG;
    p->next = grow_array(p->next, &p->ncap, nt[0] + nt[1] + 1, sizeof *p->next, &rc);
    for (int k = 0; k < 2 && !rc; k++)
        for (size_t i = 0; i < nt[k] && !rc; i++) {
            int fresh;
            if (!token_indexed(&t[k][i]))
                continue;
            rc = add_token(p, (uint32_t)(k ? nt[0] + i : i), t[k][i].stem, term_len(&t[k][i]),
                           &fresh);
            if (!rc && fresh && index)
                rc = count_term(p, t[k][i].stem, term_len(&t[k][i]));
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

static int token_is(const rasd_token *t, const query *q, size_t term)
{
    return t->stem_len == q->terms[term].len &&
           !memcmp(t->stem, query_term(q, term), q->terms[term].len);
}

/* 1 when the title or the text holds clause cl's terms in order, next to each other among
 * its indexed tokens (search.c's doc_has_phrase: punctuation between them does not break a
 * phrase), trying only where the first term occurs. */
static int has_phrase(const perc *p, const query *q, const qclause *cl)
{
    uint64_t d = strmap_get(&p->terms, query_term(q, cl->first), q->terms[cl->first].len);
    for (uint32_t g = d ? p->head[d - 1] : UINT32_MAX; g != UINT32_MAX; g = p->next[g]) {
        int k = g >= p->ntok0;
        size_t nt, j = k ? g - p->ntok0 : g, m = 0;
        const rasd_token *t = rasd_doc_tokens(p->docs[k], &nt);
        while (m < cl->n && j < nt) {
            if (!token_indexed(&t[j])) {
                j++;
                continue;
            }
            if (!token_is(&t[j], q, cl->first + m))
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
        return has_phrase(p, q, cl);
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
    if (n)                       /* qsort's array must not be NULL, even for no element */
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
