/* assault_feared.h — more frames in which the trigger layer's noun of assault names no event
 * (frames43, issue 16; docs/EVENTS.md "Issue 16: the trigger layer's wrong rows in judge38"). */
#ifndef RASD_EVENTS_ASSAULT_FEARED_H
#define RASD_EVENTS_ASSAULT_FEARED_H

#include "events/actors.h"

/* Whether the assault at tokens [i, i + n), a noun when noun is set, stands in a frame that
 * names no event (data/events.tsv "aguard" lists pending, fear, cyber, pirate, span,
 * battles): an attack still to come (الهجوم المرتقب), feared, warned of or prepared for (خشية
 * من هجوم، حذر من هجمات، استعدادا للهجوم), an attack on computers (هجمات قراصنة الكمبيوتر),
 * or, for assault and fight, plural deeds counted over a span (خلال الأعوام الماضية). */
int fr_feared(sent_ctx *c, size_t i, size_t n, int noun, int kind);

#endif
