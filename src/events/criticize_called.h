/* criticize_called.h — a criticism told by what its subject called a deed or a party (issue 16,
 * branch criticize52). */
#ifndef RASD_EVENTS_CRITICIZE_CALLED_H
#define RASD_EVENTS_CRITICIZE_CALLED_H

#include "events/actors.h"

/* Adds to x the criticism of sentence [s, e) (tokens c->t0 to c->t1) told by the verb of
 * describing at token j (F_DESCRIBE), its named subject and a word of condemnation (ووصف
 * نتنياهو الهجوم بأنه عمل إرهابي), when the sentence holds no criticism already. */
rasd_status ev_criticize_called_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t j);

/* The word with ب that says what the matter starting at token from was called, with a word
 * of condemnation after it (بأنه عمل إرهابي), the matter one word at least: its token, or
 * SIZE_MAX (criticize_participle.c). */
size_t ev_called_word(sent_ctx *c, size_t from);

#endif
