/* date_value.c — the values of the date candidates of dates.c: relative dates resolved
 * against the anchor (the publication date, else the date the text states for its today),
 * days and months without a year, weekdays, feasts, periods, counts of days and years; ISO
 * values at the candidate's precision, TimeML values of decades, centuries and seasons
 * (docs/EVENTS.md "Dates"). */
#include "events/dates.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

int date_valid_day(int cal, int y, int m, int d)
{
    if (m < 1 || m > 12 || d < 1 || y < 1 || y > 9999)
        return 0;
    return d <= (cal == ERA_H ? 30 : cal_month_len(y, m));
}


/* The days of an absolute day candidate. */
int64_t date_abs_days(const ev_engine *ev, const cand *c)
{
    return c->cal == ERA_H ? hijri_days(ev, c->y, c->m, c->d) : cal_days(c->y, c->m, c->d);
}

static int64_t iabs(int64_t x)
{
    return x < 0 ? -x : x;
}

static int64_t day_in(const ev_engine *ev, int cal, int y, int m, int d)
{
    return cal == ERA_H ? hijri_days(ev, y, m, d) : cal_days(y, m, d);
}

/* A day and month (C_DM) or a month (C_M) without a year: the year, in the candidate's
 * calendar, that puts it closest to the anchor; with a direction, the last before the
 * anchor (its month, for C_M), the first after it, or the anchor's own year. A month is
 * given by its first day (Gregorian) or its middle (Hijri, which straddles two months). */
static int64_t nearest_day(const ev_engine *ev, const cand *c, int64_t anchor)
{
    int ay, am, ad, month = c->what == C_M;
    int64_t best = INT64_MIN, ref;
    if (c->cal == ERA_H)
        hijri_of(ev, anchor, &ay, &am, &ad);
    else
        cal_civil(anchor, &ay, &am, &ad);
    ref = month ? day_in(ev, c->cal, ay, am, 1) : anchor;
    for (int y = ay - 1; y <= ay + 1; y++) {
        int64_t days;
        if (!date_valid_day(c->cal, y, c->m, month ? 1 : c->d))
            continue;
        days = day_in(ev, c->cal, y, c->m, month ? 1 : c->d);
        if (c->has_dir && ((c->dir < 0 && days >= ref) || (c->dir > 0 && days <= ref) ||
                           (c->dir == 0 && y != ay)))
            continue;
        if (best == INT64_MIN || (c->has_dir && c->dir < 0 ? days > best
                                  : c->has_dir && c->dir > 0 ? days < best
                                  : iabs(days - ref) < iabs(best - ref)))
            best = days;
    }
    return best != INT64_MIN && month && c->cal == ERA_H ? best + 14 : best;
}

/* A feast's day (C_FEAST): its first day (1 Shawwal, 10 Dhu al-Hijjah; either for العيد)
 * plus the ordinal, in the Hijri year around the anchor that puts it nearest the anchor, or
 * the first on or after it in a clause about the future. */
static int64_t feast_day(const ev_engine *ev, const cand *c, int64_t anchor)
{
    int ay, am, ad;
    int64_t best = INT64_MIN;
    hijri_of(ev, anchor, &ay, &am, &ad);
    for (int y = ay - 1; y <= ay + 1; y++)
        for (int f = 1; f <= 2; f++) {
            int64_t days = hijri_days(ev, y, f == 1 ? 10 : 12, f == 1 ? 1 : 10) + c->d;
            if ((c->m && c->m != f) || (c->fwd && days < anchor))
                continue;
            if (best == INT64_MIN || iabs(days - anchor) < iabs(best - anchor))
                best = days;
        }
    return best;
}

/* A count of days, of months at P_MONTH (الشهر السابق) or of years at P_YEAR (قبل 20
 * عاما), from the day base. */
int64_t date_moved(const cand *c, int64_t base)
{
    int y, m, d;
    if (c->prec != P_YEAR && c->prec != P_MONTH)
        return base + c->d;
    cal_civil(base, &y, &m, &d);
    if (c->prec == P_YEAR)
        return cal_days(y + c->d, 1, 1);
    m += c->d;                               /* الشهر السابق: -1 */
    y += (m - 1 >= 0 ? (m - 1) / 12 : (m - 12) / 12);
    m = ((m - 1) % 12 + 12) % 12 + 1;
    return cal_days(y, m, 1);
}

/* A weekday: the latest on or before the anchor, the first on or after it (fwd), with
 * الماضي strictly before (dir -2, قبل الماضي: a week before that), المقبل strictly after. */
static int64_t weekday_day(const cand *c, int64_t anchor)
{
    int64_t back = (cal_weekday(anchor) - c->d + 7) % 7;   /* to the latest on or before */
    if (c->fwd)                                             /* the first on or after */
        return anchor + (c->d - cal_weekday(anchor) + 7) % 7;
    if (!c->has_dir || c->dir == 0)
        return anchor - back;
    if (c->dir < 0)
        return anchor - (back ? back : 7) + 7 * (c->dir + 1);
    return anchor + (7 - back);
}

/* اليوم|أمس|غدا: the anchor moved by c->dir days, unless the weekday said with it (c->d) is
 * one of the REL_LAG days before that: a story written one day and published after midnight
 * (اليوم الأربعاء, أمس الثلاثاء in a Thursday's paper: date58), or published days later
 * (أمس الأول الجمعة in a Wednesday's paper: the Friday; err65) takes the weekday; a weekday
 * after it is left as said. */
static int64_t rel_day(const cand *c, int64_t anchor)
{
    enum { REL_LAG = 3 };
    int64_t day = anchor + c->dir;
    for (int64_t k = 1; c->d && k <= REL_LAG; k++)
        if (cal_weekday(day - k) == c->d)
            return day - k;
    return day;
}

/* Day c->d of the month of base moved by c->dir months, in calendar cal (C_DOM). */
int64_t date_of_month(const ev_engine *ev, const cand *c, int64_t base, int cal)
{
    int y, m, d;
    if (cal == ERA_H)
        hijri_of(ev, base, &y, &m, &d);
    else
        cal_civil(base, &y, &m, &d);
    m += c->dir;
    if (m < 1)
        m += 12, y--;
    if (m > 12)
        m -= 12, y++;
    if (!date_valid_day(cal, y, m, c->d))
        return INT64_MIN;
    return day_in(ev, cal, y, m, c->d);
}

/* A day or month of the anchor's year moved by c->dir years (C_MY), in the candidate's
 * calendar (a Hijri month by its middle day). */
static int64_t of_year(const ev_engine *ev, const cand *c, int64_t anchor)
{
    int y, m, d;
    if (c->cal == ERA_H)
        hijri_of(ev, anchor, &y, &m, &d);
    else
        cal_civil(anchor, &y, &m, &d);
    d = c->prec == P_DAY ? c->d : c->cal == ERA_H ? 15 : 1;
    if (!date_valid_day(c->cal, y + c->dir, c->m, d))
        return INT64_MIN;
    return day_in(ev, c->cal, y + c->dir, c->m, d);
}

void date_put_value(rasd_date *out, int prec, int64_t days)
{
    int y, m, d;
    cal_civil(days, &y, &m, &d);
    if (y < 1 || y > 9999) {
        out->value[0] = 0;
        return;
    }
    switch (prec) {
    case P_DAY:
        snprintf(out->value, sizeof out->value, "%04d-%02d-%02d", y, m, d);
        break;
    case P_MONTH:
        snprintf(out->value, sizeof out->value, "%04d-%02d", y, m);
        break;
    case P_WEEK:     /* the contract has days, months and years, not weeks: unknown */
        out->value[0] = 0;
        break;
    default:
        snprintf(out->value, sizeof out->value, "%04d", y);
    }
}

/* A period candidate: the anchor moved by dir units, at the unit's precision. */
static int64_t period_day(const cand *c, int64_t anchor)
{
    int y, m, d;
    cal_civil(anchor, &y, &m, &d);
    if (c->prec == P_WEEK)
        return anchor + 7 * c->dir;
    if (c->prec == P_YEAR)
        return cal_days(y + c->dir, 1, 1);
    m += c->dir;
    if (m < 1)
        m += 12, y--;
    if (m > 12)
        m -= 12, y++;
    return cal_days(y, m, 1);
}

/* The day a candidate names (for a month or year, a day inside it), INT64_MIN if none. */
int64_t date_resolve(const ev_engine *ev, const cand *c, int64_t anchor, int have_anchor)
{
    if (c->what == C_ABS) {
        if (c->prec == P_YEAR)
            return cal_days(c->y, 1, 1);
        if (c->prec == P_MONTH)
            return c->cal == ERA_H ? hijri_days(ev, c->y, c->m, 15) : cal_days(c->y, c->m, 1);
        return date_abs_days(ev, c);
    }
    if (!have_anchor && !c->own_anchor)
        return INT64_MIN;
    switch (c->what) {
    case C_DM:
    case C_M:
        return nearest_day(ev, c, c->own_anchor ? c->anchor : anchor);
    case C_REL:
        return rel_day(c, anchor);
    case C_SHIFT:    /* قبل يومين from the anchor (قبل شهر ونصف: y days more); the others
                        in emit() */
        return c->from_prev == 0 ? date_moved(c, anchor - c->y) : INT64_MIN;
    case C_FEAST:
        return feast_day(ev, c, anchor);
    case C_WD:
        return weekday_day(c, anchor);
    case C_PER:
        return period_day(c, anchor);
    case C_MY:
        return of_year(ev, c, anchor);
    case C_DOM:      /* الشهر نفسه: in emit() */
        return c->from_prev ? INT64_MIN : date_of_month(ev, c, anchor, c->cal);
    default:         /* decades, centuries, seasons: timex() */
        return INT64_MIN;
    }
}

/* The anchor from the text: the absolute day date next to اليوم or a weekday (اليوم
 * الإثنين (16 نوفمبر 2015)), else the first absolute day date. */
int date_text_anchor(const ev_engine *ev, const cand *c, size_t n, int64_t *anchor)
{
    size_t first = n;
    for (size_t k = 0; k < n; k++) {
        if (c[k].what != C_ABS || c[k].prec != P_DAY)
            continue;
        if (first == n)
            first = k;
        if (k > 0 && ((c[k - 1].what == C_REL && c[k - 1].dir == 0) || c[k - 1].what == C_WD) &&
            c[k].t0 <= c[k - 1].t1 + ANCHOR_GAP) {
            *anchor = date_abs_days(ev, &c[k]);
            return 1;
        }
    }
    if (first == n)
        return 0;
    *anchor = date_abs_days(ev, &c[first]);
    return 1;
}

/* The TimeML value of a decade (198), a century (18, the 19th) or a season (2015-SU), whose
 * ISO value is null, in out ("" when it needs an anchor and there is none). */
void date_timex(const cand *c, int64_t anchor, int have, char *out, size_t cap)
{
    static const char *const seasons[] = {"SP", "SU", "FA", "WI"};
    int ay = 0, am = 1, ad, cent, y;
    out[0] = 0;
    if (have)
        cal_civil(anchor, &ay, &am, &ad);
    if (!have && !(c->what == C_SEASON ? c->y : c->y && !c->has_dir))
        return;
    cent = c->y ? c->y : ay / 100 + 1 + c->dir;
    if (c->what == C_DEC) {
        y = (cent - 1) * 100 + 10 * c->m;
        if (!c->y && !c->has_dir && y > ay)      /* الثمانينيات: the last before the anchor */
            y -= 100;
        if (y >= 0)
            snprintf(out, cap, "%03d", y / 10);
    } else if (c->what == C_CENT && cent >= 1) {
        snprintf(out, cap, "%02d", cent - 1);
    } else if (c->what == C_SEASON) {
        int cur = am >= 3 && am <= 11 ? (am - 3) / 3 : 3, sy = am <= 2 ? ay - 1 : ay;
        int ts = c->m - 1;
        y = c->y ? c->y
            : c->dir < 0 ? (ts < cur ? sy : sy - 1)
            : c->dir > 0 ? (ts > cur ? sy : sy + 1) : sy;
        if (y >= 1 && y <= 9999)
            snprintf(out, cap, "%04d-%s", y, seasons[ts]);
    }
}

