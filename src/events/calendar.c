/* calendar.c — the Hijri calendar for dates (ev.h); the Gregorian one, as days since
 * 1970-01-01, is src/core/day.c's.
 *
 * Hijri: the arithmetical calendar of 30-year cycles
 * with 11 leap years (2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29), months of 30 and 29 days
 * alternating, the epoch 1 Muharram 1 AH = 15 July 622 (Julian; JDN 1948439). Saudi Arabia's
 * official Umm al-Qura calendar follows astronomical tables and differs from it by a day in
 * some months (1 Shawwal 1436 is 17 July 2015 in Umm al-Qura, 18 July here), so a Hijri date
 * converted here can be a day late or early: tests/test_dates.c measures how often on the
 * correspondences that SaudiNewsNet articles state (الموافق).
 */
#include "events/ev.h"

#define JDN_UNIX 2440588      /* Julian day number of 1970-01-01 */
#define JDN_HIJRI 1948439     /* of the day before 1 Muharram 1 AH */

int hijri_month_len(int y, int m)
{
    int leap = (14 + 11 * (int64_t)y) % 30 < 11;
    return m % 2 ? 30 : m == 12 && leap ? 30 : 29;
}

int64_t cal_hijri_days(int y, int m, int d)
{
    int64_t jdn = d + (59 * (int64_t)(m - 1) + 1) / 2 + (int64_t)(y - 1) * 354 +
                  (3 + 11 * (int64_t)y) / 30 + JDN_HIJRI;
    return jdn - JDN_UNIX;
}

void cal_hijri(int64_t days, int *y, int *m, int *d)
{
    int64_t jdn = days + JDN_UNIX;
    int64_t yy = (30 * (jdn - JDN_HIJRI - 1) + 10646) / 10631;   /* right or one off */
    int mm = 1;
    while (cal_hijri_days((int)yy + 1, 1, 1) <= days)
        yy++;
    while (cal_hijri_days((int)yy, 1, 1) > days)
        yy--;
    while (mm < 12 && cal_hijri_days((int)yy, mm + 1, 1) <= days)
        mm++;
    *y = (int)yy;
    *m = mm;
    *d = (int)(days - cal_hijri_days((int)yy, mm, 1)) + 1;
}

/* The row of Hijri month (y, m), or NULL. */
static const hijri_row *hijri_row_of(const ev_engine *ev, int y, int m)
{
    int32_t key = 12 * y + m - 1;
    size_t lo = 0, hi = ev ? ev->nhijri : 0;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ev->hijri[mid].month < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < (ev ? ev->nhijri : 0) && ev->hijri[lo].month == key ? &ev->hijri[lo] : NULL;
}

static int64_t hijri_first(const ev_engine *ev, int y, int m)
{
    const hijri_row *r = hijri_row_of(ev, y, m);
    return r ? r->first : cal_hijri_days(y, m, 1);
}

int64_t hijri_days(const ev_engine *ev, int y, int m, int d)
{
    return hijri_first(ev, y, m) + d - 1;
}

void hijri_of(const ev_engine *ev, int64_t days, int *y, int *m, int *d)
{
    int yy, mm, dd;
    cal_hijri(days, &yy, &mm, &dd);
    while (hijri_first(ev, yy, mm) > days) {            /* the table starts it later */
        if (--mm == 0)
            mm = 12, yy--;
    }
    for (;;) {                                          /* or the next one earlier */
        int ny = mm == 12 ? yy + 1 : yy, nm = mm == 12 ? 1 : mm + 1;
        if (hijri_first(ev, ny, nm) > days)
            break;
        yy = ny, mm = nm;
    }
    *y = yy, *m = mm;
    *d = (int)(days - hijri_first(ev, yy, mm)) + 1;
}
