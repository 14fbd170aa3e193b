/* thing_relative.h — a threat or accusation told in a relative clause of a thing, no party's act
 * (issue 16, branch events55). */
#ifndef RASD_EVENTS_THING_RELATIVE_H
#define RASD_EVENTS_THING_RELATIVE_H

#include "events/actors.h"

/* Whether the verb at token i of kind (an EK_ value) follows a singular relative pronoun
 * (data/events.tsv "relative" 1: الذي، التي) that follows no name, for the kinds whose actor
 * is a party's (threaten, accuse): the verb's subject is the noun before the pronoun, a thing
 * or someone described (المنزلق الخطير الذي هدد الكثير من المجتمعات), so the trigger layer's
 * actor, taken elsewhere in the sentence, is not its doer. A name before the pronoun, or
 * before a comma or a dash and the pronoun, is the subject: 0. */
int ev_thing_relative(const sent_ctx *c, size_t i, int kind);

#endif
