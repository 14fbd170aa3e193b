/* that_clause.c — judge48's wrong rows (issue 16, wrong54, stop 46; docs/EVENTS.md "Issue 16:
 * judge48's wrong rows").
 *
 * (A participle of addressing ending a cue's subject window, judge48's quote row 48, was
 * tried and dropped: its fresh rows scored 7 of 8, under the bar; docs/EVENTS.md.)
 *
 * 2. A connective of contrast after a comma (…، غير أن، …، إلا أن، …، بيد أن: data/quotes.tsv
 * "aguard contrast") opens the writer's own clause: its أن is not a cue's complement
 * (ودعا السيسي الأحزاب إلى تشكيل قائمة موحدة، غير أن تلك القائمة تواجه صعوبات: judge48's
 * quote row 58). quotes.c
 * content_start stops there as at a prayer's أن: the cue has no content after it.
 *
 * 3. A verb whose present is also a passive (OWN: يتوقع، تتوقع, "it is expected") right
 * before the that-word takes it: the window walk passes over it (NAMED is no other
 * statement's start for qt_plain_cue), so its أن was the earlier cue's content (وطالب المدرب
 * بتغييرات عدة …، يتوقع أن يكون البعض منهم مفاجأة: judge48's quote row 15). Not after a relative pronoun: أوضح ذلك
 * المقدم عطالله الرويلي، الذي بين أن … is the subject's own statement going on (dev). */
#include "events/quotes.h"
#include "events/aguard.h"
#include "events/letters.h"

/* Whether token i is a connective of contrast after a comma, before a that-word (…، غير أن،
 * …، إلا أن): a new clause of the writer's. Without the comma it stays in the speaker's
 * clause (قال سيكون من الواضح انخفاض كلفة النقل إلا أن ذلك الانخفاض …: unseen17). */
int qt_contrast(const qctx *q, size_t i)
{
    size_t n;
    return i > 0 && qt_comma(q, i - 1) && ev_is_word(&q->s->t[i]) &&
           ev_aguard_is(q->s, i, 0, AG_CONTRAST, &n) && n == 1;
}

/* Whether token i is a verb of OWN right before a that-word at i + 1 (يتوقع أن: "it is
 * expected"): the that-word is its complement, not an earlier cue's. Only OWN: a NAMED verb
 * with a subject far before (التسريبات …، تشير إلى أن) still gives the earlier cue content. */
int qt_own_that(const qctx *q, size_t i)
{
    size_t n;
    int v;
    if (i > 0 && ev_word_is(q->s, i - 1, 0, EK_RELATIVE, &v, &n) && n == 1)
        return 0;             /* X الذي بين أن: the relative clause goes on with X's words */
    return ev_is_word(&q->s->t[i]) && !qt_in_entity(q, i) &&
           ev_word_is(q->s, i, 1, EK_CUE, &v, &n) && n == 1 && (v & OWN) &&
           ev_conjunctions(&q->s->t[i], q->s->cut);   /* not كيري: ك is no conjunction */
}
