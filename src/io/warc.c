/* warc.c — WARC archives (ISO 28500, WARC/1.0 and 1.1): the `response` records whose HTTP
 * payload is a web page, for the reader (src/io/reader.c).
 *
 * Three layouts, told by the file's first bytes: a gzip member per record (Common Crawl,
 * CC-NEWS, Heritrix, wget), one gzip stream over the whole file, or plain WARC. The bytes
 * come through zlib's inflate, one member at a time (an inflate reset at each member's
 * end), so a record never spans two members unnoticed and a member that does not inflate
 * costs only itself: the reader seeks past its first byte and looks for the next gzip
 * header (1F 8B 08). In plain WARC (and inside one big member) a bad record is passed by
 * looking for the next line that starts with "WARC/".
 *
 * A record is its version line, its named fields up to a blank line, and Content-Length
 * bytes of block. Memory stays bounded: a header is at most 64 KiB; a block over the limit
 * is read through and dropped (and said so); every other record type is dropped as it is
 * read, without being held.
 */
#include "io/warc.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <zlib.h>

#define ZBUF (1 << 16)
#define MAX_HEADER (64 << 10)

struct rasd_warc {
    int fd;
    int gz;                       /* the file starts with a gzip header */
    /* compressed side */
    unsigned char zin[ZBUF];
    size_t zin_pos, zin_len;
    uint64_t zin_off;             /* file offset of zin[0] */
    int file_eof;
    z_stream zs;
    int zs_ready;
    uint64_t member_off;          /* file offset where the current member began */
    int member_end;               /* the member (plain: the file) has no more bytes */
    int member_bad;               /* it failed to inflate */
    int member_cut;               /* because the file ends inside it */
    int resyncing;                /* looking for a member after a bad one */
    uint64_t member_out;          /* bytes it gave so far */
    /* uncompressed side */
    unsigned char out[ZBUF];
    size_t out_pos, out_len;
    /* the record */
    rbuf line, block, s1, s2, strs;
    uint64_t rec_off;             /* where the record began: file offset (of its member) */
    uint64_t rec_in;              /* and, in a gzip member, its offset inside it */
    int have_version;             /* w->line holds a "WARC/" line already read */
    uint64_t line_off;            /* where that line began (in the member; plain: file) */
    int quiet_skip;               /* the bytes up to the next "WARC/" line belong to a record
                                     already reported */
    size_t max;
    size_t *pending;              /* the count the error being reported goes to */
    char ctype[256];              /* the page's HTTP Content-Type */
    rasd_warc_counts counts;
    char err[512];
};

static rasd_status fail(rasd_warc *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static rasd_status fail(rasd_warc *w, const char *fmt, ...)
{
    va_list ap;
    int n = w->gz && w->rec_in
                ? snprintf(w->err, sizeof w->err, "byte %llu (+%llu in its gzip member): ",
                           (unsigned long long)w->rec_off, (unsigned long long)w->rec_in)
                : snprintf(w->err, sizeof w->err, "byte %llu: ", (unsigned long long)w->rec_off);
    va_start(ap, fmt);
    if (n > 0 && (size_t)n < sizeof w->err)
        vsnprintf(w->err + n, sizeof w->err - (size_t)n, fmt, ap);
    va_end(ap);
    if (!w->pending)
        w->pending = &w->counts.bad;
    return RASD_EPARSE;
}

/* ------------------------------------------------------------ raw bytes */

static int fill_zin(rasd_warc *w)
{
    if (w->zin_pos < w->zin_len)
        return 1;
    if (w->file_eof)
        return 0;
    w->zin_off += w->zin_len;
    w->zin_pos = w->zin_len = 0;
    ssize_t n;
    do
        n = read(w->fd, w->zin, sizeof w->zin);
    while (n < 0 && errno == EINTR);
    if (n <= 0) {
        w->file_eof = 1;
        return 0;
    }
    w->zin_len = (size_t)n;
    return 1;
}

static uint64_t zin_here(const rasd_warc *w)
{
    return w->zin_off + w->zin_pos;
}

/* Moves the compressed side to file offset off (re-reading from there). */
static void seek_to(rasd_warc *w, uint64_t off)
{
    if (off >= w->zin_off && off <= w->zin_off + w->zin_len) {
        w->zin_pos = (size_t)(off - w->zin_off);
        return;
    }
    if (lseek(w->fd, (off_t)off, SEEK_SET) < 0) {
        w->file_eof = 1;
        w->zin_pos = w->zin_len;
        return;
    }
    w->zin_off = off;
    w->zin_pos = w->zin_len = 0;
    w->file_eof = 0;
}

/* At least k bytes at zin_pos unless the file ends first (moves the tail to the front). */
static size_t need_zin(rasd_warc *w, size_t k)
{
    while (w->zin_len - w->zin_pos < k && !w->file_eof) {
        size_t left = w->zin_len - w->zin_pos;
        memmove(w->zin, w->zin + w->zin_pos, left);
        w->zin_off += w->zin_pos;
        w->zin_pos = 0;
        w->zin_len = left;
        ssize_t n;
        do
            n = read(w->fd, w->zin + left, sizeof w->zin - left);
        while (n < 0 && errno == EINTR);
        if (n <= 0)
            w->file_eof = 1;
        else
            w->zin_len += (size_t)n;
    }
    return w->zin_len - w->zin_pos;
}

/* Skips to the next gzip header (1F 8B 08) at or after the current position; 0 at EOF. */
static int find_member(rasd_warc *w)
{
    for (;;) {
        if (need_zin(w, 3) < 3) {
            w->zin_pos = w->zin_len;
            return 0;
        }
        unsigned char *p = memchr(w->zin + w->zin_pos, 0x1F, w->zin_len - w->zin_pos);
        if (!p) {
            w->zin_pos = w->zin_len;
            continue;
        }
        w->zin_pos = (size_t)(p - w->zin);
        if (need_zin(w, 3) < 3) {
            w->zin_pos = w->zin_len;
            return 0;
        }
        p = w->zin + w->zin_pos;
        if (p[1] == 0x8B && p[2] == 8)
            return 1;
        w->zin_pos++;
    }
}

/* Whether the bytes from file offset from to the current position are only blanks and
 * NULs (padding some writers leave after the last member). */
static int only_blanks(rasd_warc *w, uint64_t from)
{
    unsigned char b[4096];
    uint64_t to = zin_here(w);
    if (to - from > sizeof b)
        return 0;
    ssize_t n = pread(w->fd, b, (size_t)(to - from), (off_t)from);
    if (n != (ssize_t)(to - from))
        return 0;
    for (ssize_t i = 0; i < n; i++)
        if (b[i] != 0 && b[i] != ' ' && b[i] != '\r' && b[i] != '\n' && b[i] != '\t')
            return 0;
    return 1;
}

/* Starts the next member at the current position (skipping bytes that are no gzip header,
 * which is an error unless nothing but blanks); 0 when the file has no more. */
static int next_member(rasd_warc *w, uint64_t *garbage)
{
    uint64_t start = zin_here(w);
    int found = find_member(w);
    *garbage = zin_here(w) > start ? start + 1 : 0;   /* where they began, + 1 */
    if (!found)
        return 0;
    w->member_off = zin_here(w);
    w->member_end = w->member_bad = w->member_cut = 0;
    w->member_out = 0;
    inflateReset(&w->zs);
    return 1;
}

/* More uncompressed bytes into out: 1, or 0 at the member's end (plain: the file's). */
static int fill_out(rasd_warc *w)
{
    if (w->out_pos < w->out_len)
        return 1;
    if (w->member_end)
        return 0;
    w->out_pos = w->out_len = 0;
    if (!w->gz) {
        if (!fill_zin(w)) {
            w->member_end = 1;
            return 0;
        }
        size_t n = w->zin_len - w->zin_pos;
        memcpy(w->out, w->zin + w->zin_pos, n);
        w->zin_pos += n;
        w->out_len = n;
        w->member_out += n;
        return 1;
    }
    while (w->out_len == 0) {
        if (!fill_zin(w)) {
            w->member_end = w->member_bad = 1;   /* cut short: the file ends inside it */
            w->member_cut = 1;
            return 0;
        }
        w->zs.next_in = w->zin + w->zin_pos;
        w->zs.avail_in = (uInt)(w->zin_len - w->zin_pos);
        w->zs.next_out = w->out;
        w->zs.avail_out = sizeof w->out;
        size_t in_before = w->zs.avail_in;
        int zr = inflate(&w->zs, Z_NO_FLUSH);
        if (zr == Z_BUF_ERROR && w->zs.avail_in == in_before && w->zs.avail_out == sizeof w->out)
            zr = Z_DATA_ERROR;                    /* no progress: never spin on it */
        w->zin_pos = (size_t)(w->zs.next_in - w->zin);
        w->out_len = sizeof w->out - w->zs.avail_out;
        w->member_out += w->out_len;
        if (zr == Z_STREAM_END) {
            w->member_end = 1;
            return w->out_len > 0;
        }
        if (zr != Z_OK && zr != Z_BUF_ERROR) {
            w->member_end = w->member_bad = 1;
            w->out_len = 0;
            return 0;
        }
    }
    return 1;
}

/* ------------------------------------------------------------ lines and blocks */

/* Where the next unread uncompressed byte is: in the member (plain: the file). */
static uint64_t out_here(const rasd_warc *w)
{
    return w->member_out - (w->out_len - w->out_pos);
}

/* The next line (without CR LF) into w->line: 1, 0 at the member's end, -1 when longer
 * than MAX_HEADER. */
static int get_line(rasd_warc *w)
{
    rasd_status rc = RASD_OK;
    int got = 0;
    w->line.n = 0;
    w->line_off = out_here(w);
    for (;;) {
        if (!fill_out(w))
            break;
        unsigned char *p = w->out + w->out_pos, *nl = memchr(p, '\n', w->out_len - w->out_pos);
        size_t n = nl ? (size_t)(nl - p) : w->out_len - w->out_pos;
        got = 1;
        if (w->line.n + n > MAX_HEADER)
            return -1;
        rbuf_add(&w->line, p, n, &rc);
        w->out_pos += n + (nl != NULL);
        if (rc)
            return -1;
        if (nl)
            break;
    }
    if (w->line.n && w->line.p[w->line.n - 1] == '\r')
        w->line.n--;
    rbuf_addc(&w->line, 0, &rc);
    w->line.n--;
    return rc ? -1 : got;
}

/* Reads n bytes of block into w->block (keep) or drops them; the bytes got. */
static uint64_t get_block(rasd_warc *w, uint64_t n, int keep)
{
    rasd_status rc = RASD_OK;
    uint64_t got = 0;
    w->block.n = 0;
    while (got < n && fill_out(w)) {
        size_t k = w->out_len - w->out_pos;
        if (k > n - got)
            k = (size_t)(n - got);
        if (keep)
            rbuf_add(&w->block, w->out + w->out_pos, k, &rc);
        if (rc)
            return got;
        w->out_pos += k;
        got += k;
    }
    return got;
}

/* ------------------------------------------------------------ records */


typedef struct rec_head {
    const char *type, *uri, *date;   /* kept in w->strs (rbuf_keep offsets) */
    uint64_t length;
    int has_length;
} rec_head;

static int field(const char *s, const char *name, const char **val)
{
    size_t k = strlen(name);
    if (strncasecmp(s, name, k) != 0 || s[k] != ':')
        return 0;
    s += k + 1;
    while (*s == ' ' || *s == '\t')
        s++;
    *val = s;
    return 1;
}

static void keep_trimmed(rasd_warc *w, const char **dst, const char *v, rasd_status *rc)
{
    size_t n = strlen(v);
    while (n && (v[n - 1] == ' ' || v[n - 1] == '\t'))
        n--;
    if (n >= 2 && v[0] == '<' && v[n - 1] == '>')   /* WARC/1.0's <uri> */
        v++, n -= 2;
    *dst = rbuf_keep(&w->strs, v, n, rc);
}

/* The named fields after the version line, up to the blank line. 1, or 0 (an error set). */
static int read_fields(rasd_warc *w, rec_head *h)
{
    rasd_status rc = RASD_OK;
    size_t total = 0;
    const char *v;
    memset(h, 0, sizeof *h);
    w->strs.n = 0;
    for (;;) {
        int g = get_line(w);
        if (g < 0)
            return fail(w, "header line longer than %d bytes", MAX_HEADER), 0;
        if (g == 0)
            return fail(w, "record cut short in its header"), 0;
        if (w->line.n == 0)
            break;
        if ((total += w->line.n) > MAX_HEADER)
            return fail(w, "header longer than %d bytes", MAX_HEADER), 0;
        if (field(w->line.p, "WARC-Type", &v) && !h->type)
            keep_trimmed(w, &h->type, v, &rc);
        else if (field(w->line.p, "WARC-Target-URI", &v) && !h->uri)
            keep_trimmed(w, &h->uri, v, &rc);
        else if (field(w->line.p, "WARC-Date", &v) && !h->date)
            keep_trimmed(w, &h->date, v, &rc);
        else if (field(w->line.p, "Content-Length", &v) && !h->has_length) {
            char *end;
            errno = 0;
            unsigned long long len = strtoull(v, &end, 10);
            while (*end == ' ' || *end == '\t')
                end++;
            if (*v < '0' || *v > '9' || *end || errno)
                return fail(w, "bad Content-Length \"%.40s\"", v), 0;
            h->length = len;
            h->has_length = 1;
        }
    }
    if (rc)
        return fail(w, "out of memory"), 0;
    if (!h->has_length)
        return fail(w, "record without Content-Length"), 0;
    h->type = rbuf_at(&w->strs, h->type);
    h->uri = rbuf_at(&w->strs, h->uri);
    h->date = rbuf_at(&w->strs, h->date);
    return 1;
}

static size_t *type_count(rasd_warc *w, const char *type)
{
    static const char *const names[] = {"request", "metadata", "warcinfo", "revisit",
                                        "resource", "conversion", "continuation"};
    size_t *slots[] = {&w->counts.request, &w->counts.metadata, &w->counts.warcinfo,
                       &w->counts.revisit, &w->counts.other_type, &w->counts.other_type,
                       &w->counts.other_type};
    for (size_t i = 0; type && i < sizeof names / sizeof *names; i++)
        if (strcasecmp(type, names[i]) == 0)
            return slots[i];
    return &w->counts.other_type;
}

/* Its first non-blank byte is '<': a page served without a Content-Type. */
static int looks_html(const char *s, size_t n)
{
    size_t i = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
    return i < n && s[i] == '<';
}

/* The HTTP message of a response block in w->block: 1 with a page in *p, 0 when passed
 * over (counted), -1 on an error (set). */
static int response_page(rasd_warc *w, const rec_head *h, rasd_warc_page *p)
{
    http_msg m;
    int r = http_parse(w->block.p ? w->block.p : "", w->block.n, w->max, &w->s1, &w->s2, &m);
    if (r == HTTP_NOT_HTTP)
        return w->counts.not_html++, 0;          /* dns:, ftp: and other non-HTTP payloads */
    if (r == HTTP_OK && m.status != 200)
        return w->counts.not_ok++, 0;
    if (r == HTTP_OK && (m.has_type ? !http_is_html_type(m.content_type)
                                    : !looks_html(m.body, m.body_len)))
        return w->counts.not_html++, 0;
    if (r == HTTP_TOO_BIG) {
        w->pending = &w->counts.too_big;
        return fail(w, "page of %s larger than %zu bytes, skipped", h->uri, w->max), -1;
    }
    if (r == HTTP_BAD_CHUNKS)
        return fail(w, "%s: bad chunked transfer encoding", h->uri), -1;
    if (r == HTTP_BAD_ENCODING)
        return fail(w, "%s: Content-Encoding that does not decode", h->uri), -1;
    memset(p, 0, sizeof *p);
    p->uri = h->uri;
    p->date = h->date;
    memcpy(w->ctype, m.content_type, sizeof w->ctype);
    p->content_type = m.has_type ? w->ctype : NULL;
    p->body = m.body;
    p->body_len = m.body_len;
    p->offset = w->rec_off;
    w->counts.responses++;
    return 1;
}

/* ------------------------------------------------------------ the loop */

static void mark_record(rasd_warc *w)
{
    w->rec_off = w->gz ? w->member_off : w->line_off;   /* where the version line began */
    w->rec_in = w->gz ? w->line_off : 0;
}

/* Reads lines up to the next "WARC/" line (left in w->line); 1, or 0 at the member's end.
 * *skipped: lines other than blank ones were passed over. */
static int find_version(rasd_warc *w, int *skipped)
{
    *skipped = 0;
    if (w->have_version) {
        w->have_version = 0;
        return 1;
    }
    for (;;) {
        uint64_t at = out_here(w);
        int g = get_line(w);
        if (g == 0)
            return 0;
        if (g > 0 && strncmp(w->line.p, "WARC/", 5) == 0)
            return 1;
        if (g < 0 || w->line.n > 0) {
            if (!*skipped) {
                w->rec_off = w->gz ? w->member_off : at;
                w->rec_in = w->gz ? at : 0;
            }
            *skipped = 1;
        }
    }
}

/* Past a member that did not inflate: an error (unless it was a false start while
 * resynchronising), then the search for a gzip header goes on from its second byte. */
static rasd_status after_bad_member(rasd_warc *w, int quiet)
{
    int silent = quiet || (w->resyncing && w->member_out == 0);
    uint64_t off = w->member_off;
    w->out_pos = w->out_len = 0;
    w->member_bad = 0;
    w->resyncing = 1;
    w->have_version = w->quiet_skip = 0;
    seek_to(w, off + 1);
    if (silent)
        return RASD_OK;
    w->rec_off = off;
    w->rec_in = 0;
    if (w->member_cut) {
        w->member_cut = 0;
        w->pending = &w->counts.truncated;
        return fail(w, "gzip member cut short by the end of the file");
    }
    return fail(w, "gzip member does not inflate (corrupt, or cut short and followed by "
                   "another); going on at the next member");
}

/* One record after its version line: 1 with a page, 0 passed over, -1 an error set. */
static int one_record(rasd_warc *w, rasd_warc_page *p)
{
    rec_head h;
    if (!read_fields(w, &h)) {
        w->quiet_skip = 1;              /* the rest of this record is no news */
        return -1;
    }
    int response = h.type && strcasecmp(h.type, "response") == 0;
    int keep = response && h.length <= (uint64_t)w->max + MAX_HEADER;
    uint64_t got = get_block(w, h.length, keep);
    if (got < h.length) {
        w->pending = &w->counts.truncated;
        return fail(w, "record cut short: %llu of its %llu bytes",
                    (unsigned long long)got, (unsigned long long)h.length), -1;
    }
    if (!response)
        return (*type_count(w, h.type))++, 0;
    if (!keep) {
        w->pending = &w->counts.too_big;
        return fail(w, "record of %llu bytes over the limit, skipped",
                    (unsigned long long)h.length), -1;
    }
    if (!h.uri || !*h.uri)
        return fail(w, "response without WARC-Target-URI"), -1;
    return response_page(w, &h, p);
}

/* The error being reported, counted once. */
static rasd_status counted(rasd_warc *w)
{
    if (w->pending)
        (*w->pending)++;
    w->pending = NULL;
    return RASD_EPARSE;
}

rasd_status rasd_warc_next(rasd_warc *w, rasd_warc_page *p)
{
    w->err[0] = 0;
    w->pending = NULL;
    for (;;) {
        int skipped, r;
        uint64_t garbage;
        if (w->member_end && w->out_pos == w->out_len) {
            if (w->member_bad) {
                if (after_bad_member(w, 0) != RASD_OK)
                    return counted(w);
                continue;
            }
            int more = w->gz && next_member(w, &garbage);
            if (w->gz && garbage && !w->resyncing && !only_blanks(w, garbage - 1)) {
                w->rec_off = garbage - 1;
                w->rec_in = 0;
                fail(w, "bytes that are no gzip member, skipped");
                return counted(w);
            }
            if (!more)
                return RASD_END;
            continue;
        }
        int quiet = w->quiet_skip;
        w->quiet_skip = 0;
        if (!find_version(w, &skipped)) {
            if (skipped && !w->member_bad && !quiet) {
                fail(w, "bytes that are no WARC record, skipped");
                return counted(w);
            }
            continue;
        }
        if (skipped && !quiet) {
            w->have_version = 1;
            fail(w, "bytes that are no WARC record, skipped");
            return counted(w);
        }
        mark_record(w);
        r = one_record(w, p);
        if (r > 0) {
            w->resyncing = 0;
            w->err[0] = 0;
            return RASD_OK;
        }
        if (w->member_bad && w->member_end) {      /* the record fell with its member */
            w->pending = NULL;
            if (after_bad_member(w, 0) != RASD_OK)
                return counted(w);
            continue;
        }
        if (r < 0)
            return counted(w);
        w->resyncing = 0;
    }
}

rasd_status rasd_warc_open(rasd_warc **out, const char *path, size_t max_record)
{
    rasd_warc *w = calloc(1, sizeof *w);
    *out = NULL;
    if (!w)
        return RASD_ENOMEM;
    w->max = max_record;
    if ((w->fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
        free(w);
        return RASD_EIO;
    }
    if (inflateInit2(&w->zs, 15 + 16) != Z_OK) {
        close(w->fd);
        free(w);
        return RASD_ENOMEM;
    }
    w->zs_ready = 1;
    w->gz = need_zin(w, 3) >= 3 && w->zin[0] == 0x1F && w->zin[1] == 0x8B && w->zin[2] == 8;
    w->member_end = w->gz;                        /* rasd_warc_next starts the first member */
    *out = w;
    return RASD_OK;
}

const char *rasd_warc_error(const rasd_warc *w)
{
    return w->err;
}

void rasd_warc_counts_of(const rasd_warc *w, rasd_warc_counts *c)
{
    *c = w->counts;
}

uint64_t warc_bytes_read(const rasd_warc *w)
{
    return zin_here(w);
}

void rasd_warc_close(rasd_warc *w)
{
    if (!w)
        return;
    if (w->zs_ready)
        inflateEnd(&w->zs);
    close(w->fd);
    rbuf_free(&w->line);
    rbuf_free(&w->block);
    rbuf_free(&w->s1);
    rbuf_free(&w->s2);
    rbuf_free(&w->strs);
    free(w);
}

void warc_note_no_text(rasd_warc *w)
{
    w->counts.no_text++;
}
