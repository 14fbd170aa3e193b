/* reader.c — documents from .txt files, JSON Lines (plain or gzip), folders and stdin.
 *
 * zlib reads every file (gzread is transparent for uncompressed input) and json-c parses
 * each JSON line. A bad record or an unreadable file is reported as "path:line: reason"
 * and skipped; the next call resumes with what follows, so one bad line never costs the
 * rest of a batch. Lines are split on '\n' by memchr, so NUL bytes cannot cut them short.
 */
#include "core/internal.h"
#include "io/warc.h"

#include <dirent.h>
#include <errno.h>
#include <json.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

enum { MODE_TXT, MODE_JSONL, MODE_HTML, MODE_WARC };

struct rasd_reader {
    char **files;             /* the files to read, in order */
    size_t nfiles, next;
    int from_stdin;
    gzFile gz;                /* the file being read, or NULL */
    const char *path;         /* its name */
    int mode;
    long line;
    unsigned char inbuf[1 << 16];
    size_t in_pos, in_len;
    int eof;
    int saw_nl;               /* read_line's last line ended with '\n' */
    rbuf linebuf, textbuf;
    char *stdin_first;        /* stdin: the first line, read to choose the mode */
    size_t stdin_first_len;
    int stdin_first_pending;
    json_tokener *tok;
    json_object *obj;         /* the current record's JSON, kept alive for its strings */
    rbuf fastbuf;             /* or its strings, when read by parse_fast */
    char idbuf[4096];
    size_t max_doc;
    uint64_t total_bytes;     /* sizes of the files, as on disk */
    uint64_t done_bytes;      /* of the files already read */
    uint64_t cur_bytes;       /* size of the file being read */
    rasd_html *html;          /* the article extractor, made at the first web page */
    rasd_warc *warc;              /* the WARC archive being read (instead of gz) */
    rasd_warc_counts warc_done; /* of the archives already closed */
    char err[2048];
};

static rasd_status fail(rasd_reader *r, rasd_status st, const char *fmt, ...)
{
    va_list ap;
    int n = snprintf(r->err, sizeof r->err, "%s:%ld: ", r->path ? r->path : "-", r->line);
    va_start(ap, fmt);
    if (n > 0 && (size_t)n < sizeof r->err)
        vsnprintf(r->err + n, sizeof r->err - (size_t)n, fmt, ap);
    va_end(ap);
    return st;
}

/* ------------------------------------------------------------ file list */

static int has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

static int html_name(const char *name)
{
    return has_suffix(name, ".html") || has_suffix(name, ".htm") ||
           has_suffix(name, ".html.gz") || has_suffix(name, ".htm.gz");
}

static int warc_name(const char *name)
{
    return has_suffix(name, ".warc") || has_suffix(name, ".warc.gz");
}

static int wanted(const char *name)
{
    return has_suffix(name, ".txt") || has_suffix(name, ".jsonl") ||
           has_suffix(name, ".jsonl.gz") || html_name(name) || warc_name(name);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static rasd_status add_file(rasd_reader *r, size_t *cap, const char *path)
{
    rasd_status rc = RASD_OK;
    r->files = grow_array(r->files, cap, r->nfiles + 1, sizeof *r->files, &rc);
    struct stat st;
    if (rc || !(r->files[r->nfiles] = strdup(path)))
        return RASD_ENOMEM;
    if (stat(path, &st) == 0)
        r->total_bytes += (uint64_t)st.st_size;
    r->nfiles++;
    return RASD_OK;
}

static rasd_status walk(rasd_reader *r, size_t *cap, const char *dir, int depth)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    rasd_status rc = RASD_OK;
    if (!d)
        return RASD_EIO;
    while (!rc && (de = readdir(d)) != NULL) {
        char path[4096];
        struct stat st;
        if (de->d_name[0] == '.')
            continue;
        if (snprintf(path, sizeof path, "%s/%s", dir, de->d_name) >= (int)sizeof path)
            continue;
        if (stat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode) && depth < 32)
            rc = walk(r, cap, path, depth + 1);
        else if (S_ISREG(st.st_mode) && wanted(de->d_name))
            rc = add_file(r, cap, path);
    }
    closedir(d);
    return rc;
}

rasd_status rasd_reader_open(rasd_reader **out, const char *path, const rasd_config *cfg)
{
    struct stat st;
    size_t cap = 0, first = 0;
    rasd_status rc = RASD_OK;
    *out = NULL;
    if (!path)
        return RASD_EINVAL;
    rasd_reader *r = calloc(1, sizeof *r);
    if (!r)
        return RASD_ENOMEM;
    r->max_doc = cfg && cfg->max_doc_bytes ? cfg->max_doc_bytes : (size_t)256 << 20;
    if (!(r->tok = json_tokener_new()))
        rc = RASD_ENOMEM;
    else if (strcmp(path, "-") == 0)
        r->from_stdin = 1;
    else if (stat(path, &st) != 0)
        rc = RASD_EIO;
    else if (S_ISDIR(st.st_mode)) {
        rc = walk(r, &cap, path, 0);
        if (!rc && r->nfiles)
            qsort(r->files + first, r->nfiles - first, sizeof *r->files, cmp_str);
    } else
        rc = add_file(r, &cap, path);
    if (rc) {
        rasd_reader_close(r);
        return rc;
    }
    *out = r;
    return RASD_OK;
}

void rasd_reader_close(rasd_reader *r)
{
    if (!r)
        return;
    if (r->gz)
        gzclose(r->gz);
    rasd_warc_close(r->warc);
    for (size_t i = 0; i < r->nfiles; i++)
        free(r->files[i]);
    free(r->files);
    rbuf_free(&r->linebuf);
    rbuf_free(&r->textbuf);
    rbuf_free(&r->fastbuf);
    rasd_html_free(r->html);
    free(r->stdin_first);
    if (r->obj)
        json_object_put(r->obj);
    if (r->tok)
        json_tokener_free(r->tok);
    free(r);
}

const char *rasd_reader_error(const rasd_reader *r)
{
    return r->err;
}

void rasd_reader_progress(const rasd_reader *r, uint64_t *done, uint64_t *total)
{
    uint64_t cur = r->gz ? (uint64_t)gzoffset(r->gz) : r->warc ? warc_bytes_read(r->warc) : 0;
    *total = r->total_bytes;
    *done = r->done_bytes + (cur < r->cur_bytes ? cur : r->cur_bytes);
}

/* -------------------------------------------------------------- reading */

static int fill(rasd_reader *r)
{
    if (r->eof)
        return 0;
    int n = gzread(r->gz, r->inbuf, sizeof r->inbuf);
    if (n <= 0) {
        r->eof = 1;
        return n < 0 ? -1 : 0;
    }
    r->in_pos = 0;
    r->in_len = (size_t)n;
    return 1;
}

/* Reads the next line (without '\n') into linebuf. Returns 1 with a line, 0 at end of
 * file, -1 on a read error. A line longer than the limit is consumed and flagged in *toolong. */
static int read_line(rasd_reader *r, int *toolong)
{
    rasd_status rc = RASD_OK;
    int got = 0, f;
    size_t limit = r->max_doc + r->max_doc / 2 + 4096;   /* JSON escaping adds bytes */
    r->linebuf.n = 0;
    r->saw_nl = 0;
    *toolong = 0;
    for (;;) {
        if (r->in_pos == r->in_len && (f = fill(r)) <= 0)
            return f < 0 ? -1 : got;
        unsigned char *p = r->inbuf + r->in_pos, *nl = memchr(p, '\n', r->in_len - r->in_pos);
        size_t n = nl ? (size_t)(nl - p) : r->in_len - r->in_pos;
        got = 1;
        if (r->linebuf.n + n > limit)
            *toolong = 1;
        else
            rbuf_add(&r->linebuf, p, n, &rc);
        if (rc)
            return -1;
        r->in_pos += n + (nl != NULL);
        r->saw_nl = nl != NULL;
        if (nl)
            return 1;
    }
}

static const char *base_id(const char *path, char *buf, size_t cap)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    size_t n = strlen(b);
    if (has_suffix(b, ".txt"))
        n -= 4;
    else if (html_name(b)) {           /* name.html[.gz] or name.htm[.gz] */
        n -= has_suffix(b, ".gz") ? 3 : 0;
        n -= n >= 5 && strncmp(b + n - 5, ".html", 5) == 0 ? 5 : 4;
    }
    if (n >= cap)
        n = cap - 1;
    memcpy(buf, b, n);
    buf[n] = 0;
    return buf;
}

/* The whole of a text document (the rest of the stream) into textbuf. */
static rasd_status read_text(rasd_reader *r, rasd_record *rec, const char *id)
{
    rasd_status rc = RASD_OK;
    int f;
    for (;;) {
        if (r->in_pos == r->in_len && (f = fill(r)) <= 0) {
            if (f < 0)
                return fail(r, RASD_EIO, "read error");
            break;
        }
        if (r->textbuf.n + (r->in_len - r->in_pos) > r->max_doc)
            return fail(r, RASD_ETOOBIG, "document larger than %zu bytes", r->max_doc);
        rbuf_add(&r->textbuf, r->inbuf + r->in_pos, r->in_len - r->in_pos, &rc);
        r->in_pos = r->in_len;
        if (rc)
            return rc;
    }
    rbuf_addc(&r->textbuf, 0, &rc);
    if (rc)
        return rc;
    memset(rec, 0, sizeof *rec);
    snprintf(r->idbuf, sizeof r->idbuf, "%s", id);
    rec->id = r->idbuf;
    rec->text = r->textbuf.p;
    rec->text_len = r->textbuf.n - 1;
    rec->path = r->path;
    rec->line = 1;
    return RASD_OK;
}

/* A web page read whole by read_text: its article becomes the record (src/html/). */
static rasd_status html_record(rasd_reader *r, rasd_record *rec)
{
    rasd_page page;
    rasd_status rc;
    if (!r->html && (rc = rasd_html_new(&r->html, NULL)) != RASD_OK)
        return rc;
    if ((rc = rasd_html_extract(r->html, rec->text, rec->text_len, NULL, &page)) != RASD_OK)
        return fail(r, rc, "%s", rasd_strerror(rc));
    if (page.text_len == 0)
        return fail(r, RASD_EPARSE, "no article text found in the page");
    rec->text = page.text;
    rec->text_len = page.text_len;
    rec->title = page.title;
    rec->published = page.published;
    rec->source = page.source;
    rec->url = page.url;
    rec->author = page.author;
    return RASD_OK;
}

static void close_warc(rasd_reader *r)
{
    if (r->warc) {
        rasd_warc_counts c;
        rasd_warc_counts_of(r->warc, &c);
        size_t *to = &r->warc_done.responses, *from = &c.responses;
        for (size_t i = 0; i < sizeof c / sizeof c.responses; i++)
            to[i] += from[i];
        rasd_warc_close(r->warc);
        r->warc = NULL;
    }
}

void rasd_reader_warc_counts(const rasd_reader *r, rasd_warc_counts *c)
{
    rasd_warc_counts cur = r->warc_done;
    if (r->warc) {
        rasd_warc_counts open_one;
        rasd_warc_counts_of(r->warc, &open_one);
        size_t *to = &cur.responses, *from = &open_one.responses;
        for (size_t i = 0; i < sizeof cur / sizeof cur.responses; i++)
            to[i] += from[i];
    }
    size_t *to = &c->responses, *from = &cur.responses;
    for (size_t i = 0; i < sizeof cur / sizeof cur.responses; i++)
        to[i] += from[i];
}

/* The next page of the WARC archive being read, as a record; RASD_END at its end. */
static rasd_status warc_record(rasd_reader *r, rasd_record *rec)
{
    rasd_warc_page wp;
    rasd_page page;
    rasd_status rc;
    for (;;) {
        if ((rc = rasd_warc_next(r->warc, &wp)) != RASD_OK) {
            if (rc != RASD_END)
                snprintf(r->err, sizeof r->err, "%s: %s", r->path, rasd_warc_error(r->warc));
            return rc;
        }
        if (!r->html && (rc = rasd_html_new(&r->html, NULL)) != RASD_OK)
            return rc;
        if ((rc = rasd_html_extract(r->html, wp.body, wp.body_len, wp.content_type, &page)) !=
            RASD_OK) {
            snprintf(r->err, sizeof r->err, "%s: byte %llu: %s: %s", r->path,
                     (unsigned long long)wp.offset, wp.uri, rasd_strerror(rc));
            return rc;
        }
        if (page.text_len > 0)
            break;
        warc_note_no_text(r->warc);
    }
    memset(rec, 0, sizeof *rec);
    snprintf(r->idbuf, sizeof r->idbuf, "%s", wp.uri);
    rec->id = r->idbuf;
    rec->url = r->idbuf;
    rec->text = page.text;
    rec->text_len = page.text_len;
    rec->title = page.title;
    rec->published = page.published;
    rec->source = page.source;
    rec->author = page.author;
    rec->path = r->path;
    rec->line = (long)wp.offset;
    return RASD_OK;
}

static rasd_status open_next_file(rasd_reader *r)
{
    struct stat st;
    if (r->gz) {
        gzclose(r->gz);
        r->gz = NULL;
    }
    close_warc(r);
    r->done_bytes += r->cur_bytes;
    r->path = r->files[r->next++];
    r->cur_bytes = stat(r->path, &st) == 0 ? (uint64_t)st.st_size : 0;
    r->line = 0;
    r->eof = 0;
    r->in_pos = r->in_len = 0;
    r->mode = has_suffix(r->path, ".jsonl") || has_suffix(r->path, ".jsonl.gz") ? MODE_JSONL
            : html_name(r->path) ? MODE_HTML : warc_name(r->path) ? MODE_WARC : MODE_TXT;
    if (r->mode == MODE_WARC) {
        size_t lim = r->max_doc < ((size_t)1 << 30) ? r->max_doc : (size_t)1 << 30;
        if (rasd_warc_open(&r->warc, r->path, lim) != RASD_OK)
            return fail(r, RASD_EIO, "cannot open: %s", strerror(errno ? errno : ENOENT));
        return RASD_OK;
    }
    if (!(r->gz = gzopen(r->path, "rb")))
        return fail(r, RASD_EIO, "cannot open: %s", strerror(errno ? errno : ENOENT));
    gzbuffer(r->gz, 1 << 17);
    return RASD_OK;
}

/* ---------------------------------------------------------------- JSON */

static rasd_status get_str(rasd_reader *r, json_object *o, const char *key, int required,
                           const char **out, size_t *len)
{
    json_object *v;
    *out = NULL;
    if (!json_object_object_get_ex(o, key, &v) || json_object_is_type(v, json_type_null)) {
        if (required)
            return fail(r, RASD_EPARSE, "missing \"%s\"", key);
        return RASD_OK;
    }
    if (json_object_is_type(v, json_type_string)) {
        *out = json_object_get_string(v);
        if (len)
            *len = (size_t)json_object_get_string_len(v);
        return RASD_OK;
    }
    if (strcmp(key, "id") == 0 && json_object_is_type(v, json_type_int)) {
        snprintf(r->idbuf, sizeof r->idbuf, "%lld", (long long)json_object_get_int64(v));
        *out = r->idbuf;
        return RASD_OK;
    }
    return fail(r, RASD_EPARSE, "\"%s\" must be a string", key);
}

static rasd_status parse_record(rasd_reader *r, const char *line, size_t n, rasd_record *rec)
{
    rasd_status rc;
    if (r->obj) {
        json_object_put(r->obj);
        r->obj = NULL;
    }
    json_tokener_reset(r->tok);
    r->obj = json_tokener_parse_ex(r->tok, line, (int)n);
    enum json_tokener_error je = json_tokener_get_error(r->tok);
    if (!r->obj || je != json_tokener_success)
        return fail(r, RASD_EPARSE, "invalid JSON: %s", json_tokener_error_desc(je == json_tokener_continue ? json_tokener_error_parse_eof : je));
    for (size_t i = json_tokener_get_parse_end(r->tok); i < n; i++)
        if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
            return fail(r, RASD_EPARSE, "invalid JSON: text after the object");
    if (!json_object_is_type(r->obj, json_type_object))
        return fail(r, RASD_EPARSE, "not a JSON object");
    memset(rec, 0, sizeof *rec);
    if ((rc = get_str(r, r->obj, "id", 1, &rec->id, NULL)) ||
        (rc = get_str(r, r->obj, "text", 1, &rec->text, &rec->text_len)) ||
        (rc = get_str(r, r->obj, "title", 0, &rec->title, NULL)) ||
        (rc = get_str(r, r->obj, "published", 0, &rec->published, NULL)) ||
        (rc = get_str(r, r->obj, "source", 0, &rec->source, NULL)) ||
        (rc = get_str(r, r->obj, "url", 0, &rec->url, NULL)) ||
        (rc = get_str(r, r->obj, "author", 0, &rec->author, NULL)))
        return rc;
    if (!*rec->id)
        return fail(r, RASD_EPARSE, "empty \"id\"");
    if (rec->text_len > r->max_doc)
        return fail(r, RASD_ETOOBIG, "text larger than %zu bytes", r->max_doc);
    rec->path = r->path;
    rec->line = r->line;
    return RASD_OK;
}

/* ------------------------------------------------------- JSON, fast path */

/* json-c builds a tree of every record and costs more than writing rasd analyze's output of
 * it, so a record of the usual shape is read here instead: one flat object whose values are
 * strings or null, keys without escapes, each field below at most once. Anything else —
 * numbers, nesting, \u0000 or a surrogate, a missing field, any error — makes parse_fast
 * return 0 and json-c reads the line, so the records and the error messages are json-c's. */

enum { F_ID, F_TEXT, F_TITLE, F_PUBLISHED, F_SOURCE, F_URL, F_AUTHOR, F_NFIELDS };

static const char *const fast_keys[F_NFIELDS] = {
    "id", "text", "title", "published", "source", "url", "author",
};

typedef struct fast_rec {
    size_t off[F_NFIELDS], len[F_NFIELDS];   /* the decoded strings, in r->fastbuf */
    unsigned seen, set;                      /* bits by field: key met, string value */
} fast_rec;

static size_t skip_ws(const char *s, size_t i, size_t n)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
        i++;
    return i;
}

/* The end of the run of bytes from s[i] that a JSON string holds as they are: the first
 * '"', '\\' or control byte, or n. Eight bytes at a time while none is there (the tests
 * whether a word has a zero byte, or one below n, of "Bit Twiddling Hacks"). */
#define ONES 0x0101010101010101ull
#define HAS_LESS(x, n) (((x) - ONES * (n)) & ~(x) & (ONES * 0x80))

static size_t plain_end(const char *s, size_t i, size_t n)
{
    while (n - i >= 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (HAS_LESS(w ^ (ONES * '"'), 1) | HAS_LESS(w ^ (ONES * '\\'), 1) | HAS_LESS(w, 0x20))
            break;
        i += 8;
    }
    while (i < n && s[i] != '"' && s[i] != '\\' && (unsigned char)s[i] >= 0x20)
        i++;
    return i;
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
        return (c | 0x20) - 'a' + 10;
    return -1;
}

/* The code point of the four hex digits at s[i..n), or -1 for one left to json-c (bad hex,
 * U+0000, a surrogate). */
static int32_t fast_u(const char *s, size_t i, size_t n)
{
    int32_t cp = 0;
    if (n - i < 4)
        return -1;
    for (size_t k = 0; k < 4; k++) {
        int h = hex_digit(s[i + k]);
        if (h < 0)
            return -1;
        cp = cp * 16 + h;
    }
    return cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) ? -1 : cp;
}

/* One escape at s[*pi] (the backslash) decoded to o; the new end of o, or NULL. */
static char *fast_escape(const char *s, size_t *pi, size_t n, char *o)
{
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    size_t i = *pi + 1;
    const char *m;
    if (i >= n)
        return NULL;
    if (s[i] == 'u') {
        int32_t cp = fast_u(s, i + 1, n);
        if (cp < 0)
            return NULL;
        *pi = i + 5;
        return o + utf8_encode(cp, o);
    }
    if (!s[i] || !(m = strchr(from, s[i])))
        return NULL;
    *o = to[m - from];
    *pi = i + 1;
    return o + 1;
}

/* The string at s[*pi] (its opening quote) decoded to o; returns the new end of o and moves
 * *pi past the closing quote, or returns NULL. Decoding never lengthens a string. */
static char *fast_string(const char *s, size_t *pi, size_t n, char *o)
{
    size_t i = *pi + 1;
    for (;;) {
        size_t j = plain_end(s, i, n);
        memcpy(o, s + i, j - i);
        o += j - i;
        i = j;
        if (i >= n || (unsigned char)s[i] < 0x20)
            return NULL;
        if (s[i] == '"') {
            *pi = i + 1;
            return o;
        }
        if (!(o = fast_escape(s, &i, n, o)))
            return NULL;
    }
}

/* The key at s[*pi]: its field, F_NFIELDS for another key, -1 to leave the line to json-c. */
static int fast_key(const char *s, size_t *pi, size_t n)
{
    size_t i = *pi, j;
    if (i >= n || s[i] != '"')
        return -1;
    j = plain_end(s, i + 1, n);
    if (j >= n || s[j] != '"')
        return -1;
    *pi = j + 1;
    for (int k = 0; k < F_NFIELDS; k++)
        if (strlen(fast_keys[k]) == j - i - 1 && memcmp(fast_keys[k], s + i + 1, j - i - 1) == 0)
            return k;
    return F_NFIELDS;
}

/* The value of field k (F_NFIELDS: one not kept) at s[*pi], a string or null, into *po. */
static int fast_value(const char *s, size_t *pi, size_t n, char **po, const char *base,
                      int k, fast_rec *f)
{
    char *start = *po;
    if (k < F_NFIELDS) {
        if (f->seen & 1u << k)
            return 0;
        f->seen |= 1u << k;
    }
    if (n - *pi >= 4 && memcmp(s + *pi, "null", 4) == 0) {
        *pi += 4;
        return 1;
    }
    if (*pi >= n || s[*pi] != '"' || !(*po = fast_string(s, pi, n, start)))
        return 0;
    if (k == F_NFIELDS) {
        *po = start;
        return 1;
    }
    f->off[k] = (size_t)(start - base);
    f->len[k] = (size_t)(*po - start);
    f->set |= 1u << k;
    *(*po)++ = 0;
    return 1;
}

/* The members of the object at s[i] (its '{') into f; 1 when it fits the fast path. */
static int fast_object(const char *s, size_t i, size_t n, char *base, fast_rec *f)
{
    char *o = base;
    if (i >= n || s[i] != '{')
        return 0;
    i = skip_ws(s, i + 1, n);
    for (;;) {
        int k = fast_key(s, &i, n);
        if (k < 0)
            return 0;
        i = skip_ws(s, i, n);
        if (i >= n || s[i] != ':')
            return 0;
        i = skip_ws(s, i + 1, n);
        if (!fast_value(s, &i, n, &o, base, k, f))
            return 0;
        i = skip_ws(s, i, n);
        if (i < n && s[i] == '}')
            return skip_ws(s, i + 1, n) == n;
        if (i >= n || s[i] != ',')
            return 0;
        i = skip_ws(s, i + 1, n);
    }
}

static const char *fast_field(const rasd_reader *r, const fast_rec *f, int k)
{
    return f->set & 1u << k ? r->fastbuf.p + f->off[k] : NULL;
}

/* Reads the record of line[0, n) when it has the usual shape (see above); 1 if it did. */
static int parse_fast(rasd_reader *r, const char *line, size_t n, rasd_record *rec)
{
    rasd_status rc = RASD_OK;
    fast_rec f = {0};
    r->fastbuf.n = 0;
    rbuf_reserve(&r->fastbuf, n + 1, &rc);    /* each string and its NUL fit in its quotes */
    if (rc || !fast_object(line, skip_ws(line, 0, n), n, r->fastbuf.p, &f))
        return 0;
    if ((f.set & 3u) != 3u || f.len[F_ID] == 0 || f.len[F_TEXT] > r->max_doc)
        return 0;
    if (r->obj) {
        json_object_put(r->obj);
        r->obj = NULL;
    }
    memset(rec, 0, sizeof *rec);
    rec->id = fast_field(r, &f, F_ID);
    rec->text = fast_field(r, &f, F_TEXT);
    rec->text_len = f.len[F_TEXT];
    rec->title = fast_field(r, &f, F_TITLE);
    rec->published = fast_field(r, &f, F_PUBLISHED);
    rec->source = fast_field(r, &f, F_SOURCE);
    rec->url = fast_field(r, &f, F_URL);
    rec->author = fast_field(r, &f, F_AUTHOR);
    rec->path = r->path;
    rec->line = r->line;
    return 1;
}

/* The next non-blank JSON line of the current file: OK, END (file done) or an error. */
static rasd_status next_json(rasd_reader *r, rasd_record *rec)
{
    int toolong, got;
    for (;;) {
        const char *line;
        size_t n;
        if (r->stdin_first_pending) {
            r->stdin_first_pending = 0;
            line = r->stdin_first;
            n = r->stdin_first_len;
            toolong = 0;
            r->line = 1;
        } else {
            if ((got = read_line(r, &toolong)) <= 0)
                return got < 0 ? fail(r, RASD_EIO, "read error") : RASD_END;
            r->line++;
            line = r->linebuf.p;
            n = r->linebuf.n;
        }
        if (toolong)
            return fail(r, RASD_ETOOBIG, "line longer than the document limit");
        while (n && (line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t'))
            n--;
        size_t i = 0;
        while (i < n && (line[i] == ' ' || line[i] == '\t'))
            i++;
        if (i == n)
            continue;
        if (parse_fast(r, line, n, rec))
            return RASD_OK;
        return parse_record(r, line, n, rec);
    }
}

/* stdin: JSON Lines if the first non-blank byte is '{', a web page if it is '<', else one
 * text document. */
static rasd_status start_stdin(rasd_reader *r)
{
    int toolong;
    rasd_status rc = RASD_OK;
    r->from_stdin = 2;
    r->path = "-";
    if (!(r->gz = gzdopen(0, "rb")))
        return fail(r, RASD_EIO, "cannot read standard input");
    int got = read_line(r, &toolong);
    if (got < 0)
        return fail(r, RASD_EIO, "read error");
    size_t i = 0;
    while (i < r->linebuf.n && strchr(" \t\r\n", r->linebuf.p[i]))
        i++;
    if (got && !toolong && i < r->linebuf.n && r->linebuf.p[i] == '{') {
        r->mode = MODE_JSONL;
        r->stdin_first = malloc(r->linebuf.n + 1);
        if (!r->stdin_first)
            return RASD_ENOMEM;
        memcpy(r->stdin_first, r->linebuf.p, r->linebuf.n);
        r->stdin_first_len = r->linebuf.n;
        r->stdin_first_pending = 1;
        return RASD_OK;
    }
    if (toolong)
        return fail(r, RASD_ETOOBIG, "document larger than %zu bytes", r->max_doc);
    r->mode = got && i < r->linebuf.n && r->linebuf.p[i] == '<' ? MODE_HTML : MODE_TXT;
    r->textbuf.n = 0;
    rbuf_add(&r->textbuf, r->linebuf.p, r->linebuf.n, &rc);
    if (r->saw_nl)
        rbuf_addc(&r->textbuf, '\n', &rc);   /* the newline read_line consumed */
    return rc;
}

rasd_status rasd_reader_next(rasd_reader *r, rasd_record *rec)
{
    rasd_status rc;
    r->err[0] = 0;
    if (r->from_stdin == 1 && (rc = start_stdin(r)) != RASD_OK)
        return rc;
    for (;;) {
        if (r->warc) {
            rc = warc_record(r, rec);
            if (rc != RASD_END)
                return rc;
            close_warc(r);
        }
        if (r->gz && r->mode == MODE_JSONL) {
            rc = next_json(r, rec);
            if (rc != RASD_END)
                return rc;
        } else if (r->gz && (r->mode == MODE_TXT || r->mode == MODE_HTML)) {
            char id[1024];
            if (r->from_stdin)
                snprintf(id, sizeof id, "stdin");
            else
                r->textbuf.n = 0;
            r->line = 1;
            rc = read_text(r, rec, r->from_stdin ? id : base_id(r->path, id, sizeof id));
            if (rc == RASD_OK && r->mode == MODE_HTML)
                rc = html_record(r, rec);
            gzclose(r->gz);
            r->gz = NULL;
            return rc;
        }
        if (r->gz) {
            gzclose(r->gz);
            r->gz = NULL;
        }
        if (r->from_stdin || r->next >= r->nfiles)
            return RASD_END;
        if ((rc = open_next_file(r)) != RASD_OK)
            return rc;
    }
}
