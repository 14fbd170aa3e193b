/* extract_cmd.c — rasd extract: web pages in, the article records rasd ingest reads out. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char usage_extract[] =
    "usage: rasd extract [--data DIR] FILE.html[.gz]|FILE.warc[.gz]... | -\n"
    "Extracts the article of each web page (.html, .htm, gzip-compressed or not; - for\n"
    "standard input) and prints one JSON object a line, the record rasd ingest reads:\n"
    "{\"id\",\"url\",\"title\",\"text\",\"published\",\"author\",\"lang\",\"source\"}. id is the\n"
    "file's name without .html/.htm and .gz (\"stdin\" for -). The charset is taken from a\n"
    "BOM or <meta> and checked against the bytes: a page whose declared charset does not\n"
    "fit is said so on standard error. Arabic and Hijri dates in a byline are resolved\n"
    "with the engine's date words when its data folder is found.\n"
    "A WARC archive (.warc, .warc.gz) gives a record for each response with status 200 and\n"
    "an HTML payload, its WARC-Target-URI as id; the other records are counted on standard\n"
    "error, and a corrupt record is said there with its byte offset.\n";

static int has_suffix(const char *s, size_t n, const char *suf)
{
    size_t m = strlen(suf);
    return n >= m && strncmp(s + n - m, suf, m) == 0;
}

/* The file's base name without .gz, then without .html or .htm. */
static void page_id(const char *path, char *buf, size_t cap)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    size_t n = strlen(b);
    if (strcmp(path, "-") == 0)
        b = "stdin", n = 5;
    if (has_suffix(b, n, ".gz"))
        n -= 3;
    if (has_suffix(b, n, ".html"))
        n -= 5;
    else if (has_suffix(b, n, ".htm"))
        n -= 4;
    snprintf(buf, cap, "%.*s", (int)n, b);
}

static int extract_one(rasd_html *h, const char *path, size_t max)
{
    rasd_page page;
    const char *json;
    size_t len;
    char id[1024];
    rasd_status st = rasd_html_extract_file(h, path, max, &page);
    if (st) {
        fprintf(stderr, "%s: %s\n", path, rasd_strerror(st));
        return 1;
    }
    if (page.charset_lied)
        fprintf(stderr, "%s: declared charset %s does not fit the bytes; read as %s\n", path,
                page.charset_declared, page.charset);
    if (page.text_len == 0) {
        fprintf(stderr, "%s: no article text found\n", path);
        return 1;
    }
    page_id(path, id, sizeof id);
    if ((st = rasd_html_json(h, &page, id, &json, &len)) != RASD_OK) {
        fprintf(stderr, "%s: %s\n", path, rasd_strerror(st));
        return 1;
    }
    fwrite(json, 1, len, stdout);
    putchar('\n');
    return 0;
}

/* The page of one WARC response as a record line; 1 when it gave none. */
static int extract_warc_page(rasd_html *h, const char *path, const rasd_warc_page *wp,
                             size_t *no_text)
{
    rasd_page page;
    const char *json;
    size_t len;
    rasd_status st = rasd_html_extract(h, wp->body, wp->body_len, wp->content_type, &page);
    if (st == RASD_OK && page.text_len == 0) {
        (*no_text)++;
        return 0;
    }
    if (st == RASD_OK && page.charset_lied)
        fprintf(stderr, "%s: byte %llu: %s: declared charset %s does not fit the bytes; "
                "read as %s\n", path, (unsigned long long)wp->offset, wp->uri,
                page.charset_declared, page.charset);
    page.url = wp->uri;                           /* as rasd ingest stores it */
    if (st == RASD_OK)
        st = rasd_html_json(h, &page, wp->uri, &json, &len);
    if (st != RASD_OK) {
        fprintf(stderr, "%s: byte %llu: %s: %s\n", path, (unsigned long long)wp->offset,
                wp->uri, rasd_strerror(st));
        return 1;
    }
    fwrite(json, 1, len, stdout);
    putchar('\n');
    return 0;
}

/* Every page of a WARC archive; 1 when any record was in error. */
static int extract_warc(rasd_html *h, const char *path, size_t max)
{
    rasd_warc *w;
    rasd_warc_page wp;
    rasd_warc_counts c = {0};
    rasd_status st;
    size_t no_text = 0;
    int rc = 0;
    if (rasd_warc_open(&w, path, max ? max : (size_t)256 << 20) != RASD_OK) {
        fprintf(stderr, "%s: cannot read\n", path);
        return 1;
    }
    while ((st = rasd_warc_next(w, &wp)) != RASD_END) {
        if (st != RASD_OK) {
            fprintf(stderr, "%s: %s\n", path, rasd_warc_error(w));
            rc = 1;
        } else
            rc |= extract_warc_page(h, path, &wp, &no_text);
    }
    rasd_warc_counts_of(w, &c);
    fprintf(stderr, "%s: %zu pages; skipped %zu request, %zu metadata, %zu warcinfo, "
            "%zu revisit, %zu other types, %zu not HTML, %zu not 200, %zu without article "
            "text; errors: %zu truncated, %zu too big, %zu corrupt\n", path,
            c.responses - no_text, c.request, c.metadata, c.warcinfo, c.revisit,
            c.other_type, c.not_html, c.not_ok, no_text, c.truncated, c.too_big, c.bad);
    rasd_warc_close(w);
    return rc;
}

static int is_warc(const char *path)
{
    size_t n = strlen(path);
    return has_suffix(path, n, ".warc") || has_suffix(path, n, ".warc.gz");
}

int cmd_extract(int argc, char **argv)
{
    cli_common o;
    rasd_engine *e = NULL;
    rasd_html *h = NULL;
    int rc = 0;
    memset(&o, 0, sizeof o);
    int p = parse_opts(argc, argv, usage_extract, NULL, &o, &o);
    if (p)
        return p > 0 ? 0 : EXIT_USAGE;
    if (o.nargs == 0) {
        fputs(usage_extract, stderr);
        return EXIT_USAGE;
    }
    /* Only the date words are needed: no entity model. Without data, no Arabic dates. */
    o.cfg.stages_off |= RASD_STAGE_ENTITIES;
    if (rasd_engine_open(&e, &o.cfg) != RASD_OK)
        e = NULL;
    if (rasd_html_new(&h, e) != RASD_OK) {
        fprintf(stderr, "rasd: %s\n", rasd_strerror(RASD_ENOMEM));
        rasd_engine_close(e);
        return 1;
    }
    for (int i = 0; i < o.nargs; i++)
        rc |= is_warc(o.args[i]) ? extract_warc(h, o.args[i], o.cfg.max_doc_bytes)
                                 : extract_one(h, o.args[i], o.cfg.max_doc_bytes);
    rasd_html_free(h);
    rasd_engine_close(e);
    if (fflush(stdout) != 0) {
        perror("rasd: stdout");
        return 1;
    }
    return rc;
}
