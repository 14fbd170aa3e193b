/* criticize_participle.h — a criticism told by a participle of condemnation or of describing (issue 16,
 * branch crit54). */
#ifndef RASD_EVENTS_CRITICIZE_PARTICIPLE_H
#define RASD_EVENTS_CRITICIZE_PARTICIPLE_H

#include "events/actors.h"

/* Whether the participle at token i (value 9: F_SAID) of kind may report its kind: always for an
 * appeal (داعيا), for a criticism (مستنكرا، منددة) only right after a comma. */
int ev_participle_reports(const sent_ctx *c, int kind, size_t i);

/* Adds to x the criticism of sentence [s, e) told by the participle of describing at token
 * j (F_DESCRIBE, "aguard" describe_participle: واصفا الانفجار بأنه «عمل إرهابي») by the
 * speaker of the sentence's statement before it, when the sentence holds no criticism
 * already. */
rasd_status ev_describing_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t j);

#endif
