/* assault_frames.h — frames in which the trigger layer's noun of force names no event of the
 * sentence (assault40, issue 16; docs/EVENTS.md "Issue 16: the trigger layer's frames"). */
#ifndef RASD_EVENTS_ASSAULT_FRAMES_H
#define RASD_EVENTS_ASSAULT_FRAMES_H

#include "events/actors.h"

/* Whether the assault at tokens [i, i + n), a noun when noun is set, stands in a frame that
 * names no event (data/events.tsv "aguard" lists abstract, judgment, trend, unreal, no_force,
 * memory): an
 * abstraction as its target (اعتداء على الحرية), a judgment or a rule of a kind of deed (يعد
 * اعتداء، يحرم الاعتداء، كل اعتداء), a trend of plural attacks (تزايدت الهجمات), a capacity,
 * threat or means (قادرة على الاعتداء، متوعدا بشن هجمات، وسيلة للهجوم), a person's "attack"
 * launched (شن ترامب هجوما: words), a cyber or media attack, an anniversary (ذكرى), a beast anywhere in its sentence (هجومين لأسماك القرش). */
int fr_guarded(sent_ctx *c, size_t i, size_t n, int noun, int kind);

/* Whether token k ends a clause or a sentence (a comma, . ; : !). */
int fr_stop_at(sent_ctx *c, size_t k);

/* Whether a word of aguard list l stands within reach words before token i in its clause
 * (proclitics taken off). */
int fr_before(sent_ctx *c, size_t i, int l, size_t reach);

/* Whether a word of aguard list l stands in tokens [a, b) (proclitics taken off). */
int fr_list_in(sent_ctx *c, size_t a, size_t b, int l);

/* Whether a word of "tguard" value v is named anywhere in the sentence. */
int fr_tguard_in(sent_ctx *c, int v);

/* Whether token i's normalised form ends in ات: a plural (الهجمات، تفجيرات). */
int fr_plural(sent_ctx *c, size_t i);

#endif
