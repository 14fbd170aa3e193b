/* sentence.c — sentences from the token stream.
 *
 * A sentence ends
 *   - before a line break (news paragraphs and headlines are lines), and
 *   - after . ! ? ؟ ۔ ‼ ⁇ ⁈ ⁉, together with the closing quotes and brackets that follow
 *     it (” » ’ ) ] } ›, and " or ' written against the word before).
 * It does not end at
 *   - a dot after one letter written against it (initials J. K., د. for doctor, أ.د.) or
 *     after a Latin abbreviation (Mr. Dr. St. No. vs. etc. Inc. Ltd. Co. Jr. Sr. Prof.);
 *   - a dot written against Arabic letter groups on both sides, each one letter or a Latin
 *     letter's name (text_letter_group): a name spelt out (بي.بي.سي، إن.بي.سي، بي.إم.آي);
 *     nor a dot written against a letter's name with spaces after it, in a chain of three
 *     names or more (acr64: إتش. إس. بي. سي، سي. إن. إن);
 *     436 SaudiNewsNet articles outside drawn.txt have a dotted short group, and the recall
 *     set's parts lost four quotes to the break (unseen9, unseen16, unseen27, unseen29);
 *   - a terminal mark followed by a lower-case Latin word;
 *   - an ellipsis (… or ..), which in news marks words left out of a quotation;
 *   - ؛ (semicolon) or : (colon);
 *   - a dot between digits (numbers are single tokens: 3.5, ٣٫٥).
 * A "sentence" of punctuation only (a stray & on the last line) is not reported.
 */
#include "core/internal.h"

#include <string.h>

static int32_t single_cp(const rasd_doc *d, const tok_raw *t)
{
    int32_t cp;
    size_t n = utf8_decode((const unsigned char *)d->text + t->start, t->end - t->start, &cp);
    return n == t->end - t->start ? cp : -1;
}

static int is_terminal(const rasd_doc *d, const tok_raw *t)
{
    if (t->kind != RASD_TOK_PUNCT)
        return 0;
    switch (single_cp(d, t)) {
    case '.': case '!': case '?': case 0x061F: case 0x06D4:
    case 0x203C: case 0x2047: case 0x2048: case 0x2049:
        return 1;
    default:
        return 0;
    }
}

static int is_closer(const rasd_doc *d, const tok_raw *t, const tok_raw *prev)
{
    if (t->kind != RASD_TOK_PUNCT)
        return 0;
    switch (single_cp(d, t)) {
    case 0x201D: case 0xBB: case 0x2019: case ')': case ']': case '}': case 0x203A:
        return 1;
    case '"': case '\'':
        return t->start == prev->end;
    default:
        return 0;
    }
}

/* The Latin letters' names as Arabic writes them, normalised (أ إ آ → ا), that spell a
 * name with dots: بي.بي.سي، إن.بي.سي، إتش.إس.بي.سي، جيه.إل.إل (err61: of the letter groups
 * in names of three groups or more over SaudiNewsNet outside drawn.txt, all but a handful
 * are one letter or one of these). */
static const struct {
    const char *name;
    char latin;
} letter_names[] = {
    {"ايه", 'A'}, {"اي", 'I'}, {"بي", 'B'}, {"سي", 'C'}, {"دي", 'D'},
    {"اف", 'F'}, {"جي", 'G'}, {"اتش", 'H'}, {"ايتش", 'H'},
    {"جيه", 'J'}, {"جاي", 'J'}, {"كيه", 'K'}, {"كي", 'K'},
    {"ال", 'L'}, {"ام", 'M'}, {"ان", 'N'}, {"او", 'O'}, {"كيو", 'Q'},
    {"ار", 'R'}, {"اس", 'S'}, {"تي", 'T'}, {"يو", 'U'}, {"في", 'V'},
    {"دبليو", 'W'}, {"اكس", 'X'}, {"واي", 'Y'},
    {"زد", 'Z'}, {"زي", 'Z'}};

char text_letter_name(const char *norm, size_t n)
{
    for (size_t i = 0; n <= 10 && i < sizeof letter_names / sizeof *letter_names; i++)
        if (n == strlen(letter_names[i].name) && memcmp(norm, letter_names[i].name, n) == 0)
            return letter_names[i].latin;
    return 0;
}

int text_letter_group(const char *norm, size_t n)
{
    size_t cps = 0;
    if (n > 10)                    /* دبليو, the longest name, is 10 bytes */
        return 0;
    for (size_t k = 0; k < n; k++)
        cps += ((unsigned char)norm[k] & 0xC0) != 0x80;
    return cps == 1 || text_letter_name(norm, n) != 0;
}

/* A dot between two Arabic letter groups with no space either side (بي.بي.سي، إم.إتش):
 * not a sentence written against the next without a space (به.كما). */
static int spelt_name(const rasd_doc *d, const tok_raw *dot, const tok_raw *prev,
                      const tok_raw *next)
{
    return next && prev->end == dot->start && dot->end == next->start &&
           single_cp(d, dot) == '.' && prev->kind == RASD_TOK_ARABIC &&
           next->kind == RASD_TOK_ARABIC &&
           text_letter_group(d->str.p + prev->norm_off, prev->norm_len) &&
           text_letter_group(d->str.p + next->norm_off, next->norm_len);
}

static int name_tok(const rasd_doc *d, const tok_raw *t)
{
    return t->kind == RASD_TOK_ARABIC && text_letter_name(d->str.p + t->norm_off, t->norm_len);
}

/* Whether raw[k] is a dot written against the letter name raw[k - 1] and followed, on its
 * line, by the letter name raw[k + 1] (spaces between or not). */
static int name_dot(const rasd_doc *d, size_t k)
{
    const tok_raw *r = d->raw;
    return k >= 1 && k + 1 < d->nraw && r[k - 1].end == r[k].start && !r[k + 1].nl_before &&
           single_cp(d, &r[k]) == '.' && name_tok(d, &r[k - 1]) && name_tok(d, &r[k + 1]);
}

/* A dot between letter names with spaces after it, in a chain of three names or more joined
 * by such dots (acr64: «إتش. إس. بي. سي», «سي. إن. إن»); two names stay two sentences
 * («... بي بي سي. في ...»). */
static int spaced_name(const rasd_doc *d, size_t i)
{
    const tok_raw *r = d->raw;
    if (i + 1 >= d->nraw || r[i].end == r[i + 1].start || !name_dot(d, i))
        return 0;
    size_t names = 2;
    for (size_t k = i; k >= 3 && names < 3 && name_dot(d, k - 2); k -= 2)
        names++;
    for (size_t k = i; k + 2 < d->nraw && names < 3 && name_dot(d, k + 2); k += 2)
        names++;
    return names >= 3;
}

static int is_abbrev(const rasd_doc *d, size_t i, const tok_raw *next)
{
    const tok_raw *dot = &d->raw[i], *prev = &d->raw[i - 1];
    if (spelt_name(d, dot, prev, next) || spaced_name(d, i))
        return 1;
    static const char *const abbr[] = {"mr", "mrs", "ms", "dr", "prof", "st", "no", "vs",
                                       "etc", "inc", "ltd", "co", "jr", "sr"};
    if (prev->end != dot->start || single_cp(d, dot) != '.')
        return 0;
    if (prev->kind != RASD_TOK_LATIN && prev->kind != RASD_TOK_ARABIC)
        return 0;
    int32_t cp;
    size_t n = utf8_decode((const unsigned char *)d->text + prev->start, prev->end - prev->start, &cp);
    if (n == prev->end - prev->start)
        return 1;                                  /* one letter */
    if (prev->kind != RASD_TOK_LATIN)
        return 0;
    for (size_t k = 0; k < sizeof abbr / sizeof *abbr; k++)
        if (prev->norm_len == strlen(abbr[k]) &&
            memcmp(d->str.p + prev->norm_off, abbr[k], prev->norm_len) == 0)
            return 1;
    return 0;
}

static int lower_latin(const rasd_doc *d, const tok_raw *t)
{
    unsigned char c = (unsigned char)d->text[t->start];
    return t->kind == RASD_TOK_LATIN && c >= 'a' && c <= 'z';
}

static void close_sentence(rasd_doc *d, size_t from, size_t to, rasd_status *rc)
{
    int words = 0;
    for (size_t i = from; i <= to && !words; i++)
        words = d->raw[i].kind != RASD_TOK_PUNCT && d->raw[i].kind != RASD_TOK_SYMBOL;
    if (!words)
        return;
    d->sents = grow_array(d->sents, &d->sents_cap, d->nsents + 1, sizeof *d->sents, rc);
    if (*rc)
        return;
    d->sents[d->nsents].start = d->raw[from].start;
    d->sents[d->nsents].end = d->raw[to].end;
    d->nsents++;
}

rasd_status split_sentences(rasd_doc *d)
{
    rasd_status rc = RASD_OK;
    size_t s = 0, n = d->nraw;
    for (size_t i = 0; i < n && !rc; i++) {
        if (i > s && d->raw[i].nl_before) {
            close_sentence(d, s, i - 1, &rc);
            s = i;
        }
        if (!is_terminal(d, &d->raw[i]) ||
            (i > 0 && is_abbrev(d, i, i + 1 < n ? &d->raw[i + 1] : NULL)))
            continue;
        size_t j = i;
        while (j + 1 < n && !d->raw[j + 1].nl_before &&
               (is_closer(d, &d->raw[j + 1], &d->raw[j]) || is_terminal(d, &d->raw[j + 1])))
            j++;
        if (j + 1 < n && !d->raw[j + 1].nl_before && lower_latin(d, &d->raw[j + 1]))
            continue;
        close_sentence(d, s, j, &rc);
        s = j + 1;
        i = j;
    }
    if (s < n && !rc)
        close_sentence(d, s, n - 1, &rc);
    return rc;
}
