/* ckpt.c — the WAL's checkpoints of a writing store, on a thread of their own.
 *
 * A checkpoint copies the WAL's committed pages into the database file and syncs both files.
 * On the writer's connection SQLite runs one in the COMMIT that takes the WAL past 1,000 pages
 * (64 MB with the store's 64 KiB pages), and one when the store closes: the writer then waits
 * for two fdatasync() of tens of megabytes (0.2-0.4 s each measured on this machine's disk,
 * 10,000 SaudiNewsNet articles), and during an ingest the preparers wait for it once the
 * ring is full. Here a second connection, on its own thread, runs a PASSIVE checkpoint after
 * every commit (it never waits for the writer nor blocks it), so the writer's own
 * checkpoints find most pages copied and synced already, and the WAL still restarts from its
 * start when the writer's checkpoint has copied everything. What is stored, and when a batch
 * is safe, are the same: a checkpoint moves committed pages only, and a kill at any point
 * leaves the WAL and the file as SQLite recovers them. */
#include "store/ckpt.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

struct store_ckpt {
    pthread_t th;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int pending;               /* a commit since the last checkpoint began */
    int quit;
    char path[];
};

/* The checkpointer's own connection; NULL when it cannot have one (then it does nothing). */
static sqlite3 *ckpt_open(const char *path)
{
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) !=
            SQLITE_OK ||
        sqlite3_exec(db, "PRAGMA synchronous = NORMAL; SELECT count(*) FROM sqlite_schema",
                     NULL, NULL, NULL) != SQLITE_OK) {
        sqlite3_close(db);
        return NULL;
    }
    return db;
}

static void *ckpt_thread(void *arg)
{
    store_ckpt *c = arg;
    sqlite3 *db = ckpt_open(c->path);
    pthread_mutex_lock(&c->mu);
    for (;;) {
        while (!c->pending && !c->quit)
            pthread_cond_wait(&c->cv, &c->mu);
        if (c->quit)
            break;
        c->pending = 0;
        pthread_mutex_unlock(&c->mu);
        /* an error (SQLITE_BUSY: the writer's own checkpoint runs; a full disk) leaves the
         * pages in the WAL, for the next checkpoint */
        if (db)
            sqlite3_wal_checkpoint_v2(db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
        pthread_mutex_lock(&c->mu);
    }
    pthread_mutex_unlock(&c->mu);
    sqlite3_close(db);
    return NULL;
}

store_ckpt *ckpt_start(const char *path)
{
    size_t n = path ? strlen(path) : 0;
    store_ckpt *c = n ? calloc(1, sizeof *c + n + 1) : NULL;
    if (!c)
        return NULL;
    memcpy(c->path, path, n + 1);
    pthread_mutex_init(&c->mu, NULL);
    pthread_cond_init(&c->cv, NULL);
    if (pthread_create(&c->th, NULL, ckpt_thread, c) != 0) {
        pthread_mutex_destroy(&c->mu);
        pthread_cond_destroy(&c->cv);
        free(c);
        return NULL;
    }
    return c;
}

void ckpt_poke(store_ckpt *c)
{
    if (!c)
        return;
    pthread_mutex_lock(&c->mu);
    c->pending = 1;
    pthread_cond_signal(&c->cv);
    pthread_mutex_unlock(&c->mu);
}

void ckpt_stop(store_ckpt *c)
{
    if (!c)
        return;
    pthread_mutex_lock(&c->mu);
    c->quit = 1;
    pthread_cond_signal(&c->cv);
    pthread_mutex_unlock(&c->mu);
    pthread_join(c->th, NULL);
    pthread_mutex_destroy(&c->mu);
    pthread_cond_destroy(&c->cv);
    free(c);
}
