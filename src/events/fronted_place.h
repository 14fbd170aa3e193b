/* fronted_place.h — a place fronted before its sentence's fighting (issue 16, branch fix43):
 * fronted_place.c. */
#ifndef RASD_EVENTS_FRONTED_PLACE_H
#define RASD_EVENTS_FRONTED_PLACE_H

#include "events/ev.h"

/* Gives each fight or assault of x with no place the place its sentence opens with: «في»
 * (و or ف before it: "aguard fronted_fi"), a noun of area or none (محافظة، مدينة: data/events.tsv "place 4"), then a
 * recognised place before the event's word (وفي تعز (جنوب اليمن) قصفت، وفي محافظة أبين نفذت
 * … هجوما). en: the document's names (ne of them). Run last, once every pass has added its
 * events. */
void ev_fronted_place(ev_scan *s, const rasd_entity *en, size_t ne, struct ev_doc *x);

#endif
