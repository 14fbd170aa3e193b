/* assault_feared.c — more frames in which a noun of assault names no event (frames43, issue 16).
 * judge38's judged sample of main (seed 3898) found the default trigger layer's rows at 0.79,
 * its wrong rows in frames of the language that assault_frames.c does not read. The same mechanism
 * as assault_frames.c (a class of words of data/events.tsv "aguard" at a fixed place around the
 * noun; the row is kept off), in a file of its own:
 *   pending: right after the noun, or after one more word, an attack still to come (الهجوم
 *     المرتقب، الهجوم البري المتوقع، الهجمات المحتملة): a plan or a fear, not done;
 *   fear: within three words before the noun in its clause, a fear, a warning or a
 *     preparation (خشية من هجوم، مخاوف من وقوع هجمات، حذر من هجمات، تحسبا لأي هجوم،
 *     استعدادا للهجوم، موعد الهجوم): not done;
 *   cyber: right after the noun a word of computers or of hacking (هجمات إلكترونية، هجمات
 *     الاختراق، هجوم الهاكرز), or a pirate followed by one (هجمات قراصنة الكمبيوتر): no
 *     force; pirates alone (قراصنة صوماليون) stay an assault;
 *   span: a plural noun of assault or fight in a sentence that names a span of months or years
 *     (قتل … في المعارك بين المتمردين وقوى الأمن، والهجمات، مقارنة بالنصف الأول من 2014؛
 *     الهجمات خلال الأشهر الماضية): many deeds counted over a period, no one event. */
#include "events/assault_feared.h"
#include "events/assault_frames.h"
#include "core/internal.h"
#include "events/aguard.h"

#include <string.h>

enum { FEAR_REACH = 3 };     /* مخاوف من وقوع هجمات */

/* Whether an attack still to come is said right after the noun ending at end, or after one
 * more word (الهجوم البري المرتقب). */
static int pending_after(sent_ctx *c, size_t end)
{
    return ev_aguard_at(c, end, 0, AG_PENDING, NULL) ||
           (end < c->t1 && !fr_stop_at(c, end) && ev_aguard_at(c, end + 1, 0, AG_PENDING, NULL));
}

/* Whether a word of computers or hacking follows the noun ending at end, right after it or
 * after a pirate (هجمات قراصنة الكمبيوتر). */
static int cyber_after(sent_ctx *c, size_t end)
{
    return ev_aguard_at(c, end, 0, AG_CYBER, NULL) ||
           (ev_aguard_at(c, end, 0, AG_PIRATE, NULL) &&
            ev_aguard_at(c, end + 1, 0, AG_CYBER, NULL));
}

/* Whether token i's normalised form ends in ات (الهجمات، الاعتداءات) or is المعارك. */
static int plural(sent_ctx *c, size_t i)
{
    return fr_plural(c, i) || ev_aguard_at(c, i, 1, AG_BATTLES, NULL);
}

/* Whether a span of months or years is named anywhere in the sentence. */
static int span_in_sentence(sent_ctx *c)
{
    return fr_list_in(c, c->t0, c->t1, AG_SPAN);
}

int fr_feared(sent_ctx *c, size_t i, size_t n, int noun, int kind)
{
    if (!noun || (kind != EK_ASSAULT && kind != EK_FIGHT))
        return 0;
    if (plural(c, i) && span_in_sentence(c))
        return 1;
    if (kind != EK_ASSAULT)
        return 0;
    return pending_after(c, i + n) || fr_before(c, i, AG_FEAR, FEAR_REACH) ||
           cyber_after(c, i + n);
}
