/* serve.c — `rasd serve`: the HTTP server on libmicrohttpd (its internal thread pool), the
 * routes, the headers every response carries, bearer tokens, static files, SIGTERM. It uses
 * only rasd.h of the library; the endpoints are in serve/api.c. */
#include "serve.h"
#include "../cli/cli.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char usage_serve[] =
    "usage: rasd serve [--db FILE] [--listen HOST:PORT] [--token-file FILE] [--threads N]\n"
    "                  [--web DIR] [--keepalive SECONDS] [--request-ms MS]\n"
    "                  [--idle-timeout SECONDS]\n"
    "Serves the store over HTTP: the JSON API under /api/ (docs/SERVER.md) and the web page.\n"
    "--listen defaults to 127.0.0.1:8080; port 0 picks a free one. The bound URL is printed\n"
    "on standard output. An address other than loopback is used only when given here.\n"
    "Reads need no token; writes (POST /api/ingest) need \"Authorization: Bearer TOKEN\"\n"
    "with TOKEN the first line of --token-file: without it the server is read-only. A store\n"
    "on a read-only mount is served read-only. SIGTERM or SIGINT: finish the requests\n"
    "under way and exit. --keepalive: seconds between comments on an idle /api/stream\n"
    "(default 15); --request-ms: the computing time of one JSON request (default 5000);\n"
    "--idle-timeout: a connection that sends or takes nothing that long is closed (30).\n";

typedef struct serve_opts {
    cli_common c;
    const char *listen, *token_file, *web;
    size_t threads, keepalive, request_ms, idle_timeout;
} serve_opts;

static const cli_opt serve_own[] = {
    OPT_STR("--listen", serve_opts, listen),
    OPT_STR("--token-file", serve_opts, token_file),
    OPT_STR("--web", serve_opts, web),
    {"--threads", OPT_SIZE, offsetof(serve_opts, threads), 1, 64, NULL},
    {"--keepalive", OPT_SIZE, offsetof(serve_opts, keepalive), 1, 300, NULL},
    {"--request-ms", OPT_SIZE, offsetof(serve_opts, request_ms), 1, 600000, NULL},
    {"--idle-timeout", OPT_SIZE, offsetof(serve_opts, idle_timeout), 1, 3600, NULL},
    OPT_END,
};

/* ------------------------------------------------------------------ replies */

int reply_error(reply *r, int status, const char *error, const char *fmt, ...)
{
    va_list ap;
    r->status = status;
    r->error = error;
    va_start(ap, fmt);
    vsnprintf(r->detail, sizeof r->detail, fmt, ap);
    va_end(ap);
    return -1;
}

/* Every response: no sniffing, no referrer, no framing, scripts and styles from this
 * server's own files only (no inline script anywhere). */
static void security_headers(struct MHD_Response *resp)
{
    MHD_add_response_header(resp, "Content-Security-Policy",
                            "default-src 'self'; script-src 'self'; style-src 'self'; "
                            "img-src 'self' data:; connect-src 'self'; object-src 'none'; "
                            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(resp, "X-Frame-Options", "DENY");
}

static enum MHD_Result send_buf(struct MHD_Connection *con, int status, const char *type,
                                void *buf, size_t len, int api)
{
    struct MHD_Response *resp =
        MHD_create_response_from_buffer(len, buf, MHD_RESPMEM_MUST_FREE);
    enum MHD_Result ret;
    if (!resp) {
        free(buf);
        return MHD_NO;
    }
    security_headers(resp);
    MHD_add_response_header(resp, "Content-Type", type);
    if (api)
        MHD_add_response_header(resp, "Cache-Control", "no-store");
    if (status == 401)
        MHD_add_response_header(resp, "WWW-Authenticate", "Bearer realm=\"rasd\"");
    ret = MHD_queue_response(con, (unsigned)status, resp);
    MHD_destroy_response(resp);
    return ret;
}

/* Sends r: its body, or {"error","detail"} when it holds an error. */
static enum MHD_Result send_reply(struct MHD_Connection *con, reply *r)
{
    if (r->f)
        fclose(r->f);
    r->f = NULL;
    if (r->error) {
        FILE *f;
        free(r->buf);
        r->buf = NULL;
        if (!(f = open_memstream(&r->buf, &r->len)))
            return MHD_NO;
        fputs("{\"error\":", f);
        http_json_str(f, r->error);
        fputs(",\"detail\":", f);
        http_json_str(f, r->detail);
        fputs("}\n", f);
        fclose(f);
        r->type = "application/json";
    }
    return send_buf(con, r->status, r->type, r->buf, r->len, 1);
}

/* ------------------------------------------------------------------- routes */

typedef struct route {
    const char *method, *path;
    int prefix;                  /* 1: path is a prefix, the rest an id */
    int write;                   /* 1: needs the bearer token */
    api_fn fn;
} route;

static const route routes[] = {
    {"GET", "/api/search", 0, 0, api_search},
    {"GET", "/api/articles/", 1, 0, api_article},
    {"GET", "/api/entities", 0, 0, api_entities},
    {"GET", "/api/entities/", 1, 0, api_entity},
    {"GET", "/api/quotes", 0, 0, api_quotes},
    {"GET", "/api/events", 0, 0, api_events},
    {"GET", "/api/stats", 0, 0, api_stats},
    {"GET", "/api/health", 0, 0, api_health},
    {"GET", "/api/attention", 0, 0, api_attention},
    {"GET", "/api/top", 0, 0, api_top},
    {"GET", "/api/stories", 0, 0, api_stories},
    {"GET", "/api/stories/", 1, 0, api_story},
    {"POST", "/api/ingest", 0, 1, api_ingest},
};

/* The route of path, and whether another method would have matched (405). */
static const route *find_route(const char *method, const char *path, const char **rest,
                               int *other_method)
{
    *other_method = 0;
    for (size_t i = 0; i < sizeof routes / sizeof *routes; i++) {
        const route *ro = &routes[i];
        size_t n = strlen(ro->path);
        int hit = ro->prefix ? strncmp(path, ro->path, n) == 0 && path[n] && !strchr(path + n, '/')
                             : strcmp(path, ro->path) == 0;
        if (!hit)
            continue;
        if (strcmp(method, ro->method) != 0 &&
            !(strcmp(method, "HEAD") == 0 && strcmp(ro->method, "GET") == 0)) {
            *other_method = 1;
            continue;
        }
        *rest = path + n;
        return ro;
    }
    return NULL;
}

/* Whether the request carries "Authorization: Bearer <the token>". */
static int authorized(const server *sv, struct MHD_Connection *con)
{
    const char *h = MHD_lookup_connection_value(con, MHD_HEADER_KIND, "Authorization");
    if (!sv->token_len || !h || strncmp(h, "Bearer ", 7) != 0)
        return 0;
    return http_secret_equal(h + 7, strlen(h + 7), sv->token, sv->token_len);
}

static void close_store(void *p)
{
    rasd_store_close(p);
}

/* This worker thread's store handle, opened on its first request. */
rasd_store *serve_thread_store(server *sv, reply *r)
{
    rasd_store *s = pthread_getspecific(sv->store_key);
    rasd_status st;
    if (s)
        return s;
    if ((st = rasd_store_open(&s, sv->e, sv->db, RASD_STORE_READONLY)) != RASD_OK) {
        reply_error(r, 503, "store_unavailable", "%s",
                    s && rasd_store_error(s)[0] ? rasd_store_error(s) : rasd_strerror(st));
        rasd_store_close(s);
        return NULL;
    }
    pthread_setspecific(sv->store_key, s);
    return s;
}

/* ------------------------------------------------------------------- static */

static enum MHD_Result send_static(server *sv, struct MHD_Connection *con, const char *path)
{
    char name[512], full[4700];
    struct stat sb;
    char *buf;
    int fd;
    reply r = {0};
    r.type = "application/json";
    if (http_static_name(path, name, sizeof name)) {
        reply_error(&r, 404, "not_found", "no such page");
        return send_reply(con, &r);
    }
    snprintf(full, sizeof full, "%s/%s", sv->web, name);
    if (!sv->web[0] || (fd = open(full, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)) < 0) {
        reply_error(&r, 404, "not_found", "no such page");
        return send_reply(con, &r);
    }
    if (fstat(fd, &sb) || !S_ISREG(sb.st_mode) || sb.st_size > (off_t)SERVE_MAX_STATIC ||
        !(buf = malloc((size_t)sb.st_size + 1)) ||
        read(fd, buf, (size_t)sb.st_size) != (ssize_t)sb.st_size) {
        close(fd);
        reply_error(&r, 404, "not_found", "no such page");
        return send_reply(con, &r);
    }
    close(fd);
    return send_buf(con, 200, http_mime(name), buf, (size_t)sb.st_size, 0);
}

/* ------------------------------------------------------------------ requests */

/* One request's state, made when its URI arrives (uri_log) and freed when it completes. */
typedef struct request_state {
    http_target t;
    int status;                  /* non-zero: the target was refused with it */
    const char *why;
    char *body;
    size_t body_len, body_cap;
    int too_big;
    int started;                 /* the handler was called once (the request's headers) */
} request_state;

static void *uri_log(void *cls, const char *uri, struct MHD_Connection *con)
{
    request_state *rs = calloc(1, sizeof *rs);
    (void)cls;
    (void)con;
    if (rs)
        rs->status = http_parse_target(uri, strlen(uri), &rs->t, &rs->why);
    return rs;
}

static void completed(void *cls, struct MHD_Connection *con, void **req_cls,
                      enum MHD_RequestTerminationCode code)
{
    request_state *rs = *req_cls;
    (void)cls;
    (void)con;
    (void)code;
    if (rs) {
        free(rs->body);
        free(rs);
    }
    *req_cls = NULL;
}

/* Appends a piece of the body (the buffer doubles as it grows: a body comes in pieces of a
 * few kB); beyond SERVE_MAX_BODY it only notes that it was too big. */
static void take_body(request_state *rs, const char *data, size_t n)
{
    if (rs->too_big || rs->body_len + n > SERVE_MAX_BODY) {
        rs->too_big = 1;
        return;
    }
    if (rs->body_len + n + 1 > rs->body_cap) {
        size_t cap = rs->body_cap ? rs->body_cap : 64 * 1024;
        char *b;
        while (cap < rs->body_len + n + 1)
            cap *= 2;
        if (!(b = realloc(rs->body, cap))) {
            rs->too_big = 1;
            return;
        }
        rs->body = b;
        rs->body_cap = cap;
    }
    memcpy(rs->body + rs->body_len, data, n);
    rs->body_len += n;
    rs->body[rs->body_len] = '\0';
}

/* GET /api/stream: the response of serve/stream.c, or an error. */
static enum MHD_Result run_stream(server *sv, struct MHD_Connection *con, request_state *rs)
{
    reply r = {0};
    enum MHD_Result ret;
    struct MHD_Response *resp = stream_open(sv, con, &rs->t, &r);
    if (!resp)
        return send_reply(con, &r);
    security_headers(resp);
    MHD_add_response_header(resp, "Content-Type", "text/event-stream; charset=utf-8");
    MHD_add_response_header(resp, "Cache-Control", "no-store");
    ret = MHD_queue_response(con, 200, resp);
    MHD_destroy_response(resp);
    return ret;
}

/* Runs an endpoint within the request's time (its store statements stop at the deadline:
 * 503); an export (format=csv) and a write are not bounded so. */
static void run_bounded(server *sv, const route *ro, request_ctx *q, reply *r)
{
    const char *fmt = http_get(q->t, "format");
    int bounded = !ro->write && !(fmt && strcmp(fmt, "csv") == 0);
    if (bounded)
        rasd_store_set_deadline(q->s, sv->request_ms);
    ro->fn(q, r);
    if (bounded && rasd_store_timed_out(q->s)) {
        fflush(r->f);
        reply_error(r, 503, "timeout", "the request took over %u ms: narrow it down",
                    sv->request_ms);
    }
    if (bounded)
        rasd_store_set_deadline(q->s, 0);
}

/* Sends an export (format=csv) from the temporary file r->f: libmicrohttpd reads it in
 * pieces as the client takes them (a client that stops reading is closed after the idle
 * timeout), so the export never sits in memory. */
static enum MHD_Result send_file(struct MHD_Connection *con, reply *r)
{
    struct MHD_Response *resp;
    enum MHD_Result ret;
    struct stat sb;
    int fd = fflush(r->f) == 0 ? dup(fileno(r->f)) : -1;
    fclose(r->f);
    r->f = NULL;
    if (fd < 0)
        return MHD_NO;
    if (fstat(fd, &sb) || !(resp = MHD_create_response_from_fd((uint64_t)sb.st_size, fd))) {
        close(fd);
        return MHD_NO;
    }
    security_headers(resp);
    MHD_add_response_header(resp, "Content-Type", r->type);
    MHD_add_response_header(resp, "Cache-Control", "no-store");
    ret = MHD_queue_response(con, (unsigned)r->status, resp);
    MHD_destroy_response(resp);
    return ret;
}

static enum MHD_Result run_api(server *sv, struct MHD_Connection *con, request_state *rs,
                               const char *method)
{
    reply r = {0};
    const char *rest = "";
    int other;
    const route *ro = find_route(method, rs->t.path, &rest, &other);
    request_ctx q = {sv, NULL, &rs->t, rest, rs->body, rs->body_len};
    const char *format = http_get(&rs->t, "format");
    int export = ro && !ro->write && format && strcmp(format, "csv") == 0;
    if (strcmp(rs->t.path, "/api/stream") == 0 && strcmp(method, "GET") == 0)
        return run_stream(sv, con, rs);
    r.status = 200;
    r.type = "application/json";
    if (export && !(r.f = tmpfile()))
        export = 0;                            /* no writable temporary folder: in memory */
    if (!r.f && !(r.f = open_memstream(&r.buf, &r.len)))
        return MHD_NO;
    if (!ro)
        reply_error(&r, other ? 405 : 404, other ? "method_not_allowed" : "not_found",
                    "%s %s", method, other ? "is not allowed here" : "no such endpoint");
    else if (ro->write && !sv->token_len)
        reply_error(&r, 403, "read_only", "this server takes no writes (no --token-file)");
    else if (ro->write && !authorized(sv, con))
        reply_error(&r, 401, "unauthorized", "a write needs Authorization: Bearer TOKEN");
    else if (rs->too_big)
        reply_error(&r, 413, "too_large", "the body is over %u bytes", SERVE_MAX_BODY);
    else if ((q.s = serve_thread_store(sv, &r)) != NULL)
        run_bounded(sv, ro, &q, &r);
    if (export && !r.error)
        return send_file(con, &r);
    return send_reply(con, &r);                /* an export's error: its file is dropped */
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *con, const char *url,
                                  const char *method, const char *version,
                                  const char *upload, size_t *upload_size, void **req_cls)
{
    server *sv = cls;
    request_state *rs = *req_cls;
    (void)url;
    (void)version;
    if (!rs)
        return MHD_NO;
    if (!rs->started) {                   /* a body may follow: answer once it is all in. A
                                             response queued at the first call would also
                                             make libmicrohttpd close the connection after it
                                             (no keep-alive) */
        rs->started = 1;
        return MHD_YES;
    }
    if (*upload_size) {                   /* more of the body: keep it, answer at the end */
        take_body(rs, upload, *upload_size);
        *upload_size = 0;
        return MHD_YES;
    }
    if (rs->status) {
        reply r = {0};
        reply_error(&r, rs->status, "bad_request", "%s", rs->why);
        return send_reply(con, &r);
    }
    if (strncmp(rs->t.path, "/api/", 5) == 0 || strcmp(rs->t.path, "/api") == 0)
        return run_api(sv, con, rs, method);
    if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0) {
        reply r = {0};
        reply_error(&r, 405, "method_not_allowed", "%s is not allowed here", method);
        return send_reply(con, &r);
    }
    return send_static(sv, con, rs->t.path);
}

/* ------------------------------------------------------------------ startup */

/* HOST:PORT (IPv4) into *sa; -1 after a message when it cannot be read. */
static int parse_listen(const char *spec, struct sockaddr_in *sa)
{
    char host[64];
    const char *colon = strrchr(spec, ':');
    long port;
    memset(sa, 0, sizeof *sa);
    sa->sin_family = AF_INET;
    if (!colon || (size_t)(colon - spec) >= sizeof host ||
        http_number(colon + 1, 0, 65535, &port)) {
        fprintf(stderr, "rasd serve: --listen takes HOST:PORT, such as 127.0.0.1:8080\n");
        return -1;
    }
    memcpy(host, spec, (size_t)(colon - spec));
    host[colon - spec] = '\0';
    if (inet_pton(AF_INET, host, &sa->sin_addr) != 1) {
        fprintf(stderr, "rasd serve: '%s' is not an IPv4 address\n", host);
        return -1;
    }
    sa->sin_port = htons((uint16_t)port);
    return 0;
}

/* The first line of path as the token (at least 16 bytes); -1 after a message. */
static int read_token(const char *path, server *sv)
{
    FILE *f = fopen(path, "r");
    size_t n;
    if (!f || !fgets(sv->token, sizeof sv->token, f)) {
        fprintf(stderr, "rasd serve: cannot read the token file %s\n", path);
        if (f)
            fclose(f);
        return -1;
    }
    fclose(f);
    n = strcspn(sv->token, "\r\n");
    sv->token[n] = '\0';
    if (n < 16) {
        fprintf(stderr, "rasd serve: the token in %s is shorter than 16 bytes\n", path);
        return -1;
    }
    sv->token_len = n;
    return 0;
}

/* Checks that the store opens (read-only, as the workers will), saying why not. */
static int check_store(server *sv)
{
    rasd_store *s;
    rasd_status st = rasd_store_open(&s, sv->e, sv->db, RASD_STORE_READONLY);
    if (st)
        fprintf(stderr, "rasd serve: cannot open the store %s: %s\n", sv->db,
                s && rasd_store_error(s)[0] ? rasd_store_error(s) : rasd_strerror(st));
    rasd_store_close(s);
    return st ? -1 : 0;
}

static struct MHD_Daemon *start(server *sv, const struct sockaddr_in *sa, unsigned threads)
{
    return MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC | MHD_USE_ERROR_LOG |
            MHD_ALLOW_SUSPEND_RESUME,
        0, NULL, NULL, on_request, sv,
        MHD_OPTION_SOCK_ADDR, (const struct sockaddr *)sa,
        MHD_OPTION_THREAD_POOL_SIZE, threads,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)256,
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)64,
        MHD_OPTION_CONNECTION_TIMEOUT, sv->idle_timeout,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024),
        MHD_OPTION_URI_LOG_CALLBACK, uri_log, sv,
        MHD_OPTION_NOTIFY_COMPLETED, completed, sv,
        MHD_OPTION_END);
}

/* Waits for SIGTERM or SIGINT (blocked in every thread, taken here), then stops accepting
 * and lets the requests under way finish (up to 10 s) before stopping the daemon. */
static void wait_and_drain(server *sv, struct MHD_Daemon *d, const sigset_t *set)
{
    int sig;
    struct timespec tick = {0, 20 * 1000 * 1000};
    sigwait(set, &sig);
    MHD_quiesce_daemon(d);
    stream_hub_stop(sv->streams);          /* streams end (none stays suspended) */
    for (int i = 0; i < 500; i++) {
        const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
        if (!info || info->num_connections == 0)
            break;
        nanosleep(&tick, NULL);
    }
    MHD_stop_daemon(d);
}

static int serve(server *sv, const struct sockaddr_in *sa, unsigned threads)
{
    sigset_t set;
    struct MHD_Daemon *d;
    const union MHD_DaemonInfo *info;
    char host[INET_ADDRSTRLEN];
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);     /* the daemon's threads inherit the mask */
    signal(SIGPIPE, SIG_IGN);
    if (!(d = start(sv, sa, threads))) {
        fprintf(stderr, "rasd serve: cannot listen on that address: %s\n", strerror(errno));
        return 1;
    }
    info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    inet_ntop(AF_INET, &sa->sin_addr, host, sizeof host);
    printf("rasd serve: http://%s:%u/\n", host, info ? (unsigned)info->port : 0u);
    fflush(stdout);
    wait_and_drain(sv, d, &set);
    return 0;
}

int cmd_serve(int argc, char **argv)
{
    serve_opts o = {0};
    server sv = {0};
    struct sockaddr_in sa;
    int pr = parse_opts(argc, argv, usage_serve, serve_own, &o, &o.c), rc = 1;
    if (pr)
        return pr > 0 ? 0 : EXIT_USAGE;
    if (o.c.nargs || parse_listen(o.listen ? o.listen : "127.0.0.1:8080", &sa))
        return EXIT_USAGE;
    if ((ntohl(sa.sin_addr.s_addr) >> 24) != 127)
        fprintf(stderr, "rasd serve: listening beyond loopback, as --listen asks\n");
    if (o.token_file && read_token(o.token_file, &sv))
        return 1;
    if (open_engine(&o.c, &sv.e))
        return 1;
    sv.db = db_path(&o.c);
    if (o.web)
        snprintf(sv.web, sizeof sv.web, "%s", o.web);
    else if (rasd_data_dir(sv.e))
        snprintf(sv.web, sizeof sv.web, "%s/web", rasd_data_dir(sv.e));
    sv.request_ms = o.request_ms ? (unsigned)o.request_ms : 5000u;
    sv.idle_timeout = o.idle_timeout ? (unsigned)o.idle_timeout : 30u;
    if (rasd_data_dir(sv.e)) {
        char sw[4200];
        stopwords *words = NULL;
        snprintf(sw, sizeof sw, "%s/stopwords.tsv", rasd_data_dir(sv.e));
        if (stopwords_load(&words, sv.e, sw))
            fprintf(stderr, "rasd serve: no top words: cannot read %s\n", sw);
        sv.stopwords = words;
    }
    if (!check_store(&sv) && !pthread_key_create(&sv.store_key, close_store)) {
        pthread_mutex_init(&sv.write_lock, NULL);
        if (stream_hub_start(&sv.streams, &sv, (unsigned)o.keepalive))
            fprintf(stderr, "rasd serve: no /api/stream: cannot start its poller\n");
        rc = serve(&sv, &sa, o.threads ? (unsigned)o.threads : 4u);
        stream_hub_free(sv.streams);
        pthread_mutex_destroy(&sv.write_lock);
        pthread_key_delete(sv.store_key);
    }
    stopwords_free(sv.stopwords);
    rasd_engine_close(sv.e);
    return rc;
}
