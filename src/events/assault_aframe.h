/* assault_aframe.h — the trigger layer's assault rows told in a frame of no one attack (issue 16,
 * branch assault50): assault_aframe.c. */
#ifndef RASD_EVENTS_ASSAULT_AFRAME_H
#define RASD_EVENTS_ASSAULT_AFRAME_H

#include "events/actors.h"

/* Whether the layer's assault at tokens [i, i + n) stands in a frame of data/events.tsv
 * "aframe": an aim or a charge, a trend, a judgement or intent in its clause (بهدف، يهدف،
 * موجة، تزايد، أبشع، يخطط), a campaign before it (موسم الهجوم، حملة), an abstract or
 * verbal target or doer after it (اعتداء على حقوقه، هجوم الإعلام، الهجوم عبر). */
int as_framed(sent_ctx *c, size_t i, size_t n);

#endif
