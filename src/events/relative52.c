/* relative52.c — a relative's owner as the subject of a cue with adjuncts after it (issue
 * 16, attr52, stop 44).
 *
 * speakers.c gives a cue right after الذي/التي (data/events.tsv "relative" 1) the person or
 * organisation named right before the relative (qt_relative_owner, speech.c: عبدالله العليان
 * الذي بين أن) only when nothing stands between the cue and its statement. With a time or a
 * place between (سيب بلاتر الذي أعلن في يونيو الماضي أنه سيستقيل؛ لويس فان غال الذي أكد من
 * الولايات المتحدة … انه) the words after the cue name nobody, so the last speaker went on
 * (often someone else: the one who attacked Blatter) or nobody did. A verb after a relative
 * has its subject in the relative, so the owner is the speaker here too: when the words
 * after the cue are adjuncts only or name no subject (qt_adjuncts_only, qt_no_subject), the
 * same owner as qt_relative_owner finds (not when له، لها follow the cue: data/events.tsv
 * "aguard to52", التي صُرّح لها بالعمل: a passive, permitted), before a subject fronted before the relative
 * (وشن مارادونا هجوما على … بلاتر الذي أعلن: Blatter's, not Maradona's). Assumes the call
 * at subject_of's start, before its fronted and last-speaker rules (speakers.c). */
#include "events/quotes.h"
#include "events/aguard.h"

int qt_relative_adjuncts(qctx *q, const qcue *c, size_t a, size_t b, speaker *sp)
{
    size_t n;
    if (a >= b || c->via || ev_aguard_is(q->s, a, 0, AG_TO52, &n) ||
        !(qt_adjuncts_only(q, a, b) || qt_no_subject(q, a, b)) || !qt_relative_owner(q, c, sp))
        return 0;                    /* التي صُرّح لها بالعمل: a passive, permitted, not said */
    QT_HOW(q, "relative52");
    return 1;
}
