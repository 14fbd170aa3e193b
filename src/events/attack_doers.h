/* attack_doers.h — the doer of the trigger layer's noun of attack (doers42, issue 16; docs/EVENTS.md
 * "Issue 16: the doer of the trigger layer's attack rows"). */
#ifndef RASD_EVENTS_ATTACK_DOERS_H
#define RASD_EVENTS_ATTACK_DOERS_H

#include "events/actors.h"

/* Fills the doer of an assault's or a fight's noun at tokens [i, i + n) whose row names none
 * (no actor, or its target only) when the text names it in one of the forms: the genitive or
 * ل/من right after the noun (هجوم داعش، هجمات للمقاومة، هجوم من الحوثيين); شنه/نفذه X after
 * it (الهجوم الذي شنه تنظيم داعش); على يد / من قبل X after it in its clause; تبنى X الهجوم and
 * أعلن X مسؤوليته عن الهجوم before it. X must be a name of an organisation or a force (ORG or
 * a description of a group), or of a person in the forms other than the genitive (هجوم ترامب:
 * words); never a place. */
void fr_attack_doer(sent_ctx *c, size_t i, size_t n, int kind, rasd_event *ev);

/* Puts g first among ev's actors as its doer (the others move down, the last dropped when
 * full): the row is no longer its target's only (attack_doers.c, deed_doers.c). */
void fr_put_doer(sent_ctx *c, const rasd_entity *g, rasd_event *ev);

#endif
