/* letters.h — the letters, affixes and marks that src/events/ tests on bytes, named (the way
 * src/text/stem.c and src/entities/features.c name theirs). Words are not here: a word that
 * is matched as a word is in data/dates.tsv, quotes.tsv or events.tsv.
 *
 * Tokens are compared in their normalised form (docs/TEXT.md), where every Arabic letter is
 * two bytes of UTF-8 (U+0600–U+06FF: 0xd8 or 0xd9, then one more) and hamza seats, alef
 * forms, alef maqsura and taa marbuta are folded (أ إ آ → ا, ى → ي, ة → ه). Each letter is a
 * string literal, so affixes are spelt by juxtaposition (U_ALEF U_LAM: the article ال). */
#ifndef RASD_EV_LETTERS_H
#define RASD_EV_LETTERS_H

#include <stddef.h>
#include <string.h>

#define U_ALEF "\xd8\xa7"          /* ا U+0627 */
#define U_ALEF_HAMZA_BELOW "\xd8\xa5"  /* إ U+0625 (folded to ا in norms) */
#define U_BEH "\xd8\xa8"           /* ب U+0628 */
#define U_TEH "\xd8\xaa"           /* ت U+062A */
#define U_HAH "\xd8\xad"           /* ح U+062D */
#define U_DAL "\xd8\xaf"           /* د U+062F */
#define U_REH "\xd8\xb1"           /* ر U+0631 */
#define U_ZAIN "\xd8\xb2"          /* ز U+0632 */
#define U_DAD "\xd8\xb6"           /* ض U+0636 */
#define U_SEEN "\xd8\xb3"          /* س U+0633 */
#define U_AIN "\xd8\xb9"           /* ع U+0639 */
#define U_QAF "\xd9\x82"           /* ق U+0642 */
#define U_FEH "\xd9\x81"           /* ف U+0641 */
#define U_KAF "\xd9\x83"           /* ك U+0643 */
#define U_LAM "\xd9\x84"           /* ل U+0644 */
#define U_MEEM "\xd9\x85"          /* م U+0645 */
#define U_NOON "\xd9\x86"          /* ن U+0646 */
#define U_HEH "\xd9\x87"           /* ه U+0647 (and ة, folded) */
#define U_WAW "\xd9\x88"           /* و U+0648 */
#define U_YEH "\xd9\x8a"           /* ي U+064A (and ى, folded) */
#define U_ALEF_MAQSURA "\xd9\x89"  /* ى U+0649 (in the word lists, before normalising) */

#define U_ARTICLE U_ALEF U_LAM     /* ال */

/* Punctuation (not normalised away). */
#define U_ARABIC_COMMA "\xd8\x8c"  /* ، U+060C */
#define U_ARABIC_QUESTION "\xd8\x9f" /* ؟ U+061F */
#define U_LAQUO "\xc2\xab"         /* « U+00AB */
#define U_RAQUO "\xc2\xbb"         /* » U+00BB */
#define U_LSQUO "\xe2\x80\x98"     /* ‘ U+2018 */
#define U_RSQUO "\xe2\x80\x99"     /* ’ U+2019 */
#define U_LDQUO "\xe2\x80\x9c"     /* “ U+201C */
#define U_RDQUO "\xe2\x80\x9d"     /* ” U+201D */
#define U_BDQUO "\xe2\x80\x9e"     /* „ U+201E */
#define U_FATHA "\xd9\x8e"         /* َ U+064E (diacritics: in the text, never in norms) */
#define U_DAMMA "\xd9\x8f"         /* ُ U+064F */
#define U_KASRA "\xd9\x90"         /* ِ U+0650 */
#define U_SUKUN "\xd9\x92"         /* ْ U+0652 */

/* Bytes of n Arabic letters. */
#define LETTERS(n) (2 * (n))

/* Whether the letter at p (two bytes) is the letter u (one of the U_ letters above). */
static inline int letter_is(const char *p, const char *u)
{
    return p[0] == u[0] && p[1] == u[1];
}

/* Whether the word w of n bytes starts with the affix a (U_ letters juxtaposed). */
static inline int starts_with(const char *w, size_t n, const char *a)
{
    size_t k = strlen(a);
    return n >= k && memcmp(w, a, k) == 0;
}

/* Whether the word w of n bytes is exactly the word a (U_ letters juxtaposed). */
static inline int word_equals(const char *w, size_t n, const char *a)
{
    return n == strlen(a) && memcmp(w, a, n) == 0;
}

/* Whether the word w of n bytes ends with the affix a. */
static inline int ends_with(const char *w, size_t n, const char *a)
{
    size_t k = strlen(a);
    return n >= k && memcmp(w + n - k, a, k) == 0;
}

#endif
