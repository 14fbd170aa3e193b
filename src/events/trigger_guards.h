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

/* The trigger's class as data/events.tsv "trigger" gives it (value / 16). */
enum { TG_VERB = 0, TG_NOUN = 1, TG_FUTURE = 2 };

/* Whether the trigger at tokens [i, i + n) of kind (meet, visit, host, threaten), of class
 * cls (TG_*), is no event of its kind by the guards of data/events.tsv "tguard" 40 to 49: the
 * public or a family as the other party, a thing received, a newspaper's interview, one body
 * meeting alone, habitual, God's warning, "endanger", whoever, a match (events17). */
int tg_guarded_courtesy(sent_ctx *c, size_t i, size_t n, int cls, int kind);

/* Drops the actors of a meeting's, visit's or host's verb at class cls when one of them was
 * taken from before its sentence (the last event's subject): a guess the kinds of courtesy
 * do not take, whose visitor is most often the unnamed subject of the verb (events17). An
 * actor named again in the sentence before the trigger (token i) is kept, with that mention's
 * span. */
void tg_courtesy_actors(const sent_ctx *c, int kind, int cls, size_t i, rasd_event *ev);
/* Whether the assault, fight or appeal at tokens [i, i + n), a noun when noun is set, is no
 * event of its kind by events16's guards (data/events.tsv "aguard" farewell to words, the dates of
 * its sentence): a farewell (ودعت … جثمان), a prayer (ودعا لهم بالمغفرة), a habit (لطالما
 * هاجم، طالبت مرارا), a cause (هذه المبالغات دعت), words and not arms (هاجم … عبر تويتر),
 * history (هجمات 11 سبتمبر 2001 in an article of 2015). */
int tg_guarded_force(sent_ctx *c, size_t i, size_t n, int noun, int kind);

/* Whether the verb at token i starts its clause: first in its sentence, or after a comma, a
 * stop or a word of "aguard" lead (كما، وقد، حيث، إلى ذلك،), quote marks and brackets passed
 * over: a report's own statement, not a verb inside a relative, a purpose or a poem (events16). */
int tg_clause_first(sent_ctx *c, size_t i);

/* Whether the assault at tokens [i, i + n) is done from the air or by guns ("aguard" air:
 * هاجمت طائرة حربية، الهجمات الجوية): a fight (events16). */
int tg_airborne(sent_ctx *c, size_t i, size_t n, int noun);

/* Whether the noun at token i is a deed done: after ب or على, the first such word after a
 * word of "aguard" deed (قام، أقدم) before it in its sentence (قام مواطن بإطلاق النار على
 * زوجته، أقدم … على قتل; events19): the token after that verb, else 0. */
size_t tg_deed(sent_ctx *c, size_t i);

#endif
