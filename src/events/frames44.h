/* frames44.h — the trigger layer's generic "any" frame and the dateline's names (trig44, issue
 * 16; docs/EVENTS.md "Issue 16: the default trigger layer's rows: doers and wrong frames"). */
#ifndef RASD_EVENTS_FRAMES44_H
#define RASD_EVENTS_FRAMES44_H

#include "events/actors.h"

/* Whether the noun of an event at tokens [i, i + n) is "any" such deed (data/events.tsv "aguard"
 * any44 right before it, a proclitic allowed: لأي هجوم، أي اعتداء على أي مواطن; or right after
 * it, its genitive: تحرير أي بلدة): a kind of deed, no one event. */
int fr_any44(sent_ctx *c, size_t i, size_t n, int noun);

/* Takes out of ev the actors named in the article's dateline (its first line up to the colon,
 * in hyphened parts: «عبدالله البرقاوي- سبق- الرياض:»): the reporter and the paper, who
 * are never the doers of what the article tells. */
void fr_byline44(const rasd_doc *doc, rasd_event *ev);

#endif
