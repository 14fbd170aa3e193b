/* victim_named.h — a killing's victim named after a word describing him (issue 16, branch
 * vio67, stop 57). */
#ifndef RASD_EVENTS_VICTIM_NAMED_H
#define RASD_EVENTS_VICTIM_NAMED_H

#include "events/actors.h"

/* The person named after the killing noun ending at token end behind a describing noun of
 * data/events.tsv "aguard" victim_noun (الطالب، الشاب، المبتعثة) and at most two adjectives of
 * relation (السعودي): «مقتل الطالب السعودي عبد الله القاضي». NULL when the words differ or no
 * recogniser's person starts right after them. */
const rasd_entity *ev_victim_described(const sent_ctx *c, size_t end);

#endif
