/* appeal_bare_past.c — the bare past طالب after a particle of narration, on by default (issue 16,
 * branch appeal54; docs/EVENTS.md "Issue 16: the bare past طالب after a particle (branch
 * appeal54, stop 46)"). The bare past طالب is no word of events.tsv (a student: "!طالب"), but
 * after كما and فيما it can only be the verb (كما طالب وزير الخارجية عادل الجبير المجتمع الدولي
 * بالتحرك; فيما طالب يحيى السالم الجهات المختصة بـ): appeal54's block of events.tsv lists those
 * phrases (value 1, a verb; after قد، حيث، إذ، بينما، عندما too, but those particles cost
 * every walk: events.tsv). After such a particle the subject is
 * often the speaker of the clause before, carried over, and the noun after the verb the one
 * asked (واعتبر إدريس أن …، كما طالب مجلس الأمن الدولي بتحمل مسؤولياته; حيث طالب اتحاد الكرة
 * ورابطة دوري المحترفين بإشراك الأندية): on the draw read for this rule (all seven particles)
 * 5 of the 6 bodies named right after the verb were the one asked, every person named there
 * the caller. So a body right after the verb is no caller here; a subject before the particle
 * stands. */
#include "events/appeal_bare_past.h"
#include "events/aguard.h"

#include <string.h>

int ev_appeal_bare_past_body(sent_ctx *c, size_t i, size_t n, const rasd_entity *a)
{
    return n == 2 && a->tok_start >= i + n && strcmp(a->type, "PER") != 0 &&
           ev_aguard_at(c, i + 1, 0, AG_BARE_APPEAL, NULL);
}
