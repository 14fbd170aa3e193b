/* warc_http.c — the HTTP response a WARC `response` record stores: status line, headers,
 * and the entity body as the server sent it, which may still be chunked (wget and
 * Heritrix keep the bytes of the wire) and compressed (Content-Encoding gzip or deflate).
 * Common Crawl's records hold bodies already decoded, their original headers renamed
 * (X-Crawler-Content-Encoding), so they pass through as they are.
 *
 * Lenient where servers are sloppy (LF line ends, a chunked body missing its last
 * zero-length chunk), strict where guessing would make up text (a chunk size that is not
 * hex, a compressed body that does not inflate).
 */
#include "io/warc.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

/* The end of the line starting at s[i] (its '\n', or n), and *next past it. */
static size_t line_end(const char *s, size_t i, size_t n, size_t *next)
{
    const char *nl = memchr(s + i, '\n', n - i);
    size_t e = nl ? (size_t)(nl - s) : n;
    *next = nl ? e + 1 : n;
    if (e > i && s[e - 1] == '\r')
        e--;
    return e;
}

static int header_is(const char *s, size_t n, const char *name, const char **val, size_t *vlen)
{
    size_t k = strlen(name);
    if (n <= k || strncasecmp(s, name, k) != 0 || s[k] != ':')
        return 0;
    size_t i = k + 1;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    while (n > i && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    *val = s + i;
    *vlen = n - i;
    return 1;
}

static int has_token(const char *v, size_t n, const char *tok)
{
    size_t k = strlen(tok);
    for (size_t i = 0; i + k <= n; i++)
        if (strncasecmp(v + i, tok, k) == 0 && (i == 0 || !isalnum((unsigned char)v[i - 1])) &&
            (i + k == n || !isalnum((unsigned char)v[i + k]) ))
            return 1;
    return 0;
}

/* "HTTP/1.1 200 OK": the status, 0 when the line is not one. */
static int status_of(const char *s, size_t n)
{
    size_t i = 5;
    if (n < 12 || strncmp(s, "HTTP/", 5) != 0)
        return 0;
    while (i < n && s[i] != ' ')
        i++;
    while (i < n && s[i] == ' ')
        i++;
    if (i + 3 > n || !isdigit((unsigned char)s[i]) || !isdigit((unsigned char)s[i + 1]) ||
        !isdigit((unsigned char)s[i + 2]) || (i + 3 < n && s[i + 3] != ' '))
        return 0;
    return (s[i] - '0') * 100 + (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
}

/* Transfer-Encoding: chunked, body[0, n) → out. HTTP_OK, HTTP_BAD_CHUNKS, HTTP_TOO_BIG. */
static int dechunk(const char *s, size_t n, size_t max, rbuf *out)
{
    rasd_status rc = RASD_OK;
    size_t i = 0, next;
    out->n = 0;
    while (i < n) {
        size_t e = line_end(s, i, n, &next), size = 0, digits = 0;
        while (i < e && isxdigit((unsigned char)s[i]) && digits < 16) {
            int c = tolower((unsigned char)s[i++]);
            size = size * 16 + (size_t)(c <= '9' ? c - '0' : c - 'a' + 10);
            digits++;
        }
        if (digits == 0 || (i < e && s[i] != ';' && s[i] != ' ' && s[i] != '\t'))
            return HTTP_BAD_CHUNKS;
        if (size == 0)
            return HTTP_OK;                       /* trailers, if any, are not wanted */
        if (size > n - next)
            return HTTP_BAD_CHUNKS;               /* cut short */
        if (out->n + size > max)
            return HTTP_TOO_BIG;
        rbuf_add(out, s + next, size, &rc);
        if (rc)
            return HTTP_TOO_BIG;
        i = next + size;
        if (i < n && s[i] == '\r')
            i++;
        if (i < n && s[i] == '\n')
            i++;
    }
    return HTTP_OK;                               /* no last chunk: what came is the body */
}

/* Inflates s[0, n) into out with zlib's windowBits wbits. */
static int inflate_all(const char *s, size_t n, int wbits, size_t max, rbuf *out)
{
    z_stream z;
    rasd_status rc = RASD_OK;
    int zr = Z_OK;
    memset(&z, 0, sizeof z);
    out->n = 0;
    if (inflateInit2(&z, wbits) != Z_OK)
        return HTTP_BAD_ENCODING;
    z.next_in = (Bytef *)(uintptr_t)s;
    z.avail_in = (uInt)(n > 0x7fffffff ? 0x7fffffff : n);
    while (zr == Z_OK) {
        rbuf_reserve(out, 1 << 16, &rc);
        if (rc) {
            zr = Z_MEM_ERROR;
            break;
        }
        z.next_out = (Bytef *)out->p + out->n;
        z.avail_out = (uInt)(out->cap - out->n);
        size_t before = z.avail_out;
        zr = inflate(&z, Z_NO_FLUSH);
        out->n += before - z.avail_out;
        if (out->n > max) {
            inflateEnd(&z);
            return HTTP_TOO_BIG;
        }
        if (zr == Z_BUF_ERROR && z.avail_in == 0)
            break;                                /* the stream was cut: keep what came */
        if (zr == Z_BUF_ERROR)
            zr = Z_OK;
    }
    inflateEnd(&z);
    if (zr == Z_MEM_ERROR)
        return HTTP_TOO_BIG;
    return zr == Z_STREAM_END || (zr == Z_BUF_ERROR && out->n > 0) ? HTTP_OK
                                                                    : HTTP_BAD_ENCODING;
}

static int decode(const char *enc, size_t elen, const char *s, size_t n, size_t max, rbuf *out,
                  http_msg *m)
{
    int r;
    if (!elen || has_token(enc, elen, "identity") || has_token(enc, elen, "none")) {
        m->body = s;
        m->body_len = n;
        return n > max ? HTTP_TOO_BIG : HTTP_OK;
    }
    if (has_token(enc, elen, "gzip") || has_token(enc, elen, "x-gzip"))
        r = inflate_all(s, n, 15 + 32, max, out);
    else if (has_token(enc, elen, "deflate")) {
        r = inflate_all(s, n, 15, max, out);      /* zlib, as RFC 9110 says */
        if (r == HTTP_BAD_ENCODING)
            r = inflate_all(s, n, -15, max, out); /* raw deflate, as some servers send */
    } else
        return HTTP_BAD_ENCODING;                 /* br, compress, … */
    m->body = out->p;
    m->body_len = out->n;
    return r;
}

int http_is_html_type(const char *ct)
{
    return strncasecmp(ct, "text/html", 9) == 0 ||
           strncasecmp(ct, "application/xhtml+xml", 21) == 0;
}

int http_parse(const char *s, size_t n, size_t max, rbuf *s1, rbuf *s2, http_msg *m)
{
    size_t i, next, e;
    const char *v, *enc = NULL;
    size_t vlen, elen = 0;
    int chunked = 0, r;
    memset(m, 0, sizeof *m);
    e = line_end(s, 0, n, &next);
    if ((m->status = status_of(s, e)) == 0)
        return HTTP_NOT_HTTP;
    for (i = next; i < n; i = next) {
        e = line_end(s, i, n, &next);
        if (e == i)
            break;                                /* the blank line: the body follows */
        if (header_is(s + i, e - i, "Content-Type", &v, &vlen) && !m->has_type) {
            m->has_type = 1;
            vlen = vlen < sizeof m->content_type ? vlen : sizeof m->content_type - 1;
            memcpy(m->content_type, v, vlen);
            m->content_type[vlen] = 0;
        } else if (header_is(s + i, e - i, "Transfer-Encoding", &v, &vlen))
            chunked |= has_token(v, vlen, "chunked");
        else if (header_is(s + i, e - i, "Content-Encoding", &v, &vlen))
            enc = v, elen = vlen;
    }
    if (i >= n)
        next = n;
    if (m->status != 200 || (m->has_type && !http_is_html_type(m->content_type)))
        return HTTP_OK;                           /* not wanted: left undecoded */
    const char *body = s + next;
    size_t blen = n - next;
    if (chunked) {
        if ((r = dechunk(body, blen, max, s1)) != HTTP_OK)
            return r;
        body = s1->p ? s1->p : "";
        blen = s1->n;
    }
    return decode(enc, elen, body, blen, max, s2, m);
}
