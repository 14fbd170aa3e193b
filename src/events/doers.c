/* doers.c — the doer of a passive accusation (issue 16, events41).
 *
 * A verb of accusation right before بـ and its charge has no object between: it is the
 * passive (اتُّهم بقضايا إرهابية، واتهم بالقتل غير العمد، اتهموا بتعاطي المنشطات); the one
 * it names or the relative's antecedent is the accused, and the accuser is not said. The
 * rules, reading the active, gave as its actor whoever stood before it (محسن الفضلي الذي
 * اتهم بقضايا → الفضلي the accuser; كينياتا، الذي كان قد اتهم بارتكاب جرائم → أوباما
 * named before him). No accuser is guessed: the event keeps no actor. Not when its actor
 * is the word after the verb (واتهمت باكستان الهند: a name in ب is the subject), nor a verb
 * with its object as a pronoun (واتهمتها باشاعة: active). Runs once over the article's
 * events after they are all found (ev_find_events). */
#include "events/ev.h"
#include "events/letters.h"

#include <string.h>


/* Whether the two bytes at p are an Arabic diacritic (U+064B..U+0652) or a tatweel. */
static int mark(const unsigned char *p)
{
    return (p[0] == 0xd9 && p[1] >= 0x8b && p[1] <= 0x92) || (p[0] == 0xd9 && p[1] == 0x80);
}

/* The letters of [a, b) without diacritics into out (at most cap - 1 bytes); its length. */
static size_t bare(const char *t, uint32_t a, uint32_t b, char *out, size_t cap)
{
    size_t n = 0;
    for (uint32_t i = a; i < b && n + 2 < cap;) {
        const unsigned char *p = (const unsigned char *)t + i;
        if (i + 1 < b && (p[0] & 0xe0) == 0xc0) {
            if (!mark(p))
                out[n++] = (char)p[0], out[n++] = (char)p[1];
            i += 2;
        } else
            out[n++] = (char)p[0], i++;
    }
    out[n] = 0;
    return n;
}

/* Whether w (n bytes, no diacritics) is a finite verb of accusation with no pronoun object:
 * it ends in تهم، تهمت، تهموا، تهمون (اتهم، واتهمت، يتهمون), not the noun اتهام. */
static int accusing_verb(const char *w, size_t n)
{
    static const char *const ends[] = {"\xd8\xaa\xd9\x87\xd9\x85",               /* تهم */
                                       "\xd8\xaa\xd9\x87\xd9\x85\xd8\xaa",       /* تهمت */
                                       "\xd8\xaa\xd9\x87\xd9\x85\xd9\x88\xd8\xa7", /* تهموا */
                                       "\xd8\xaa\xd9\x87\xd9\x85\xd9\x88\xd9\x86"}; /* تهمون */
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
        size_t m = strlen(ends[k]);
        if (n >= m && memcmp(w + n - m, ends[k], m) == 0)
            return 1;
    }
    return 0;
}

/* Whether the word at token k, which starts with ب, is the active's object rather than the
 * passive's charge: a quantifier or a group's head (data/events.tsv "group": اتهمت بعض
 * الشخصيات), or a word before another in ب within two words (اتهمت بلدانهم بأنها، يتهم بعض
 * المحللين بـ: that one is the charge). */
static int object_in_beh(ev_scan *s, size_t k)
{
    size_t n;
    if (ev_word_is(s, k, 0, EK_GROUP, NULL, &n))
        return 1;
    for (size_t i = k + 1; i < s->nt && i <= k + 2; i++) {
        if (s->t[i].kind == RASD_TOK_PUNCT)
            return 0;
        if (s->t[i].norm_len >= LETTERS(1) && letter_is(s->t[i].norm, U_BEH))
            return 1;
    }
    return 0;
}

void ev_passive_accusations(const rasd_doc *doc, ev_scan *s, struct ev_doc *x)
{
    char w[64];
    for (size_t k = 0; k < x->nevents; k++) {
        rasd_event *ev = &x->events[k];
        if (strcmp(ev->type, "accuse") != 0 || ev->nactors == 0 || ev->trigger_end >= doc->len)
            continue;
        size_t n = bare(doc->text, ev->trigger_start, ev->trigger_end, w, sizeof w);
        uint32_t j = ev->trigger_end;
        while (j < doc->len && (doc->text[j] == ' ' || doc->text[j] == '\n'))
            j++;
        if (!accusing_verb(w, n) || j == ev->trigger_end || j + 2 > doc->len ||
            !letter_is(doc->text + j, U_BEH))
            continue;
        int named_after = 0;
        for (size_t a = 0; a < ev->nactors; a++)
            named_after |= ev->actor_start[a] == j;
        size_t tk = ev_token_at(s, j);
        if (named_after || tk == s->nt || object_in_beh(s, tk))
            continue;                  /* واتهمت باكستان الهند: the subject */
        ev->nactors = 0;               /* اتُّهم بـ: the accuser is not said */
        ev->target_only = 0;
        ev_event_rehash(ev);
    }
}
