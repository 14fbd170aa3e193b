/*
 * bench/ir/anchor_ir_fts5.c — search anchor: SQLite FTS5 with its default unicode61 tokenizer.
 *
 * Index: DIR/fts5.db, created anew, in WAL mode with synchronous=NORMAL (as rasd's store),
 * holding one table
 *     CREATE VIRTUAL TABLE t USING fts5(title, text, id UNINDEXED,
 *                                       tokenize = 'unicode61 remove_diacritics 2')
 * filled by one prepared INSERT, one transaction per 2,000 documents; FTS5's own merging
 * (automerge, crisismerge) left at its defaults, no 'optimize'. Closing the database (which
 * checkpoints the WAL) is part of the timed work.
 *
 * Search: the query cut at white space into words, each a quoted FTS5 string ("" for a
 * quote inside), joined with OR — so no word is read as syntax; a word that the tokenizer
 * splits (حمزة) becomes a phrase, as FTS5 does for any quoted string. Ranking:
 *     SELECT id, bm25(t, 2.0, 1.0) FROM t WHERE t MATCH ?
 *     ORDER BY bm25(t, 2.0, 1.0) LIMIT k
 * (title weighted 2, text 1; the run file's score is -bm25, so higher is better).
 * Commands and output: see bench/ir/ir.h.
 *
 * usage: anchor_ir_fts5 index DOCS.bin DIR | run DIR QUERIES.tsv K OUT.run
 *                      | latency DIR QUERIES.tsv
 */
#define _POSIX_C_SOURCE 200809L
#include "ir.h"

#include <sqlite3.h>
#include <unistd.h>

#define FTS5_BATCH 2000
#define DB_NAME "fts5.db"

static const char *const SCHEMA =
    "PRAGMA journal_mode = WAL;"
    "PRAGMA synchronous = NORMAL;"
    "CREATE VIRTUAL TABLE t USING fts5(title, text, id UNINDEXED,"
    " tokenize = 'unicode61 remove_diacritics 2');";
static const char *const INSERT = "INSERT INTO t(title, text, id) VALUES (?1, ?2, ?3)";
static const char *const QUERY =
    "SELECT id, bm25(t, 2.0, 1.0) FROM t WHERE t MATCH ?1 ORDER BY bm25(t, 2.0, 1.0) LIMIT ?2";

typedef struct fts5 {
    sqlite3 *db;
    sqlite3_stmt *query;
    char *match;       /* the MATCH expression of the current query */
    size_t match_cap;
} fts5;

static int fail(sqlite3 *db, const char *what)
{
    fprintf(stderr, "fts5: %s: %s\n", what, db != NULL ? sqlite3_errmsg(db) : "out of memory");
    return 1;
}

/* DIR/fts5.db in path (cap bytes); removes the old database and its WAL when remove is set. */
static int db_path(char *path, size_t cap, const char *dir, int remove)
{
    static const char *const suffixes[] = {"", "-wal", "-shm"};
    if ((size_t)snprintf(path, cap, "%s/%s", dir, DB_NAME) >= cap) {
        fprintf(stderr, "fts5: path too long: %s\n", dir);
        return 1;
    }
    for (size_t i = 0; remove && i < sizeof suffixes / sizeof suffixes[0]; i++) {
        char old[4096];
        snprintf(old, sizeof old, "%s%s", path, suffixes[i]);
        if (unlink(old) != 0 && errno != ENOENT) {
            fprintf(stderr, "fts5: %s: %s\n", old, strerror(errno));
            return 1;
        }
    }
    return 0;
}

static int insert_doc(sqlite3_stmt *ins, const ir_doc *d)
{
    sqlite3_bind_text(ins, 1, d->title, (int)d->title_len, SQLITE_STATIC);
    sqlite3_bind_text(ins, 2, d->text, (int)d->text_len, SQLITE_STATIC);
    sqlite3_bind_text(ins, 3, d->id, (int)d->id_len, SQLITE_STATIC);
    int rc = sqlite3_step(ins);
    sqlite3_reset(ins);
    return rc != SQLITE_DONE;
}

/* Inserts every document, committing every FTS5_BATCH. */
static int insert_all(sqlite3 *db, ir_docs *docs)
{
    sqlite3_stmt *ins = NULL;
    ir_doc d;
    long in_batch = 0;
    int got, rc = 0;
    if (sqlite3_prepare_v2(db, INSERT, -1, &ins, NULL) != SQLITE_OK)
        return fail(db, "prepare insert");
    while (rc == 0 && (got = ir_docs_next(docs, &d)) > 0) {
        if (in_batch == 0 && sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
            rc = fail(db, "begin");
        else if (insert_doc(ins, &d) != 0)
            rc = fail(db, "insert");
        else if (++in_batch == FTS5_BATCH) {
            in_batch = 0;
            if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
                rc = fail(db, "commit");
        }
    }
    if (rc == 0 && got < 0)
        rc = 1;
    if (rc == 0 && in_batch > 0 && sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
        rc = fail(db, "commit");
    sqlite3_finalize(ins);
    return rc;
}

static int index_docs(void *ctx, ir_docs *docs, const char *dir)
{
    char path[4096];
    sqlite3 *db = NULL;
    int rc;
    (void)ctx;
    if (db_path(path, sizeof path, dir, 1) != 0)
        return 1;
    if (sqlite3_open(path, &db) != SQLITE_OK)
        rc = fail(db, path);
    else if (sqlite3_exec(db, SCHEMA, NULL, NULL, NULL) != SQLITE_OK)
        rc = fail(db, "schema");
    else
        rc = insert_all(db, docs);
    if (sqlite3_close(db) != SQLITE_OK)
        rc = fail(db, "close");
    return rc;
}

static void close_index(void *handle)
{
    fts5 *f = (fts5 *)handle;
    sqlite3_finalize(f->query);
    sqlite3_close(f->db);
    free(f->match);
    free(f);
}

static void *open_index(void *ctx, const char *dir)
{
    char path[4096];
    fts5 *f;
    (void)ctx;
    if (db_path(path, sizeof path, dir, 0) != 0 || (f = (fts5 *)calloc(1, sizeof *f)) == NULL)
        return NULL;
    if (sqlite3_open_v2(path, &f->db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
        fail(f->db, path);
    else if (sqlite3_prepare_v2(f->db, QUERY, -1, &f->query, NULL) != SQLITE_OK)
        fail(f->db, "prepare query");
    else
        return f;
    close_index(f);
    return NULL;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Writes the MATCH expression for query into f->match: "w1" OR "w2" OR …; "" when the query
 * has no words. Returns 1 when out of memory. */
static int build_match(fts5 *f, const char *query)
{
    size_t need = 5 * strlen(query) + 8, len = 0; /* at most 4 bytes out per byte in, + 4 */
    if (need > f->match_cap) {
        char *m = (char *)realloc(f->match, need);
        if (m == NULL)
            return 1;
        f->match = m;
        f->match_cap = need;
    }
    for (const char *p = query; *p != '\0';) {
        while (is_space(*p))
            p++;
        if (*p == '\0')
            break;
        len += (size_t)sprintf(f->match + len, len > 0 ? " OR \"" : "\"");
        for (; *p != '\0' && !is_space(*p); p++) {
            if (*p == '"')
                f->match[len++] = '"';
            f->match[len++] = *p;
        }
        f->match[len++] = '"';
    }
    f->match[len] = '\0';
    return 0;
}

static int search(void *handle, const char *query, size_t k, ir_hits *hits)
{
    fts5 *f = (fts5 *)handle;
    int rc;
    if (build_match(f, query) != 0)
        return 1;
    if (f->match[0] == '\0')
        return 0;
    sqlite3_bind_text(f->query, 1, f->match, -1, SQLITE_STATIC);
    sqlite3_bind_int64(f->query, 2, (sqlite3_int64)k);
    while ((rc = sqlite3_step(f->query)) == SQLITE_ROW) {
        const char *id = (const char *)sqlite3_column_text(f->query, 0);
        if (ir_hits_add(hits, id, (size_t)sqlite3_column_bytes(f->query, 0),
                        -sqlite3_column_double(f->query, 1)) != 0) {
            rc = SQLITE_NOMEM;
            break;
        }
    }
    sqlite3_reset(f->query);
    return rc == SQLITE_DONE ? 0 : fail(f->db, "query");
}

int main(int argc, char **argv)
{
    const ir_engine engine = {"fts5", NULL, index_docs, open_index, search, close_index};
    return ir_main(&engine, argc, argv);
}
