/* layer_sides.h — the trigger layer's fight and agree rows: the sides the sentence names next to
 * the trigger (issue 16, branch layer50): layer_sides.c. */
#ifndef RASD_EVENTS_LAYER_SIDES_H
#define RASD_EVENTS_LAYER_SIDES_H

#include "events/actors.h"

/* Sets the sides of the trigger layer's event ev of kind at tokens [i, i + n) (noun: a noun's
 * trigger) where the sentence names them in a fixed form: a strike's doer after ل (غارات
 * مكثفة للتحالف الدولي), a fight's subject before its verb after أن (أن المقاومة دحرت
 * المتمردين), an agreement's other party after مع (توصل إلى اتفاق مع
 * فيورنتينا). */
void ev_layer_sides(sent_ctx *c, int kind, size_t i, size_t n, int noun, rasd_event *ev);

/* Puts first among the actors of ground.c's row ev (ground taken from the armed group it
 * names) the force that took it: the subject before its verb at token i after أن (أن
 * المقاومة دحرت المتمردين), or of a verb of managing before من (تمكنت المقاومة الشعبية من
 * طرد ميليشيات الحوثي). */
void ev_ground_winner(sent_ctx *c, size_t i, rasd_event *ev);

#endif
