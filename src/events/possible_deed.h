/* possible_deed.h — قد + a present verb before the trigger layer's noun of force: a possibility
 * (doers42, issue 16; docs/EVENTS.md "Issue 16: the doer of the trigger layer's attack rows";
 * attack_doers.c's until stop 48). */
#ifndef RASD_EVENTS_POSSIBLE_DEED_H
#define RASD_EVENTS_POSSIBLE_DEED_H

#include "events/actors.h"

/* Whether «قد» (or وقد، فقد) stands within two words before the noun at token i with a present
 * verb right after it (قد تشن هجمات، قد يحاول الهجوم): a possibility, no deed; kinds assault
 * and fight only. قد + a past verb (قد نفذ، قد تعرضت) is "has done" and is kept. */
int fr_maybe(sent_ctx *c, size_t i, int noun, int kind);

#endif
