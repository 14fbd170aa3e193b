/* occasion.h — a visit told by its noun in an occasion phrase (events25; docs/EVENTS.md
 * "Events: the blind parts' misses, unseen9 opened"). */
#ifndef RASD_EVENTS_OCCASION_H
#define RASD_EVENTS_OCCASION_H

#include "events/actors.h"

/* Whether the visit's noun (kind, an EK_ value) at tokens [i, i + n), whose event of the
 * layer is ev, is told as the occasion of what its sentence reports: right after a word of
 * "aguard" occasion (خلال، أثناء، بمناسبة، هامش, with و or ف) and followed, past its titles
 * only, by its visitor, the event's first actor, a person the recogniser named (خلال زيارة
 * ولي العهد الأمير محمد بن سلمان إلى …، بمناسبة زيارة صاحب السمو الملكي الأمير …). Such a noun
 * is on by default when visit's form "occasion" is (data/events.tsv "tdefault"). */
int tg_occasion(sent_ctx *c, size_t i, size_t n, int kind, const rasd_event *ev);

#endif
