/* query.c — parses a search query into clauses of analysed terms (syntax in docs/SEARCH.md).
 *
 * Every word goes through the same analysis as the documents (normalisation, stemmer), so
 * a query term is a stem. A word that analyses into several tokens (G-20, بوتين،) gives
 * several terms of the same clause kind; punctuation alone gives none.
 */
#include "search/query.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define QUERY_MAX_BYTES 4096
#define QUERY_MAX_TERMS 64

static rasd_status qfail(query *q, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(q->err, sizeof q->err, fmt, ap);
    va_end(ap);
    return RASD_EPARSE;
}

void query_free(query *q)
{
    free(q->terms);
    free(q->cl);
    rbuf_free(&q->str);
    memset(q, 0, sizeof *q);
}

static rasd_status add_clause(query *q, int occur, int phrase)
{
    rasd_status rc = RASD_OK;
    q->cl = grow_array(q->cl, &q->cl_cap, q->ncl + 1, sizeof *q->cl, &rc);
    if (rc)
        return rc;
    q->cl[q->ncl].occur = occur;
    q->cl[q->ncl].phrase = phrase;
    q->cl[q->ncl].first = q->nterms;
    q->cl[q->ncl].n = 0;
    q->cl[q->ncl].group = q->ncl;
    q->ncl++;
    return RASD_OK;
}

static rasd_status add_term(query *q, const char *s, size_t n, int prefix)
{
    rasd_status rc = RASD_OK;
    if (q->nterms >= QUERY_MAX_TERMS)
        return qfail(q, "too many words (at most %d)", QUERY_MAX_TERMS);
    q->terms = grow_array(q->terms, &q->terms_cap, q->nterms + 1, sizeof *q->terms, &rc);
    if (rc)
        return rc;
    n = n > TERM_MAX ? TERM_MAX : n;
    q->terms[q->nterms].off = q->str.n;
    q->terms[q->nterms].len = n;
    q->terms[q->nterms].prefix = prefix;
    rbuf_add(&q->str, s, n, &rc);
    if (rc)
        return rc;
    q->nterms++;
    q->cl[q->ncl - 1].n++;
    return RASD_OK;
}

/* The front of norm with the clitics that the stemmer removed, for a prefix search:
 * the stem's position in the word, so الإرها* searches for terms starting with ارها. */
static void prefix_form(const rasd_token *t, const char **s, size_t *n)
{
    *s = t->norm;
    *n = t->norm_len;
    for (size_t k = 0; t->stem_len && k + t->stem_len <= t->norm_len; k++)
        if (memcmp(t->norm + k, t->stem, t->stem_len) == 0) {
            *s = t->norm + k;
            *n = t->norm_len - k;
            return;
        }
}

/* Analyses text[0,n) and adds its indexed tokens as terms of the last clause. */
static rasd_status add_words(query *q, const rasd_engine *e, rasd_doc *d, const char *text,
                             size_t n, int prefix)
{
    size_t nt;
    const rasd_token *t;
    rasd_status rc = rasd_analyze(e, d, text, n);
    if (rc)
        return rc;
    t = rasd_doc_tokens(d, &nt);
    for (size_t i = 0; i < nt && !rc; i++) {
        if (!token_indexed(&t[i]))
            continue;
        if (prefix && i + 1 == nt) {
            const char *s;
            size_t len;
            prefix_form(&t[i], &s, &len);
            rc = add_term(q, s, len, 1);
        } else {
            rc = add_term(q, t[i].stem, t[i].stem_len, 0);
        }
    }
    return rc;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Marks the clauses on both sides of an AND as required. */
static void apply_and(query *q, size_t and_at)
{
    if (and_at > 0 && and_at <= q->ncl && q->cl[and_at - 1].occur == OCCUR_SHOULD)
        q->cl[and_at - 1].occur = OCCUR_MUST;
    if (and_at < q->ncl && q->cl[and_at].occur == OCCUR_SHOULD)
        q->cl[and_at].occur = OCCUR_MUST;
}

/* With QUERY_ALL: the clause just kept is required, and joins the group of the one before
 * it after an OR. */
static rasd_status all_kept(query *q, int *pending_or)
{
    qclause *c = &q->cl[q->ncl - 1];
    if (c->occur == OCCUR_SHOULD)
        c->occur = OCCUR_MUST;
    if (!*pending_or)
        return RASD_OK;
    *pending_or = 0;
    if (c->occur == OCCUR_NOT || c[-1].occur == OCCUR_NOT)
        return qfail(q, "OR joins words or phrases to look for, not exclusions");
    c->group = c[-1].group;
    return RASD_OK;
}

static rasd_status parse_ops(query *q, const rasd_engine *e, rasd_doc *d, const char *s,
                             size_t n, unsigned flags)
{
    size_t i = 0, and_at = SIZE_MAX;
    int all = (flags & QUERY_ALL) != 0, pending_or = 0;
    rasd_status rc = RASD_OK;
    while (i < n && !rc) {
        int occur = OCCUR_SHOULD;
        size_t j;
        if (is_space(s[i])) {
            i++;
            continue;
        }
        if ((s[i] == '+' || s[i] == '-') && i + 1 < n && !is_space(s[i + 1])) {
            occur = s[i] == '+' ? OCCUR_MUST : OCCUR_NOT;
            i++;
        }
        if (s[i] == '"') {
            const char *close = memchr(s + i + 1, '"', n - i - 1);
            if (!close)
                return qfail(q, "unclosed quote at byte %zu", i);
            j = (size_t)(close - s);
            if ((rc = add_clause(q, occur == OCCUR_NOT ? OCCUR_NOT : OCCUR_MUST, 1)) == RASD_OK)
                rc = add_words(q, e, d, s + i + 1, j - i - 1, 0);
            i = j + 1;
        } else {
            int prefix;
            for (j = i; j < n && !is_space(s[j]) && s[j] != '"'; j++)
                ;
            if (occur == OCCUR_SHOULD && j - i == 3 && !memcmp(s + i, "AND", 3)) {
                and_at = q->ncl;
                i = j;
                continue;
            }
            if (occur == OCCUR_SHOULD && j - i == 2 && !memcmp(s + i, "OR", 2)) {
                if (all && (!q->ncl || pending_or))
                    return qfail(q, "OR at byte %zu needs a word or phrase before it", i);
                pending_or = all;
                i = j;
                continue;
            }
            prefix = j - i > 1 && s[j - 1] == '*';
            if ((rc = add_clause(q, occur, 0)) == RASD_OK)
                rc = add_words(q, e, d, s + i, j - i - (size_t)prefix, prefix);
            i = j;
        }
        if (!rc && and_at != SIZE_MAX && and_at < q->ncl) {
            apply_and(q, and_at);
            and_at = SIZE_MAX;
        }
        if (!rc && q->ncl && q->cl[q->ncl - 1].n == 0)
            q->ncl--;     /* punctuation only: no clause */
        else if (!rc && all && q->ncl)
            rc = all_kept(q, &pending_or);
    }
    if (!rc && pending_or)
        return qfail(q, "OR at the end needs a word or phrase after it");
    return rc;
}

rasd_status query_parse(query *q, const rasd_engine *e, rasd_doc *d, const char *text,
                        unsigned flags)
{
    size_t n = strlen(text);
    rasd_status rc;
    int positive = 0;
    memset(q, 0, sizeof *q);
    if (n > QUERY_MAX_BYTES)
        return qfail(q, "query longer than %d bytes", QUERY_MAX_BYTES);
    if (flags & RASD_QUERY_PLAIN) {
        rc = add_clause(q, OCCUR_SHOULD, 0);
        if (!rc)
            rc = add_words(q, e, d, text, n, 0);
        if (!rc && q->cl[0].n == 0)
            q->ncl = 0;
    } else {
        rc = parse_ops(q, e, d, text, n, flags);
    }
    if (rc)
        return rc == RASD_EPARSE || q->err[0] ? rc : qfail(q, "%s", rasd_strerror(rc));
    for (size_t i = 0; i < q->ncl; i++) {
        positive |= q->cl[i].occur != OCCUR_NOT;
        q->has_phrase |= q->cl[i].phrase && q->cl[i].n > 1;
        q->has_must |= q->cl[i].occur == OCCUR_MUST;
    }
    if (!q->ncl)
        return qfail(q, "the query has no words to search for");
    if (!positive)
        return qfail(q, "the query only excludes: add a word to search for");
    return RASD_OK;
}

const char *query_term(const query *q, size_t i)
{
    return q->str.p + q->terms[i].off;
}
