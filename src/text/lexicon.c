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

static rasd_status parse_line(strmap *m, char *line, size_t n)
{
    rasd_status rc = RASD_OK;
    char *tab = memchr(line, '\t', n), *end;
    if (!tab || tab == line)
        return RASD_EDATA;
    errno = 0;
    unsigned long long v = strtoull(tab + 1, &end, 10);
    if (errno || end == tab + 1 || (*end && *end != '\n' && *end != '\r'))
        return RASD_EDATA;
    uint64_t *slot = strmap_upsert(m, line, (size_t)(tab - line), &rc);
    if (slot)
        *slot = v;
    return rc;
}

rasd_status lexicon_load(rasd_engine *e)
{
    char path[PATH_MAX + 32], line[1024];
    rasd_status rc = RASD_OK;
    if (!e->data_dir)
        return RASD_OK;
    snprintf(path, sizeof path, "%s/lexicon.tsv", e->data_dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return RASD_OK;          /* no lexicon: the stemmer falls back to Light10's rule */
    while (!rc && fgets(line, sizeof line, f)) {
        size_t n = strlen(line);
        if (n && line[n - 1] != '\n' && !feof(f))
            rc = RASD_EDATA;     /* a line longer than any word */
        else if (line[0] != '#' && line[0] != '\n')
            rc = parse_line(&e->lex, line, n);
    }
    if (ferror(f))
        rc = RASD_EDATA;
    fclose(f);
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
