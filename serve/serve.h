/* serve.h — what the server's files share (serve/serve.c: the daemon; serve/api.c: the
 * endpoints). Like the CLI, the server uses only rasd.h of the library. */
#ifndef RASD_SERVE_H
#define RASD_SERVE_H

#include "http.h"
#include "rasd.h"

#include <pthread.h>
#include <stdio.h>

/* Limits (docs/SERVER.md). */
#define SERVE_MAX_QUERY 512          /* bytes of a search query or a name */
#define SERVE_MAX_LIMIT 200          /* items of one page */
#define SERVE_MAX_OFFSET 10000       /* how deep a cursor may page */
#define SERVE_MAX_BODY (16u << 20)   /* bytes of a POST /api/ingest body */
#define SERVE_MAX_STATIC (4u << 20)  /* bytes of a static file */
#define SERVE_MAX_STREAMS 32         /* open GET /api/stream connections */

typedef struct stream_hub stream_hub;
typedef struct stopwords stopwords;

/* The server: read-only once started, shared by the worker threads, but for the lock
 * that makes writes take turns. */
typedef struct server {
    rasd_engine *e;              /* shared read-only by every worker */
    const char *db;
    char token[256];             /* the bearer token; writes refused when token_len is 0 */
    size_t token_len;
    char web[4096];              /* the folder of the web page ("" none) */
    pthread_key_t store_key;     /* each worker thread's own read-only store handle */
    pthread_mutex_t write_lock;  /* one POST /api/ingest at a time in this process */
    unsigned request_ms;         /* the computing time of one JSON request */
    unsigned idle_timeout;       /* seconds a connection may send or take nothing */
    stopwords *stopwords;        /* of GET /api/top?what=words (serve/words.c) */
    stream_hub *streams;         /* GET /api/stream's poller and clients (serve/stream.c) */
} server;

/* One response in the making: handlers write JSON (or CSV) into f, or set an error. */
typedef struct reply {
    FILE *f;                     /* open_memstream over buf */
    char *buf;
    size_t len;
    int status;                  /* 200 unless an error was set */
    const char *type;            /* Content-Type; JSON by default */
    const char *error;           /* short error code ("bad_parameter"); NULL: none */
    char detail[512];
} reply;

/* Sets an error (status, short code, detail in printf form); returns -1. */
int reply_error(reply *r, int status, const char *error, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* One request: the parsed target, the tail of the path after the route's prefix (an
 * article or entity id), the body of a POST, the thread's store. */
typedef struct request_ctx {
    server *sv;
    rasd_store *s;
    const http_target *t;
    const char *rest;
    const char *body;
    size_t body_len;
} request_ctx;

typedef int (*api_fn)(const request_ctx *q, reply *r);

/* The endpoints (serve/api.c, serve/api_ingest.c, serve/api_attention.c). */
int api_search(const request_ctx *q, reply *r);
int api_article(const request_ctx *q, reply *r);
int api_entities(const request_ctx *q, reply *r);
int api_entity(const request_ctx *q, reply *r);
int api_quotes(const request_ctx *q, reply *r);
int api_events(const request_ctx *q, reply *r);
int api_stats(const request_ctx *q, reply *r);
int api_health(const request_ctx *q, reply *r);
int api_ingest(const request_ctx *q, reply *r);
int api_attention(const request_ctx *q, reply *r);
int api_top(const request_ctx *q, reply *r);
int api_stories(const request_ctx *q, reply *r);
int api_story(const request_ctx *q, reply *r);

/* This worker thread's store handle, opened on its first request (owned by the thread);
 * NULL with an error in r when it cannot be opened. */
rasd_store *serve_thread_store(server *sv, reply *r);

/* GET /api/stream (serve/stream.c). stream_hub_start starts the poller thread with its own
 * store handle (keepalive: seconds between comments on an idle stream; 0: 15); -1 when it
 * cannot. stream_hub_stop ends every stream and the poller, before the daemon stops;
 * stream_hub_free frees the hub (NULL: no-op). stream_open makes the response of one stream
 * (owned by the caller, who queues and destroys it), or NULL with an error in r. */
/* The stop words of path (data/stopwords.tsv), through e's analysis: their normalised forms
 * and stems, into *out (owned by the caller: stopwords_free); -1 when none can be read. */
int stopwords_load(stopwords **out, const rasd_engine *e, const char *path);
void stopwords_free(stopwords *sw);
/* GET /api/top?what=words&q=QUERY (serve/words.c). */
int api_top_words(const request_ctx *q, reply *r, const char *query);

struct MHD_Connection;
struct MHD_Response;
int stream_hub_start(stream_hub **out, server *sv, unsigned keepalive);
void stream_hub_stop(stream_hub *h);
void stream_hub_free(stream_hub *h);
size_t stream_hub_clients(stream_hub *h);
struct MHD_Response *stream_open(server *sv, struct MHD_Connection *con,
                                 const http_target *t, reply *r);

#endif
