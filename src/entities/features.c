/* features.c — what the recogniser sees of each token: its facts (word, clitic-stripped
 * form, stem, affixes, shape, corpus frequency, cluster, gazetteer hits), computed once per
 * token, and its features, the facts of the token and its neighbours within ±2 hashed with
 * the template that combines them. Training (train.c) and tagging (resolve.c) call the same
 * two functions on rasd's own tokens, so both see the same normalisation and tokens.
 */
#include "entities/ent.h"
#include "entities/res.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#define U_ALEF "\xd8\xa7"
#define U_BEH "\xd8\xa8"
#define U_FEH "\xd9\x81"
#define U_KAF "\xd9\x83"
#define U_LAM "\xd9\x84"
#define U_WAW "\xd9\x88"

/* Proclitic chains, longest first; `al` is how many bytes of the chain are the article
 * (kept with keep_al). */
static const struct {
    const char *s;
    uint8_t len, al;
} procl[] = {
    {U_WAW U_BEH U_ALEF U_LAM, 8, 4}, {U_WAW U_KAF U_ALEF U_LAM, 8, 4},
    {U_FEH U_BEH U_ALEF U_LAM, 8, 4}, {U_WAW U_LAM U_LAM, 6, 0},
    {U_FEH U_LAM U_LAM, 6, 0},        {U_WAW U_ALEF U_LAM, 6, 4},
    {U_FEH U_ALEF U_LAM, 6, 4},       {U_BEH U_ALEF U_LAM, 6, 4},
    {U_KAF U_ALEF U_LAM, 6, 4},       {U_LAM U_LAM, 4, 0},
    {U_ALEF U_LAM, 4, 4},             {U_WAW, 2, 0},
    {U_BEH, 2, 0},                    {U_LAM, 2, 0},
    {U_FEH, 2, 0},                    {U_KAF, 2, 0},
};

#define NPROCL (sizeof procl / sizeof *procl)
#define ONE_LETTER_FIRST 11           /* procl[11..] are one letter */

/* A one-letter proclitic goes when 3 letters remain and the corpus knows the rest at least
 * as well as the whole (names: وبوتين → بوتين, but not وزير → زير): the cut the model's
 * features were trained with. */
static size_t lex_proclitic(const strmap *lex, const char *w, size_t n, int keep_al,
                            uint8_t *which)
{
    *which = 0;
    if (n < 2 || ((unsigned char)w[0] & 0xFE) != 0xD8)
        return 0;                       /* every proclitic starts with a letter D8xx or D9xx */
    for (size_t i = 0; i < NPROCL; i++) {
        size_t pl = procl[i].len;
        if (n < pl || w[1] != procl[i].s[1] || memcmp(w, procl[i].s, pl) != 0)
            continue;
        if (i >= ONE_LETTER_FIRST) {
            if (n - pl < 6)
                continue;
            uint64_t rest = lex->n ? strmap_get(lex, w + pl, n - pl) : 1;
            if (!rest || rest < strmap_get(lex, w, n))
                continue;
        } else if (n - pl < 4) {
            continue;
        }
        *which = (uint8_t)(i + 1);
        return keep_al ? pl - procl[i].al : pl;
    }
    return 0;
}

/* Whether lex_proclitic's cut of chain `which` from w[0,n) is one letter that begins a
 * known name with the rest (x->whole: واين روني، كوفي عنان), so no proclitic at all. */
static int whole_name(const rasd_engine *e, const char *w, size_t n, uint8_t which)
{
    const ent_engine *x = ENT_ENGINE(e);
    return which > ONE_LETTER_FIRST && x && x->whole.n && strmap_get(&x->whole, w, n);
}

/* Whether that cut is a letter of a word the corpus's mentions begin with far more than a
 * proclitic would (x->whole_seen, data/whole.tsv: كايل، فورد): the name's cut only. */
static int seen_whole(const rasd_engine *e, const char *w, size_t n, uint8_t which)
{
    const ent_engine *x = ENT_ENGINE(e);
    return which > ONE_LETTER_FIRST && x && x->whole_seen.n && strmap_get(&x->whole_seen, w, n);
}

size_t ent_proclitic(const rasd_engine *e, const char *w, size_t n, int keep_al,
                     uint8_t *which)
{
    size_t off = lex_proclitic(&e->lex, w, n, keep_al, which);
    if (off && (whole_name(e, w, n, *which) || seen_whole(e, w, n, *which))) {
        *which = 0;
        return 0;
    }
    return off;
}

int ent_article_proclitic(const char *w, size_t n, size_t *off, size_t *keep)
{
    if (n < 2 || ((unsigned char)w[0] & 0xFE) != 0xD8)
        return 0;
    for (size_t i = 0; i < ONE_LETTER_FIRST; i++) {
        size_t pl = procl[i].len;
        if (n < pl || w[1] != procl[i].s[1] || memcmp(w, procl[i].s, pl) != 0 || n - pl < 4)
            continue;
        *off = pl;
        *keep = pl - procl[i].al;
        return procl[i].al != 0;
    }
    return 0;
}

static uint64_t hash(const void *p, size_t n, uint64_t seed)
{
    return XXH3_64bits_withSeed(p, n, seed);
}

/* Byte length of the first k code points of s[0,n) (UTF-8), or of the last k when from_end. */
static size_t cp_bytes(const char *s, size_t n, size_t k, int from_end)
{
    size_t i = from_end ? n : 0, got = 0;
    while (got < k && (from_end ? i > 0 : i < n)) {
        if (from_end)
            while (--i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) {}
        else
            while (++i < n && ((unsigned char)s[i] & 0xC0) == 0x80) {}
        got++;
    }
    return got < k ? 0 : (from_end ? n - i : i);
}

static uint64_t prefix_hash(const char *s, size_t n, size_t k, uint64_t seed)
{
    size_t b = cp_bytes(s, n, k, 0);
    return b ? hash(s, b, seed) : 0;
}

static uint64_t suffix_hash(const char *s, size_t n, size_t k, uint64_t seed)
{
    size_t b = cp_bytes(s, n, k, 1);
    return b ? hash(s + n - b, b, seed) : 0;
}

static uint8_t lex_bucket(const strmap *lex, const char *w, size_t n)
{
    uint64_t c = strmap_get(lex, w, n);
    uint8_t b = 1;
    while (c && b < 12) {
        c >>= 2;
        b++;
    }
    return c || b > 1 ? b : 0;
}

/* Kind, Latin capitals, digits inside, length in letters (bucketed). */
static uint64_t shape_of(const rasd_token *t, const char *text)
{
    unsigned char s[4] = {(unsigned char)t->kind, 0, 0, 0};
    const unsigned char *p = (const unsigned char *)text + t->start;
    size_t nb = t->end - t->start, letters = 0;
    for (size_t i = 0; i < nb; i++)
        letters += (p[i] & 0xC0) != 0x80;
    if (t->kind == RASD_TOK_LATIN) {
        s[1] = (unsigned char)(p[0] >= 'A' && p[0] <= 'Z');
        s[1] |= (unsigned char)((nb > 1 && p[1] >= 'A' && p[1] <= 'Z') << 1);
    }
    for (size_t i = 0; i < t->norm_len; i++)
        if (t->norm[i] >= '0' && t->norm[i] <= '9')
            s[2] = 1;
    s[3] = (unsigned char)(letters <= 3 ? letters : letters <= 5 ? 4 : letters <= 8 ? 5 : 6);
    return hash(s, sizeof s, 7);
}

/* The embedding clusters of the word and of its stripped form (the word's own when the
 * stripped form is unknown, and the other way round). */
static void emb_facts(const strmap *emb, const char *w, size_t n, size_t off, tokfacts *f)
{
    if (!emb->n)
        return;
    f->emb = (uint32_t)strmap_get(emb, w, n);
    f->semb = off ? (uint32_t)strmap_get(emb, w + off, n - off) : f->emb;
    if (!f->semb)
        f->semb = f->emb;
    if (!f->emb)
        f->emb = f->semb;
}

static int gaz_may_start(const gazetteer *g, const char *w, size_t n, size_t off, uint8_t which);

/* The name rules' facts of a form (rules.c), from its proclitic chain procl[which - 1]. */
static uint16_t rule_of(const rasd_engine *e, const char *w, size_t n, size_t off, uint8_t which)
{
    int al = 0, ll = 0, wa = 0;
    if (which) {
        size_t i = which - 1u;
        al = procl[i].al ? (procl[i].len == procl[i].al ? 1 : 2) : 0;
        ll = !procl[i].al && procl[i].len >= 4;
        wa = procl[i].al && procl[i].len == 6 && memcmp(procl[i].s, U_WAW, 2) == 0;
    }
    uint16_t r = ent_rule_facts(&ENT_ENGINE(e)->rules, &ENT_ENGINE(e)->titles, w, n, off, al,
                                ll, wa);
    uint64_t k = al && ENT_ENGINE(e)->names.n ? strmap_get(&ENT_ENGINE(e)->names, w + off, n - off) : 0;
    if ((n == 2 && (unsigned char)w[0] >= 0xd8 && (unsigned char)w[0] <= 0xdb) ||
        (n == 1 && w[0] == '.'))
        r |= RF_ABBR;                      /* د . (دكتور), م . (مهندس) */
    return (uint16_t)(r | (k == NW_HONORIFIC || k == NW_KING ? RF_HONOR : 0) |  /* الملك، الأمير */
                      (k == NW_KING ? RF_KING : 0));
}

/* The facts of a token that follow from its kind, normalised form and stem alone (all but
 * the shape, which reads the text, and the gazetteer's, which read the neighbours): what
 * the fact cache may keep per form. A new fact of the form alone goes here. */
static void form_facts(const rasd_engine *e, const rasd_token *t, tokfacts *f)
{
    const strmap *lex = &e->lex;
    const char *w = t->norm;
    size_t n = t->norm_len, off = 0, noff;
    uint8_t which;
    memset(f, 0, sizeof *f);
    if (t->kind == RASD_TOK_ARABIC)
        off = lex_proclitic(lex, w, n, 0, &f->proclitic);
    /* the model's features keep the cut they were trained with (off, f->proclitic); the
     * gazetteer's look-ups and facts and the rules' take the lists' (noff); the name's
     * form (strip_off) ent_proclitic's, which keeps data/whole.tsv's words too */
    noff = off && whole_name(e, w, n, f->proclitic) ? 0 : off;
    which = noff ? f->proclitic : 0;
    f->gaz_off = (uint8_t)noff;
    f->strip_off = (uint8_t)(noff && seen_whole(e, w, n, f->proclitic) ? 0 : noff);
    f->word = hash(w, n, 1);
    f->strip = hash(w + off, n - off, 2);
    f->stem = hash(t->stem, t->stem_len, 3);
    f->pre2 = prefix_hash(w, n, 2, 4);
    f->pre3 = prefix_hash(w, n, 3, 5);
    f->suf1 = suffix_hash(w, n, 1, 6);
    f->suf2 = suffix_hash(w, n, 2, 7);
    f->suf3 = suffix_hash(w, n, 3, 8);
    f->ssuf2 = off ? suffix_hash(w + off, n - off, 2, 9) : 0;
    f->lexbucket = lex_bucket(lex, w, n);
    f->slexbucket = off ? lex_bucket(lex, w + off, n - off) : f->lexbucket;
    f->cluster = clusters_get(&ENT_ENGINE(e)->cl, w, n);
    f->scluster = off ? clusters_get(&ENT_ENGINE(e)->cl, w + off, n - off) : f->cluster;
    f->gaz_start = (uint8_t)gaz_may_start(&ENT_ENGINE(e)->gaz, w, n, noff, which);
    if (gaz_may_start(&ENT_ENGINE(e)->places, w, n, noff, which))
        f->place = PLACE_START;
    f->rule = rule_of(e, w, n, noff, which);
    size_t toff;
    f->title = (uint8_t)ent_title_facts(&ENT_ENGINE(e)->titles, t, noff, &toff);
    f->title_off = (uint8_t)toff;
    emb_facts(&ENT_ENGINE(e)->emb, w, n, off, f);
}

static void form_rows(const ner_fast *fw, const tokfacts *f, const float **rows);

/* The cache's slot for t: the form's facts when they are there (the same engine load, kind,
 * form and stem), else computed and kept. Forms longer than FACT_MAXLEN are not kept. With
 * rows (room for FR_N), the form's rows too (form_rows). */
static void cached_form_facts(const rasd_engine *e, fact_cache *c, const rasd_token *t,
                              tokfacts *f, const float **rows)
{
    const ner_fast *fw = &ENT_ENGINE(e)->fast;
    uint64_t h;
    fact_slot *sl;
    if (!c || t->norm_len > FACT_MAXLEN || t->stem_len > FACT_MAXLEN) {
        form_facts(e, t, f);
        if (rows)
            form_rows(fw, f, rows);
        return;
    }
    h = hash(t->norm, t->norm_len, 1);
    sl = &c->slots[h & (FACT_SLOTS - 1)];
    if (sl->f.word == h && sl->serial == ENT_ENGINE(e)->serial && sl->kind == t->kind &&
        sl->nlen == t->norm_len && sl->slen == t->stem_len &&
        memcmp(sl->norm, t->norm, t->norm_len) == 0 && memcmp(sl->stem, t->stem, t->stem_len) == 0) {
        *f = sl->f;
    } else {
        form_facts(e, t, f);
        sl->f = *f;
        sl->serial = ENT_ENGINE(e)->serial;
        sl->kind = (uint8_t)t->kind;
        sl->nlen = (uint8_t)t->norm_len;
        sl->slen = (uint8_t)t->stem_len;
        sl->has_rows = 0;
        memcpy(sl->norm, t->norm, t->norm_len);
        memcpy(sl->stem, t->stem, t->stem_len);
    }
    if (!rows)
        return;
    if (!sl->has_rows) {
        form_rows(fw, f, sl->rows);
        sl->has_rows = 1;
    }
    memcpy(rows, sl->rows, sizeof sl->rows);
}

/* ------------------------------------------------------------- gazetteer */

/* The key of tokens [i, i+k) with the first token's form first[0,fn) into buf; 0 if it
 * does not fit. */
static size_t gaz_key(const rasd_token *t, size_t i, size_t k, const char *first, size_t fn,
                      char *buf, size_t cap)
{
    size_t n = 0;
    if (fn > cap)
        return 0;
    memcpy(buf, first, fn);
    n = fn;
    for (size_t j = i + 1; j < i + k; j++) {
        if (n + 1 + t[j].norm_len > cap)
            return 0;
        buf[n++] = ' ';
        memcpy(buf + n, t[j].norm, t[j].norm_len);
        n += t[j].norm_len;
    }
    return n;
}

/* The longest gazetteer name that starts at token i with the first token written as
 * first[0,fn): its token count (0: none) and entries. */
static size_t gaz_lookup(const gazetteer *g, const rasd_token *t, size_t n, size_t i,
                         const char *first, size_t fn, const gaz_entry **ents, size_t *count)
{
    char buf[512];
    size_t maxk = (size_t)strmap_get(&g->first, first, fn);
    if (maxk > n - i)
        maxk = n - i;
    for (size_t k = maxk; k >= 1; k--) {
        size_t kn = gaz_key(t, i, k, first, fn, buf, sizeof buf);
        if (kn && (*ents = gazetteer_find(g, buf, kn, count)) != NULL)
            return k;
    }
    return 0;
}

/* The longest name of g at token i, its first token cut by off bytes of proclitics when
 * whole it begins none (ent_gaz_at_in); the model's gazetteer facts give off = gaz_off. */
static size_t gaz_at_cut(const gazetteer *g, const rasd_token *t, size_t n, size_t i,
                         const tokfacts *f, size_t off, const gaz_entry **ents, size_t *count);

size_t ent_gaz_at(const rasd_engine *e, const rasd_token *t, size_t n, size_t i,
                  const tokfacts *f, const gaz_entry **ents, size_t *count)
{
    return ent_gaz_at_in(&ENT_ENGINE(e)->gaz, t, n, i, f, ents, count);
}

size_t ent_gaz_at_in(const gazetteer *g, const rasd_token *t, size_t n, size_t i,
                     const tokfacts *f, const gaz_entry **ents, size_t *count)
{
    return gaz_at_cut(g, t, n, i, f, f[i].strip_off, ents, count);
}

static size_t gaz_at_cut(const gazetteer *g, const rasd_token *t, size_t n, size_t i,
                         const tokfacts *f, size_t off, const gaz_entry **ents, size_t *count)
{
    const char *w = t[i].norm;
    size_t wn = t[i].norm_len, k, keep;
    char buf[256];
    *ents = NULL;
    *count = 0;
    if (!g->names.n)
        return 0;
    if ((k = gaz_lookup(g, t, n, i, w, wn, ents, count)) != 0 || !off)
        return k;
    keep = f[i].proclitic ? off - procl[f[i].proclitic - 1].al : 0;   /* ال kept */
    if (keep && keep < off && (k = gaz_lookup(g, t, n, i, w + keep, wn - keep, ents, count)))
        return k;
    if ((k = gaz_lookup(g, t, n, i, w + off, wn - off, ents, count)) != 0)
        return k;
    if (keep == off && off >= 4 && wn - off + 4 <= sizeof buf) {
        memcpy(buf, U_ALEF U_LAM, 4);      /* للرئيس → الرئيس */
        memcpy(buf + 4, w + off, wn - off);
        k = gaz_lookup(g, t, n, i, buf, wn - off + 4, ents, count);
    }
    return k;
}

/* Whether a name of g may start at a token of form w[0,n) with off bytes of proclitics, the
 * chain procl[which - 1]: one of the forms ent_gaz_at_in tries is the first token of a name
 * (the form with ال kept is the one ent_proclitic gives with keep_al: the same chain). */
static int gaz_may_start(const gazetteer *g, const char *w, size_t n, size_t off, uint8_t which)
{
    const strmap *first = &g->first;
    char buf[256];
    size_t keep;
    if (!first->n)
        return 0;
    if (strmap_get(first, w, n) || (off && strmap_get(first, w + off, n - off)))
        return 1;
    if (!off || !which)
        return 0;
    keep = off - procl[which - 1].al;
    if (keep && keep < off && strmap_get(first, w + keep, n - keep))
        return 1;
    if (keep == off && off >= 4 && n - off + 4 <= sizeof buf) {
        memcpy(buf, U_ALEF U_LAM, 4);
        memcpy(buf + 4, w + off, n - off);
        return strmap_get(first, buf, n - off + 4) != 0;
    }
    return 0;
}

/* The places of data/places.tsv (the name rules' own, never a feature): f->place. */
static void place_facts(const rasd_engine *e, const rasd_token *t, size_t n, tokfacts *f)
{
    const gazetteer *g = &ENT_ENGINE(e)->places;
    if (!g->names.n)
        return;
    for (size_t i = 0; i < n; i++) {
        const gaz_entry *ge;
        size_t count, k;
        if (!(f[i].place & PLACE_START) ||
            !(k = gaz_at_cut(g, t, n, i, f, f[i].gaz_off, &ge, &count)))
            continue;          /* no place starts with any of its forms */
        f[i].place |= PLACE_B;
        for (size_t j = i + 1; j < i + k; j++)
            f[j].place |= PLACE_I;
    }
}

static void gaz_facts(const rasd_engine *e, const rasd_token *t, size_t n, tokfacts *f)
{
    place_facts(e, t, n, f);
    for (size_t i = 0; i < n; i++) {
        if (!f[i].gaz_start)
            continue;            /* no name starts with any of its forms */
        const gaz_entry *ge;
        size_t count, k = gaz_at_cut(&ENT_ENGINE(e)->gaz, t, n, i, f, f[i].gaz_off, &ge,
                                     &count);
        for (size_t c = 0; c < count; c++) {
            unsigned b = 2u * (ge[c].type - 1u);
            f[i].gaz |= (uint16_t)(1u << b);
            for (size_t j = i + 1; j < i + k; j++)
                f[j].gaz |= (uint16_t)(1u << (b + 1));
        }
    }
}

void ent_facts_cached(const rasd_engine *e, fact_cache *c, const rasd_token *t,
                      const char *text, size_t n, tokfacts *f, const float **frows)
{
    for (size_t i = 0; i < n; i++) {
        cached_form_facts(e, c, &t[i], &f[i], frows ? frows + i * FR_N : NULL);
        f[i].shape = shape_of(&t[i], text);
    }
    gaz_facts(e, t, n, f);
}

void ent_facts(const rasd_engine *e, const rasd_token *t, const char *text, size_t n,
               tokfacts *f)
{
    ent_facts_cached(e, NULL, t, text, n, f, NULL);
}

/* -------------------------------------------------------------- features */

enum tmpl {
    T_BIAS = 1, T_W0, T_WM1, T_WP1, T_WM2, T_WP2, T_BIGL, T_BIGR, T_S0, T_SM1, T_SP1, T_STEM0,
    T_PRO, T_PRE2, T_PRE3, T_SUF1, T_SUF2, T_SUF3, T_SSUF2, T_SH0, T_SHM1, T_SHP1, T_SHBI,
    T_LEX0, T_SLEX0, T_LEXM1, T_LEXP1, T_GAZ0, T_GAZM1, T_GAZP1, T_GAZM2, T_CC0, T_CF0, T_CFM1,
    T_CFP1, T_CCM1, T_CCP1, T_SCF0, T_SCC0, T_CFM2, T_CFP2, T_PROS, T_CBIL, T_CBIR, T_SBIL,
    T_SBIR, T_SUFM1, T_SUFP1, T_PREP1, T_SCFM1, T_SCFP1, T_DTAG, T_DTAGM1, T_DTAGP1, T_DNONE,
    T_DMAJ, T_DMAJT, T_DIN, T_DBEG, T_DFRAC, T_DMAJM1, T_DMAJP1, T_MEM, T_MEMNONE, T_MEMB, T_PAIRKEY, T_PML, T_PMR,
    T_SE2, T_SE3, T_E1M1, T_E1P1, T_ENONE
};

/* One feature: template and value mixed (splitmix64's finaliser); never 0. */
static uint64_t mix(unsigned tmpl, uint64_t v)
{
    uint64_t z = v + (uint64_t)tmpl * 0x9E3779B97F4A7C15u;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    z ^= z >> 31;
    return z ? z : 1;
}

/* The facts of the token at i + d, or NULL outside the sentence. */
static const tokfacts *at(const tokfacts *f, size_t n, size_t i, int d)
{
    long j = (long)i + d;
    return j >= 0 && (size_t)j < n ? &f[j] : NULL;
}

#define BOUNDARY(d) ((uint64_t)(d) + 0x5bd1e995u)

/* The template of each form row (ent.h: FR_*). */
static const uint8_t fr_tmpl[FR_N] = {
    [FR_W0] = T_W0, [FR_WM1] = T_WM1, [FR_WP1] = T_WP1, [FR_WM2] = T_WM2, [FR_WP2] = T_WP2,
    [FR_S0] = T_S0, [FR_SM1] = T_SM1, [FR_SP1] = T_SP1, [FR_STEM0] = T_STEM0,
    [FR_PRO] = T_PRO, [FR_PROS] = T_PROS, [FR_PRE2] = T_PRE2, [FR_PRE3] = T_PRE3,
    [FR_SUF1] = T_SUF1, [FR_SUF2] = T_SUF2, [FR_SUF3] = T_SUF3, [FR_SSUF2] = T_SSUF2,
    [FR_SUFM1] = T_SUFM1, [FR_SUFP1] = T_SUFP1, [FR_PREP1] = T_PREP1, [FR_LEX0] = T_LEX0,
    [FR_SLEX0] = T_SLEX0, [FR_LEXM1] = T_LEXM1, [FR_LEXP1] = T_LEXP1, [FR_CC0] = T_CC0,
    [FR_CF0] = T_CF0, [FR_CFM1] = T_CFM1, [FR_CFP1] = T_CFP1, [FR_CCM1] = T_CCM1,
    [FR_CCP1] = T_CCP1, [FR_SCF0] = T_SCF0, [FR_SCC0] = T_SCC0, [FR_CFM2] = T_CFM2,
    [FR_CFP2] = T_CFP2, [FR_SCFM1] = T_SCFM1, [FR_SCFP1] = T_SCFP1, [FR_SE2] = T_SE2,
    [FR_SE3] = T_SE3, [FR_E1M1] = T_E1M1, [FR_E1P1] = T_E1P1,
};

/* The value form row fr takes from a token's facts p. */
static uint64_t form_value(const tokfacts *p, int fr)
{
    switch (fr) {
    case FR_W0: case FR_WM1: case FR_WP1: case FR_WM2: case FR_WP2: return p->word;
    case FR_S0: case FR_SM1: case FR_SP1: return p->strip;
    case FR_STEM0: return p->stem;
    case FR_PRO: return p->proclitic;
    case FR_PROS: return (uint64_t)p->proclitic << 56 ^ p->strip;
    case FR_PRE2: case FR_PREP1: return p->pre2;
    case FR_PRE3: return p->pre3;
    case FR_SUF1: return p->suf1;
    case FR_SUF2: case FR_SUFM1: case FR_SUFP1: return p->suf2;
    case FR_SUF3: return p->suf3;
    case FR_SSUF2: return p->ssuf2;
    case FR_LEX0: case FR_LEXM1: case FR_LEXP1: return p->lexbucket;
    case FR_SLEX0: return p->slexbucket;
    case FR_CC0: case FR_CCM1: case FR_CCP1: return p->cluster >> 16;
    case FR_CF0: case FR_CFM1: case FR_CFP1: case FR_CFM2: case FR_CFP2:
        return p->cluster & 0xffff;
    case FR_SCF0: case FR_SCFM1: case FR_SCFP1: return p->scluster & 0xffff;
    case FR_SCC0: return p->scluster >> 16;
    case FR_SE2: return EMB_C2(p->semb);
    case FR_SE3: return EMB_C3(p->semb);
    default: return p->semb ? (uint64_t)EMB_C1(p->semb) : 0xffffu;     /* FR_E1M1, FR_E1P1 */
    }
}

/* The rows of every form template of a token's facts f (NULL where the model has none). */
static void form_rows(const ner_fast *fw, const tokfacts *f, const float **rows)
{
    for (int fr = 0; fr < FR_N; fr++)
        rows[fr] = ner_fast_row(fw, mix(fr_tmpl[fr], form_value(f, fr)));
}

/* The lexicon's most frequent words that lay the tagging table out (ent_fast_layout). */
enum { LAYOUT_WORDS = 4096 };

rasd_status ent_fast_layout(const rasd_engine *e, ner_fast *fw)
{
    const strmap *lex = &e->lex;
    size_t nw = lex->n < LAYOUT_WORDS ? lex->n : LAYOUT_WORDS, len = 0, nt, nk = 0;
    for (size_t i = 0; i < nw; i++) {
        size_t n;
        strmap_key(lex, i, &n);
        len += n + 1;
    }
    char *text = malloc(len ? len : 1);
    rasd_doc *d = NULL;
    rasd_status rc = text && rasd_doc_new(&d) == RASD_OK ? RASD_OK : RASD_ENOMEM;
    len = 0;
    for (size_t i = 0; !rc && i < nw; i++) {    /* the words in the lexicon's order */
        size_t n;
        const char *w = strmap_key(lex, i, &n);
        memcpy(text + len, w, n);
        text[len + n] = '\n';
        len += n + 1;
    }
    if (!rc)
        rc = rasd_analyze(e, d, text, len);
    const rasd_token *t = rc ? NULL : rasd_doc_tokens(d, &nt);
    uint64_t *keys = t ? malloc((nt ? nt : 1) * FR_N * sizeof *keys) : NULL;
    if (!rc && !keys)
        rc = RASD_ENOMEM;
    for (size_t i = 0; !rc && i < nt; i++) {
        tokfacts f;
        form_facts(e, &t[i], &f);
        for (int fr = 0; fr < FR_N; fr++)
            keys[nk++] = mix(fr_tmpl[fr], form_value(&f, fr));
    }
    if (!rc)
        rc = ner_fast_order(fw, keys, nk);
    free(keys);
    rasd_doc_free(d);
    free(text);
    return rc;
}

/* Where features go: keys into out; with frows, a form template's row into rows (its key
 * 0) for a token of the sentence f[0,n). */
typedef struct femit {
    uint64_t *out;             /* keys: feature k's (keys only), or the keys left to look up */
    const float **rows;        /* rowmode: every feature's row (NULL until looked up) */
    const float *const *frows; /* rowmode: FR_N form rows a token of f */
    const float *const *fb[5]; /* rowmode: the form rows of tokens i-2..i+2 (NULL outside) */
    const tokfacts *f;
    size_t k;                  /* features so far */
    uint32_t *kpos;            /* rowmode: the feature of each key of out */
    size_t nk;                 /* rowmode: keys in out */
} femit;

#define INLINE static inline __attribute__((always_inline))

/* A feature by its key; rowmode: its row is looked up later, with the others' (kpos). */
INLINE void put(femit *m, uint64_t key, const int rowmode)
{
    if (rowmode) {
        m->kpos[m->nk] = (uint32_t)m->k;
        m->out[m->nk++] = key;
        m->rows[m->k++] = NULL;
    } else {
        m->out[m->k++] = key;
    }
}

/* Form template fr of token p, or of the sentence boundary d when p is NULL; rowmode: m
 * has frows (a constant, so that each caller's copy keeps one branch). */
INLINE void put_form(femit *m, int fr, const tokfacts *p, int d, const int rowmode)
{
    if (rowmode && p) {
        m->rows[m->k++] = m->fb[d + 2][fr];     /* p is the token at i + d */
    } else {
        uint64_t edge = BOUNDARY(d);
        if (fr == FR_SCFM1 || fr == FR_SCFP1)
            edge &= 0xffff;          /* these two have always taken the boundary's low bits */
        put(m, mix(fr_tmpl[fr], p ? form_value(p, fr) : edge), rowmode);
    }
}

INLINE void gaz_feats(const tokfacts *f, size_t n, size_t i, femit *m, const int rowmode)
{
    static const struct { unsigned tmpl; int d; } at_d[] = {
        {T_GAZ0, 0}, {T_GAZM1, -1}, {T_GAZP1, 1}, {T_GAZM2, -2},
    };
    for (size_t a = 0; a < sizeof at_d / sizeof *at_d; a++) {
        const tokfacts *p = at(f, n, i, at_d[a].d);
        unsigned bits = p ? p->gaz : 0;
        for (unsigned b = 0; bits && b < 10; b++)
            if (bits & (1u << b))
                put(m, mix(at_d[a].tmpl, b), rowmode);
    }
}

/* Embedding clusters (NF_EMB): of the stripped form at the middle and finest granularity,
 * and of the neighbours' stripped forms at the coarsest. (More templates, down to the
 * finest clusters of ±1 and bigrams, lost 1.2 points on the tail split: docs/NER.md.) */
INLINE void emb_feats(const tokfacts *f, size_t n, size_t i, femit *m, const int rowmode)
{
    const tokfacts *c = &f[i];
    if (!c->semb) {
        put(m, mix(T_ENONE, 0), rowmode);
    } else {
        put_form(m, FR_SE2, c, 0, rowmode);
        put_form(m, FR_SE3, c, 0, rowmode);
    }
    put_form(m, FR_E1M1, at(f, n, i, -1), -1, rowmode);
    put_form(m, FR_E1P1, at(f, n, i, 1), 1, rowmode);
}

/* The second stage's view of token i: its first-stage tag and its neighbours', how the
 * first stage tagged the same stripped form elsewhere in the document, and how the training
 * part's gold tags tagged it and the pairs it forms with its neighbours (the memory). */
static size_t doc_feats(const docfacts *d, size_t n, size_t i, uint64_t *out, size_t k)
{
    const docfacts *q = &d[i];
    unsigned tot = 0;
    out[k++] = mix(T_DTAG, q->tag);
    out[k++] = mix(T_DTAGM1, i ? d[i - 1].tag : BOUNDARY(-1));
    out[k++] = mix(T_DTAGP1, i + 1 < n ? d[i + 1].tag : BOUNDARY(1));
    out[k++] = mix(T_DMAJM1, i ? d[i - 1].maj : BOUNDARY(-1));
    out[k++] = mix(T_DMAJP1, i + 1 < n ? d[i + 1].maj : BOUNDARY(1));
    out[k++] = mix(T_PML, q->pml);
    out[k++] = mix(T_PMR, q->pmr);
    unsigned mt = 0;
    for (int x = 0; x <= NER_NTYPES; x++)
        mt += q->mem[x];
    if (!mt)
        out[k++] = mix(T_MEMNONE, 0);
    for (int x = 1; mt && x <= NER_NTYPES; x++) {   /* the training part's tags, by quarters */
        if (!q->mem[x])
            continue;
        out[k++] = mix(T_MEM, (uint64_t)x << 8 | (4u * q->mem[x] / mt));
        out[k++] = mix(T_MEMB, (uint64_t)x << 8 | (4u * q->memb[x] / q->mem[x]));
    }
    for (int x = 0; x <= NER_NTYPES; x++)
        tot += q->cnt[x];
    if (!tot) {
        out[k++] = mix(T_DNONE, 0);
        return k;
    }
    out[k++] = mix(T_DMAJ, q->maj);
    out[k++] = mix(T_DMAJT, (uint64_t)q->maj << 8 | q->tag);
    for (int x = 1; x <= NER_NTYPES; x++) {
        if (!q->cnt[x])
            continue;
        out[k++] = mix(T_DIN, (uint64_t)x);
        out[k++] = mix(T_DFRAC, (uint64_t)x << 8 | (4u * q->cnt[x] / tot));
        if (q->beg[x])
            out[k++] = mix(T_DBEG, (uint64_t)x);
    }
    return k;
}

/* Every feature of token i (ent_features), into m; rowmode: m has frows. */
INLINE void features(unsigned groups, const tokfacts *f, const docfacts *d, size_t n, size_t i,
                     femit *m, const int rowmode)
{
    const tokfacts *c = &f[i], *m1 = at(f, n, i, -1), *p1 = at(f, n, i, 1);
    const tokfacts *m2 = at(f, n, i, -2), *p2 = at(f, n, i, 2);
    uint64_t wm1 = m1 ? m1->word : BOUNDARY(-1), wp1 = p1 ? p1->word : BOUNDARY(1);
    uint64_t sm1 = m1 ? m1->strip : BOUNDARY(-1), sp1 = p1 ? p1->strip : BOUNDARY(1);
    if (rowmode)
        for (int o = -2; o <= 2; o++)
            m->fb[o + 2] = at(f, n, i, o) ? m->frows + (i + (size_t)(long)o) * FR_N : NULL;
    put(m, mix(T_BIAS, 0), rowmode);
    if (groups & NF_WORD) {
        put_form(m, FR_W0, c, 0, rowmode);
        put_form(m, FR_WM1, m1, -1, rowmode);
        put_form(m, FR_WP1, p1, 1, rowmode);
        put_form(m, FR_WM2, m2, -2, rowmode);
        put_form(m, FR_WP2, p2, 2, rowmode);
        put(m, mix(T_BIGL, wm1 * 31 + c->word), rowmode);
        put(m, mix(T_BIGR, c->word * 31 + wp1), rowmode);
    }
    if (groups & NF_CLITIC) {
        put_form(m, FR_S0, c, 0, rowmode);
        put_form(m, FR_SM1, m1, -1, rowmode);
        put_form(m, FR_SP1, p1, 1, rowmode);
        put_form(m, FR_STEM0, c, 0, rowmode);
        put_form(m, FR_PRO, c, 0, rowmode);
        put_form(m, FR_PROS, c, 0, rowmode);
        put(m, mix(T_SBIL, sm1 * 31 + c->strip), rowmode);
        put(m, mix(T_SBIR, c->strip * 31 + sp1), rowmode);
    }
    if (groups & NF_AFFIX) {
        const uint64_t v[] = {c->pre2, c->pre3, c->suf1, c->suf2, c->suf3, c->ssuf2};
        for (int a = 0; a < 6; a++)
            if (v[a])
                put_form(m, FR_PRE2 + a, c, 0, rowmode);
        put_form(m, FR_SUFM1, m1, -1, rowmode);
        put_form(m, FR_SUFP1, p1, 1, rowmode);
        put_form(m, FR_PREP1, p1, 1, rowmode);
    }
    if (groups & NF_SHAPE) {
        uint64_t shm1 = m1 ? m1->shape : BOUNDARY(-1);
        put(m, mix(T_SH0, c->shape), rowmode);
        put(m, mix(T_SHM1, shm1), rowmode);
        put(m, mix(T_SHP1, p1 ? p1->shape : BOUNDARY(1)), rowmode);
        put(m, mix(T_SHBI, shm1 * 31 + c->shape), rowmode);
    }
    if (groups & NF_LEX) {
        put_form(m, FR_LEX0, c, 0, rowmode);
        put_form(m, FR_SLEX0, c, 0, rowmode);
        put_form(m, FR_LEXM1, m1, -1, rowmode);
        put_form(m, FR_LEXP1, p1, 1, rowmode);
    }
    if (groups & NF_GAZ)
        gaz_feats(f, n, i, m, rowmode);
    if (groups & NF_CLUSTER) {
        put_form(m, FR_CC0, c, 0, rowmode);
        put_form(m, FR_CF0, c, 0, rowmode);
        put_form(m, FR_CFM1, m1, -1, rowmode);
        put_form(m, FR_CFP1, p1, 1, rowmode);
        put_form(m, FR_CCM1, m1, -1, rowmode);
        put_form(m, FR_CCP1, p1, 1, rowmode);
        put_form(m, FR_SCF0, c, 0, rowmode);
        put_form(m, FR_SCC0, c, 0, rowmode);
        put_form(m, FR_CFM2, m2, -2, rowmode);
        put_form(m, FR_CFP2, p2, 2, rowmode);
        uint64_t cm = m1 ? m1->scluster : BOUNDARY(-1), cp = p1 ? p1->scluster : BOUNDARY(1);
        put(m, mix(T_CBIL, cm << 32 | c->scluster), rowmode);
        put(m, mix(T_CBIR, (uint64_t)c->scluster << 32 | cp), rowmode);
        put_form(m, FR_SCFM1, m1, -1, rowmode);
        put_form(m, FR_SCFP1, p1, 1, rowmode);
    }
    if (groups & NF_EMB)
        emb_feats(f, n, i, m, rowmode);
    if ((groups & NF_DOC) && d)
        m->k = doc_feats(d, n, i, m->out, m->k);
}

size_t ent_features(unsigned groups, const tokfacts *f, const docfacts *d, size_t n, size_t i,
                    uint64_t *out)
{
    femit m = {out, NULL, NULL, {NULL}, f, 0, NULL, 0};
    features(groups, f, d, n, i, &m, 0);
    return m.k;
}

size_t ent_sentence_rows(const ner_fast *fw, unsigned groups, const tokfacts *f,
                         const float *const *frows, size_t n, uint32_t *nf, const float **rows,
                         uint64_t *keys, uint32_t *kpos)
{
    femit m = {keys, rows, frows, {NULL}, f, 0, kpos, 0};
    for (size_t i = 0; i < n; i++) {
        size_t k0 = m.k;
        features(groups, f, NULL, n, i, &m, 1);
        nf[i] = (uint32_t)(m.k - k0);
    }
    ner_fast_rows_at(fw, keys, kpos, m.nk, rows);
    return m.k;
}

size_t ent_doc_features(const docfacts *d, size_t n, size_t i, uint64_t *out)
{
    return doc_feats(d, n, i, out, 0);
}

/* ------------------------------------------------------------ doc table */

rasd_status doctable_reset(doctable *t, size_t n)
{
    size_t cap = 64;
    while (cap < 2 * n + 16)
        cap *= 2;
    if (cap > t->room) {
        doctable_free(t);
        /* the model's memory (~260,000 slots) is read at random: huge pages (infer.c) */
        t->keys = ent_big_calloc(cap * sizeof *t->keys);
        t->cnt = ent_big_calloc(cap * sizeof *t->cnt);
        t->room = cap;                          /* ent_big_free's size */
        if (!t->keys || !t->cnt) {
            doctable_free(t);
            return RASD_ENOMEM;
        }
        t->cap = cap;                           /* fresh pages are zero already */
        return RASD_OK;
    }
    t->cap = cap;             /* a short doc after a long one clears only what it uses */
    memset(t->keys, 0, t->cap * sizeof *t->keys);
    return RASD_OK;
}

static size_t dt_slot(const doctable *t, uint64_t key)
{
    size_t mask = t->cap - 1, i = (size_t)(key ^ key >> 31) & mask;
    while (t->keys[i] && t->keys[i] != key)
        i = (i + 1) & mask;
    return i;
}

uint16_t *doctable_row(doctable *t, uint64_t key)
{
    key |= !key;
    size_t i = dt_slot(t, key);
    if (!t->keys[i]) {
        t->keys[i] = key;
        memset(t->cnt[i], 0, sizeof t->cnt[i]);
    }
    return t->cnt[i];
}

const uint16_t *doctable_find(const doctable *t, uint64_t key)
{
    if (!t || !t->cap)
        return NULL;
    key |= !key;
    size_t i = dt_slot(t, key);
    return t->keys[i] ? t->cnt[i] : NULL;
}

static void dt_add(doctable *t, uint64_t key, int tag, int d)
{
    uint16_t *row = doctable_row(t, key);
    row[tag_type(tag)] = (uint16_t)(row[tag_type(tag)] + d);
    if (tag && tag_is_b(tag))
        row[NER_NTYPES + 1 + tag_type(tag)] = (uint16_t)(row[NER_NTYPES + 1 + tag_type(tag)] + d);
}

/* The counts of key less one occurrence tagged tag: cnt, beg (each NER_NTYPES + 1). */
static void dt_get(const doctable *t, uint64_t key, int tag, uint16_t *cnt, uint16_t *beg)
{
    key |= !key;
    size_t i = dt_slot(t, key);
    memset(cnt, 0, (NER_NTYPES + 1) * sizeof *cnt);
    memset(beg, 0, (NER_NTYPES + 1) * sizeof *beg);
    if (!t->keys[i])
        return;
    for (int x = 0; x <= NER_NTYPES; x++) {
        cnt[x] = t->cnt[i][x];
        beg[x] = t->cnt[i][NER_NTYPES + 1 + x];
    }
    cnt[tag_type(tag)]--;
    if (tag && tag_is_b(tag))
        beg[tag_type(tag)]--;
}

/* The entity type with the most counts (first on ties), or none. */
static uint8_t top_type(const uint16_t *cnt, uint8_t none)
{
    uint8_t top = none;
    for (unsigned x = 1, best = 0; x <= NER_NTYPES; x++)
        if (cnt[x] > best) {
            best = cnt[x];
            top = (uint8_t)x;
        }
    return top;
}

void doctable_sentence(doctable *t, const tokfacts *f, const uint8_t *tags, size_t n, int d)
{
    for (size_t i = 0; i < n; i++)
        dt_add(t, f[i].strip, tags[i], d);
}

uint64_t ent_pair_key(const tokfacts *f, size_t i)
{
    return mix(T_PAIRKEY, f[i].strip * 0x9E3779B97F4A7C15u ^ f[i + 1].strip);
}

int ent_pair_type(const uint8_t *tags, size_t i)
{
    int a = tags[i], b = tags[i + 1];
    return a && b && !tag_is_b(b) && tag_type(a) == tag_type(b) ? tag_type(a) : 0;
}

/* The counts of key in mem less those in own (either may be NULL), 2 * (NER_NTYPES + 1). */
static void mem_counts(const doctable *mem, const doctable *own, uint64_t key, uint16_t *out)
{
    const uint16_t *m = doctable_find(mem, key), *o = m ? doctable_find(own, key) : NULL;
    const size_t n = 2 * (NER_NTYPES + 1);
    if (!m)                  /* most keys: none in the memory (and so none of own's count) */
        memset(out, 0, n * sizeof *out);
    else if (!o)
        memcpy(out, m, n * sizeof *out);
    else
        for (size_t x = 0; x < n; x++)
            out[x] = (uint16_t)(m[x] - o[x]);
}

void doctable_facts(const doctable *t, const doctable *mem, const doctable *own,
                    const tokfacts *f, const uint8_t *tags, size_t n, docfacts *out)
{
    uint16_t c[2 * (NER_NTYPES + 1)];
    uint8_t right = 0;
    for (size_t i = 0; i < n; i++) {
        docfacts *q = &out[i];
        mem_counts(mem, own, f[i].strip, c);
        memcpy(q->mem, c, sizeof q->mem);
        memcpy(q->memb, c + NER_NTYPES + 1, sizeof q->memb);
        dt_get(t, f[i].strip, tags[i], q->cnt, q->beg);
        q->tag = tags[i];
        q->maj = top_type(q->cnt, NER_NTYPES + 1);
        q->pml = right;
        right = 0;
        if (i + 1 < n) {
            mem_counts(mem, own, ent_pair_key(f, i), c);
            right = top_type(c, 0);
        }
        q->pmr = right;
    }
}

void doctable_free(doctable *t)
{
    ent_big_free(t->keys, t->room * sizeof *t->keys);
    ent_big_free(t->cnt, t->room * sizeof *t->cnt);
    t->keys = NULL;
    t->cnt = NULL;
    t->cap = t->room = 0;
}
