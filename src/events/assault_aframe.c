/* assault_aframe.c — the trigger layer's assault rows told in a frame of no one attack (issue 16,
 * branch assault50; docs/EVENTS.md "Issue 16: the layer's assault deeds at higher precision").
 *
 * layer49 turned the layer's assault deeds off by default: their judged rows were generic
 * mentions, an aim in a charge sheet, a trend, a judgement of such acts, or an attack by
 * words or on something abstract. The words that say so are data/events.tsv "aframe":
 *   1  in the trigger's clause, at most AF_BEFORE words before it or AF_AFTER after it, no
 *      punctuation between: an aim or charge (يهدف، بهدف، بقصد، بتهمة), a trend (موجة،
 *      تزايد، تصاعد، استمرت), a judgement (أبشع، يدل), intent (يخطط), a past frame (آنذاك);
 *   2  the word right after the trigger or after its على، ضد: an abstract target (حقوق،
 *      حدود، الديمقراطية، الإسلام) or a verbal doer (الإعلام، الصحف، عبر);
 *   3  the word right before the trigger: a campaign or a series (موسم، حملة، سلسلة).
 * Such a row is off whichever trigger forms are on (--event-triggers too).
 */
#include "events/assault_aframe.h"

enum { AF_CLAUSE = 1, AF_TARGET = 2, AF_BEFORE_WORD = 3 };
enum { AF_BEFORE = 10, AF_AFTER = 4 };

/* The value of the "aframe" phrase at token k (its proclitics off), 0 when none; its length
 * in *len. */
static int frame_at(sent_ctx *c, size_t k, size_t *len)
{
    int v = 0;
    return k >= c->t0 && k < c->t1 && ev_word_is(c->s, k, 1, EK_AFRAME, &v, len) ? v : 0;
}

/* A phrase of value 1 in the clause of [i, j). */
static int clause_frame(sent_ctx *c, size_t i, size_t j)
{
    return ev_phrase_near(c->s, EK_AFRAME, AF_CLAUSE, c->t0, i, j, c->t1, AF_BEFORE, AF_AFTER);
}

/* A target or doer of value 2 right after [i, j), or after one word (على، ضد) there. */
static int target_frame(sent_ctx *c, size_t j)
{
    size_t len;
    for (size_t k = j; k < c->t1 && k < j + 2; k++) {
        if (ev_is_punct(&c->s->t[k]))
            return 0;
        if (frame_at(c, k, &len) == AF_TARGET)
            return 1;
    }
    return 0;
}

int as_framed(sent_ctx *c, size_t i, size_t n)
{
    size_t len;
    if (i > c->t0 && !ev_is_punct(&c->s->t[i - 1]) && frame_at(c, i - 1, &len) == AF_BEFORE_WORD)
        return 1;
    return clause_frame(c, i, i + n) || target_frame(c, i + n);
}
