/* article.c — an article prepared for the store away from it: a copy of the record, its
 * content hash, the analyses of its title and text, the text's named entities, dates and
 * quotes (rasd_article in rasd.h). */
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>

rasd_status rasd_article_new(rasd_article **out)
{
    rasd_article *a;
    if (!out)
        return RASD_EINVAL;
    *out = NULL;
    if (!(a = calloc(1, sizeof *a)))
        return RASD_ENOMEM;
    if (rasd_doc_new(&a->text) != RASD_OK || rasd_doc_new(&a->title) != RASD_OK) {
        rasd_article_free(a);
        return RASD_ENOMEM;
    }
    *out = a;
    return RASD_OK;
}

void rasd_article_free(rasd_article *a)
{
    if (!a)
        return;
    rasd_doc_free(a->text);
    rasd_doc_free(a->title);
    rbuf_free(&a->strs);
    for (size_t i = 0; i < rasd_nstages; i++)
        if (a->prep[i])
            rasd_stages[i].store->prep_free(a->prep[i]);
    free(a);
}

const rasd_record *rasd_article_record(const rasd_article *a)
{
    return a ? &a->rec : NULL;
}

/* Appends s[0,n) and a NUL to the arena; its offset in *off (SIZE_MAX for NULL). */
static void keep(rbuf *b, const char *s, size_t n, size_t *off, rasd_status *rc)
{
    *off = SIZE_MAX;
    if (!s)
        return;
    *off = b->n;
    rbuf_add(b, s, n, rc);
    rbuf_addc(b, 0, rc);
}

static const char *at(const rbuf *b, size_t off)
{
    return off == SIZE_MAX ? NULL : b->p + off;
}

/* What each store side keeps for the writer, computed here (stage.h). */
static rasd_status prepare_stages(rasd_article *a, const rasd_engine *e, unsigned skip)
{
    rasd_status rc = RASD_OK;
    for (size_t i = 0; i < rasd_nstages && !rc; i++) {
        const stage_entry *row = &rasd_stages[i];
        if (row->store && (row->store->prep_skip & a->flags)) {
            if (a->prep[i] && row->store->prep_free)
                row->store->prep_free(a->prep[i]);
            a->prep[i] = NULL;
        } else if (row->store && row->store->prepare) {
            rc = row->store->prepare(e, a->text, row->doc && (skip & row->doc->bit), &a->prep[i]);
            if (!rc && row->store->prepare_title)
                rc = row->store->prepare_title(e, a->title, a->prep[i]);
        }
    }
    return rc;
}

const char *rasd_article_lang(const rasd_article *a)
{
    return a->lang;
}

rasd_status rasd_article_prepare(rasd_article *a, const rasd_engine *e, const rasd_record *r)
{
    return rasd_article_prepare_flags(a, e, r, 0);
}

rasd_status rasd_article_prepare_flags(rasd_article *a, const rasd_engine *e,
                                       const rasd_record *r, unsigned flags)
{
    rasd_status rc = RASD_OK;
    size_t o[8];
    const char *title;
    unsigned skip;
    if (!a || !e || !r || !r->id || !r->text)
        return RASD_EINVAL;
    a->ready = 0;
    a->strs.n = 0;
    keep(&a->strs, r->id, strlen(r->id), &o[0], &rc);
    keep(&a->strs, r->text, r->text_len, &o[1], &rc);
    keep(&a->strs, r->title, r->title ? strlen(r->title) : 0, &o[2], &rc);
    keep(&a->strs, r->published, r->published ? strlen(r->published) : 0, &o[3], &rc);
    keep(&a->strs, r->source, r->source ? strlen(r->source) : 0, &o[4], &rc);
    keep(&a->strs, r->url, r->url ? strlen(r->url) : 0, &o[5], &rc);
    keep(&a->strs, r->author, r->author ? strlen(r->author) : 0, &o[6], &rc);
    keep(&a->strs, r->path, r->path ? strlen(r->path) : 0, &o[7], &rc);
    if (rc)
        return rc;
    /* Pointers only now: the arena has stopped moving. */
    a->rec = (rasd_record){at(&a->strs, o[0]), at(&a->strs, o[1]), r->text_len,
                           at(&a->strs, o[2]), at(&a->strs, o[3]), at(&a->strs, o[4]),
                           at(&a->strs, o[5]), at(&a->strs, o[6]), at(&a->strs, o[7]), r->line};
    store_content_hash(&a->rec, a->hash);
    a->engine = e;
    a->flags = flags;
    a->lang[0] = 0;
    if (flags & RASD_PREPARE_DEFER) {
        a->ready = 1;
        return RASD_OK;
    }
    title = a->rec.title ? a->rec.title : "";
    if ((rc = rasd_analyze(e, a->text, a->rec.text, a->rec.text_len)) != RASD_OK ||
        (rc = rasd_analyze(e, a->title, title, strlen(title))) != RASD_OK)
        return rc;
    /* The stages here, on the preparing thread: they cost more than the analysis. Quotes
     * need the entities for their speakers, so without entities there are no dates or
     * quotes either (docs/EVENTS.md, "Storage"). */
    skip = flags & RASD_PREPARE_NO_ENTITIES ? RASD_STAGE_ENTITIES | RASD_STAGE_EVENTS : 0;
    /* The Arabic stages read Arabic only: another language is stored and indexed without
     * them (an unknown one, "und", still goes through them, as before detection). */
    rasd_detect_lang(e, a->rec.text, a->rec.text_len, a->lang, sizeof a->lang);
    if (!rasd_lang_is_arabic(a->lang))
        skip |= RASD_STAGE_ENTITIES | RASD_STAGE_EVENTS;
    if ((rc = rasd_annotate(e, a->text, a->rec.published, skip)) != RASD_OK ||
        (rc = prepare_stages(a, e, skip)) != RASD_OK)
        return rc;
    a->ready = 1;
    return RASD_OK;
}
