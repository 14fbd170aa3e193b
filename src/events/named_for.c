/* named_for.c — a person named in an institution's name is no actor (issue 16, prec72,
 * stop 60).
 *
 * A university, a hospital, a city or a centre named for a prince or a king (جامعة الأمير سطام
 * بن عبدالعزيز، مستشفى الملك فهد، ملعب الأمير محمد العبدالله الفيصل) holds a person's name the
 * recogniser tags as such; the paths that take the nearest name before a trigger took it for
 * the doer (judge62 row 1: «قام معالي مدير جامعة الأمير سطام بن عبدالعزيز الدكتور عبدالرحمن
 * … العاصمي بزيارة», given Prince Sattam; docs/EVENTS.md "Stop 60: the wrong event rows of
 * judge60-62 classed by form"). Here a person's mention is such a namesake when a word of
 * data/events.tsv "aguard namesake" (جامعة، مستشفى، مدينة، مركز …; fix61's list, which
 * speakers.c qt_namesake reads for quotes) stands before one or two words of
 * "namesake_title" (الأمير، الملك، الشيخ) right before it or opening it, or when a title
 * mention ends with the two («مدير جامعة الأمير», resolved to the name after it).
 * ev_can_act (actors.c) then lets it act in no event. */
#include "events/actors.h"
#include "events/aguard.h"

enum { TITLE_MAX = 2 };        /* خادم الحرمين الشريفين is no institution's; الملك، الأمير */

/* Whether a mention ends with an institution's word and a title (a title mention, «مدير
 * جامعة الأمير», that the recogniser resolved to the namesake after it). */
static int ends_named_for(sent_ctx *c, const rasd_entity *e)
{
    size_t k = e->tok_end, n;
    return k >= e->tok_start + 2 && k <= c->t1 &&
           ev_aguard_at(c, k - 1, 0, AG_NAMESAKE_TITLE, &n) && n == 1 &&
           ev_aguard_at(c, k - 2, 1, AG_NAMESAKE, &n) && n == 1;
}

int ev_named_for(sent_ctx *c, const rasd_entity *e)
{
    size_t k = e->tok_start, n;
    int titles = 0;
    if (ends_named_for(c, e))
        return 1;
    if (k < c->t1 && ev_aguard_at(c, k, 0, AG_NAMESAKE_TITLE, &n) && n == 1)
        titles = 1;            /* the mention opens with its title: «الأمير سطام …» */
    while (k > c->t0 && titles < TITLE_MAX && ev_aguard_at(c, k - 1, 0, AG_NAMESAKE_TITLE, &n) &&
           n == 1) {
        k--;
        titles++;
    }
    return titles > 0 && k > c->t0 && ev_aguard_at(c, k - 1, 1, AG_NAMESAKE, &n) && n == 1;
}
