/* killing_deed.h — a killing, shooting or stabbing told as a deed done by its doer (قام X
 * بإطلاق النار على Y، أقدم X على قتل Y), on by default (issue 16, branch fight57, stop 49;
 * docs/EVENTS.md "Issue 16: fights and attacks missed over every read part"). */
#ifndef RASD_EVENTS_KILLING_DEED_H
#define RASD_EVENTS_KILLING_DEED_H

#include "events/actors.h"

/* Whether the layer's row of kind, whose noun at token i is one named only as a deed done
 * (data/events.tsv "trigger" 74: قتل، إطلاق النار، طعن، ذبح، نحر، دهس …) after the deed's
 * verb at token deed (tg_deed: قام، أقدم …; 0 when none), is on by default although the
 * assault "deed" form is off (layer49); not after a relative "what" (data/events.tsv aguard
 * what_deed: ما أقدم عليه المتهم بقتل شقيقته, a deed referred back to). */
int kd_killing_deed_on(sent_ctx *c, int kind, int kill_noun, size_t deed);

#endif
