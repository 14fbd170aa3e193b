/* test_sql.c — the statements kept on a connection (src/sql/: sql_get, sql_put): the same
 * statement again for the same SQL, reset and unbound; a nested use gets one of its own,
 * finalized when given back; nothing left unfinalized after sql_cache_free (sqlite3_close
 * refuses a connection with live statements). */
#include "check.h"
#include "sql/sql.h"

static const char add_one[] = "SELECT ?1 + 1";

/* Steps st once: its column, or -1 for NULL. */
static int value(sqlite3_stmt *st)
{
    if (sqlite3_step(st) != SQLITE_ROW)
        return -2;
    return sqlite3_column_type(st, 0) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 0);
}

int main(void)
{
    sqlconn c = {0};
    sqlite3_stmt *a, *b, *again;
    REQUIRE(sqlite3_open(":memory:", &c.db) == SQLITE_OK);
    REQUIRE((a = sql_get(&c, add_one)) != NULL);
    sqlite3_bind_int(a, 1, 41);
    CHECK(value(a) == 42);
    /* The same SQL while a is out (a nested call): a statement of its own, unbound. */
    REQUIRE((b = sql_get(&c, add_one)) != NULL);
    CHECK(b != a);
    CHECK(value(b) == -1);
    CHECK(c.ncache == 1);
    sql_put(&c, b);                   /* not kept: finalized */
    sql_put(&c, a);                   /* kept: reset, bindings cleared */
    CHECK(!sqlite3_stmt_busy(a));
    REQUIRE((again = sql_get(&c, add_one)) != NULL);
    CHECK(again == a);
    CHECK(value(again) == -1);        /* 41 is no longer bound */
    sqlite3_reset(again);
    sqlite3_bind_int(again, 1, 1);
    CHECK(value(again) == 2);
    sql_put(&c, again);
    /* A failing statement: NULL, and the reason kept on the connection. */
    CHECK(sql_get(&c, "SELECT * FROM no_such_table") == NULL);
    CHECK(strstr(c.err, "no_such_table") != NULL);
    CHECK(c.ncache == 1);
    sql_put(&c, NULL);
    sql_cache_free(&c);
    CHECK(c.ncache == 0);
    CHECK(sqlite3_close(c.db) == SQLITE_OK);   /* SQLITE_BUSY if a statement were left */
    return check_done("test_sql");
}
