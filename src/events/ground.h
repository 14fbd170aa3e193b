/* ground.h — ground taken from an armed group: a fight (issue 16, branch events38). */
#ifndef RASD_EVENTS_GROUND_H
#define RASD_EVENTS_GROUND_H

#include "events/actors.h"

/* Adds to x the fights of sentence [s, e) (tokens c->t0 to c->t1) told by a word of driving
 * out or liberating ("aguard" retake: طرد، تحرير) whose object, or the one after its من, is
 * an armed group ("aguard" armed: ميليشيات، الحوثيين، داعش), each beside the sentence's
 * other events. */
rasd_status ev_ground(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e);

#endif
