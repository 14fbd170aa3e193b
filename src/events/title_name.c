/* title_name.c — a title whose complement opens with a preposition before the holder's name
 * (branch quotes26, docs/EVENTS.md "Issue 16: a new statement after a comma and a particle"):
 * أكد المشرف العام على إدارة الإعلام والمتحدث الرسمي لجامعة تبوك الدكتور سمير بن موسى
 * النجدي أنه …: على belongs to the title (the supervisor "over" the office), not to the verb
 * (أكد على أهمية), when a person the recogniser found ends right before إن/أن; names.c
 * title_subject_end asks here. */
#include "events/quotes.h"

#include <string.h>

/* Whether the preposition at token k, inside a title chain before the content at token b,
 * is part of the title: b is إن/أن (data/quotes.tsv "that"), a person who can speak ends at
 * b (a comma at most between) and starts past k + 1, and only words and commas stand between
 * k and that person, no stop word, date, reporting word or إن/أن (the name's own words, علي
 * read as على among them, are the name's: the chain runs to b). */
int qt_title_named_at(const qctx *q, size_t k, size_t b)
{
    size_t n, e = b, j;
    if (b >= q->s->nt || !ev_word_is(q->s, b, 0, EK_THAT, NULL, &n))
        return 0;
    if (e > k && qt_comma(q, e - 1))
        e--;
    for (j = qt_ent_from(q, k + 1); j < q->ne && q->en[j].tok_end < e; j++)
        ;
    if (j >= q->ne || q->en[j].tok_end != e || q->en[j].tok_start <= k + 1 ||
        strcmp(q->en[j].type, "PER") != 0 || !qt_can_speak(q, &q->en[j]) ||
        qt_addressed(q, q->en[j].tok_start))
        return 0;
    for (size_t i = k + 1; i < q->en[j].tok_start; i++)
        if (ev_is_word(&q->s->t[i]) ? (ev_word_is(q->s, i, 1, EK_STOP, NULL, &n) ||
                                       qt_in_date(q, i) || ev_word_is(q->s, i, 1, EK_CUE, NULL, &n) ||
                                       ev_word_is(q->s, i, 1, EK_PART, NULL, &n) ||
                                       ev_word_is(q->s, i, 0, EK_THAT, NULL, &n))
                                    : !qt_comma(q, i))
            return 0;
    return 1;
}
