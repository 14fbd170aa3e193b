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

/* Eight bytes at a time, where the machine is little-endian: a block of eight bytes that
 * json_str copies unchanged is either printable ASCII without '"' or '\\', or four valid
 * two-byte sequences (an Arabic word). The tests are the bit tricks of "Bit Twiddling Hacks"
 * (has a zero byte, has a byte less than n), which say whether any byte matches, exactly. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define BLOCKS 1
#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull
#define HAS_ZERO(x) (((x) - ONES) & ~(x) & HIGHS)
#define HAS_LESS(x, n) (((x) - ONES * (n)) & ~(x) & HIGHS)

static int plain_ascii8(uint64_t w)
{
    return !(w & HIGHS) && !HAS_LESS(w, 0x20) && !HAS_ZERO(w ^ (ONES * '"')) &&
           !HAS_ZERO(w ^ (ONES * '\\')) && !HAS_ZERO(w ^ (ONES * 0x7F));
}

/* Lead, continuation, lead, ... with no overlong lead C0 or C1 (lead & 0x1E is not 0). */
static int two_byte4(uint64_t w)
{
    uint64_t leads = (w & 0x001E001E001E001Eull) | 0x0100010001000100ull;
    return (w & 0xC0E0C0E0C0E0C0E0ull) == 0x80C080C080C080C0ull && !HAS_ZERO(leads);
}
#else
#define BLOCKS 0
#endif

/* Escapes the bytes from *ps up to stop (reading on to end: a block or a sequence that
 * starts before stop, 7 bytes past it at most) into o; returns the new end of o and moves
 * *ps past what was read. Each byte read writes at most 6 (a control byte as \u00XX). */
static char *put_run(char *o, const unsigned char **ps, const unsigned char *stop,
                     const unsigned char *end)
{
    const unsigned char *p = *ps;
    while (p < stop) {
        unsigned char c = *p;
#if BLOCKS
        uint64_t w;
        if (end - p >= 8 && (memcpy(&w, p, 8), plain_ascii8(w) || two_byte4(w))) {
            memcpy(o, &w, 8);
            o += 8;
            p += 8;
            continue;
        }
#endif
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
        /* a block or a sequence that starts before stop reads at most 7 bytes past it */
        rbuf_reserve(b, JSON_STR_ROOM((size_t)(stop - p) + 7), rc);
        if (!*rc)
            b->n = (size_t)(put_run(b->p + b->n, &p, stop, end) - b->p);
    }
    rbuf_addc(b, '"', rc);
}

void json_field(rbuf *b, const char *key, const char *v, rasd_status *rc)
{
    rbuf_addc(b, ',', rc);
    json_str(b, key, strlen(key), rc);
    rbuf_addc(b, ':', rc);
    if (v)
        json_str(b, v, strlen(v), rc);
    else
        rbuf_adds(b, "null", rc);
}

/* The number of decimal digits of v. */
static size_t digits(uint64_t v)
{
    size_t n = 1;
    for (uint64_t p = 10; v >= p; p *= 10)
        if (++n == 20)      /* 10^19 <= v: 10^20 does not fit */
            break;
    return n;
}

/* Writes v's digits backwards from e, two at a time: 32-bit arithmetic (offsets, counts)
 * when v fits, which is cheaper than 64-bit division. */
static void put_digits(char *e, uint64_t v)
{
    static const char pairs[201] =  /* "00" to "99" */
        "0001020304050607080910111213141516171819"
        "2021222324252627282930313233343536373839"
        "4041424344454647484950515253545556575859"
        "6061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    for (; v > UINT32_MAX; v /= 100) {
        e -= 2;
        memcpy(e, pairs + 2 * (v % 100), 2);
    }
    uint32_t u = (uint32_t)v;
    for (; u >= 100; u /= 100) {
        e -= 2;
        memcpy(e, pairs + 2 * (u % 100), 2);
    }
    if (u >= 10)
        memcpy(e - 2, pairs + 2 * u, 2);
    else
        e[-1] = (char)('0' + u);
}

char *json_uint_put(char *o, uint64_t v)
{
    size_t n = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : v < 100000 ? 5 : digits(v);
    put_digits(o + n, v);
    return o + n;
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
