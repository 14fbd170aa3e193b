/* meeting_pronoun.c — a meeting noun whose doer is its pronoun, its first party the speaker of
 * the sentence's quote (issue 16, branch meet71, stop 60; docs/EVENTS.md "Stop 60: a meeting
 * noun whose doer is a pronoun (branch meet71)").
 *
 * «وأكد الدكتور الدخيل، خلال اجتماعه بمديري الجامعات أمس، على أهمية …»، «وأكد خلال لقائه
 * بالسفير … أن …»: a meeting noun carrying a singular pronoun (اجتماعه، لقائها) right after a
 * word of occasion (data/events.tsv aguard pron_occasion: خلال، أثناء، لدى، في، بعد، عقب), with
 * the reporting verb of a quote before it in its sentence and the quote's words after it: the
 * pronoun is the one who says them, so the meeting's first party is that quote's speaker as
 * quotes.c resolved it (named in the sentence, or carried from the sentence before), the
 * recogniser's name where the quote names it (said.c ev_speaker_of). «جاء ذلك خلال اجتماعه
 * بـ»، «ويأتي ذلك بعد لقائه مع» (aguard pron_came, pron_that: the sentence's first two words):
 * the speaker of the last quote of the sentence before. No such speaker: NULL,
 * and encounter.c's own subject holds (the pronoun is never guessed). encounter.c reads the
 * other party (party_at, after مع or بـ) and keeps its guards (unreal, sport, courtesy, told,
 * planned, history).
 */
#include "events/encounter.h"
#include "events/aguard.h"

/* The speaker of the last quote that starts in the sentence before c's (from byte c->before)
 * and ends before c's, when c opens with «جاء ذلك» right before the word of occasion at token
 * k (جاء ذلك خلال اجتماعه بـ: what the sentence before says); NULL otherwise. */
static const rasd_entity *came_speaker(sent_ctx *c, const kind_info *ki, size_t k,
                                       const rasd_quote *q, size_t nq)
{
    const rasd_quote *last = NULL;
    uint32_t s0 = c->s->t[c->t0].start;
    if (k != c->t0 + 2 || !ev_aguard_word(c, c->t0, AG_PRON_CAME) ||
        !ev_aguard_word(c, c->t0 + 1, AG_PRON_THAT) || c->before >= s0)
        return NULL;
    for (size_t j = 0; j < nq; j++)
        if (q[j].start >= c->before && q[j].end <= s0)
            last = &q[j];
    return last ? ev_speaker_of(c, ki, last) : NULL;
}

const rasd_entity *ev_pronoun_speaker(sent_ctx *c, const kind_info *ki, size_t i, size_t n)
{
    size_t nq;
    const rasd_quote *q;
    uint32_t s0, at, past;
    if (n != 1 || i <= c->t0 || ev_clitic(c, i) != 0 || !ev_enc_possessive(&c->s->t[i]) ||
        !ev_aguard_word(c, i - 1, AG_PRON_OCCASION))
        return NULL;
    q = rasd_doc_quotes(c->doc, &nq);
    s0 = c->s->t[c->t0].start, at = c->s->t[i - 1].start, past = c->s->t[i].end;
    for (size_t j = 0; j < nq; j++)
        if (q[j].cue_start >= s0 && q[j].cue_end <= at && q[j].start >= past)
            return ev_speaker_of(c, ki, &q[j]);   /* its verb before the noun, its words after */
    return came_speaker(c, ki, i - 1, q, nq);
}
