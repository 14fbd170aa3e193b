/* query.h — a parsed search query (src/search/query.c). */
#ifndef RASD_QUERY_H
#define RASD_QUERY_H

#include "search/search.h"

enum { OCCUR_SHOULD = 0, OCCUR_MUST = 1, OCCUR_NOT = -1 };

/* query_parse's flag (beside the RASD_QUERY_* bits) for alerts (src/search/percolate.c):
 * every plain word is required, and `a OR b` puts a and b in one group, of which one
 * clause must match. A dangling OR, or OR next to an exclusion, is an error. */
#define QUERY_ALL (1u << 24)

typedef struct qterm {
    size_t off, len;   /* the stem (or prefix) in query.str */
    int prefix;        /* matches every index term that starts with it */
} qterm;

typedef struct qclause {
    int occur;         /* OCCUR_* */
    int phrase;        /* its terms must occur in this order, next to each other */
    size_t first, n;   /* its terms: terms[first, first + n) */
    size_t group;      /* with QUERY_ALL: the first clause of its OR group (itself when
                          alone); one clause of each group of required clauses must match */
} qclause;

typedef struct query {
    qterm *terms;
    size_t nterms, terms_cap;
    qclause *cl;
    size_t ncl, cl_cap;
    rbuf str;
    int has_phrase, has_must;
    char err[256];
} query;

/* Parses text (NUL-terminated) with the engine's analysis, using d as scratch. On
 * RASD_EPARSE q->err says why. Free q with query_free whatever the result. */
rasd_status query_parse(query *q, const rasd_engine *e, rasd_doc *d, const char *text,
                        unsigned flags);
void query_free(query *q);
/* Term i's bytes (query.terms[i].len of them). */
const char *query_term(const query *q, size_t i);

#endif
