/* stem.c — stems for retrieval: rasd's light stemmer, or Snowball's Arabic stemmer.
 *
 * The light stemmer is Light10 (Larkey, Ballesteros & Connell 2007, the stemmer behind
 * Lucene's ArabicStemmer) with the clitic chains that Light10 lacks (وبال وكال فبال ولل فلل),
 * a repeatable و, and الله kept whole. It works on the normalised form, where every Arabic
 * letter is two bytes, and always returns a sub-range of the word:
 *   1. one article chain, longest first: وبال وكال فبال ولل فلل وال فال بال كال لل ال,
 *      when at least 2 letters remain (a remainder of exactly له keeps its ال: الله);
 *   2. otherwise و, up to twice, when at least 3 letters remain;
 *   3. each suffix once, in this order: ها ان ات ون ين يه ية ه ة ي, when at least 2 letters
 *      remain (ة and ى forms are listed too, for engines with those rules switched off).
 */
#include "core/internal.h"

#include <libstemmer.h>
#include <string.h>

/* UTF-8 of the Arabic letters the affixes are made of. */
#define ALEF "\xd8\xa7"
#define BEH "\xd8\xa8"
#define TEH_MARBUTA "\xd8\xa9"
#define TEH "\xd8\xaa"
#define FEH "\xd9\x81"
#define KAF "\xd9\x83"
#define LAM "\xd9\x84"
#define NOON "\xd9\x86"
#define HEH "\xd9\x87"
#define WAW "\xd9\x88"
#define ALEF_MAQSURA "\xd9\x89"
#define YEH "\xd9\x8a"

#define AL ALEF LAM

static const char *const prefixes[] = {
    WAW BEH AL, WAW KAF AL, FEH BEH AL, WAW LAM LAM, FEH LAM LAM,
    WAW AL, FEH AL, BEH AL, KAF AL, LAM LAM, AL,
};

static const char *const suffixes[] = {
    HEH ALEF, ALEF NOON, ALEF TEH, WAW NOON, YEH NOON, YEH HEH, YEH TEH_MARBUTA,
    HEH, TEH_MARBUTA, YEH, ALEF_MAQSURA,
};

/* Letters in a UTF-8 string: bytes that are not continuation bytes. */
static size_t letters(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

static int starts(const char *w, size_t n, const char *p, size_t pn)
{
    return n >= pn && memcmp(w, p, pn) == 0;
}

static int ends(const char *w, size_t n, const char *p, size_t pn)
{
    return n >= pn && memcmp(w + n - pn, p, pn) == 0;
}

/* Strips one article chain; returns 1 if it did, 2 if the word is الله (kept whole). */
static int strip_article(const char *w, size_t *off, size_t *n)
{
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
        size_t pn = strlen(prefixes[i]);
        if (!starts(w + *off, *n, prefixes[i], pn) || letters(w + *off + pn, *n - pn) < 2)
            continue;
        if (*n - pn == 4 && memcmp(w + *off + pn, LAM HEH, 4) == 0) {
            size_t keep = pn >= 4 && memcmp(w + *off + pn - 4, AL, 4) == 0 ? pn - 4 : pn;
            *off += keep;      /* الله, والله, بالله → الله */
            *n -= keep;
            return 2;
        }
        *off += pn;
        *n -= pn;
        return 1;
    }
    return 0;
}

void light_stem(const char *w, size_t len, size_t *off, size_t *n)
{
    *off = 0;
    *n = len;
    int art = strip_article(w, off, n);
    if (art == 2)
        return;
    if (!art) {
        for (int k = 0; k < 2 && starts(w + *off, *n, WAW, 2) && letters(w + *off + 2, *n - 2) >= 3; k++) {
            *off += 2;
            *n -= 2;
        }
    }
    for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
        size_t sn = strlen(suffixes[i]);
        if (ends(w + *off, *n, suffixes[i], sn) && letters(w + *off, *n - sn) >= 2)
            *n -= sn;
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
    rasd_status rc = RASD_OK;
    if (e->cfg.stemmer == RASD_STEM_NONE)
        return RASD_OK;
    for (size_t i = 0; i < d->nraw && !rc; i++) {
        tok_raw *t = &d->raw[i];
        if (t->kind != RASD_TOK_ARABIC)
            continue;
        if (e->cfg.stemmer == RASD_STEM_LIGHT) {
            size_t off, n;
            light_stem(d->str.p + t->norm_off, t->norm_len, &off, &n);
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
    (void)e;
    if (!doc || (!word && len) || (unsigned)stemmer > RASD_STEM_NONE)
        return RASD_EINVAL;
    if (stemmer == RASD_STEM_LIGHT) {
        light_stem(word, len, &off, &n);
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
