/* wrong56.c — which status an event keeps when its mentions disagree (issue 16, branch
 * wrong56, stop 48; docs/EVENTS.md "Issue 16: wrong rows and defects left at stop 47 (branch
 * wrong56, stop 48)").
 *
 * An article's mentions of one event (same kind, same actors: event_when.c repeats) are folded
 * into its first. The fold kept `planned &= …`: any occurred mention made the event occurred.
 * But a later mention with no date of its own, mostly a noun («خلال توقيت زيارة الرئيس
 * الصيني»، «اجتماع كيري مع لافروف الذي سيشارك فيه»), is occurred only by default, not because
 * the text says it happened: judge49's row 40 (Xi's visit «قبل ثلاثة أشهر من زيارة …»,
 * planned by wrong55) was turned back to occurred so. Here a planned event stays planned
 * unless the later occurred mention states its date (dated: «التقى أمس»، «في 12 مايو»).
 * The other way (an occurred first mention, a later planned one) is left as it was: the
 * later planned mentions the corpus holds are mostly «قبل» + a past event's noun («قبل هجوم
 * سوسة يوم 26 يونيو»، «قبل تقدم المقاومة»), which says nothing of the article's day.
 *
 * Hook: event_when.c repeats, in place of the `&=`, before the fold takes ev's date (o->dated
 * is then still the earlier mentions' own). */
#include "events/ev.h"

int w56_fold_planned(const rasd_event *o, const rasd_event *ev)
{
    return o->planned && (ev->planned || !ev->dated);
}
