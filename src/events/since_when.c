/* since_when.c — an event told as a span begun before the article's week, «منذ» + a date or a
 * period (issue 16, branch camp70; bench/camp70/rule_1.md, docs/EVENTS.md "Stop 59: campaigns
 * summed up and habits told as one event (branch camp70)").
 *
 * «وأشار المرصد إلى ارتفاع العدد الإجمالي للقتلى … جراء غارات التحالف …، منذ 23 أيلول -
 * سبتمبر 2014»; «الضربات الجوية التي ينفذها التحالف منذ نحو أربعة أشهر»: the raids are a
 * campaign summed up, on no one day; the judges scored the article's day wrong (judge46 28,
 * judge49 30, judge50 44, judge58 31). The labels keep such campaigns as events with
 * no date (snn-021092's battle «منذ حوالى شهر»), so the event stays and loses the day.
 * After the word only for the kinds of arms (fight, assault), whose campaigns the spans measure:
 * after a word of speech comes what it is about («اتهمت مقيمة … باحتجاز جثة والدتها المتوفاة
 * منذ شهرين» is today's accusation; the span is the mother's death's; seed 7070's first run).
 * Not past a clause's opening word (pastmark 11: حيث، بينما، فيما …) or a stop: «ينفذ الطيران
 * التركي يوميا غارات …، حيث يتمركزون منذ سنوات» is the rebels' span, not the raids' (seeds
 * 7071-7075, second run).
 * The words are data/events.tsv "pastmark": 8 منذ, 9 a period word (سنوات، أشهر …), 10 a word
 * of first or most (أول، أعنف …), before which «منذ» measures one event against a span.
 * Rule 3's «عدة مرات» (pastmark 12) by the event's word is a deed done several times: the labels
 * keep such deeds, undated (snn-028621's «حذر مرارا … نداءاته», snn-003485's «الاجتماع به أكثر
 * من مرة»), so it too leaves the event undated rather than dropping it.
 */
#include "core/internal.h"
#include "events/actors.h"
#include "events/letters.h"

#include <string.h>

enum {
    SINCE_BEFORE = 8,          /* tokens from «منذ» to the event's word, no punctuation between:
                                  وتقود واشنطن منذ أغسطس */
    SINCE_AFTER = 15,          /* tokens from the event's word to «منذ», commas crossed: غارات
                                  التحالف - الدولي، وضرباته الصاروخية على مناطق في سورية منذ */
    SPAN_REACH = 3,            /* tokens after «منذ» to its period word: منذ أكثر من عامين */
    REPEAT_BEFORE = 8,         /* habits.c's reach for a phrase of repetition, before and */
    REPEAT_AFTER = 4,          /* after the event's word: بعد تهديده عدة مرات */
    FIRST_REACH = 6,           /* tokens before «منذ» that a word of first or most reaches:
                                  في أول مرة يغادر فيها الأراضي السويسرية منذ */
    WEEK_DAYS = 7,             /* a span begun within the article's week is its news */
};

/* The "pastmark" value at token k, 0 if none (told_before.c's look-up). */
static int mark_at(ev_scan *s, size_t k)
{
    size_t n;
    return ev_pastmark_at(s, k, &n);
}

/* Whether a date overlapping tokens [k, k + 2] lies outside the article's week. */
static int date_outside_week(const rasd_doc *doc, ev_scan *s, size_t k, int64_t anchor)
{
    size_t n, last = k + 2 < s->nt ? k + 2 : s->nt - 1;
    const rasd_date *d = rasd_doc_dates(doc, &n);
    for (size_t i = 0; i < n; i++) {
        int64_t day, end;
        if (d[i].end <= s->t[k].start || d[i].start >= s->t[last].end || !d[i].value[0])
            continue;
        return day_range(d[i].value, &day, &end) && (day < anchor - WEEK_DAYS || day > anchor);
    }
    return 0;
}

/* Whether «منذ» at token k opens a span before the article's week: a date outside it, or a
 * period word within SPAN_REACH tokens; and no word of first or most just before it. */
static int since_span(const rasd_doc *doc, ev_scan *s, size_t k, size_t lo, int64_t anchor)
{
    for (size_t b = k > lo + FIRST_REACH ? k - FIRST_REACH : lo; b < k; b++)
        if (mark_at(s, b) == PAST_FIRST)
            return 0;                       /* لأول مرة منذ 18 عاما */
    if (date_outside_week(doc, s, k, anchor))
        return 1;
    for (size_t b = k + 1; b < s->nt && b <= k + SPAN_REACH; b++) {
        if (s->t[b].kind == RASD_TOK_PUNCT)
            return 0;
        if (mark_at(s, b) == PAST_SPAN)
            return 1;                       /* منذ نحو أربعة أشهر */
    }
    return 0;
}

/* Whether token t is a comma or a dash alone (التحالف - الدولي، وضرباته). */
static int comma_or_dash(const rasd_doc *doc, const rasd_token *t)
{
    return ev_token_comma(t) || ev_dash(doc, t);
}

#define W_SINCE "\xd9\x85\xd9\x86\xd8\xb0"              /* منذ */
#define W_TIMES "\xd9\x85\xd8\xb1\xd8\xa7\xd8\xaa"      /* مرات */

/* Whether token t's normal form is w with at most two proclitic letters before it (ومنذ): a
 * byte test before the lexicon's lookups, which would cost every undated event one a token. */
static int is_word(const rasd_token *t, const char *w)
{
    size_t n = strlen(w);
    return t->norm_len >= n && t->norm_len <= n + LETTERS(2) &&
           memcmp(t->norm + t->norm_len - n, w, n) == 0;
}

/* Whether «مرات» stands in [a, b) of the scan, and a phrase of pastmark 12 by the word [i, j). */
static int repeated(ev_scan *s, size_t lo, size_t i, size_t j)
{
    size_t a = i > lo + REPEAT_BEFORE ? i - REPEAT_BEFORE : lo, b = j + REPEAT_AFTER;
    for (size_t k = a; k < b && k < s->nt; k++)
        if (is_word(&s->t[k], W_TIMES))
            return ev_phrase_near(s, EK_PASTMARK, PAST_REPEAT, lo, i, j, s->nt, REPEAT_BEFORE,
                                  REPEAT_AFTER);
    return 0;
}

/* Whether a clause's opening word (pastmark 11: حيث، بينما …) stands in tokens [a, b). */
static int clause_between(ev_scan *s, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (mark_at(s, k) == PAST_CLAUSE)
            return 1;                       /* غارات …، حيث يتمركزون منذ سنوات: theirs */
    return 0;
}

int ev_told_since(const rasd_doc *doc, const rasd_event *ev, uint32_t content)
{
    const struct ev_doc *x = EV_DOC(doc);
    ev_scan *s = x->scan;
    size_t i, lo;
    if (!s || !x->have_anchor)
        return 0;
    i = ev_token_from(s, ev->trigger_start);
    lo = ev_token_from(s, ev->start);
    if (i >= s->nt || lo > i)
        return 0;
    if (repeated(s, lo, i, ev_token_from(s, ev->trigger_end)))
        return 1;                           /* بعد تهديده عدة مرات: on no one day */
    for (size_t k = i; k > lo && k + SINCE_BEFORE > i; k--) {
        if (s->t[k - 1].kind == RASD_TOK_PUNCT)
            break;
        if (is_word(&s->t[k - 1], W_SINCE) && mark_at(s, k - 1) == PAST_SINCE)
            return since_span(doc, s, k - 1, lo, x->anchor);
    }
    if (strcmp(ev->type, "fight") != 0 && strcmp(ev->type, "assault") != 0)
        return 0;                           /* a word's content follows it: not its span */
    for (size_t k = i + 1; k <= i + SINCE_AFTER && k < s->nt && s->t[k].start < ev->end &&
                           s->t[k].start < content; k++) {
        if (s->t[k].kind == RASD_TOK_PUNCT && !comma_or_dash(doc, &s->t[k]))
            return 0;
        if (is_word(&s->t[k], W_SINCE) && mark_at(s, k) == PAST_SINCE)
            return !clause_between(s, i + 1, k) && since_span(doc, s, k, lo, x->anchor);
    }
    return 0;
}
