/* quotes53.c — a statement told in a document its giver wrote or spoke, by a verb followed
 * by فيه/فيها after the document's noun (branch quotes53, docs/EVENTS.md "Issue 16: reported
 * statements missed over every read part"): وأصدر بيانا شرح فيه أسباب مشاركته؛ وجه … رسالة
 * عاجلة للقيادة الإيرانية يشرح فيها خصوصية المعركة؛ بشكوى رسمية إلى وزارة الصحة، يطالب فيها
 * بفتح تحقيق؛ منشورات … تتعهد فيه بتحقيق الحرية. The labels (### Guideline) count what
 * follows فيه/فيها as the statement, its speaker the one who gave the document (speech.c
 * qt_inwhich, data/quotes.tsv "honor" 2). Two hooks:
 * - a verb of data/quotes.tsv "own" 6 (يطالب، طلب، انتقد، تساءلوا …: verbs no list makes a cue
 *   elsewhere) reports only in that form: right before فيه/فيها/فيهما, with a document's noun
 *   of "own" 7 (كلمة، بيانا، رسالة، شكوى، منشورات …) at most DOC_GAP tokens before it in its
 *   sentence, no reporting word between (quotes.c statement asks qt_inwhich53_none first);
 * - any cue in that form whose content neither أن, a colon, a quote mark nor a complement of
 *   its own opens (شرح، تعهد have none: شرح فيه أسباب) has its content from the word after
 *   فيه/فيها (quotes.c statement, after comp_start: it only replaces "none found").
 * Assumes comp_start ran first (a complement it finds, أكد فيها على, stays its own) and that
 * qt_subject gave the speaker by honor 2 (no speaker: NAMED cues say nothing). */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

enum {
    DOC_GAP = 8,               /* tokens from the document's noun to the verb, at most
                                  (رسالة عاجلة للقيادة الإيرانية يشرح: 4; بشكوى رسمية إلى
                                  وزارة الصحة، يطالب: 6) */
    OWN_INWHICH = 6,           /* data/quotes.tsv "own" 6: a verb that reports only so */
    OWN_DOC = 7                /* "own" 7: a document's noun */
};

/* Whether token j is فيه، فيها or فيهما (data/quotes.tsv "honor" 2, one token). */
static int in_which(const qctx *q, size_t j)
{
    size_t n;
    int v;
    return j < q->s->nt && ev_word_is(q->s, j, 0, EK_HONOR, &v, &n) && n == 1 &&
           v == HONOR_INWHICH && letter_is(q->s->t[j].norm, U_FEH);
}

/* Whether cue c stands in the form: فيه/فيها right after it, a document's noun at most
 * DOC_GAP tokens before it in its sentence with no reporting word between. */
static int doc_form(const qctx *q, const qcue *c)
{
    size_t s0 = qt_sent_start(q, c->i), n;
    int v;
    if (c->part || !in_which(q, c->i + c->n))
        return 0;
    for (size_t k = c->i; k-- > s0 && k + DOC_GAP >= c->i;) {
        if (ev_word_is(q->s, k, 1, EK_OWN, &v, &n) && v == OWN_DOC && !qt_in_entity(q, k))
            return 1;
        if (ev_word_is(q->s, k, 1, EK_CUE, NULL, &n) || ev_word_is(q->s, k, 1, EK_PART, NULL, &n))
            return 0;
    }
    return 0;
}

int qt_inwhich53_none(const qctx *q, const qcue *c)
{
    size_t n;
    int v;
    return ev_word_is(q->s, c->i, 1, EK_OWN, &v, &n) && v == OWN_INWHICH && !doc_form(q, c);
}

size_t qt_inwhich53_start(const qctx *q, const qcue *c, size_t k)
{
    size_t j = c->i + c->n + 1, end = qt_send(q, c->i);
    if (k < end || j >= end || !doc_form(q, c) || !ev_is_word(&q->s->t[j]))
        return k;
    return j;
}
