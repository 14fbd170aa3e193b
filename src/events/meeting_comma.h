/* meeting_comma.h — a meeting verb whose party follows a comma (meet57, stop 49). */
#ifndef RASD_EVENTS_MEETING_COMMA_H
#define RASD_EVENTS_MEETING_COMMA_H

#include "events/actors.h"

/* The token where the party of the meeting verb ending at token from starts when a comma
 * stands between them (التقى X، بـY؛ سوف يلتقي، الخامس من أغسطس، بأعضاء), *bi set for ب;
 * 0 if none. The words before the comma are the verb's subject and a time (encounter.c's
 * between); the party is right after a comma. Assumes encounter.c's join_at found none. */
size_t ev_comma_join(sent_ctx *c, size_t from, int *bi);

/* Whether a comma stands in tokens [a, b) (then only meeting_comma.c's join crossed it). */
int ev_comma_in(sent_ctx *c, size_t a, size_t b);

#endif
