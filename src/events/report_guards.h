/* report_guards.h — guards of both event paths (the rules of events.c and the trigger layer
 * of triggers.c) against rows that report no event of the article, and an assault that is a
 * fight (events23; docs/EVENTS.md "Events: precision of the defaults"). */
#ifndef RASD_EVENTS_REPORT_GUARDS_H
#define RASD_EVENTS_REPORT_GUARDS_H

#include "events/actors.h"

/* Whether the event of kind (an EK_ value) reported by the word at tokens [i, i + n), a verb
 * when verb is set, with actors ev, is no event the article reports: a tag line, a ceasefire
 * or a comparison, a past experience (سبق له أن), history (a year two or more before the
 * article's), or the first person of a column (data/events.tsv "aguard"
 * cease, compare, first_person, experience, label, for_me). */
int rg_unreported(sent_ctx *c, size_t i, size_t n, int verb, int kind, const rasd_event *ev);

/* Whether the word at tokens [i, i + n) is تفقد ("aguard" inspect) opening its clause with a
 * place noun ("aguard" inspect_place) after it: an official's inspection of a place, a visit
 * whose place is that noun (vis63). */
int rg_inspection(sent_ctx *c, size_t i, size_t n);

/* Whether the assault reported by the attack word at tokens [i, i + n) is a military attack,
 * a fight (CAMEO 19x): its doer a fighting force (المقاومة، مقاتلو), or its target a military
 * site (على مواقع، على قاعدة), and no word of terror near ("aguard" combatant, site,
 * attack, terror). */
int rg_military(sent_ctx *c, size_t i, size_t n);

/* condition_after.c: whether the noun of an attack or a fight (kind) at tokens [i, i + n) (not a
 * verb) has a condition right after it in its clause ("aguard" condition: لصد الهجوم … في حال
 * ما قررت). */
int rg_condition_after(sent_ctx *c, size_t i, size_t n, int verb, int kind);

/* exec_notice.c: whether the event of kind at token i is a crime told in an execution notice
 * before its sentence (data/events.tsv "aguard" execution and verdict: تنفيذ حكم القتل …
 * صدر بحقه صك شرعي): history, no event of the article's day. */
int rg_notice_history(sent_ctx *c, size_t i, int kind);

#endif
