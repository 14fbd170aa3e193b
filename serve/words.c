/* words.c — GET /api/top?what=words: the words of a query's best matches, counted by stem
 * (the engine's stemmer, as search matches them), stop words out (data/stopwords.tsv, read
 * once at start through the same analysis as the text), each shown in its most frequent
 * written form. */
#include "serve.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define WORDS_HITS 200            /* the query's best matches counted */
#define WORDS_ITEMS 50            /* words listed */
#define WORD_MAX 255              /* longer words are not counted */

struct stopwords {
    char **w;                     /* sorted, distinct: normalised forms and their stems */
    size_t n;
};

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int add_word(stopwords *sw, size_t *cap, const char *s, size_t len)
{
    if (sw->n == *cap) {
        size_t nc = *cap ? *cap * 2 : 256;
        char **w = realloc(sw->w, nc * sizeof *w);
        if (!w)
            return -1;
        sw->w = w;
        *cap = nc;
    }
    if (!(sw->w[sw->n] = strndup(s, len)))
        return -1;
    sw->n++;
    return 0;
}

int stopwords_load(stopwords **out, const rasd_engine *e, const char *path)
{
    FILE *f = fopen(path, "r");
    stopwords *sw = calloc(1, sizeof *sw);
    rasd_doc *doc = NULL;
    char line[512];
    size_t cap = 0, k = 0;
    int rc = 0;
    *out = NULL;
    if (!f || !sw || rasd_doc_new(&doc) != RASD_OK) {
        if (f)
            fclose(f);
        free(sw);
        rasd_doc_free(doc);
        return -1;
    }
    while (!rc && fgets(line, sizeof line, f)) {
        size_t n = strcspn(line, "\r\n"), nt = 0;
        const rasd_token *t;
        if (!n || line[0] == '#')
            continue;
        if (rasd_analyze(e, doc, line, n) != RASD_OK || !(t = rasd_doc_tokens(doc, &nt)) || !nt)
            continue;
        rc = add_word(sw, &cap, t[0].norm, t[0].norm_len) ||
             add_word(sw, &cap, t[0].stem, t[0].stem_len);
    }
    fclose(f);
    rasd_doc_free(doc);
    qsort(sw->w, sw->n, sizeof *sw->w, cmp_str);
    for (size_t i = 0; i < sw->n; i++) {          /* drop repeats */
        if (k && strcmp(sw->w[k - 1], sw->w[i]) == 0)
            free(sw->w[i]);
        else
            sw->w[k++] = sw->w[i];
    }
    sw->n = k;
    *out = sw;
    if (rc || !sw->n) {
        stopwords_free(sw);
        *out = NULL;
        return -1;
    }
    return 0;
}

void stopwords_free(stopwords *sw)
{
    if (!sw)
        return;
    for (size_t i = 0; i < sw->n; i++)
        free(sw->w[i]);
    free(sw->w);
    free(sw);
}

static int is_stop(const stopwords *sw, const char *w)
{
    return bsearch(&w, sw->w, sw->n, sizeof *sw->w, cmp_str) != NULL;
}

/* ------------------------------------------------------------------ counting */

/* A string-keyed open-addressing table of counts. */
typedef struct slot {
    char *s;                      /* NULL: empty */
    uint64_t h;
    uint32_t a, b;                /* term: articles, occurrences; form: occurrences */
    int64_t c;                    /* term: the last article counted, then its word */
    const char *term;             /* form: its term's key (the term slot's string) */
} slot;

typedef struct table {
    slot *v;
    size_t cap, n;
} table;

static uint64_t hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static int grow(table *t)
{
    size_t nc = t->cap ? t->cap * 2 : 4096;
    slot *v = calloc(nc, sizeof *v);
    if (!v)
        return -1;
    for (size_t i = 0; i < t->cap; i++)
        if (t->v[i].s) {
            size_t j = t->v[i].h & (nc - 1);
            while (v[j].s)
                j = (j + 1) & (nc - 1);
            v[j] = t->v[i];
        }
    free(t->v);
    t->v = v;
    t->cap = nc;
    return 0;
}

/* The slot of s[0, n): an empty one (for it to be made) when there is none. */
static slot *lookup(const table *t, const char *s, size_t n, uint64_t h)
{
    size_t j;
    for (j = h & (t->cap - 1); t->v[j].s; j = (j + 1) & (t->cap - 1))
        if (t->v[j].h == h && strncmp(t->v[j].s, s, n) == 0 && t->v[j].s[n] == '\0')
            break;
    return &t->v[j];
}

/* The slot of s[0, n), made (zeroed) when new; NULL when memory ran out. */
static slot *find(table *t, const char *s, size_t n)
{
    uint64_t h = hash(s, n);
    slot *sl;
    if ((t->n + 1) * 2 > t->cap && grow(t))
        return NULL;
    if ((sl = lookup(t, s, n, h))->s)
        return sl;
    if (!(sl->s = strndup(s, n)))
        return NULL;
    sl->h = h;
    t->n++;
    return sl;
}

static void table_free(table *t)
{
    for (size_t i = 0; i < t->cap; i++)
        free(t->v[i].s);
    free(t->v);
}

typedef struct counts {
    table terms, forms;
    const stopwords *sw;
} counts;

/* Counts the words of one article (number doc, text the analysed text): each stem once per
 * article and at each occurrence, each written form at each occurrence. */
static int count_text(counts *c, const char *text, const rasd_token *t, size_t nt, int64_t doc)
{
    char norm[WORD_MAX + 1], stem[WORD_MAX + 1];
    for (size_t i = 0; i < nt; i++) {
        slot *term, *form;
        if ((t[i].kind != RASD_TOK_ARABIC && t[i].kind != RASD_TOK_LATIN) ||
            t[i].norm_len > WORD_MAX || t[i].stem_len > WORD_MAX || t[i].norm_len < 3 ||
            t[i].end - t[i].start > WORD_MAX)
            continue;                         /* one Arabic letter is two bytes */
        memcpy(norm, t[i].norm, t[i].norm_len);
        norm[t[i].norm_len] = '\0';
        memcpy(stem, t[i].stem, t[i].stem_len);
        stem[t[i].stem_len] = '\0';
        if (is_stop(c->sw, norm) || is_stop(c->sw, stem))
            continue;
        if (!(term = find(&c->terms, stem, t[i].stem_len)))
            return -1;
        term->b++;
        if (term->c != doc + 1) {
            term->a++;
            term->c = doc + 1;
        }
        if (!(form = find(&c->forms, text + t[i].start, t[i].end - t[i].start)))
            return -1;
        form->b++;
        form->term = term->s;
    }
    return 0;
}

typedef struct word {
    const char *stem, *form;
    uint32_t articles, count, form_count;
} word;

static int by_articles(const void *x, const void *y)
{
    const word *a = x, *b = y;
    if (a->articles != b->articles)
        return a->articles < b->articles ? 1 : -1;
    if (a->count != b->count)
        return a->count < b->count ? 1 : -1;
    return strcmp(a->stem, b->stem);
}

static void write_words(FILE *f, counts *c, size_t matches)
{
    word *w = calloc(c->terms.n ? c->terms.n : 1, sizeof *w);
    size_t n = 0;
    for (size_t i = 0; w && i < c->terms.cap; i++)
        if (c->terms.v[i].s) {
            c->terms.v[i].c = (int64_t)n;
            w[n].stem = c->terms.v[i].s;
            w[n].articles = c->terms.v[i].a;
            w[n].count = c->terms.v[i].b;
            n++;
        }
    for (size_t i = 0; w && i < c->forms.cap; i++) {
        const slot *fs = &c->forms.v[i];
        word *to;
        if (!fs->s)
            continue;
        to = &w[lookup(&c->terms, fs->term, strlen(fs->term), hash(fs->term, strlen(fs->term)))->c];
        if (fs->b > to->form_count || (fs->b == to->form_count && strcmp(fs->s, to->form) < 0)) {
            to->form = fs->s;
            to->form_count = fs->b;
        }
    }
    if (w)
        qsort(w, n, sizeof *w, by_articles);
    fprintf(f, "{\"what\":\"words\",\"matches\":%zu,\"items\":[", matches);
    for (size_t i = 0; w && i < n && i < WORDS_ITEMS; i++) {
        fputs(i ? ",{\"key\":" : "{\"key\":", f);
        http_json_str(f, w[i].stem);
        fputs(",\"name\":", f);
        http_json_str(f, w[i].form);
        fprintf(f, ",\"articles\":%u,\"count\":%u}", w[i].articles, w[i].count);
    }
    fputs("]}\n", f);
    free(w);
}

int api_top_words(const request_ctx *q, reply *r, const char *query)
{
    rasd_query_opts o = {0};
    rasd_results *res = NULL;
    rasd_doc *doc = NULL;
    counts c = {{0}, {0}, q->sv->stopwords};
    rasd_status st;
    int rc = 0;
    if (!c.sw)
        return reply_error(r, 503, "unavailable", "no stop-word list (data/stopwords.tsv) was loaded");
    o.limit = WORDS_HITS;
    o.flags = RASD_QUERY_NO_SNIPPET | RASD_QUERY_COLLAPSE;
    if ((st = rasd_search(q->s, query, &o, &res)) != RASD_OK)
        return reply_error(r, st == RASD_EPARSE ? 400 : 500, st == RASD_EPARSE ? "bad_parameter" : "store_error",
                           "%s", rasd_store_error(q->s));
    if (rasd_doc_new(&doc) != RASD_OK)
        rc = reply_error(r, 500, "no_memory", "out of memory");
    for (size_t i = 0; !rc && i < rasd_results_count(res); i++) {
        char *text = NULL;
        size_t len = 0, nt = 0;
        const rasd_token *t;
        if ((st = rasd_store_text(q->s, rasd_results_hit(res, i)->id, &text, &len)) != RASD_OK) {
            if (st != RASD_END)
                rc = reply_error(r, 500, "store_error", "%s", rasd_store_error(q->s));
            continue;
        }
        if (rasd_analyze(rasd_store_engine(q->s), doc, text, len) == RASD_OK &&
            (t = rasd_doc_tokens(doc, &nt)) != NULL && count_text(&c, text, t, nt, (int64_t)i))
            rc = reply_error(r, 500, "no_memory", "out of memory");
        rasd_free(text);
    }
    if (!rc)
        write_words(r->f, &c, rasd_results_count(res));
    table_free(&c.terms);
    table_free(&c.forms);
    rasd_doc_free(doc);
    rasd_results_free(res);
    return rc;
}
