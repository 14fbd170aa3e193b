/* first_person.c — the speaker of an appeal in the first person whom its sentence does not
 * name (events37, issue 16; docs/EVENTS.md "Issue 16: event forms from unseen13's misses").
 * The rules read a verb of appeal in the first person inside a quote (data/events.tsv appeal
 * 14: أطالب، نطالب، ندعو، نناشد) as the quote's speaker asking its object, but took the speaker
 * only as a name the recogniser found in the same sentence. A quote after a colon often has
 * its speaker in the sentence before or given by a description, and its appeal was lost:
 *     واختتم حديثه لـ"سبق" قائلاً: أطالب وزير الصحة بمحاسبة كل من تسبب في هذا الخطأ
 *     (the father named two sentences before)
 *     وأضاف: مليشيا الحوثي قتلت الأطفال والنساء … ونطالب وزارة الصحة بسرعة ارسال فريق طبي
 *     (مسؤول حكومي بعدن, an unnamed official)
 * The speaker is then the quote's as quotes.c gives it: its entity (id and canonical name) or
 * its description, which must hold two letters at least (د. cut from a name is none). The
 * rules' guards (a prayer, nothing asked, a relative before the verb) stay as they are. */
#include "events/actors.h"
#include "events/letters.h"

#include <string.h>

int ev_first_speaker(sent_ctx *c, const rasd_quote *q, rasd_event *ev)
{
    if (!q || !q->speaker_name || strlen(q->speaker_name) < LETTERS(2) ||
        ev->nactors >= RASD_EVENT_ACTORS)
        return 0;
    c->actor[ev->nactors] = NULL;
    ev->actor_id[ev->nactors] = q->speaker_id;
    ev->actor_name[ev->nactors] = q->speaker_name;
    ev->actor_start[ev->nactors] = q->speaker_start;
    ev->actor_end[ev->nactors] = q->speaker_end;
    ev->nactors++;
    return 1;
}
