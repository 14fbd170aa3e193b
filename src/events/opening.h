/* opening.h — the subject a coordinated verb keeps from its sentence's opening verb
 * (events26; docs/EVENTS.md "Issue 16: event recall by breadth"). */
#ifndef RASD_EVENTS_OPENING_H
#define RASD_EVENTS_OPENING_H

#include "events/actors.h"

/* The subject of the verb that opens the sentence of the reporting verb at token i (after و
 * or ف, with no subject of its own; ev_pron_subject): the name right after the sentence's first word, past
 * titles (أعلنت هيئة شؤون الإعلام … إيقاف صدور صحيفة الوسط … واتهمتها بـ…), when that word is
 * shaped as a verb: no article, no name, no date, none of data/events.tsv's particles,
 * prepositions, leads or relatives. NULL if there is none or it may not act in the kind. */
const rasd_entity *ev_opening_subject(sent_ctx *c, const kind_info *ki, size_t i,
                                      const rasd_entity *place);

/* The subject of a verb carrying its object as a pronoun after و or ف with nobody named
 * after it (أعلنت هيئة شؤون الإعلام … إيقاف صدور صحيفة الوسط … واتهمتها بإشاعة الانقسام): the
 * sentence's last event's (prev) or its opening verb's, when the verb is in no quote and a
 * name the pronoun may stand for lies between them (not وهاجم طه حسين، واتهمه: him). NULL
 * if there is none. */
const rasd_entity *ev_pron_subject(sent_ctx *c, const kind_info *ki, size_t i, int cut,
                                   const rasd_entity *place, const rasd_entity *prev);

#endif
