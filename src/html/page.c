/* page.c — rasd_html: a web page in, an article record out (include/rasd.h).
 *
 * The bytes are decoded (charset.c), parsed by gumbo, read for metadata (meta.c) and for
 * the main text (extract.c). Fields come from metadata first, then from the page:
 *   title      JSON-LD headline, og:title, <title> less the site's name, the first <h1>
 *   published  JSON-LD datePublished, article:published_time and the other <meta> dates,
 *              <time datetime>, then the text of a <time> or date byline: numeric and
 *              English dates here, Arabic and Hijri ones by rasd's date resolver
 *              (rasd_extract) when the handle has an engine
 *   author     JSON-LD author, <meta name=author> and kin, a byline element
 *   lang       <html lang>, Content-Language, og:locale, else the text's script
 *   source     og:site_name, the JSON-LD publisher, else the URL's host
 */
#include "html/html.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <zlib.h>

struct rasd_html {
    const rasd_engine *engine;    /* may be NULL */
    rasd_doc *doc;                /* for rasd_extract of a byline */
    rbuf raw, utf8, lean, text, json;
    html_meta meta;
    html_charset cs;
    char published[40], lang[16], title[2048], host[256];
};

/* -------------------------------------------------------------- helpers */

int html_icontains(const char *s, const char *needle)
{
    char hay[512], low[64];
    size_t k = 0, m = 0;
    for (; s[k] && k < sizeof hay - 1; k++)
        hay[k] = (char)tolower((unsigned char)s[k]);
    hay[k] = 0;
    for (; needle[m] && m < sizeof low - 1; m++)
        low[m] = (char)tolower((unsigned char)needle[m]);
    low[m] = 0;
    return strstr(hay, low) != NULL;
}

const char *html_attr(const GumboNode *n, const char *name)
{
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE)
        return NULL;
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : NULL;
}

const char *html_trim(const char *s, size_t *n)
{
    while (*n && (isspace((unsigned char)*s) || (*n >= 2 && (unsigned char)s[0] == 0xC2 &&
                                                   (unsigned char)s[1] == 0xA0))) {
        size_t k = isspace((unsigned char)*s) ? 1 : 2;
        s += k, *n -= k;
    }
    while (*n && (isspace((unsigned char)s[*n - 1]) ||
                  (*n >= 2 && (unsigned char)s[*n - 2] == 0xC2 && (unsigned char)s[*n - 1] == 0xA0)))
        *n -= isspace((unsigned char)s[*n - 1]) ? 1 : 2;
    return s;
}

static void text_of(const GumboNode *n, rbuf *out, int *space, int depth, rasd_status *rc)
{
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
        for (const char *p = n->v.text.text; *p && !*rc; p++) {
            if (isspace((unsigned char)*p)) {
                *space = out->n > 0;
                continue;
            }
            if (*space)
                rbuf_addc(out, ' ', rc);
            *space = 0;
            rbuf_addc(out, *p, rc);
        }
        return;
    }
    if (n->type != GUMBO_NODE_ELEMENT || depth > 64 || n->v.element.tag == GUMBO_TAG_SCRIPT ||
        n->v.element.tag == GUMBO_TAG_STYLE)
        return;
    const GumboVector *ch = &n->v.element.children;
    for (unsigned i = 0; i < ch->length && !*rc; i++)
        text_of(ch->data[i], out, space, depth + 1, rc);
}

void html_node_text(const GumboNode *n, rbuf *out, rasd_status *rc)
{
    int space = 0;
    text_of(n, out, &space, 0, rc);
}

/* ---------------------------------------------------------------- dates */

static const char *const months[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};

static int month_word(const char *s, size_t n)
{
    if (n < 3)
        return 0;
    for (int m = 0; m < 12; m++)
        if (strncasecmp(s, months[m], 3) == 0)
            return m + 1;
    return 0;
}

static int put_day(int y, int m, int d, char out[11])
{
    if (y < 100)
        y += 2000;
    if (!day_valid(y, m, d) || y < 1990 || y > 2100)
        return 0;
    day_iso(cal_days(y, m, d), out);
    return 1;
}

/* Numbers and month words of s in order, at most 8. */
typedef struct dtok {
    int num, month;     /* num >= 0: a number; month 1-12: a month word */
    int digits;
    char sep;           /* the byte right after it */
} dtok;

int html_date_iso(const char *s, size_t n, char out[11])
{
    dtok t[8];
    size_t nt = 0, i = 0;
    while (i < n && nt < 8) {
        if (isdigit((unsigned char)s[i])) {
            int v = 0, k = 0;
            while (i < n && isdigit((unsigned char)s[i]) && k < 6)
                v = v * 10 + (s[i++] - '0'), k++;
            t[nt++] = (dtok){v, 0, k, i < n ? s[i] : 0};
        } else if (isalpha((unsigned char)s[i])) {
            size_t j = i;
            while (j < n && isalpha((unsigned char)s[j]))
                j++;
            int m = month_word(s + i, j - i);
            if (m)
                t[nt++] = (dtok){-1, m, 0, j < n ? s[j] : 0};
            i = j;
        } else
            i++;
    }
    for (size_t k = 0; k + 2 < nt; k++) {
        dtok *a = &t[k], *b = &t[k + 1], *c = &t[k + 2];
        if (a->digits == 4 && b->num >= 0 && c->num >= 0 && b->digits <= 2 && c->digits <= 2)
            return put_day(a->num, b->num, c->num, out);              /* 2019-11-19 */
        if (a->month && b->num >= 0 && b->digits <= 2 && c->digits == 4)
            return put_day(c->num, a->month, b->num, out);            /* Nov 19, 2019 */
        if (a->num >= 0 && a->digits <= 2 && b->month && c->digits == 4)
            return put_day(c->num, b->month, a->num, out);            /* 19 Nov 2019 */
        if (a->num >= 0 && b->num >= 0 && a->digits <= 2 && b->digits <= 2 && c->digits == 4 &&
            (a->sep == '/' || a->sep == '.' || a->sep == '-')) {
            if (b->num > 12)                                          /* 11/19/2019 */
                return put_day(c->num, a->num, b->num, out);
            return put_day(c->num, b->num, a->num, out);              /* 19/11/2019 */
        }
    }
    return 0;
}

/* ---------------------------------------------------------- raw text */

/* Whether s[0,n) starts with the tag name `name` (case-insensitive) and a name boundary. */
static int tag_at(const char *s, size_t n, const char *name)
{
    size_t m = strlen(name);
    return n > m && strncasecmp(s, name, m) == 0 && !isalnum((unsigned char)s[m]) &&
           s[m] != '-' && s[m] != ':';
}

/* The first needle in [s, end), case-insensitively (ASCII), or NULL. */
static const char *find_ci(const char *s, const char *end, const char *needle)
{
    size_t m = strlen(needle);
    unsigned char lo = (unsigned char)tolower((unsigned char)needle[0]);
    unsigned char up = (unsigned char)toupper((unsigned char)needle[0]);
    for (const char *p = s; p + m <= end; p++) {
        const char *q = memchr(p, lo, (size_t)(end - p));
        const char *r = lo != up ? memchr(p, up, (size_t)(q ? q - p : end - p)) : NULL;
        p = r ? r : q;
        if (!p || p + m > end)
            return NULL;
        if (strncasecmp(p, needle, m) == 0)
            return p;
    }
    return NULL;
}

/* Nesting deeper than this is flattened before gumbo reads the page, as browsers do (Blink
 * stops nesting at 512): gumbo's tree construction costs by the depth at every tag, so 40,000
 * open <div>s took 41 s, and no real page is that deep. Under extract.c's DEPTH_MAX (400),
 * so the text of a flattened page is within what its walk reads. */
#define HTML_MAX_DEPTH 256

/* Whether the tag named at s (length m, lowercase or not) counts for the depth: not a void
 * element, and not one whose end tag may be left out (the parser closes those itself, so a
 * page's thousand unclosed <p>s or <li>s are not deep). */
static int nests(const char *s, size_t m)
{
    static const char *const flat[] = {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody",
        "tfoot", "colgroup", "rb", "rp", "rt", "rtc", "html", "head", "body"};
    for (size_t i = 0; i < sizeof flat / sizeof *flat; i++)
        if (strlen(flat[i]) == m && strncasecmp(s, flat[i], m) == 0)
            return 0;
    return 1;
}

typedef struct {
    size_t depth;      /* open elements that nest, as counted from the tags */
    size_t dropped;    /* start tags left out past HTML_MAX_DEPTH, whose end tags go too */
} nesting;

/* For the tag at p (p[0] == '<', its '>' at gt): whether to leave it out, keeping the depth
 * of the tags kept at HTML_MAX_DEPTH or under. A tag closed by "/>" does not nest. */
static int too_deep(nesting *d, const char *p, const char *gt)
{
    int end = p[1] == '/';
    const char *name = p + 1 + end;
    size_t m = 0;
    while (name + m < gt && (isalnum((unsigned char)name[m]) || name[m] == '-'))
        m++;
    if (!m || !isalpha((unsigned char)name[0]) || !nests(name, m) || (!end && gt[-1] == '/'))
        return 0;
    if (end) {
        if (d->dropped) {
            d->dropped--;
            return 1;
        }
        d->depth -= d->depth > 0;
        return 0;
    }
    if (d->depth < HTML_MAX_DEPTH) {
        d->depth++;
        return 0;
    }
    d->dropped++;
    return 1;
}

/* Copies the page without what holds no text: the contents of <script> (but JSON-LD),
 * <style> and <svg>, and comments, and without the tags nested past HTML_MAX_DEPTH. More than half of a news page's bytes are there, and
 * gumbo, which reads every byte of them, is most of the time spent on a page. The content
 * of a script ends at the first </script, as the HTML tokenizer has it (the escaped states
 * of a "<!--" inside a script aside). */
static void strip_raw(const char *s, size_t n, rbuf *out, rasd_status *rc)
{
    const char *p = s, *end = s + n, *run = s, *next_gt = NULL;
    nesting d = {0, 0};
    out->n = 0;
    rbuf_reserve(out, n + 1, rc);
    while (!*rc && (p = memchr(p, '<', (size_t)(end - p))) != NULL) {
        const char *close = NULL, *skip_to = NULL, *gt;
        size_t left = (size_t)(end - p);
        if (left >= 4 && memcmp(p, "<!--", 4) == 0) {
            const char *e = find_ci(p + 4, end, "-->");
            rbuf_add(out, run, (size_t)(p - run), rc);
            run = p = e ? e + 3 : end;
            continue;
        }
        if (tag_at(p + 1, left - 1, "script"))
            close = "</script";
        else if (tag_at(p + 1, left - 1, "style"))
            close = "</style";
        else if (tag_at(p + 1, left - 1, "svg"))
            close = "</svg";
        /* the first '>' after p; the last one found while it is still ahead (a run of '<'
         * before one '>' is read once) */
        if (!(gt = next_gt > p ? next_gt : memchr(p, '>', left)))
            break;
        next_gt = gt;
        if (!close) {
            if (too_deep(&d, p, gt)) {
                rbuf_add(out, run, (size_t)(p - run), rc);
                run = gt + 1;
            }
            p++;
            continue;
        }
        if (strcmp(close, "</script") != 0 || !find_ci(p, gt, "ld+json"))
            skip_to = find_ci(gt, end, close);
        if (!skip_to) {                       /* JSON-LD, or no end: keep as it is */
            p = gt;
            continue;
        }
        rbuf_add(out, run, (size_t)(gt + 1 - run), rc);
        run = p = skip_to;
    }
    rbuf_add(out, run, (size_t)(end - run), rc);
}

/* ------------------------------------------------------------- handle */

rasd_status rasd_html_new(rasd_html **out, const rasd_engine *e)
{
    rasd_html *h = calloc(1, sizeof *h);
    *out = NULL;
    if (!h)
        return RASD_ENOMEM;
    h->engine = e;
    if (e && rasd_doc_new(&h->doc) != RASD_OK) {
        free(h);
        return RASD_ENOMEM;
    }
    *out = h;
    return RASD_OK;
}

void rasd_html_free(rasd_html *h)
{
    if (!h)
        return;
    rasd_doc_free(h->doc);
    rbuf_free(&h->raw);
    rbuf_free(&h->utf8);
    rbuf_free(&h->lean);
    rbuf_free(&h->text);
    rbuf_free(&h->json);
    rbuf_free(&h->meta.str);
    free(h);
}

/* ------------------------------------------------------------- fields */

/* <title> often ends with the site's name after a separator: "Headline - Site". */
static const char *clean_title(rasd_html *h, const char *t)
{
    static const char *const seps[] = {" | ", " - ", " — ", " – ", " :: ", " « ", " » "};
    size_t n = strlen(t), cut = n;
    for (size_t i = 0; i < sizeof seps / sizeof *seps; i++) {
        const char *p = strstr(t, seps[i]), *next;
        while (p && (next = strstr(p + 1, seps[i])) != NULL)
            p = next;
        if (p && (size_t)(p - t) >= 15 && (size_t)(p - t) < cut)
            cut = (size_t)(p - t);
    }
    if (cut == n || cut >= sizeof h->title)
        return t;
    memcpy(h->title, t, cut);
    h->title[cut] = 0;
    return h->title;
}

static void lang_of(rasd_html *h, const char *text, size_t n)
{
    const char *l = h->meta.lang;
    size_t k = 0;
    h->lang[0] = 0;
    if (l) {
        while (k < sizeof h->lang - 1 && isalpha((unsigned char)l[k]))
            h->lang[k] = (char)tolower((unsigned char)l[k]), k++;
        h->lang[k] = 0;
        if (k >= 2 && k <= 3)
            return;
        h->lang[0] = 0;
    }
    size_t arabic = 0, latin = 0;
    for (size_t i = 0; i < n && i < 8192; i++) {
        unsigned char c = (unsigned char)text[i];
        arabic += c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB;
        latin += isalpha(c) != 0;
    }
    if (arabic * 2 > latin && arabic >= 20)
        snprintf(h->lang, sizeof h->lang, "ar");
    else if (latin >= 20)
        snprintf(h->lang, sizeof h->lang, strstr(text, " the ") ? "en" : "und");
}

/* An Arabic or Hijri date in a byline, through rasd's date resolver. */
static int resolve_byline(rasd_html *h, const char *s)
{
    size_t n;
    const rasd_date *d;
    if (!h->engine || !s)
        return 0;
    if (rasd_analyze(h->engine, h->doc, s, strlen(s)) != RASD_OK ||
        rasd_extract(h->engine, h->doc, NULL) != RASD_OK)
        return 0;
    d = rasd_doc_dates(h->doc, &n);
    for (size_t i = 0; i < n; i++)
        if (strlen(d[i].value) == 10) {
            snprintf(h->published, sizeof h->published, "%s", d[i].value);
            return 1;
        }
    return 0;
}

/* Whether s is an ISO 8601 day, or a day and a time (2019-11-19T08:30:00+03:00, or with a
 * space for the T as pages write it): the form published keeps as it is. day_parse reads a day from the start of other strings too
 * (2019/11/19; a day cut by a line break), which html_date_iso makes a day of instead. */
static int iso_stamp(const char *s)
{
    size_t n = strlen(s);
    if (n < 10 || s[4] != '-' || s[7] != '-' || (n > 10 && s[10] != 'T' && s[10] != ' '))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (i == 4 || i == 7 || i == 10 ? 0
            : i < 10 ? !isdigit((unsigned char)s[i]) : !strchr("0123456789:.+-Z", s[i]))
            return 0;
    return 1;
}

static const char *published(rasd_html *h)
{
    const char *cands[2] = {h->meta.published, h->meta.page_date};
    char day[11];
    for (int i = 0; i < 2; i++) {
        const char *s = cands[i];
        int64_t days;
        if (!s)
            continue;
        if (day_parse(s, &days) && iso_stamp(s) && strlen(s) < sizeof h->published) {
            snprintf(h->published, sizeof h->published, "%s", s);
            return h->published;
        }
        if (html_date_iso(s, strlen(s), day)) {
            snprintf(h->published, sizeof h->published, "%s", day);
            return h->published;
        }
    }
    const char *b = h->meta.byline_date;
    if (b && html_date_iso(b, strlen(b), day)) {
        snprintf(h->published, sizeof h->published, "%s", day);
        return h->published;
    }
    return resolve_byline(h, b) ? h->published : NULL;
}

static const char *author(const rasd_html *h)
{
    static const char *const by[] = {"by ", "بقلم: ", "بقلم ", "كتب: ", "كتبت ", "كتب "};
    const char *a = h->meta.author ? h->meta.author : h->meta.page_author;
    if (!a)
        return NULL;
    for (size_t i = 0; i < sizeof by / sizeof *by; i++)
        if (strncasecmp(a, by[i], strlen(by[i])) == 0 && a[strlen(by[i])])
            return a + strlen(by[i]);
    return a;
}

static const char *host_of(rasd_html *h, const char *url)
{
    const char *p = url ? strstr(url, "://") : NULL;
    if (!p)
        return NULL;
    p += 3;
    size_t n = strcspn(p, "/:?#");
    if (n > 4 && strncmp(p, "www.", 4) == 0)
        p += 4, n -= 4;
    if (!n || n >= sizeof h->host)
        return NULL;
    memcpy(h->host, p, n);
    h->host[n] = 0;
    return h->host;
}

/* Bytes that are no text page at all (an image, an archive, random bytes): a NUL or more
 * than 1% of C0 controls other than tab, line feed, form feed and carriage return in the
 * first 4 KiB (a UTF-16 page has its BOM, read before this). */
static int binary(const char *s, size_t n)
{
    size_t ctl = 0, m = n < 4096 ? n : 4096;
    if (n >= 2 && ((unsigned char)s[0] == 0xFF || (unsigned char)s[0] == 0xFE) &&
        ((unsigned char)s[0] ^ (unsigned char)s[1]) == 0x01)
        return 0;
    for (size_t i = 0; i < m; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0)
            return 1;
        ctl += c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r';
    }
    return ctl * 100 > m;
}

rasd_status rasd_html_extract(rasd_html *h, const char *html, size_t len,
                              const char *content_type, rasd_page *page)
{
    rasd_status rc;
    memset(page, 0, sizeof *page);
    if (!h || (!html && len))
        return RASD_EINVAL;
    if (len > ((size_t)1 << 30))
        return RASD_ETOOBIG;
    h->meta.str.n = 0;
    rbuf str = h->meta.str;
    memset(&h->meta, 0, sizeof h->meta);
    h->meta.str = str;
    if ((rc = html_decode(html ? html : "", len, content_type, &h->utf8, &h->cs)) != RASD_OK)
        return rc;
    page->text = "";
    page->charset = h->cs.used;
    page->charset_declared = h->cs.declared[0] ? h->cs.declared : NULL;
    page->charset_lied = h->cs.lied;
    if (binary(html, len))
        return RASD_OK;
    GumboOptions opts = kGumboDefaultOptions;
    opts.max_errors = 0;
    strip_raw(h->utf8.p, h->utf8.n, &h->lean, &rc);
    if (rc)
        return rc;
    GumboOutput *g = gumbo_parse_with_options(&opts, h->lean.p, h->lean.n);
    if (!g)
        return RASD_ENOMEM;
    html_meta_read(g->root, &h->meta, &rc);
    const html_meta *m = &h->meta;
    const char *title = m->headline ? m->headline : m->og_title;
    if (!title && m->title)
        title = clean_title(h, m->title);
    if (!title)
        title = m->h1;
    if (!rc)
        html_main_text(g->root, title, &h->text, &rc);
    gumbo_destroy_output(&opts, g);
    if (rc)
        return rc;
    page->title = title;
    page->text = h->text.p ? h->text.p : "";
    page->text_len = h->text.n;
    page->published = published(h);
    page->author = author(h);
    lang_of(h, page->text, page->text_len);
    page->lang = h->lang[0] ? h->lang : NULL;
    page->url = m->url;
    page->source = m->site ? m->site : host_of(h, m->url);
    page->charset = h->cs.used;
    page->charset_declared = h->cs.declared[0] ? h->cs.declared : NULL;
    page->charset_lied = h->cs.lied;
    return RASD_OK;
}

rasd_status rasd_html_json(rasd_html *h, const rasd_page *page, const char *id,
                           const char **out, size_t *out_len)
{
    rasd_status rc = RASD_OK;
    rbuf *b = &h->json;
    b->n = 0;
    rbuf_adds(b, "{\"id\":", &rc);
    json_str(b, id ? id : "", id ? strlen(id) : 0, &rc);
    json_field(b, "url", page->url, &rc);
    json_field(b, "title", page->title, &rc);
    rbuf_adds(b, ",\"text\":", &rc);
    json_str(b, page->text ? page->text : "", page->text ? page->text_len : 0, &rc);
    json_field(b, "published", page->published, &rc);
    json_field(b, "author", page->author, &rc);
    json_field(b, "lang", page->lang, &rc);
    json_field(b, "source", page->source, &rc);
    rbuf_addc(b, '}', &rc);
    if (rc)
        return rc;
    *out = b->p;
    *out_len = b->n;
    return RASD_OK;
}

rasd_status rasd_html_extract_file(rasd_html *h, const char *path, size_t max_bytes,
                                   rasd_page *page)
{
    rasd_status rc = RASD_OK;
    gzFile f;
    int n;
    memset(page, 0, sizeof *page);
    if (!h || !path)
        return RASD_EINVAL;
    if (!max_bytes)
        max_bytes = (size_t)256 << 20;
    f = strcmp(path, "-") == 0 ? gzdopen(dup(0), "rb") : gzopen(path, "rb");
    if (!f)
        return RASD_EIO;
    h->raw.n = 0;
    for (;;) {
        rbuf_reserve(&h->raw, 1 << 16, &rc);
        if (rc)
            break;
        n = gzread(f, h->raw.p + h->raw.n, 1 << 16);
        if (n <= 0) {
            rc = n < 0 ? RASD_EIO : RASD_OK;
            break;
        }
        h->raw.n += (size_t)n;
        if (h->raw.n > max_bytes) {
            rc = RASD_ETOOBIG;
            break;
        }
    }
    gzclose(f);
    return rc ? rc : rasd_html_extract(h, h->raw.p, h->raw.n, NULL, page);
}
