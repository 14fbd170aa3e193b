/* parser.c — the public calls of feeds: parse a document (XML or JSON Feed), then resolve
 * and canonicalise each item's link, read its dates and keep its fields as plain text. */
#include "feeds/feeds.h"

#include <ctype.h>
#include <libxml/parser.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <xxhash.h>
#include <zlib.h>

#define FEED_MAX_BYTES ((size_t)64 << 20)
#define FEED_MAX_ITEMS 100000      /* a sitemap holds at most 50,000 URLs */

struct rasd_feed_parser {
    url_params params;
    int has_params;
    feed_build b;
    rbuf out;                      /* the items' strings */
    rasd_feed_item *items;
    size_t n, cap;
    strmap seen;                   /* URLs of this document, listed once */
    rbuf json;
    char err[512];
};

/* --------------------------------------------------- helpers of feeds.h */

void feed_keep(feed_build *b, const char **field, const char *s, size_t n)
{
    if (*field || !s || b->rc)
        return;
    s = feed_trim(s, &n);
    if (n)
        *field = rbuf_keep(&b->pool, s, n, &b->rc);
}

void feed_item_end(feed_build *b)
{
    if (b->cur.link || b->cur.guid) {
        if (b->n < b->max_items) {
            if ((b->items = grow_array(b->items, &b->cap, b->n + 1, sizeof *b->items, &b->rc)))
                b->items[b->n++] = b->cur;
        } else
            b->skipped++;
    } else
        b->skipped++;
    memset(&b->cur, 0, sizeof b->cur);
}

void feed_error(feed_build *b, const char *where, long line, const char *what)
{
    if (b->err[0])
        return;
    if (line > 0)
        snprintf(b->err, sizeof b->err, "%s:%ld: %s", where ? where : "-", line, what);
    else
        snprintf(b->err, sizeof b->err, "%s: %s", where ? where : "-", what);
}

/* ------------------------------------------------------------ the parser */

rasd_status rasd_feed_parser_new(rasd_feed_parser **out, const rasd_engine *e)
{
    rasd_feed_parser *p;
    if (!out)
        return RASD_EINVAL;
    *out = NULL;
    if (!(p = calloc(1, sizeof *p)))
        return RASD_ENOMEM;
    xmlInitParser();
    if (e && rasd_data_dir(e)) {
        char path[PATH_MAX];
        snprintf(path, sizeof path, "%s/tracking_params.txt", rasd_data_dir(e));
        rasd_status rc = url_params_load(&p->params, path);
        if (rc) {
            rasd_feed_parser_free(p);
            return rc == RASD_EIO ? RASD_EDATA : rc;
        }
        p->has_params = 1;
    }
    *out = p;
    return RASD_OK;
}

static void build_reset(feed_build *b)
{
    b->pool.n = 0;
    b->n = 0;
    memset(&b->cur, 0, sizeof b->cur);
    b->doc_base = b->feed_link = b->feed_title = NULL;
    b->format = RASD_FEED_UNKNOWN;
    b->skipped = 0;
    b->err[0] = 0;
    b->max_items = FEED_MAX_ITEMS;
    b->rc = RASD_OK;
}

void rasd_feed_parser_free(rasd_feed_parser *p)
{
    if (!p)
        return;
    url_params_free(&p->params);
    rbuf_free(&p->b.pool);
    free(p->b.items);
    rbuf_free(&p->out);
    free(p->items);
    strmap_free(&p->seen);
    rbuf_free(&p->json);
    free(p);
}

const char *rasd_feed_format_name(rasd_feed_format f)
{
    static const char *const names[] = {"unknown", "rss", "atom", "json", "sitemap",
                                        "sitemapindex"};
    return (unsigned)f < sizeof names / sizeof *names ? names[f] : "unknown";
}

/* ---------------------------------------------------------- finishing */

static const char *raw(const feed_build *b, const char *kept)
{
    return rbuf_at(&b->pool, kept);
}

/* The canonical URL of ref against base into p->out (kept); NULL when none. */
static const char *canonical_kept(rasd_feed_parser *p, const char *ref, const char *base,
                                  rasd_status *rc)
{
    rbuf abs = {0}, can = {0};
    const char *kept = NULL;
    if (ref && url_resolve(ref, strlen(ref), base, &abs, rc) == 0 &&
        url_canonical(abs.p, abs.n, p->has_params ? &p->params : NULL, &can, rc) == 0)
        kept = rbuf_keep(&p->out, can.p, can.n, rc);
    rbuf_free(&abs);
    rbuf_free(&can);
    return kept;
}

/* An absolute URL for base resolution (in a new buffer b), or NULL. */
static const char *absolute(const char *ref, const char *base, rbuf *b, rasd_status *rc)
{
    b->n = 0;
    if (!ref || url_resolve(ref, strlen(ref), base, b, rc) != 0)
        return NULL;
    rbuf_addc(b, 0, rc);
    return *rc ? NULL : b->p;
}

/* Keeps s with its invalid UTF-8 (JSON strings and XML are not checked for it) as U+FFFD
 * and control characters as spaces. */
static const char *keep_out(rasd_feed_parser *p, const char *s, rasd_status *rc)
{
    rbuf v = {0};
    const char *kept;
    if (!s)
        return NULL;
    for (size_t i = 0, n = strlen(s); i < n;) {
        int32_t cp;
        size_t len = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (cp < 0)
            rbuf_add(&v, "\xEF\xBF\xBD", 3, rc);
        else if (cp < 0x20 || cp == 0x7F)
            rbuf_addc(&v, ' ', rc);
        else
            rbuf_add(&v, s + i, len, rc);
        i += len;
    }
    kept = *rc ? NULL : rbuf_keep(&p->out, v.p ? v.p : "", v.n, rc);
    rbuf_free(&v);
    return kept;
}

static const char *date_out(rasd_feed_parser *p, const char *a, const char *b, rasd_status *rc)
{
    char iso[26];
    if ((a && feed_date(a, strlen(a), iso)) || (b && feed_date(b, strlen(b), iso)))
        return rbuf_keep(&p->out, iso, strlen(iso), rc);
    return NULL;
}

static void finish_item(rasd_feed_parser *p, const feed_raw *r, const char *feed_base,
                        rasd_status *rc)
{
    const feed_build *b = &p->b;
    rbuf ib = {0};
    const char *base = r->base ? absolute(raw(b, r->base), feed_base, &ib, rc) : NULL;
    const char *link = raw(b, r->link);
    if (!link && (r->guid_link || b->format == RASD_FEED_ATOM))
        link = raw(b, r->guid);
    rasd_feed_item it = {0};
    it.url = canonical_kept(p, link, base ? base : feed_base, rc);
    rbuf_free(&ib);
    if (!it.url) {
        p->b.skipped++;
        return;
    }
    const char *u = rbuf_at(&p->out, it.url);
    uint64_t *v = strmap_upsert(&p->seen, u, strlen(u), rc);
    if (!v || (*v)++)
        return;    /* listed twice: one item */
    it.title = keep_out(p, raw(b, r->title), rc);
    it.published = date_out(p, raw(b, r->published), raw(b, r->updated), rc);
    it.author = keep_out(p, raw(b, r->author), rc);
    it.summary = keep_out(p, raw(b, r->summary ? r->summary : r->content), rc);
    it.guid = keep_out(p, raw(b, r->guid), rc);
    it.source = keep_out(p, raw(b, r->source), rc);
    it.line = r->line;
    if ((p->items = grow_array(p->items, &p->cap, p->n + 1, sizeof *p->items, rc)))
        p->items[p->n++] = it;
}

static int is_web_url(const char *s)
{
    return s && (strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0);
}

static rasd_status finish(rasd_feed_parser *p, const char *url, rasd_feed_info *info)
{
    rasd_status rc = RASD_OK;
    rbuf fb = {0}, lb = {0};
    feed_build *b = &p->b;
    const char *doc = is_web_url(url) ? url : NULL;
    const char *base = b->doc_base ? absolute(raw(b, b->doc_base), doc, &fb, &rc) : NULL;
    const char *link = b->feed_link ? absolute(raw(b, b->feed_link), doc, &lb, &rc) : NULL;
    const char *feed_base = base ? base : doc ? doc : link;
    p->out.n = 0;
    p->n = 0;
    strmap_clear(&p->seen);
    for (size_t i = 0; i < b->n && !rc; i++)
        finish_item(p, &b->items[i], feed_base, &rc);
    const char *title = keep_out(p, raw(b, b->feed_title), &rc);
    const char *site = canonical_kept(p, link, NULL, &rc);
    rbuf_free(&fb);
    rbuf_free(&lb);
    if (rc)
        return rc;
    for (size_t i = 0; i < p->n; i++) {
        rasd_feed_item *it = &p->items[i];
        const char **f[] = {&it->url, &it->title, &it->published, &it->author, &it->summary,
                            &it->guid, &it->source};
        for (size_t k = 0; k < sizeof f / sizeof *f; k++)
            *f[k] = rbuf_at(&p->out, *f[k]);
    }
    if (info) {
        info->format = (rasd_feed_format)b->format;
        info->title = rbuf_at(&p->out, title);
        info->link = rbuf_at(&p->out, site);
        info->items = p->n;
        info->skipped = b->skipped;
    }
    return RASD_OK;
}

/* Inflates the gzip data[0,n) (every member) into out, at most max bytes: RASD_ETOOBIG past
 * that (a gzip bomb), RASD_EPARSE for corrupt data. */
static rasd_status gunzip(const char *data, size_t n, size_t max, rbuf *out)
{
    z_stream z;
    rasd_status rc = RASD_OK;
    int zr = Z_OK;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
        return RASD_ENOMEM;
    z.next_in = (Bytef *)(uintptr_t)data;
    z.avail_in = (uInt)n;
    while (!rc && (z.avail_in || zr != Z_STREAM_END)) {
        if (zr == Z_STREAM_END && (rc = inflateReset(&z) == Z_OK ? RASD_OK : RASD_EPARSE))
            break;
        rbuf_reserve(out, 1 << 16, &rc);
        if (rc)
            break;
        z.next_out = (Bytef *)out->p + out->n;
        z.avail_out = 1 << 16;
        zr = inflate(&z, Z_NO_FLUSH);
        out->n += (1 << 16) - z.avail_out;
        if (zr != Z_OK && zr != Z_STREAM_END)
            rc = RASD_EPARSE;
        else if (out->n > max)
            rc = RASD_ETOOBIG;
        else if (zr == Z_OK && z.avail_in == 0 && z.avail_out != 0)
            rc = RASD_EPARSE;   /* cut short */
    }
    inflateEnd(&z);
    return rc;
}

static rasd_status parse_doc(rasd_feed_parser *p, const char *data, size_t len, const char *url,
                             rasd_feed_info *info);

rasd_status rasd_feed_parse(rasd_feed_parser *p, const char *data, size_t len, const char *url,
                            rasd_feed_info *info)
{
    rbuf plain = {0};
    rasd_status rc;
    if (info)
        memset(info, 0, sizeof *info);
    if (!p || (!data && len))
        return RASD_EINVAL;
    p->n = 0;
    p->err[0] = 0;
    if (len > FEED_MAX_BYTES) {
        snprintf(p->err, sizeof p->err, "%s: larger than %zu MiB", url ? url : "-",
                 FEED_MAX_BYTES >> 20);
        return RASD_ETOOBIG;
    }
    if (len < 2 || memcmp(data, "\x1F\x8B", 2) != 0)
        return parse_doc(p, data, len, url, info);
    /* a sitemap.xml.gz as served, not unpacked by the transfer */
    if ((rc = gunzip(data, len, FEED_MAX_BYTES, &plain)) != RASD_OK) {
        snprintf(p->err, sizeof p->err, "%s: %s", url ? url : "-",
                 rc == RASD_ETOOBIG ? "larger than 64 MiB once inflated" : "corrupt gzip data");
        rbuf_free(&plain);
        return rc;
    }
    rc = parse_doc(p, plain.p ? plain.p : "", plain.n, url, info);
    rbuf_free(&plain);
    return rc;
}

static rasd_status parse_doc(rasd_feed_parser *p, const char *data, size_t len, const char *url,
                             rasd_feed_info *info)
{
    feed_build *b = &p->b;
    size_t i = 0;
    build_reset(b);
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len && isspace((unsigned char)data[i]))
        i++;
    if (i < len && data[i] == '{')
        feed_read_json(b, data, len, url);
    else if (len)
        feed_read_xml(b, data, len, url);
    else
        feed_error(b, url, 0, "empty document");
    if (b->rc)
        return b->rc;
    rasd_status rc = finish(p, url, info);
    snprintf(p->err, sizeof p->err, "%s", b->err);
    return rc ? rc : b->err[0] ? RASD_EPARSE : RASD_OK;
}

/* Reads path (gzip or not; "-": standard input) into buf, at most max + 1 bytes. */
static rasd_status read_all(const char *path, size_t max, rbuf *buf)
{
    rasd_status rc = RASD_OK;
    gzFile f = strcmp(path, "-") == 0 ? gzdopen(0, "rb") : gzopen(path, "rb");
    if (!f)
        return RASD_EIO;
    for (;;) {
        rbuf_reserve(buf, 1 << 16, &rc);
        if (rc)
            break;
        int got = gzread(f, buf->p + buf->n, 1 << 16);
        if (got < 0) {
            rc = RASD_EIO;
            break;
        }
        if (got == 0)
            break;
        buf->n += (size_t)got;
        if (buf->n > max) {
            rc = RASD_ETOOBIG;
            break;
        }
    }
    if (strcmp(path, "-") == 0)
        gzclose_r(f);
    else
        gzclose(f);
    return rc;
}

rasd_status rasd_feed_parse_file(rasd_feed_parser *p, const char *path, const char *base,
                                 rasd_feed_info *info)
{
    rbuf buf = {0};
    rasd_status rc;
    if (info)
        memset(info, 0, sizeof *info);
    if (!p || !path)
        return RASD_EINVAL;
    p->n = 0;
    rc = read_all(path, FEED_MAX_BYTES, &buf);
    if (rc) {
        snprintf(p->err, sizeof p->err, "%s: %s", path,
                 rc == RASD_ETOOBIG ? "larger than 64 MiB" : "cannot read");
        rbuf_free(&buf);
        return rc;
    }
    if (base && *base) {
        /* errors name the file; links resolve against base */
        rc = rasd_feed_parse(p, buf.p, buf.n, base, info);
        if (p->err[0] && strncmp(p->err, base, strlen(base)) == 0) {
            char tmp[512];
            snprintf(tmp, sizeof tmp, "%s%s", path, p->err + strlen(base));
            snprintf(p->err, sizeof p->err, "%s", tmp);
        }
    } else
        rc = rasd_feed_parse(p, buf.p, buf.n, path, info);
    rbuf_free(&buf);
    return rc;
}

const rasd_feed_item *rasd_feed_items(const rasd_feed_parser *p, size_t *count)
{
    *count = p ? p->n : 0;
    return p ? p->items : NULL;
}

const char *rasd_feed_error(const rasd_feed_parser *p)
{
    return p ? p->err : "";
}

rasd_status rasd_feed_item_json(rasd_feed_parser *p, const rasd_feed_item *it,
                                const char **out, size_t *out_len)
{
    rasd_status rc = RASD_OK;
    if (!p || !it || !out)
        return RASD_EINVAL;
    p->json.n = 0;
    rbuf_adds(&p->json, "{\"url\":", &rc);
    json_str(&p->json, it->url, strlen(it->url), &rc);
    json_field(&p->json, "title", it->title, &rc);
    json_field(&p->json, "published", it->published, &rc);
    json_field(&p->json, "author", it->author, &rc);
    json_field(&p->json, "summary", it->summary, &rc);
    json_field(&p->json, "guid", it->guid, &rc);
    json_field(&p->json, "source", it->source, &rc);
    rbuf_addc(&p->json, '}', &rc);
    rbuf_addc(&p->json, 0, &rc);
    if (rc)
        return rc;
    *out = p->json.p;
    if (out_len)
        *out_len = p->json.n - 1;
    return RASD_OK;
}

/* ------------------------------------------------------------------ URLs */

rasd_status rasd_url_canonical(const rasd_feed_parser *p, const char *url, const char *base,
                               char **out)
{
    rasd_status rc = RASD_OK;
    rbuf abs = {0}, can = {0};
    if (!url || !out)
        return RASD_EINVAL;
    *out = NULL;
    if (url_resolve(url, strlen(url), base, &abs, &rc) == 0 &&
        url_canonical(abs.p, abs.n, p && p->has_params ? &p->params : NULL, &can, &rc) == 0)
        rbuf_addc(&can, 0, &rc);
    rbuf_free(&abs);
    if (rc || !can.n) {
        rbuf_free(&can);
        return rc ? rc : RASD_EPARSE;
    }
    *out = can.p;
    return RASD_OK;
}

/* Whether canonical URL u has the path "/" and no query: a site's home page. */
static int home_page(const char *u)
{
    url_parts parts;
    url_split(u, strlen(u), &parts);
    return parts.npath <= 1 && !parts.query;
}

rasd_status rasd_article_url(const rasd_feed_parser *p, const char *fetched_url,
                             const char *page_url, char **out)
{
    char *fetched = NULL, *page = NULL;
    rasd_status rc;
    if (!fetched_url || !out)
        return RASD_EINVAL;
    *out = NULL;
    if ((rc = rasd_url_canonical(p, fetched_url, NULL, &fetched)) != RASD_OK)
        return rc;
    if (page_url && rasd_url_canonical(p, page_url, fetched, &page) == RASD_OK &&
        !(home_page(page) && !home_page(fetched))) {
        free(fetched);
        *out = page;
        return RASD_OK;
    }
    free(page);
    *out = fetched;
    return RASD_OK;
}

void rasd_content_hash(const char *text, size_t len, char out[33])
{
    XXH3_state_t *st = XXH3_createState();
    XXH128_hash_t h = {0, 0};
    size_t i = 0;
    if (st && XXH3_128bits_reset(st) == XXH_OK) {
        while (i < len && isspace((unsigned char)text[i]))
            i++;
        while (i < len) {
            size_t j = i;
            while (j < len && !isspace((unsigned char)text[j]))
                j++;
            XXH3_128bits_update(st, text + i, j - i);
            while (j < len && isspace((unsigned char)text[j]))
                j++;
            if (j < len)
                XXH3_128bits_update(st, " ", 1);
            i = j;
        }
        h = XXH3_128bits_digest(st);
    }
    XXH3_freeState(st);
    snprintf(out, 33, "%016llx%016llx", (unsigned long long)h.high64, (unsigned long long)h.low64);
}
