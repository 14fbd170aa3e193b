/* assault_forecast.h — an attack feared or forecast with أن and a verb in the present far before
 * its noun (assault46, issue 16; docs/EVENTS.md "Issue 16: judge40's wrong event rows"). */
#ifndef RASD_EVENTS_ASSAULT_FORECAST_H
#define RASD_EVENTS_ASSAULT_FORECAST_H

#include "events/actors.h"

/* Whether the noun of assault or fight at token i (noun set) is told inside what is feared or
 * forecast: before it in its clause, within FORECAST_REACH words, أن (data/events.tsv
 * "aguard subjunctive") with a verb in the present right after it, and within three words
 * before أن a word of fear or forecast ("aguard forecast": ويتخوف مختصون ان يقوم تنظيم
 * داعش … بتنفيذ هجمات؛ وتوقع أن يشن تنظيم داعش هجوما). No event: nothing is done yet. */
int fr_forecast(sent_ctx *c, size_t i, int noun, int kind);

#endif
