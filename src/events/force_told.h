/* force_told.h — assaults and fights of the trigger layer told as done by a named doer or as
 * having taken place (events21; docs/EVENTS.md "Events: violence recall"). */
#ifndef RASD_EVENTS_FORCE_TOLD_H
#define RASD_EVENTS_FORCE_TOLD_H

#include "events/actors.h"

/* Whether the noun of force (assault or fight: kind, an EK_ value) at tokens [i, i + n),
 * whose event of the layer is ev, is told as done: after a verb of "aguard" told_agent (شن،
 * نفذ) in its clause whose subject, between that verb and the noun, the recogniser named and
 * is the event's first actor (شن التحالف غارات على، نفذ التحالف 29 ضربة جوية ضد); or, an
 * assault's only, followed past at most three adjectives by a relative pronoun and a verb of
 * "aguard" told_happened that says it took place (للاعتداء الآثم الذي وقع، التفجير الغاشم
 * الذي استهدف، الهجمات الإرهابية التي وقعت). Such a noun is on by default when its kind's form "deed" is (data/events.tsv
 * "tdefault"): the report of an act, not a mention, a kind or a plan. */
int tg_force_told(sent_ctx *c, size_t i, size_t n, int kind, const rasd_event *ev);

#endif
