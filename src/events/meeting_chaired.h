/* meeting_chaired.h — a meeting named by its noun with its chair (meet57, stop 49). */
#ifndef RASD_EVENTS_MEETING_CHAIRED_H
#define RASD_EVENTS_MEETING_CHAIRED_H

#include "events/actors.h"

/* The meeting of the noun at tokens [i, i + n) of sentence [s, e) whose chair follows برئاسة
 * (عقد مديرو السجون اجتماعهم السنوي برئاسة X), of the chair and the support verb's subject or
 * those present after the chair, added to x. Assumes encounter.c's own forms ran first on the
 * noun (a meeting they told is not told again). */
rasd_status ev_chaired_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                          size_t n);

#endif
