/* load.c: times and counts dedup's load of a store's LSH band and passage keys, as
 * src/store/dedup.c's load_keys does it, with whichever src/dedup/map.c it is linked with
 * (bench/load67/run_load.sh builds it against the map before and after load67). Opens the
 * store read-only (immutable): usable on a store nobody may write to. */
#include "dedup/dedup.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static void load_keys(sqlite3 *db, const char *q, dedup_map *m, size_t width, size_t limit)
{
    sqlite3_stmt *st;
    sqlite3_prepare_v2(db, q, -1, &st, NULL);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const unsigned char *b = sqlite3_column_blob(st, 1);
        size_t n = (size_t)sqlite3_column_bytes(st, 1) / width;
        uint32_t doc = (uint32_t)sqlite3_column_int64(st, 0);
        for (size_t i = 0; i < n; i++) {
            uint64_t key8;
            uint32_t key4;
            if (width == 8)
                memcpy(&key8, b + width * i, 8), key4 = (uint32_t)key8;
            else
                memcpy(&key4, b + width * i, 4);
            dedup_map_add(m, key4, doc, limit);
        }
    }
    sqlite3_finalize(st);
}

/* A digest of what the maps answer: for every key read, the docids get() gives, summed in
 * an order-free way, and their count; equal before and after means the same multimap. */
typedef struct sum { uint64_t h, n; } sum;
static void add_doc(void *p, uint32_t doc)
{
    sum *s = p;
    s->h += (uint64_t)(doc + 1) * 0x9E3779B97F4A7C15u;
    s->n++;
}

static void digest(sqlite3 *db, const char *q, const dedup_map *m, size_t width, sum *s)
{
    sqlite3_stmt *st;
    sqlite3_prepare_v2(db, q, -1, &st, NULL);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const unsigned char *b = sqlite3_column_blob(st, 1);
        size_t n = (size_t)sqlite3_column_bytes(st, 1) / width;
        for (size_t i = 0; i < n; i++) {
            uint32_t key4;
            memcpy(&key4, b + width * i, 4);    /* little-endian: the low 32 bits */
            s->h += 31 * dedup_map_get(m, key4, add_doc, s);
        }
    }
    sqlite3_finalize(st);
}

int main(int argc, char **argv)
{
    sqlite3 *db;
    char uri[1024];
    dedup_map bands = {0}, pas = {0};
    const char *qb = "SELECT docid, bands FROM lsh ORDER BY docid";
    const char *qp = "SELECT docid, keys FROM passages ORDER BY docid";
    double t0, t1, t2;
    if (argc < 2)
        return 2;
    snprintf(uri, sizeof uri, "file:%s?immutable=1", argv[1]);
    if (sqlite3_open_v2(uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
        return 1;
    t0 = now();
    load_keys(db, qb, &bands, 8, 256);
    t1 = now();
    load_keys(db, qp, &pas, 4, 32);
    t2 = now();
    printf("load: bands %.2f s, passages %.2f s; entries %zu + %zu\n", t1 - t0, t2 - t1,
           bands.n, pas.n);
    if (argc > 2) {
        sum sb = {0, 0}, sp = {0, 0};
        digest(db, qb, &bands, 8, &sb);
        digest(db, qp, &pas, 4, &sp);
        printf("digest: bands %016llx/%llu passages %016llx/%llu\n", (unsigned long long)sb.h,
               (unsigned long long)sb.n, (unsigned long long)sp.h, (unsigned long long)sp.n);
    }
    dedup_map_free(&bands);
    dedup_map_free(&pas);
    sqlite3_close(db);
    return 0;
}
