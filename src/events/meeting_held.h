/* meeting_held.h — a meeting named by its noun and a relative clause of holding (issue 16, branch
 * nouns47). */
#ifndef RASD_EVENTS_MEETING_HELD_H
#define RASD_EVENTS_MEETING_HELD_H

#include "events/actors.h"

/* Adds to x the meetings of sentence [s, e) (tokens c->t0 to c->t1) told by a meeting's noun
 * and a verb of holding with its pronoun after it (اجتماع يعقده X مع Y، الاجتماع الذي عقده X),
 * beside the sentence's other events. */
rasd_status ev_meeting_held(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e);

#endif
