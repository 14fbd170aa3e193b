/* talks_between.h — talks between states and bodies (issue 16, branch ev67; docs/EVENTS.md
 * "Stop 57: appeal nouns, talks, meeting nouns (branch ev67)"). */
#ifndef RASD_EVENTS_TALKS_BETWEEN_H
#define RASD_EVENTS_TALKS_BETWEEN_H

#include "events/actors.h"

/* The kind whose actors a "بين" noun at token i may take: for a meeting's noun of talks
 * (data/events.tsv aguard talks: المفاوضات، المحادثات، مباحثات) a copy of ki in *any that lets
 * countries and bodies be its sides (المفاوضات بين اليونان ودائنيها، المحادثات بين إيران
 * والقوى الكبرى); else ki (a meeting is between people: لقاء بين). */
const kind_info *ev_talks_kind(sent_ctx *c, const kind_info *ki, size_t i, kind_info *any);

#endif
