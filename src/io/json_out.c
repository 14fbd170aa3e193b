/* json_out.c — the JSON writer behind the JSON Lines outputs. json-c parses rasd's input;
 * output is written directly, because building json-c trees for millions of tokens would
 * cost more than the analysis itself. Strings are escaped per RFC 8259 and always valid
 * UTF-8 (invalid bytes become U+FFFD). */
#include "core/internal.h"

#include <stdio.h>

void json_str(rbuf *b, const char *s, size_t n, rasd_status *rc)
{
    static const char hex[] = "0123456789abcdef";
    rbuf_reserve(b, n + 2, rc);
    rbuf_addc(b, '"', rc);
    for (size_t i = 0; i < n && !*rc;) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            int32_t cp;
            size_t k = utf8_decode((const unsigned char *)s + i, n - i, &cp);
            if (cp < 0)
                rbuf_add(b, "\xef\xbf\xbd", 3, rc);
            else
                rbuf_add(b, s + i, k, rc);
            i += k;
            continue;
        }
        if (c == '"' || c == '\\') {
            char esc[2] = {'\\', (char)c};
            rbuf_add(b, esc, 2, rc);
        } else if (c < 0x20 || c == 0x7F) {
            char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            rbuf_add(b, esc, 6, rc);
        } else {
            rbuf_addc(b, (char)c, rc);
        }
        i++;
    }
    rbuf_addc(b, '"', rc);
}

void json_uint(rbuf *b, uint64_t v, rasd_status *rc)
{
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v);
    rbuf_add(b, tmp, (size_t)n, rc);
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
