/* fts5.c — the rasd tokenizer for SQLite FTS5, and searching through an FTS5 index.
 *
 * With RASD_STORE_FTS5 the store keeps an FTS5 table `fts(title, text)` next to rasd's own
 * index, tokenized by rasd's analysis (same normalisation and stems, byte offsets into the
 * original text), so FTS5's own query syntax, bm25() and snippet() work on Arabic. It is
 * kept for comparison: rasd's own index answers faster (BENCHMARKS.md).
 */
#include "search/search.h"

#include <stdlib.h>
#include <string.h>

typedef struct rasd_fts5_tok {
    const rasd_engine *e;
    rasd_doc *doc;
} rasd_fts5_tok;

static int tok_create(void *ctx, const char **argv, int argc, Fts5Tokenizer **out)
{
    rasd_fts5_tok *t = calloc(1, sizeof *t);
    (void)argv;
    (void)argc;
    if (!t || rasd_doc_new(&t->doc) != RASD_OK) {
        free(t);
        return SQLITE_NOMEM;
    }
    t->e = ctx;
    *out = (Fts5Tokenizer *)t;
    return SQLITE_OK;
}

static void tok_delete(Fts5Tokenizer *p)
{
    rasd_fts5_tok *t = (rasd_fts5_tok *)p;
    if (t) {
        rasd_doc_free(t->doc);
        free(t);
    }
}

static int tok_tokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *text, int n,
                        int (*emit)(void *, int, const char *, int, int, int))
{
    rasd_fts5_tok *t = (rasd_fts5_tok *)p;
    const rasd_token *tk;
    size_t nt;
    int rc = SQLITE_OK;
    (void)flags;
    if (n < 0 || rasd_analyze(t->e, t->doc, text ? text : "", (size_t)n) != RASD_OK)
        return SQLITE_ERROR;
    tk = rasd_doc_tokens(t->doc, &nt);
    for (size_t i = 0; i < nt && rc == SQLITE_OK; i++)
        if (token_indexed(&tk[i]))
            rc = emit(ctx, 0, tk[i].stem, (int)(tk[i].stem_len > TERM_MAX ? TERM_MAX : tk[i].stem_len),
                      (int)tk[i].start, (int)tk[i].end);
    return rc;
}

static fts5_api *get_api(sqlite3 *db)
{
    fts5_api *api = NULL;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK)
        return NULL;
    sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
    sqlite3_step(st);
    sqlite3_finalize(st);
    return api;
}

rasd_status fts5_register(search_ctx *s)
{
    fts5_api *api = get_api(s->c->db);
    fts5_tokenizer tok = {tok_create, tok_delete, tok_tokenize};
    rasd_status rc;
    if (!api || api->iVersion < 2)
        return sql_fail(s->c, RASD_EUNSUPPORTED, "this SQLite has no FTS5");
    if (api->xCreateTokenizer(api, "rasd", (void *)s->e, &tok, NULL) != SQLITE_OK)
        return sql_sqlfail(s->c, "registering the rasd tokenizer");
    if (s->flags & RASD_STORE_READONLY)
        return RASD_OK;
    if (sqlite3_exec(s->c->db, "SELECT 1 FROM fts LIMIT 0", NULL, NULL, NULL) != SQLITE_OK) {
        /* A new FTS5 index also covers the articles already stored. */
        rc = sql_exec(s->c, "BEGIN IMMEDIATE;"
                           "CREATE VIRTUAL TABLE fts USING fts5(title, text, tokenize='rasd');"
                           "INSERT INTO fts(rowid, title, text) SELECT docid, title, text "
                           "FROM articles JOIN texts USING (docid);"
                           "COMMIT;");
        if (rc) {
            sqlite3_exec(s->c->db, "ROLLBACK", NULL, NULL, NULL);
            return rc;
        }
    }
    if (sqlite3_prepare_v2(s->c->db, "INSERT INTO fts(rowid, title, text) VALUES (?, ?, ?)", -1,
                           &s->st_fts_ins, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(s->c->db, "DELETE FROM fts WHERE rowid = ?", -1, &s->st_fts_del, NULL) !=
            SQLITE_OK)
        return sql_sqlfail(s->c, "preparing the FTS5 index");
    return RASD_OK;
}

/* The query's whitespace-separated words as an FTS5 OR of quoted strings. */
static rasd_status fts5_query(const char *q, rbuf *out)
{
    rasd_status rc = RASD_OK;
    const char *p = q;
    while (*p && !rc) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
            p++;
        if (!*p)
            break;
        if (out->n)
            rbuf_adds(out, " OR ", &rc);
        rbuf_addc(out, '"', &rc);
        for (; *p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r'; p++) {
            if (*p == '"')
                rbuf_addc(out, '"', &rc);
            rbuf_addc(out, *p, &rc);
        }
        rbuf_addc(out, '"', &rc);
    }
    rbuf_addc(out, 0, &rc);
    return rc;
}

rasd_status fts5_search(search_ctx *s, const char *query, const rasd_query_opts *o,
                        rasd_results *r)
{
    sqlite3_stmt *st = NULL;
    rbuf q = {0};
    rasd_status rc = fts5_query(query, &q);
    size_t k = o->limit ? o->limit : 10;
    if (rc)
        return rc;
    if (q.n <= 1) {
        rbuf_free(&q);
        return sql_fail(s->c, RASD_EPARSE, "the query has no words to search for");
    }
    if (sqlite3_prepare_v2(s->c->db, "SELECT rowid, -bm25(fts, 3.0, 1.0) FROM fts WHERE fts MATCH ? "
                                  "ORDER BY bm25(fts, 3.0, 1.0) LIMIT ?",
                           -1, &st, NULL) != SQLITE_OK) {
        rbuf_free(&q);
        return sql_sqlfail(s->c, "searching the FTS5 index (was the store built with --fts5?)");
    }
    sqlite3_bind_text(st, 1, q.p, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, (int64_t)k);
    while (!rc && sqlite3_step(st) == SQLITE_ROW)
        rc = results_add(r, s, sqlite3_column_int64(st, 0), sqlite3_column_double(st, 1));
    if (!rc && sqlite3_errcode(s->c->db) != SQLITE_DONE && sqlite3_errcode(s->c->db) != SQLITE_ROW &&
        sqlite3_errcode(s->c->db) != SQLITE_OK)
        rc = sql_sqlfail(s->c, "searching the FTS5 index");
    sqlite3_finalize(st);
    rbuf_free(&q);
    return rc;
}
