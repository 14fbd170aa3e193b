/* chartab.c — what rasd knows of each code point, built once per engine.
 *
 * Unicode facts (general category, default-ignorable, case mapping, compatibility
 * decomposition) come from utf8proc; rasd adds its matching rules on top, one RASD_NORM_*
 * bit per code point (docs/TEXT.md). Code points below U+3000 and in U+FB00–U+FFFF, where
 * all Arabic text lives, get a precomputed entry; any other is computed on the fly by the
 * same function, so the table is a cache and never a second source of truth.
 */
#include "core/internal.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Arabic code points by name (Snowball's habit: no bare Arabic literals in C). */
#define U_HAMZA            0x0621
#define U_ALEF_MADDA       0x0622
#define U_ALEF_HAMZA_ABOVE 0x0623
#define U_WAW_HAMZA        0x0624
#define U_ALEF_HAMZA_BELOW 0x0625
#define U_YEH_HAMZA        0x0626
#define U_ALEF             0x0627
#define U_TEH_MARBUTA      0x0629
#define U_KAF              0x0643
#define U_HEH              0x0647
#define U_ALEF_MAQSURA     0x0649
#define U_YEH              0x064A
#define U_TATWEEL          0x0640
#define U_DECIMAL_SEP      0x066B
#define U_THOUSANDS_SEP    0x066C
#define U_ALEF_WASLA       0x0671
#define U_ALEF_WAVY_ABOVE  0x0672
#define U_ALEF_WAVY_BELOW  0x0673
#define U_ALEF_HIGH_HAMZA  0x0675
#define U_KEHEH            0x06A9
#define U_HEH_DOACHASHMEE  0x06BE
#define U_HEH_YEH_ABOVE    0x06C0
#define U_HEH_GOAL         0x06C1
#define U_HEH_GOAL_HAMZA   0x06C2
#define U_TEH_MARBUTA_GOAL 0x06C3
#define U_FARSI_YEH        0x06CC
#define U_YEH_E            0x06D0
#define U_YEH_BARREE       0x06D2
#define U_AE               0x06D5

static int is_arabic_block(int32_t cp)
{
    return (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) ||
           (cp >= 0x0870 && cp <= 0x08FF) || (cp >= 0xFB50 && cp <= 0xFDFF) ||
           (cp >= 0xFE70 && cp <= 0xFEFF && cp != 0xFEFF);
}

static int is_presentation(int32_t cp)
{
    return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFE);
}

static int is_latin(int32_t cp)
{
    return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
           (cp >= 0x00C0 && cp <= 0x024F && cp != 0xD7 && cp != 0xF7) ||
           (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2C60 && cp <= 0x2C7F) ||
           (cp >= 0xA720 && cp <= 0xA7FF) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
           (cp >= 0xFF41 && cp <= 0xFF5A);
}

static int is_newline(int32_t cp)
{
    return (cp >= 0x0A && cp <= 0x0D) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

static uint8_t class_of(int32_t cp, const utf8proc_property_t *p)
{
    if (is_newline(cp))
        return CL_NEWLINE;
    if (cp == '\t' || cp == 0x200B)    /* ZERO WIDTH SPACE separates words */
        return CL_SPACE;
    switch (p->category) {
    case UTF8PROC_CATEGORY_ZS: return CL_SPACE;
    case UTF8PROC_CATEGORY_CC: return CL_CONTROL;
    case UTF8PROC_CATEGORY_CF: return CL_IGNORE;
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
        return p->ignorable ? CL_IGNORE : CL_LETTER;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        return p->ignorable ? CL_IGNORE : CL_MARK;
    case UTF8PROC_CATEGORY_ND: return CL_DIGIT;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
        return CL_PUNCT;
    case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return CL_SYMBOL;
    default:
        return p->ignorable ? CL_IGNORE : CL_OTHER;
    }
}

/* Value of a decimal digit: Nd digits come in runs of ten that start at zero. */
static uint8_t digit_value(int32_t cp)
{
    int32_t z = cp;
    while (z > 0 && cp - z < 9 &&
           utf8proc_get_property(z - 1)->category == UTF8PROC_CATEGORY_ND)
        z--;
    return (uint8_t)((cp - z) % 10);
}

/* The letter rules: one code point → one Arabic letter. Returns the rule bit or 0. */
static unsigned letter_rule(int32_t cp, int32_t *to)
{
    switch (cp) {
    case U_ALEF_MADDA: case U_ALEF_HAMZA_ABOVE: case U_ALEF_HAMZA_BELOW:
    case U_ALEF_WASLA: case U_ALEF_WAVY_ABOVE: case U_ALEF_WAVY_BELOW: case U_ALEF_HIGH_HAMZA:
        *to = U_ALEF;
        return RASD_NORM_ALEF;
    case U_ALEF_MAQSURA: *to = U_YEH; return RASD_NORM_ALEF_MAQSURA;
    case U_TEH_MARBUTA: *to = U_HEH; return RASD_NORM_TEH_MARBUTA;
    case U_WAW_HAMZA: case U_YEH_HAMZA: *to = U_HAMZA; return RASD_NORM_HAMZA;
    case U_FARSI_YEH: case U_YEH_E: case U_YEH_BARREE: *to = U_YEH; return RASD_NORM_PERSIAN;
    case U_KEHEH: *to = U_KAF; return RASD_NORM_PERSIAN;
    case U_AE: case U_HEH_GOAL: case U_HEH_DOACHASHMEE: case U_HEH_YEH_ABOVE:
    case U_HEH_GOAL_HAMZA:
        *to = U_HEH;
        return RASD_NORM_PERSIAN;
    case U_TEH_MARBUTA_GOAL: *to = U_TEH_MARBUTA; return RASD_NORM_PERSIAN;
    default: return 0;
    }
}

/* NFKC of a presentation form (compatibility decomposition, then canonical composition,
 * so that ﻷ becomes ل + أ and not ل + ا + hamza above), leading spaces dropped (the isolated
 * harakat forms decompose to SPACE + mark). Returns the byte length written to out
 * (CHARTAB_MAPMAX bytes), 0 if there is nothing to unfold. */
static size_t presentation_map(int32_t cp, char *out)
{
    char src[4];
    utf8proc_uint8_t *dst = NULL;
    size_t n = utf8_encode(cp, src);
    utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)src, (utf8proc_ssize_t)n, &dst,
                                        UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
    size_t skip = 0;
    if (len < 0) {
        free(dst);
        return 0;
    }
    while (skip < (size_t)len && dst[skip] == ' ')
        skip++;
    n = (size_t)len - skip;
    if (n == 0 || n > CHARTAB_MAPMAX || (n == 1 && dst[skip] == (unsigned char)cp)) {
        free(dst);
        return 0;
    }
    memcpy(out, dst + skip, n);
    free(dst);
    return n;
}

/* Whether any code point of map[0,n) has a rule of its own (ۃ → ة → ه). */
static int needs_chain(const char *map, size_t n)
{
    for (size_t i = 0; i < n;) {
        int32_t c, to;
        const utf8proc_property_t *p;
        i += utf8_decode((const unsigned char *)map + i, n - i, &c);
        if (c < 0)
            return 0;
        p = utf8proc_get_property(c);
        if (letter_rule(c, &to) || c == U_TATWEEL || p->category == UTF8PROC_CATEGORY_MN ||
            p->category == UTF8PROC_CATEGORY_CF || p->category == UTF8PROC_CATEGORY_ND ||
            utf8proc_tolower(c) != c)
            return 1;
    }
    return 0;
}

/* Computes the entry of cp; its replacement bytes go to map (CHARTAB_MAPMAX bytes). */
static void classify(int32_t cp, cinfo *ci, char *map)
{
    const utf8proc_property_t *p = utf8proc_get_property(cp);
    int32_t to = 0;
    unsigned rule;
    memset(ci, 0, sizeof *ci);
    ci->cls = class_of(cp, p);
    ci->script = is_arabic_block(cp) ? SC_ARABIC : is_latin(cp) ? SC_LATIN
               : ci->cls == CL_LETTER || ci->cls == CL_MARK ? SC_OTHER : SC_COMMON;
    if (ci->cls == CL_DIGIT)
        ci->digit = digit_value(cp);
    if ((rule = letter_rule(cp, &to)) != 0) {
        ci->rule = (uint16_t)rule;
        ci->maplen = (uint8_t)utf8_encode(to, map);
    } else if (cp == U_TATWEEL) {
        ci->rule = RASD_NORM_TATWEEL;
    } else if (ci->cls == CL_MARK && ci->script == SC_ARABIC) {
        ci->rule = RASD_NORM_DIACRITICS;
    } else if (ci->cls == CL_IGNORE) {
        ci->rule = RASD_NORM_CONTROLS;
    } else if (ci->cls == CL_DIGIT && cp > '9') {
        ci->rule = RASD_NORM_DIGITS;
        map[0] = (char)('0' + ci->digit);
        ci->maplen = 1;
    } else if (cp == U_DECIMAL_SEP || cp == U_THOUSANDS_SEP) {
        ci->rule = RASD_NORM_DIGITS;
        map[0] = cp == U_DECIMAL_SEP ? '.' : ',';
        ci->maplen = 1;
    } else if (is_presentation(cp) && (ci->maplen = (uint8_t)presentation_map(cp, map)) > 0) {
        ci->rule = RASD_NORM_PRESENTATION;
    } else if (utf8proc_tolower(cp) != cp) {
        ci->rule = RASD_NORM_CASEFOLD;
        ci->maplen = (uint8_t)utf8_encode(utf8proc_tolower(cp), map);
    }
    ci->chain = ci->rule == RASD_NORM_PRESENTATION || (ci->maplen && needs_chain(map, ci->maplen));
}

static rasd_status fill(chartab *t, cinfo *slot, int32_t cp, rbuf *pool)
{
    char map[CHARTAB_MAPMAX];
    rasd_status rc = RASD_OK;
    classify(cp, slot, map);
    slot->mapoff = (uint32_t)pool->n;
    rbuf_add(pool, map, slot->maplen, &rc);
    (void)t;
    return rc;
}

rasd_status chartab_build(chartab *t)
{
    rbuf pool = {0};
    rasd_status rc = RASD_OK;
    for (int32_t cp = 0; cp < CHARTAB_DIRECT && !rc; cp++)
        rc = fill(t, &t->low[cp], cp, &pool);
    for (int32_t cp = CHARTAB_HIGH_LO; cp < 0x10000 && !rc; cp++)
        rc = fill(t, &t->high[cp - CHARTAB_HIGH_LO], cp, &pool);
    if (rc) {
        rbuf_free(&pool);
        return rc;
    }
    t->pool = pool.p;
    t->pool_len = pool.n;
    return RASD_OK;
}

void chartab_free(chartab *t)
{
    free(t->pool);
    t->pool = NULL;
}

const cinfo *chartab_get(const chartab *t, int32_t cp, cinfo *tmp, char *tmpmap)
{
    if (cp >= 0 && cp < CHARTAB_DIRECT)
        return &t->low[cp];
    if (cp >= CHARTAB_HIGH_LO && cp < 0x10000)
        return &t->high[cp - CHARTAB_HIGH_LO];
    classify(cp, tmp, tmpmap);
    tmp->mapoff = UINT32_MAX;
    return tmp;
}

const char *chartab_map(const chartab *t, const cinfo *ci, const char *tmpmap)
{
    return ci->mapoff == UINT32_MAX ? tmpmap : t->pool + ci->mapoff;
}

/* Appends cp's normalisation. When a replacement has rules of its own (a presentation form
 * unfolds to letters, ۃ becomes ة), the other rules then apply to it; a rule never applies
 * twice, so the chain ends. */
void norm_cp(const chartab *t, unsigned flags, int32_t cp, rbuf *out, rasd_status *rc)
{
    cinfo tmp;
    char tmpmap[CHARTAB_MAPMAX], enc[4];
    const cinfo *ci = chartab_get(t, cp, &tmp, tmpmap);
    if (!(ci->rule & flags)) {
        rbuf_add(out, enc, utf8_encode(cp, enc), rc);
        return;
    }
    const char *m = chartab_map(t, ci, tmpmap);
    if (!ci->chain) {
        rbuf_add(out, m, ci->maplen, rc);
        return;
    }
    for (size_t i = 0; i < ci->maplen;) {
        int32_t c2;
        i += utf8_decode((const unsigned char *)m + i, ci->maplen - i, &c2);
        if (c2 >= 0)
            norm_cp(t, flags & ~(unsigned)ci->rule, c2, out, rc);
    }
}
