/* aside.c — words the quote rules pass over (branch quotes29, docs/EVENTS.md "Issue 16:
 * reported statements and speakers from unseen13's misses"):
 *  - a parenthetical between two dashes before a nominal complement (توقعت الرئاسة العامة
 *    للأرصاد وحماية البيئة في تقريرها عن حالة الطقس لهذا اليوم ـ بمشيئة الله تعالى ـ سماء
 *    غائمة): an aside of a few words, not part of the distance to the complement;
 *  - a nisba before a person's name (وقال الباراغوياني خوان انخل نابوت، قال الجمهوري جون
 *    بينر): one word with ال and ي or ية that the recogniser took for a person of its own
 *    right before the name it describes does not speak; the name does. */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

enum { ASIDE_WORDS = 5 };      /* words of a parenthetical between dashes, at most (بمشيئة
                                  الله تعالى: 3) */

/* Whether token i is a dash alone (ev_dash). */
static int dash_at(const qctx *q, size_t i)
{
    return ev_dash(q->doc, &q->s->t[i]);
}

/* The tokens of the first parenthetical between dashes that opens within COMP_GAP tokens
 * from j (before end): both dashes and at most ASIDE_WORDS words between, no reporting word,
 * no other punctuation; 0 when there is none. */
size_t qt_aside_len(const qctx *q, size_t j, size_t end)
{
    size_t n;
    for (size_t k = j; k < end && k < j + COMP_GAP; k++) {
        if (!dash_at(q, k))
            continue;
        for (size_t m = k + 1; m < end && m <= k + ASIDE_WORDS + 1; m++) {
            if (dash_at(q, m))
                return m > k + 1 ? m - k + 1 : 0;
            if (!ev_is_word(&q->s->t[m]) || qt_plain_cue(q, m, &n) ||
                ev_word_is(q->s, m, 1, EK_PART, NULL, &n))
                return 0;
        }
        return 0;
    }
    return 0;
}

/* Whether person mention en is a nisba right before a person's name that it describes: one
 * word (و before it allowed) with ال and ي or ية, neither a title nor a surname the
 * recogniser resolved, with a person's full name (two words or more, no title) starting at
 * the next token. */
int qt_nisba_before_name(const qctx *q, const rasd_entity *en)
{
    const rasd_token *t = &q->s->t[en->tok_start];
    const char *w = t->norm;
    size_t n = t->norm_len, k;
    if (strcmp(en->type, "PER") != 0 || en->via || en->tok_end != en->tok_start + 1 ||
        !ev_is_word(t) || (en->name && strchr(en->name, ' ')))
        return 0;                  /* not a surname resolved to its person (السيستاني) */
    if (n > LETTERS(1) && letter_is(w, U_WAW))
        w += LETTERS(1), n -= LETTERS(1);
    if (ends_with(w, n, U_YEH U_HEH))
        n -= LETTERS(1);
    if (n < LETTERS(5) || !starts_with(w, n, U_ARTICLE) || !ends_with(w, n, U_YEH))
        return 0;
    k = qt_ent_from(q, en->tok_end);
    return k < q->ne && q->en[k].tok_start == en->tok_end && strcmp(q->en[k].type, "PER") == 0 &&
           !q->en[k].via && q->en[k].tok_end >= q->en[k].tok_start + 2;
                                   /* a full name; not وحث السيستاني العبادي, the one urged */
}
