/* any_deed.c — the default trigger layer's generic frame (trig44, issue 16; deed_doers.c's
 * until stop 48). judge38 and judge39 (fresh judged samples of main) left the layer's rows at
 * 0.79; among their wrong rows:
 *   any: «بعد تحرير أي بلدة أو مدينة من الإرهابيين» — a noun of an event with أي ("any")
 *     before it (لأي هجوم، أي اعتداء) or as its genitive (تحرير أي بلدة) names a kind of deed
 *     (what is usually done, what a rule or a pledge covers), no one event: the row is kept off
 *     as assault_frames.c keeps its frames (read over the corpus: every one of 36 sampled instances
 *     of أي before such a noun was generic); */
#include "events/any_deed.h"
#include "events/aguard.h"

int fr_any_deed(sent_ctx *c, size_t i, size_t n, int noun)
{
    if (!noun)
        return 0;
    return (i > c->t0 && ev_aguard_word(c, i - 1, AG_ANY_DEED)) ||
           ev_aguard_at(c, i + n, 0, AG_ANY_DEED, NULL);
}
