/* new_clause.c — where reported content without quote marks gives way to a new speaker
 * (branch quotes23, docs/EVENTS.md "Issue 16: speakers carried over clauses"): a reporting
 * verb with the conjunction و and a person the recogniser found right after it (وقال قاسم
 * …: إنها بادرة طيبة … وعبر هاشم المسلم عن …) opens the writer's next statement, even
 * with no comma before it; quotes.c clause_end() asks here. */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

/* Whether a reporting verb with و as its only proclitic starts at token i (its length in
 * *n) and a person mention starts right after it: the next statement, by its subject. A verb
 * whose speaker follows عن (VIA: ونقل عن) or comes later (AFTER) is left to its own rules. */
int qt_named_clause(const qctx *q, size_t i, size_t *n)
{
    size_t k;
    int v;
    if (i == 0 || !ev_is_word(&q->s->t[i - 1]) || !ev_word_is(q->s, i, 1, EK_CUE, &v, n) ||
        q->s->cut != 1 || !letter_is(q->s->t[i].norm, U_WAW) || (v & (VIA | AFTER | COLON)) ||
        i + *n >= q->s->nt)
        return 0;
    k = qt_ent_from(q, i + *n);
    return k < q->ne && q->en[k].tok_start == i + *n && strcmp(q->en[k].type, "PER") == 0 &&
           qt_can_speak(q, &q->en[k]) && !qt_addressed(q, q->en[k].tok_start);
}
