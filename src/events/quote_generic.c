/* quote_generic.c — the guideline's generic and hypothetical speakers: a proverb that "says" and a
 * verb of saying that "may" be said (issue 16, u24q56, stop 48; docs/EVENTS.md "Issue 16:
 * unseen24's quote errors over every part (branch u24q56, stop 48)").
 *
 * The guideline lists "a column's generic and hypothetical speakers (…, a popular proverb, وقد
 * يقول البعض إن)" among what reports nothing. Two forms of it, read in the errors of unseen24
 * (وقد يقول البعض إن), dev (الحكمة التي تقول:), unseen4 (المثل العراقي يقول) and unseen16 (احد
 * النصائح الماكرة تقول ان):
 *   - a present verb with ي after a particle of "may" or "perhaps" with its proclitic (وقد،
 *     فقد، ربما، لعل, and قد bare: data/quotes.tsv "aguard maybe_say"; a whole token, so not بقد);
 *   - a saying noun (المثل، الحكمة، المقولة، النصائح: "aguard saying_noun") as the verb's
 *     subject, at most PROVERB_GAP words before it in its clause, with no punctuation or name
 *     between (المثل الشعبي المصري الذي يقول إن، الحكمة التي تقول:); as figure() takes
 *     لسان حال, but only as the subject (not بالمثل: a noun with a proclitic ب or ل is no
 *     list's word; a genitive such as مدرسة الحكمة before a cue is not told apart unless a
 *     mention holds it).
 * The hook sits with verse(), figure() and qt_column_title() in quotes.c statement(): a verb that
 * is no statement, before any speaker is looked for; it assumes nothing of the speaker rules. */
#include "events/quotes.h"
#include "events/aguard.h"
#include "events/letters.h"

enum {
    PROVERB_GAP = 4,   /* words from a saying noun to its verb: المثل الشعبي المصري الذي يقول */
};

/* Whether reporting word c is a present verb (ي) right after a particle of "may", bare or
 * with a proclitic, or of "perhaps" (قد يقول البعض إن، وقد يقول، ربما يقول القارئ; not قد توقع,
 * a past: "had expected"). */
static int said_maybe(const qctx *q, const qcue *c)
{
    size_t n;
    return !c->part && !c->cut && c->i > 0 && letter_is(q->s->t[c->i].norm, U_YEH) &&
           ev_aguard_is(q->s, c->i - 1, 0, AG_MAYBE_SAY, &n) && n == 1;
}

/* Whether a saying noun of "saying_noun" is the subject of reporting word c: within PROVERB_GAP
 * words before it in its clause, with only words between that no mention holds. */
static int proverb_says(const qctx *q, const qcue *c)
{
    size_t end = qt_send(q, c->i), n, words = 0, p = c->i;
    while (p-- > 0 && words < PROVERB_GAP && qt_send(q, p) == end && ev_is_word(&q->s->t[p])) {
        if (ev_aguard_is(q->s, p, 0, AG_SAYING_NOUN, &n) && n == 1) {
            /* no mention on the noun or the words after it (its sentence by sent_end:
               qt_sent_start walks) */
            for (size_t k = qt_ent_from(q, c->i); k-- > 0 && q->en[k].tok_start + LONGEST_MENTION > p;)
                if (q->en[k].tok_end > p && q->en[k].tok_start < c->i)
                    return 0;
            return 1;
        }
        words++;
    }
    return 0;
}

/* Whether reporting word c is a generic or hypothetical speaker's (above): no statement. */
int qt_generic_saying(const qctx *q, const qcue *c)
{
    return said_maybe(q, c) || proverb_says(q, c);
}
