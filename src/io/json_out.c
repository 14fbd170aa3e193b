/* json_out.c — the JSON writer behind the JSON Lines outputs. json-c parses rasd's input;
 * output is written directly, because building json-c trees for millions of tokens would
 * cost more than the analysis itself. Strings are escaped per RFC 8259 and always valid
 * UTF-8 (invalid bytes become U+FFFD).
 *
 * `rasd analyze --tokens` writes about 8 bytes of JSON per byte of text, so the writers come
 * in two forms: the rbuf ones with a sticky status, and `_put` ones that write into room the
 * caller reserved once (JSON_STR_ROOM, JSON_UINT_ROOM) and return the new end, which is
 * what lets tokens_json reserve once a token instead of checking at every field. */
#include "core/internal.h"

#include <string.h>

/* Longest input json_str escapes at once: bounds the room reserved for a long string. */
#define STR_CHUNK 4096

static char *put_escaped_ascii(char *o, unsigned char c)
{
    static const char hex[] = "0123456789abcdef";
    if (c == '"' || c == '\\') {
        o[0] = '\\';
        o[1] = (char)c;
        return o + 2;
    }
    memcpy(o, "\\u00", 4);     /* c < 0x20 or c == 0x7F */
    o[4] = hex[c >> 4];
    o[5] = hex[c & 15];
    return o + 6;
}

/* Escapes the bytes from *ps up to stop (a sequence that starts before stop may read on to
 * end) into o; returns the new end of o and moves *ps past what was read. Each byte read
 * writes at most 6 (a control byte as \u00XX). */
static char *put_run(char *o, const unsigned char **ps, const unsigned char *stop,
                     const unsigned char *end)
{
    const unsigned char *p = *ps;
    while (p < stop) {
        unsigned char c = *p;
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
            *o++ = (char)c;
            p++;
        } else if (c >= 0xC2 && c <= 0xDF && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
            o[0] = (char)c;        /* a valid two-byte sequence: all of Arabic */
            o[1] = (char)p[1];
            o += 2;
            p += 2;
        } else if (c < 0x80) {
            o = put_escaped_ascii(o, c);
            p++;
        } else {
            int32_t cp;
            size_t k = utf8_decode(p, (size_t)(end - p), &cp);
            if (cp < 0)
                memcpy(o, "\xef\xbf\xbd", 3);
            else
                memcpy(o, p, k);
            o += cp < 0 ? 3 : k;
            p += k;
        }
    }
    *ps = p;
    return o;
}

char *json_str_put(char *o, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    *o++ = '"';
    o = put_run(o, &p, p + n, p + n);
    *o++ = '"';
    return o;
}

void json_str(rbuf *b, const char *s, size_t n, rasd_status *rc)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    rbuf_addc(b, '"', rc);
    while (p < end && !*rc) {
        const unsigned char *stop = end - p > STR_CHUNK ? p + STR_CHUNK : end;
        /* a sequence that starts before stop reads at most 3 bytes past it */
        rbuf_reserve(b, JSON_STR_ROOM((size_t)(stop - p) + 3), rc);
        if (!*rc)
            b->n = (size_t)(put_run(b->p + b->n, &p, stop, end) - b->p);
    }
    rbuf_addc(b, '"', rc);
}

char *json_uint_put(char *o, uint64_t v)
{
    char tmp[JSON_UINT_ROOM];
    size_t i = sizeof tmp;
    do {
        tmp[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    memcpy(o, tmp + i, sizeof tmp - i);
    return o + (sizeof tmp - i);
}

void json_uint(rbuf *b, uint64_t v, rasd_status *rc)
{
    rbuf_reserve(b, JSON_UINT_ROOM, rc);
    if (!*rc)
        b->n = (size_t)(json_uint_put(b->p + b->n, v) - b->p);
}

void json_span_text(rbuf *b, int first, const char *text, uint32_t s, uint32_t e,
                    rasd_status *rc)
{
    rbuf_adds(b, first ? "{\"start\":" : ",{\"start\":", rc);
    json_uint(b, s, rc);
    rbuf_adds(b, ",\"end\":", rc);
    json_uint(b, e, rc);
    rbuf_adds(b, ",\"text\":", rc);
    json_str(b, text + s, e - s, rc);
}
