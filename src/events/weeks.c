/* weeks.c — weeks, and events whose own words date them only by a period (issue 16, branch
 * dates44; docs/EVENTS.md "Issue 16: week-relative dates …").
 *
 * A week (الأسبوع الماضي، هذا الأسبوع، الأسبوع المقبل) has no ISO 8601 value of the output
 * contract (days, months, years): its value stays null and its TimeML value goes to timex
 * (2015-W31, the ISO week), as a decade's or a season's does.
 *
 * An event's date (event_when.c) is the nearest day or month of its clause, else the
 * article's, "not stated". When the date nearest the event's word names a period that does
 * not hold the article's day (a week, a season or a year before it: اشتباكات الأسبوع
 * الماضي، الهجمات التي شنها داعش الصيف الماضي، هددت في عام 2010), the article's day would
 * be wrong: the event gets no date (null, "dated": false); when the period is to come (a
 * week, a season) and the event's words allow that, it is planned, with no date either. A
 * period after a relative pronoun that qualifies another word is not the event's (الأراضي
 * التي خسرتها العام الماضي), nor one past a punctuation mark (another clause's), nor one in
 * what a speaker said when the event is not. And an event said in what a speaker said (قال الوزير أمس إن
 * الهجوم الذي استهدف المسجد الشهر الماضي …) takes the dates of the speech's topic when the
 * topic has one that may be its (a day, a month, a period off the article's day), not the
 * speech's.
 */
#include "events/aguard.h"
#include "events/dates.h"
#include "events/letters.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The reach of an event's date, as event_when.c's (DATE_REACH, DATE_NEAR; a6f572c). */
enum { WHEN_REACH = 160, WHEN_NEAR = 40 };
/* Tokens after an event's noun where a relative clause is still its own (an adjective:
 * الهجوم الانتحاري الذي). */
enum { REL_NEAR = 2 };

void date_week_timex(int64_t days, char *out, size_t cap)
{
    int64_t wd = ((days + 3) % 7 + 7) % 7;       /* 0 Monday: 1970-01-01 was a Thursday */
    int64_t thu = days - wd + 3;                  /* its ISO week's Thursday: the week's year */
    int y, m, d;
    cal_civil(thu, &y, &m, &d);
    out[0] = 0;
    if (y >= 1 && y <= 9999)
        snprintf(out, cap, "%04d-W%02d", y, (int)((thu - cal_days(y, 1, 1)) / 7 + 1));
}

/* The season (0 spring … 3 winter) and its year that hold the day days, as date_timex()
 * counts them (a winter is its December's year). */
static void season_of(int64_t days, int *y, int *s)
{
    int m, d;
    cal_civil(days, y, &m, &d);
    *s = m >= 3 && m <= 11 ? (m - 3) / 3 : 3;
    if (m <= 2)
        (*y)--;
}

static int cmp(long a, long b)
{
    return a < b ? -1 : a > b;
}

/* Where the period a date names lies from the anchor's day: -1 wholly before, 1 wholly
 * after, 0 holding it; 2 when it is no such period (a day, a month: event_when.c's; or a
 * date not resolved). */
static int period_side(const rasd_date *d, int64_t anchor)
{
    static const char seasons[][3] = {"SP", "SU", "FA", "WI"};
    char w[16];
    int ay, am, ad, sy, ss;
    size_t vl = strlen(d->value), tl = strlen(d->timex);
    cal_civil(anchor, &ay, &am, &ad);
    if (vl == 4)                                  /* a year to come: a plan's, a target's */
        return atoi(d->value) > ay ? 2 : cmp(atoi(d->value), ay);   /* (خطة 2020): not here */
    if (vl || !tl)
        return 2;
    if (tl == 8 && d->timex[5] == 'W') {          /* 2015-W31 */
        date_week_timex(anchor, w, sizeof w);
        return strcmp(d->timex, w) < 0 ? -1 : strcmp(d->timex, w) > 0;
    }
    if (tl == 7 && d->timex[4] == '-') {          /* 2015-SU */
        season_of(anchor, &sy, &ss);
        for (int k = 0; k < 4; k++)
            if (strcmp(d->timex + 5, seasons[k]) == 0)
                return atoi(d->timex) != sy ? cmp(atoi(d->timex), sy) : cmp(k, ss);
        return 2;
    }
    return 2;                 /* a decade, a century: more often who someone was (أحد نجوم
                                 مصر في التسعينات) than when the event was */
}

/* Whether date d may be the event's as event_when.c looks for one: in [s, e), before
 * content, within reach of the event's word and not past a comma unless near; to come only
 * when the words allow it (a day or month to come where they do not is another matter's). */
static int within(const rasd_doc *doc, const rasd_date *d, uint32_t s, uint32_t e,
                  uint32_t content, const rasd_event *ev, uint32_t *gap)
{
    *gap = d->end <= ev->trigger_start ? ev->trigger_start - d->end
           : d->start >= ev->trigger_end ? d->start - ev->trigger_end : 0;
    return d->start >= s && d->end <= e && d->start < content && *gap <= WHEN_REACH &&
           (*gap < WHEN_NEAR || !ev_comma_between(doc, ev, d));
}

/* The first token that ends after byte b (a binary search of the scan's tokens). */
static size_t token_after(const ev_scan *s, uint32_t b)
{
    size_t lo = 0, hi = s->nt;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->t[mid].end <= b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Whether a relative pronoun (data/events.tsv "relative" 1: الذي، التي، الذين) stands
 * between the event's word and date d after it, farther than REL_NEAR tokens from the word:
 * the date is then of a clause about the verb's object (واستعادت قوات الجيش … الأراضي التي
 * خسرتها العام الماضي), not of a clause about the event's noun (الهجوم الانتحاري الذي وقع
 * الأسبوع الماضي). */
static int other_clause(const rasd_doc *doc, const rasd_event *ev, const rasd_date *d)
{
    ev_scan *s = EV_DOC(doc)->scan;
    size_t n;
    int v;
    if (!s || d->start < ev->trigger_end)
        return 0;
    size_t a = token_after(s, ev->trigger_end), b = token_after(s, d->start);
    for (size_t k = a + REL_NEAR; k < b && k < s->nt; k++)
        if (ev_word_is(s, k, 1, EK_RELATIVE, &v, &n) && v == 1)
            return 1;
    return 0;
}

/* The mark that closes a blessing set off after a name, opened by the mark at token k (-حفظه
 * الله-، - حفظه الله -، (رعاه الله): "aguard" blessing_aside, then at most ASIDE_WORDS words),
 * or 0: the name's courtesy, no clause of its own between an event's word and its day (fix63;
 * judge56's 57). */
enum { ASIDE_WORDS = 2 };

static size_t blessing_shut(ev_scan *s, size_t k)
{
    size_t n;
    if (k + 1 >= s->nt || !ev_aguard_is(s, k + 1, 1, AG_BLESSING_ASIDE, &n) || n != 1)
        return 0;
    for (size_t j = k + 2; j < s->nt && j <= k + 1 + ASIDE_WORDS; j++)
        if (s->t[j].kind == RASD_TOK_PUNCT)
            return j;
    return 0;
}

/* Whether a punctuation mark (a comma, a dash, a bracket) stands between the event's word
 * and date d: a period is the event's only in its clause (بعد زيارة ناجحة إلى واشنطن
 * الأسبوع الماضي، يصل الرئيس … اليوم: the week is the earlier visit's). */
static int punct_apart(const rasd_doc *doc, const rasd_event *ev, const rasd_date *d)
{
    ev_scan *s = EV_DOC(doc)->scan;
    uint32_t a = d->end <= ev->trigger_start ? d->end : ev->trigger_end;
    uint32_t b = d->end <= ev->trigger_start ? ev->trigger_start : d->start;
    size_t shut;
    if (!s)
        return ev_comma_between(doc, ev, d);
    for (size_t k = token_after(s, a); k < s->nt && s->t[k].start < b; k++)
        if (s->t[k].kind == RASD_TOK_PUNCT) {
            if ((shut = blessing_shut(s, k)) == 0 || s->t[shut].start >= b)
                return 1;
            k = shut;          /* «ولي العهد -حفظه الله- في قصر سموه بجدة مساء أمس الأول» */
        }
    return 0;
}

/* Whether date d lies in what a speaker said (a quote's words) that does not hold the event's
 * word: a period there is the speech's topic's (وصرح كارتر بعد لقائه بخادم الحرمين بأنه من
 * المتوقع أن يزور الملك سلمان الولايات المتحدة في الخريف: the autumn is the King's visit's). */
static int in_other_topic(const rasd_doc *doc, const rasd_event *ev, const rasd_date *d)
{
    const struct ev_doc *x = EV_DOC(doc);
    for (size_t k = 0; k < x->nquotes; k++) {
        const rasd_quote *q = &x->quotes[k];
        if (d->start >= q->start && d->start < q->end)
            return !(ev->trigger_start >= q->start && ev->trigger_start < q->end);
    }
    return 0;
}

/* Whether a date of the document starts at byte b or right after it (a space between). */
static int date_at(const rasd_doc *doc, uint32_t b)
{
    size_t n;
    const rasd_date *d = rasd_doc_dates(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (d[i].start >= b && d[i].start <= b + 1)
            return 1;
    return 0;
}

/* Whether بعد، إثر or عقب stands between the event's word and date d after it: the date is
 * then of what follows the link (طلبت جيبوتي مساعدة المجتمع الدولي بعد وصول 216 لاجئا …
 * خلال الأيام الماضية: the arrival's days), not the event's (dates45). */
static int after_link(const rasd_doc *doc, ev_scan *sc, const rasd_event *ev,
                      const rasd_date *d)
{
    static const char *const links[] = {"\xd8\xa8\xd8\xb9\xd8\xaf",      /* بعد */
                                        "\xd8\xa5\xd8\xab\xd8\xb1",      /* إثر */
                                        "\xd8\xb9\xd9\x82\xd8\xa8"};     /* عقب */
    if (d->start < ev->trigger_end)
        return 0;
    for (size_t k = token_after(sc, ev->trigger_end); k < sc->nt && sc->t[k].end <= d->start;
         k++)
        for (size_t l = 0; l < sizeof links / sizeof *links; l++)
            if (sc->t[k].end - sc->t[k].start == LETTERS(3) &&
                memcmp(doc->text + sc->t[k].start, links[l], 6) == 0)
                return 1;
    return 0;
}

/* Whether the token w (len bytes) may start a vague past: قبل، وقت، الأ…، الش… after و or
 * ف or none (a filter before the lexicon, for the cost: any phrase of data/events.tsv
 * "vague" starts so; a new one that does not must be added here). */
static int may_be_vague(const char *w, size_t len)
{
    for (int cl = 0; cl < 2 && len >= LETTERS(3); cl++, w += 2, len -= 2) {
        if (memcmp(w, "\xd9\x82\xd8\xa8\xd9\x84", 6) == 0 ||      /* قبل */
            memcmp(w, "\xd9\x88\xd9\x82\xd8\xaa", 6) == 0 ||      /* وقت */
            (memcmp(w, "\xd8\xa7\xd9\x84\xd8", 5) == 0 &&
             (w[5] == '\xa3' || w[5] == '\xa7' || w[5] == '\xb4')))  /* الأ، الا، الش */
            return 1;
        if (memcmp(w, "\xd9\x88", 2) != 0 && memcmp(w, "\xd9\x81", 2) != 0)
            return 0;                                         /* no و or ف before */
    }
    return 0;
}

/* The vague past (data/events.tsv "vague": قبل أيام، في وقت سابق، الأيام الماضية) in [s, e)
 * nearest the event's word that may be its, as a date span with no value, in *v; its gap
 * in *gap (UINT32_MAX when none). Not one that من follows (قبل أيام من الانتخابات، في وقت
 * سابق من اليوم), nor a date (في وقت سابق اليوم): another day is its measure; nor a
 * definite noun (منذ أيام الدراسة: whose days). As a week's, not past a punctuation mark,
 * a relative clause or out of a quote (dates45). */
static void vague_nearest(const rasd_doc *doc, uint32_t s, uint32_t e, uint32_t content,
                          const rasd_event *ev, rasd_date *v, uint32_t *gap)
{
    ev_scan *sc = EV_DOC(doc)->scan;
    size_t n;
    uint32_t g;
    *gap = UINT32_MAX;
    if (!sc)
        return;
    uint32_t from = ev->trigger_start > s + WHEN_REACH ? ev->trigger_start - WHEN_REACH : s;
    uint32_t to = ev->trigger_end + WHEN_REACH < e ? ev->trigger_end + WHEN_REACH : e;
    for (size_t k = token_after(sc, from); k < sc->nt && sc->t[k].start < to; k++) {
        if (!may_be_vague(doc->text + sc->t[k].start, sc->t[k].end - sc->t[k].start) ||
            !ev_word_is(sc, k, 1, EK_VAGUE, NULL, &n) || k + n > sc->nt)
            continue;
        rasd_date d = {.start = sc->t[k].start, .end = sc->t[k + n - 1].end};
        const char *next = k + n < sc->nt ? doc->text + sc->t[k + n].start : "";
        size_t nl = k + n < sc->nt ? sc->t[k + n].end - sc->t[k + n].start : 0;
        if ((nl == LETTERS(2) && memcmp(next, "\xd9\x85\xd9\x86", 4) == 0) ||   /* من */
            (nl > LETTERS(2) && memcmp(next, "\xd8\xa7\xd9\x84", 4) == 0) ||  /* ال: منذ
                                                             أيام الدراسة، a genitive's days */
            date_at(doc, d.end) || after_link(doc, sc, ev, &d) || other_clause(doc, ev, &d) ||
            punct_apart(doc, ev, &d) ||
            in_other_topic(doc, ev, &d))
            continue;
        if (within(doc, &d, s, e, content, ev, &g) && g < *gap)
            *v = d, *gap = g;
        k += n - 1;
    }
}

/* The date nearest the event's word that may be its (within()), or NULL; its side of the
 * anchor (period_side) in *side. */
static const rasd_date *nearest(const rasd_doc *doc, uint32_t s, uint32_t e, uint32_t content,
                                int may_future, const rasd_event *ev, int *side)
{
    size_t n;
    const rasd_date *d = rasd_doc_dates(doc, &n), *best = NULL;
    const struct ev_doc *x = EV_DOC(doc);
    uint32_t gap, best_gap = UINT32_MAX;
    for (size_t i = 0; i < n; i++) {
        if (d[i].start < s || d[i].end > e)
            continue;                  /* another sentence's: before the work below */
        int sd = period_side(&d[i], x->anchor);
        if (sd == 1 && !may_future)
            continue;                  /* a period to come, said of a deed done: another's */
        if (sd == 2 && strlen(d[i].value) >= 7 && !may_future) {
            int64_t first, last;       /* a day or month to come: as event_when.c skips it */
            if (day_range(d[i].value, &first, &last) && first > x->anchor)
                continue;
        }
        if ((sd == -1 || sd == 1) && (other_clause(doc, ev, &d[i]) ||
                                      punct_apart(doc, ev, &d[i]) || in_other_topic(doc, ev, &d[i])))
            continue;
        if (within(doc, &d[i], s, e, content, ev, &gap) && gap < best_gap)
            best = &d[i], best_gap = gap, *side = sd;
    }
    static const rasd_date vague = {0};   /* a vague past nearer than any date (dates45) */
    rasd_date v;
    vague_nearest(doc, s, e, content, ev, &v, &gap);
    if (gap < best_gap)
        best = &vague, *side = -1;
    return best;
}

uint32_t ev_topic_start(const rasd_doc *doc, uint32_t s, uint32_t e, int may_future,
                        uint32_t content, const rasd_event *ev)
{
    const struct ev_doc *x = EV_DOC(doc);
    int side;
    if (!x->have_anchor)
        return s;
    for (size_t k = 0; k < x->nquotes; k++) {
        const rasd_quote *q = &x->quotes[k];
        if (q->cue_end <= q->start && q->start > s && q->start <= ev->trigger_start &&
            ev->trigger_end <= q->end && q->start < e)
            return nearest(doc, q->start, q->end < e ? q->end : e, content, may_future, ev,
                           &side) && side != 0 ? q->start : s;   /* not هذا الأسبوع: the
                                                                   speech's own time */
    }
    return s;
}

int ev_period_only(const rasd_doc *doc, uint32_t s, uint32_t e, int may_future,
                   uint32_t content, const rasd_event *ev)
{
    const struct ev_doc *x = EV_DOC(doc);
    int side = 2;
    if (!x->have_anchor || !nearest(doc, s, e, content, may_future, ev, &side))
        return 0;
    return side == -1 || side == 1 ? side : 0;
}

/* A day of the event's own clause past event_when.c's reach (reldays46): a day (أمس، a
 * weekday, a full date) after the event's word, up to FAR_REACH bytes off, with no
 * punctuation, relative clause, other speech or بعد، إثر، عقب between, and not itself
 * قبل|بعد + days (of another matter: قبل يومين من زيارة). Titles and places of a reception or
 * a visit run long before the day (استقبل صاحب السمو الملكي الأمير … أمير منطقة الرياض في
 * مكتب سموه بقصر الحكم أمس). */
enum { FAR_REACH = 280 };

const rasd_date *ev_far_day(const rasd_doc *doc, uint32_t s, uint32_t e, int may_future,
                            uint32_t content, const rasd_event *ev)
{
    size_t n;
    const rasd_date *d = rasd_doc_dates(doc, &n);
    const struct ev_doc *x = EV_DOC(doc);
    int64_t first, last;
    for (size_t i = 0; i < n; i++) {
        if (d[i].start < ev->trigger_end || d[i].start < s || d[i].end > e ||
            d[i].start >= content || d[i].start - ev->trigger_end > FAR_REACH)
            continue;
        if (strlen(d[i].value) != sizeof "YYYY-MM-DD" - 1 ||
            !day_range(d[i].value, &first, &last) || (!may_future && first > x->anchor))
            return NULL;               /* the first date after the word decides */
        if (!x->scan || other_clause(doc, ev, &d[i]) ||
            (punct_apart(doc, ev, &d[i]) && !ev_date_set_off(doc, &d[i])) || /* wrong56 */
            in_other_topic(doc, ev, &d[i]) || after_link(doc, x->scan, ev, &d[i]) ||
            d[i].end - d[i].start < LETTERS(3) ||
            memcmp(doc->text + d[i].start, "\xd9\x82\xd8\xa8\xd9\x84", 6) == 0 ||
            memcmp(doc->text + d[i].start, "\xd8\xa8\xd8\xb9\xd8\xaf", 6) == 0)
            return NULL;               /* another matter's day: بعد دخول الشرطة صباح الأحد;
                                          قبل يومين من زيارة */
        return &d[i];
    }
    return NULL;
}
