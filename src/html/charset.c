/* charset.c — a page's bytes to UTF-8.
 *
 * The declared charset comes, as in the HTML standard's order, from a byte order mark, then
 * the HTTP Content-Type header, then a <meta charset> or <meta http-equiv content="…;
 * charset=…"> within the first 16 KiB. Arabic sites still serve windows-1256 and
 * ISO-8859-6, and often declare one thing and send another, so the declaration is checked
 * against the bytes:
 *   - bytes that are valid UTF-8 with several multi-byte sequences are UTF-8, whatever a
 *     single-byte declaration says (a single-byte text is almost never valid UTF-8 by
 *     chance);
 *   - otherwise the single-byte candidates (windows-1256, ISO-8859-6, windows-1252) are
 *     decoded and scored by how implausible the result is (badness below); a declaration
 *     whose result is clearly worse than the best candidate's, or a UTF-8 declaration with
 *     many invalid sequences, is a lie, and the best candidate is used.
 * Labels are mapped as the Encoding Standard does (latin1 and us-ascii are windows-1252).
 * iconv converts; a byte it cannot convert becomes U+FFFD.
 */
#include "html/html.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <strings.h>
#include <string.h>

#define PRESCAN (16u << 10)        /* bytes searched for a <meta> charset */
#define SAMPLE (64u << 10)         /* bytes decoded to judge a candidate */

static const char U_FFFD[] = "\xef\xbf\xbd";

/* ----------------------------------------------------------- labels */

static const struct { const char *label, *name; } labels[] = {
    {"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"unicode-1-1-utf-8", "UTF-8"},
    {"utf-16", "UTF-8"}, {"utf-16le", "UTF-8"}, {"utf-16be", "UTF-8"},  /* in a <meta>: UTF-8 */
    {"windows-1256", "WINDOWS-1256"}, {"cp1256", "WINDOWS-1256"},
    {"x-cp1256", "WINDOWS-1256"}, {"win-1256", "WINDOWS-1256"},
    {"iso-8859-6", "ISO-8859-6"}, {"iso_8859-6", "ISO-8859-6"}, {"iso8859-6", "ISO-8859-6"},
    {"iso-8859-6-i", "ISO-8859-6"}, {"iso-8859-6-e", "ISO-8859-6"}, {"arabic", "ISO-8859-6"},
    {"asmo-708", "ISO-8859-6"}, {"ecma-114", "ISO-8859-6"}, {"csisolatinarabic", "ISO-8859-6"},
    {"windows-1252", "WINDOWS-1252"}, {"cp1252", "WINDOWS-1252"}, {"iso-8859-1", "WINDOWS-1252"},
    {"iso8859-1", "WINDOWS-1252"}, {"latin1", "WINDOWS-1252"}, {"l1", "WINDOWS-1252"},
    {"us-ascii", "WINDOWS-1252"}, {"ascii", "WINDOWS-1252"}, {"x-user-defined", "WINDOWS-1252"},
};

static int single_byte(const char *name)
{
    return strcmp(name, "WINDOWS-1256") == 0 || strcmp(name, "ISO-8859-6") == 0 ||
           strcmp(name, "WINDOWS-1252") == 0;
}

/* The canonical name of the label at s (up to a quote, ';', space or '>'), into out;
 * other labels iconv knows pass upper-cased. 0 when none. */
static int canon(const char *s, size_t n, char out[32])
{
    char low[32];
    size_t k = 0;
    while (k < n && (s[k] == ' ' || s[k] == '"' || s[k] == '\''))
        s++, n--;
    while (k < n && k < sizeof low - 1 && s[k] && !strchr("\"'; \t\r\n>/,", s[k]))
        low[k] = (char)tolower((unsigned char)s[k]), k++;
    low[k] = 0;
    if (!k || k == sizeof low - 1)
        return 0;
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
        if (strcmp(labels[i].label, low) == 0) {
            snprintf(out, 32, "%s", labels[i].name);
            return 1;
        }
    for (size_t i = 0; low[i]; i++)
        low[i] = (char)toupper((unsigned char)low[i]);
    iconv_t cd = iconv_open("UTF-8", low);
    if (cd == (iconv_t)-1)
        return 0;
    iconv_close(cd);
    snprintf(out, 32, "%s", low);
    return 1;
}

/* Case-insensitive search of the ASCII needle in s[0,n). */
static const char *memifind(const char *s, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    for (size_t i = 0; i + m <= n; i++)
        if (strncasecmp(s + i, needle, m) == 0)
            return s + i;
    return NULL;
}

/* charset=LABEL in s[0,n) (a header value or one <meta> tag). */
static int charset_param(const char *s, size_t n, char out[32])
{
    const char *p = memifind(s, n, "charset");
    if (!p)
        return 0;
    p += 7;
    while (p < s + n && (*p == ' ' || *p == '\t'))
        p++;
    if (p >= s + n || *p != '=')
        return 0;
    p++;
    return canon(p, (size_t)(s + n - p), out);
}

static int meta_charset(const char *raw, size_t n, char out[32])
{
    size_t lim = n < PRESCAN ? n : PRESCAN;
    const char *p = raw, *end = raw + lim;
    while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
        if ((size_t)(end - p) < 5 || strncasecmp(p, "<meta", 5) != 0) {
            p++;
            continue;
        }
        const char *gt = memchr(p, '>', (size_t)(end - p));
        if (!gt)
            return 0;
        if (charset_param(p, (size_t)(gt - p), out))
            return 1;
        p = gt;
    }
    return 0;
}

/* ---------------------------------------------------------- decoding */

/* Copies raw UTF-8, each invalid sequence replaced by U+FFFD; returns how many there were. */
static size_t copy_utf8(const char *raw, size_t n, rbuf *out, rasd_status *rc)
{
    size_t bad = 0, i = 0, run = 0;
    rbuf_reserve(out, n + 16, rc);
    while (!*rc && i < n) {
        int32_t cp;
        size_t k = (unsigned char)raw[i] < 0x80 ? 1 : utf8_decode((const unsigned char *)raw + i, n - i, &cp);
        if ((unsigned char)raw[i] >= 0x80 && cp < 0) {
            rbuf_add(out, raw + run, i - run, rc);
            rbuf_add(out, U_FFFD, 3, rc);
            bad++;
            run = i + k;
        }
        i += k;
    }
    rbuf_add(out, raw + run, n - run, rc);
    return bad;
}

/* Converts raw from charset `from` with iconv; returns the number of bytes it could not
 * convert (each now U+FFFD), or (size_t)-1 when iconv does not know the charset. */
static size_t convert(const char *from, const char *raw, size_t n, rbuf *out, rasd_status *rc)
{
    iconv_t cd = iconv_open("UTF-8", from);
    size_t bad = 0;
    if (cd == (iconv_t)-1)
        return (size_t)-1;
    char *in = (char *)raw;
    size_t left = n;
    while (!*rc && left) {
        rbuf_reserve(out, left * 3 + 16, rc);
        if (*rc)
            break;
        char *o = out->p + out->n;
        size_t room = out->cap - out->n;
        size_t r = iconv(cd, &in, &left, &o, &room);
        out->n = (size_t)(o - out->p);
        if (r == (size_t)-1 && errno != E2BIG && left) {   /* EILSEQ, EINVAL: skip a byte */
            rbuf_add(out, U_FFFD, 3, rc);
            in++, left--, bad++;
        }
    }
    iconv_close(cd);
    return bad;
}

/* How implausible a decoded text is: U+FFFD and C1 controls count 4 each; a word that
 * mixes Arabic letters with Latin-1 letters (what windows-1256 makes of ISO-8859-6, and
 * the reverse) counts 1, as does a Latin-1 letter followed by a Latin-1 symbol or another
 * Latin-1 letter outside a Latin word (what windows-1252 makes of Arabic). */
static size_t badness(const char *s, size_t n)
{
    size_t bad = 0, i = 0;
    int arabic = 0, latin1 = 0, ascii = 0;
    int32_t prev = 0;
    while (i < n) {
        int32_t cp;
        size_t k = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        i += k;
        if (cp == 0xFFFD || (cp >= 0x80 && cp < 0xA0))
            bad += 4;
        if (cp <= ' ' || cp == 0xA0) {
            bad += arabic && latin1;
            arabic = latin1 = ascii = 0;
        } else if (cp >= 0x600 && cp <= 0x6FF)
            arabic = 1;
        else if (cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7) {
            bad += prev >= 0xC0 && prev <= 0xFF && !ascii;
            latin1 = 1;
        } else if (cp >= 0xA1 && cp < 0xC0)
            bad += prev >= 0xC0 && prev <= 0xFF;
        else if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
            ascii = 1;
        prev = cp;
    }
    return bad + (arabic && latin1);
}

static int is_valid_utf8(const char *raw, size_t n, size_t *multi)
{
    size_t i = 0;
    *multi = 0;
    while (i < n) {
        if ((unsigned char)raw[i] < 0x80) {
            i++;
            continue;
        }
        int32_t cp;
        size_t k = utf8_decode((const unsigned char *)raw + i, n - i, &cp);
        if (cp < 0)
            return 0;
        (*multi)++;
        i += k;
    }
    return 1;
}

/* The single-byte charset that decodes raw most plausibly; its badness in *score. */
static const char *best_single(const char *raw, size_t n, size_t *score, rasd_status *rc)
{
    static const char *const cands[] = {"WINDOWS-1256", "ISO-8859-6", "WINDOWS-1252"};
    const char *best = cands[0];
    rbuf tmp = {0};
    *score = (size_t)-1;
    for (size_t c = 0; c < sizeof cands / sizeof *cands && !*rc; c++) {
        tmp.n = 0;
        convert(cands[c], raw, n < SAMPLE ? n : SAMPLE, &tmp, rc);
        size_t b = badness(tmp.p, tmp.n);
        if (b < *score)
            *score = b, best = cands[c];
    }
    rbuf_free(&tmp);
    return best;
}

static size_t judge(const char *name, const char *raw, size_t n, rasd_status *rc)
{
    rbuf tmp = {0};
    size_t bad = convert(name, raw, n < SAMPLE ? n : SAMPLE, &tmp, rc);
    size_t b = bad == (size_t)-1 ? (size_t)-1 : badness(tmp.p, tmp.n);
    rbuf_free(&tmp);
    return b;
}

/* Chooses what to decode raw as, given the declaration in cs->declared (may be ""). */
static void choose(const char *raw, size_t n, html_charset *cs, rasd_status *rc)
{
    size_t multi, high = 0, best_score;
    const char *decl = cs->declared;
    for (size_t i = 0; i < n; i++)
        high += (unsigned char)raw[i] >= 0x80;
    snprintf(cs->used, sizeof cs->used, "%s", *decl ? decl : "UTF-8");
    if (high == 0) {                              /* ASCII: every declaration fits */
        cs->valid = 1;
        return;
    }
    if ((cs->valid = is_valid_utf8(raw, n, &multi)) != 0) {
        cs->lied = single_byte(decl) && multi >= 4;
        if (!*decl || cs->lied)
            snprintf(cs->used, sizeof cs->used, "UTF-8");
        return;
    }
    const char *best = best_single(raw, n, &best_score, rc);
    if (!*decl) {
        snprintf(cs->used, sizeof cs->used, "%s", best);
        return;
    }
    if (strcmp(decl, "UTF-8") == 0) {
        rbuf tmp = {0};
        size_t bad = copy_utf8(raw, n < SAMPLE ? n : SAMPLE, &tmp, rc);
        rbuf_free(&tmp);
        /* A few stray bytes in a UTF-8 page are damage, not a lie. */
        cs->lied = bad >= 4 && bad * 20 >= (high < SAMPLE ? high : SAMPLE) / 2;
    } else {
        size_t mine = judge(decl, raw, n, rc);
        cs->lied = mine == (size_t)-1 || (mine > 2 * best_score + 8 && strcmp(decl, best) != 0);
    }
    if (cs->lied)
        snprintf(cs->used, sizeof cs->used, "%s", best);
}

rasd_status html_decode(const char *raw, size_t n, const char *content_type, rbuf *out,
                        html_charset *cs)
{
    rasd_status rc = RASD_OK;
    memset(cs, 0, sizeof *cs);
    out->n = 0;
    if (n >= 3 && memcmp(raw, "\xef\xbb\xbf", 3) == 0) {
        snprintf(cs->declared, sizeof cs->declared, "UTF-8");
        snprintf(cs->used, sizeof cs->used, "UTF-8");
        cs->how = "bom";
        copy_utf8(raw + 3, n - 3, out, &rc);
    } else if (n >= 2 && ((unsigned char)raw[0] == 0xFF || (unsigned char)raw[0] == 0xFE) &&
               ((unsigned char)raw[0] ^ (unsigned char)raw[1]) == 0x01) {
        const char *name = (unsigned char)raw[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
        snprintf(cs->declared, sizeof cs->declared, "%s", name);
        snprintf(cs->used, sizeof cs->used, "%s", name);
        cs->how = "bom";
        convert(name, raw + 2, n - 2, out, &rc);
    } else {
        if (content_type && charset_param(content_type, strlen(content_type), cs->declared))
            cs->how = "header";
        else if (meta_charset(raw, n, cs->declared))
            cs->how = "meta";
        choose(raw, n, cs, &rc);
        if (!cs->how || cs->lied)
            cs->how = "detected";
        if (strcmp(cs->used, "UTF-8") == 0 && cs->valid)
            rbuf_add(out, raw, n, &rc);
        else if (strcmp(cs->used, "UTF-8") == 0 ||
                 convert(cs->used, raw, n, out, &rc) == (size_t)-1) {
            out->n = 0;
            copy_utf8(raw, n, out, &rc);
            snprintf(cs->used, sizeof cs->used, "UTF-8");
        }
    }
    rbuf_addc(out, 0, &rc);
    if (!rc)
        out->n--;
    return rc;
}
