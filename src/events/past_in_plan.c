/* past_in_plan.c — a past attack inside a planned frame (issue 16, mend52, stop 44).
 *
 * judge46 (docs/EVENTS.md "Stop 44: a fresh judged sample …", row 34) found the Asir mosque
 * bombing of 6 August given planned on the 14th in «إلى تخصيص خطبة غد الجمعة للحديث عن
 * الجريمة النكراء والهجوم الإرهابي الدنيء الذي حدث في بيت من بيوت الله»: the sermon is
 * to come, not the attack. The same frame recurs over the corpus (three more articles of 7
 * August outside judge46's: «تخصيص خطبة الجمعة غداً عن حادث التفجير الذي وقع ظهر اليوم»):
 * the rules date the noun by the nearest date (غداً) and call it planned. A relative
 * pronoun and a verb of taking place right after the noun (الذي حدث، الذي وقع، التي
 * استهدفت; data/events.tsv "aguard took_place") tell it as past: the event is occurred and
 * dated by the sentence's dates that are not to come. Assaults and fights only: their nouns
 * take such a relative (a meeting's «الذي عقد» is as often one to come, الاجتماع الذي سيعقد
 * has سـ and is not in the list anyway). After an indefinite noun, whose relative clause
 * has no pronoun, the verb alone tells it (وكانت غارة جوية أمريكية استهدفت الفضلي في سبتمبر:
 * dated September to come and planned before). Runs after the status and date (events.c); assumes
 * ev->start, ev->end and the trigger's offsets are set. */
#include "events/past_in_plan.h"
#include "events/aguard.h"
#include "events/letters.h"

/* Words between the noun and its relative, at most (الجريمة النكراء والهجوم الإرهابي الدنيء
 * الذي: 2 adjectives; 4 leaves room for a genitive, حادث التفجير الإرهابي الغاشم). */
enum { TOOK_PLACE_REACH = 4 };

/* Whether token i is indefinite: no ال first or after a proclitic, no لل (as force_told.c's). */
static int indefinite(sent_ctx *c, size_t i)
{
    const rasd_token *t = &c->s->t[i];
    return !starts_with(t->norm, t->norm_len, U_LAM U_LAM) && !ev_definite_any(t);
}

int ev_told_past(sent_ctx *c, size_t i, size_t n, int kind)
{
    int bare;
    if (kind != EK_ASSAULT && kind != EK_FIGHT)
        return 0;
    bare = indefinite(c, i);
    for (size_t k = i + n; k + 1 < c->t1 && k <= i + n + TOOK_PLACE_REACH; k++) {
        if (ev_comma(c, k) || ev_punct(c->s, k, ".;:!") || c->s->t[k].kind == RASD_TOK_PUNCT)
            return 0;
        if (word_value(c, k, EK_RELATIVE) == 1)
            return ev_aguard_word(c, k + 1, AG_TOOK_PLACE);
        if (bare && ev_aguard_word(c, k, AG_TOOK_PLACE))
            return 1;                  /* غارة جوية أمريكية استهدفت: no relative after it */
    }
    return 0;
}

void ev_set_past(sent_ctx *c, size_t i, size_t n, int kind, uint32_t content, rasd_event *ev)
{
    if (!ev->planned || !ev_told_past(c, i, n, kind))
        return;
    ev->planned = 0;
    ev_event_date(c->doc, ev->start, ev->end, 0, content, ev);
    ev->planned = 0;                   /* told as past: no date to come makes it planned */
}
