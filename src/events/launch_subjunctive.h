/* launch_subjunctive.h — a verb of launching in the subjunctive before a noun of force: no deed
 * done (trig44, issue 16; docs/EVENTS.md "Issue 16: the default trigger layer's rows: doers and
 * wrong frames"; deed_doers.c's until stop 48). */
#ifndef RASD_EVENTS_LAUNCH_SUBJUNCTIVE_H
#define RASD_EVENTS_LAUNCH_SUBJUNCTIVE_H

#include "events/actors.h"

/* Whether the noun of force (assault, fight) at token i is the object of a verb of launching
 * in the present after أن، لن، كي (احتمالات أن تشن إسرائيل هجوما، من دون أن تشن غارات،
 * إمكانية أن يشن الإرهابيون هجمات): a possibility or a purpose, not done; but قبل أن، بعد أن
 * tell a deed done (قبل أن يشنوا هجوما مباغتا). The row is kept off. */
int fr_subjunctive(sent_ctx *c, size_t i, int noun, int kind);

/* Whether the word at token k begins, after و or ف, with the present's ي or ت (تشن، يشن):
 * a present verb by its form (launch_subjunctive.c, assault_forecast.c). */
int fr_present_form(sent_ctx *c, size_t k);

#endif
