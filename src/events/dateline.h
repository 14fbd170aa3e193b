/* dateline.h — the names of an article's dateline are no actors (trig44, issue 16; docs/EVENTS.md
 * "Issue 16: the default trigger layer's rows: doers and wrong frames"; deed_doers.c's until
 * stop 48). */
#ifndef RASD_EVENTS_DATELINE_H
#define RASD_EVENTS_DATELINE_H

#include "rasd.h"

/* Takes out of ev the actors named in the article's dateline (its first line up to the colon,
 * in hyphened parts: «عبدالله البرقاوي- سبق- الرياض:»): the reporter and the paper, who
 * are never the doers of what the article tells. */
void fr_byline(const rasd_doc *doc, rasd_event *ev);

#endif
