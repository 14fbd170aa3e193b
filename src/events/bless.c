/* bless.c — a formula of blessing is never a speaker (issue 16, quotes31, stop 38).
 *
 * Arabic follows the Prophet's name with صلى الله عليه وسلم (or صلوات الله وسلامه عليه), a
 * Companion's with رضي الله عنه, a late king's with رحمه الله: a prayer the writer adds, part
 * of no one's name or title. The subject rules and the recogniser take its first words into a
 * speaker (قال رسول الله صلى الله عليه وسلم: "رسول الله صلى الله"; قال صلى الله عليه وسلم:
 * "صلى الله"). A speaker is cut where a formula of data/quotes.tsv "bless" begins: what is
 * before it is the speaker (رسول الله, a description, since the recogniser's mention ran into
 * the formula); a formula with nothing before it leaves the quote with no speaker.
 * fix53 adds the one whose greetings are conveyed (ونقل لهم سلام وتحيات رئيس … أحمد عيد):
 * not the one who speaks on (qt_greeted). */
#include "events/quotes.h"
#include "events/aguard.h"

/* The first token of a formula of blessing within sp's words, or q->s->nt if none. */
static size_t formula(const qctx *q, const speaker *sp)
{
    size_t i, n;
    if (!sp->name || sp->end <= sp->start)
        return q->s->nt;
    for (i = ev_token_from(q->s, sp->start); i < q->s->nt && q->s->t[i].start < sp->end; i++)
        if (ev_word_is(q->s, i, 0, EK_BLESS, NULL, &n))
            return i;
    return q->s->nt;
}

/* Whether sp's words hold a formula of blessing: a prophet or a Companion, whom no honorific
 * pronoun stands for (ودعا معاليه after a hadith: the minister, not النبي). */
int qt_blessed(const qctx *q, const speaker *sp)
{
    return formula(q, sp) < q->s->nt;
}

/* sp cut before the first formula of blessing within its words, or emptied when it starts
 * with one. */
void qt_unbless(qctx *q, speaker *sp)
{
    size_t a, i = formula(q, sp);
    if (i >= q->s->nt)
        return;                                /* no formula in the speaker */
    a = ev_token_from(q->s, sp->start);
    while (i > a && !ev_is_word(&q->s->t[i - 1]))
        i--;                                   /* not the comma before it */
    if (i == a) {
        sp->id = sp->name = NULL, sp->start = sp->end = 0, sp->desc = 0, sp->with = NULL;
        return;
    }
    qt_speaker_words(q, sp, sp->start, q->s->t[i - 1].end);
}

/* Whether a verb of conveying (data/quotes.tsv "aguard convey": نقل، أبلغ، حمل) stands within
 * CONVEY_REACH words before token k, no punctuation between (ونقل لهم سلام، نقل المتحدث الرسمي
 * تهنئة): the greeting at k is conveyed, not a name's word (أرجعت تهاني عبدالهادي). */
static int conveyed(const qctx *q, size_t k)
{
    enum { CONVEY_REACH = 4 };
    size_t n;
    for (size_t j = k, seen = 0; j-- > 0 && seen < CONVEY_REACH; seen++) {
        if (!ev_is_word(&q->s->t[j]))
            return 0;
        if (ev_aguard_is(q->s, j, 1, AG_CONVEY, &n))
            return 1;
    }
    return 0;
}

/* Whether the person at token i is the one whose greetings are conveyed: a word of
 * data/quotes.tsv "aguard greeting" (سلام، تحيات، تهنئة، تعازي) after a verb of conveying,
 * within GREET_REACH words before it, no punctuation between (ونقل لهم سلام وتحيات رئيس مجلس
 * إدارة الاتحاد العربي لكرة القدم أحمد عيد، مؤكدا …: the committee's chairman who conveyed
 * them speaks). */
int qt_greeted(const qctx *q, size_t i)
{
    enum { GREET_REACH = 12 };
    size_t n;
    for (size_t k = i, seen = 0; k-- > 0 && seen < GREET_REACH; seen++) {
        if (!ev_is_word(&q->s->t[k]))
            return 0;
        if (ev_aguard_is(q->s, k, 1, AG_GREETING, &n) && conveyed(q, k))
            return 1;
    }
    return 0;
}
