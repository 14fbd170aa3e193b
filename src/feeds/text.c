/* text.c — the text of feed fields: summaries and titles often carry HTML (escaped in RSS,
 * type="html" in Atom, content_html in JSON Feed); the item keeps plain text. */
#include "feeds/feeds.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *feed_trim(const char *s, size_t *n)
{
    while (*n && isspace((unsigned char)s[0]))
        s++, (*n)--;
    while (*n && isspace((unsigned char)s[*n - 1]))
        (*n)--;
    return s;
}

/* Named references met in feeds beyond XML's five (HTML's most common ones). */
static const struct { const char *name; int32_t cp; } named[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0},
    {"hellip", 0x2026}, {"mdash", 0x2014}, {"ndash", 0x2013}, {"laquo", 0xAB},
    {"raquo", 0xBB}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C},
    {"rdquo", 0x201D}, {"copy", 0xA9}, {"reg", 0xAE}, {"middot", 0xB7}, {"bull", 0x2022},
    {"zwnj", 0x200C}, {"zwj", 0x200D}, {"rlm", 0x200F}, {"lrm", 0x200E}};

/* The value of digit c in base 10 or 16, -1 when it is none. */
static int digit_of(unsigned char c, int hex)
{
    if (isdigit(c))
        return c - '0';
    return hex && isxdigit(c) ? tolower(c) - 'a' + 10 : -1;
}

/* A numeric reference "&#1575;" or "&#x627;" at s[0,n): its code point (U+FFFD for one
 * that is not a scalar value), its length in *len; -1: none. */
static int32_t numeric(const char *s, size_t n, size_t *len)
{
    int hex = n > 2 && (s[2] == 'x' || s[2] == 'X');
    size_t d0 = 2 + (size_t)hex, i = d0;
    int32_t cp = 0;
    int d;
    while (i < n && i - d0 < 8 && (d = digit_of((unsigned char)s[i], hex)) >= 0) {
        cp = cp * (hex ? 16 : 10) + d;
        i++;
    }
    if (i == d0 || i >= n || s[i] != ';')
        return -1;
    *len = i + 1;
    return cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) ? cp : 0xFFFD;
}

/* The code point of the reference at s[0,n) (s[0] == '&'), its length in *len; -1: none. */
static int32_t reference(const char *s, size_t n, size_t *len)
{
    size_t i = 1;
    if (i < n && s[i] == '#')
        return numeric(s, n, len);
    while (i < n && i < 10 && isalnum((unsigned char)s[i]))
        i++;
    if (i >= n || s[i] != ';')
        return -1;
    for (size_t k = 0; k < sizeof named / sizeof *named; k++)
        if (strlen(named[k].name) == i - 1 && strncmp(s + 1, named[k].name, i - 1) == 0) {
            *len = i + 1;
            return named[k].cp;
        }
    return -1;
}

/* Inline elements, which do not separate words. */
static int inline_tag(const char *name, size_t n)
{
    static const char *const tags[] = {"a", "b", "i", "u", "em", "strong", "span", "font",
                                       "small", "sub", "sup", "abbr", "cite", "q", "mark"};
    for (size_t k = 0; k < sizeof tags / sizeof *tags; k++)
        if (strlen(tags[k]) == n && strncasecmp(tags[k], name, n) == 0)
            return 1;
    return 0;
}

/* Skips the tag at s[i] ('<' followed by a letter, '/', '!' or '?'), and for <script> and
 * <style> their contents; returns the index after it and whether it separates words. */
static size_t skip_tag(const char *s, size_t n, size_t i, int *space)
{
    size_t j = i + 1, k;
    if (j < n && s[j] == '/')
        j++;
    for (k = j; k < n && isalnum((unsigned char)s[k]); k++)
        ;
    *space = !inline_tag(s + j, k - j);
    int raw = (k - j == 6 && strncasecmp(s + j, "script", 6) == 0) ||
              (k - j == 5 && strncasecmp(s + j, "style", 5) == 0);
    const char *gt = memchr(s + i, '>', n - i);
    size_t end = gt ? (size_t)(gt - s) + 1 : n;
    if (raw && s[i + 1] != '/') {
        for (size_t m = end; m + 1 < n; m++)
            if (s[m] == '<' && s[m + 1] == '/') {
                gt = memchr(s + m, '>', n - m);
                return gt ? (size_t)(gt - s) + 1 : n;
            }
        return n;
    }
    return end;
}

static int tag_start(const char *s, size_t n, size_t i)
{
    return s[i] == '<' && i + 1 < n &&
           (isalpha((unsigned char)s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!' ||
            s[i + 1] == '?');
}

/* Appends cp, a run of white space becoming one space (none at the start). */
static void put_cp(rbuf *out, size_t start, int32_t cp, int *space, rasd_status *rc)
{
    char u[4];
    if (cp <= ' ' || cp == 0x7F || cp == 0xA0) {     /* white space and controls */
        *space = 1;
        return;
    }
    if (*space && out->n > start)
        rbuf_addc(out, ' ', rc);
    *space = 0;
    rbuf_add(out, u, utf8_encode(cp, u), rc);
}

void feed_html_text(const char *s, size_t n, size_t max, rbuf *out, rasd_status *rc)
{
    size_t start = out->n, i = 0;
    int space = 0;
    while (i < n && !*rc && out->n - start < max + 4) {
        size_t len = 1;
        int32_t cp;
        if (tag_start(s, n, i)) {
            int sep;
            i = skip_tag(s, n, i, &sep);
            space |= sep;
            continue;
        }
        if (s[i] == '&' && (cp = reference(s + i, n - i, &len)) >= 0) {
            put_cp(out, start, cp, &space, rc);
            i += len;
            continue;
        }
        len = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        put_cp(out, start, cp < 0 ? 0xFFFD : cp, &space, rc);
        i += len;
    }
    if (*rc || out->n - start <= max)
        return;
    /* cut at a character boundary at most max bytes in */
    size_t cut = start + max;
    while (cut > start && ((unsigned char)out->p[cut] & 0xC0) == 0x80)
        cut--;
    out->n = cut;
}
