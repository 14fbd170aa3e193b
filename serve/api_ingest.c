/* api_ingest.c — POST /api/ingest: a body of JSON Lines ({id, text, title, published,
 * source, url, author} a line) added through rasd_ingest, as `rasd ingest` adds a file. */
#include "serve.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define INGEST_ERRORS 20   /* problems reported back, the rest only counted */

typedef struct ingest_out {
    FILE *f;
    size_t n;
} ingest_out;

static void on_problem(const char *message, void *ctx)
{
    ingest_out *o = ctx;
    const char *colon = strstr(message, ".jsonl:");
    if (o->n++ >= INGEST_ERRORS)
        return;
    if (o->n > 1)
        putc(',', o->f);
    http_json_str(o->f, colon ? colon + 6 : message);    /* "line: reason", not the temp path */
}

/* Writes the body to a new temporary .jsonl file; its name into path. */
static int spill(const request_ctx *q, char *path, size_t cap)
{
    const char *tmp = getenv("TMPDIR");
    int fd;
    snprintf(path, cap, "%s/rasd-ingest-XXXXXX.jsonl", tmp && *tmp ? tmp : "/tmp");
    if ((fd = mkstemps(path, 6)) < 0)
        return -1;
    if (write(fd, q->body, q->body_len) != (ssize_t)q->body_len) {
        close(fd);
        unlink(path);
        return -1;
    }
    close(fd);
    return 0;
}

int api_ingest(const request_ctx *q, reply *r)
{
    char path[4096];
    const char *paths[1] = {path};
    rasd_store *w = NULL;
    rasd_ingest_stats st = {0};
    rasd_ingest_opts o = {0};
    ingest_out out = {r->f, 0};
    rasd_status rc;
    if (!q->body_len)
        return reply_error(r, 400, "bad_request", "the body is empty: send JSON Lines");
    if (spill(q, path, sizeof path))
        return reply_error(r, 500, "io_error", "cannot keep the body in a temporary file");
    pthread_mutex_lock(&q->sv->write_lock);
    rc = rasd_store_open(&w, rasd_store_engine(q->s), q->sv->db, 0);
    if (rc == RASD_OK) {
        o.threads = 1;
        o.on_error = on_problem;
        o.ctx = &out;
        fputs("{\"problems\":[", r->f);
        rc = rasd_ingest(w, paths, 1, &o, &st);
    }
    if (rc != RASD_OK && !out.n && w && rasd_store_error(w)[0])
        reply_error(r, 503, "store_unavailable", "%s", rasd_store_error(w));
    else if (rc != RASD_OK)
        reply_error(r, 503, "store_unavailable", "%s", rasd_strerror(rc));
    rasd_store_close(w);
    pthread_mutex_unlock(&q->sv->write_lock);
    unlink(path);
    if (rc)
        return -1;
    fprintf(r->f, "],\"added\":%zu,\"updated\":%zu,\"unchanged\":%zu,\"rejected\":%zu}\n",
            st.added, st.updated, st.unchanged, st.rejected);
    return 0;
}
