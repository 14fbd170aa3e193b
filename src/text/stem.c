/* stem.c — stems for retrieval: rasd's light stemmer, or Snowball's Arabic stemmer.
 *
 * The light stemmer is Light10 (Larkey, Ballesteros & Connell 2007, the stemmer behind
 * Lucene's ArabicStemmer) with the clitic chains that Light10 lacks (وبال وكال فبال ولل فلل),
 * one-letter proclitics decided by the corpus lexicon, and الله kept whole. It works on the
 * normalised form, where every Arabic letter is two bytes, and always returns a sub-range of
 * the word (docs/TEXT.md):
 *   1. one article chain, longest first: وبال وكال فبال ولل فلل وال فال بال كال لل ال,
 *      when at least 2 letters remain (a remainder of exactly له keeps its ال: الله);
 *   2. otherwise a one-letter proclitic و ف ب ك ل, up to twice, when at least 3 letters remain
 *      and the lexicon vouches for the rest (strip_proclitic; و alone without a lexicon);
 *   3. each suffix once, in this order: ها ان ات ون ين يه ية ه ة ي, when at least 2 letters
 *      remain (ة and ى forms are listed too, for engines with those rules switched off).
 */
#include "core/internal.h"

#include <libstemmer.h>
#include <stdint.h>
#include <string.h>

/* The affixes are all letters of U+0600–U+06FF, two bytes each in UTF-8: a letter is read
 * as one 16-bit unit (its two bytes, little-endian), so matching an affix is a few integer
 * compares. A word that holds anything else (a mark or a joiner kept by a switched-off rule)
 * is counted by code points, and affixes still match on its leading and trailing bytes. */
#define U(b0, b1) ((uint16_t)((b1) << 8 | (b0)))
#define ALEF U(0xd8, 0xa7)
#define BEH U(0xd8, 0xa8)
#define TEH_MARBUTA U(0xd8, 0xa9)
#define TEH U(0xd8, 0xaa)
#define FEH U(0xd9, 0x81)
#define KAF U(0xd9, 0x83)
#define LAM U(0xd9, 0x84)
#define NOON U(0xd9, 0x86)
#define HEH U(0xd9, 0x87)
#define WAW U(0xd9, 0x88)
#define ALEF_MAQSURA U(0xd9, 0x89)
#define YEH U(0xd9, 0x8a)

/* An affix of 1 to 4 letters packed into the 2 to 8 bytes it occupies, so that matching it
 * is one unaligned load, a mask and a compare. */
typedef struct affix {
    uint64_t bytes, mask;
    uint16_t first, last; /* a word is compared with an affix only when these agree */
    uint8_t n;            /* letters */
} affix;

#define P1(a) (uint64_t)(a)
#define P2(a, b) (P1(a) | (uint64_t)(b) << 16)
#define P3(a, b, c) (P2(a, b) | (uint64_t)(c) << 32)
#define P4(a, b, c, d) (P3(a, b, c) | (uint64_t)(d) << 48)
#define M(n) (~(uint64_t)0 >> (64 - 16 * (n)))
#define A1(a) {P1(a), M(1), a, a, 1}
#define A2(a, b) {P2(a, b), M(2), a, b, 2}
#define A3(a, b, c) {P3(a, b, c), M(3), a, c, 3}
#define A4(a, b, c, d) {P4(a, b, c, d), M(4), a, d, 4}

/* Longest first: the first match wins. */
static const affix prefixes[] = {
    A4(WAW, BEH, ALEF, LAM), A4(WAW, KAF, ALEF, LAM), A4(FEH, BEH, ALEF, LAM),
    A3(WAW, LAM, LAM), A3(FEH, LAM, LAM), A3(WAW, ALEF, LAM), A3(FEH, ALEF, LAM),
    A3(BEH, ALEF, LAM), A3(KAF, ALEF, LAM), A2(LAM, LAM), A2(ALEF, LAM),
};

/* In Light10's order, each tried once. */
static const affix suffixes[] = {
    A2(HEH, ALEF), A2(ALEF, NOON), A2(ALEF, TEH), A2(WAW, NOON), A2(YEH, NOON), A2(YEH, HEH),
    A2(YEH, TEH_MARBUTA), A1(HEH), A1(TEH_MARBUTA), A1(YEH), A1(ALEF_MAQSURA),
};

static inline uint16_t letter_at(const char *p)
{
    return (uint16_t)((unsigned char)p[1] << 8 | (unsigned char)p[0]);
}

/* 8 bytes at p as a little-endian integer. light_stem's words are always followed by at
 * least 8 readable bytes (STEM_SLACK), so this is one unaligned load. */
static inline uint64_t load8(const char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

static inline uint64_t load(const char *p, size_t n)
{
    uint64_t v = load8(p);
    return n >= 8 ? v : v & (((uint64_t)1 << (8 * n)) - 1);
}

/* Code points in a UTF-8 string: bytes minus continuation bytes (10xxxxxx), eight at a
 * time; the flags land on bit 7 of each byte and one multiply adds them up. */
static size_t letters(const char *s, size_t n)
{
    size_t cont = 0;
    for (size_t i = 0; i < n; i += 8) {
        uint64_t x = load(s + i, n - i);
        uint64_t t = (x & ~(x << 1) & 0x8080808080808080u) >> 7;
        cont += (size_t)((t * 0x0101010101010101u) >> 56);
    }
    return n - cont;
}

/* Every code point of an Arabic token takes two bytes or more, so 2 * letters <= bytes and
 * the loads below stay inside the word. */
static inline int has_suffix(const char *w, size_t n, const affix *a)
{
    return n >= 2u * a->n && (load(w + n - 2u * a->n, 2u * a->n) & a->mask) == a->bytes;
}

/* Strips one article chain; returns 1 if it did, 2 if the word is الله (kept whole). */
static int strip_article(const char *w, size_t *off, size_t *n, size_t *nl)
{
    uint64_t head = load(w + *off, *n);
    uint16_t first = (uint16_t)head;
    if (first != ALEF && first != WAW && first != LAM && first != BEH && first != FEH && first != KAF)
        return 0;
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
        const affix *p = &prefixes[i];
        size_t pn = 2u * p->n;
        if (p->first != first || (head & p->mask) != p->bytes || *nl < p->n + 2u)
            continue;
        if (*n - pn == 4 && letter_at(w + *off + pn) == LAM && letter_at(w + *off + pn + 2) == HEH) {
            size_t keep = (p->bytes >> (16 * (p->n - 2)) & 0xFFFFFFFFu) == P2(ALEF, LAM) ? pn - 4 : pn;
            *off += keep;      /* الله, والله, بالله → الله */
            *n -= keep;
            return 2;
        }
        *off += pn;
        *n -= pn;
        *nl -= p->n;
        return 1;
    }
    return 0;
}

/* Proclitic letters that may stand alone before a word. */
static int proclitic(uint16_t c)
{
    return c == WAW || c == FEH || c == BEH || c == KAF || c == LAM;
}

/* Whether the one-letter proclitic that starts w[0,n) should go. With a lexicon: when the
 * rest is a word seen at least LEX_MIN_REST times and at least a tenth as often as the
 * whole (وقال 12,147 / قال 5,828: strip; وزير 6,470 / زير 4: keep; فرنسا / رنسا 0: keep).
 * Without one: و only, as in Light10. */
#define LEX_MIN_REST 10
static int strip_proclitic(const strmap *lex, const char *w, size_t n, uint16_t first)
{
    if (!lex || !lex->n)
        return first == WAW;
    uint64_t rest = strmap_get(lex, w + 2, n - 2);
    return rest >= LEX_MIN_REST && rest * 10 >= strmap_get(lex, w, n);
}

void light_stem(const strmap *lex, const char *w, size_t len, size_t *off, size_t *n)
{
    size_t nl = letters(w, len);
    *off = 0;
    *n = len;
    if (len < 4)
        return;               /* one letter: nothing to strip */
    int art = strip_article(w, off, n, &nl);
    if (art == 2)
        return;
    for (int k = 0; !art && k < 2 && nl >= 4 && proclitic(letter_at(w + *off)) &&
                    strip_proclitic(lex, w + *off, *n, letter_at(w + *off)); k++) {
        *off += 2;
        *n -= 2;
        nl--;
    }
    uint16_t last = letter_at(w + *off + *n - 2);
    for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
        const affix *a = &suffixes[i];
        if (a->last == last && nl >= a->n + 2u && has_suffix(w + *off, *n, a)) {
            *n -= 2u * a->n;
            nl -= a->n;
            last = letter_at(w + *off + *n - 2);
        }
    }
}

static rasd_status snowball_stem(rasd_doc *d, const char *w, size_t len, const char **out,
                                 size_t *n)
{
    if (!d->snowball && !(d->snowball = sb_stemmer_new("arabic", "UTF_8")))
        return RASD_EUNSUPPORTED;
    const sb_symbol *s = sb_stemmer_stem(d->snowball, (const sb_symbol *)w, (int)len);
    if (!s)
        return RASD_ENOMEM;
    *out = (const char *)s;
    *n = (size_t)sb_stemmer_length(d->snowball);
    return RASD_OK;
}

rasd_status stem_tokens(const rasd_engine *e, rasd_doc *d)
{
    return stem_tokens_if(e, d, NULL, NULL);
}

rasd_status stem_tokens_if(const rasd_engine *e, rasd_doc *d,
                           int (*want)(void *ctx, const char *norm, size_t len), void *ctx)
{
    rasd_status rc = RASD_OK;
    if (e->cfg.stemmer == RASD_STEM_NONE)
        return RASD_OK;
    rbuf_reserve(&d->str, STEM_SLACK, &rc);   /* light_stem may read past the last word */
    if (rc)
        return rc;
    for (size_t i = 0; i < d->nraw && !rc; i++) {
        tok_raw *t = &d->raw[i];
        if (t->kind != RASD_TOK_ARABIC ||
            (want && !want(ctx, d->str.p + t->norm_off, t->norm_len)))
            continue;
        if (e->cfg.stemmer == RASD_STEM_LIGHT) {
            size_t off, n;
            light_stem(&e->lex, d->str.p + t->norm_off, t->norm_len, &off, &n);
            t->stem_off = t->norm_off + (uint32_t)off;
            t->stem_len = (uint32_t)n;
            continue;
        }
        const char *s;
        size_t n;
        if ((rc = snowball_stem(d, d->str.p + t->norm_off, t->norm_len, &s, &n)) != RASD_OK)
            break;
        t->stem_off = (uint32_t)d->str.n;
        t->stem_len = (uint32_t)n;
        rbuf_add(&d->str, s, n, &rc);   /* s is the stemmer's, not ours: no aliasing */
    }
    return rc;
}

rasd_status rasd_stem(const rasd_engine *e, rasd_doc *doc, rasd_stemmer stemmer,
                      const char *word, size_t len, char *buf, size_t cap, size_t *stem_len)
{
    const char *s = word;
    size_t off = 0, n = len;
    rasd_status rc;
    if (!e || !doc || (!word && len) || (unsigned)stemmer > RASD_STEM_NONE)
        return RASD_EINVAL;
    if (stemmer == RASD_STEM_LIGHT) {
        char pad[256 + STEM_SLACK] = {0};   /* light_stem reads STEM_SLACK bytes past the word */
        if (len > 256)
            return RASD_ETOOBIG;
        memcpy(pad, word, len);
        light_stem(&e->lex, pad, len, &off, &n);
        s = word + off;
    } else if (stemmer == RASD_STEM_SNOWBALL && len) {
        if ((rc = snowball_stem(doc, word, len, &s, &n)) != RASD_OK)
            return rc;
    }
    if (n > cap)
        return RASD_ETOOBIG;
    if (n)
        memcpy(buf, s, n);
    *stem_len = n;
    return RASD_OK;
}
