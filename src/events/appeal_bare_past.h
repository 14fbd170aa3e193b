/* appeal_bare_past.h — the bare past طالب after a particle of narration (issue 16, branch appeal54;
 * docs/EVENTS.md "Issue 16: the bare past طالب after a particle (branch appeal54, stop
 * 46)"). */
#ifndef RASD_EVENTS_APPEAL_BARE_PAST_H
#define RASD_EVENTS_APPEAL_BARE_PAST_H

#include "events/actors.h"

/* Whether the appeal whose phrase is tokens [i, i + n), with a the subject found after it,
 * has a body for its subject where a body is the one asked: the phrase ends with the bare
 * past طالب (data/events.tsv aguard bare_appeal: كما طالب، فيما طالب of appeal54's
 * block) and a is not a person (كما طالب مجلس الأمن الدولي بتحمل …, whose caller is the
 * speaker before). events.c actors_of then takes no actor: the event is left. */
int ev_appeal_bare_past_body(sent_ctx *c, size_t i, size_t n, const rasd_entity *a);

#endif
