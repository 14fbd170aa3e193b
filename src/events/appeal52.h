/* appeal52.h — an appeal's participle with no quote of its own, closing what a speaker said
 * (issue 16, branch appeal52; docs/EVENTS.md "Issue 16: an appeal's participle after a
 * closed quote (branch appeal52, stop 44)"). */
#ifndef RASD_EVENTS_APPEAL52_H
#define RASD_EVENTS_APPEAL52_H

#include "events/actors.h"

/* The token of an appeal's singular participle (داعيا، مطالبا، مناشدا، حاثا: data/events.tsv
 * appeal value 9, not aguard plural50) that closes quote k of the sentence [s, e): only
 * punctuation between the quote's end and it, a comma or ؛ among it (»، مطالبا; "؛ مناشدا),
 * no quote of its own (quotes.c makes none after a closed mark or ؛), quote k's speaker named
 * in the sentence or carried by a reporting word that opens it, a name or a description of
 * one who can speak (appeal48's rule); c->t1 if none. The caller (statement.c) adds the
 * appeal with quote k's speaker and statement.c's guards (prayer, invitation, negation). */
size_t ev_appeal52_after(sent_ctx *c, const rasd_quote *q, size_t nq, size_t k, uint32_t s);

#endif
