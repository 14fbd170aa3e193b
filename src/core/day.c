/* day.c — the one place where days are counted and parsed: the proleptic Gregorian calendar
 * as days since 1970-01-01 (Howard Hinnant's days_from_civil / civil_from_days: eras of 400
 * years, March first so the leap day ends the year), ISO weekdays, and the date strings that
 * come from outside — publication dates of records and the date filters of queries.
 */
#include "core/internal.h"

#include <stdio.h>
#include <string.h>

int64_t cal_days(int y, int m, int d)
{
    int64_t yy = (int64_t)y - (m <= 2);
    int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
    int64_t yoe = yy - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void cal_civil(int64_t days, int *y, int *m, int *d)
{
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

int cal_month_len(int y, int m)
{
    static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 ? 28 + leap : len[m - 1];
}

int cal_weekday(int64_t days)
{
    int64_t w = (days + 3) % 7;           /* 1970-01-01 was a Thursday (ISO 4) */
    return (int)(w < 0 ? w + 7 : w) + 1;
}

int day_valid(int y, int m, int d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= cal_month_len(y, m);
}

static int digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

int day_parse(const char *s, int64_t *days)
{
    int y, m, d;
    char s1, s2;
    if (!s || sscanf(s, "%4d%c%2d%c%2d", &y, &s1, &m, &s2, &d) != 5 || s1 != s2 ||
        (s1 != '-' && s1 != '/') || !day_valid(y, m, d))
        return 0;
    *days = cal_days(y, m, d);
    return 1;
}

uint32_t day_ymd(const char *s)
{
    int64_t days;
    int y, m, d;
    if (!day_parse(s, &days))
        return 0;
    cal_civil(days, &y, &m, &d);
    return (uint32_t)(y * 10000 + m * 100 + d);
}

int day_range(const char *s, int64_t *first, int64_t *last)
{
    size_t len = strlen(s);
    int y, m = 1, d = 1;
    if (!(len == 4 || len == 7 || len == 10) || !digits(s, 4) ||
        (len >= 7 && (s[4] != '-' || !digits(s + 5, 2))) ||
        (len == 10 && (s[7] != '-' || !digits(s + 8, 2))))
        return 0;
    y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    if (len >= 7)
        m = (s[5] - '0') * 10 + (s[6] - '0');
    if (len == 10)
        d = (s[8] - '0') * 10 + (s[9] - '0');
    if (!day_valid(y, m, d))
        return 0;
    *first = cal_days(y, m, d);
    *last = len == 4 ? cal_days(y, 12, 31)
          : len == 7 ? cal_days(y, m, cal_month_len(y, m))
                     : *first;
    return 1;
}

void day_iso(int64_t days, char out[11])
{
    int y, m, d;
    cal_civil(days, &y, &m, &d);
    snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
             (unsigned)d % 100u);
}
