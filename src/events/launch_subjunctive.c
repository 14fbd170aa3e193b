/* launch_subjunctive.c — a noun of force as the object of a verb of launching in the present
 * after أن، لن، كي (trig44, issue 16; deed_doers.c's until stop 48): a possibility or a
 * purpose, no deed done; the row is kept off (launch_subjunctive.h). */
#include "events/launch_subjunctive.h"
#include "events/aguard.h"
#include "events/assault_frames.h"

#include <string.h>

enum { DEED_LAUNCH_REACH = 10 }; /* as deed_doers.c's: شن أفراد المقاومة الشعبية … هجوما */

int fr_present_form(sent_ctx *c, size_t k)
{
    const rasd_token *t = &c->s->t[k];
    size_t skip = c->s->t[k].norm_len > 4 && ev_clitic(c, k) == CL_WA ? 2 : 0;
    return t->norm_len >= skip + 4 &&
           (memcmp(t->norm + skip, U_YEH, 2) == 0 || memcmp(t->norm + skip, U_TEH, 2) == 0);
}

int fr_subjunctive(sent_ctx *c, size_t i, int noun, int kind)
{
    if (!noun || (kind != EK_ASSAULT && kind != EK_FIGHT))
        return 0;
    for (size_t k = i; k > c->t0 && k + DEED_LAUNCH_REACH > i; k--) {
        if (fr_stop_at(c, k - 1))
            return 0;
        if (!ev_aguard_word(c, k - 1, AG_LAUNCH_DOER))
            continue;
        return k - 1 > c->t0 && fr_present_form(c, k - 1) &&
               ev_aguard_word(c, k - 2, AG_SUBJUNCTIVE) &&
               !(k - 2 > c->t0 && ev_aguard_word(c, k - 3, AG_DONE_SEQUENCE));
    }
    return 0;
}
