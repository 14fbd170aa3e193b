/* sides.h — when a meeting of the trigger layer is one an analyst asks for: its two sides
 * named, or one side and the place (events20; docs/EVENTS.md "Events: meetings by default"). */
#ifndef RASD_EVENTS_SIDES_H
#define RASD_EVENTS_SIDES_H

#include "events/actors.h"

/* Whether the layer's event ev of kind (an EK_ value), found by a trigger of class cls
 * (TG_VERB or TG_NOUN of trigger_guards.h; a future is not read here), at place (or NULL),
 * names its sides: two actors the recogniser named (an entity's id: not a description such
 * as اللاعبين or مديري 28 جامعة), or one and a place. A meeting's past verb or noun is on by
 * default only so (data/events.tsv "tdefault" form "sides"). */
int tg_named_sides(int kind, int cls, const rasd_event *ev, const rasd_entity *place);

#endif
