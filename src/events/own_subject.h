/* own_subject.h — a verb of the trigger layer that names its own subject (issue 16, branch
 * appeal51; docs/EVENTS.md "Issue 16: appeals the rules miss, and a known wrong one (branch
 * appeal51, stop 43)"). */
#ifndef RASD_EVENTS_OWN_SUBJECT_H
#define RASD_EVENTS_OWN_SUBJECT_H

#include "events/actors.h"

/* Whether the word right after the trigger verb at token i is that verb's own subject, one
 * the recogniser did not name (ودعا المعتصمون، طالبت زوجة الشهيد، اتهم محامو الضحايا،
 * طالبت مجموعة من أقارب الركاب): a nominative plural (ال… ون، م… و) or a word of
 * data/events.tsv aguard own_subject (kin, an agent at law, a number of people). The layer's
 * discourse then gives the verb no subject from before (the last quote's speaker, the last
 * event's actor). */
int ev_appeal_own_subject(sent_ctx *c, size_t i);

/* Whether the trigger verb at token i is in the plural (ناشدوا، طالبوا، دعوا; يطالبون،
 * تطالبون; read on its norm with the proclitics off): its subject is in it, so the layer's
 * discourse gives it only a group the text describes, never one named body or person. */
int ev_plural_verb(const sent_ctx *c, size_t i);

/* Whether entity e, named before the plural verb at token i, cannot be its subject: not a
 * group the text describes, a one-word plural name (مواطنون), a relative's antecedent (…
 * الذين دعوا … وهددوا) or a person named with another person before the verb. 0 when the
 * verb is not plural. */
int ev_plural_skip(sent_ctx *c, const rasd_entity *e, size_t i);

/* The subject of the layer's verb at tokens [i, i + n) (cut proclitic letters) given by its
 * description right after it, for a verb of what is said (appeal, criticize, accuse,
 * threaten: their rows stand with no actor) that comes first in its clause (ودعا الوزراء
 * مجدداً لعملية …، ودعت الجامعة المتقدمات): groups.c's ev_group_subject, the rules' own
 * reading of a description (data/events.tsv "group": forces, bodies, groups of people), less
 * the two forms the rules read as the one asked or accused (an appeal's «كما طالب مجلس الأمن
 * بـ», an accusation's passive). NULL if none. *bare is set when it is a body's bare head with
 * the article (الجامعة، الوزارة): a word referring back to the body named before, so the
 * layer takes it only when the discourse names none; any other description it takes before
 * the discourse's subject (lay66: judge57's 23, judge56's 25). */
const rasd_entity *ev_layer_described_subject(sent_ctx *c, const kind_info *ki, size_t i,
                                              size_t n, int cut, int *bare);

#endif
