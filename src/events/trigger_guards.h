/* trigger_guards.h — the trigger layer's guards learned from its false rows (events12;
 * docs/EVENTS.md "Events: the trigger layer's precision"). */
#ifndef RASD_EVENTS_TRIGGER_GUARDS_H
#define RASD_EVENTS_TRIGGER_GUARDS_H

#include "events/actors.h"

/* Whether the trigger at tokens [i, i + n) of kind (an EK_ value), a noun when noun is set,
 * is no event of its kind by one of the guards of data/events.tsv "tguard" 4 to 8 or a web
 * address (a website's visit). */
int tg_guarded(sent_ctx *c, size_t i, size_t n, int noun, int kind);

/* Whether the target after the assault at tokens [i, i + n) is a force ("tguard" 14: الجيش،
 * القوات، مواقع): a fight (events13). */
int tg_military(sent_ctx *c, size_t i, size_t n);

/* Whether the noun at token i follows إلى ("tguard" 18): in a sentence with an appeal, the
 * appeal's content (events13). */
int tg_content(sent_ctx *c, size_t i);

#endif
