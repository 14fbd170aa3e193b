/* appeal_participle.h — an appeal told by its participle after the speaker's own words (issue 16,
 * branch appeals48; docs/EVENTS.md "Issue 16: appeals the rules miss"). */
#ifndef RASD_EVENTS_APPEAL_PARTICIPLE_H
#define RASD_EVENTS_APPEAL_PARTICIPLE_H

#include "events/actors.h"

/* Whether quote q, introduced by an appeal's participle at token i (داعيا، مطالبا، مناشدا،
 * حاثا: data/events.tsv appeal value 9), is an appeal of its speaker even where appeals
 * told by quotes are off (statement.c): the participle follows a comma that closes what the
 * same speaker said or did before it in the sentence, its speaker named there. */
int ev_appeal_participle_said(sent_ctx *c, const rasd_quote *q, size_t i);

/* Whether quote q's speaker is a name the recogniser found or a description that opens with a
 * word naming one who can speak (a title, a source, a body, kin: kin_agent), not the object of
 * a verb quotes.c took for a description (appeal_closing.c uses it too). */
int ev_appeal_agent(sent_ctx *c, const rasd_quote *q);

#endif
