/* appeal_renewed.h — an appeal renewed, named by its noun with the caller's pronoun (issue 16,
 * branch ev67; docs/EVENTS.md "Stop 57: appeal nouns, talks, meeting nouns (branch ev67)"). */
#ifndef RASD_EVENTS_APPEAL_RENEWED_H
#define RASD_EVENTS_APPEAL_RENEWED_H

#include "events/actors.h"

/* Whether what an appeal's noun after a support verb asks, from token end on, is to come to
 * something (data/events.tsv aguard invite, with its ل: وجه دعوته للمواطنين لحضور الحفل): an
 * invitation, no appeal; read within RENEWED_INVITE words, in its clause. */
int ev_deed_invites(sent_ctx *c, size_t end);

#endif
