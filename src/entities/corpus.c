/* corpus.c — a CoNLL file read for the recogniser's training and scoring (train.c).
 *
 * Each sentence's tokens are joined with spaces and analysed by rasd, so the model learns
 * on exactly the tokens it will see at run time; every rasd token takes the tag of the
 * corpus token it starts in (the first rasd token of a B- token keeps the B-, the others
 * become I-). Scores map back the other way (train.c): a corpus token takes the tag of its
 * first rasd token.
 */
#include "entities/corpus.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void corpus_free(corpus *c)
{
    free(c->s);
    free(c->agold);
    free(c->afirst);
    free(c->rgold);
    free(c->nf);
    free(c->facts);
    free(c->tags1);
    free(c->df);
    free(c->feats);
    free(c->aword);
    rbuf_free(&c->words);
}

/* ------------------------------------------------------------ reading */

static int tag_of(const char *s)
{
    static const char *const types[] = {"", "PER", "LOC", "ORG", "MISC"};
    if ((s[0] != 'B' && s[0] != 'I') || s[1] != '-')
        return NER_O;
    for (int t = 1; t <= NER_NTYPES; t++) {
        size_t n = strlen(types[t]);
        if (strncmp(s + 2, types[t], n) == 0 && (s[2 + n] == 0 || (t == 1 && s[2 + n] == 'S')))
            return tag_b(t) + (s[0] == 'I');
    }
    return NER_O;
}

/* The sentence being read: tokens joined by spaces, with their starts and tags. */
typedef struct reading {
    rbuf text;
    uint32_t *starts;
    uint8_t *tags;
    size_t n, cap, cap2;
} reading;

static void add_token(reading *r, const char *line, rasd_status *rc)
{
    size_t len = strcspn(line, "\r\n");
    const char *sp = NULL;
    for (size_t i = 0; i < len; i++)
        if (line[i] == ' ' || line[i] == '\t')
            sp = line + i;
    if (!sp || sp == line)
        return;
    char tag[16];
    size_t tl = (size_t)(line + len - sp - 1);
    snprintf(tag, sizeof tag, "%.*s", (int)(tl < 15 ? tl : 15), sp + 1);
    r->starts = grow_array(r->starts, &r->cap, r->n + 1, sizeof *r->starts, rc);
    r->tags = grow_array(r->tags, &r->cap2, r->n + 1, sizeof *r->tags, rc);
    if (*rc)
        return;
    if (r->text.n)
        rbuf_addc(&r->text, ' ', rc);
    r->starts[r->n] = (uint32_t)r->text.n;
    r->tags[r->n++] = (uint8_t)tag_of(tag);
    rbuf_add(&r->text, line, (size_t)(sp - line), rc);
}

/* Gold tags of the rasd tokens t[0,nt) from the corpus tokens of r. */
static void map_tokens(const reading *r, const rasd_token *t, size_t nt, uint8_t *rgold,
                       int32_t *afirst)
{
    size_t j = 0;
    for (size_t a = 0; a < r->n; a++)
        afirst[a] = -1;
    for (size_t i = 0; i < nt; i++) {
        while (j + 1 < r->n && r->starts[j + 1] <= t[i].start)
            j++;
        int g = r->tags[j], first = afirst[j] < 0;
        if (first)
            afirst[j] = (int32_t)i;
        if (g && (!first || !tag_is_b(g)))
            g = tag_b(tag_type(g)) + 1;          /* inside */
        if (g && !tag_is_b(g) && (i == 0 || tag_type(rgold[i - 1]) != tag_type(g)))
            g = tag_b(tag_type(g));              /* BIO repair */
        rgold[i] = (uint8_t)g;
    }
}

/* The corpus tokens of r, for a predictions file. */
static void keep_words(corpus *c, const reading *r, rasd_status *rc)
{
    c->aword = grow_array(c->aword, &c->aw_cap, c->na + r->n, sizeof *c->aword, rc);
    for (size_t a = 0; !*rc && a < r->n; a++) {
        size_t e = a + 1 < r->n ? r->starts[a + 1] - 1 : r->text.n;
        c->aword[c->na + a] = (uint32_t)c->words.n;
        rbuf_add(&c->words, r->text.p + r->starts[a], e - r->starts[a], rc);
        rbuf_addc(&c->words, 0, rc);
    }
}

static rasd_status add_sentence(corpus *c, const rasd_engine *e, rasd_doc *d, reading *r,
                                uint32_t k, int dev)
{
    rasd_status rc = RASD_OK;
    size_t nt;
    if ((rc = rasd_analyze(e, d, r->text.p ? r->text.p : "", r->text.n)) != RASD_OK)
        return rc;
    const rasd_token *t = rasd_doc_tokens(d, &nt);
    c->s = grow_array(c->s, &c->s_cap, c->ns + 1, sizeof *c->s, &rc);
    c->agold = grow_array(c->agold, &c->a_cap, c->na + r->n, 1, &rc);
    c->afirst = grow_array(c->afirst, &c->a_cap2, c->na + r->n, sizeof *c->afirst, &rc);
    c->rgold = grow_array(c->rgold, &c->r_cap, c->nr + nt, 1, &rc);
    c->nf = grow_array(c->nf, &c->r_cap2, c->nr + nt, sizeof *c->nf, &rc);
    c->facts = grow_array(c->facts, &c->r_cap3, c->nr + nt + 1, sizeof *c->facts, &rc);
    if (rc)
        return rc;
    sent *s = &c->s[c->ns++];
    *s = (sent){(uint32_t)r->n, (uint32_t)c->na, (uint32_t)nt, (uint32_t)c->nr, 0, k,
                (uint8_t)dev, 0};
    keep_words(c, r, &rc);
    memcpy(c->agold + c->na, r->tags, r->n);
    map_tokens(r, t, nt, c->rgold + c->nr, c->afirst + c->na);
    ent_facts(e, t, r->text.p, nt, c->facts + c->nr);
    c->na += r->n;
    c->nr += nt;
    return rc;
}

/* The features of every sentence (groups; the document facts c->df when NF_DOC). */
rasd_status corpus_features(corpus *c, unsigned groups)
{
    rasd_status rc = RASD_OK;
    c->nfeat = 0;
    for (size_t i = 0; i < c->ns; i++) {
        sent *s = &c->s[i];
        c->feats = grow_array(c->feats, &c->f_cap, c->nfeat + (size_t)s->nr * NER_MAXFEAT, 8, &rc);
        if (rc)
            return rc;
        s->f_off = c->nfeat;
        const tokfacts *f = c->facts + s->r_off;
        const docfacts *df = groups & NF_DOC ? c->df + s->r_off : NULL;
        for (size_t t = 0; t < s->nr; t++) {
            size_t k = ent_features(groups, f, df, s->nr, t, c->feats + c->nfeat);
            c->nf[s->r_off + t] = (uint32_t)k;
            c->nfeat += k;
        }
    }
    return RASD_OK;
}

/* The number of sentences of a CoNLL file (blocks of lines between blank lines). */
static size_t count_sentences(FILE *f)
{
    char line[4096];
    size_t n = 0;
    int in = 0;
    while (fgets(line, sizeof line, f)) {
        int blank = line[strspn(line, " \t\r\n")] == 0;
        n += blank && in;
        in = !blank;
    }
    rewind(f);
    return n + (size_t)in;
}

/* Reads conll into c: the sentences of the dev split (dev_every, or the last dev_tail
 * percent) are marked; `which` 0 = all, 1 = only training sentences, 2 = only dev
 * sentences. extra: the file is extra training data (no dev split; its sentences are
 * numbered from c->extra_from). */
rasd_status read_corpus(corpus *c, const rasd_engine *e, const char *path, int dev_every,
                        int dev_tail, int which, int extra)
{
    rasd_status rc = RASD_OK;
    char line[4096];
    reading r = {0};
    size_t k = extra ? c->extra_from : 0;
    rasd_doc *d = NULL;
    FILE *f = fopen(path, "r");
    if (!f)
        return RASD_EIO;
    if (extra)
        dev_every = dev_tail = 0;
    if (dev_tail > 0) {
        size_t total = count_sentences(f);
        c->dev_from = (uint32_t)(total - total * (size_t)dev_tail / 100);
    }
    rc = rasd_doc_new(&d);
    for (int more = 1; !rc && more;) {
        more = fgets(line, sizeof line, f) != NULL;
        if (more && line[strspn(line, " \t\r\n")] != 0) {
            add_token(&r, line, &rc);
            continue;
        }
        if (!r.n)
            continue;
        int dev = dev_tail > 0 ? k >= c->dev_from
                               : dev_every > 0 && (int)(k % (size_t)dev_every) == dev_every - 1;
        if (which == 0 || (which == 1 && !dev) || (which == 2 && dev)) {
            if ((rc = add_sentence(c, e, d, &r, (uint32_t)k, dev)) == RASD_OK)
                c->s[c->ns - 1].extra = (uint8_t)extra;
        }
        k++;
        r.n = 0;
        r.text.n = 0;
    }
    fclose(f);
    rasd_doc_free(d);
    free(r.starts);
    free(r.tags);
    rbuf_free(&r.text);
    if (extra)
        c->n_extra = (uint32_t)(k - c->extra_from);
    else
        c->extra_from = (uint32_t)k + DOC_WINDOW + 1;   /* no window holds both files */
    return rc;
}
