/* percolate.h — saved queries matched against one new article at a time (alerts: the
 * article is matched against the queries, never the queries against the store).
 * src/search/percolate.c; the store side is src/store/alerts.c (docs/ALERTS.md). */
#ifndef RASD_PERCOLATE_H
#define RASD_PERCOLATE_H

#include "search/query.h"

typedef struct perc perc;

/* A new, empty set of queries analysed with e (which must outlive it); owned by the caller
 * (perc_free). */
rasd_status perc_new(perc **out, const rasd_engine *e);
void perc_free(perc *p);

/* Parses text as an alert query (query_parse with QUERY_ALL: every plain word required, OR
 * between alternatives) and adds it with the caller's tag. RASD_EPARSE with the reason in
 * err (cap bytes) for a malformed query, which is not added. */
rasd_status perc_add(perc *p, int64_t tag, const char *text, char *err, size_t cap);

/* Number of queries added. */
size_t perc_count(const perc *p);

/* Matches one article (the analyses of its title, may be NULL, and text): *hits gets the
 * tags of the queries it satisfies, in the order they were added, *nhits their number (the
 * array is p's, valid until the next call). Search's semantics: a term is the stem of an
 * indexed token, cut to TERM_MAX bytes, in the title or the text; a phrase's terms are
 * adjacent (punctuation between them ignored) within the title or within the text; pre*
 * is any term of the article that starts with pre. */
rasd_status perc_match(perc *p, const rasd_doc *title, const rasd_doc *text,
                       const int64_t **hits, size_t *nhits);

/* The same without the term index: every query verified on its own (the oracle of the
 * index, for tests and the fuzzer). */
rasd_status perc_match_all(perc *p, const rasd_doc *title, const rasd_doc *text,
                           const int64_t **hits, size_t *nhits);

#endif
