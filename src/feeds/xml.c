/* xml.c — RSS, Atom and sitemaps through libxml2's SAX2 push parser.
 *
 * Safety: the handler has no entity declaration callback and answers getEntity with the
 * five predefined entities only, so no entity of the document is ever stored or expanded
 * (no billion laughs, no external entity: XXE), and XML_PARSE_NONET forbids the network
 * besides. libxml2's own limits (10 MB a text node, 256 levels deep) hold: no
 * XML_PARSE_HUGE. Malformed input: XML_PARSE_RECOVER goes on after an error, the first
 * error with its line is kept.
 *
 * Elements are told apart by namespace and local name: an RSS item's <image:loc> or
 * <media:title> is not its link or title. */
#include "feeds/feeds.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <ctype.h>
#include <string.h>

#define XML_XML_NAMESPACE_URI "http://www.w3.org/XML/1998/namespace"

enum ns { NS_NONE, NS_ATOM, NS_RSS1, NS_DC, NS_CONTENT, NS_SITEMAP, NS_NEWS, NS_RDF, NS_OTHER };

static const struct { const char *uri; enum ns ns; } namespaces[] = {
    {"http://www.w3.org/2005/Atom", NS_ATOM},
    {"http://purl.org/atom/ns#", NS_ATOM},
    {"http://purl.org/rss/1.0/", NS_RSS1},
    {"http://my.netscape.com/rdf/simple/0.9/", NS_RSS1},
    {"http://purl.org/dc/elements/1.1/", NS_DC},
    {"http://purl.org/dc/terms/", NS_DC},
    {"http://purl.org/rss/1.0/modules/content/", NS_CONTENT},
    {"http://www.sitemaps.org/schemas/sitemap/0.9", NS_SITEMAP},
    {"http://www.google.com/schemas/sitemap/0.84", NS_SITEMAP},
    {"http://www.google.com/schemas/sitemap-news/0.9", NS_NEWS},
    {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", NS_RDF},
};

/* What the text of an element is for. */
enum field { F_NONE, F_LINK, F_TITLE, F_PUBLISHED, F_UPDATED, F_AUTHOR, F_SUMMARY, F_CONTENT,
             F_GUID, F_SOURCE, F_FEED_TITLE, F_FEED_LINK };

enum { FIELD_MAX = 1 << 20, DEPTH_MAX = 1024 };

/* HTML's named references that feeds use without declaring them (&nbsp; in a title), read
 * as XML's predefined ones are: otherwise the first would be an error, and after an error
 * libxml2 drops every reference, &amp; too. */
static const struct { const char *name, *utf8; } html_entities[] = {
    {"nbsp", "\u00A0"}, {"hellip", "\u2026"}, {"mdash", "\u2014"}, {"ndash", "\u2013"},
    {"laquo", "\u00AB"}, {"raquo", "\u00BB"}, {"lsquo", "\u2018"}, {"rsquo", "\u2019"},
    {"ldquo", "\u201C"}, {"rdquo", "\u201D"}, {"sbquo", "\u201A"}, {"bdquo", "\u201E"},
    {"copy", "\u00A9"}, {"reg", "\u00AE"}, {"trade", "\u2122"}, {"middot", "\u00B7"},
    {"bull", "\u2022"}, {"times", "\u00D7"}, {"divide", "\u00F7"}, {"deg", "\u00B0"},
    {"euro", "\u20AC"}, {"pound", "\u00A3"}, {"shy", "\u00AD"}, {"zwnj", "\u200C"},
    {"zwj", "\u200D"}, {"lrm", "\u200E"}, {"rlm", "\u200F"}, {"iexcl", "\u00A1"},
    {"iquest", "\u00BF"}, {"eacute", "\u00E9"}};
#define NHTML (sizeof html_entities / sizeof *html_entities)

typedef struct xml_ctx {
    feed_build *b;
    const char *where;
    xmlParserCtxtPtr ctxt;
    enum ns main;           /* the namespace of the format's own elements */
    int depth;
    int item_depth;         /* depth of the open item element, 0 when none */
    int channel_depth;      /* depth of RSS <channel> or Atom <feed>, 0 when none */
    int author_depth;       /* depth of an open Atom <author>, 0 when none */
    int skip_depth;         /* depth of an Atom <source> (another feed's metadata), 0: none */
    xmlEntity html[NHTML];  /* html_entities as libxml2 entities */
    enum field field;       /* what the open capture is for */
    int field_depth;
    int field_html;         /* the captured text is HTML (summaries, Atom type="html") */
    rbuf text;
} xml_ctx;

static enum ns ns_of(const xmlChar *uri)
{
    if (!uri)
        return NS_NONE;
    for (size_t i = 0; i < sizeof namespaces / sizeof *namespaces; i++)
        if (strcmp((const char *)uri, namespaces[i].uri) == 0)
            return namespaces[i].ns;
    return NS_OTHER;
}

static int is(const xmlChar *name, const char *want)
{
    return strcmp((const char *)name, want) == 0;
}

/* The value of attribute local (no namespace, or the xml namespace when xml is set) among
 * SAX2's attributes (5 pointers each: local, prefix, URI, value, end), kept in the pool. */
static const char *attr(xml_ctx *x, int n, const xmlChar **a, const char *local, int xml)
{
    for (int i = 0; i < n; i++, a += 5) {
        int in_xml = a[2] && strcmp((const char *)a[2], XML_XML_NAMESPACE_URI) == 0;
        if (is(a[0], local) && (xml ? in_xml : !a[2])) {
            const char *kept = NULL;
            feed_keep(x->b, &kept, (const char *)a[3], (size_t)(a[4] - a[3]));
            return kept;
        }
    }
    return NULL;
}

/* The same, as a short C string copy in buf ("" when absent). */
static const char *attr_buf(int n, const xmlChar **a, const char *local, char *buf, size_t cap)
{
    buf[0] = 0;
    for (int i = 0; i < n; i++, a += 5)
        if (is(a[0], local) && !a[2]) {
            size_t len = (size_t)(a[4] - a[3]);
            if (len >= cap)
                len = cap - 1;
            memcpy(buf, a[3], len);
            buf[len] = 0;
            break;
        }
    return buf;
}

static long line_of(const xml_ctx *x)
{
    return x->ctxt ? (long)xmlSAX2GetLineNumber(x->ctxt) : 0;
}

/* ------------------------------------------------------------- the root */

static void root(xml_ctx *x, const xmlChar *name, enum ns ns, int n, const xmlChar **a)
{
    feed_build *b = x->b;
    x->main = ns == NS_RSS1 ? NS_RSS1 : ns;
    if (is(name, "rss") && ns == NS_NONE)
        b->format = RASD_FEED_RSS;
    else if (is(name, "RDF") && ns == NS_RDF) {
        b->format = RASD_FEED_RSS;
        x->main = NS_RSS1;
    } else if (is(name, "feed") && (ns == NS_ATOM || ns == NS_NONE))
        b->format = RASD_FEED_ATOM;
    else if (is(name, "urlset") && (ns == NS_SITEMAP || ns == NS_NONE))
        b->format = RASD_FEED_SITEMAP;
    else if (is(name, "sitemapindex") && (ns == NS_SITEMAP || ns == NS_NONE))
        b->format = RASD_FEED_SITEMAP_INDEX;
    else {
        char what[160];
        snprintf(what, sizeof what, "not a feed: the root element is <%.100s>", (const char *)name);
        feed_error(b, x->where, line_of(x), what);
        xmlStopParser(x->ctxt);
        return;
    }
    if (b->format == RASD_FEED_ATOM)
        x->channel_depth = 1;
    b->doc_base = attr(x, n, a, "base", 1);
}

/* ----------------------------------------------------------- elements */

static void capture(xml_ctx *x, enum field f, int html)
{
    x->field = f;
    x->field_depth = x->depth;
    x->field_html = html;
    x->text.n = 0;
}

/* An Atom <link>: rel="alternate" (or none) is the page, rel="self" the feed's own. */
static void atom_link(xml_ctx *x, int n, const xmlChar **a, int in_item)
{
    char rel[32], type[64];
    attr_buf(n, a, "rel", rel, sizeof rel);
    attr_buf(n, a, "type", type, sizeof type);
    int alternate = !rel[0] || strcmp(rel, "alternate") == 0;
    if (type[0] && !strstr(type, "html"))
        alternate = 0;
    if (in_item && alternate)
        x->b->cur.link = x->b->cur.link ? x->b->cur.link : attr(x, n, a, "href", 0);
    else if (!in_item && (alternate || strcmp(rel, "self") == 0) && !x->b->feed_link)
        x->b->feed_link = attr(x, n, a, "href", 0);
}

static void item_rss(xml_ctx *x, const xmlChar *name, enum ns ns, int n, const xmlChar **a)
{
    if (ns == x->main || ns == NS_NONE) {
        if (is(name, "link"))
            capture(x, F_LINK, 0);
        else if (is(name, "title"))
            capture(x, F_TITLE, 1);
        else if (is(name, "pubDate"))
            capture(x, F_PUBLISHED, 0);
        else if (is(name, "description"))
            capture(x, F_SUMMARY, 1);
        else if (is(name, "author"))
            capture(x, F_AUTHOR, 0);
        else if (is(name, "source"))
            capture(x, F_SOURCE, 0);
        else if (is(name, "guid")) {
            char perm[16];
            attr_buf(n, a, "isPermaLink", perm, sizeof perm);
            x->b->cur.guid_link = strcmp(perm, "false") != 0;
            capture(x, F_GUID, 0);
        }
    } else if (ns == NS_DC) {
        if (is(name, "creator"))
            capture(x, F_AUTHOR, 0);
        else if (is(name, "date"))
            capture(x, F_PUBLISHED, 0);
    } else if (ns == NS_CONTENT && is(name, "encoded"))
        capture(x, F_CONTENT, 1);
    else if (ns == NS_ATOM && is(name, "link"))
        atom_link(x, n, a, 1);
}

static void item_atom(xml_ctx *x, const xmlChar *name, enum ns ns, int n, const xmlChar **a)
{
    if (ns == NS_DC && is(name, "creator"))
        capture(x, F_AUTHOR, 0);
    if (ns != x->main)
        return;
    if (is(name, "link"))
        atom_link(x, n, a, 1);
    else if (is(name, "title"))
        capture(x, F_TITLE, 1);
    else if (is(name, "published") || is(name, "issued"))
        capture(x, F_PUBLISHED, 0);
    else if (is(name, "updated") || is(name, "modified"))
        capture(x, F_UPDATED, 0);
    else if (is(name, "summary"))
        capture(x, F_SUMMARY, 1);
    else if (is(name, "content"))
        capture(x, F_CONTENT, 1);
    else if (is(name, "id"))
        capture(x, F_GUID, 0);
    else if (is(name, "author"))
        x->author_depth = x->depth;
    else if (is(name, "source"))
        x->skip_depth = x->depth;   /* its title, link, id are the other feed's */
    else if (is(name, "name") && x->author_depth)
        capture(x, F_AUTHOR, 0);
}

static void item_sitemap(xml_ctx *x, const xmlChar *name, enum ns ns)
{
    if (ns == x->main && is(name, "loc") && x->depth == x->item_depth + 1)
        capture(x, F_LINK, 0);
    else if (ns == x->main && is(name, "lastmod"))
        capture(x, F_UPDATED, 0);
    else if (ns == NS_NEWS && is(name, "title"))
        capture(x, F_TITLE, 1);
    else if (ns == NS_NEWS && is(name, "publication_date"))
        capture(x, F_PUBLISHED, 0);
    else if (ns == NS_NEWS && is(name, "name"))
        capture(x, F_SOURCE, 0);
}

static int item_element(const xml_ctx *x, const xmlChar *name, enum ns ns)
{
    if (ns != x->main && !(x->main == NS_RSS1 && ns == NS_NONE))
        return 0;
    switch (x->b->format) {
    case RASD_FEED_RSS: return is(name, "item");
    case RASD_FEED_ATOM: return is(name, "entry");
    case RASD_FEED_SITEMAP: return is(name, "url");
    case RASD_FEED_SITEMAP_INDEX: return is(name, "sitemap");
    default: return 0;
    }
}

/* Outside items: the feed's title and link (children of RSS <channel> or Atom <feed>). */
static void feed_level(xml_ctx *x, const xmlChar *name, enum ns ns, int n, const xmlChar **a)
{
    if (ns == x->main && is(name, "channel") && x->b->format == RASD_FEED_RSS)
        x->channel_depth = x->depth;
    if (!x->channel_depth || x->depth != x->channel_depth + 1)
        return;
    if (ns == NS_ATOM && is(name, "link"))
        atom_link(x, n, a, 0);
    else if (ns == x->main && is(name, "title"))
        capture(x, F_FEED_TITLE, 1);
    else if (ns == x->main && is(name, "link")) {
        if (x->b->format == RASD_FEED_ATOM)
            atom_link(x, n, a, 0);
        else
            capture(x, F_FEED_LINK, 0);
    }
}

/* Recovering, libxml2 drops every entity reference, &amp; too, once the document is not
 * well-formed (its guard against expanding a broken document's own entities, which
 * getEntity never gives here): the first error is kept in b->err, and at the next element
 * the flag goes back, so the items after an error keep their text. */
static void well_formed_again(xml_ctx *x)
{
    if (x->ctxt && !x->ctxt->wellFormed && x->b->err[0] && x->ctxt->errNo != XML_ERR_NO_MEMORY)
        x->ctxt->wellFormed = 1;
}

static void start(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri,
                  int nns, const xmlChar **nss, int nattr, int ndef, const xmlChar **a)
{
    xml_ctx *x = ctx;
    enum ns ns = ns_of(uri);
    (void)prefix, (void)nns, (void)nss, (void)ndef;
    well_formed_again(x);
    if (++x->depth == 1) {
        root(x, name, ns, nattr, a);
        return;
    }
    if (x->b->rc || x->field || x->skip_depth || x->depth > DEPTH_MAX)
        return;   /* inside a captured field (XHTML content): its text goes with it */
    if (x->item_depth) {
        if (x->b->format == RASD_FEED_RSS)
            item_rss(x, name, ns, nattr, a);
        else if (x->b->format == RASD_FEED_ATOM)
            item_atom(x, name, ns, nattr, a);
        else
            item_sitemap(x, name, ns);
    } else if (item_element(x, name, ns)) {
        memset(&x->b->cur, 0, sizeof x->b->cur);
        x->item_depth = x->depth;
        x->b->cur.line = line_of(x);
        x->b->cur.base = attr(x, nattr, a, "base", 1);
    } else
        feed_level(x, name, ns, nattr, a);
}

static const char **field_slot(feed_build *b, enum field f)
{
    feed_raw *c = &b->cur;
    switch (f) {
    case F_LINK: return &c->link;
    case F_TITLE: return &c->title;
    case F_PUBLISHED: return &c->published;
    case F_UPDATED: return &c->updated;
    case F_AUTHOR: return &c->author;
    case F_SUMMARY: return &c->summary;
    case F_CONTENT: return &c->content;
    case F_GUID: return &c->guid;
    case F_SOURCE: return &c->source;
    case F_FEED_TITLE: return &b->feed_title;
    case F_FEED_LINK: return &b->feed_link;
    default: return NULL;
    }
}

/* The captured text goes to its field: HTML as plain text (at most 4 KiB of it). */
static void end_capture(xml_ctx *x)
{
    feed_build *b = x->b;
    const char **slot = field_slot(b, x->field);
    if (slot && !*slot && x->field_html) {
        rbuf plain = {0};
        feed_html_text(x->text.p ? x->text.p : "", x->text.n, 4096, &plain, &b->rc);
        feed_keep(b, slot, plain.p, plain.n);
        rbuf_free(&plain);
    } else if (slot)
        feed_keep(b, slot, x->text.p, x->text.n);
    x->field = F_NONE;
}

static void end(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri)
{
    xml_ctx *x = ctx;
    (void)name, (void)prefix, (void)uri;
    well_formed_again(x);
    if (x->field && x->depth == x->field_depth)
        end_capture(x);
    if (x->depth == x->author_depth)
        x->author_depth = 0;
    if (x->depth == x->skip_depth)
        x->skip_depth = 0;
    if (x->depth == x->item_depth) {
        x->item_depth = 0;
        feed_item_end(x->b);
    }
    x->depth--;
}

static void characters(void *ctx, const xmlChar *s, int n)
{
    xml_ctx *x = ctx;
    if (x->field && x->text.n + (size_t)n <= FIELD_MAX)
        rbuf_add(&x->text, s, (size_t)n, &x->b->rc);
}

static xmlEntityPtr get_entity(void *ctx, const xmlChar *name)
{
    xml_ctx *x = ctx;
    xmlEntityPtr e = xmlGetPredefinedEntity(name);
    for (size_t i = 0; !e && i < NHTML; i++)
        if (is(name, html_entities[i].name))
            e = &x->html[i];
    return e;
}

static void html_entities_init(xml_ctx *x)
{
    for (size_t i = 0; i < NHTML; i++) {
        xmlEntity *e = &x->html[i];
        e->type = XML_ENTITY_DECL;
        e->etype = XML_INTERNAL_PREDEFINED_ENTITY;
        e->name = (const xmlChar *)html_entities[i].name;
        e->content = e->orig = (xmlChar *)(uintptr_t)html_entities[i].utf8;
        e->length = (int)strlen(html_entities[i].utf8);
        e->checked = 1;
    }
}

static void on_error(void *ctx, xmlErrorPtr err)
{
    xml_ctx *x = ctx;
    char what[300];
    if (!err || err->level < XML_ERR_ERROR)
        return;
    if (x->b->err[0])
        return;
    snprintf(what, sizeof what, "%s", err->message ? err->message : "malformed XML");
    what[strcspn(what, "\n")] = 0;
    feed_error(x->b, x->where, err->line, what);
}

/* --------------------------------------------------------------- charset */

/* The first needle in s[0,n), or NULL. */
static const char *strstr_n(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (memcmp(s + i, needle, k) == 0)
            return s + i;
    return NULL;
}

/* The encoding named by the XML declaration at the start of data, lower-cased into out
 * ("" when none). */
static void declared_encoding(const char *data, size_t n, char out[32])
{
    size_t lim = n < 256 ? n : 256, k = 0;
    out[0] = 0;
    if (lim < 6 || memcmp(data, "<?xml", 5) != 0)
        return;
    const char *end = memchr(data, '>', lim);
    const char *e = end ? strstr_n(data, (size_t)(end - data), "encoding") : NULL;
    if (!e)
        return;
    while (e < end && *e != '"' && *e != '\'')
        e++;
    for (e++; e < end && *e != '"' && *e != '\'' && k < 31; e++)
        out[k++] = (char)tolower((unsigned char)*e);
    out[k] = 0;
}

/* Whether data is well-formed UTF-8, and whether it has a multi-byte sequence. */
static int utf8_valid(const char *data, size_t n, int *multi)
{
    *multi = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        if ((unsigned char)data[i] < 0x80) {
            i++;
            continue;
        }
        i += utf8_decode((const unsigned char *)data + i, n - i, &cp);
        if (cp < 0)
            return 0;
        *multi = 1;
    }
    return 1;
}

/* The encoding to read data in against what it declares, or NULL to follow the declaration.
 * Arabic sites still serve windows-1256 without saying so, and say windows-1256 or
 * ISO-8859-x over UTF-8 bytes (docs/HTML.md met both in pages): bytes that are not UTF-8
 * under no declaration or a UTF-8 one are read as windows-1256; well-formed UTF-8 with
 * multi-byte sequences under a single-byte declaration is read as UTF-8. A BOM wins. */
static const char *charset_override(const char *data, size_t n)
{
    char decl[32];
    int multi;
    if (n >= 2 && (memcmp(data, "\xEF\xBB", 2) == 0 || memcmp(data, "\xFF\xFE", 2) == 0 ||
                   memcmp(data, "\xFE\xFF", 2) == 0))
        return NULL;
    if (memchr(data, 0, n < 4 ? n : 4))   /* UTF-16 or UTF-32 without a BOM: libxml2's */
        return NULL;
    declared_encoding(data, n, decl);
    int valid = utf8_valid(data, n, &multi);
    int utf8 = !decl[0] || strcmp(decl, "utf-8") == 0 || strcmp(decl, "utf8") == 0;
    int single = strstr(decl, "1256") || strstr(decl, "8859") || strstr(decl, "1252") ||
                 strstr(decl, "latin") || strstr(decl, "ascii");
    if (utf8 && !valid)
        return "WINDOWS-1256";
    if (single && valid && multi)
        return "UTF-8";
    return NULL;
}

void feed_read_xml(feed_build *b, const char *data, size_t n, const char *where)
{
    xmlSAXHandler sax;
    xml_ctx x;
    memset(&sax, 0, sizeof sax);
    memset(&x, 0, sizeof x);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = start;
    sax.endElementNs = end;
    sax.characters = characters;
    sax.cdataBlock = characters;
    sax.getEntity = get_entity;
    sax.serror = on_error;
    x.b = b;
    x.where = where;
    html_entities_init(&x);
    const char *force = charset_override(data, n);
    xmlCharEncodingHandlerPtr enc = force ? xmlFindCharEncodingHandler(force) : NULL;
    /* enough for libxml2 to detect the encoding, when it is not forced */
    size_t first = enc ? 0 : n < 4 ? n : 4;
    x.ctxt = xmlCreatePushParserCtxt(&sax, &x, first ? data : NULL, (int)first, NULL);
    if (!x.ctxt) {
        b->rc = RASD_ENOMEM;
        return;
    }
    int opts = XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOWARNING;
    if (enc && xmlSwitchToEncoding(x.ctxt, enc) == 0)
        opts |= XML_PARSE_IGNORE_ENC;
    xmlCtxtUseOptions(x.ctxt, opts);
    xmlParseChunk(x.ctxt, data + first, (int)(n - first), 1);
    if (x.item_depth && !b->rc)   /* an item cut short by the end of a broken document */
        feed_item_end(b);
    if ((!x.ctxt->wellFormed || x.ctxt->errNo == XML_ERR_NO_MEMORY) && !b->err[0])
        feed_error(b, where, line_of(&x), "malformed XML");
    if (b->format == RASD_FEED_UNKNOWN && !b->err[0])
        feed_error(b, where, line_of(&x), "not a feed: no root element");
    /* libxml2 keeps the DTD's entity declarations in a document of its own ("for expat
     * compatibility in SAX mode"); our getEntity never looks there. */
    if (x.ctxt->myDoc)
        xmlFreeDoc(x.ctxt->myDoc);
    xmlFreeParserCtxt(x.ctxt);
    rbuf_free(&x.text);
}
