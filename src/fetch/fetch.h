/* fetch.h — a polite HTTP fetcher over libcurl's multi interface (src/fetch/, docs/WATCH.md).
 *
 * Requests are queued per host (scheme, name and port) and started when the host allows it:
 * at most host_conns at once, at most host_rate starts in any second (and at least
 * 1/host_rate seconds apart, or the robots.txt Crawl-delay when longer), after the host's
 * robots.txt was fetched and parsed (cached for the fetcher's life) and only for the paths
 * it allows to "rasd". Redirects are followed by the fetcher itself, not by curl, so each
 * hop goes through the same queue, limits and robots rules. Bodies are decoded (gzip,
 * deflate) and refused past max_bytes. Only http and https.
 *
 * One thread at a time; the callbacks run inside fetch_step. */
#ifndef RASD_FETCH_H
#define RASD_FETCH_H

#include "rasd.h"

#include <stddef.h>

typedef struct fetch_opts {
    long connect_timeout_ms;  /* 0: 10,000 */
    long timeout_ms;          /* the whole transfer; 0: 30,000 */
    size_t max_bytes;         /* decoded body; 0: 10 MiB */
    int max_redirects;        /* hops followed; 0: 5, -1: none */
    double host_rate;         /* request starts per second and host; 0: 1 */
    unsigned host_conns;      /* transfers at once per host; 0: 2 */
    unsigned conns;           /* transfers at once in all; 0: 64 */
    const char *user_agent;   /* NULL: "rasd/VERSION (news monitor)" */
    const char *const *resolve; /* "host:port:address" entries (CURLOPT_RESOLVE), nresolve */
    size_t nresolve;
} fetch_opts;

typedef struct fetch_result {
    const char *url;          /* as queued */
    const char *final_url;    /* after redirects (== url when none) */
    long status;              /* HTTP status of the last answer; 0: no answer */
    const char *error;        /* NULL: an answer came (any status); else why not, in words */
    const char *body;         /* decoded body, len bytes, NUL-terminated; never NULL */
    size_t len;
    const char *etag, *last_modified, *content_type;  /* headers of the answer, or NULL */
    int redirects;            /* hops followed */
    int robots_denied;        /* 1: robots.txt disallows the URL (or could not be read, and
                                 RFC 9309 then says no); nothing was requested */
    int transient;            /* 1: worth asking again later (a timeout, a refused
                                 connection, 5xx, 429, robots.txt unreachable) */
} fetch_result;

/* Called once for each queued URL, with the tag given to fetch_add. The result's memory is
 * the fetcher's, valid during the call. */
typedef void (*fetch_done_fn)(void *tag, const fetch_result *r, void *ctx);

typedef struct fetcher fetcher;

/* Fills the fields of o left 0 with the defaults above; fetch_new calls it. */
void fetch_opts_defaults(fetch_opts *o);

/* A new fetcher, owned by the caller (fetch_free). RASD_EUNSUPPORTED when libcurl cannot
 * start (or has no http). */
rasd_status fetch_new(fetcher **out, const fetch_opts *o);
void fetch_free(fetcher *f);

/* Queues url (copied) with the validators of its last answer (NULL: none), answered by a
 * later fetch_step through done(tag). A URL that is not http or https is answered at once
 * with an error on the next step. */
rasd_status fetch_add(fetcher *f, const char *url, const char *etag, const char *last_modified,
                      void *tag);

/* Runs the transfers for up to wait_ms (less when one finishes), starting what the limits
 * allow and calling done for every URL answered. Returns the URLs still queued or running. */
size_t fetch_step(fetcher *f, int wait_ms, fetch_done_fn done, void *ctx);

/* Makes a fetch_step waiting in another thread return at once (thread-safe). */
void fetch_wakeup(fetcher *f);

/* Drops every queued and running URL without answering it (a watcher that stops), calling
 * drop (may be NULL) with the tag of each. */
void fetch_cancel_all(fetcher *f, void (*drop)(void *tag, void *ctx), void *ctx);

/* What the fetcher did so far. */
typedef struct fetch_counts {
    size_t requests;          /* HTTP requests started (robots.txt and redirect hops too) */
    size_t robots;            /* robots.txt fetched */
    unsigned long long bytes; /* decoded body bytes received */
} fetch_counts;
void fetch_get_counts(const fetcher *f, fetch_counts *c);

/* ------------------------------------------------------------- robots.txt */

/* The rules of one robots.txt for one user agent (RFC 9309): the group of the first
 * product token that matches agent (case-insensitive), else the group "*". */
typedef struct robots robots;

/* Parses text[0, len) for agent; *out owned by the caller (robots_free). allow_all: 1 for
 * an empty rule set (an absent robots.txt), -1 to disallow everything (unreachable). */
rasd_status robots_parse(robots **out, const char *text, size_t len, const char *agent);
rasd_status robots_fixed(robots **out, int allow);
void robots_free(robots *r);
/* Whether path (with its query, starting with '/') may be fetched: the longest matching
 * rule wins, allow on a tie; no rule: allowed. */
int robots_allowed(const robots *r, const char *path);
/* The Crawl-delay of the group in seconds, 0 when none. */
double robots_delay(const robots *r);

#endif
