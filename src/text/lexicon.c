/* lexicon.c — the corpus lexicon: how often each normalised Arabic word occurs in a news
 * corpus (rasd_engine.lex). The light stemmer strips a one-letter proclitic (و ف ب ك ل) only
 * when the rest of the word is itself a frequent word (stem.c); the recogniser does the same
 * before it looks a word up (ent_proclitic), uses the frequency as a feature (features.c),
 * and `rasd clusters` takes its most frequent words as the vocabulary it clusters
 * (clusters.c). The file, data/lexicon.tsv, is built here by `rasd lexicon` (the builder
 * below; make data) and loaded read-only by the engine.
 *
 * Format: UTF-8 lines "word<TAB>count", most frequent first (the builder writes them so; the
 * loader does not need it); lines starting with # are comments. */
#include "core/internal.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The count at s as strtoull reads it, quicker for what the builder writes (up to 19
 * digits: no overflow); anything else goes to strtoull. */
static unsigned long long count_at(const char *s, char **end)
{
    unsigned long long v = 0;
    const char *p = s;
    while (p - s < 19 && *p >= '0' && *p <= '9')
        v = v * 10 + (unsigned)(*p++ - '0');
    if (p > s && !(*p >= '0' && *p <= '9')) {
        *end = (char *)p;
        return v;
    }
    return strtoull(s, end, 10);
}

static rasd_status parse_line(strmap *m, char *line, size_t n)
{
    rasd_status rc = RASD_OK;
    char *tab = memchr(line, '\t', n), *end;
    if (!tab || tab == line)
        return RASD_EDATA;
    errno = 0;
    unsigned long long v = count_at(tab + 1, &end);
    if (errno || end == tab + 1 || (*end && *end != '\n' && *end != '\r'))
        return RASD_EDATA;
    uint64_t *slot = strmap_upsert(m, line, (size_t)(tab - line), &rc);
    if (slot)
        *slot = v;
    return rc;
}

/* The whole of f in a new NUL-terminated buffer (free()), its length in *n; NULL if it
 * cannot be read (*rc: why). */
static char *slurp(FILE *f, size_t *n, rasd_status *rc)
{
    size_t cap = 1 << 20, len = 0, got;
    char *buf = malloc(cap + 1), *bigger;
    while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0)
        if ((len += got) == cap) {
            if (!(bigger = realloc(buf, (cap *= 2) + 1)))
                free(buf);
            buf = bigger;
        }
    if (!buf || ferror(f)) {
        *rc = buf ? RASD_EDATA : RASD_ENOMEM;
        free(buf);
        return NULL;
    }
    buf[len] = 0;
    *n = len;
    return buf;
}

/* Read whole and cut into lines in place (the loader of every rasd call: fgets and strtoull
 * cost a third of an empty call's start). Lines as fgets with a 1,024-byte buffer took
 * them: one of 1,023 bytes or more is refused. */
rasd_status lexicon_load(rasd_engine *e)
{
    char path[PATH_MAX + 32];
    rasd_status rc = RASD_OK;
    size_t n = 0;
    if (!e->data_dir)
        return RASD_OK;
    snprintf(path, sizeof path, "%s/lexicon.tsv", e->data_dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return RASD_OK;          /* no lexicon: the stemmer falls back to Light10's rule */
    char *buf = slurp(f, &n, &rc);
    fclose(f);
    if (buf && memchr(buf, 0, n))
        rc = RASD_EDATA;         /* a NUL byte: no text file */
    for (char *p = buf, *end = buf + n; !rc && p < end;) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);    /* without its \n */
        if (len >= 1023)
            rc = RASD_EDATA;     /* a line longer than any word */
        else if (len && p[0] != '#')
            rc = parse_line(&e->lex, p, len + (nl != NULL));
        p += len + 1;
    }
    free(buf);
    return rc;
}

size_t rasd_lexicon_size(const rasd_engine *e)
{
    return e->lex.n;
}

/* ------------------------------------------------------------- building */

struct rasd_lexicon_builder {
    strmap counts;
    uint64_t docs, words;
};

rasd_status rasd_lexicon_builder_new(rasd_lexicon_builder **out)
{
    *out = calloc(1, sizeof **out);
    return *out ? RASD_OK : RASD_ENOMEM;
}

void rasd_lexicon_builder_free(rasd_lexicon_builder *b)
{
    if (!b)
        return;
    strmap_free(&b->counts);
    free(b);
}

rasd_status rasd_lexicon_builder_add(rasd_lexicon_builder *b, const rasd_doc *doc)
{
    rasd_status rc = RASD_OK;
    size_t n;
    const rasd_token *t = rasd_doc_tokens(doc, &n);
    for (size_t i = 0; i < n && !rc; i++) {
        if (t[i].kind != RASD_TOK_ARABIC || t[i].norm_len > 255)
            continue;
        uint64_t *c = strmap_upsert(&b->counts, t[i].norm, t[i].norm_len, &rc);
        if (c)
            ++*c;
        b->words++;
    }
    b->docs++;
    return rc;
}

typedef struct ranked {
    const char *w;
    size_t len;
    uint64_t count;
} ranked;

/* Most frequent first, then by bytes: the file is the same for the same corpus. */
static int by_count(const void *pa, const void *pb)
{
    const ranked *a = pa, *b = pb;
    if (a->count != b->count)
        return a->count > b->count ? -1 : 1;
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->w, b->w, n);
    return c ? c : (a->len > b->len) - (a->len < b->len);
}

rasd_status rasd_lexicon_builder_write(const rasd_lexicon_builder *b, uint64_t min_count,
                                       const char *path)
{
    size_t k = 0;
    ranked *r = malloc((b->counts.n + 1) * sizeof *r);
    if (!r)
        return RASD_ENOMEM;
    for (size_t i = 0; i < b->counts.n; i++) {
        if (b->counts.ents[i].value < min_count)
            continue;
        r[k].w = strmap_key(&b->counts, i, &r[k].len);
        r[k++].count = b->counts.ents[i].value;
    }
    qsort(r, k, sizeof *r, by_count);
    FILE *f = strcmp(path, "-") == 0 ? stdout : fopen(path, "w");
    if (!f) {
        free(r);
        return RASD_EIO;
    }
    fprintf(f, "# rasd lexicon: normalised Arabic words seen %llu times or more in %llu documents "
               "(%llu words); built by rasd lexicon\n",
            (unsigned long long)min_count, (unsigned long long)b->docs, (unsigned long long)b->words);
    for (size_t i = 0; i < k; i++)
        fprintf(f, "%.*s\t%llu\n", (int)r[i].len, r[i].w, (unsigned long long)r[i].count);
    free(r);
    int bad = ferror(f);
    if (f != stdout)
        bad |= fclose(f) != 0;
    else
        bad |= fflush(f) != 0;
    return bad ? RASD_EIO : RASD_OK;
}
