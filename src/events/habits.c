/* habits.c — an event told in a habitual or a hypothetical frame is no event (issue 16,
 * branch wrong49; docs/EVENTS.md "Issue 16: the judged samples' wrong event rows, pooled").
 *
 * judge35–41's wrong event rows still given by main were, most of them, no single event: a
 * habit («كثيرا ما يشن مقاتلو طالبان هجمات»، «طلبت إيران في أكثر من مناسبة»، «وتشن
 * مقاومة تهامة بين فترة وأخرى هجمات»), a past habit («كنا نطالب بأسرى»: we used to ask), or
 * any one of a kind («التصدي لأي محاولة اعتداء»: none took place). The words that say so are
 * data/events.tsv "habit":
 *   1  a phrase of habit or repetition (كثيرا ما، غالبا ما، دائما ما، أكثر من مناسبة،
 *      أكثر من مرة، فترة وأخرى، حين لآخر، أحيانا، مرارا: past في، بين، من, words too common
 *      to start a phrase at no cost) in the event's clause, at most HABIT_BEFORE words
 *      before its word or HABIT_AFTER after it, no punctuation between;
 *   2  «أي، أية» (with ل or ب) right before the event's word, or before a word of value 4
 *      (محاولة) right before it: any attack, none in particular;
 *   3  «كنا» right before a verb in the present tense (كنا نطالب): a past habit, not one
 *      deed (other forms of كان: present_we).
 * camp70 (stop 59; bench/camp70/rule_2.md) adds:
 *   5  a count of thousands (آلاف، ألف) right before the event's word: «شن آلاف الغارات
 *      الجوية»، «بأكثر من 36 ألف غارة», a campaign summed up (judge58 32, judge60 17).
 * «يوميا» stays no habit word (a daily campaign of these days: test_events_habits) and a count
 * of dozens (عشرات الغارات) no campaign: camp70 tried both and they failed.
 * Such an event is dropped whichever pass found it (rules or trigger layer). Words of
 * repetition that tell of a deed done again (جدد، مجددا) are not habits and are not listed.
 */
#include "events/habits.h"

#include <string.h>

enum { HABIT_PHRASE = 1, HABIT_ANY = 2, HABIT_WAS = 3, HABIT_TRY = 4, HABIT_THOUSANDS = 5 };
enum { HABIT_BEFORE = 8, HABIT_AFTER = 4 };

/* The value of the "habit" phrase at token i (its proclitics off), 0 when none; its length
 * in *n. */
static int habit_at(ev_scan *s, size_t i, size_t *n)
{
    int v = 0;
    return i < s->nt && ev_word_is(s, i, 1, EK_HABIT, &v, n) ? v : 0;
}

/* Whether a phrase of habit stands in the clause of the word [i, j): up to HABIT_BEFORE
 * words before it, up to HABIT_AFTER after it, no punctuation between. */
static int habit_near(ev_scan *s, size_t i, size_t j)
{
    return ev_phrase_near(s, EK_HABIT, HABIT_PHRASE, 0, i, j, s->nt, HABIT_BEFORE, HABIT_AFTER);
}

/* Whether the word t is a verb of the first person plural in the present tense: ن before
 * it (after و or ف), not نا after it (نطالب; not نددنا, a past one). After «كنا» no noun of an
 * event starts so; after كان، كانت a present verb's ي، ت are a noun's too (كان تفجير، كانت
 * الغارة), so those are not listed. */
static int present_we(const rasd_token *t)
{
    const unsigned char *w = (const unsigned char *)t->norm;
    size_t n = t->norm_len;
    if (n >= 4 && w[0] == 0xd9 && (w[1] == 0x88 || w[1] == 0x81))   /* و ف */
        w += 2, n -= 2;
    return n >= 8 && w[0] == 0xd9 && w[1] == 0x86 &&                 /* ن */
           !(w[n - 4] == 0xd9 && w[n - 3] == 0x86 && w[n - 2] == 0xd8 && w[n - 1] == 0xa7);
}

/* Whether the event whose word is tokens [i, j) is framed as no one event. */
static int framed(ev_scan *s, size_t i, size_t j)
{
    size_t n;
    int v;
    if (i > 0 && s->t[i - 1].kind != RASD_TOK_PUNCT) {
        v = habit_at(s, i - 1, &n);
        if ((v == HABIT_ANY || v == HABIT_THOUSANDS) && n == 1)
            return 1;                                     /* أي هجوم، آلاف الغارات */
        if (v == HABIT_WAS && n == 1 && present_we(&s->t[i]))
            return 1;                                     /* كنا نطالب */
        if (v == HABIT_TRY && n == 1 && i > 1 && s->t[i - 2].kind != RASD_TOK_PUNCT &&
            habit_at(s, i - 2, &n) == HABIT_ANY && n == 1)
            return 1;                                     /* لأي محاولة اعتداء */
    }
    return habit_near(s, i, j);
}

void ev_drop_habits(ev_scan *s, struct ev_doc *x)
{
    size_t m = 0;
    if (!s->ev || s->nt == 0)
        return;
    for (size_t k = 0; k < x->nevents; k++) {
        const rasd_event *ev = &x->events[k];
        size_t i = ev_token_from(s, ev->trigger_start), j = ev_token_from(s, ev->trigger_end);
        if (i < s->nt && i < j && framed(s, i, j))
            continue;
        if (m != k)
            x->events[m] = x->events[k];
        m++;
    }
    x->nevents = m;
}
