/* watch.h — what the files of src/watch/ share: a page to turn into an article, and the
 * pool of threads that does it (extraction, language, preparation) while the calling
 * thread fetches and writes. Uses only the public API and src/fetch/. */
#ifndef RASD_WATCH_INT_H
#define RASD_WATCH_INT_H

#include "rasd.h"

#include <stddef.h>
#include <stdint.h>

/* One item on its way: queued in the fetcher (its tag), then in the pool, then written. */
typedef struct page_job {
    struct page_job *next;
    int poll;                 /* 1: the poll of feed `feed` (url is the feed's) */
    char *url;                /* the item's canonical URL, as the store knows it */
    int64_t feed;             /* the feed it was seen in (0: none) */
    char *title, *published, *author;  /* what the feed said of it; NULL */
    char *source;             /* the feed's outlet name; NULL: the page's own */
    /* the answer, set before the pool takes it */
    char *final_url, *content_type;
    char *body;
    size_t len;
    /* the pool's work */
    int skip;                 /* 1: nothing to store (why says why) */
    char why[160];
    char *id;                 /* the article's id (rasd_article_url), rasd_free */
    char hash[33];            /* rasd_content_hash of its text */
    int arabic;               /* 1: Arabic (rasd_article_lang) */
    rasd_article *a;          /* prepared; NULL when skip */
} page_job;

void page_job_free(page_job *j);

/* Whether text[0, len) is Arabic: at least 40% of its letters are of the Arabic script
 * (U+0600-06FF, 0750-077F, 08A0-08FF, FB50-FDFF, FE70-FEFF). A page in Arabic with English
 * names and numbers stays Arabic; an English page quoting an Arabic name does not. */

typedef struct pool pool;

/* Starts n threads (1..16) that extract and prepare jobs with engine e; prep_flags as
 * rasd_article_prepare_flags. wake(ctx) is called from a pool thread when a job is done.
 * *out owned by the caller. */
rasd_status pool_new(pool **out, const rasd_engine *e, unsigned n, unsigned prep_flags,
                     void (*wake)(void *ctx), void *ctx);
/* Stops the threads (after the jobs they hold) and frees what is left; NULL: no-op. */
void pool_free(pool *p);
/* Hands j to the pool (which owns it until pool_take gives it back). */
void pool_put(pool *p, page_job *j);
/* Jobs done, oldest first, as a list the caller owns (NULL: none); never blocks. */
page_job *pool_take(pool *p);
/* Jobs given and not taken back yet. */
size_t pool_busy(pool *p);

/* The items waiting to be fetched, one FIFO per host, taken in turn (src/watch/queue.c). */
typedef struct pending pending;

rasd_status pending_new(pending **out);
void pending_free(pending *q);
/* Queues url (copied) of feed. */
rasd_status pending_push(pending *q, const char *url, int64_t feed);
/* Takes the oldest URL of the next host in turn for which ok(host, ctx) says yes: 1 with
 * *url (the caller's, free()) and *feed, 0 when none. */
int pending_pop(pending *q, int (*ok)(const char *host, void *ctx), void *ctx, char **url,
                int64_t *feed);
size_t pending_count(const pending *q);
/* The host of an absolute URL: n bytes from the return value (after "://"). */
const char *url_host(const char *url, size_t *n);

#endif
