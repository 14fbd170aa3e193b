/* meeting_apposed.h — a meeting verb whose subject's titles, place and time stand before مع
 * (app66, stop 56). */
#ifndef RASD_EVENTS_MEETING_APPOSED_H
#define RASD_EVENTS_MEETING_APPOSED_H

#include "events/actors.h"

/* The token where the party of the meeting verb ending at token from starts when the verb's
 * subject, its titles (a title's genitive with لـ too), a place phrase (في or بـ + the place
 * the recogniser found) and a time stand before مع; *bi set to 0. 0 if none. Assumes
 * encounter.c's join_at and meeting_comma.c's join found none. */
size_t ev_apposed_join(sent_ctx *c, size_t from, int *bi);

#endif
