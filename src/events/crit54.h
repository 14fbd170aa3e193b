/* crit54.h — a criticism told by a participle of condemnation (issue 16, branch crit54). */
#ifndef RASD_EVENTS_CRIT54_H
#define RASD_EVENTS_CRIT54_H

#include "events/actors.h"

/* Whether the participle at token i (value 9: F_SAID) of kind may report its kind: always for an
 * appeal (داعيا), for a criticism (مستنكرا، منددة) only right after a comma. */
int ev_crit54_said(const sent_ctx *c, int kind, size_t i);

#endif
