/* appeal_in_quote.h — an appeal in the first person inside a quote, on by default (issue 16, branch
 * appeal53; docs/EVENTS.md "Issue 16: an appeal in the first person inside a quote (branch
 * appeal53, stop 45)"). */
#ifndef RASD_EVENTS_APPEAL_IN_QUOTE_H
#define RASD_EVENTS_APPEAL_IN_QUOTE_H

#include "events/actors.h"

/* statement.c's add_said: adds the event of kind told by quote q at token i of c's sentence
 * [s, e) under its guards (negation, denial, prayer, invitation, relative, question). */
typedef rasd_status (*ev_said_fn)(sent_ctx *c, struct ev_doc *x, const rasd_quote *q,
                                  size_t i, int kind, int verb, uint32_t s, uint32_t e, int on);

/* For quote q (its speaker named): each verb of appeal in the first person (data/events.tsv
 * appeal value 14: أطالب، نطالب، ندعو، نناشد …) inside the quote's content that opens a clause
 * (the content's first word, after punctuation, or with its و or ف: «… ونطالب وزارة الصحة
 * بسرعة ارسال فريق طبي») is an appeal of the quote's speaker, through add (on by default),
 * with c set to the verb's sentence (bytes of sn). */
rasd_status ev_appeal_in_quote(sent_ctx *c, struct ev_doc *x, const rasd_quote *q,
                               const rasd_span *sn, size_t ns, ev_said_fn add);

/* Notes for ev_appeal_in_quote the tokens of [i, i + n) that start an event's phrase and may
 * start one of appeal (ev_word_is, its proclitics stripped: every token first_verb can take),
 * called by encounter.c's walk on every token that starts an event's phrase, in order (cost53:
 * the quotes' tokens were each looked at again). s->cut is left as it was. */
rasd_status ev_appeal_note(sent_ctx *c, struct ev_doc *x, size_t i, size_t n);

/* The walk's filter before it calls ev_appeal_note, inline: whether a phrase of appeal may
 * start at token i, which starts an event's phrase (ev_event_start: its summary is known),
 * its proclitics stripped or not (lexicon.c look_cuts and kind_cuts: the word's kinds by its
 * id; no id, or no memo, it may). */
static inline int ev_may_appeal(const ev_scan *s, size_t i)
{
    unsigned sum, cuts;
    if (!s->first || !s->fid)
        return 1;
    sum = s->first[FIRST_SLOTS * i + FIRST_SLOTS - 1];
    cuts = (sum >> 2) & ((2u << (sum & 3)) - 1);
    for (unsigned cut = 0; cut < 3; cut++) {
        uint16_t id = s->fid[3 * i + cut];
        if ((cuts >> cut) & 1 &&
            (!id || (s->ev->fkinds[id - 1].kinds[EK_APPEAL >> 6] >> (EK_APPEAL & 63)) & 1))
            return 1;
    }
    return 0;
}

#endif
