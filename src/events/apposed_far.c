/* apposed_far.c — a described speaker whose name follows past a long aside (issue 16, attr52,
 * stop 44).
 *
 * apposed_name.c (qt_apposed_name) gives a description after its verb the name that closes the
 * subject right before the statement, past an aside of at most six words with no ل- word
 * (وأكد مسؤول (بارع) في الأحساء محمد … أن). The same subject runs longer in the corpus: a
 * relative clause or a ل- complement inside the description (قال صاحب حملة الحج والعمرة التي
 * تعرضت لحادث داخل الأراضي السعودية فجر الخميس خليفة خلفان إن؛ وأوضح رئيس فرقة «محترف كيف
 * للفنون المسرحية» ومشرف قناة دراما عمر باحميدان أن), and the description alone then
 * speaks for the whole article, its name lost.
 *
 * Here, after speak49 left the description nameless: the aside may hold up to FAR_WORDS words
 * and ل- words, and the rest of speak49's guards hold. The person is the only one between the
 * description and the statement, a name mention (not a title the recogniser resolved) that
 * can speak, with nothing but marks (and أن/إن) after it; no word of the aside ends a
 * description (data/quotes.tsv "stop": لوكالة، خلال، عقب …), opens the statement, reports, or
 * tells an occasion or a meeting (data/events.tsv "aguard aside_occasion": أثناء، لقائه، استقباله،
 * نظيره، مع …: the one met, not the speaker); the name follows a definite word, a courtesy
 * title or rank, a mark or a number, with no office in the two words before it (في مكتب
 * الرئيس X) and none after a preposition in the aside (مصدر قريب من رئيس الوزراء X), and is
 * not in brackets; the description is no plural, body or document. Assumes it runs after
 * qt_apposed_name in qt_subject (speakers.c), on the same window [a, b). */
#include "events/quotes.h"
#include "events/aguard.h"


enum { FAR_WORDS = 12 };      /* words of the aside, at most (التي تعرضت لحادث داخل الأراضي
                                 السعودية فجر الخميس: 8) */

/* Whether the name at token p may stand in apposition to what is before it, from token
 * last on (apposed_name.c's qt_apposition: a word with the article, a courtesy title or a rank
 * right before it, or a mark or a number; no office in the two words before it), and no
 * office after a preposition in the aside. */
static int apposed(qctx *q, size_t last, size_t p)
{
    size_t n;
    if (!qt_apposition(q, last, p))
        return 0;
    for (size_t j = last + 1; j < p; j++)
        if (qt_is_office(q, j) && ev_is_word(&q->s->t[j - 1]) &&
            ev_word_is(q->s, j - 1, 0, EK_PREP, NULL, &n) && n == 1)
            return 0;                          /* مصدر قريب من رئيس الوزراء X */
    return 1;
}

/* Whether tokens [a, b) may be the long aside: at most FAR_WORDS words, none that ends a
 * description, opens the statement (أن، or a complement's preposition: the window may run
 * into the statement, عن زيارته …, whose names are not its speaker), reports, or tells an
 * occasion or a meeting. */
static int far_aside(qctx *q, size_t a, size_t b)
{
    size_t words = 0, n;
    for (size_t j = a; j < b; j++) {
        if (!ev_is_word(&q->s->t[j]))
            continue;
        if (++words > FAR_WORDS || ev_word_is(q->s, j, 1, EK_STOP, NULL, &n) ||
            ev_word_is(q->s, j, 0, EK_THAT, NULL, &n) || ev_word_is(q->s, j, 1, EK_CUE, NULL, &n) ||
            ev_word_is(q->s, j, 1, EK_PART, NULL, &n) ||
            ev_aguard_is(q->s, j, 1, AG_ASIDE_OCCASION, &n) ||
            (ev_word_is(q->s, j, 0, EK_CPREP, NULL, &n) && !qt_in_entity(q, j)))
            return 0;                          /* أعلن وتحدث بإسهاب عن زيارته …: the statement */
    }
    return 1;
}

void qt_apposed_far(qctx *q, speaker *sp, size_t a, size_t b)
{
    size_t d, last;
    const rasd_entity *per = qt_apposed_person(q, sp, a, b, &d, &last);
    if (!per || !far_aside(q, last, per->tok_start) || !apposed(q, d, per->tok_start) ||
        qt_bracketed(q, per->tok_start, per->tok_end))
        return;                                /* (أجوكو): a body's short name */
    qt_speaker_is(sp, per, per->start, per->end);
    QT_HOW(q, "apposed52");
}
