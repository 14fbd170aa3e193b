/* meeting_apposed.c — a meeting verb whose subject's titles, place and time stand before مع
 * (issue 16, branch app66, stop 56; docs/EVENTS.md "Issue 16: the read parts' missed appeals
 * and meetings (branch app66, stop 56)"; the rule stated first in bench/app66/rule_1.md).
 *
 * encounter.c joins a meeting's verb (data/events.tsv "encounter" 2, 3: اجتمع، التقى، يلتقي) to
 * its party after مع only within JOIN_REACH tokens, and stops at a preposition, a place word or
 * a word with لـ; meeting_comma.c crosses commas only. So a subject told with all its titles,
 * where and when, lost the meeting (unseen31, err63's e1):
 *   اجتمع صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني
 *   لرئيس مجلس الوزراء وزير الدفاع في جدة مساء اليوم مع رئيس حزب القوات اللبنانية سمير جعجع
 * Here, when those joins find nothing, the words after the verb up to مع may be, within
 * APPOSED_REACH tokens of the clause (no comma, no clause's end): encounter.c's between words
 * (a name, a title and its genitive, a date, a nisba, a definite word), a title with لـ
 * (لرئيس) and the word right after it (its genitive), and a place phrase: في or a word of
 * "place" 4 (مدينة) before the place the recogniser found, or that place with بـ (بجدة). A
 * person's name must be the verb's subject right after it (ev_subject_after: titles before
 * it); the scan starts after it, and encounter.c's verb_subject reads it again.
 * Anything else (في مكتبه، لبحث، خلال الزيارة, a ب party) and no join. encounter.c then reads
 * the party after مع and the subject as for its own join, with its guards.
 */
#include "events/meeting_apposed.h"
#include "events/encounter.h"

#include <string.h>

enum { APPOSED_REACH = 26 };   /* tokens from the verb to مع: the subject behind its titles
                                  (صاحب السمو الملكي الأمير … وزير الدفاع: 17), a place and
                                  a time (في جدة مساء اليوم: 4) */

/* The token after a place phrase at token k (في جدة، في مدينة جدة، بجدة), or k if none. */
static size_t past_place(sent_ctx *c, size_t k)
{
    size_t a = k;
    const rasd_entity *e;
    if (word_value(c, a, EK_PLACE) == PLACE_IN) {
        a++;
        if (a < c->t1 && word_value(c, a, EK_PLACE) == PLACE_NOUN)
            a++;               /* في مدينة جدة */
    } else if (!(ev_is_word(&c->s->t[a]) && ev_clitic(c, a) == CL_BI))
        return k;
    e = a < c->t1 ? ev_first_entity(c, a, a + 1) : NULL;
    return e && is_loc(e) && e->tok_start == a ? e->tok_end : k;
}

/* Whether token k is a title with لـ (لرئيس) right after a title's words (النائب الثاني). */
static int lam_title(sent_ctx *c, size_t k)
{
    int v;
    size_t n;
    return ev_is_word(&c->s->t[k]) && ev_clitic(c, k) == CL_LAM &&
           ev_word_is(c->s, k, 1, EK_LEAD, &v, &n) && n == 1 && v == 0;
}

size_t ev_apposed_join(sent_ctx *c, size_t from, int *bi)
{
    int genitive = 0;          /* the token after a title with لـ */
    const kind_info *ki = ev_kind_info(EK_MEET);
    const rasd_entity *a = ki ? ev_subject_after(c, ki, from, NULL, NULL) : NULL;
    if (!a || a->tok_start < from || !a->id || strcmp(a->type, "PER") != 0)
        return 0;              /* a person named right after the verb, titles between */
    for (size_t k = a->tok_end; k < c->t1 && k < from + APPOSED_REACH;) {
        size_t past;
        if (ev_clause_end(c, k) || ev_comma(c, k))
            return 0;
        if (word_value(c, k, EK_WITH) == WITH_MA3) {
            *bi = 0;
            return k + 1 < c->t1 ? k + 1 : 0;
        }
        if ((past = past_place(c, k)) > k) {
            k = past, genitive = 0;
            continue;
        }
        if (lam_title(c, k)) {
            k++, genitive = 1;
            continue;
        }
        if (!(genitive && ev_is_word(&c->s->t[k]) && ev_clitic(c, k) == 0) &&
            (word_kind(c, k, 0, EK_PREP) || word_kind(c, k, 0, EK_ABOUT) ||
             word_kind(c, k, 0, EK_PLACE) || ev_clitic(c, k) == CL_LAM ||
             ev_clitic(c, k) == CL_BI || !ev_enc_between(c, k)))
            return 0;          /* في مكتبه، لبحث، خلال الزيارة، بالطواقم: another phrase */
        k++, genitive = 0;
    }
    return 0;
}
