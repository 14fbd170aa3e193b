/* signing_nouns.h — a signing told by its noun or participle with its parties after بين, or by a
 * relative clause's verb (deal53). */
#ifndef RASD_EVENTS_SIGNING_NOUNS_H
#define RASD_EVENTS_SIGNING_NOUNS_H

#include "events/actors.h"

/* Adds to x the signing of the word at token i of sentence [s, e), form its data/events.tsv
 * "arrival" value (10 توقيع, 11 الموقع, 12 وقعتها), when its form holds (signing_nouns.c). */
rasd_status ev_signing_noun_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                               int form);

#endif
