/* buf.c — growable buffers with sticky errors, and the status/version strings. */
#include "core/internal.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

void rbuf_free(rbuf *b)
{
    free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
}

void rbuf_reserve(rbuf *b, size_t extra, rasd_status *rc)
{
    if (*rc || b->n + extra <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + extra)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) {
        *rc = RASD_ENOMEM;
        return;
    }
    b->p = p;
    b->cap = cap;
}

void rbuf_add(rbuf *b, const void *src, size_t n, rasd_status *rc)
{
    rbuf_reserve(b, n, rc);
    if (*rc || n == 0)
        return;
    memcpy(b->p + b->n, src, n);
    b->n += n;
}

void rbuf_addc(rbuf *b, char c, rasd_status *rc)
{
    rbuf_reserve(b, 1, rc);
    if (!*rc)
        b->p[b->n++] = c;
}

void rbuf_adds(rbuf *b, const char *s, rasd_status *rc)
{
    rbuf_add(b, s, strlen(s), rc);
}

const char *rbuf_keep(rbuf *b, const char *s, size_t n, rasd_status *rc)
{
    size_t off = b->n;
    if (!s)
        return NULL;
    rbuf_add(b, s, n, rc);
    rbuf_addc(b, 0, rc);
    return (const char *)(uintptr_t)(off + 1);
}

void *grow_array(void *arr, size_t *cap, size_t need, size_t size, rasd_status *rc)
{
    if (*rc || need <= *cap)
        return arr;
    size_t n = *cap ? *cap : 64;
    while (n < need)
        n *= 2;
    void *p = realloc(arr, n * size);
    if (!p) {
        *rc = RASD_ENOMEM;
        return arr;
    }
    *cap = n;
    return p;
}

const char *rasd_strerror(rasd_status s)
{
    switch (s) {
    case RASD_OK: return "ok";
    case RASD_END: return "end of input";
    case RASD_ENOMEM: return "out of memory";
    case RASD_EINVAL: return "invalid argument";
    case RASD_EIO: return "input/output error";
    case RASD_EPARSE: return "malformed input";
    case RASD_ETOOBIG: return "input too large";
    case RASD_EDATA: return "data file missing or corrupt";
    case RASD_EUNSUPPORTED: return "not supported";
    case RASD_ECANCELED: return "cancelled";
    }
    return "unknown status";
}

const char *rasd_version(void)
{
    return RASD_VERSION;
}

const char *rasd_token_kind_name(rasd_token_kind k)
{
    static const char *const names[RASD_TOK_KIND_COUNT] = {
        "arabic", "latin", "word", "number", "url", "email",
        "hashtag", "mention", "punct", "symbol",
    };
    return (unsigned)k < RASD_TOK_KIND_COUNT ? names[k] : "unknown";
}

double mono_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
