/* html.h — what the files of src/html/ share: decoding a page's bytes to UTF-8
 * (charset.c), its metadata (meta.c), its main text (extract.c) and the public calls
 * (page.c). The folder reads outside input and comes right after core/: it includes only
 * core/internal.h and gumbo, and reaches rasd's Arabic date resolver through the public
 * API alone (rasd_analyze, rasd_extract), as ingest/ does, so no folder cycle arises. */
#ifndef RASD_HTML_H
#define RASD_HTML_H

#include "core/internal.h"

#include <gumbo.h>

/* ------------------------------------------------------------ charset.c */

typedef struct html_charset {
    char declared[32];   /* canonical name declared by BOM, header or <meta>; "" when none */
    char used[32];       /* what the page was decoded as */
    const char *how;     /* "bom", "header", "meta", "detected" */
    int lied;            /* 1: the declared charset does not fit the bytes (used differs) */
    int valid;           /* the bytes are valid UTF-8 (ASCII included) */
} html_charset;

/* Decodes raw[0,n) into out as valid UTF-8 (undecodable bytes become U+FFFD), choosing the
 * charset from a BOM, content_type's charset= (may be NULL), a <meta> in the first bytes,
 * else from the bytes themselves; says which in *cs. */
rasd_status html_decode(const char *raw, size_t n, const char *content_type, rbuf *out,
                        html_charset *cs);

/* ------------------------------------------------------------- helpers */

/* Whether the ASCII string s contains needle, case-insensitively. */
int html_icontains(const char *s, const char *needle);
/* An element's attribute value, or NULL. */
const char *html_attr(const GumboNode *n, const char *name);
/* Appends the text of n's subtree with runs of white space collapsed to one space. */
void html_node_text(const GumboNode *n, rbuf *out, rasd_status *rc);
/* Trims white space (ASCII and U+00A0) at both ends of s[0,*n): returns the new start. */
const char *html_trim(const char *s, size_t *n);

/* ---------------------------------------------------------------- meta.c */

/* What the page says of itself, strings kept in `str` by rbuf_keep (NULL: not found). */
typedef struct html_meta {
    const char *title, *og_title, *headline, *site, *url, *lang, *author, *published;
    const char *canonical;       /* <link rel=canonical>, which url (og:url) yields to */
    const char *byline_date;     /* text of a <time> or a date-like byline, to resolve */
    const char *page_date;       /* the first <time datetime> */
    const char *page_author;     /* the text of a byline element */
    const char *h1;              /* the first <h1> */
    rbuf str;
} html_meta;

/* Reads <title>, <meta>, <link rel=canonical>, <html lang>, JSON-LD (NewsArticle and the
 * other Article types, also inside @graph) and the page's <time> and byline elements. */
void html_meta_read(const GumboNode *root, html_meta *m, rasd_status *rc);

/* ------------------------------------------------------------ extract.c */

/* Writes the main text of the page under root into out, paragraphs separated by '\n'.
 * title (may be NULL) is the page's title: a heading repeating it is not body text. */
void html_main_text(const GumboNode *root, const char *title, rbuf *out, rasd_status *rc);

/* --------------------------------------------------------------- dates */

/* A date of the forms met in metadata and bylines, as YYYY-MM-DD into out[11]:
 * ISO 8601 (2019-11-19T13:03:00Z), "November 19, 2019", "19 Nov 2019", "Nov. 19, 2019",
 * 19/11/2019 and 2019/11/19. Returns 0 when s holds none. */
int html_date_iso(const char *s, size_t n, char out[11]);

#endif
