/* deed_doers.h — the doer of a deed of force the trigger layer's row lacks (trig44, issue 16;
 * docs/EVENTS.md "Issue 16: the default trigger layer's rows: doers and wrong frames"). */
#ifndef RASD_EVENTS_DEED_DOERS_H
#define RASD_EVENTS_DEED_DOERS_H

#include "events/actors.h"

/* The doer of a deed of force done (قام X بإطلاق النار على، أقدم X على قتل: the verb's next
 * token v, the noun at token i) that its row lacks (none, or the target only): the words the
 * text gives between the verb and the noun's ب or على when they are a description, not a name
 * (قام شرطي أمريكي أبيض بإطلاق النار، قام المستوطنون بعدة اعتداءات، أقدم مراهقان في الطائف
 * على الاعتداء): one to three words, up to a preposition, a date or a present verb; none when
 * a date, a preposition, a pronoun or a name comes first (أقدم فيه نزيل، أقدمت صباح أمس).
 * Put first as a description (no id); the row is no longer the target's only. */
void fr_deed_desc(sent_ctx *c, int kind, size_t v, size_t i, rasd_event *ev);

/* The doer of a noun of force (assault, fight) at token i that its row lacks: the words right
 * after a verb of launching before it in its clause (data "aguard" launch_doer: شن، نفذت، بدأت)
 * when they are a description, not a name: «شن أفراد المقاومة الشعبية … هجوما»، «شن طيران
 * التحالف العربي أمس، سلسلة غارات» (the subject of a verb first in its clause, the noun its
 * object); none when a number, a quantity, a date or a pronoun comes first (وشن 6 غارات). */
void fr_launch_doer(sent_ctx *c, int kind, size_t i, rasd_event *ev);

/* Whether ev, a row of the target only, is the report again of one of events[0, n) that
 * fr_deed_desc gave a doer (the same CAMEO root, a description first, then ev's actors):
 * «قيام مواطن … بالاعتداء على شقيقه» after «أقدم مواطن … بالاعتداء على شقيقه». */
int fr_known_deed(const rasd_event *events, size_t n, const rasd_event *ev);

#endif
