/* speech.c — the speaker of a statement inside a speech or text: a cue after a relative
 * (تصريحات خامنئي التي أعلن فيها، عبدالله العليان الذي بين أن) or followed by فيها/فيه/خلاله
 * (ألقى X كلمة أكد فيها؛ تلقى X اتصالا من Y أعرب خلاله). Split from speakers.c (quotes10);
 * quotes.h says what each gives. docs/EVENTS.md "Quotes".
 */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

/* The speaker a relative pronoun before cue c names (data/events.tsv "relative" 1: عبدالله
 * العليان الذي بين أن …؛ تصريحات خامنئي التي أعلن فيها): a person or organisation ending at
 * most RELATIVE_GAP tokens before it. */
int qt_relative_owner(qctx *q, const qcue *c, speaker *sp)
{
    if (c->part || c->cut || c->i == 0 || !qt_relative_at(q, c->i - 1))
        return 0;
    for (size_t k = qt_ent_from(q, c->i); k-- > 0;) {
        const rasd_entity *en = &q->en[k];
        if (en->tok_end > c->i - 1)
            continue;
        if (en->tok_end + RELATIVE_GAP < c->i - 1)
            break;
        if (strcmp(en->type, "PER") == 0 || strcmp(en->type, "ORG") == 0) {
            sp->id = en->id, sp->name = en->name, sp->start = en->start, sp->end = en->end;
            sp->desc = 0;
            return 1;
        }
    }
    return 0;
}

/* Whether what a verb says starts at token j: إن/أن, a colon or a quote mark. */
static int content_next(const qctx *q, size_t j)
{
    size_t n;
    return j < q->s->nt && (ev_word_is(q->s, j, 0, EK_THAT, NULL, &n) || ev_punct(q->s, j, ":") ||
                            qt_mark(q, j));
}

/* Whether person b is named right after a with و (a and b speak together). */
static int and_next(const qctx *q, const rasd_entity *a, const rasd_entity *b)
{
    return b->tok_start == a->tok_end && strcmp(b->type, "PER") == 0 &&
           letter_is(q->s->t[b->tok_start].norm, U_WAW);
}

enum { RECEIVER_REACH = 12 };  /* words from a verb of receiving to its receiver's name
                                  (تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز) */

/* Whether token k is the bare word من, which the callers follow (اتصالات هاتفية أمس من). */
static int from_word(const qctx *q, size_t k)
{
    const rasd_token *t = &q->s->t[k];
    return word_equals(t->norm, t->norm_len, U_MEEM U_NOON);
}

/* Whether en received the calls that plural cue c's "in which" goes back to: c is followed
 * by a word of "aguard" calls_pronoun (أدانوا خلالها، استنكرا فيهما) and a verb of "aguard"
 * call_receive stands before en in c's sentence within RECEIVER_REACH words, with no comma
 * and no من between (تلقى X اتصالات هاتفية من A، وB أدانوا خلالها: the callers condemn, not
 * X; a receiver named in two mentions, خادم الحرمين الشريفين الملك سلمان, is both). A
 * singular «فيه/خلاله» (بحثا خلاله: the receiver and the caller both) is not read. */
static int call_receiver(const qctx *q, const qcue *c, const rasd_entity *en)
{
    size_t n, w = c->i + c->n;
    if (c->gender != 3 || w >= q->s->nt || !ev_aguard_is(q->s, w, 0, AG_CALLS_PRONOUN, &n))
        return 0;
    for (size_t k = en->tok_start; k-- > 0 && k + RECEIVER_REACH >= en->tok_start;) {
        if (qt_send(q, k) != qt_send(q, c->i) || qt_comma(q, k) || from_word(q, k))
            return 0;
        if (ev_aguard_is(q->s, k, 1, AG_CALL_RECEIVE, &n) && n == 1)
            return 1;
    }
    return 0;
}

/* The speaker of a cue followed by فيها/فيه/خلاله (data/quotes.tsv "honor" 2: ألقى … علي
 * الغامدي كلمة، أكد فيها أن …؛ أصدرت وزارة الداخلية بيانا قالت فيه): who gave the speech or
 * statement: the last person its sentence names before the cue (not one spoken to; a pair
 * named with و is one: تلقى X اتصالا من Y أعرب خلاله is Y's; the first was right on 5 of 8
 * quotes of the recall set's read parts, quotes10), for a plural or dual cue the first of two
 * or more and never one alone (ألقاها عنهم X، أعربوا فيها: the group's), not the receiver of
 * the calls its فيها/خلالها goes back to (call_receiver); else its first
 * organisation; else nobody. After التي
 * or الذي (data/events.tsv "relative" 1) the speech is the one of whom the noun before it
 * names (تصريحات خامنئي التي أعلن فيها): a person or organisation ending at most
 * RELATIVE_GAP tokens before it, else nobody. */
speaker qt_inwhich(qctx *q, const qcue *c)
{
    speaker sp = {NULL, NULL, 0, 0, 0, c->gender, NULL};
    const rasd_entity *org = NULL, *per = NULL, *first = NULL;
    size_t n, npers = 0;
    int v;
    if (c->i > 0 && ev_word_is(q->s, c->i - 1, 0, EK_RELATIVE, &v, &n) && n == 1 && v == 1) {
        /* تصريحات خامنئي التي أعلن فيها، بتصريحات للجنرال جيمس آموس التي قال فيها: whose
           words they are is named right before التي, whoever the sentence is about */
        qt_relative_owner(q, c, &sp);
        return sp;
    }
    for (size_t k = qt_ent_from(q, qt_sent_start(q, c->i)); k < q->ne && q->en[k].tok_start < c->i;
         k++) {
        const rasd_entity *en = &q->en[k];
        if (qt_send(q, en->tok_start) != qt_send(q, c->i) || qt_in_pair(q, en->tok_start) ||
            !qt_can_speak(q, en) || qt_addressed(q, en->tok_start) || call_receiver(q, c, en))
            continue;
        if (strcmp(en->type, "PER") == 0) {
            first = first ? first : en, npers++;
            if (!(per && and_next(q, per, en)))
                per = en;       /* the last: تلقى X اتصالا من Y أعرب فيه is Y's */
        }
        if (!org && strcmp(en->type, "ORG") == 0)
            org = en;
    }
    if (c->gender == 3)         /* plural or dual: the first of two or more (بعث الملك وولي
                                   العهد … أعربا فيهما); not the one who read a group's speech
                                   (ألقاها عنهم X، أعربوا فيها) */
        per = npers > 1 ? first : NULL;
    if (per)
        qt_speaker_is(&sp, per, per->start, per->end);
    else if (org)
        qt_speaker_is(&sp, org, org->start, org->end);
    else if (content_next(q, c->i + c->n + 1))
        qt_sentence_body(q, c, qt_sent_start(q, c->i), &sp);  /* وأصدرت اللجنة بيانا أكدت
                                                                  فيه أن: the body its verb named;
                                                                  not في وقت أشارت فيه المتحدثة */
    return sp;
}
