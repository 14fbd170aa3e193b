/* later.c — one sense per article for names the recogniser cuts (issue 16, branch ner56;
 * docs/NER.md "Names the recogniser cuts").
 *
 *  - A proclitic that is the name's first letter (ent_keep_whole). The lexicon's rule cuts
 *    a one-letter ب, ف or و when the corpus knows the rest at least as well as the whole
 *    word, so a foreign name loses its first letter (فورد → ورد, باسوس → اسوس) whenever
 *    names.c's list of whole words does not know it. In one article the name shows itself
 *    whole: as a later word of a tagged name (هنري فورد: a later word is never cut), or as
 *    the first word of RECUR_MIN tagged names or more while its rest never stands alone or
 *    with another particle and the corpus hardly knows the rest (under REST_KNOWN: no
 *    word). Those tokens then keep the letter (strip_off 0), for keys and names alike.
 *  A second form, a surname alone after the full name tagged as that person (النجيفي after
 *  أسامة النجيفي), failed its fresh check (0.59 and 0.63 counting partly: the recogniser's
 *  own wrong PER names, مسك الخيرية، العبد المسلم، عمر الفئران, spread to every later
 *  word) and was dropped (docs/NER.md).
 */
#include "entities/res.h"

#include <string.h>

#define U_BEH "\xd8\xa8"
#define U_FEH "\xd9\x81"
#define U_WAW "\xd9\x88"

enum {
    LETTER = 2,       /* bytes of one Arabic letter: the proclitics tested here */
    RECUR_MIN = 3,    /* first words of tagged names that show a rare name whole */
    REST_KNOWN = 50,  /* corpus count from which the rest is a word of its own (ورد 533;
                         اسوس 12: the lexicon's floor is 10) */
    SCAN_MAX = 4096,  /* tokens scanned for a whole name's evidence (a longer doc: none) */
};

static int first_is(const rasd_token *t, const char *u)
{
    return t->norm_len >= LETTER && memcmp(t->norm, u, LETTER) == 0;
}

static int same_norm(const rasd_token *a, const rasd_token *b)
{
    return a->norm_len == b->norm_len && memcmp(a->norm, b->norm, a->norm_len) == 0;
}

/* Whether token i begins a tagged name (B-X, or I-X after another type). */
static int name_start(const uint8_t *tags, size_t i)
{
    return tags[i] && (tag_is_b(tags[i]) || i == 0 || tag_type(tags[i - 1]) != tag_type(tags[i]));
}

/* Whether token i lost a one-letter ب, ف or و that may be its name's first letter. */
static int cut_letter(const rasd_doc *doc, size_t i)
{
    const rasd_token *t = &doc->toks[i];
    return t->kind == RASD_TOK_ARABIC && ENT_DOC(doc)->facts[i].strip_off == LETTER &&
           (first_is(t, U_BEH) || first_is(t, U_FEH) || first_is(t, U_WAW));
}

/* Whether the article shows token i's word whole (see the top). */
static int shown_whole(const rasd_engine *e, const rasd_doc *doc, size_t i)
{
    const rasd_token *t = doc->toks, *w = &t[i];
    const tokfacts *f = ENT_DOC(doc)->facts;
    const uint8_t *tags = ENT_DOC(doc)->tags;
    size_t starts = 0;
    int rare = strmap_get(&e->lex, w->norm + LETTER, w->norm_len - LETTER) < REST_KNOWN;
    if (!rare && !first_is(w, U_FEH))
        return 0;      /* only a name's ف goes on as a later word (ent_with_particle) */
    for (size_t j = 0; j < doc->nraw; j++) {
        if (t[j].kind != RASD_TOK_ARABIC)
            continue;
        if (same_norm(&t[j], w)) {
            if (tags[j] && !name_start(tags, j) && (!ent_with_particle(doc, j) || first_is(w, U_FEH)))
                return 1;                      /* هنري فورد */
            starts += name_start(tags, j);
        } else if (t[j].norm_len - f[j].strip_off == w->norm_len - LETTER &&
                   memcmp(t[j].norm + f[j].strip_off, w->norm + LETTER, w->norm_len - LETTER) == 0) {
            return 0;                          /* the rest alone, or with another particle */
        }
    }
    return rare && starts >= RECUR_MIN;
}

void ent_keep_whole(const rasd_engine *e, rasd_doc *doc)
{
    const uint8_t *tags = ENT_DOC(doc)->tags;
    tokfacts *f = ENT_DOC(doc)->facts;
    if (!doc->text || doc->nraw > SCAN_MAX)
        return;
    for (size_t i = 0; i < doc->nraw; i++) {
        if (!tags[i] || !cut_letter(doc, i) || !shown_whole(e, doc, i))
            continue;
        for (size_t j = 0; j < doc->nraw; j++)   /* every token of that word (جيمس باسوس) */
            if (same_norm(&doc->toks[j], &doc->toks[i]) && f[j].strip_off == LETTER)
                f[j].strip_off = 0;
    }
}
