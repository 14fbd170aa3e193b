/* stream.c — GET /api/stream: Server-Sent Events announcing the articles and stories another
 * process ingests (docs/SERVER.md). One poller thread, with its own store handle, watches
 * SQLite's data version every STREAM_POLL_MS; when the newest article moves it resumes the
 * stream connections, which libmicrohttpd keeps suspended (MHD_suspend_connection) while they
 * have nothing to send. A resumed connection reads the new article versions through its
 * worker thread's store (rasd_store_changes, from its own cursor) and writes them as events;
 * the last event of each batch carries the cursor as its `id:`, so a client reconnecting
 * with Last-Event-ID (or ?after=) gets everything after it. Every keep-alive interval an
 * idle connection writes a comment, so a client that went away is noticed and closed. */
#include "serve.h"

#include <errno.h>
#include <microhttpd.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define STREAM_POLL_MS 200       /* how often the poller reads the data version */
#define STREAM_BATCH 100         /* article versions read per fill */

typedef struct stream_client {
    stream_hub *hub;
    server *sv;
    struct MHD_Connection *con;
    int64_t cursor;              /* the last article version sent */
    int64_t last_write;          /* CLOCK_MONOTONIC seconds of the last bytes out */
    int suspended;               /* under hub->lock */
    char *buf;                   /* bytes made but not yet sent: buf[off, len) */
    size_t len, off;
    struct stream_client *prev, *next;
} stream_client;

struct stream_hub {
    pthread_mutex_t lock;
    pthread_cond_t wake;
    stream_client *clients;      /* under lock */
    size_t n;
    int64_t head;                /* the newest article version the poller saw */
    int stopping;
    unsigned keepalive;          /* seconds */
    pthread_t poller;
    rasd_store *s;               /* the poller's own handle */
};

static int64_t mono_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec;
}

/* Resumes every suspended client (under h->lock); with `idle_only`, only those silent for a
 * keep-alive interval. */
static void resume_clients(stream_hub *h, int idle_only)
{
    int64_t now = mono_s();
    for (stream_client *c = h->clients; c; c = c->next) {
        if (!c->suspended || (idle_only && now - c->last_write < (int64_t)h->keepalive))
            continue;
        c->suspended = 0;
        MHD_resume_connection(c->con);
    }
}

static void *poll_loop(void *p)
{
    stream_hub *h = p;
    int64_t seen = -1, v, seq;
    pthread_mutex_lock(&h->lock);
    while (!h->stopping) {
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_nsec += STREAM_POLL_MS * 1000000L;
        if (until.tv_nsec >= 1000000000L) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&h->wake, &h->lock, &until);
        if (h->stopping)
            break;
        pthread_mutex_unlock(&h->lock);
        int moved = rasd_store_data_version(h->s, &v) == RASD_OK && v != seen &&
                    rasd_store_last_seq(h->s, &seq) == RASD_OK;
        if (moved)
            seen = v;
        pthread_mutex_lock(&h->lock);
        if (moved && seq > h->head) {
            h->head = seq;
            resume_clients(h, 0);
        } else {
            resume_clients(h, 1);
        }
    }
    resume_clients(h, 0);
    pthread_mutex_unlock(&h->lock);
    return NULL;
}

int stream_hub_start(stream_hub **out, server *sv, unsigned keepalive)
{
    stream_hub *h = calloc(1, sizeof *h);
    *out = NULL;
    if (!h)
        return -1;
    h->keepalive = keepalive ? keepalive : 15;
    if (rasd_store_open(&h->s, sv->e, sv->db, RASD_STORE_READONLY) != RASD_OK ||
        rasd_store_last_seq(h->s, &h->head) != RASD_OK) {
        rasd_store_close(h->s);
        free(h);
        return -1;
    }
    pthread_mutex_init(&h->lock, NULL);
    pthread_cond_init(&h->wake, NULL);
    if (pthread_create(&h->poller, NULL, poll_loop, h)) {
        pthread_cond_destroy(&h->wake);
        pthread_mutex_destroy(&h->lock);
        rasd_store_close(h->s);
        free(h);
        return -1;
    }
    *out = h;
    return 0;
}

void stream_hub_stop(stream_hub *h)
{
    if (!h)
        return;
    pthread_mutex_lock(&h->lock);
    h->stopping = 1;
    pthread_cond_signal(&h->wake);
    pthread_mutex_unlock(&h->lock);
    pthread_join(h->poller, NULL);
}

void stream_hub_free(stream_hub *h)
{
    if (!h)
        return;
    pthread_cond_destroy(&h->wake);
    pthread_mutex_destroy(&h->lock);
    rasd_store_close(h->s);
    free(h);
}

size_t stream_hub_clients(stream_hub *h)
{
    size_t n;
    if (!h)
        return 0;
    pthread_mutex_lock(&h->lock);
    n = h->n;
    pthread_mutex_unlock(&h->lock);
    return n;
}

/* ------------------------------------------------------------------- events */

typedef struct batch {
    FILE *f;
    int64_t last;                /* the last article version written */
    struct { int64_t id; size_t size; int is_new; } story[STREAM_BATCH];
    size_t nstory;
} batch;

static void add_story(batch *b, const rasd_change *c)
{
    for (size_t i = 0; i < b->nstory; i++)
        if (b->story[i].id == c->story) {
            b->story[i].size = c->story_size;
            return;
        }
    b->story[b->nstory].id = c->story;
    b->story[b->nstory].size = c->story_size;
    b->story[b->nstory].is_new = c->story_new;
    b->nstory++;
}

static int write_change(const rasd_change *c, void *ctx)
{
    batch *b = ctx;
    fprintf(b->f, "event: article\ndata: {\"type\":\"article\",\"seq\":%lld,\"id\":",
            (long long)c->seq);
    http_json_str(b->f, c->id);
    fputs(",\"title\":", b->f);
    http_json_str(b->f, c->title);
    fputs(",\"published\":", b->f);
    http_json_str(b->f, c->published);
    fputs(",\"source\":", b->f);
    http_json_str(b->f, c->source);
    if (c->story)
        fprintf(b->f, ",\"story\":%lld}\n\n", (long long)c->story);
    else
        fputs(",\"story\":null}\n\n", b->f);
    if (c->story)
        add_story(b, c);
    b->last = c->seq;
    return 0;
}

/* The story events of a batch: one per story its articles joined, `new` when the story
 * began in the batch (every article of it is after the cursor). */
static void write_stories(batch *b)
{
    for (size_t i = 0; i < b->nstory; i++)
        fprintf(b->f, "event: story\ndata: {\"type\":\"story\",\"id\":%lld,\"size\":%zu,"
                      "\"new\":%s}\n\n",
                (long long)b->story[i].id, b->story[i].size, b->story[i].is_new ? "true" : "false");
}

/* An alert match of one of the batch's article versions (rasd alert): its JSON as
 * `rasd alerts --json` writes it, with "type":"alert" first. */
static int write_alert(const rasd_alert_match *m, void *ctx)
{
    batch *b = ctx;
    char *json = NULL;
    if (rasd_alert_match_json(m, &json) == RASD_OK && json[0] == '{')
        fprintf(b->f, "event: alert\ndata: {\"type\":\"alert\",%s\n\n", json + 1);
    rasd_free(json);
    return 0;
}

/* Makes the client's next bytes: the events of the article versions after its cursor, the
 * last one with `id: CURSOR`. Returns 1 when there were some, 0 when none, -1 on failure. */
static int fill_events(stream_client *c)
{
    reply r = {0};
    rasd_store *s = serve_thread_store(c->sv, &r);
    batch *b = calloc(1, sizeof *b);
    int rc = -1;
    free(c->buf);
    c->buf = NULL;
    c->len = c->off = 0;
    if (!s || !b || !(b->f = open_memstream(&c->buf, &c->len))) {
        free(b);
        return -1;
    }
    b->last = c->cursor;
    if (rasd_store_changes(s, c->cursor, STREAM_BATCH, write_change, b) == RASD_OK) {
        write_stories(b);
        if (b->last > c->cursor &&
            rasd_store_alert_log_changes(s, c->cursor, b->last, write_alert, b) != RASD_OK)
            goto done;
        if (b->last > c->cursor) {                /* the batch's cursor on its last event */
            fflush(b->f);
            if (c->len >= 1)
                fseeko(b->f, (off_t)c->len - 1, SEEK_SET);
            fprintf(b->f, "id: %lld\n\n", (long long)b->last);
            c->cursor = b->last;
            rc = 1;
        } else {
            rc = 0;
        }
    }
done:
    fclose(b->f);
    free(b);
    return rc;
}

static void set_text(stream_client *c, const char *text)
{
    free(c->buf);
    c->buf = strdup(text);
    c->len = c->buf ? strlen(text) : 0;
    c->off = 0;
}

/* libmicrohttpd's content reader: sends what is made, else makes more, else suspends the
 * connection until the poller resumes it (returning 0 then is what MHD expects). */
static ssize_t stream_read(void *cls, uint64_t pos, char *out, size_t max)
{
    stream_client *c = cls;
    stream_hub *h = c->hub;
    (void)pos;
    for (;;) {
        if (c->off < c->len) {
            size_t n = c->len - c->off < max ? c->len - c->off : max;
            memcpy(out, c->buf + c->off, n);
            c->off += n;
            c->last_write = mono_s();
            return (ssize_t)n;
        }
        pthread_mutex_lock(&h->lock);
        int stopping = h->stopping;
        int64_t head = h->head;
        pthread_mutex_unlock(&h->lock);
        if (stopping)
            return MHD_CONTENT_READER_END_OF_STREAM;
        if (c->cursor < head) {
            int got = fill_events(c);
            if (got < 0)
                return MHD_CONTENT_READER_END_WITH_ERROR;
            if (got)
                continue;
            c->cursor = head;                 /* the versions up to head are gone (updated,
                                                 deleted): nothing to announce */
        }
        if (mono_s() - c->last_write >= (int64_t)h->keepalive) {
            set_text(c, ": keep-alive\n\n");
            if (!c->buf)
                return MHD_CONTENT_READER_END_WITH_ERROR;
            continue;
        }
        pthread_mutex_lock(&h->lock);
        if (h->stopping || h->head > c->cursor) {
            pthread_mutex_unlock(&h->lock);
            continue;
        }
        c->suspended = 1;
        MHD_suspend_connection(c->con);
        pthread_mutex_unlock(&h->lock);
        return 0;
    }
}

static void stream_free(void *cls)
{
    stream_client *c = cls;
    stream_hub *h = c->hub;
    pthread_mutex_lock(&h->lock);
    if (c->prev)
        c->prev->next = c->next;
    else
        h->clients = c->next;
    if (c->next)
        c->next->prev = c->prev;
    h->n--;
    pthread_mutex_unlock(&h->lock);
    free(c->buf);
    free(c);
}

/* Where a new client starts: Last-Event-ID (a reconnecting EventSource), else ?after=,
 * else the newest article version now. */
static int start_cursor(struct MHD_Connection *con, const http_target *t, rasd_store *s,
                        reply *r, int64_t *cursor)
{
    static const char *const known[] = {"after", NULL};
    const char *last = MHD_lookup_connection_value(con, MHD_HEADER_KIND, "Last-Event-ID");
    const char *after = http_get(t, "after"), *unknown = NULL;
    long v;
    if (!http_known_params(t, known, &unknown))
        return reply_error(r, 400, "bad_parameter", "unknown parameter '%s'", unknown);
    if (last && *last) {
        if (http_number(last, 0, 0x7fffffffffffffffL, &v))
            return reply_error(r, 400, "bad_parameter", "Last-Event-ID is not one this server gave");
        *cursor = v;
    } else if (after) {
        if (http_number(after, 0, 0x7fffffffffffffffL, &v))
            return reply_error(r, 400, "bad_parameter", "after is not one this server gave");
        *cursor = v;
    } else if (rasd_store_last_seq(s, cursor) != RASD_OK) {
        return reply_error(r, 500, "store_error", "%s", rasd_store_error(s));
    }
    return 0;
}

struct MHD_Response *stream_open(server *sv, struct MHD_Connection *con,
                                 const http_target *t, reply *r)
{
    stream_hub *h = sv->streams;
    rasd_store *s;
    stream_client *c;
    struct MHD_Response *resp;
    char hello[96];
    int64_t cursor = 0;
    if (!h) {
        reply_error(r, 503, "unavailable", "the stream is not running");
        return NULL;
    }
    if (!(s = serve_thread_store(sv, r)) || start_cursor(con, t, s, r, &cursor))
        return NULL;
    if (!(c = calloc(1, sizeof *c))) {
        reply_error(r, 500, "no_memory", "out of memory");
        return NULL;
    }
    c->hub = h;
    c->sv = sv;
    c->con = con;
    c->cursor = cursor;
    c->last_write = mono_s();
    /* The first event says where the stream starts, as the cursor to reconnect with. */
    snprintf(hello, sizeof hello, "retry: 3000\nevent: ready\ndata: {\"type\":\"ready\",\"seq\":%lld}\nid: %lld\n\n",
             (long long)cursor, (long long)cursor);
    set_text(c, hello);
    pthread_mutex_lock(&h->lock);
    if (h->n >= SERVE_MAX_STREAMS || h->stopping) {
        pthread_mutex_unlock(&h->lock);
        free(c->buf);
        free(c);
        reply_error(r, 503, "too_many_streams", "%d streams are open: try again later",
                    SERVE_MAX_STREAMS);
        return NULL;
    }
    c->next = h->clients;
    if (h->clients)
        h->clients->prev = c;
    h->clients = c;
    h->n++;
    pthread_mutex_unlock(&h->lock);
    if (!(resp = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 16 * 1024, stream_read, c,
                                                   stream_free))) {
        stream_free(c);
        reply_error(r, 500, "no_memory", "out of memory");
        return NULL;
    }
    return resp;
}
