/* appeal_closing.h — an appeal's participle that quotes.c left without a quote (issue 16, branch
 * appeal52; docs/EVENTS.md "Issue 16: an appeal's participle that quotes.c left without a
 * quote (branch appeal52, stop 44)"). */
#ifndef RASD_EVENTS_APPEAL_CLOSING_H
#define RASD_EVENTS_APPEAL_CLOSING_H

#include "events/actors.h"

/* The token of an appeal's singular participle (داعيا، مطالبا، مناشدا، حاثا: data/events.tsv
 * appeal value 9, not aguard appeal_plural) that closes quote k of the sentence at byte s: right
 * after the comma that follows the quote's end (a bracket may stand before the comma; no
 * quote mark, no ؛), with no quote of its own, quote k's speaker named in the sentence or
 * carried by a reporting word that opens it, a name or a description of one who can speak
 * (appeal48's rule); c->t1 if none. The caller (statement.c) adds the appeal with quote k's
 * speaker under statement.c's guards (prayer, invitation, negation). */
size_t ev_appeal_closing(sent_ctx *c, const rasd_quote *q, size_t nq, size_t k, uint32_t s);

#endif
