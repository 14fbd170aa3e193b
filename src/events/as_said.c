/* as_said.c — a reporting verb said as an aside after كما or مثلما, "as X says" (issue 16,
 * err63, stop 55; docs/EVENTS.md "Issue 16: unseen31's missed rows, classed and fixed where
 * they recur"): what the sentence around it says is the speaker's.
 *
 * The verb stands right after a comma and a word of data/quotes.tsv "aguard as_said" (كما،
 * مثلما), with its subject right after it, in one of two forms:
 *  - at the sentence's end («…، كما أوضح برونهولتز.»): the clause before the comma is the
 *    quote; any reporting verb but a participle;
 *  - closed by a comma («والنتيجة، كما تقول «أمازون»، تكمن في …»): the whole sentence is the
 *    quote (the guideline's label: the clause with its كما تقول, unseen3's «يهدد، كما قالوا،
 *    الامن العالمي»), only for a verb of "aguard aside_verb" (قال، يقول، أشار، يرى: verbs that
 *    take no object, while «كما أعلنت الحكومة في وقت سابق، تحويل …» is "also announced" its
 *    object), and not when أن or إن follows the comma (كما قال X، إن …: "also said").
 * Between the subject's name and the comma or the end only a preposition's phrase, a date or
 * punctuation may stand (كما قال X لرويترز، كما قالت X في وقت سابق): another word may be the
 * verb's object (كما أعلنت الحكومة حالة الطوارئ.), and the verb is then "also". The subject may
 * not be a saying, a verse or nobody in particular (كما يقول المثل، كما قال الشاعر، كما يرى
 * البعض، كما تقول بعض المصطلحات المحلية: "aguard saying_noun", "source" 2, "aguard
 * aside_nobody"): no one's statement (the fresh check of seed 6301 and unseen20's false row). */
#include "events/quotes.h"
#include "events/aguard.h"
#include "events/letters.h"

enum { AS_SAID_WORDS = 14 };   /* tokens of the subject and its phrase before the comma or the
                                  end, at most (كما قالت سارة هوج، رئيسة لجنة: the comma first) */

/* The end of the aside whose verb c ends before token j: the first comma in its sentence
 * within AS_SAID_WORDS tokens, or the sentence's end (*final set); 0 when a colon, a quote
 * mark that opens words or a connective comes first. */
static size_t aside_end(const qctx *q, size_t j, size_t send, int *final)
{
    size_t k, n;
    for (k = j; k < send && k < j + AS_SAID_WORDS; k++) {
        if (qt_comma(q, k))
            return *final = 0, k;
        if (ev_punct(q->s, k, ":") || ev_word_is(q->s, k, 0, EK_THAT, NULL, &n))
            return 0;
    }
    while (k < send && q->s->t[k].kind == RASD_TOK_PUNCT)
        k++;
    return k == send ? (*final = 1, send) : 0;
}

/* The end of the sentence's words after the comma at token k (before its closing
 * punctuation, or before the next reporting word: its own statement), 0 when a reporting
 * word opens them, or when أن or إن, a colon or a straight quote mark stands among them: the
 * verb's own content may start there (كما قال X، رئيس …، إن البنك …; كما قالت X، رئيسة …،
 * يوجد "خط رفيع"; X، وهو أستاذ …: “أعتقد …": the fresh check of seed 6301), which the verb's
 * other paths read. */
/* Whether token j is the straight quote mark ". Only one-byte punctuation is read by ev_punct:
 * a guillemet or a curly mark in the rest («…»، “…”) is not seen, and the aside's sentence is
 * then still taken (rows 32 and 37 of seed 6302, partly right). */
static int mark_at(const qctx *q, size_t j)
{
    return ev_punct(q->s, j, "\"");
}

static size_t rest_end(const qctx *q, size_t k, size_t send)
{
    size_t j = k + 1, n;
    if (j >= send || !ev_is_word(&q->s->t[j]) || ev_word_is(q->s, j, 1, EK_CUE, NULL, &n) ||
        ev_word_is(q->s, j, 1, EK_PART, NULL, &n))
        return 0;
    for (; j < send; j++) {
        if (ev_word_is(q->s, j, 1, EK_CUE, NULL, &n) || ev_word_is(q->s, j, 1, EK_PART, NULL, &n))
            break;
        if (ev_word_is(q->s, j, 0, EK_THAT, NULL, &n) || ev_punct(q->s, j, ":") ||
            mark_at(q, j))
            return 0;
    }
    while (j > k + 1 && q->s->t[j - 1].kind == RASD_TOK_PUNCT)
        j--;
    return j;
}

/* Whether token j is a mark before a word (كما تقول «أمازون»: a name in marks): punctuation
 * that is no comma, colon or stop. */
static int opening_mark(const qctx *q, size_t j, size_t send)
{
    return j + 1 < send && q->s->t[j].kind == RASD_TOK_PUNCT && ev_is_word(&q->s->t[j + 1]) &&
           !qt_comma(q, j) && !ev_punct(q->s, j, ":") && !ev_punct(q->s, j, ".");
}

/* Whether the subject's first word at token j (past a mark) names no speaker: a saying, a
 * poet, nobody in particular, or words (المثل، الشاعر، البعض، بعض المصطلحات). */
static int nobody(const qctx *q, size_t j)
{
    size_t n;
    int v;
    if (q->s->t[j].kind == RASD_TOK_PUNCT)
        j++;
    if (j < q->s->nt && ev_aguard_is(q->s, j, 0, AG_ASIDE_NOBODY, &n) && n == 1 &&
        letter_is(q->s->t[j].norm, U_BEH) && j + 1 < q->s->nt)
        j++;                                        /* بعض المصطلحات: what follows بعض */
    return j < q->s->nt && (ev_aguard_is(q->s, j, 0, AG_SAYING_NOUN, &n) ||
                            ev_aguard_is(q->s, j, 0, AG_ASIDE_NOBODY, &n) ||
                            (ev_word_is(q->s, j, 0, EK_SOURCE, &v, &n) && v == SOURCE_VERSE));
}

int qt_as_said(qctx *q, const qcue *c, size_t *first, size_t *last, size_t *sp_end)
{
    size_t n, s0, e, j = c->i + c->n, send = qt_send(q, c->i), rest = 0;
    int final = 0;
    if (c->part || c->cut || c->i < 2 || j >= send || !qt_comma(q, c->i - 2) ||
        !ev_aguard_is(q->s, c->i - 1, 0, AG_AS_SAID, &n) || n != 1 ||
        (!ev_is_word(&q->s->t[j]) && !opening_mark(q, j, send)) ||   /* كما تقول «أمازون» */
        ev_word_is(q->s, j, 0, EK_THAT, NULL, &n) ||
        nobody(q, j) || (e = aside_end(q, j, send, &final)) == 0)
        return 0;
    if (!final && (!ev_aguard_is(q->s, c->i, 0, AG_ASIDE_VERB, &n) ||
                   (rest = rest_end(q, e, send)) == 0))
        return 0;
    s0 = qt_sent_start(q, c->i);
    while (s0 < c->i && q->s->t[s0].kind == RASD_TOK_PUNCT)
        s0++;
    if (s0 >= c->i - 2 ||
        (q->x->nquotes && q->x->quotes[q->x->nquotes - 1].end > q->s->t[s0].start) ||
        qt_words_in(q, s0, c->i - 2) + (final ? 0 : qt_words_in(q, e + 1, rest)) < MIN_WORDS)
        return 0;
    *first = s0, *last = final ? c->i - 2 : rest, *sp_end = e;
    return 1;
}

int qt_as_said_tail(const qctx *q, const qcue *c, const speaker *sp, size_t sp_end)
{
    size_t k = c->i + c->n, n, sp_k;
    int v;
    if (!sp->name || sp->start < q->s->t[k].start)
        return 0;                                   /* كما يقول، …: nobody named here */
    while (k < sp_end && q->s->t[k].start < sp->end)
        k++;
    sp_k = k;
    for (; k < sp_end; k++) {
        if (q->s->t[k].kind == RASD_TOK_PUNCT || qt_in_date(q, k))
            continue;
        return ev_word_is(q->s, k, 0, EK_PREP, NULL, &n) || letter_is(q->s->t[k].norm, U_LAM) ||
               (k == sp_k && ev_word_is(q->s, k, 0, EK_RELATIVE, &v, &n) && v == 1);
    }                                               /* لرويترز، في مقابلة: a phrase; a relative
                                                       clause the subject ended before (كما أعلنت
                                                       المحكمة الخاصة التي تحاكمه: spk66) */
    return 1;
}
