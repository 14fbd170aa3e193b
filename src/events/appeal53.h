/* appeal53.h — an appeal in the first person inside a quote, on by default (issue 16, branch
 * appeal53; docs/EVENTS.md "Issue 16: an appeal in the first person inside a quote (branch
 * appeal53, stop 45)"). */
#ifndef RASD_EVENTS_APPEAL53_H
#define RASD_EVENTS_APPEAL53_H

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
rasd_status ev_appeal53_first(sent_ctx *c, struct ev_doc *x, const rasd_quote *q,
                              const rasd_span *sn, size_t ns, ev_said_fn add);

#endif
