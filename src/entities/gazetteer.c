/* gazetteer.c — the entity data an engine loads read-only from its data folder:
 * data/gazetteer.tsv (names, aliases and titles; tools/gazetteer.py builds it),
 * data/clusters.tsv (word clusters; `rasd clusters`) and data/ner.model (`rasd train-ner`);
 * titles.tsv and names.tsv are read by titles.c and names.c; aliases.tsv (people's names,
 * in gazetteer.tsv's format) by the resolver only.
 * Each is optional; a file that is there but malformed fails the engine with RASD_EDATA. */
#include "entities/ent.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

const char *const ent_type_names[6] = {"", "PER", "LOC", "ORG", "MISC", "TITLE"};

static int type_of(const char *s, size_t n)
{
    for (int t = 1; t < 6; t++)
        if (strlen(ent_type_names[t]) == n && memcmp(ent_type_names[t], s, n) == 0)
            return t;
    return 0;
}

/* ------------------------------------------------------------- gazetteer */

typedef struct pending {
    uint32_t key;          /* index of the key in names */
    uint32_t seq;          /* line order, so that sorting keeps the file's order */
    gaz_entry e;
} pending;

static int by_key(const void *a, const void *b)
{
    const pending *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The normalised tokens of name[0,n) joined by one space into key; the token count. */
static size_t name_key(const rasd_engine *e, rasd_doc *d, const char *name, size_t n, rbuf *key,
                       rasd_status *rc)
{
    size_t nt;
    key->n = 0;
    if (*rc || (*rc = rasd_analyze(e, d, name, n)) != RASD_OK)
        return 0;
    const rasd_token *t = rasd_doc_tokens(d, &nt);
    for (size_t i = 0; i < nt; i++) {
        if (i)
            rbuf_addc(key, ' ', rc);
        rbuf_add(key, t[i].norm, t[i].norm_len, rc);
    }
    return nt;
}

static rasd_status parse_gaz_line(gazetteer *g, const rasd_engine *e, rasd_doc *d, char *line,
                                  rbuf *key, pending **pend, size_t *npend, size_t *cap)
{
    rasd_status rc = RASD_OK;
    char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
    if (!t2)
        return RASD_EDATA;
    size_t cl = strcspn(t2 + 1, "\r\n");
    int type = type_of(line, (size_t)(t1 - line));
    size_t ntok = name_key(e, d, t1 + 1, (size_t)(t2 - t1 - 1), key, &rc);
    if (rc || !type)
        return rc ? rc : RASD_EDATA;
    if (ntok == 0 || ntok > GAZ_MAXTOK)
        return RASD_OK;                   /* nothing to match, or too long: skipped */
    const char *sp = memchr(key->p, ' ', key->n);
    uint64_t *first = strmap_upsert(&g->first, key->p, sp ? (size_t)(sp - key->p) : key->n, &rc);
    uint64_t *v = strmap_upsert(&g->names, key->p, key->n, &rc);
    *pend = grow_array(*pend, cap, *npend + 1, sizeof **pend, &rc);
    if (rc)
        return rc;
    if (*first < ntok)
        *first = ntok;
    if (!*v)
        *v = g->names.n;                  /* 1 + the key's index, until gaz_finish */
    pending *p = &(*pend)[(*npend)++];
    p->key = (uint32_t)(*v - 1);
    p->seq = (uint32_t)(*npend - 1);
    p->e.type = (uint8_t)type;
    p->e.ntok = (uint8_t)ntok;
    p->e.canon_off = (uint32_t)g->str.n;
    p->e.canon_len = (uint32_t)(cl == 1 && t2[1] == '-' ? 0 : cl);
    rbuf_add(&g->str, t2 + 1, p->e.canon_len, &rc);
    if (p->e.canon_len)
        name_key(e, d, t2 + 1, p->e.canon_len, key, &rc);
    else
        key->n = 0;
    p->e.ckey_off = (uint32_t)g->str.n;
    p->e.ckey_len = (uint32_t)key->n;
    if (key->n)
        rbuf_add(&g->str, key->p, key->n, &rc);
    return rc;
}

/* Entries of one key become consecutive; the key's value is (1 + first) << 16 | count. */
static rasd_status gaz_finish(gazetteer *g, pending *p, size_t n)
{
    rasd_status rc = RASD_OK;
    if (n)
        qsort(p, n, sizeof *p, by_key);
    for (size_t i = 0; i < g->names.n; i++)
        g->names.ents[i].value = 0;
    g->ents = grow_array(g->ents, &g->ents_cap, n, sizeof *g->ents, &rc);
    if (rc)
        return rc;
    for (size_t i = 0; i < n; i++) {
        g->ents[i] = p[i].e;
        size_t kl;
        const char *k = strmap_key(&g->names, p[i].key, &kl);
        uint64_t *v = strmap_find(&g->names, k, kl);
        if (!*v)
            *v = (uint64_t)(i + 1) << 16;
        if ((*v & 0xffff) < 0xffff)
            (*v)++;
    }
    g->nents = n;
    return RASD_OK;
}

rasd_status gazetteer_load(gazetteer *g, const rasd_engine *e, const char *path)
{
    rasd_status rc = RASD_OK;
    char line[2048];
    rbuf key = {0};
    pending *pend = NULL;
    size_t npend = 0, cap = 0;
    rasd_doc *d = NULL;
    FILE *f = fopen(path, "r");
    if (!f)
        return RASD_OK;
    if ((rc = rasd_doc_new(&d)) != RASD_OK)
        goto done;
    while (!rc && fgets(line, sizeof line, f)) {
        if (!strchr(line, '\n') && !feof(f))
            rc = RASD_EDATA;
        else if (line[0] != '#' && line[0] != '\n')
            rc = parse_gaz_line(g, e, d, line, &key, &pend, &npend, &cap);
    }
    if (!rc)
        rc = gaz_finish(g, pend, npend);
done:
    fclose(f);
    free(pend);
    rbuf_free(&key);
    rasd_doc_free(d);
    return rc;
}

const gaz_entry *gazetteer_find(const gazetteer *g, const char *key, size_t n, size_t *count)
{
    uint64_t v = strmap_get(&g->names, key, n);
    *count = v & 0xffff;
    return v >> 16 ? &g->ents[(v >> 16) - 1] : NULL;
}

void gazetteer_free(gazetteer *g)
{
    strmap_free(&g->names);
    strmap_free(&g->first);
    free(g->ents);
    rbuf_free(&g->str);
    memset(g, 0, sizeof *g);
}

/* ------------------------------------------------------------- clusters */

rasd_status clusters_load(clusters *c, const char *path)
{
    char line[1024];
    rasd_status rc = RASD_OK;
    FILE *f = fopen(path, "r");
    if (!f)
        return RASD_OK;
    while (!rc && fgets(line, sizeof line, f)) {
        char *t1 = strchr(line, '\t'), *end;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        if (!t1 || t1 == line) {
            rc = RASD_EDATA;
            break;
        }
        unsigned long coarse = strtoul(t1 + 1, &end, 10), fine;
        if (*end != '\t' || coarse > 0xfffe)
            rc = RASD_EDATA;
        else if ((fine = strtoul(end + 1, &end, 10)) > 0xfffe || (*end && *end != '\n'))
            rc = RASD_EDATA;
        uint64_t *v = rc ? NULL : strmap_upsert(&c->words, line, (size_t)(t1 - line), &rc);
        if (v)
            *v = (coarse + 1) << 16 | (fine + 1);
    }
    fclose(f);
    return rc;
}

uint32_t clusters_get(const clusters *c, const char *w, size_t n)
{
    return c->words.n ? (uint32_t)strmap_get(&c->words, w, n) : 0;
}

void clusters_free(clusters *c)
{
    strmap_free(&c->words);
}

/* ---------------------------------------------------------------- engine */

static void data_path(const rasd_engine *e, const char *file, char *out, size_t cap)
{
    snprintf(out, cap, "%s/%s", e->data_dir, file);
}

/* rc, with path named in e->why (rasd_engine_open_why) when it is a data file's failure and
 * no loader said more; a path too long for why leaves the file's name alone. */
static rasd_status named(rasd_engine *e, const char *path, rasd_status rc)
{
    const char *what = rc == RASD_EIO ? "cannot be read" : "not a file this build reads";
    const char *base = strrchr(path, '/');
    int w;
    if (rc == RASD_OK || rc == RASD_ENOMEM || e->why[0])
        return rc;
    w = snprintf(e->why, sizeof e->why, "%s: %s", path, what);
    if (w < 0 || (size_t)w >= sizeof e->why)
        snprintf(e->why, sizeof e->why, "%s: %s", base ? base + 1 : path, what);
    return rc;
}

/* Calls add(m, kind, tokens) for each line "KIND<TAB>words" of path: kind the index of KIND
 * in kinds[1, nkinds) (kinds[0] is unused), the words as the engine's analysis gives them;
 * lines starting with '#' and empty lines are skipped. A missing file is no error (nothing
 * loaded); an unknown kind or a line with no newline is RASD_EDATA; add's error ends the
 * read. */
rasd_status ent_kind_lines(strmap *m, const rasd_engine *e, const char *path,
                           const char *const kinds[], size_t nkinds, ent_kind_add add)
{
    char line[512];
    rasd_status rc = RASD_OK;
    rasd_doc *d = NULL;
    FILE *f = fopen(path, "r");
    if (!f)
        return RASD_OK;
    if ((rc = rasd_doc_new(&d)) != RASD_OK) {
        fclose(f);
        return rc;
    }
    while (!rc && fgets(line, sizeof line, f)) {
        char *tab = strchr(line, '\t');
        size_t nt, kind = 0;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        for (size_t k = 1; tab && k < nkinds; k++)
            if ((size_t)(tab - line) == strlen(kinds[k]) && memcmp(line, kinds[k], strlen(kinds[k])) == 0)
                kind = k;
        if (!kind || !strchr(tab, '\n') ||
            (rc = rasd_analyze(e, d, tab + 1, strcspn(tab + 1, "\r\n"))) != RASD_OK) {
            rc = rc ? rc : RASD_EDATA;
            break;
        }
        const rasd_token *t = rasd_doc_tokens(d, &nt);
        rc = add(m, kind, t, nt);
    }
    fclose(f);
    rasd_doc_free(d);
    return rc;
}

/* One word of ent_words_load: its normalised form → kind; more than one token is an error. */
static rasd_status word_add(strmap *m, size_t kind, const rasd_token *t, size_t nt)
{
    rasd_status rc = RASD_OK;
    uint64_t *v = nt == 1 ? strmap_upsert(m, t[0].norm, t[0].norm_len, &rc) : NULL;
    if (nt != 1)
        return RASD_EDATA;
    if (v)
        *v = kind;
    return rc;
}

/* Lines "KIND<TAB>WORD" of path into m: the word's normalised form → the index of KIND in
 * kinds[1, nkinds) (kinds[0] is unused). A missing file is no error (nothing loaded); a bad
 * line, or a word that is not one token, is RASD_EDATA. */
rasd_status ent_words_load(strmap *m, const rasd_engine *e, const char *path,
                           const char *const kinds[], size_t nkinds)
{
    return ent_kind_lines(m, e, path, kinds, nkinds, word_add);
}

/* The gazetteers and word lists into x, in this order, up to the first error. Their names
 * are analysed whatever the engine's document limit. */
static rasd_status lists_load(ent_engine *x, rasd_engine *e)
{
    const struct {
        const char *file;
        gazetteer *g;                   /* a gazetteer, or a word list: */
        strmap *m;
        rasd_status (*words)(strmap *, const rasd_engine *, const char *);
    } lists[] = {
        {"gazetteer.tsv", &x->gaz, NULL, NULL},
        {"titles.tsv", NULL, &x->titles, titles_load},
        {"names.tsv", NULL, &x->names, names_load},
        {"aliases.tsv", &x->aliases, NULL, NULL},
        {"namerules.tsv", NULL, &x->rules, namerules_load},
        {"places.tsv", &x->places, NULL, NULL},
        {"persons.tsv", &x->persons, NULL, NULL},
        {"states.tsv", NULL, &x->states, states_load},
        {"whole.tsv", NULL, &x->whole_seen, whole_load},
        {"acronyms.tsv", NULL, &x->acronyms, acronyms_load},
    };
    char path[PATH_MAX + 32];
    rasd_status rc = RASD_OK;
    size_t max_doc = e->cfg.max_doc_bytes;
    e->cfg.max_doc_bytes = UINT32_MAX;
    for (size_t i = 0; !rc && i < sizeof lists / sizeof *lists; i++) {
        data_path(e, lists[i].file, path, sizeof path);
        rc = named(e, path, lists[i].g ? gazetteer_load(lists[i].g, e, path)
                                       : lists[i].words(lists[i].m, e, path));
    }
    e->cfg.max_doc_bytes = max_doc;
    return rc;
}

rasd_status ent_engine_load(rasd_engine *e, void **state)
{
    char path[PATH_MAX + 32];
    rasd_status rc;
    ent_engine *x;
    if (!(x = *state = calloc(1, sizeof *x)))
        return RASD_ENOMEM;
    pthread_mutex_init(&x->model_mu, NULL);
    pthread_mutex_init(&x->cache_mu, NULL);
    {   /* where and when: no other load has both (the fact caches of docs tell loads apart) */
        struct { const void *at; double t; } id = {x, mono_seconds()};
        x->serial = XXH3_64bits(&id, sizeof id) | 1;
    }
    if (!e->data_dir)
        return RASD_OK;
    data_path(e, "clusters.tsv", path, sizeof path);
    if ((rc = named(e, path, clusters_load(&x->cl, path))) != RASD_OK)
        return rc;
    data_path(e, "embclusters.tsv", path, sizeof path);
    if ((rc = named(e, path, embclusters_load(&x->emb, path))) != RASD_OK)
        return rc;
    if ((rc = lists_load(x, e)) != RASD_OK || (rc = ent_whole_build(x, e)) != RASD_OK)
        return rc;
    data_path(e, "ner.model", path, sizeof path);
    /* the weights are read on first use: ent_model_ready */
    rc = model_check(path, x->model_entries);
    x->has_model = rc == RASD_OK;
    if (x->has_model && !(x->model_path = strdup(path)))
        return RASD_ENOMEM;
    return rc == RASD_EIO ? RASD_OK : named(e, path, rc);    /* no model: the gazetteers */
}

/* Reads the model into x once (under its mutex); the status is kept for later calls. */
static rasd_status model_read(const rasd_engine *e, ent_engine *x)
{
    rasd_status rc;
    pthread_mutex_lock(&x->model_mu);
    int st = atomic_load(&x->model_state);
    if (st)
        rc = (rasd_status)(st - 1);     /* another thread read it meanwhile */
    else {
        /* the weights straight into the tagging table: model.c's tables (~55 MB that
         * tagging never reads) are never built */
        rc = ner_fast_load(&x->fast, &x->model, x->model_path, x->model_entries);
        if (!rc)        /* short of memory, the rows stay in the file's order: slower only */
            (void)ent_fast_layout(e, &x->fast);
        atomic_store(&x->model_state, 1 + (int)rc);
    }
    pthread_mutex_unlock(&x->model_mu);
    return rc;
}

rasd_status ent_model_ready(const rasd_engine *e)
{
    /* The engine is read-only to its users; the model is a cache filled once, here. */
    ent_engine *x = (ent_engine *)ENT_ENGINE(e);
    int st;
    if (!x || !x->has_model)
        return RASD_EUNSUPPORTED;
    if ((st = atomic_load_explicit(&x->model_state, memory_order_acquire)) != 0)
        return (rasd_status)(st - 1);
    return model_read(e, x);
}

/* The engine is read-only to its users; its spare fact caches are scratch lent to one
 * tagging call at a time, under cache_mu. */
fact_cache *ent_cache_take(const rasd_engine *e)
{
    ent_engine *x = (ent_engine *)ENT_ENGINE(e);
    fact_cache *c;
    pthread_mutex_lock(&x->cache_mu);
    if ((c = x->spare) != NULL)
        x->spare = c->next;
    pthread_mutex_unlock(&x->cache_mu);
    return c ? c : ent_big_calloc(sizeof *c);
}

void ent_cache_give(const rasd_engine *e, fact_cache *c)
{
    ent_engine *x = (ent_engine *)ENT_ENGINE(e);
    if (!c)
        return;
    pthread_mutex_lock(&x->cache_mu);
    c->next = x->spare;
    x->spare = c;
    pthread_mutex_unlock(&x->cache_mu);
}

/* Lets the per-token arrays and the document table go; the per-sentence ones stay. */
void tag_scratch_trim(tag_scratch *x)
{
    free(x->tags1);
    free(x->em2);
    x->tags1 = NULL;
    x->em2 = NULL;
    x->tags1_cap = x->em2_cap = 0;
    doctable_free(&x->dt);
}

void ent_cache_free(fact_cache *c)
{
    if (!c)
        return;
    tag_scratch_trim(&c->s);
    free(c->s.feats);
    free(c->s.nf);
    free(c->s.em);
    free(c->s.df);
    free(c->s.rows);
    free(c->s.frows);
    free(c->s.kpos);
    ent_big_free(c, sizeof *c);
}

void ent_engine_free(void *state)
{
    ent_engine *x = state;
    if (!x)
        return;
    model_free(&x->model);
    ner_fast_free(&x->fast);
    pthread_mutex_destroy(&x->model_mu);
    pthread_mutex_destroy(&x->cache_mu);
    while (x->spare) {
        fact_cache *c = x->spare;
        x->spare = c->next;
        ent_cache_free(c);
    }
    free(x->model_path);
    gazetteer_free(&x->gaz);
    clusters_free(&x->cl);
    strmap_free(&x->emb);
    strmap_free(&x->titles);
    strmap_free(&x->names);
    gazetteer_free(&x->aliases);
    strmap_free(&x->rules);
    strmap_free(&x->states);
    gazetteer_free(&x->places);
    gazetteer_free(&x->persons);
    strmap_free(&x->whole);
    strmap_free(&x->whole_seen);
    strmap_free(&x->acronyms);
    free(x);
}

int rasd_ner_available(const rasd_engine *e)
{
    const ent_engine *x = ENT_ENGINE(e);
    return x && x->has_model;
}
