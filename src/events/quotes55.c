/* quotes55.c — a statement told inside a speech or text by a verb the cue lists do not
 * take there (issue 16, quotes55, stop 47; docs/EVENTS.md "Issue 16: unseen23's quotes and
 * speakers over every part").
 *
 * A speech, letter, statement or tweet whose content a verb right before فيها/فيه/خلاله
 * tells (ألقى X كلمة شكر فيها الحضور على …؛ أصدر بيانا شرح فيه أسباب …؛ بشكوى … يطالب فيها
 * بفتح تحقيق؛ مشاركة شعرية … نوهوا فيها بجهود …): the words after فيها are the statement, its
 * speaker the speech's giver (speech.c qt_inwhich, as for أكد فيها أن). Before, only a
 * that-word, a colon, a mark or a listed complement after فيها opened content, so these
 * verbs (the verbs of thanks, urging, demand, praise and pledge, and listed cues whose
 * complement is a bare noun or ب on a noun no list names) gave nothing: 16 missed quotes over
 * 11 read parts (bench/quotes55/classes.tsv, class W).
 *
 * The verbs that report only there (data/quotes.tsv "aguard inwhich55", also cues with
 * NAMED): شكر، حث، طالب، أشاد، تعهد … are not statements elsewhere (شكر الحضور, a deed;
 * طالب, a student). The hook assumes statement()'s order in quotes.c as it stands: comp_now
 * first (أعرب فيها عن keeps its complement), this next; a that-word, colon or mark after
 * فيها is content_start's, not this. */
#include "events/quotes.h"
#include "events/aguard.h"

/* Whether token j is فيها/فيه/خلاله (data/quotes.tsv "honor" 2). */
static int in_which55(const qctx *q, size_t j)
{
    size_t n;
    int v;
    return j < q->s->nt && ev_word_is(q->s, j, 0, EK_HONOR, &v, &n) && n == 1 &&
           v == HONOR_INWHICH;
}

/* Whether cue c is a verb that reports only right before فيها/فيه/خلاله (aguard inwhich55)
 * and does not stand there: no statement (شكر الحضور، طالب في الجامعة). */
int qt_inwhich55_off(const qctx *q, const qcue *c)
{
    size_t n;
    return !c->part && ev_aguard_is(q->s, c->i, 1, AG_INWHICH55, &n) && n == c->n &&
           !in_which55(q, c->i + c->n);
}

/* Where the statement of cue c right before فيها/فيه/خلاله starts when a word opens it (شكر
 * فيها الحضور، نوهوا فيها بجهود، يطالب فيها بفتح): the token after فيها; 0 when a that-word,
 * colon, mark or punctuation follows (content_start's: أكد فيها أن، قال فيها: «…») or the
 * sentence ends there. */
size_t qt_inwhich55_now(const qctx *q, const qcue *c)
{
    size_t j = c->i + c->n, n;
    if (c->part || !in_which55(q, j) || j + 1 >= qt_send(q, c->i) ||
        !ev_aguard_is(q->s, c->i, 1, AG_INWHICH55, &n) || n != c->n)
        return 0;             /* only the verbs of inwhich55: a listed cue's own complement
                                 after فيها stays as content_start finds it (a first try
                                 that opened it for every cue moved 65 fresh rows) */
    j++;
    if (!ev_is_word(&q->s->t[j]) || ev_word_is(q->s, j, 0, EK_THAT, NULL, &n) || qt_mark(q, j))
        return 0;
    return j;
}
