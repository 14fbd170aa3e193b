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

/* Whether the bytes at p (end e) are the damma. */
static int damma(const char *p, const char *e)
{
    return e - p >= 2 && letter_is(p, U_DAMMA);
}

/* Whether the bytes at p (end e) are a fatha, kasra or sukun. */
static int other_mark(const char *p, const char *e)
{
    return e - p >= 2 && (letter_is(p, U_FATHA) || letter_is(p, U_KASRA) || letter_is(p, U_SUKUN));
}

/* Whether reporting word c is written as a passive past: a damma on its first letter, past
 * a proclitic و or ف (وأُعلِنت حالة الإعسار، كُتب عليها: "was declared", "was written"); the
 * noun after it is what was declared, no speaker. Not a present (ي، ت، ن first: يُعلن is also
 * the active), nor one with a that-word right after it (وذُكر أنه عاش: a statement reported
 * with its source unsaid, as before). */
static int said_passive(const qctx *q, const qcue *c)
{
    const rasd_token *t = &q->s->t[c->i];
    const char *p = q->doc->text + t->start, *e = q->doc->text + t->end;
    size_t n;
    if (c->part || e - p < LETTERS(3) ||
        (c->i + c->n < q->s->nt && ev_word_is(q->s, c->i + c->n, 0, EK_THAT, NULL, &n)))
        return 0;
    if (c->cut && (letter_is(p, U_WAW) || letter_is(p, U_FEH))) {
        p += LETTERS(1);
        if (other_mark(p, e))
            p += 2;            /* وَأُعلن */
    }
    if (e - p < LETTERS(2) || letter_is(p, U_YEH) || letter_is(p, U_TEH) || letter_is(p, U_NOON))
        return 0;
    return damma(p + LETTERS(1), e);
}

/* Whether reporting word c is the verb after أن (aguard subjunctive, one word) of a word of
 * obligation, ability or attempt (aguard modal_say: فينبغي أن تقول كذا، يجب أن نقول، حاول أن
 * يقول): what one must, can or tries to say, nothing said. */
static int said_as_must(const qctx *q, const qcue *c)
{
    size_t n;
    return !c->part && c->i >= 2 && ev_is_word(&q->s->t[c->i - 2]) &&
           ev_aguard_is(q->s, c->i - 1, 0, AG_SUBJUNCTIVE, &n) && n == 1 &&
           ev_aguard_is(q->s, c->i - 2, 1, AG_MODAL_SAY, &n) && n == 1;
}

/* Whether the that-word at token i is the complement of a word of obligation, ability or
 * attempt (aguard modal_say) right before it or one word (its subject) before it, carrying و
 * or ف (وحاولت مدرساتي أن يثنينني، فينبغي أن): a clause of its own, not an earlier cue's
 * reported clause (quotes.c that_not_cues). Not a bare one, nor one after a comma (وقال بدري
 * عليه، يجب ان يكمل: the speaker's words go on from يجب). */
int qt_modal_that(const qctx *q, size_t a, size_t i)
{
    size_t n;
    for (size_t k = i; k-- > a && k + 2 >= i;) {
        if (!ev_is_word(&q->s->t[k]))
            return 0;
        if (ev_aguard_is(q->s, k, 1, AG_MODAL_SAY, &n) && n == 1)
            return q->s->cut > 0 && ev_conjunctions(&q->s->t[k], q->s->cut);
    }
    return 0;
}

enum { CONVENE_GAP = 4 };      /* words from the verb to its إلى: دعا البابا يوحنا بولس الثاني */

/* Whether reporting word c is a verb of calling (aguard convene_verb) whose إلى (convene_to),
 * within CONVENE_GAP words in its clause, is followed by a noun of an occasion (occasion_noun:
 * a celebration: دعا البابا يوحنا بولس الثاني إلى اليوبيل، دعا إلى الحفل أكثر من 900 شخصية): a
 * convening or an invitation, no statement (judge54's quote row 34; fix55). Not a meeting's
 * noun: دعا إلى اجتماع طارئ is a call. */
static int convened(const qctx *q, const qcue *c)
{
    size_t n, end = qt_send(q, c->i);
    if (c->part || !ev_aguard_is(q->s, c->i, 1, AG_CONVENE_VERB, &n) || n != c->n)
        return 0;
    for (size_t k = c->i + c->n; k + 1 < end && k <= c->i + c->n + CONVENE_GAP; k++) {
        if (!ev_is_word(&q->s->t[k]))
            return 0;
        if (ev_aguard_is(q->s, k, 0, AG_CONVENE_TO, &n) && n == 1)
            return ev_aguard_is(q->s, k + 1, 0, AG_OCCASION_NOUN, &n) && n == 1;
    }
    return 0;
}

/* Whether reporting word c is a generic or hypothetical speaker's (above): no statement. */
int qt_generic_saying(const qctx *q, const qcue *c)
{
    return said_maybe(q, c) || proverb_says(q, c) || said_passive(q, c) || said_as_must(q, c) ||
           convened(q, c);
}
