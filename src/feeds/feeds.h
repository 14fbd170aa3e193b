/* feeds.h — what the files of src/feeds/ share: URLs (url.c: RFC 3986 resolution and
 * canonical form), feed dates (date.c: RFC 822, RFC 3339, W3C), the XML formats through
 * libxml2's SAX2 parser (xml.c: RSS, Atom, sitemaps), JSON Feed (jsonfeed.c) and the public
 * calls (parser.c). The folder reads outside input and comes right after html/: it includes
 * only core/internal.h; the store (src/store/feeds.c) includes this header for URLs. */
#ifndef RASD_FEEDS_H
#define RASD_FEEDS_H

#include "core/internal.h"

/* ---------------------------------------------------------------- url.c */

/* Trims ASCII white space at both ends of s[0,*n): returns the new start. */
const char *feed_trim(const char *s, size_t *n);

/* The parts of an absolute or relative URL as byte ranges of its text (RFC 3986 §3); a
 * part's pointer is NULL when it is absent (an empty query "?" is present, length 0). */
typedef struct url_parts {
    const char *scheme, *auth, *path, *query, *frag;
    size_t nscheme, nauth, npath, nquery, nfrag;
} url_parts;

/* Splits s[0,n) into parts (never fails: any string is a relative reference). */
void url_split(const char *s, size_t n, url_parts *u);

/* Resolves reference ref against base (RFC 3986 §5.2, with remove_dot_segments) into out as
 * a URL string; base may be NULL. Leading and trailing white space of ref is ignored.
 * Returns 0, or -1 when the result is not an absolute http or https URL. */
int url_resolve(const char *ref, size_t nref, const char *base, rbuf *out, rasd_status *rc);

/* Tracking parameters to drop: exact names and prefixes (a name ending in '*'), compared
 * without case, from a list file (data/tracking_params.txt). Zero-initialise. */
typedef struct url_params {
    strmap exact;
    rbuf prefixes;          /* NUL-separated */
} url_params;

/* Reads the list file (one name a line; '#' starts a comment). RASD_EIO when it cannot be
 * read. */
rasd_status url_params_load(url_params *p, const char *path);
void url_params_free(url_params *p);

/* The canonical form of the absolute http(s) URL s[0,n) (docs/FEEDS.md): scheme and host
 * lower-cased, a trailing dot of the host and the default port dropped, an empty path made
 * "/", dot segments removed, percent escapes of unreserved characters decoded and the
 * others upper-cased, bytes that may not stand in a URL (non-ASCII, space, "<>\"{}|\\^`")
 * percent-encoded, the fragment dropped, and when params is not NULL the tracking
 * parameters in it dropped (the others keep their order); an empty query goes. Appends to
 * out. Returns 0, or -1 when s is not an absolute http(s) URL with a host. */
int url_canonical(const char *s, size_t n, const url_params *params, rbuf *out,
                  rasd_status *rc);

/* --------------------------------------------------------------- date.c */

/* A feed date as ISO 8601 into out[26]: RFC 822/1123/850 ("Wed, 02 Oct 2002 13:00:00 GMT",
 * "+0300", zone names, two-digit years), RFC 3339 and the W3C profile ("2002-10-02",
 * "2002-10-02T10:00:00-05:00", fractions dropped). The result keeps the local
 * time with its offset: "YYYY-MM-DDThh:mm:ss+hh:mm" ("Z" for UTC), "YYYY-MM-DD",
 * "YYYY-MM" or "YYYY" at the precision given. Returns 0 when s holds no valid date. */
int feed_date(const char *s, size_t n, char out[26]);

/* ------------------------------------------------------------- parser.c */

/* One item while parsing: strings kept in the parser's pool (rbuf_keep pseudo-pointers
 * until the pool is final). */
typedef struct feed_raw {
    const char *link, *base, *title, *published, *updated, *author, *summary, *content,
        *guid, *source;
    int guid_link;           /* RSS guid isPermaLink is not "false" */
    long line;
} feed_raw;

/* The parse in progress, shared by the format readers. */
typedef struct feed_build {
    rbuf pool;               /* strings */
    feed_raw *items;
    size_t n, cap;
    feed_raw cur;            /* the item being read */
    const char *doc_base;    /* xml:base of the root, the feed's own link (kept) */
    const char *feed_link, *feed_title;
    int format;              /* rasd_feed_format */
    size_t skipped;          /* entries dropped: no link, or past max_items */
    char err[512];           /* the first error, "" when none */
    size_t max_items;
    rasd_status rc;          /* sticky */
} feed_build;

/* Keeps s[0,n) (trimmed; NULL or empty: nothing) as *field unless one is set already. */
void feed_keep(feed_build *b, const char **field, const char *s, size_t n);
/* Ends the current item: appended when it has a link or a guid; reset either way. */
void feed_item_end(feed_build *b);
/* Records the first error: "where:line: what". */
void feed_error(feed_build *b, const char *where, long line, const char *what);

/* ---------------------------------------------------------------- xml.c */

/* Reads an XML feed (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, sitemap, sitemap index) from
 * data[0,n) into b; where names it in errors. Malformed XML: the error in b->err with its
 * line, the items completed before it (and after, when libxml2 recovers) kept. */
void feed_read_xml(feed_build *b, const char *data, size_t n, const char *where);

/* ----------------------------------------------------------- jsonfeed.c */

/* Reads a JSON Feed (version 1 and 1.1) from data[0,n) into b. */
void feed_read_json(feed_build *b, const char *data, size_t n, const char *where);

/* ------------------------------------------------------------- text.c */

/* Appends the text of an HTML fragment (a summary, a title of type html): tags dropped
 * (a block tag or <br> becomes a space), character references decoded, white space runs
 * collapsed to one space, at most max bytes (cut at a character boundary). */
void feed_html_text(const char *s, size_t n, size_t max, rbuf *out, rasd_status *rc);

#endif
