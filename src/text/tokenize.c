/* tokenize.c — one pass over the text: decode, classify, normalise, cut into tokens.
 *
 * Every token keeps the [start, end) bytes of its source; its normalised form is built in
 * the same pass into the doc's string buffer. Kinds (rasd.h): words by script, numbers in
 * any digit set with ٫ . , ٬ between digits, URLs, e-mail addresses, #hashtags, @mentions,
 * punctuation (a run of dots is one token) and symbols. Invisible format characters (ZWNJ,
 * bidi marks) never split a word and never start or end one. Invalid UTF-8 is a separator,
 * counted once. Line breaks and invalid bytes are remembered on the next token: the
 * sentence splitter ends a sentence there.
 */
#include "core/internal.h"

#include <string.h>

typedef struct scan {
    const chartab *t;
    unsigned flags;
    const unsigned char *s;
    size_t len;
    rasd_doc *d;
    rasd_status rc;
    uint8_t nl;      /* a line break since the last token */
} scan;

/* One decoded code point and what the table says of it. */
typedef struct ch {
    int32_t cp;          /* -1: invalid UTF-8 */
    size_t n;            /* bytes */
    const cinfo *ci;
    cinfo tmp;
    char tmpmap[CHARTAB_MAPMAX];
} ch;

static inline void peek(const scan *sc, size_t pos, ch *c)
{
    const unsigned char *p = sc->s + pos;
    if (p[0] < 0x80) {
        c->cp = p[0];
        c->n = 1;
        c->ci = &sc->t->low[p[0]];
        return;
    }
    /* Two-byte sequences (all of Arabic) inline: lead C2..DF, then a continuation byte. */
    if (p[0] >= 0xC2 && p[0] <= 0xDF && pos + 1 < sc->len && (p[1] & 0xC0) == 0x80) {
        c->cp = (p[0] & 0x1F) << 6 | (p[1] & 0x3F);
        c->n = 2;
        c->ci = &sc->t->low[c->cp];
        return;
    }
    c->n = utf8_decode(p, sc->len - pos, &c->cp);
    c->ci = c->cp < 0 ? NULL : chartab_get(sc->t, c->cp, &c->tmp, c->tmpmap);
}

/* Appends the normalisation of the code point at pos to the doc's string buffer. */
static inline void emit(scan *sc, size_t pos, const ch *c)
{
    rbuf *b = &sc->d->str;
    const cinfo *ci = c->ci;
    if (b->n + CHARTAB_MAPMAX > b->cap)
        rbuf_reserve(b, CHARTAB_MAPMAX, &sc->rc);
    if (sc->rc)
        return;
    if (!(ci->rule & sc->flags)) {
        const unsigned char *src = sc->s + pos;
        char *dst = b->p + b->n;
        switch (c->n) {     /* 1-4 bytes: cheaper than a call to memcpy */
        case 4: dst[3] = (char)src[3]; /* fall through */
        case 3: dst[2] = (char)src[2]; /* fall through */
        case 2: dst[1] = (char)src[1]; /* fall through */
        default: dst[0] = (char)src[0];
        }
        b->n += c->n;
    } else if (!ci->chain) {
        memcpy(b->p + b->n, chartab_map(sc->t, ci, c->tmpmap), ci->maplen);
        b->n += ci->maplen;
    } else {
        norm_cp(sc->t, sc->flags, c->cp, b, &sc->rc);
    }
}

static inline void push(scan *sc, size_t start, size_t end, size_t norm_off, rasd_token_kind kind)
{
    rasd_doc *d = sc->d;
    if (d->nraw == d->raw_cap) {
        d->raw = grow_array(d->raw, &d->raw_cap, d->nraw + 1, sizeof *d->raw, &sc->rc);
        if (sc->rc)
            return;
    }
    tok_raw *t = &d->raw[d->nraw++];
    t->start = (uint32_t)start;
    t->end = (uint32_t)end;
    t->norm_off = (uint32_t)norm_off;
    t->norm_len = (uint32_t)(d->str.n - norm_off);
    t->stem_off = t->norm_off;
    t->stem_len = t->norm_len;
    t->kind = (uint8_t)kind;
    t->nl_before = sc->nl;
    sc->nl = 0;
}

static void add_raw(scan *sc, size_t from, size_t to)
{
    rbuf_add(&sc->d->str, sc->s + from, to - from, &sc->rc);
}

static int is_ascii_alnum(int c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static void add_lower_ascii(scan *sc, size_t from, size_t to)
{
    rbuf *b = &sc->d->str;
    rbuf_reserve(b, to - from, &sc->rc);
    if (sc->rc)
        return;
    for (size_t i = from; i < to; i++) {
        unsigned char c = sc->s[i];
        b->p[b->n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
}

/* ------------------------------------------------------------------ words */

/* Appends a rewritten code point (its rule is on) at b->p + *bn, growing as needed. */
static void emit_rule(scan *sc, int32_t cp, const cinfo *ci, const char *tmpmap, size_t *bn)
{
    rbuf *b = &sc->d->str;
    b->n = *bn;
    if (!ci->chain)
        rbuf_add(b, chartab_map(sc->t, ci, tmpmap), ci->maplen, &sc->rc);
    else
        norm_cp(sc->t, sc->flags, cp, b, &sc->rc);
    *bn = b->n;
}

/* Extends a word from pos over letters of `script`, marks and invisible characters (and,
 * for Latin, digits: G20, 3D). *end becomes the end of the word's last visible character
 * and *norm_end the end of its normalised form (trailing invisibles belong to neither).
 * This loop is the hot path of the whole analysis: two-byte characters (all of Arabic) are
 * decoded inline and the output position lives in a local until the loop ends. */
static size_t word_loop(scan *sc, size_t pos, int script, size_t *end_out, size_t *norm_end_out,
                        int *only_tatweel_out)
{
    const unsigned char *s = sc->s;
    const size_t len = sc->len;
    const cinfo *low = sc->t->low;
    const unsigned flags = sc->flags;
    rbuf *b = &sc->d->str;
    size_t end = *end_out, norm_end = *norm_end_out, bn = b->n;
    int only_tatweel = *only_tatweel_out;
    ch c;
    while (pos < len) {
        const cinfo *ci;
        const char *tmpmap = NULL;
        size_t n;
        int32_t cp;
        unsigned c0 = s[pos];
        if (c0 >= 0xC2 && c0 <= 0xDF && pos + 1 < len && (s[pos + 1] & 0xC0) == 0x80) {
            cp = (int32_t)((c0 & 0x1F) << 6 | (s[pos + 1] & 0x3Fu));
            n = 2;
            ci = &low[cp];
        } else {
            peek(sc, pos, &c);
            if (c.cp < 0)
                break;
            cp = c.cp, n = c.n, ci = c.ci, tmpmap = c.tmpmap;
        }
        uint8_t cls = ci->cls;
        if (cls == CL_LETTER) {
            if (ci->script != script)
                break;
            only_tatweel &= cp == 0x0640;
        } else if (cls == CL_DIGIT) {
            if (script != SC_LATIN)
                break;
            only_tatweel = 0;
        } else if (cls != CL_MARK && cls != CL_IGNORE) {
            break;
        }
        if (b->cap - bn < CHARTAB_MAPMAX) {
            b->n = bn;
            rbuf_reserve(b, CHARTAB_MAPMAX, &sc->rc);
            if (sc->rc)
                break;
        }
        if (!(ci->rule & flags)) {
            char *dst = b->p + bn;
            for (size_t k = 0; k < n; k++)
                dst[k] = (char)s[pos + k];
            bn += n;
        } else {
            emit_rule(sc, cp, ci, tmpmap, &bn);
        }
        pos += n;
        if (cls != CL_IGNORE) {
            end = pos;
            norm_end = bn;
        }
    }
    b->n = bn;
    *end_out = end;
    *norm_end_out = norm_end;
    *only_tatweel_out = only_tatweel;
    return pos;
}

static size_t scan_word(scan *sc, size_t pos, int script)
{
    size_t start = pos, end = pos, norm_off = sc->d->str.n, norm_end = norm_off;
    int only_tatweel = 1;
    word_loop(sc, pos, script, &end, &norm_end, &only_tatweel);
    if (sc->rc)
        return end;
    sc->d->str.n = norm_end;
    if (only_tatweel) {           /* ـ used as a dash */
        sc->d->str.n = norm_off;
        add_raw(sc, start, end);
        push(sc, start, end, norm_off, RASD_TOK_PUNCT);
        return end;
    }
    push(sc, start, end, norm_off,
         script == SC_ARABIC ? RASD_TOK_ARABIC : script == SC_LATIN ? RASD_TOK_LATIN : RASD_TOK_WORD);
    return end;
}

/* ---------------------------------------------------------------- numbers */

static int is_num_sep(int32_t cp)
{
    return cp == '.' || cp == ',' || cp == 0x066B || cp == 0x066C;
}

static size_t scan_number(scan *sc, size_t pos)
{
    size_t start = pos, norm_off = sc->d->str.n;
    ch c = {.cp = -1}, c2;
    while (pos < sc->len) {
        peek(sc, pos, &c);
        if (c.cp >= 0 && c.ci->cls == CL_DIGIT) {
            emit(sc, pos, &c);
            pos += c.n;
            continue;
        }
        if (c.cp >= 0 && is_num_sep(c.cp) && pos + c.n < sc->len) {
            peek(sc, pos + c.n, &c2);
            if (c2.cp >= 0 && c2.ci->cls == CL_DIGIT) {
                emit(sc, pos, &c);
                pos += c.n;
                continue;
            }
        }
        break;
    }
    if (pos < sc->len && c.cp >= 0 && c.ci->cls == CL_LETTER && c.ci->script == SC_LATIN) {
        size_t end = pos, norm_end = sc->d->str.n;
        int only_tatweel = 0;
        word_loop(sc, pos, SC_LATIN, &end, &norm_end, &only_tatweel);
        sc->d->str.n = norm_end;
        push(sc, start, end, norm_off, RASD_TOK_LATIN);   /* 5G, 3D, 20th */
        return end;
    }
    push(sc, start, pos, norm_off, RASD_TOK_NUMBER);
    return pos;
}

/* ----------------------------------------------------- URLs and e-mail */

static int has_prefix_ci(const scan *sc, size_t pos, const char *p)
{
    size_t n = strlen(p);
    if (pos + n > sc->len)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = sc->s[pos + i];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)p[i])
            return 0;
    }
    return 1;
}

static size_t url_prefix(const scan *sc, size_t pos)
{
    static const char *const pre[] = {"https://", "http://", "ftp://", "www."};
    for (size_t i = 0; i < sizeof pre / sizeof *pre; i++) {
        size_t n = strlen(pre[i]);
        if (has_prefix_ci(sc, pos, pre[i]) && pos + n < sc->len && sc->s[pos + n] > ' ')
            return n;
    }
    return 0;
}

/* Code points that end a URL: quotes, angle brackets, Arabic punctuation. */
static int url_stop(int32_t cp, const cinfo *ci)
{
    if (ci->cls == CL_SPACE || ci->cls == CL_NEWLINE || ci->cls == CL_CONTROL ||
        ci->cls == CL_OTHER || ci->cls == CL_IGNORE)
        return 1;
    switch (cp) {
    case '"': case '\'': case '<': case '>': case '`': case 0xAB: case 0xBB:
    case 0x060C: case 0x061B: case 0x061F: case 0x201C: case 0x201D: case 0x2018: case 0x2019:
        return 1;
    default:
        return 0;
    }
}

static size_t scan_url(scan *sc, size_t pos)
{
    size_t start = pos, parens = 0;
    ch c;
    while (pos < sc->len) {
        peek(sc, pos, &c);
        if (c.cp < 0 || url_stop(c.cp, c.ci))
            break;
        parens += c.cp == '(';
        pos += c.n;
    }
    /* Trailing sentence punctuation is not part of the URL. */
    while (pos > start) {
        unsigned char last = sc->s[pos - 1];
        if (strchr(".,:;!?]}", last) || (last == ')' && parens == 0))
            pos--;
        else
            break;
    }
    size_t norm_off = sc->d->str.n;
    add_raw(sc, start, pos);
    push(sc, start, pos, norm_off, RASD_TOK_URL);
    return pos;
}

static int email_local(unsigned char c)
{
    return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* Length of an e-mail address at pos (local@label.label…, last label 2+ letters), or 0. */
static size_t email_len(const scan *sc, size_t pos)
{
    size_t i = pos, dot = 0, tld = 0;
    while (i < sc->len && email_local(sc->s[i]))
        i++;
    if (i == pos || i + 1 >= sc->len || sc->s[i] != '@')
        return 0;
    i++;
    size_t dom = i;
    while (i < sc->len && (is_ascii_alnum(sc->s[i]) || sc->s[i] == '-' || sc->s[i] == '.')) {
        if (sc->s[i] == '.') {
            if (i == dom || sc->s[i - 1] == '.')
                break;
            dot = i;
            tld = 0;
        } else {
            tld = (sc->s[i] >= '0' && sc->s[i] <= '9') ? 0 : tld + 1;
        }
        i++;
    }
    while (i > dom && sc->s[i - 1] == '.')
        i--;
    if (!dot || dot >= i || tld < 2 || i - dot - 1 < 2)
        return 0;
    return i - pos;
}

static size_t scan_email(scan *sc, size_t pos, size_t n)
{
    size_t norm_off = sc->d->str.n;
    add_lower_ascii(sc, pos, pos + n);
    push(sc, pos, pos + n, norm_off, RASD_TOK_EMAIL);
    return pos + n;
}

/* ----------------------------------------------- hashtags, mentions, punct */

static size_t scan_hashtag(scan *sc, size_t pos, size_t hash_len)
{
    size_t start = pos, end = pos + hash_len, norm_off = sc->d->str.n;
    ch c;
    rbuf_addc(&sc->d->str, '#', &sc->rc);
    size_t norm_end = sc->d->str.n;
    pos += hash_len;
    while (pos < sc->len) {
        peek(sc, pos, &c);
        if (c.cp < 0)
            break;
        uint8_t cls = c.ci->cls;
        if (!(cls == CL_LETTER || cls == CL_MARK || cls == CL_DIGIT || cls == CL_IGNORE ||
              c.cp == '_'))
            break;
        emit(sc, pos, &c);
        pos += c.n;
        if (cls != CL_IGNORE) {
            end = pos;
            norm_end = sc->d->str.n;
        }
    }
    sc->d->str.n = norm_end;
    push(sc, start, end, norm_off, RASD_TOK_HASHTAG);
    return end;
}

static size_t scan_mention(scan *sc, size_t pos)
{
    size_t end = pos + 1, norm_off = sc->d->str.n;
    while (end < sc->len && (is_ascii_alnum(sc->s[end]) || sc->s[end] == '_'))
        end++;
    add_lower_ascii(sc, pos, end);
    push(sc, pos, end, norm_off, RASD_TOK_MENTION);
    return end;
}

static size_t scan_single(scan *sc, size_t pos, const ch *c, rasd_token_kind kind)
{
    size_t norm_off = sc->d->str.n, end = pos + c->n;
    emit(sc, pos, c);
    if (c->cp == '.')
        while (end < sc->len && sc->s[end] == '.') {
            rbuf_addc(&sc->d->str, '.', &sc->rc);
            end++;
        }
    push(sc, pos, end, norm_off, kind);
    return end;
}

static size_t scan_punct(scan *sc, size_t pos, const ch *c)
{
    if ((c->cp == '#' || c->cp == 0xFF03) && pos + c->n < sc->len) {
        ch nx;
        peek(sc, pos + c->n, &nx);
        if (nx.cp >= 0 && (nx.ci->cls == CL_LETTER || nx.ci->cls == CL_DIGIT || nx.cp == '_'))
            return scan_hashtag(sc, pos, c->n);
    }
    if (c->cp == '@' && pos + 1 < sc->len && (is_ascii_alnum(sc->s[pos + 1]) || sc->s[pos + 1] == '_'))
        return scan_mention(sc, pos);
    return scan_single(sc, pos, c, RASD_TOK_PUNCT);
}

static size_t scan_letter(scan *sc, size_t pos, const ch *c)
{
    if (c->ci->script == SC_LATIN) {
        size_t n;
        if ((c->cp | 32) == 'h' || (c->cp | 32) == 'w' || (c->cp | 32) == 'f') {
            if (url_prefix(sc, pos))
                return scan_url(sc, pos);
        }
        if ((n = email_len(sc, pos)) != 0)
            return scan_email(sc, pos, n);
    }
    return scan_word(sc, pos, c->ci->script);
}

rasd_status tokenize(const rasd_engine *e, rasd_doc *d)
{
    scan sc = {&e->tab, e->cfg.norm_flags, (const unsigned char *)d->text, d->len, d, RASD_OK, 0};
    size_t pos = 0, n;
    ch c;
    while (pos < sc.len && !sc.rc) {
        peek(&sc, pos, &c);
        if (c.cp < 0) {
            if (d->invalid++ == 0)
                d->first_invalid = pos;
            sc.nl = 1;      /* corrupt bytes end a sentence, so no range ever holds them */
            pos += c.n;
            continue;
        }
        switch (c.ci->cls) {
        case CL_LETTER: pos = scan_letter(&sc, pos, &c); break;
        case CL_DIGIT:
            n = email_len(&sc, pos);
            pos = n ? scan_email(&sc, pos, n) : scan_number(&sc, pos);
            break;
        case CL_PUNCT: pos = scan_punct(&sc, pos, &c); break;
        case CL_SYMBOL: pos = scan_single(&sc, pos, &c, RASD_TOK_SYMBOL); break;
        case CL_NEWLINE: sc.nl = 1; pos += c.n; break;
        default: pos += c.n; break;   /* spaces, controls, stray marks, invisibles */
        }
    }
    return sc.rc;
}
