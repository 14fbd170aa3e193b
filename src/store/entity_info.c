/* entity_info.c — what an entity's page shows beyond its own rows (docs/SERVER.md): the
 * entities its articles also mention, and its mentions per publication day. Both read the
 * mentions table (live articles only: a replaced article's mentions go with it) through its
 * (entity, docid) index and its (docid, start) key. */
#include "store/store_int.h"

#include <stdio.h>

/* People first, then places, organisations, the rest; per_type of each (-1: all). */
static const char cooccur_sql[] =
    "WITH docs AS (SELECT DISTINCT docid FROM mentions WHERE entity = ?1),"
    " co AS (SELECT m.entity AS id, count(DISTINCT m.docid) AS arts, count(*) AS men"
    "        FROM docs d JOIN mentions m ON m.docid = d.docid WHERE m.entity <> ?1"
    "        GROUP BY m.entity),"
    " ranked AS (SELECT e.id, e.type, e.name, co.arts, co.men,"
    "        row_number() OVER (PARTITION BY e.type ORDER BY co.arts DESC, co.men DESC,"
    "                           e.id) AS r"
    "        FROM co JOIN entities e ON e.id = co.id)"
    " SELECT id, type, name, arts, men FROM ranked WHERE ?2 < 0 OR r <= ?2"
    " ORDER BY CASE type WHEN 'PER' THEN 0 WHEN 'LOC' THEN 1 WHEN 'ORG' THEN 2 ELSE 3 END,"
    " arts DESC, men DESC, id";

rasd_status rasd_store_entity_cooccurring(rasd_store *s, const char *id, size_t per_type,
                                          rasd_cooccurrence_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    int r;
    if (!s || !id || !fn)
        return RASD_EINVAL;
    if (sqlite3_prepare_v2(s->c.db, cooccur_sql, -1, &st, NULL) != SQLITE_OK)
        return store_sqlfail(s, "reading co-occurring entities");
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, per_type ? (int64_t)per_type : -1);
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        rasd_cooccurrence c = {sql_col(st, 0), sql_col(st, 1), sql_col(st, 2),
                               sqlite3_column_int64(st, 3), sqlite3_column_int64(st, 4)};
        if (fn(&c, ctx))
            break;
    }
    sqlite3_finalize(st);
    return r == SQLITE_ROW || r == SQLITE_DONE ? RASD_OK
                                               : store_sqlfail(s, "reading co-occurring entities");
}

rasd_status rasd_store_entity_days(rasd_store *s, const char *id, rasd_entity_day_fn fn,
                                   void *ctx)
{
    sqlite3_stmt *st;
    int r;
    if (!s || !id || !fn)
        return RASD_EINVAL;
    if (sqlite3_prepare_v2(s->c.db,
                           "SELECT a.day, count(*), count(DISTINCT m.docid) FROM mentions m "
                           "JOIN articles a ON a.docid = m.docid WHERE m.entity = ?1 "
                           "AND a.day > 0 GROUP BY a.day ORDER BY a.day", -1, &st,
                           NULL) != SQLITE_OK)
        return store_sqlfail(s, "reading mentions per day");
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t ymd = sqlite3_column_int64(st, 0);
        char day[16];
        snprintf(day, sizeof day, "%04d-%02d-%02d", (int)(ymd / 10000 % 10000),
                 (int)(ymd / 100 % 100), (int)(ymd % 100));
        rasd_entity_day d = {day, sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2)};
        if (fn(&d, ctx))
            break;
    }
    sqlite3_finalize(st);
    return r == SQLITE_ROW || r == SQLITE_DONE ? RASD_OK
                                               : store_sqlfail(s, "reading mentions per day");
}
