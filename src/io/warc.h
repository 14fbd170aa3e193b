/* warc.h — WARC archives (src/io/warc.c) and the HTTP messages they store (warc_http.c);
 * the parts private to io/. */
#ifndef RASD_IO_WARC_H
#define RASD_IO_WARC_H

#include "core/internal.h"

/* The reader's side of rasd_warc (the rest is in include/rasd.h). */
uint64_t warc_bytes_read(const rasd_warc *w);   /* of the file, for progress */

/* The page rasd_warc_next gave had no article text: counted, not an error. */
void warc_note_no_text(rasd_warc *w);

/* ------------------------------------------------------------ HTTP (warc_http.c) */

typedef struct http_msg {
    int status;                /* 0: not an HTTP response */
    int has_type;              /* a Content-Type header was there (its value: content_type) */
    char content_type[256];    /* cut to fit */
    const char *body;          /* decoded entity body (in one of the scratch buffers) */
    size_t body_len;
} http_msg;

enum { HTTP_OK, HTTP_NOT_HTTP, HTTP_BAD_CHUNKS, HTTP_BAD_ENCODING, HTTP_TOO_BIG };

/* 1 when the Content-Type value ct is a web page's (text/html, application/xhtml+xml). */
int http_is_html_type(const char *ct);

/* Parses the HTTP response block[0, n): status line, headers, then, when the status is
 * 200 and the Content-Type (if any) a web page's, the body de-chunked (Transfer-Encoding:
 * chunked) into s1 and decoded (Content-Encoding gzip, x-gzip, deflate) into s2 (both
 * reset first; m->body points into block, s1 or s2). Returns HTTP_*; a decoded body never
 * exceeds max bytes (HTTP_TOO_BIG). */
int http_parse(const char *block, size_t n, size_t max, rbuf *s1, rbuf *s2, http_msg *m);

#endif
