/* doc.c — one analysis: tokens with norms and stems, then sentences, in a reusable doc. */
#include "core/stage.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

rasd_status rasd_doc_new(rasd_doc **out)
{
    *out = calloc(1, sizeof **out);
    return *out ? RASD_OK : RASD_ENOMEM;
}

void rasd_doc_free(rasd_doc *d)
{
    if (!d)
        return;
    free(d->raw);
    free(d->toks);
    free(d->sents);
    rbuf_free(&d->str);
    rbuf_free(&d->json);
    rbuf_free(&d->scratch);
    if (d->snowball)
        sb_stemmer_delete(d->snowball);
    for (size_t i = 0; i < rasd_nstages; i++)
        if (rasd_stages[i].doc && d->stage[i])
            rasd_stages[i].doc->free_doc(d->stage[i]);
    free(d);
}

static void reset(rasd_doc *d, const char *text, size_t len)
{
    d->text = text;
    d->len = len;
    d->nraw = d->nsents = 0;
    d->str.n = 0;
    d->invalid = d->first_invalid = 0;
    for (size_t i = 0; i < rasd_nstages; i++)
        if (rasd_stages[i].doc && d->stage[i])
            rasd_stages[i].doc->reset(d->stage[i]);
}

void doc_attach(rasd_doc *d, const char *text, size_t len)
{
    reset(d, text, len);
}

/* Publishes the raw tokens as rasd_tokens, now that the string buffer is final. */
static rasd_status publish(rasd_doc *d)
{
    rasd_status rc = RASD_OK;
    d->toks = grow_array(d->toks, &d->toks_cap, d->nraw, sizeof *d->toks, &rc);
    if (rc)
        return rc;
    for (size_t i = 0; i < d->nraw; i++) {
        const tok_raw *r = &d->raw[i];
        rasd_token *t = &d->toks[i];
        t->start = r->start;
        t->end = r->end;
        t->norm = d->str.p + r->norm_off;
        t->norm_len = r->norm_len;
        t->stem = d->str.p + r->stem_off;
        t->stem_len = r->stem_len;
        t->kind = (rasd_token_kind)r->kind;
    }
    return RASD_OK;
}

/* The start both analyses share: arguments checked, d reset to text, its size checked. */
static rasd_status begin(const rasd_engine *e, rasd_doc *d, const char *text, size_t len)
{
    if (!e || !d || (!text && len))
        return RASD_EINVAL;
    reset(d, text, len);
    return len > e->cfg.max_doc_bytes ? RASD_ETOOBIG : RASD_OK;
}

rasd_status rasd_analyze(const rasd_engine *e, rasd_doc *d, const char *text, size_t len)
{
    rasd_status rc;
    if ((rc = begin(e, d, text, len)) != RASD_OK)
        return rc;
    if ((rc = tokenize(e, d)) != RASD_OK || (rc = stem_tokens(e, d)) != RASD_OK ||
        (rc = split_sentences(d)) != RASD_OK || (rc = publish(d)) != RASD_OK) {
        d->nraw = d->nsents = 0;
        return rc;
    }
    return RASD_OK;
}

rasd_status doc_words(const rasd_engine *e, rasd_doc *d, const char *text, size_t len,
                      int (*want)(void *ctx, const char *norm, size_t len), void *ctx)
{
    rasd_status rc;
    if ((rc = begin(e, d, text, len)) != RASD_OK)
        return rc;
    if ((rc = tokenize(e, d)) != RASD_OK || (rc = stem_tokens_if(e, d, want, ctx)) != RASD_OK ||
        (rc = publish(d)) != RASD_OK) {
        d->nraw = 0;
        return rc;
    }
    return RASD_OK;
}

rasd_status doc_tokenize(const rasd_engine *e, rasd_doc *d, const char *text, size_t len)
{
    rasd_status rc;
    if ((rc = begin(e, d, text, len)) != RASD_OK)
        return rc;
    if ((rc = tokenize(e, d)) != RASD_OK || (rc = publish(d)) != RASD_OK) {
        d->nraw = 0;
        return rc;
    }
    return RASD_OK;
}

rasd_status rasd_annotate(const rasd_engine *e, rasd_doc *d, const char *published,
                          unsigned skip)
{
    rasd_status rc;
    if (!e || !d)
        return RASD_EINVAL;
    for (size_t i = 0; i < rasd_nstages; i++) {
        const doc_stage *st = rasd_stages[i].doc;
        if (!st || (skip & st->bit))
            continue;
        if (skip & st->needs) {
            skip |= st->bit;          /* what it reads is not there */
            continue;
        }
        if ((rc = stage_ready(e, i)) != RASD_OK ||     /* a lazy engine's first use */
            (rc = st->run(e, d, published)) != RASD_OK)
            return rc;
    }
    return RASD_OK;
}

const rasd_token *rasd_doc_tokens(const rasd_doc *d, size_t *count)
{
    *count = d->nraw;
    return d->toks;
}

const rasd_span *rasd_doc_sentences(const rasd_doc *d, size_t *count)
{
    *count = d->nsents;
    return d->sents;
}

size_t rasd_doc_invalid_utf8(const rasd_doc *d, size_t *first_offset)
{
    if (first_offset)
        *first_offset = d->first_invalid;
    return d->invalid;
}

const char *rasd_doc_text(const rasd_doc *d, size_t *len)
{
    *len = d->len;
    return d->text;
}

static void span_json(rbuf *b, uint32_t s, uint32_t e, rasd_status *rc)
{
    rbuf_addc(b, '[', rc);
    json_uint(b, s, rc);
    rbuf_addc(b, ',', rc);
    json_uint(b, e, rc);
    rbuf_addc(b, ']', rc);
}

/* Copies the string literal lit to o and moves o past it. */
#define PUT_LIT(o, lit) (memcpy((o), (lit), sizeof(lit) - 1), (o) += sizeof(lit) - 1)

/* Longest norm + stem written into room reserved at once; longer tokens take json_str. */
#define TOKEN_FAST_MAX 1024

/* The fields of token t after "{\"start\":", into room reserved for them. */
static char *token_put(char *o, const rasd_token *t, const char *kind, size_t kind_len)
{
    o = json_uint_put(o, t->start);
    PUT_LIT(o, ",\"end\":");
    o = json_uint_put(o, t->end);
    PUT_LIT(o, ",\"norm\":");
    o = json_str_put(o, t->norm, t->norm_len);
    PUT_LIT(o, ",\"stem\":");
    o = json_str_put(o, t->stem, t->stem_len);
    PUT_LIT(o, ",\"kind\":\"");
    memcpy(o, kind, kind_len);
    o += kind_len;
    PUT_LIT(o, "\"}");
    return o;
}

/* One token the slow way, for a norm or stem too long to reserve room for at once. */
static void token_json_long(rbuf *b, const rasd_token *t, rasd_status *rc)
{
    json_uint(b, t->start, rc);
    rbuf_adds(b, ",\"end\":", rc);
    json_uint(b, t->end, rc);
    rbuf_adds(b, ",\"norm\":", rc);
    json_str(b, t->norm, t->norm_len, rc);
    rbuf_adds(b, ",\"stem\":", rc);
    json_str(b, t->stem, t->stem_len, rc);
    rbuf_adds(b, ",\"kind\":\"", rc);
    rbuf_adds(b, rasd_token_kind_name(t->kind), rc);
    rbuf_adds(b, "\"}", rc);
}

/* Writes the tokens reserving room once a token: the separator and fixed keys, two numbers,
 * the two strings escaped at their longest and the kind. */
static void tokens_json(rasd_doc *d, rasd_status *rc)
{
    static const char next[] = ",{\"start\":";
    const size_t fixed = sizeof next - 1 + 2 * JSON_UINT_ROOM + 64;
    size_t kind_len[RASD_TOK_KIND_COUNT];
    rbuf *b = &d->json;
    for (int k = 0; k < RASD_TOK_KIND_COUNT; k++)
        kind_len[k] = strlen(rasd_token_kind_name((rasd_token_kind)k));
    rbuf_adds(b, ",\"tokens\":[", rc);
    for (size_t i = 0; i < d->nraw && !*rc; i++) {
        const rasd_token *t = &d->toks[i];
        const char *kind = rasd_token_kind_name(t->kind);
        size_t klen = (unsigned)t->kind < RASD_TOK_KIND_COUNT ? kind_len[t->kind] : strlen(kind);
        const char *sep = i ? next : next + 1;
        if ((size_t)t->norm_len + t->stem_len > TOKEN_FAST_MAX) {
            rbuf_adds(b, sep, rc);
            token_json_long(b, t, rc);
            continue;
        }
        rbuf_reserve(b, fixed + klen + JSON_STR_ROOM(t->norm_len) + JSON_STR_ROOM(t->stem_len), rc);
        if (*rc)
            break;
        char *o = b->p + b->n;
        if (i)
            *o++ = ',';
        PUT_LIT(o, "{\"start\":");
        b->n = (size_t)(token_put(o, t, kind, klen) - b->p);
    }
    rbuf_addc(b, ']', rc);
}

rasd_status rasd_doc_json(rasd_doc *d, const char *id, size_t id_len, unsigned flags,
                          const char **out, size_t *out_len)
{
    rasd_status rc = RASD_OK;
    rbuf *b = &d->json;
    b->n = 0;
    rbuf_adds(b, "{\"id\":", &rc);
    json_str(b, id, id_len, &rc);
    rbuf_adds(b, ",\"sentences\":[", &rc);
    for (size_t i = 0; i < d->nsents; i++) {
        if (i)
            rbuf_addc(b, ',', &rc);
        span_json(b, d->sents[i].start, d->sents[i].end, &rc);
    }
    rbuf_addc(b, ']', &rc);
    if (d->invalid) {
        rbuf_adds(b, ",\"invalid_utf8\":", &rc);
        json_uint(b, d->invalid, &rc);
    }
    if (flags & RASD_JSON_TOKENS)
        tokens_json(d, &rc);
    for (size_t i = 0; i < rasd_nstages; i++) {
        const doc_stage *st = rasd_stages[i].doc;
        if (st && (flags & st->json_flag))
            st->json(d, b, &rc);
    }
    rbuf_addc(b, '}', &rc);
    if (rc)
        return rc;
    *out = b->p;
    *out_len = b->n;
    return RASD_OK;
}
