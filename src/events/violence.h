/* violence.h — attacks named by a noun with their target (events28; docs/EVENTS.md "Issue 16:
 * attacks by their target"). */
#ifndef RASD_EVENTS_VIOLENCE_H
#define RASD_EVENTS_VIOLENCE_H

#include "events/actors.h"

/* Whether the noun of force (assault or fight: kind, an EK_ value) at tokens [i, i + n) is a
 * noun that takes its target after على or ضد ("aguard" aimed: هجوم، غارة، إطلاق النار) and
 * names it: past at most a few words in its clause (its adjectives: هجوم مسلح، ضربة جوية) على
 * or ضد and a target that is no abstract matter or phrase ("aguard" not_target: الفساد،
 * الأقل، خلفية), or a verb that says what it struck ("aguard" struck: استهدف، طال). An attack
 * with its target is an act, not a kind or a mention: "إطلاق نار على قسم شرطة الفشن"، "29
 * ضربة جوية ضد التنظيم"، "هجوم مسلح استهدف كمائن عسكرية". */
int vi_targeted(sent_ctx *c, size_t i, size_t n, int kind);

/* When ev, the event of that noun, has no actor: its target as its actor, the name the
 * recogniser found there (no place: على سوريا is where as often as whom) or else its words
 * (قسم شرطة الفشن، كمائن عسكرية), with no id, as groups.c gives a description; the event
 * is then target_only (its doer is not named). */
void vi_target_actor(sent_ctx *c, size_t i, size_t n, int kind, rasd_event *ev);

/* Whether the target of that noun (vi_targeted) is a fighters' position ("aguard"
 * positions: المواقع، تجمعات): an attack on it is combat, a fight (19x), not an
 * assault (18x) (بفتح النار على المواقع المتطرفة) (events33). */
int vi_military_target(sent_ctx *c, size_t i, size_t n, int kind);

/* Coordinated targets (events33): the token after the target that vi_target_actor made ev's
 * only actor (its first token in *head), or 0 when ev has no such actor. */
size_t vi_target_end(sent_ctx *c, size_t i, size_t n, int kind, const rasd_event *ev,
                     size_t *head);

/* The next target coordinated with the one ending at token k (past a place said after it:
 * في بني سويف، بحلوان): after وعلى or واستهداف ("aguard" targeting), or a و-word that repeats
 * the first target's head (token head: قسم شرطة الفشن … وقسم العصافرة); it becomes ev's actor
 * and the token after it is returned, or 0 when none follows. Each is an attack of its own,
 * as the guideline labels a list of targets. */
size_t vi_next_target(sent_ctx *c, size_t k, size_t head, rasd_event *ev);

#endif
