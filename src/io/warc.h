/* warc.h — WARC archives (src/io/warc.c) and the HTTP messages they store (warc_http.c);
 * private to io/ (the reader turns their pages into records). */
#ifndef RASD_IO_WARC_H
#define RASD_IO_WARC_H

#include "core/internal.h"

typedef struct warc warc;

/* A response record whose HTTP payload is a web page, as warc_next gives it: strings owned
 * by the warc, valid until its next call. */
typedef struct warc_page {
    const char *uri;           /* WARC-Target-URI, without <> */
    const char *date;          /* WARC-Date, or NULL */
    const char *content_type;  /* the HTTP Content-Type header, or NULL */
    const char *body;          /* the entity body, de-chunked and decoded; body_len bytes */
    size_t body_len;
    uint64_t offset;           /* the record's byte offset in the file (of its gzip member
                                  in a .warc.gz) */
} warc_page;

/* Opens the archive at path (gzip members, one gzip stream, or plain WARC: told by its
 * bytes, not its name). max_record bounds a record's block and a page's decoded body.
 * *out is the caller's (warc_close). RASD_EIO when it cannot be opened. */
rasd_status warc_open(warc **out, const char *path, size_t max_record);

/* The next HTML response: RASD_OK with *p, RASD_END at the end of the file, or an error
 * for one record that could not be read (warc_error: "byte N: reason"); the next call
 * goes on after it (the next gzip member, else the next "WARC/" line). */
rasd_status warc_next(warc *w, warc_page *p);

const char *warc_error(const warc *w);
void warc_counts(const warc *w, rasd_warc_counts *c);
uint64_t warc_bytes_read(const warc *w);   /* of the file, for progress */
void warc_close(warc *w);

/* The page warc_next gave had no article text: counted, not an error. */
void warc_note_no_text(warc *w);

/* ------------------------------------------------------------ HTTP (warc_http.c) */

typedef struct http_msg {
    int status;                /* 0: not an HTTP response */
    int has_type;              /* a Content-Type header was there (its value: content_type) */
    char content_type[256];    /* cut to fit */
    const char *body;          /* decoded entity body (in one of the scratch buffers) */
    size_t body_len;
} http_msg;

enum { HTTP_OK, HTTP_NOT_HTTP, HTTP_BAD_CHUNKS, HTTP_BAD_ENCODING, HTTP_TOO_BIG };

/* Parses the HTTP response block[0, n): status line, headers, then, when the status is
 * 200, the body de-chunked (Transfer-Encoding: chunked) into s1 and decoded
 * (Content-Encoding gzip, x-gzip, deflate) into s2 (both reset first; m->body points into
 * block, s1 or s2). Returns HTTP_*; a decoded body never exceeds max bytes (HTTP_TOO_BIG). */
int http_parse(const char *block, size_t n, size_t max, rbuf *s1, rbuf *s2, http_msg *m);

#endif
