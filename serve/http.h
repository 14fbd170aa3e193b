/* http.h — the server's request parsing, apart from libmicrohttpd so that fuzz/fuzz_http.c
 * can reach it: the request target (path and query parameters, percent-decoded), parameter
 * values, static file paths, JSON strings. Uses only the C library. */
#ifndef RASD_SERVE_HTTP_H
#define RASD_SERVE_HTTP_H

#include <stddef.h>
#include <stdio.h>

#define HTTP_MAX_TARGET 4096   /* longer request targets are refused (414) */
#define HTTP_MAX_PARAMS 24     /* more parameters are refused (400) */

typedef struct http_param {
    const char *key, *val;     /* decoded, NUL-terminated, valid UTF-8 without NUL */
} http_param;

/* A parsed request target. The strings live in buf. */
typedef struct http_target {
    const char *path;          /* decoded path, starting with '/' */
    http_param params[HTTP_MAX_PARAMS];
    size_t nparams;
    char buf[2 * HTTP_MAX_TARGET + 2];
} http_target;

/* Parses the request target uri[0, len) ("/api/search?q=%D8%A8&limit=5"): decodes
 * %XX and '+' (in the query), checks that every part is valid UTF-8 without NUL or
 * control characters. Returns 0, or an HTTP status (400, 414) with *why (static text). */
int http_parse_target(const char *uri, size_t len, http_target *t, const char **why);

/* The first value of key, or NULL. */
const char *http_get(const http_target *t, const char *key);

/* Up to max values of key into out, in order; returns how many there are (may be > max). */
size_t http_get_all(const http_target *t, const char *key, const char **out, size_t max);

/* Whether every parameter's key is one of the NULL-terminated list known. */
int http_known_params(const http_target *t, const char *const *known, const char **unknown);

/* A whole number from lo to hi in s: 0 and *out, or -1. */
int http_number(const char *s, long lo, long hi, long *out);

/* Whether s is a date as the API takes it: YYYY, YYYY-MM or YYYY-MM-DD. */
int http_is_date(const char *s);

/* The file a static path names under the web folder: path is the decoded URL path; writes
 * the relative file name into out ("index.html" for "/"). Refuses (returns -1) any path
 * with a "." or ".." segment, an empty segment, a backslash, a segment starting with '.',
 * or characters beyond [A-Za-z0-9._-/]. */
int http_static_name(const char *path, char *out, size_t cap);

/* The Content-Type of a file name by its extension. */
const char *http_mime(const char *name);

/* Writes s (NULL: null) as a JSON string: ", \, controls escaped; and <, >, &, U+2028,
 * U+2029 and the bidi embedding, override and isolate controls as \uXXXX, so that no
 * text of an article can act as markup or reorder the text around it when pasted. */
void http_json_str(FILE *f, const char *s);

/* Rewrites a JSON text made elsewhere (rasd_store_show) with the same escapes as http_json_str
 * inside its strings: those bytes occur only inside strings in JSON. */
void http_json_harden(FILE *f, const char *json);

/* Whether a[0, alen) equals b[0, blen), in time that depends on the lengths only. */
int http_secret_equal(const char *a, size_t alen, const char *b, size_t blen);

#endif
