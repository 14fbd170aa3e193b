/* habits.h — an event told in a habitual or a hypothetical frame is no event (issue 16,
 * branch wrong49): habits.c. */
#ifndef RASD_EVENTS_HABITS_H
#define RASD_EVENTS_HABITS_H

#include "events/ev.h"

/* Drops from x the events whose word stands in a frame of data/events.tsv "habit" in its
 * clause: a habit (كثيرا ما يشن، طلبت في أكثر من مناسبة، بين فترة وأخرى), «أي» before the
 * word (لأي محاولة اعتداء), or كنا before a present verb (كنا نطالب). Run last,
 * once every pass has added its events. */
void ev_drop_habits(ev_scan *s, struct ev_doc *x);

#endif
