/* encounter.h — meetings whose other party is a noun phrase after مع or ب (events27). */
#ifndef RASD_EVENTS_ENCOUNTER_H
#define RASD_EVENTS_ENCOUNTER_H

#include "events/actors.h"

/* Adds to x the meetings of sentence [s, e) (tokens c->t0 to c->t1) that data/events.tsv
 * "encounter" words name with their other party after مع or ب, each beside the sentence's
 * other events. */
rasd_status ev_encounters(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e);

/* Whether a word of sport is in sentence c (لقاء is then a match). */
int ev_enc_sport(sent_ctx *c);

/* Whether token b ends a meeting party's words: punctuation, a word with و, a preposition, a
 * word of place, that opens what the meeting is about or joins (مع), a relative pronoun, a
 * date, or an "encounter" word that stops a party. */
int ev_enc_party_stop(sent_ctx *c, size_t b);

/* joint.c (events39): whether token i (where a phrase of an event starts) is a verb of
 * data/events.tsv "joint" 1 or 3 (عقد، توصل); the meeting or agreement of that verb in
 * sentence [s, e) whose subjects are coordinated before its noun (عقد X وY اجتماعا، توصلت X
 * وY إلى اتفاق), added to x. */
int ev_joint_verb(sent_ctx *c, size_t i);
rasd_status ev_joint_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i);

#endif
