/* appeal_callers.h — a group's plural participle of appeal that quotes.c left with no speaker
 * (issue 16, branch callers56; docs/EVENTS.md "Issue 16: appeal callers no rule takes (branch
 * callers56, stop 48)"). */
#ifndef RASD_EVENTS_APPEAL_CALLERS_H
#define RASD_EVENTS_APPEAL_CALLERS_H

#include "events/actors.h"

/* The caller of the plural participle of appeal at token i (aguard plural50: مطالبين، داعين)
 * whose quote has no speaker: the nearest description of a group of people (data/events.tsv
 * "group" 3, groups.c) before it in the sentence (تذمر الأهالي واستياءهم، مطالبين بضرورة …);
 * NULL if none, or if a name the recogniser found stands between them (that name's clause). */
const rasd_entity *ev_callers_group(sent_ctx *c, size_t i);

#endif
