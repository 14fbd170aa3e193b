/* url.c — URLs of feeds and articles: RFC 3986 parsing and reference resolution, and the
 * canonical form under which an article is stored and an item is known as seen
 * (docs/FEEDS.md, "Canonical URLs"). */
#include "feeds/feeds.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ----------------------------------------------------------------- split */

static int scheme_char(char c)
{
    return isalnum((unsigned char)c) || c == '+' || c == '-' || c == '.';
}

void url_split(const char *s, size_t n, url_parts *u)
{
    size_t i = 0, j;
    memset(u, 0, sizeof *u);
    if (n && isalpha((unsigned char)s[0])) {
        for (j = 1; j < n && scheme_char(s[j]); j++)
            ;
        if (j < n && s[j] == ':') {
            u->scheme = s;
            u->nscheme = j;
            i = j + 1;
        }
    }
    if (i + 1 < n && s[i] == '/' && s[i + 1] == '/') {
        for (j = i + 2; j < n && s[j] != '/' && s[j] != '?' && s[j] != '#'; j++)
            ;
        u->auth = s + i + 2;
        u->nauth = j - i - 2;
        i = j;
    }
    for (j = i; j < n && s[j] != '?' && s[j] != '#'; j++)
        ;
    u->path = s + i;
    u->npath = j - i;
    i = j;
    if (i < n && s[i] == '?') {
        for (j = i + 1; j < n && s[j] != '#'; j++)
            ;
        u->query = s + i + 1;
        u->nquery = j - i - 1;
        i = j;
    }
    if (i < n && s[i] == '#') {
        u->frag = s + i + 1;
        u->nfrag = n - i - 1;
    }
}

/* ------------------------------------------------------------- resolve */

/* Appends path[0,n) to out with its "." and ".." segments removed (RFC 3986 §5.2.4), as a
 * stack of segments: ".." drops the last one written. */
static void remove_dots(const char *p, size_t n, rbuf *out, rasd_status *rc)
{
    size_t start = out->n, i = 0;
    while (i < n && !*rc) {
        size_t j = i + 1;
        while (j < n && p[j] != '/')
            j++;
        /* the segment p[i, j), starting with '/' unless it is the path's first */
        const char *seg = p[i] == '/' ? p + i + 1 : p + i;
        size_t len = (size_t)(p + j - seg);
        int last = j >= n;
        if (len == 1 && seg[0] == '.') {
            if (last)
                rbuf_addc(out, '/', rc);
        } else if (len == 2 && seg[0] == '.' && seg[1] == '.') {
            while (out->n > start && out->p[out->n - 1] != '/')
                out->n--;
            if (out->n > start)
                out->n--;
            if (last)
                rbuf_addc(out, '/', rc);
        } else
            rbuf_add(out, p + i, (size_t)(j - i), rc);
        i = j;
    }
}

static int is_web(const url_parts *u)
{
    return u->scheme && u->nauth > 0 &&
           ((u->nscheme == 4 && strncasecmp(u->scheme, "http", 4) == 0) ||
            (u->nscheme == 5 && strncasecmp(u->scheme, "https", 5) == 0));
}

static void add_part(rbuf *out, const char *lead, const char *p, size_t n, rasd_status *rc)
{
    if (!p)
        return;
    rbuf_adds(out, lead, rc);
    rbuf_add(out, p, n, rc);
}

/* Merges a relative path with the base's (§5.2.3) and removes its dot segments. */
static void merge_path(const url_parts *b, const url_parts *r, rbuf *out, rasd_status *rc)
{
    rbuf m = {0};
    if (b->nauth && b->npath == 0)
        rbuf_addc(&m, '/', rc);
    else {
        size_t k = b->npath;
        while (k > 0 && b->path[k - 1] != '/')
            k--;
        rbuf_add(&m, b->path, k, rc);
    }
    rbuf_add(&m, r->path, r->npath, rc);
    if (!*rc)
        remove_dots(m.p, m.n, out, rc);
    rbuf_free(&m);
}

/* T of §5.2.2 from reference r and base b (absolute) into out. */
static void resolve_parts(const url_parts *r, const url_parts *b, rbuf *out, rasd_status *rc)
{
    const url_parts *q = r->auth ? r : b;
    rbuf_add(out, b->scheme, b->nscheme, rc);
    rbuf_adds(out, "://", rc);
    rbuf_add(out, q->auth, q->nauth, rc);
    if (r->auth || (r->npath && r->path[0] == '/'))
        remove_dots(r->path, r->npath, out, rc);
    else if (r->npath)
        merge_path(b, r, out, rc);
    else
        rbuf_add(out, b->path, b->npath, rc);
    if (r->query || r->auth || r->npath)
        add_part(out, "?", r->query, r->nquery, rc);
    else
        add_part(out, "?", b->query, b->nquery, rc);
    add_part(out, "#", r->frag, r->nfrag, rc);
}

int url_resolve(const char *ref, size_t nref, const char *base, rbuf *out, rasd_status *rc)
{
    rbuf clean = {0};
    url_parts r, b;
    size_t start = out->n;
    int ok = -1;
    /* Tabs and line breaks inside a URL are dropped, spaces at the ends trimmed (WHATWG). */
    for (size_t i = 0; i < nref; i++)
        if (ref[i] != '\t' && ref[i] != '\n' && ref[i] != '\r')
            rbuf_addc(&clean, ref[i], rc);
    size_t n = clean.n;
    const char *s = n ? feed_trim(clean.p, &n) : "";
    url_split(s, n, &r);
    if (r.scheme) {
        if (is_web(&r)) {
            rbuf_add(out, r.scheme, r.nscheme, rc);
            rbuf_adds(out, "://", rc);
            rbuf_add(out, r.auth, r.nauth, rc);
            remove_dots(r.path, r.npath, out, rc);
            add_part(out, "?", r.query, r.nquery, rc);
            add_part(out, "#", r.frag, r.nfrag, rc);
            ok = 0;
        }
    } else if (base) {
        url_split(base, strlen(base), &b);
        if (is_web(&b)) {
            resolve_parts(&r, &b, out, rc);
            ok = 0;
        }
    }
    rbuf_free(&clean);
    if (ok || *rc)
        out->n = start;
    return *rc ? -1 : ok;
}

/* ---------------------------------------------------------- canonical */

static int unreserved(int c)
{
    return isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

static int hexval(int c)
{
    return isdigit(c) ? c - '0' : isxdigit(c) ? (tolower(c) - 'a' + 10) : -1;
}

/* Appends s[0,n) with percent escapes normalised (unreserved decoded, hex upper-cased) and
 * the bytes that may not stand in a URL escaped. */
static void add_escaped(rbuf *out, const char *s, size_t n, rasd_status *rc)
{
    static const char hex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < n && !*rc; i++) {
        unsigned char c = (unsigned char)s[i];
        int v = -1;
        if (c == '%' && i + 2 < n && hexval((unsigned char)s[i + 1]) >= 0 &&
            hexval((unsigned char)s[i + 2]) >= 0)
            v = hexval((unsigned char)s[i + 1]) * 16 + hexval((unsigned char)s[i + 2]);
        if (v >= 0 && unreserved(v)) {
            rbuf_addc(out, (char)v, rc);
            i += 2;
        } else if (v >= 0) {
            char e[3] = {'%', hex[v >> 4], hex[v & 15]};
            rbuf_add(out, e, 3, rc);
            i += 2;
        } else if (c >= 0x80 || c <= 0x20 || c == 0x7f || c == '%' || strchr("\"<>\\^`{|}", c)) {
            char e[3] = {'%', hex[c >> 4], hex[c & 15]};
            rbuf_add(out, e, 3, rc);
        } else
            rbuf_addc(out, (char)c, rc);
    }
}

/* Appends the host of auth[0,n) (user information kept), escaped as a path is and then
 * lower-cased but for the hex digits of escapes, without trailing dots, and the port unless
 * it is the scheme's default. Returns the host's length in the output (0: none). */
static size_t add_authority(rbuf *out, const char *auth, size_t n, int https, rasd_status *rc)
{
    const char *at = memchr(auth, '@', n);
    if (at) {
        add_escaped(out, auth, (size_t)(at - auth) + 1, rc);
        n -= (size_t)(at + 1 - auth);
        auth = at + 1;
    }
    size_t hn = n;
    const char *close = n && auth[0] == '[' ? memchr(auth, ']', n) : NULL;
    const char *from = close ? close : auth;
    const char *colon = memchr(from, ':', n - (size_t)(from - auth));
    if (colon)
        hn = (size_t)(colon - auth);
    size_t h0 = out->n;
    add_escaped(out, auth, hn, rc);
    for (size_t i = h0; !*rc && i < out->n; i++)
        if (out->p[i] == '%')
            i += 2;
        else
            out->p[i] = (char)tolower((unsigned char)out->p[i]);
    while (!*rc && out->n > h0 + 1 && out->p[out->n - 1] == '.')
        out->n--;
    size_t host = *rc ? 0 : out->n - h0;
    if (colon) {
        const char *port = colon + 1;
        size_t pn = n - hn - 1;
        while (pn > 1 && port[0] == '0')
            port++, pn--;
        if (pn && !(pn == 2 && !https && memcmp(port, "80", 2) == 0) &&
            !(pn == 3 && https && memcmp(port, "443", 3) == 0)) {
            rbuf_addc(out, ':', rc);
            add_escaped(out, port, pn, rc);
        }
    }
    return host;
}

static int tracking(const url_params *p, const char *name, size_t n)
{
    char low[128];
    const char *eq = memchr(name, '=', n);
    if (eq)
        n = (size_t)(eq - name);
    if (!p || n == 0)
        return 0;
    size_t m = n < sizeof low ? n : sizeof low - 1;   /* a long name: its prefix only */
    for (size_t i = 0; i < m; i++)
        low[i] = (char)tolower((unsigned char)name[i]);
    low[m] = 0;
    if (m == n && strmap_get(&p->exact, low, n))
        return 1;
    for (size_t off = 0; off < p->prefixes.n;) {
        const char *pre = p->prefixes.p + off;
        size_t k = strlen(pre);
        if (k <= m && memcmp(pre, low, k) == 0)
            return 1;
        off += k + 1;
    }
    return 0;
}

/* Appends the query's parameters, escapes normalised, but the tracking ones (named as they
 * read once normalised: utm%5Fsource is utm_source). */
static void add_query(rbuf *out, const char *q, size_t n, const url_params *p, rasd_status *rc)
{
    int first = 1;
    rbuf one = {0};
    for (size_t i = 0; i <= n && !*rc;) {
        size_t j = i;
        while (j < n && q[j] != '&')
            j++;
        one.n = 0;
        add_escaped(&one, q + i, j - i, rc);
        if (!*rc && one.n && !tracking(p, one.p, one.n)) {
            rbuf_addc(out, first ? '?' : '&', rc);
            rbuf_add(out, one.p, one.n, rc);
            first = 0;
        }
        i = j + 1;
    }
    rbuf_free(&one);
}

int url_canonical(const char *s, size_t n, const url_params *params, rbuf *out,
                  rasd_status *rc)
{
    rbuf abs = {0}, path = {0};
    url_parts u;
    size_t start = out->n;
    int ok = -1;
    if (url_resolve(s, n, NULL, &abs, rc) == 0) {
        url_split(abs.p, abs.n, &u);
        int https = u.nscheme == 5;
        rbuf_adds(out, https ? "https://" : "http://", rc);
        size_t host = add_authority(out, u.auth, u.nauth, https, rc);
        /* escapes first, dot segments then: %2E%2E is ".." (RFC 3986 §6.2.2) */
        add_escaped(&path, u.path, u.npath, rc);
        if (!*rc && path.n)
            remove_dots(path.p, path.n, out, rc);
        if (!path.n)
            rbuf_addc(out, '/', rc);
        if (u.query)
            add_query(out, u.query, u.nquery, params, rc);
        ok = host ? 0 : -1;
    }
    rbuf_free(&abs);
    rbuf_free(&path);
    if (*rc || ok)
        out->n = start;
    return *rc ? -1 : ok;
}

/* ------------------------------------------------------------- the list */

rasd_status url_params_load(url_params *p, const char *path)
{
    char line[256];
    rasd_status rc = RASD_OK;
    FILE *f = fopen(path, "r");
    if (!f)
        return RASD_EIO;
    while (!rc && fgets(line, sizeof line, f)) {
        char *h = strchr(line, '#');
        if (h)
            *h = 0;
        size_t n = strlen(line);
        const char *w = feed_trim(line, &n);
        if (n == 0)
            continue;
        char low[256];
        for (size_t i = 0; i < n; i++)
            low[i] = (char)tolower((unsigned char)w[i]);
        if (low[n - 1] == '*') {
            rbuf_add(&p->prefixes, low, n - 1, &rc);
            rbuf_addc(&p->prefixes, 0, &rc);
        } else {
            uint64_t *v = strmap_upsert(&p->exact, low, n, &rc);
            if (v)
                *v = 1;
        }
    }
    fclose(f);
    return rc;
}

void url_params_free(url_params *p)
{
    strmap_free(&p->exact);
    rbuf_free(&p->prefixes);
}
