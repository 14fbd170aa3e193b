/* meeting_comma.c — a meeting verb whose party follows a comma (issue 16, branch meet57, stop
 * 49; docs/EVENTS.md "Issue 16: meetings missed over every read part (branch meet57, stop 49)").
 *
 * encounter.c joins a meeting's verb (data/events.tsv "encounter" 2, 3: التقى، اجتمع، يلتقي)
 * to its party only when مع or ب follows within its clause, and a comma ends the clause; so a
 * comma after the verb's subject or around a time between them lost the meeting:
 *   التقى مدير إدارة شؤون التطويف محمد مفرج العميري، بمدير التوعية والتوجيه …
 *   اجتمع الرئيس اليمني عبدربه منصور هادي، مع المبعوث الأممي …
 *   سوف يلتقي، الخامس من أغسطس (آب) الحالي، بأعضاء لجنة الشؤون الخارجية …
 * Here, when encounter.c's own join finds nothing, the words after the verb may be its
 * subject (any words but a preposition, a place, لـ, مع or ب, ending in a person's name or a
 * time, or none), a comma, then an aside of titles or a time (encounter.c's between) and a
 * second comma; right after a comma, مع or a word with ب starts the party. Anything else
 * there and no join. encounter.c then reads the party (party_at: a person behind titles, a
 * group of people, a peer, a title; never a place or a body's premises) and the subject as
 * for its own join, with its guards (negated, asked, courtesies, the public, history).
 */
#include "events/meeting_comma.h"
#include "events/encounter.h"

#include <string.h>

enum { COMMA_REACH = 16,       /* tokens from the verb to the party: a subject behind titles
                                  and an aside (مدير إدارة شؤون التطويف محمد مفرج العميري ،
                                  : 8) or a date between commas (، الخامس من أغسطس ( آب )
                                  الحالي ،: 9) */
       COMMAS = 2 };           /* commas between the verb and the party */

/* Whether token k starts a party after a comma: مع (*bi = 0, the party after it) or a word
 * with ب (*bi = 1). Returns the party's first token, 0 if none. */
static size_t party_start(sent_ctx *c, size_t k, int *bi)
{
    if (k >= c->t1)
        return 0;
    if (word_value(c, k, EK_WITH) == WITH_MA3) {
        *bi = 0;
        return k + 1 < c->t1 ? k + 1 : 0;
    }
    if (ev_is_word(&c->s->t[k]) && ev_clitic(c, k) == CL_BI) {
        *bi = 1;
        return k;
    }
    return 0;
}

/* Whether token k may stand before the first comma (the verb's subject with its titles,
 * a time): no clause's end, no party's word (مع، بـ), no other phrase (a preposition, a place,
 * لـ). */
static int subject_word(sent_ctx *c, size_t k)
{
    if (!ev_is_word(&c->s->t[k]))
        return !ev_punct(c->s, k, ",.;:!?");
    return !word_kind(c, k, 0, EK_WITH) && ev_clitic(c, k) != CL_BI &&
           ev_clitic(c, k) != CL_LAM && !word_kind(c, k, 0, EK_PREP) &&
           !word_kind(c, k, 0, EK_ABOUT) && !word_kind(c, k, 0, EK_PLACE);
}

/* Whether what ends before the first comma at token k may be the verb's subject or a time:
 * nothing (التقى، بـ), a person's name, a date, a bracket. */
static int subject_end(sent_ctx *c, size_t from, size_t k)
{
    if (k == from || ev_in_date(c, k - 1) || !ev_is_word(&c->s->t[k - 1]))
        return 1;
    for (size_t q = 0; q < c->ne; q++)
        if (c->en[q].tok_end == k && strcmp(c->en[q].type, "PER") == 0)
            return 1;
    return 0;
}

size_t ev_comma_join(sent_ctx *c, size_t from, int *bi)
{
    size_t commas = 0;
    for (size_t k = from; k < c->t1 && k < from + COMMA_REACH; k++) {
        if (ev_comma(c, k)) {
            size_t p;
            if (++commas > COMMAS || (commas == 1 && !subject_end(c, from, k)))
                return 0;
            if ((p = party_start(c, k + 1, bi)) != 0)
                return p;
            continue;
        }
        if (ev_in_date(c, k))
            continue;          /* الخامس من أغسطس: its من is the date's */
        if (commas == 0 ? !subject_word(c, k)
                        : !subject_word(c, k) || !ev_enc_between(c, k))
            return 0;          /* في مكتبه، لبحث، خلال الزيارة: another phrase */
    }
    return 0;
}

int ev_comma_in(sent_ctx *c, size_t a, size_t b)
{
    for (size_t k = a; k < b && k < c->t1; k++)
        if (ev_comma(c, k))
            return 1;
    return 0;
}
