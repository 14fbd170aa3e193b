/* meeting_doer.h — meetings told by عقد + its doer + اجتماعا whose doer is a title pronoun or a
 * subject carried in the sentence (issue 16, branch meet56, stop 48; docs/EVENTS.md "Issue
 * 16: the meeting forms reach55 found first (branch meet56, stop 48)"). encounter.c's
 * encounter_at calls these. */
#ifndef RASD_EVENTS_MEETING_DOER_H
#define RASD_EVENTS_MEETING_DOER_H

#include "events/actors.h"

/* Whether token k is a title pronoun (data/quotes.tsv "honor" 0: سموه، جلالته، فخامته،
 * معاليه), with the proclitic ب when bi and none else. */
int ev_title_pronoun(sent_ctx *c, size_t k, int bi);

/* The person the title pronoun at token k stands for: the first one named in the sentence
 * before or in this one before k with the courtesy title of the pronoun right before the name
 * (جلالته: جلالة الملك عبدالله الثاني; سموه: صاحب السمو الملكي الأمير محمد بن سلمان), other
 * than not; NULL if none or k holds no title pronoun (with ب when bi). */
const rasd_entity *ev_title_pronoun_referent(sent_ctx *c, size_t k, int bi, const rasd_entity *not);

/* The doer of the meeting's word at tokens [i, i + n) (noun: a noun) when a title pronoun
 * tells it: right after the verb (والتقى سموه بـ), or between a support verb and the noun
 * (وعقد فخامته اجتماعا مع), dates after it; its referent, else NULL. */
const rasd_entity *ev_pronoun_doer(sent_ctx *c, size_t i, size_t n, int noun);

/* The doer of the noun at token i right after a support verb that a clause particle opens
 * (فيما عقد اجتماعا باللاعبين): the first person the sentence names before the particle who
 * can be a subject (no ب or ل, no preposition before); NULL if the form does not hold. */
const rasd_entity *ev_meeting_carried_doer(sent_ctx *c, const kind_info *ki, size_t i);

#endif
