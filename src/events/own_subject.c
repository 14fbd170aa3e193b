/* own_subject.c — a verb of the trigger layer that names its own subject (issue 16, branch
 * appeal51; docs/EVENTS.md "Issue 16: appeals the rules miss, and a known wrong one (branch
 * appeal51, stop 43)"). The layer's discourse() gives a verb with no actor the speaker of
 * the last quote before it (ودعا: what a speaker does is say) or the last event's actor. Right
 * for a verb whose subject the text leaves out (ودعت الجامعة للراغبين، وحث موظفي الفرع);
 * wrong when the subject stands right after the verb but is no entity: «ودعا المعتصمون إلى
 * إعدام …» after the observatory's quote is the protesters' call (anaph50's fresh rows,
 * snn-026558), «طالبت زوجة الشهيد …» is the widow's, not the martyr's. Such a subject is
 * told by its form (a nominative plural) or its head (kin, an agent at law, a number of
 * people: aguard own_subject). A title after the verb (ودعا مدير جوازات نجران) is left: it is
 * mostly the speaker named before. */
#include "events/own_subject.h"
#include "events/aguard.h"
#include "events/letters.h"

/* Letters a nominative plural needs at least: ال + a stem of three + ون (المعتصمون), م + two +
 * و in a construct (محامو، ممثلو); shorter words ending so are other words (القانون، أبو). */
enum { PLURAL_LETTERS = 7, CONSTRUCT_LETTERS = 5 };

/* Whether token k, with no proclitic, is a nominative masculine plural. */
static int nominative_plural(const rasd_token *t)
{
    const char *w = t->norm;
    size_t n = t->norm_len;
    if (starts_with(w, n, U_ARTICLE) && ends_with(w, n, U_WAW U_NOON))
        return n >= LETTERS(PLURAL_LETTERS);
    return starts_with(w, n, U_MEEM) && ends_with(w, n, U_WAW) &&
           n >= LETTERS(CONSTRUCT_LETTERS);
}

int ev_appeal_own_subject(sent_ctx *c, size_t i)
{
    size_t n, k;
    if (!ev_lookup(c->s, i, 1, EK_TRIG, &n) || (k = i + n) >= c->t1 || !ev_is_word(&c->s->t[k]))
        return 0;
    if (ev_aguard_is(c->s, k, 0, AG_OWN_SUBJECT, &n))
        return 1;
    return ev_clitic(c, k) == 0 && nominative_plural(&c->s->t[k]);
}
