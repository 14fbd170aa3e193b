/* fold_copy.c — whether a later mention folded into an earlier fight or assault may give it its
 * place (issue 16, branch foldcopy58, stop 50; docs/EVENTS.md "Issue 16: a later mention's
 * place and day, copied onto an earlier event (branch foldcopy58, stop 50)").
 *
 * event_when.c repeats folds a later mention into an earlier event of the article with the same
 * kind and the same actors; the earlier event took the later mention's place when it had none
 * or the later one was said closer to its word. For the use of force (CAMEO 18x, 19x) one
 * side's deeds over a whole report are folded so, and a place said with a later deed is mostly
 * not the earlier deed's: الغوطة الشرقية for a shelling of Aleppo, عدن for a position in Lahj,
 * مأرب and السعودية for Aden's fighting, ريف for Arbin (foldcopy58's count over the corpus: of 7
 * such copies 5 wrong; fold58 found the same). Here such a mention in another sentence gives
 * no place; in the earlier event's own sentence it still does, and its day is still copied (of
 * the day copies counted, most were right). The fold itself (one event, its status) is
 * unchanged.
 *
 * Hook: event_when.c repeats, before the copy of the place.
 */
#include "events/ev.h"

int ev_fold_gives_place(const rasd_event *o, const rasd_event *ev)
{
    int force = ev->cameo[0] == '1' && (ev->cameo[1] == '8' || ev->cameo[1] == '9');
    return !force || o->start == ev->start;
}
