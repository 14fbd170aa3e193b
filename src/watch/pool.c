/* pool.c — the threads of a watcher that turn fetched pages into prepared articles:
 * extraction (rasd_html), the article's id (rasd_article_url), its content hash, its
 * language, and rasd_article_prepare_flags (the costly part). Jobs go in at one end and come
 * out, done, at the other, in the order they finish; the calling thread writes them. */
#include "watch/watch.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define POOL_MAX 16

typedef struct worker {
    pthread_t t;
    pool *p;
    rasd_html *h;
    rasd_feed_parser *fp;
    int started;
} worker;

struct pool {
    pthread_mutex_t mu;
    pthread_cond_t work;
    page_job *in, *in_tail, *out, *out_tail;
    size_t busy;
    int quit;
    const rasd_engine *e;
    unsigned flags;
    void (*wake)(void *ctx);
    void *ctx;
    worker w[POOL_MAX];
    unsigned n;
};

void page_job_free(page_job *j)
{
    if (!j)
        return;
    free(j->url), free(j->title), free(j->published), free(j->author), free(j->source);
    free(j->final_url), free(j->content_type), free(j->body);
    rasd_free(j->id);
    rasd_article_free(j->a);
    free(j);
}

static void skip(page_job *j, const char *why)
{
    j->skip = 1;
    snprintf(j->why, sizeof j->why, "%s", why);
}

/* Whether a Content-Type is a web page (or unsaid). */
static int is_page(const char *ct)
{
    return !ct || !*ct || strstr(ct, "html") || strstr(ct, "xml") || strstr(ct, "text/plain");
}

/* Extracts the page of j and finds its id, hash and language; 0, or -1 after skip(). */
static int extract(worker *w, page_job *j, rasd_page *pg)
{
    rasd_status rc;
    char why[120];
    if (!is_page(j->content_type)) {
        snprintf(why, sizeof why, "not a web page (%.80s)", j->content_type);
        skip(j, why);
        return -1;
    }
    if ((rc = rasd_html_extract(w->h, j->body, j->len, j->content_type, pg)) != RASD_OK) {
        skip(j, rasd_strerror(rc));
        return -1;
    }
    if (!pg->text_len) {
        skip(j, "no article text on the page");
        return -1;
    }
    if (rasd_article_url(w->fp, j->final_url ? j->final_url : j->url, pg->url, &j->id)) {
        skip(j, "no canonical URL");
        return -1;
    }
    rasd_content_hash(pg->text, pg->text_len, j->hash);
    return 0;
}

static void work(worker *w, page_job *j)
{
    rasd_page pg;
    rasd_status rc;
    if (extract(w, j, &pg))
        return;
    rasd_record rec = {j->id, pg.text, pg.text_len,
                       pg.title ? pg.title : j->title,
                       pg.published ? pg.published : j->published,
                       j->source ? j->source : pg.source, j->id,
                       pg.author ? pg.author : j->author, j->url, 0};
    /* rasd_article_prepare detects the language (rasd_detect_lang) and keeps a text that is
     * not Arabic from the Arabic stages; the job only counts it. */
    if ((rc = rasd_article_new(&j->a)) != RASD_OK ||
        (rc = rasd_article_prepare_flags(j->a, w->p->e, &rec, w->p->flags)) != RASD_OK) {
        rasd_article_free(j->a);
        j->a = NULL;
        skip(j, rasd_strerror(rc));
        return;
    }
    j->arabic = rasd_lang_is_arabic(rasd_article_lang(j->a));
    free(j->body);             /* the article holds its own copy now */
    j->body = NULL;
}

static void *run(void *arg)
{
    worker *w = arg;
    pool *p = w->p;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->in && !p->quit)
            pthread_cond_wait(&p->work, &p->mu);
        if (!p->in)
            break;
        page_job *j = p->in;
        if (!(p->in = j->next))
            p->in_tail = NULL;
        pthread_mutex_unlock(&p->mu);
        work(w, j);
        pthread_mutex_lock(&p->mu);
        j->next = NULL;
        if (p->out_tail)
            p->out_tail->next = j;
        else
            p->out = j;
        p->out_tail = j;
        if (p->wake)
            p->wake(p->ctx);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

rasd_status pool_new(pool **out, const rasd_engine *e, unsigned n, unsigned prep_flags,
                     void (*wake)(void *ctx), void *ctx)
{
    pool *p = calloc(1, sizeof *p);
    rasd_status rc = RASD_OK;
    *out = NULL;
    if (!p)
        return RASD_ENOMEM;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work, NULL);
    p->e = e;
    p->flags = prep_flags & RASD_PREPARE_NO_ENTITIES;
    p->wake = wake;
    p->ctx = ctx;
    n = n < 1 ? 1 : n > POOL_MAX ? POOL_MAX : n;
    for (unsigned i = 0; i < n && !rc; i++) {
        worker *w = &p->w[i];
        w->p = p;
        if ((rc = rasd_html_new(&w->h, e)) || (rc = rasd_feed_parser_new(&w->fp, e)))
            break;
        if (pthread_create(&w->t, NULL, run, w)) {
            rc = RASD_ENOMEM;
            break;
        }
        w->started = 1;
        p->n = i + 1;
    }
    if (rc) {
        pool_free(p);
        return rc;
    }
    *out = p;
    return RASD_OK;
}

void pool_free(pool *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->quit = 1;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
    for (unsigned i = 0; i < POOL_MAX; i++) {
        if (p->w[i].started)
            pthread_join(p->w[i].t, NULL);
        rasd_html_free(p->w[i].h);
        rasd_feed_parser_free(p->w[i].fp);
    }
    for (page_job *j = p->out, *n; j; j = n) {
        n = j->next;
        page_job_free(j);
    }
    pthread_cond_destroy(&p->work);
    pthread_mutex_destroy(&p->mu);
    free(p);
}

void pool_put(pool *p, page_job *j)
{
    j->next = NULL;
    pthread_mutex_lock(&p->mu);
    if (p->in_tail)
        p->in_tail->next = j;
    else
        p->in = j;
    p->in_tail = j;
    p->busy++;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
}

page_job *pool_take(pool *p)
{
    pthread_mutex_lock(&p->mu);
    page_job *j = p->out;
    for (page_job *k = j; k; k = k->next)
        p->busy--;
    p->out = p->out_tail = NULL;
    pthread_mutex_unlock(&p->mu);
    return j;
}

size_t pool_busy(pool *p)
{
    pthread_mutex_lock(&p->mu);
    size_t n = p->busy;
    pthread_mutex_unlock(&p->mu);
    return n;
}
