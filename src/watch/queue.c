/* queue.c — the items waiting to be fetched, one FIFO per host, taken in turn across hosts:
 * a feed lists its items together, so first come, first served would keep a watcher on one
 * host, at that host's rate, while every other host waits. Only URLs and feed ids are kept
 * (the rest is in the store), about 100 bytes an item. */
#include "watch/watch.h"
#include "core/internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct hostq {
    char **urls;
    int64_t *feeds;
    size_t head, n, cap;          /* a ring */
    char *name;
} hostq;

struct pending {
    strmap index;                 /* host -> 1 + position in hosts */
    hostq *hosts;
    size_t nhosts, cap, rr, count;
};

rasd_status pending_new(pending **out)
{
    *out = calloc(1, sizeof **out);
    return *out ? RASD_OK : RASD_ENOMEM;
}

void pending_free(pending *q)
{
    if (!q)
        return;
    for (size_t i = 0; i < q->nhosts; i++) {
        hostq *h = &q->hosts[i];
        for (size_t k = 0; k < h->n; k++)
            free(h->urls[(h->head + k) % h->cap]);
        free(h->urls), free(h->feeds), free(h->name);
    }
    free(q->hosts);
    strmap_free(&q->index);
    free(q);
}

size_t pending_count(const pending *q)
{
    return q->count;
}

const char *url_host(const char *url, size_t *n)
{
    const char *h = strstr(url, "://");
    h = h ? h + 3 : url;
    *n = strcspn(h, "/?#");
    return h;
}

static hostq *host_of(pending *q, const char *url)
{
    rasd_status rc = RASD_OK;
    size_t n;
    const char *name = url_host(url, &n);
    uint64_t *v = strmap_upsert(&q->index, name, n, &rc);
    if (!v)
        return NULL;
    if (!*v) {
        q->hosts = grow_array(q->hosts, &q->cap, q->nhosts + 1, sizeof *q->hosts, &rc);
        char *copy = malloc(n + 1);
        if (rc || !copy) {
            free(copy);
            return NULL;
        }
        memcpy(copy, name, n);
        copy[n] = 0;
        q->hosts[q->nhosts] = (hostq){NULL, NULL, 0, 0, 0, copy};
        *v = ++q->nhosts;
    }
    return &q->hosts[*v - 1];
}

static int grow(hostq *h)
{
    size_t cap = h->cap ? 2 * h->cap : 16;
    char **u = malloc(cap * sizeof *u);
    int64_t *f = malloc(cap * sizeof *f);
    if (!u || !f) {
        free(u), free(f);
        return -1;
    }
    for (size_t k = 0; k < h->n; k++) {
        u[k] = h->urls[(h->head + k) % h->cap];
        f[k] = h->feeds[(h->head + k) % h->cap];
    }
    free(h->urls), free(h->feeds);
    h->urls = u, h->feeds = f, h->cap = cap, h->head = 0;
    return 0;
}

rasd_status pending_push(pending *q, const char *url, int64_t feed)
{
    hostq *h = host_of(q, url);
    char *copy;
    if (!h || (h->n == h->cap && grow(h)) || !(copy = strdup(url)))
        return RASD_ENOMEM;
    h->urls[(h->head + h->n) % h->cap] = copy;
    h->feeds[(h->head + h->n) % h->cap] = feed;
    h->n++;
    q->count++;
    return RASD_OK;
}

int pending_pop(pending *q, int (*ok)(const char *host, void *ctx), void *ctx, char **url,
                int64_t *feed)
{
    for (size_t k = 0; k < q->nhosts; k++) {
        size_t i = (q->rr + k) % q->nhosts;
        hostq *h = &q->hosts[i];
        if (!h->n || !ok(h->name, ctx))
            continue;
        *url = h->urls[h->head];
        *feed = h->feeds[h->head];
        h->head = (h->head + 1) % h->cap;
        if (!--h->n) {            /* an empty host gives its memory back */
            free(h->urls), free(h->feeds);
            h->urls = NULL, h->feeds = NULL, h->cap = h->head = 0;
        }
        q->count--;
        q->rr = i + 1;
        return 1;
    }
    return 0;
}
