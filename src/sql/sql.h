/* sql.h — one SQLite connection with the last error's detail, and the helpers every folder
 * that speaks SQL shares (src/search/ for the index, src/store/ for the rest). Below both in
 * the pipeline: it knows no table. Never included by front ends. */
#ifndef RASD_SQL_H
#define RASD_SQL_H

#include "core/internal.h"
#include <sqlite3.h>

/* Statements kept prepared on a connection, by the address of their SQL (sql_get). */
#define SQL_CACHE 48
typedef struct sql_cached {
    const char *sql;           /* static text: the key is its address */
    sqlite3_stmt *st;
    int busy;                  /* handed out by sql_get, not yet given back */
} sql_cached;

/* A connection and its last error's detail ("" when none), like sqlite3_errmsg, and the
 * statements kept prepared on it. */
typedef struct sqlconn {
    sqlite3 *db;
    char err[512];
    sql_cached cache[SQL_CACHE];
    size_t ncache;
} sqlconn;

/* Sets c->err from a format and returns st. */
rasd_status sql_fail(sqlconn *c, rasd_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The SQLite error of c->db as a rasd status (ENOMEM, EDATA for a damaged or foreign file,
 * else EIO), with context in c->err. */
rasd_status sql_sqlfail(sqlconn *c, const char *what);
/* Runs SQL without results. */
rasd_status sql_exec(sqlconn *c, const char *sql);
/* Prepares the n statements sql[] into out[] (persistent); fails on the first that fails. */
rasd_status sql_prepare(sqlconn *c, const char *const *sql, size_t n, sqlite3_stmt **out);
/* Prepares (persistent) into *out a statement of n rows: head, then row n times separated
 * by commas, then tail (NULL: none), for the writer's multi-row INSERTs. RASD_ENOMEM, or the
 * SQLite error as sql_sqlfail(c, what) gives it; *out is NULL then. */
rasd_status sql_prepare_rows(sqlconn *c, const char *head, const char *row, size_t n,
                             const char *tail, const char *what, sqlite3_stmt **out);
/* Finalizes the n statements of st[] (NULL ones too) and sets them to NULL. */
void sql_finalize(sqlite3_stmt **st, size_t n);
/* A prepared statement for sql, which must be a string with static storage (a literal: the
 * cache is keyed by its address, never by its text): the one kept on c for it, ready to
 * bind (reset, no bindings), prepared on its first use. A nested call for the same sql while
 * it is out, or a full cache, gets a statement of its own. NULL on failure (c->err says
 * why). Give it back with sql_put (the caller owns it until then). */
sqlite3_stmt *sql_get(sqlconn *c, const char *sql);
/* Gives back a statement of sql_get (NULL: nothing): reset and unbound when kept (so it
 * holds no read transaction), else finalized. */
void sql_put(sqlconn *c, sqlite3_stmt *st);
/* Finalizes the kept statements; before closing c->db. */
void sql_cache_free(sqlconn *c);
/* Steps a prepared statement once and resets it: 1 when it ran (a row or done), else 0. */
int sql_step(sqlite3_stmt *st);
/* Binds v as text at i, or NULL when v is NULL (static: v must outlive the step). */
void sql_bind_opt(sqlite3_stmt *st, int i, const char *v);
/* Column i as text, NULL for SQL NULL (memory of the statement's row). */
const char *sql_col(sqlite3_stmt *st, int i);

#endif
