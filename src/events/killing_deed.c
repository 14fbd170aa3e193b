/* killing_deed.c — a killing, shooting or stabbing told as a deed done by its doer, on by
 * default (issue 16, branch fight57, stop 49; docs/EVENTS.md "Issue 16: fights and attacks
 * missed over every read part (branch fight57, stop 49)").
 *
 * layer49 turned the trigger layer's assault "deed" form off by default: its judged rows were
 * mostly the nouns هجوم and اعتداء (a generic trend, an attack by words, on rights, on an army
 * post, a fight). The form's nouns of "trigger" 74 name a physical killing or wounding only,
 * and only as a deed (قتل is otherwise the verb): «قام مواطن بإطلاق النار على زوجته»، «أقدم
 * … على قتل …». The census of every read part's missed assaults and fights (bench/fight57)
 * found such rows in four parts (unseen4, unseen5, unseen6, unseen25) and the corpus holds
 * them in about 60 articles, none of them given by default at stop 49's start. Not after a
 * relative "what" (ما أقدم عليه المتهم بقتل: a deed referred back to).
 *
 * Hook: triggers.c ev_trigger_events, where a row is marked on (form_on_at); the row has
 * passed every guard and frame of the layer (framed, as_framed) by then, which stay in force.
 * ki->kind is the kind after the layer's retyping (a shooting at positions is a fight, whose
 * deed form is on already). */
#include "events/killing_deed.h"

/* Whether the word right before the deed's verb (at token deed - 1) is a relative "what" (aguard
 * what_deed, no proclitic: كما قام is "as … did", a deed told): «ما أقدم عليه المتهم … بقتل
 * شقيقته» refers back to the deed a charge sheet is about (unseen18's row; the article tells it
 * before), no report of it. */
static int what_before(sent_ctx *c, size_t deed)
{
    size_t m;
    return deed >= c->t0 + 2 && ev_aguard_at(c, deed - 2, 0, AG_WHAT_DEED, &m) && m == 1;
}

int kd_killing_deed_on(sent_ctx *c, int kind, int kill_noun, size_t deed)
{
    return kill_noun && deed && kind == EK_ASSAULT && !what_before(c, deed);
}
