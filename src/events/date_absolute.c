/* date_absolute.c — the calendar forms of dates.c's matchers (dates.h): a numeric date, a day
 * and month, a month, a year (with عام|سنة or in context), each with its calendar; the
 * relative forms are in date_relative.c, the order they are tried in and the stage in
 * dates.c. Moved out of dates.c unchanged (dates49, stop 41).
 */
#include "events/dates.h"
#include "events/letters.h"

#include <string.h>

/* Limits, in tokens, set by hand with the first date rules (b51b4e3) on the seed articles
 * (tests/test_dates.c) and the SaudiNewsNet samples of docs/EVENTS.md "Dates". */
enum {
    MIN_HIJRI_YEAR = 1300,     /* عام 1436 without هـ: Hijri (on a 3,000-article sample of */
    MAX_HIJRI_YEAR = 1500,     /* SaudiNewsNet, all 17 such years were; dates2) */
    MIN_CTX_YEAR = 1900,       /* a year with no عام before it (في 1987، 1987م): news years; */
    MAX_CTX_YEAR = 2100,       /* 1500م is more often metres (سباق 1500م) */
};

static int adjacent(const ev_scan *s, size_t i)
{
    return i + 1 < s->nt && s->t[i].end == s->t[i + 1].start;
}

/* Whether the one token before i is a yearprep word (في، منذ، مطلع), or with names also a
 * noun that names a year's event (yearprep 2: كأس العالم 2018، برلمان 2005: dates3). */
int date_prep_before(ev_scan *s, size_t i, int names)
{
    size_t n;
    int v;
    return i > 0 && timex_is(s, i - 1, 1, TX_YEARPREP, &v, &n) && n == 1 && (names || v < 2);
}

/* Whether the five tokens at i are written together, or with "/" (8 / 7 / 1436هـ, 10 /10
 * / 1436هـ: dates3). */
static int numeric_layout(const ev_scan *s, size_t i)
{
    return s->t[i + 1].norm[0] == '/' || (adjacent(s, i) && adjacent(s, i + 1) &&
                                         adjacent(s, i + 2) && adjacent(s, i + 3));
}

/* 2015/11/16, 16-11-2015, 16.11.2015, 8 / 7 / 1436, [era]. */
size_t date_numeric(ev_scan *s, size_t i, cand *c)
{
    int a = number_at(s, i), b = number_at(s, i + 2), z = number_at(s, i + 4), era;
    size_t n = 0;
    if (a < 0 || b < 0 || z < 0 || !ev_punct(s, i + 1, "/-.") || !numeric_layout(s, i) ||
        s->t[i + 1].norm[0] != s->t[i + 3].norm[0])
        return 0;
    if (s->t[i].norm_len == 4 && s->t[i + 4].norm_len <= 2)
        c->y = a, c->m = b, c->d = z;
    else if (s->t[i + 4].norm_len == 4 && s->t[i].norm_len <= 2)
        c->y = z, c->m = b, c->d = a;
    else
        return 0;
    era = era_at(s, i + 5, &n);
    c->cal = era == ERA_H || (era == 0 && c->y < 1600) ? ERA_H : ERA_G;
    if (!date_valid_day(c->cal, c->y, c->m, c->d))
        return 0;
    c->what = C_ABS, c->prec = P_DAY;
    return 5 + n;
}

/* Whether tokens a and b are the same word (normalised). */
static int same_word(const ev_scan *s, size_t a, size_t b)
{
    return s->t[a].norm_len == s->t[b].norm_len &&
           !memcmp(s->t[a].norm, s->t[b].norm, s->t[a].norm_len);
}

/* A month name at i (either calendar), with its alternative name in the other series after
 * "/", "-", inside parentheses or, for a Gregorian month, right after it (يونيو حزيران, as
 * Reuters writes: dates3): its number and calendar, whether the alternative was said (*alt,
 * may be NULL); the tokens taken, or 0. */
size_t date_month_at(ev_scan *s, size_t i, int strip, int *m, int *cal, int *alt)
{
    size_t n = 0, n2 = 0, j, k = 0, a = 0;
    int v, v2, kind;
    if (ev_word_is(s, i, strip, EK_GMONTH, &v, &n))
        *cal = ERA_G, kind = EK_GMONTH;
    else if (ev_word_is(s, i, strip, EK_HMONTH, &v, &n))
        *cal = ERA_H, kind = EK_HMONTH;
    else
        return 0;
    *m = v;
    j = i + n;
    if (ev_punct(s, j, "/-") && ev_word_is(s, j + 1, 0, kind, &v2, &n2) && v2 == v)
        k = n + 1 + n2, a = j + 1;
    else if (ev_punct(s, j, "(") && ev_word_is(s, j + 1, 0, kind, &v2, &n2) && v2 == v &&
             ev_punct(s, j + 1 + n2, ")"))
        k = n + 2 + n2, a = j + 1;
    else if (kind == EK_GMONTH && ev_word_is(s, j, 0, kind, &v2, &n2) && v2 == v &&
             !same_word(s, i, j))
        k = n + n2, a = j;
    if (alt)                /* both names of a Gregorian month (صفر/ صفر is a score) */
        *alt = k && *cal == ERA_G && !same_word(s, i, a);
    return k ? k : n;
}

/* A year number at i with its era: the tokens taken (0: none); *cal may become Hijri. */
size_t date_year_at(ev_scan *s, size_t i, int *y, int *cal)
{
    size_t n = 0;
    int v = number_at(s, i), era;
    if (v < 1)
        return 0;
    era = era_at(s, i + 1, &n);
    if (!era && (v < 1000 || v > 2200 || s->t[i].norm_len != 4))
        return 0;
    if (era)
        *cal = era;
    *y = v;
    return 1 + n;
}

/* A year after a month, [عام|سنة] 2015 [م] (أكتوبر عام 1973): the tokens taken, or 0. */
static size_t year_after(ev_scan *s, size_t j, int *y, int *cal)
{
    size_t nc = 0, ny;
    if ((ny = date_year_at(s, j, y, cal)) != 0)
        return ny;
    if (!ev_word_is(s, j, 0, EK_YEARCUE, NULL, &nc) &&      /* يونيو لعام 2006 (wrong48) */
        !(j < s->nt && s->t[j].norm_len > 2 && !memcmp(s->t[j].norm, "\xd9\x84", 2) &&
          ev_word_is(s, j, 1, EK_YEARCUE, NULL, &nc)))
        return 0;
    if (!(ny = date_year_at(s, j + nc, y, cal)))
        return 0;
    return nc + ny;
}

/* The year after a month or a day and month, من عام 2014 | من العام الماضي|الحالي|المقبل |
 * من هذا العام (dates3): an absolute year in *y (its calendar in *cal), else a move of the
 * report's year in *dir (*y 0); the tokens taken, or 0. */
static size_t of_year(ev_scan *s, size_t j, int *y, int *cal, int *dir)
{
    size_t n, th = 0, np, nd = 0, ny, of = ev_word_is(s, j, 0, EK_OF, NULL, &n) && n == 1;
    int unit;                          /* من may be left out: سبتمبر العام الماضي (dates45) */
    if (of && (ny = year_after(s, j + 1, y, cal)) != 0)
        return 1 + ny;
    ev_word_is(s, j + of, 0, EK_THIS, NULL, &th);
    if (!ev_word_is(s, j + of + th, 0, EK_PERIOD, &unit, &np) || unit != PERIOD_YEAR)
        return 0;
    *dir = 0, *y = 0;
    if (ev_word_is(s, j + of + th + np, 0, EK_DIR, dir, &nd) || th)
        return of + th + np + nd;
    return 0;
}

/* The day of a date at i: a number (16 [من]) or an ordinal and من (الخامس من); its value in
 * *d; the tokens taken, or 0. */
static size_t day_at(ev_scan *s, size_t i, int *d)
{
    size_t n, no;
    *d = number_at(s, i);
    if (*d >= 1 && *d <= 31 && s->t[i].norm_len <= 2)
        return 1 + (ev_word_is(s, i + 1, 0, EK_OF, NULL, &n) && n == 1);   /* من ("of") */
    if (ev_word_is(s, i, 1, EK_ORD, d, &no) && *d >= 1 && *d <= 31 &&
        ev_word_is(s, i + no, 0, EK_OF, NULL, &n) && n == 1 &&
        !(i > 0 && (ev_word_is(s, i - 1, 1, EK_PERIOD, NULL, &n) ||
                    ev_word_is(s, i - 1, 1, EK_NOTAFTER, NULL, &n) ||
                    ev_word_is(s, i - 1, 1, EK_BLOCK, NULL, &n))))
        return no + 1;      /* not الأسبوع الأول من رمضان, النصف الثاني من يونيو, صلاة… */
    return 0;
}

/* The month of a day, الشهر [الهجري] الجاري|الحالي|الماضي|المقبل|نفسه|ذاته [الهجري] (after
 * الـ12 من, السادس من: dates3): the report's month moved by the direction, or (نفسه) the
 * month said before; Gregorian unless الهجري. The tokens taken, or 0. */
static size_t of_month(ev_scan *s, size_t j, cand *c)
{
    size_t n, k, ne = 0, nd = 0;
    int unit, dir = 0, era = 0;
    if (!ev_word_is(s, j, 0, EK_PERIOD, &unit, &n) || unit != PERIOD_MONTH)
        return 0;
    k = j + n;
    if ((era = era_at(s, k, &ne)) != 0)
        k += ne;
    if (ev_word_is(s, k, 0, EK_DIR, &dir, &nd))
        c->dir = (int8_t)dir;
    else if (ev_word_is(s, k, 0, EK_NOTDAY, NULL, &nd))
        c->from_prev = 1;                        /* الشهر نفسه */
    else
        return 0;
    k += nd;
    if (!era && (era = era_at(s, k, &ne)) != 0)
        k += ne;
    if (era && era != ERA_H)
        return 0;
    c->what = C_DOM, c->prec = P_DAY, c->cal = era ? ERA_H : ERA_G;
    return k - j;
}

/* 16 [من] [شهر] نوفمبر [/ تشرين الثاني] [[عام] 2015 [م]] | [الماضي|المقبل|الجاري];
 * الخامس من [شهر] مايو … */
size_t date_day_month(ev_scan *s, size_t i, cand *c)
{
    int d, m = 0, cal = 0, dir = 0;
    size_t j, n, ny, nd = 0, cue = 0;
    if (!(j = day_at(s, i, &d)))
        return 0;
    j += i;
    ev_word_is(s, j, 0, EK_MONTHCUE, NULL, &cue);
    j += cue;
    if (!cue && ev_word_is(s, j - 1, 0, EK_OF, NULL, &n) && (n = of_month(s, j, c)) != 0)
        return c->d = d, j + n - i;
    if (!(n = date_month_at(s, j, 0, &m, &cal, NULL)))
        return 0;
    j += n;
    c->d = d, c->m = m, c->cal = (uint8_t)cal, c->prec = P_DAY;
    if ((ny = year_after(s, j, &c->y, &cal)) != 0 ||
        (ny = of_year(s, j, &c->y, &cal, &dir)) != 0) {
        c->cal = (uint8_t)cal;
        if (!c->y) {                               /* 26 يونيو من العام الماضي */
            c->what = C_MY, c->dir = (int8_t)dir;
            return date_valid_day(c->cal, 2000, m, d) ? j + ny - i : 0;
        }
        if (!date_valid_day(c->cal, c->y, m, d))
            return 0;
        c->what = C_ABS;
        return j + ny - i;
    }
    c->what = C_DM;
    if (ev_word_is(s, j, 0, EK_DIR, &dir, &nd))
        c->dir = (int8_t)dir, c->has_dir = 1;
    else if (date_future_clause(s, i, j))     /* سيعقد في 26 فبراير: the next one */
        c->dir = 1, c->has_dir = 1;
    return date_valid_day(c->cal, 2000, m, d) ? j + nd - i : 0;
}

/* عام|سنة 2015 [م] (Gregorian only; without its era, a year of the Hijri centuries around
 * the reports', العام 1440, is Hijri: SaudiNewsNet writes no Gregorian year of 1300-1500 so). */
size_t date_year_only(ev_scan *s, size_t i, cand *c)
{
    size_t n, ny;
    int cal = ERA_G;
    if (!ev_word_is(s, i, 1, EK_YEARCUE, NULL, &n) ||
        !(ny = date_year_at(s, i + n, &c->y, &cal)) ||
        cal != ERA_G || (ny == 1 && c->y >= MIN_HIJRI_YEAR && c->y <= MAX_HIJRI_YEAR))
        return 0;
    c->what = C_ABS, c->prec = P_YEAR, c->cal = ERA_G;
    return n + ny;
}

/* Whether the bare month at i follows another month and و (مايو (أيار) ويونيو (حزيران),
 * يناير وفبراير: dates3): token i carries و, and a month name or its closing bracket stands
 * before it. */
static int and_month(ev_scan *s, size_t i)
{
    size_t n;
    int v;
    if (i == 0 || !starts_with(s->t[i].norm, s->t[i].norm_len, U_WAW) ||
        ev_word_is(s, i, 0, EK_GMONTH, &v, &n) || ev_word_is(s, i, 0, EK_HMONTH, &v, &n))
        return 0;
    if (ev_punct(s, i - 1, ")") && i >= 2)
        i--;
    return ev_word_is(s, i - 1, 0, EK_GMONTH, &v, &n) || ev_word_is(s, i - 1, 0, EK_HMONTH, &v, &n);
}

/* [شهر] نوفمبر [/ تشرين الثاني] [عام] 2015 [م] | [شهر] نوفمبر الماضي|المقبل|الجاري | شهر نوفمبر |
 * في|منذ|خلال نوفمبر | ديسمبر (كانون الأول) (both names: no verb, no father) */
size_t date_month_year(ev_scan *s, size_t i, cand *c)
{
    size_t cue = 0, n, ny, nd = 0;
    int m, cal, dir = 0, alt;
    ev_word_is(s, i, 1, EK_MONTHCUE, NULL, &cue);
    if (!(n = date_month_at(s, i + cue, 0, &m, &cal, &alt)) &&
        (cue || !and_month(s, i) || !(n = date_month_at(s, i, 1, &m, &cal, &alt))))
        return 0;                                   /* ويونيو after مايو: dates3 */
    c->m = m, c->cal = (uint8_t)cal, c->prec = P_MONTH;
    if ((ny = year_after(s, i + cue + n, &c->y, &cal)) != 0 ||
        ((ny = of_year(s, i + cue + n, &c->y, &cal, &dir)) != 0 && (cue || alt ||
         ev_word_is(s, i + cue + n, 0, EK_OF, NULL, &nd) || date_prep_before(s, i, 0)))) {
                                       /* not محافظة إب العام الماضي: a bare name, من left out */
        c->cal = (uint8_t)cal, c->what = c->y ? C_ABS : C_MY, c->dir = (int8_t)dir;
        return cue + n + ny;           /* يونيو من العام الماضي: C_MY */
    }
    c->what = C_M;
    if (ev_word_is(s, i + cue + n, 0, EK_DIR, &dir, &nd))
        c->dir = (int8_t)dir, c->has_dir = 1;
    else if (!cue && !alt && !date_prep_before(s, i, 0) && !and_month(s, i))
        return 0;          /* a bare month name: with شهر, a direction (مارس الماضي), its
                              other name (ديسمبر (كانون الأول)) or after في، منذ، مطلع… */
    return cue + n + nd;
}

/* Whether the year number at i follows و after another year (عامي 2000 و2014، 2013م و2014). */
static int and_year(ev_scan *s, size_t i)
{
    size_t n, k;
    int y;
    if (i < 2 || s->t[i - 1].norm_len != LETTERS(1) || !letter_is(s->t[i - 1].norm, U_WAW))
        return 0;
    k = i - 2;
    if (k > 0 && era_at(s, k, &n) == ERA_G && n == 1)
        k--;
    y = number_at(s, k);
    return s->t[k].norm_len == 4 && y >= MIN_CTX_YEAR && y <= MAX_CTX_YEAR;
}

/* Whether a year at i starts a range (موسم 2014 - 2015، 2014/ 2015): a season, a school
 * year, not the year of a name. */
static int year_range(ev_scan *s, size_t i)
{
    size_t j = i + 1;
    if (j < s->nt && s->t[j].kind == RASD_TOK_PUNCT)
        j++;
    return j > i + 1 && number_at(s, j) >= MIN_CTX_YEAR && s->t[j].norm_len == 4;
}

/* A year standing in context: 1987م (with its era), or after في، منذ، خلال، حتى، مطلع…
 * (yearprep: في 2004، منذ 2011) or another year and و, not a range or a full date
 * (2015-2016، 2015/8/1). */
size_t date_year_ctx(ev_scan *s, size_t i, cand *c)
{
    size_t n = 0;
    int v = number_at(s, i), era;
    if (v < 1000 || s->t[i].norm_len != 4 || (adjacent(s, i) && ev_punct(s, i + 1, "/-.")))
        return 0;
    era = era_at(s, i + 1, &n);
    if (era == ERA_H || v < MIN_CTX_YEAR || v > MAX_CTX_YEAR ||
        (!era && !date_prep_before(s, i, 0) &&
         !(date_prep_before(s, i, 1) && !year_range(s, i)) && !and_year(s, i)))
        return 0;                   /* سباق 1500م is a race, in metres */
    c->what = C_ABS, c->prec = P_YEAR, c->cal = ERA_G, c->y = v;
    return 1 + n;
}
