/* assault_forecast.c — an attack feared or forecast, told after أن and a verb in the present far
 * before its noun (assault46, issue 16). judge40 (bench/judged/judge40.tsv) found an assault
 * of the default trigger layer in «ويتخوف مختصون ان يقوم تنظيم داعش بعد تحول موقفه من هجومي
 * الى دفاعي … بتنفيذ هجمات كبيرة على مناطق أخرى»: a fear that the group will attack, no
 * attack. assault_feared.c reads a fear within three words before the noun (خشية من هجوم، مخاوف من
 * وقوع هجمات) and launch_subjunctive.c أن right before a verb of launching right before it (أن تشن
 * هجمات); here the fear's verb and its أن stand farther off, a clause of subject and
 * circumstances between (يقوم تنظيم داعش … بتنفيذ). The form: a word of fear or forecast
 * (يتخوف، يخشى، يتوقع، توقع، مخاوف؛ data/events.tsv "aguard forecast"), within three words
 * أن, then a verb in the present (ي or ت first: يقوم، يشن، تشهد، يكون), all in the noun's
 * clause (no comma, no full stop between). Not رجح (it is likely that): what is guessed is
 * mostly who did an attack that happened (ورجح مسؤولون أن يكون الهجوم الانتحاري …). */
#include "events/assault_forecast.h"
#include "events/assault_frames.h"
#include "events/launch_subjunctive.h"
#include "core/internal.h"
#include "events/aguard.h"
#include "events/letters.h"

#include <string.h>

enum { FORECAST_REACH = 24,      /* ويتخوف مختصون ان يقوم … بتنفيذ هجمات: 19 words */
       FEAR_BEFORE = 3 };        /* يتخوف عدد من المختصين أن */

/* Whether a word of fear or forecast stands within FEAR_BEFORE words before token k, in its
 * clause. */
static int feared_before(sent_ctx *c, size_t k)
{
    for (size_t j = k; j > c->t0 && j + FEAR_BEFORE >= k; j--) {
        if (fr_stop_at(c, j - 1))
            return 0;
        if (ev_aguard_word(c, j - 1, AG_FORECAST))
            return 1;
    }
    return 0;
}

int fr_forecast(sent_ctx *c, size_t i, int noun, int kind)
{
    if (!noun || (kind != EK_ASSAULT && kind != EK_FIGHT))
        return 0;
    for (size_t k = i; k > c->t0 && k + FORECAST_REACH > i; k--) {
        size_t v = k;          /* the word after أن, past a quotation mark (أن «يشن) */
        if (fr_stop_at(c, k - 1))
            return 0;
        if (!ev_aguard_word(c, k - 1, AG_SUBJUNCTIVE))
            continue;
        while (v < i && c->s->t[v].kind == RASD_TOK_PUNCT && !fr_stop_at(c, v))
            v++;
        if (v < i && fr_present_form(c, v) && feared_before(c, k - 1))
            return 1;
    }
    return 0;
}
