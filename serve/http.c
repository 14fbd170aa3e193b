/* http.c — request target parsing, parameter values, static paths, JSON strings. */
#include "http.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Length of the valid UTF-8 sequence at s[0, n) (shortest form, no surrogates), or 0. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    size_t len;
    uint32_t cp;
    if (s[0] < 0x80)
        return 1;
    if (s[0] >= 0xc2 && s[0] <= 0xdf)
        len = 2, cp = s[0] & 0x1f;
    else if (s[0] >= 0xe0 && s[0] <= 0xef)
        len = 3, cp = s[0] & 0x0f;
    else if (s[0] >= 0xf0 && s[0] <= 0xf4)
        len = 4, cp = s[0] & 0x07;
    else
        return 0;
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        cp = cp << 6 | (s[i] & 0x3f);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
        (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return len;
}

/* Whether s[0, n) is UTF-8 without C0 controls or DEL. */
static int clean_text(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0, l; i < n; i += l) {
        if (u[i] < 0x20 || u[i] == 0x7f)
            return 0;
        if (!(l = utf8_len(u + i, n - i)))
            return 0;
    }
    return 1;
}

/* Decodes src[0, n) into dst (NUL-terminated); '+' is a space when plus. -1: bad escape or
 * text that is not clean UTF-8. */
static int decode(const char *src, size_t n, char *dst, int plus, size_t *out_len)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (src[i] == '%') {
            int hi, lo;
            if (i + 2 >= n || (hi = hexval(src[i + 1])) < 0 || (lo = hexval(src[i + 2])) < 0)
                return -1;
            dst[o++] = (char)(hi << 4 | lo);
            i += 2;
        } else
            dst[o++] = plus && src[i] == '+' ? ' ' : src[i];
    }
    dst[o] = '\0';
    *out_len = o;
    return clean_text(dst, o) ? 0 : -1;
}

/* Adds the parameter src[0, n) ("key=value"; a bare key has the value ""). */
static int add_param(http_target *t, const char *src, size_t n, char **at, const char **why)
{
    const char *eq = memchr(src, '=', n);
    size_t klen = eq ? (size_t)(eq - src) : n, l;
    char *key = *at, *val;
    if (n == 0)
        return 0;
    if (t->nparams == HTTP_MAX_PARAMS) {
        *why = "too many query parameters";
        return 400;
    }
    if (decode(src, klen, key, 1, &l) || l == 0) {
        *why = "malformed query parameter name";
        return 400;
    }
    val = key + l + 1;
    if (decode(eq ? eq + 1 : src + n, eq ? n - klen - 1 : 0, val, 1, &l)) {
        *why = "query parameter is not valid percent-encoded UTF-8";
        return 400;
    }
    *at = val + l + 1;
    t->params[t->nparams].key = key;
    t->params[t->nparams++].val = val;
    return 0;
}

int http_parse_target(const char *uri, size_t len, http_target *t, const char **why)
{
    const char *q = memchr(uri, '?', len), *end = uri + len;
    size_t plen = q ? (size_t)(q - uri) : len, l;
    char *at = t->buf;
    t->nparams = 0;
    t->path = t->buf;
    if (len > HTTP_MAX_TARGET) {
        *why = "request target too long";
        return 414;
    }
    if (plen == 0 || uri[0] != '/' || decode(uri, plen, at, 0, &l)) {
        *why = "malformed path";
        return 400;
    }
    at += l + 1;
    for (const char *p = q ? q + 1 : end; p < end;) {
        const char *amp = memchr(p, '&', (size_t)(end - p));
        const char *stop = amp ? amp : end;
        int rc = add_param(t, p, (size_t)(stop - p), &at, why);
        if (rc)
            return rc;
        p = stop + 1;
    }
    return 0;
}

const char *http_get(const http_target *t, const char *key)
{
    for (size_t i = 0; i < t->nparams; i++)
        if (strcmp(t->params[i].key, key) == 0)
            return t->params[i].val;
    return NULL;
}

size_t http_get_all(const http_target *t, const char *key, const char **out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < t->nparams; i++)
        if (strcmp(t->params[i].key, key) == 0) {
            if (n < max)
                out[n] = t->params[i].val;
            n++;
        }
    return n;
}

int http_known_params(const http_target *t, const char *const *known, const char **unknown)
{
    for (size_t i = 0; i < t->nparams; i++) {
        size_t k = 0;
        while (known[k] && strcmp(known[k], t->params[i].key) != 0)
            k++;
        if (!known[k]) {
            *unknown = t->params[i].key;
            return 0;
        }
    }
    return 1;
}

int http_number(const char *s, long lo, long hi, long *out)
{
    long v = 0;
    if (!s || !*s || strlen(s) > 12)
        return -1;
    for (const char *p = s; *p; p++) {
        if (*p < '0' || *p > '9')
            return -1;
        v = v * 10 + (*p - '0');
    }
    if (v < lo || v > hi)
        return -1;
    *out = v;
    return 0;
}

static int digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

int http_is_date(const char *s)
{
    size_t n = strlen(s);
    if (n != 4 && n != 7 && n != 10)
        return 0;
    if (!digits(s, 4) || (n >= 7 && (s[4] != '-' || !digits(s + 5, 2))))
        return 0;
    if (n == 10 && (s[7] != '-' || !digits(s + 8, 2)))
        return 0;
    if (n >= 7 && ((s[5] - '0') * 10 + (s[6] - '0') < 1 || (s[5] - '0') * 10 + (s[6] - '0') > 12))
        return 0;
    return n < 10 || ((s[8] - '0') * 10 + (s[9] - '0') >= 1 && (s[8] - '0') * 10 + (s[9] - '0') <= 31);
}

static int name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '.' || c == '_' || c == '-' || c == '/';
}

int http_static_name(const char *path, char *out, size_t cap)
{
    size_t n;
    if (path[0] != '/')
        return -1;
    path++;
    if (!*path)
        path = "index.html";
    n = strlen(path);
    if (n + 1 > cap || path[n - 1] == '/')
        return -1;
    for (const char *p = path; *p; p++)
        if (!name_char(*p))
            return -1;
    for (const char *seg = path; seg;) {   /* no empty, hidden, "." or ".." segment */
        if (*seg == '/' || *seg == '.')
            return -1;
        seg = strchr(seg, '/');
        if (seg)
            seg++;
    }
    memcpy(out, path, n + 1);
    return 0;
}

const char *http_mime(const char *name)
{
    static const struct { const char *ext, *type; } types[] = {
        {".html", "text/html; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"}, {".json", "application/json"},
        {".svg", "image/svg+xml"}, {".png", "image/png"}, {".ico", "image/x-icon"},
        {".woff2", "font/woff2"}, {".ttf", "font/ttf"},
    };
    const char *dot = strrchr(name, '.');
    for (size_t i = 0; dot && i < sizeof types / sizeof *types; i++)
        if (strcmp(dot, types[i].ext) == 0)
            return types[i].type;
    return "application/octet-stream";
}

/* The \uXXXX escape for the character at s (its UTF-8 length in *len), 0 when none. */
static unsigned hard_escape(const unsigned char *s, size_t *len)
{
    *len = 1;
    if (s[0] == '<' || s[0] == '>' || s[0] == '&')
        return s[0];
    if (s[0] == 0xe2 && s[1] == 0x80 && s[2] >= 0xa8 && s[2] <= 0xae) {
        *len = 3;     /* U+2028 U+2029 and the embeddings and overrides U+202A–U+202E */
        return 0x2000u + (s[2] - 0x80u);
    }
    if (s[0] == 0xe2 && s[1] == 0x81 && s[2] >= 0xa6 && s[2] <= 0xa9) {
        *len = 3;     /* the isolates U+2066–U+2069 */
        return 0x2040u + (s[2] - 0x80u);
    }
    return 0;
}

/* How many bytes from s on pass through as they are: none of < > & or a 0xe2 lead byte (of
 * the characters hard_escape may take), nor, with `in_string`, " \\ or a control. */
static size_t plain_run(const unsigned char *s, int in_string)
{
    size_t n = 0;
    if (!in_string)                 /* libc's strcspn: vector code, not a byte loop */
        return strcspn((const char *)s, "<>&\xe2");
    for (;; n++) {
        unsigned c = s[n];
        if (!c || c == '<' || c == '>' || c == '&' || c == 0xe2 ||
            (in_string && (c == '"' || c == '\\' || c < 0x20)))
            return n;
    }
}

void http_json_str(FILE *f, const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (!s) {
        fputs("null", f);
        return;
    }
    putc('"', f);
    for (size_t i = 0, l; u[i]; i += l) {
        unsigned esc;
        if ((l = plain_run(u + i, 1)) > 0) {      /* most of a text: written in one go */
            fwrite(u + i, 1, l, f);
            continue;
        }
        esc = hard_escape(u + i, &l);
        if (esc)
            fprintf(f, "\\u%04x", esc);
        else if (u[i] == '"' || u[i] == '\\')
            fprintf(f, "\\%c", u[i]);
        else if (u[i] < 0x20)
            fprintf(f, "\\u%04x", u[i]);
        else
            putc(u[i], f);
    }
    putc('"', f);
}

void http_json_harden(FILE *f, const char *json)
{
    const unsigned char *u = (const unsigned char *)json;
    for (size_t i = 0, l; u[i]; i += l) {
        unsigned esc;
        if ((l = plain_run(u + i, 0)) > 0) {
            fwrite(u + i, 1, l, f);
            continue;
        }
        esc = hard_escape(u + i, &l);
        if (esc)
            fprintf(f, "\\u%04x", esc);
        else
            putc(u[i], f);
    }
}

int http_secret_equal(const char *a, size_t alen, const char *b, size_t blen)
{
    unsigned char diff = alen != blen;
    for (size_t i = 0; i < blen; i++)
        diff |= (unsigned char)(b[i] ^ (i < alen ? a[i] : 0));
    return diff == 0;
}
