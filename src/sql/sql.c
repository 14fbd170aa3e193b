/* sql.c — the SQLite helpers of sql.h. */
#include "sql/sql.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

rasd_status sql_fail(sqlconn *c, rasd_status st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err, sizeof c->err, fmt, ap);
    va_end(ap);
    return st;
}

rasd_status sql_sqlfail(sqlconn *c, const char *what)
{
    int code = sqlite3_errcode(c->db);
    rasd_status st = code == SQLITE_NOMEM ? RASD_ENOMEM
                     : code == SQLITE_CORRUPT || code == SQLITE_NOTADB ? RASD_EDATA
                                                                       : RASD_EIO;
    return sql_fail(c, st, "%s: %s", what, sqlite3_errmsg(c->db));
}

rasd_status sql_exec(sqlconn *c, const char *sql)
{
    return sqlite3_exec(c->db, sql, NULL, NULL, NULL) == SQLITE_OK ? RASD_OK
                                                                   : sql_sqlfail(c, sql);
}

rasd_status sql_prepare(sqlconn *c, const char *const *sql, size_t n, sqlite3_stmt **out)
{
    for (size_t i = 0; i < n; i++)
        if (sqlite3_prepare_v3(c->db, sql[i], -1, SQLITE_PREPARE_PERSISTENT, &out[i], NULL) !=
            SQLITE_OK)
            return sql_sqlfail(c, sql[i]);
    return RASD_OK;
}

rasd_status sql_prepare_rows(sqlconn *c, const char *head, const char *row, size_t n,
                             const char *tail, const char *what, sqlite3_stmt **out)
{
    rasd_status rc = RASD_OK;
    rbuf sql = {0};
    *out = NULL;
    rbuf_add(&sql, head, strlen(head), &rc);
    for (size_t i = 0; i < n; i++) {
        if (i)
            rbuf_addc(&sql, ',', &rc);
        rbuf_add(&sql, row, strlen(row), &rc);
    }
    if (tail)
        rbuf_add(&sql, tail, strlen(tail), &rc);
    if (!rc && sqlite3_prepare_v3(c->db, sql.p, (int)sql.n, SQLITE_PREPARE_PERSISTENT, out,
                                  NULL) != SQLITE_OK)
        rc = sql_sqlfail(c, what);
    rbuf_free(&sql);
    return rc;
}

void sql_finalize(sqlite3_stmt **st, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        sqlite3_finalize(st[i]);
        st[i] = NULL;
    }
}

int sql_step(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

void sql_bind_opt(sqlite3_stmt *st, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

const char *sql_col(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

sqlite3_stmt *sql_get(sqlconn *c, const char *sql)
{
    sqlite3_stmt *st = NULL;
    size_t i = 0;
    while (i < c->ncache && c->cache[i].sql != sql)
        i++;
    if (i < c->ncache && !c->cache[i].busy) {
        c->cache[i].busy = 1;
        return c->cache[i].st;
    }
    if (sqlite3_prepare_v3(c->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK) {
        sql_sqlfail(c, "preparing a statement");
        sqlite3_finalize(st);
        return NULL;
    }
    if (i == c->ncache && i < SQL_CACHE)
        c->cache[c->ncache++] = (sql_cached){sql, st, 1};
    return st;
}

void sql_put(sqlconn *c, sqlite3_stmt *st)
{
    for (size_t i = 0; st && i < c->ncache; i++)
        if (c->cache[i].st == st) {
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
            c->cache[i].busy = 0;
            return;
        }
    sqlite3_finalize(st);
}

void sql_cache_free(sqlconn *c)
{
    for (size_t i = 0; i < c->ncache; i++)
        sqlite3_finalize(c->cache[i].st);
    c->ncache = 0;
}
