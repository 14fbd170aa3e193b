/* date.c — the dates of feeds: RFC 822 as RSS writes them (with RFC 1123's four-digit years
 * and the two-digit years of old feeds), RFC 3339 and the W3C profile of ISO 8601 (Atom, JSON
 * Feed, sitemaps), turned into ISO 8601 at the precision given, local time and offset kept
 * (so the publication day is the outlet's day, as rasd reads "published" elsewhere). */
#include "feeds/feeds.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

typedef struct when {
    int y, mo, d, h, mi, s;
    int prec;           /* 1 year, 2 month, 3 day, 4 time */
    int zone;           /* 1: off_min is known */
    int off_min;
} when;

/* Reads 1 to max digits at *p (before end) into *v; 0 when none. */
static int digits(const char **p, const char *end, int max, int *v)
{
    int k = 0;
    *v = 0;
    while (*p < end && k < max && isdigit((unsigned char)**p)) {
        *v = *v * 10 + (**p - '0');
        (*p)++;
        k++;
    }
    return k;
}

static void skip_space(const char **p, const char *end)
{
    while (*p < end && (isspace((unsigned char)**p) || **p == ','))
        (*p)++;
}

static int month_of(const char *w, size_t n)
{
    static const char names[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    if (n < 3)
        return 0;
    for (int m = 0; m < 12; m++)
        if (strncasecmp(w, names + 3 * m, 3) == 0)
            return m + 1;
    return 0;
}

/* A numeric offset "+0300", "+03:00", "-05" at *p; 1 when read. */
static int numeric_zone(const char **p, const char *end, int *off)
{
    int sign = **p == '-' ? -1 : 1, h, m = 0;
    const char *q = *p + 1;
    if (digits(&q, end, 2, &h) != 2)
        return 0;
    if (q < end && *q == ':')
        q++;
    if (q < end && isdigit((unsigned char)*q) && digits(&q, end, 2, &m) != 2)
        return 0;
    if (h > 14 || m > 59)
        return 0;
    *off = sign * (h * 60 + m);
    *p = q;
    return 1;
}

/* RFC 822 §5.1 zone names (military letters are read as UTC, as RFC 1123 advises). */
static int named_zone(const char *w, size_t n, int *off)
{
    static const struct { const char *name; int hours; } z[] = {
        {"GMT", 0}, {"UT", 0}, {"UTC", 0}, {"Z", 0}, {"EST", -5}, {"EDT", -4}, {"CST", -6},
        {"CDT", -5}, {"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7}};
    for (size_t i = 0; i < sizeof z / sizeof *z; i++)
        if (strlen(z[i].name) == n && strncasecmp(w, z[i].name, n) == 0) {
            *off = z[i].hours * 60;
            return 1;
        }
    if (n == 1 && isalpha((unsigned char)w[0])) {
        *off = 0;
        return 1;
    }
    return 0;
}

static int read_time(const char **p, const char *end, when *t)
{
    if (digits(p, end, 2, &t->h) < 1 || *p >= end || **p != ':')
        return 0;
    (*p)++;
    if (digits(p, end, 2, &t->mi) != 2)
        return 0;
    if (*p < end && **p == ':') {
        (*p)++;
        if (digits(p, end, 2, &t->s) != 2)
            return 0;
        if (*p < end && (**p == '.' || **p == ','))
            for ((*p)++; *p < end && isdigit((unsigned char)**p); (*p)++)
                ;
    }
    t->prec = 4;
    return 1;
}

/* "[Wed,] 2 Oct 2002 [13:00[:00] [zone]]" */
static int rfc822(const char *p, const char *end, when *t)
{
    const char *w;
    int yk;
    skip_space(&p, end);
    if (p < end && isalpha((unsigned char)*p)) {         /* the day's name */
        while (p < end && isalpha((unsigned char)*p))
            p++;
        skip_space(&p, end);
    }
    if (!digits(&p, end, 2, &t->d))
        return 0;
    skip_space(&p, end);
    if (p < end && *p == '-')
        p++;
    for (w = p; p < end && isalpha((unsigned char)*p); p++)
        ;
    if (!(t->mo = month_of(w, (size_t)(p - w))))
        return 0;
    if (p < end && *p == '-')
        p++;
    skip_space(&p, end);
    if ((yk = digits(&p, end, 4, &t->y)) != 2 && yk != 4)
        return 0;
    if (yk == 2)
        t->y += t->y < 50 ? 2000 : 1900;
    t->prec = 3;
    skip_space(&p, end);
    if (p >= end)
        return 1;
    if (!read_time(&p, end, t))
        return 0;
    skip_space(&p, end);
    if (p < end && (*p == '+' || *p == '-'))
        t->zone = numeric_zone(&p, end, &t->off_min);
    else if (p < end) {
        for (w = p; p < end && isalpha((unsigned char)*p); p++)
            ;
        t->zone = named_zone(w, (size_t)(p - w), &t->off_min);
    }
    return 1;
}

/* "2002", "2002-10", "2002-10-02", "2002-10-02T10:00[:00[.5]][Z|+hh:mm]" (a space for T). */
static int w3c(const char *p, const char *end, when *t)
{
    if (digits(&p, end, 4, &t->y) != 4)
        return 0;
    t->prec = 1;
    if (p >= end)
        return 1;
    if (*p != '-' || (p++, digits(&p, end, 2, &t->mo) != 2))
        return 0;
    t->prec = 2;
    if (p >= end)
        return 1;
    if (*p != '-' || (p++, digits(&p, end, 2, &t->d) != 2))
        return 0;
    t->prec = 3;
    if (p >= end)
        return 1;
    if (*p != 'T' && *p != 't' && *p != ' ')
        return 0;
    p++;
    if (!read_time(&p, end, t))
        return 0;
    skip_space(&p, end);
    if (p < end && (*p == 'Z' || *p == 'z')) {
        t->zone = 1;
        t->off_min = 0;
        p++;
    } else if (p < end && (*p == '+' || *p == '-'))
        t->zone = numeric_zone(&p, end, &t->off_min);
    else if (p + 3 <= end && strncasecmp(p, "GMT", 3) == 0) {
        t->zone = 1;
        p += 3;
    }
    skip_space(&p, end);
    return p == end;
}

static int valid(const when *t)
{
    if (t->y < 1 || t->y > 9999)
        return 0;
    if (t->prec >= 2 && (t->mo < 1 || t->mo > 12))
        return 0;
    if (t->prec >= 3 && !day_valid(t->y, t->mo, t->d))
        return 0;
    return t->prec < 4 || (t->h < 24 && t->mi < 60 && t->s <= 60);
}

static void format(const when *t, char out[26])
{
    if (t->prec == 1)
        snprintf(out, 26, "%04d", t->y);
    else if (t->prec == 2)
        snprintf(out, 26, "%04d-%02d", t->y, t->mo);
    else if (t->prec == 3)
        snprintf(out, 26, "%04d-%02d-%02d", t->y, t->mo, t->d);
    else {
        int n = snprintf(out, 26, "%04d-%02d-%02dT%02d:%02d:%02d", t->y, t->mo, t->d, t->h,
                         t->mi, t->s > 59 ? 59 : t->s);
        int a = t->off_min < 0 ? -t->off_min : t->off_min;
        if (t->zone && t->off_min == 0)
            snprintf(out + n, (size_t)(26 - n), "Z");
        else if (t->zone)
            snprintf(out + n, (size_t)(26 - n), "%c%02d:%02d", t->off_min < 0 ? '-' : '+',
                     a / 60, a % 60);
    }
}

int feed_date(const char *s, size_t n, char out[26])
{
    when t;
    const char *p = feed_trim(s, &n), *end = p + n;
    memset(&t, 0, sizeof t);
    out[0] = 0;
    if (n == 0 || n > 64)
        return 0;
    int ok = isdigit((unsigned char)p[0]) && n >= 4 && isdigit((unsigned char)p[1]) &&
                     isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3])
                 ? w3c(p, end, &t)
                 : 0;
    if (!ok) {
        memset(&t, 0, sizeof t);
        ok = rfc822(p, end, &t);
    }
    if (!ok || !valid(&t))
        return 0;
    format(&t, out);
    return 1;
}
