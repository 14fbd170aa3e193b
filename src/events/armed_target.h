/* armed_target.h — an attack on an armed force or its post is a fight (assault41, issue 16;
 * docs/EVENTS.md "Issue 16: the trigger layer's assault rows, second pass"). */
#ifndef RASD_EVENTS_ARMED_TARGET_H
#define RASD_EVENTS_ARMED_TARGET_H

#include "events/actors.h"

/* Whether the noun of attack at tokens [i, i + n) (data/events.tsv "aguard" attack: هجوم،
 * هجمات، الهجوم) has as its target, after على or ضد in its clause, an armed force or a post of
 * one ("aguard" front, combatant, armed, site: مراكز قوات النظام، كتيبة للجيش، مواقعها،
 * المقاتلين الأكراد، تنظيم داعش، متشددي تنظيم الدولة), with no word of terror in the sentence
 * (إرهابي، تفجير، انتحاري): then it is a fight (the Guideline: fight is force between armed
 * parties, assault a deed on people outside combat). */
int fr_armed_target(sent_ctx *c, size_t i, size_t n, int noun, int kind);

/* Whether the target starting at token a is an armed force or its post, as above, with no word
 * of terror in the sentence (ast66: «الهجوم الذي استهدف دورية للجيش» is a fight). */
int fr_armed_at(sent_ctx *c, size_t a);

#endif
