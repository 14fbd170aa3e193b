/* status_merge.c — which status an event keeps when its mentions disagree, and a day set off by
 * commas as the event's own (issue 16, branch wrong56, stop 48; docs/EVENTS.md "Issue 16:
 * wrong rows and defects left at stop 47 (branch wrong56, stop 48)").
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
#include "events/letters.h"

int ev_fold_status(const rasd_event *o, const rasd_event *ev)
{
    return o->planned && (ev->planned || !ev->dated);
}

/* Whether date d is set off by commas, a comma right before it and right after it (spaces
 * and a bracket aside): «استقبل … في قصر سموه بجدة، مساء أمس، معالي وزير الخارجية
 * المصري»، «اتهمت حكومة الوفاق الوطني في رام الله، أمس، الحكومة الإسرائيلية». weeks.c
 * ev_far_day (reldays46) takes a day of the event's own clause past event_when.c's reach but
 * not past punctuation, so such a day, an adjunct of the clause set off on both sides, was
 * lost and the event given the article's day (judge49: «أمس» unused).
 *
 * Hook: weeks.c ev_far_day, where punctuation between the event's word and the day refuses
 * it; its other tests (a relative clause, another speech, بعد، إثر، عقب between, قبل|بعد +
 * days, FAR_REACH) still hold. */
static int comma_at(const char *t, size_t len, size_t i, int dir)
{
    while (i > 0 && i < len && (t[i] == ' ' || t[i] == '(' || t[i] == ')'))
        i = dir < 0 ? i - 1 : i + 1;
    if (i >= len)
        return 0;
    if (t[i] == ',')
        return 1;
    return dir < 0 ? i > 0 && letter_is(t + i - 1, U_ARABIC_COMMA)  /* ، is two bytes */
                   : i + 1 < len && letter_is(t + i, U_ARABIC_COMMA);
}

int ev_date_set_off(const rasd_doc *doc, const rasd_date *d)
{
    return d->start > 0 && comma_at(doc->text, doc->len, d->start - 1, -1) &&
           comma_at(doc->text, doc->len, d->end, 1);
}
