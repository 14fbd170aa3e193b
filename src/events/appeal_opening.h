/* appeal_opening.h — the bare past طالب that opens a sentence or a clause (issue 16, branch
 * appeal56; docs/EVENTS.md "Issue 16: appeals that open a clause (branch appeal56, stop
 * 48)"). */
#ifndef RASD_EVENTS_APPEAL_OPENING_H
#define RASD_EVENTS_APPEAL_OPENING_H

#include "events/actors.h"

/* Whether the word at token i of c's sentence, a word of value 24 (F_OPENV: data/events.tsv
 * appeal56's block, the bare past طالب) found with cut proclitic letters stripped, is a verb:
 * it carries no proclitic and opens its sentence or a clause (after a comma, a semicolon, a
 * colon or a dash: طالب الرئيس اليمني …؛ وفي 5 آب، طالب السيسي المسؤولين …؛ سبق– الرياض: طالب
 * عدد من المغردين …). Anywhere else the bare word is the noun "student". events.c trigger()
 * then reads it as a verb (F_VERB) with its subject after it. */
int ev_appeal_opening(const sent_ctx *c, size_t i, int cut);

#endif
