/* names.c — the parts of an Arabic personal name (docs/NER.md, "One person, one entity"):
 * honorifics before it (الأمير، الملك), the given name (عبد العزيز as one), a patronymic
 * chain (بن نايف بن عبدالعزيز), a family name (آل سعود). The words are data/names.tsv.
 *
 * The resolver uses them three ways: a person's key leaves out the honorifics and, after a
 * chain, the family name, so الأمير محمد بن نايف and محمد بن نايف آل سعود are one entity (and
 * سلمان بن عبدالعزيز آل سعود finds the gazetteer's King Salman); a name of one word after a
 * king's title keeps it (الملك عبدالعزيز is not عبدالعزيز); and the units of a key (given
 * name, each link of the chain) tell when one name is a short form of another in the same
 * article (سلمان, سلمان بن عبدالعزيز → الملك سلمان بن عبدالعزيز; never محمد بن سلمان). */
#include "entities/res.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define U_ABD "\xd8\xb9\xd8\xa8\xd8\xaf"       /* عبد */
#define U_AL "\xd8\xa7\xd9\x84"                /* ال */

/* --------------------------------------------------------------- data */

rasd_status names_load(strmap *m, const rasd_engine *e, const char *path)
{
    static const char *const kinds[] = {"", "patronym", "family", "honorific", "king"};
    return ent_words_load(m, e, path, kinds, sizeof kinds / sizeof *kinds);
}

rasd_status whole_load(strmap *m, const rasd_engine *e, const char *path)
{
    static const char *const kinds[] = {"", "whole"};
    return ent_words_load(m, e, path, kinds, sizeof kinds / sizeof *kinds);
}

/* Whether w[0,n) starts with a one-letter proclitic (و ف ب ل ك) and 3 letters more. */
static int one_letter_procl(const char *w, size_t n)
{
    static const char first[][2] = {{'\xd9', '\x88'}, {'\xd9', '\x81'}, {'\xd8', '\xa8'},
                                    {'\xd9', '\x84'}, {'\xd9', '\x83'}};
    for (size_t i = 0; n >= 8 && i < sizeof first / sizeof *first; i++)
        if (w[0] == first[i][0] && w[1] == first[i][1])
            return 1;
    return 0;
}

/* Counts into c, by first word, the names of g (each key once), weight each. */
static void count_first(strmap *c, const gazetteer *g, uint64_t weight, rasd_status *rc)
{
    for (size_t i = 0; !*rc && i < g->names.n; i++) {
        size_t kl;
        const char *k = strmap_key(&g->names, i, &kl);
        const char *sp = memchr(k, ' ', kl);
        uint64_t *v = strmap_upsert(c, k, sp ? (size_t)(sp - k) : kl, rc);
        if (v)
            *v += weight;
    }
}

rasd_status ent_whole_build(ent_engine *x, const rasd_engine *e)
{
    strmap c = {0};
    rasd_status rc = RASD_OK;
    count_first(&c, &x->gaz, 2, &rc);
    count_first(&c, &x->persons, 1, &rc);
    for (size_t i = 0; !rc && i < c.n; i++) {
        size_t kl;
        const char *k = strmap_key(&c, i, &kl);
        uint64_t n = strmap_get(&c, k, kl);
        if (!one_letter_procl(k, kl) || n < 2 || n <= 2 * strmap_get(&c, k + 2, kl - 2) ||
            (!strmap_get(&x->gaz.first, k, kl) && e->lex.n && !strmap_get(&e->lex, k, kl)))
            continue;                    /* the corpus alone, for a word it hardly writes */
        uint64_t *v = strmap_upsert(&x->whole, k, kl, &rc);
        if (v)
            *v = 1;
    }
    strmap_free(&c);
    return rc;
}

/* ------------------------------------------------------------- words */

int name_word(const rasd_engine *e, const char *w, size_t n)
{
    const strmap *m = &ENT_ENGINE(e)->names;
    int k = m->n ? (int)strmap_get(m, w, n) : 0;
    return k == NW_PATRONYM || k == NW_FAMILY ? k : 0;
}

int name_honorific(const rasd_engine *e, const char *w, size_t n)
{
    const strmap *m = &ENT_ENGINE(e)->names;
    size_t off, keep;
    int k;
    if (!m->n || !ent_article_proclitic(w, n, &off, &keep))
        return 0;                       /* only with the article: الأمير, never أمير */
    k = (int)strmap_get(m, w + off, n - off);
    return k == NW_HONORIFIC || k == NW_KING ? k : 0;
}

static int is_abd(const char *w, size_t n)
{
    return n == strlen(U_ABD) && memcmp(w, U_ABD, n) == 0;
}

/* ------------------------------------------------------------- mentions */

/* Tokens of a given name or a chain's name at i (< te): 2 for عبد + a word, else 1. */
static size_t name_len(const rasd_doc *doc, size_t i, size_t te)
{
    const rasd_token *t = doc->toks;
    return is_abd(t[i].norm, t[i].norm_len) && i + 1 < te && t[i + 1].kind == RASD_TOK_ARABIC ? 2 : 1;
}

int name_parse(const rasd_engine *e, const rasd_doc *doc, size_t ts, size_t te, name_core *nc)
{
    const rasd_token *t = doc->toks;
    size_t i = ts;
    memset(nc, 0, sizeof *nc);
    nc->king = UINT32_MAX;
    for (; i + 1 < te; i++) {
        int h = name_honorific(e, t[i].norm, t[i].norm_len);
        if (!h)
            break;
        if (h == NW_KING)
            nc->king = (uint32_t)i;
    }
    if (i == ts && ts > 0 && name_honorific(e, t[ts - 1].norm, t[ts - 1].norm_len) == NW_KING &&
        t[ts - 1].end <= t[ts].start)
        nc->king = (uint32_t)(ts - 1);
    if (t[i].kind != RASD_TOK_ARABIC || name_word(e, t[i].norm, t[i].norm_len))
        return 0;
    nc->cs = (uint32_t)i;
    i += name_len(doc, i, te);
    size_t words = 1;
    while (i < te) {
        int kind = name_word(e, t[i].norm, t[i].norm_len);
        if (kind == NW_PATRONYM && i + 1 < te && t[i + 1].kind == RASD_TOK_ARABIC) {
            i += 1 + name_len(doc, i + 1, te);
            nc->links++;
        } else if (kind == NW_FAMILY && i + 2 == te && t[i + 1].kind == RASD_TOK_ARABIC) {
            break;
        } else if (kind || t[i].kind != RASD_TOK_ARABIC) {
            return 0;
        } else {
            i += name_len(doc, i, te);       /* a family name without آل: علي عبدالله صالح */
            words++;
        }
    }
    nc->ce = nc->fe = (uint32_t)te;
    if (i < te && nc->links)
        nc->ce = (uint32_t)i;                /* آل سعود after a chain: out of the key */
    if (words > 1 || nc->links || i < te)
        nc->king = UINT32_MAX;               /* a king's title only before one name */
    return 1;
}

void name_key(const rasd_engine *e, const rasd_doc *doc, const name_core *nc, size_t ts,
              rbuf *key, rasd_status *rc)
{
    const rasd_token *t = doc->toks;
    uint8_t which;
    if (nc->king != UINT32_MAX) {
        const rasd_token *k = &t[nc->king];
        size_t off = ent_proclitic(e, k->norm, k->norm_len, 1, &which);
        rbuf_add(key, k->norm + off, k->norm_len - off, rc);
        rbuf_addc(key, ' ', rc);
    }
    for (size_t i = nc->cs; i < nc->ce; i++) {
        size_t off = i == ts ? ENT_DOC(doc)->facts[i].strip_off : 0;
        int kind = name_word(e, t[i].norm, t[i].norm_len);
        if (i > nc->cs && !(is_abd(t[i - 1].norm, t[i - 1].norm_len) &&
                            t[i].norm_len > 4 && memcmp(t[i].norm, U_AL, 4) == 0))
            rbuf_addc(key, ' ', rc);         /* عبد العزيز → عبدالعزيز */
        if (kind == NW_PATRONYM && i > nc->cs)
            rbuf_adds(key, "\xd8\xa8\xd9\x86", rc);   /* ابن in a chain → بن */
        else
            rbuf_add(key, t[i].norm + off, t[i].norm_len - off, rc);
    }
}

/* ------------------------------------------------------------- keys */

/* Words of s[0,n) split at spaces: the next one from *at, its bytes in *w, *wn; 0 at end. */
static int next_word(const char *s, size_t n, size_t *at, const char **w, size_t *wn)
{
    while (*at < n && s[*at] == ' ')
        (*at)++;
    if (*at >= n)
        return 0;
    *w = s + *at;
    while (*at < n && s[*at] != ' ')
        (*at)++;
    *wn = (size_t)(s + *at - *w);
    return 1;
}

size_t name_units(const rasd_engine *e, const char *key, size_t n, uint64_t *units, size_t cap,
                  int *king)
{
    const char *w;
    size_t wn, at = 0, nu = 0;
    int link = 0, fam = 0, h;
    *king = 0;
    while (next_word(key, n, &at, &w, &wn)) {
        if (nu == 0 && (h = name_honorific(e, w, wn)) != 0) {
            *king |= h == NW_KING;
            continue;
        }
        if (fam == 2 || nu == cap)
            return 0;                       /* آل X ends a name */
        int kind = name_word(e, w, wn);
        if (kind) {
            if (!nu || link || fam)
                return 0;
            link = kind == NW_PATRONYM;
            fam = kind == NW_FAMILY;
            continue;
        }
        uint64_t hsh = strmap_hash(w, wn);
        size_t save = at;
        const char *w2;
        size_t wn2;
        if (is_abd(w, wn) && next_word(key, n, &at, &w2, &wn2)) {
            rbuf tmp = {0};                  /* عبد العزيز = عبدالعزيز: one unit */
            rasd_status rc = RASD_OK;
            rbuf_add(&tmp, w, wn, &rc);
            rbuf_add(&tmp, w2, wn2, &rc);
            hsh = rc ? hsh : strmap_hash(tmp.p, tmp.n);
            rbuf_free(&tmp);
        } else {
            at = save;
        }
        units[nu++] = hsh * 4 + (uint64_t)(link ? 1 : fam ? 2 : 0);  /* a link, a family */
        link = 0;
        fam = fam ? 2 : 0;
    }
    return link || fam == 1 ? 0 : nu;
}

/* The one unit of a key that is a family or patronym word and one name (ال فهيد، ابن
 * كدسة), marked as name_units() marks that name's unit at the end of a longer name (a family
 * name 2, a chain's link 1); 0 when the key is not so (attr65: name_units gives such a key
 * no units, so rule 3 never joined it to its person). */
uint64_t name_family_unit(const rasd_engine *e, const char *key, size_t n)
{
    const char *w, *w2, *w3;
    size_t wn, wn2, wn3, at = 0;
    if (!next_word(key, n, &at, &w, &wn) || !next_word(key, n, &at, &w2, &wn2) ||
        next_word(key, n, &at, &w3, &wn3))
        return 0;
    int kind = name_word(e, w, wn);
    if (!kind || name_word(e, w2, wn2) || is_abd(w2, wn2))
        return 0;
    return strmap_hash(w2, wn2) * 4 + (uint64_t)(kind == NW_PATRONYM ? 1 : 2);
}

/* The first word of key k (its length). */
static size_t first_word(const char *k, size_t n)
{
    const char *sp = memchr(k, ' ', n);
    return sp ? (size_t)(sp - k) : n;
}

/* Whether words a[0,na) and b[0,nb) (UTF-8) are within two letters' edits of each other
 * (Levenshtein over code points): one name spelt two ways (فرنسوا / فرانسوا، دميتري /
 * ديمتري، فلاديمبر / فلاديمير), never two names (بيل / هيلاري، جيمس / ديفيد). */
static int spelt_alike(const char *a, size_t na, const char *b, size_t nb)
{
    uint32_t x[32], y[32], d[33][33];
    size_t n = 0, m = 0;
    for (size_t i = 0; i < na && n < 32; i++)
        if (((unsigned char)a[i] & 0xc0) != 0x80)
            x[n++] = (unsigned char)a[i] << 8 | (i + 1 < na ? (unsigned char)a[i + 1] : 0);
    for (size_t i = 0; i < nb && m < 32; i++)
        if (((unsigned char)b[i] & 0xc0) != 0x80)
            y[m++] = (unsigned char)b[i] << 8 | (i + 1 < nb ? (unsigned char)b[i + 1] : 0);
    for (size_t i = 0; i <= n; i++)
        for (size_t j = 0; j <= m; j++) {
            uint32_t best = i && j ? d[i - 1][j - 1] + (x[i - 1] != y[j - 1]) : (uint32_t)(i + j);
            if (i && d[i - 1][j] + 1 < best)
                best = d[i - 1][j] + 1;
            if (j && d[i][j - 1] + 1 < best)
                best = d[i][j - 1] + 1;
            d[i][j] = best;
        }
    return d[n][m] <= 2;
}

/* Whether the first words of names a[0,na) and b[0,nb) are one given name spelt two ways
 * (spelt_alike; resolve.c's listed short forms). */
int name_spelt_alike(const char *a, size_t na, const char *b, size_t nb)
{
    return spelt_alike(a, first_word(a, na), b, first_word(b, nb));
}
