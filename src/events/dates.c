/* dates.c — dates and times in Arabic news text, resolved to ISO 8601 (ev.h, rasd.h).
 *
 * The words come from data/dates.tsv (month names of the Syriac, Latin-derived and Maghrebi
 * series and the Hijri months, weekdays, relative words), normalised at load the way texts
 * are, so matching works on the tokens' normalised forms; the first word of an expression may
 * carry a proclitic (وأمس، لعام، والإثنين، بالأمس).
 *
 * One pass over the tokens proposes candidates, trying at each token, in order:
 *   numeric     2015/11/16, 16-11-2015, 16.11.2015 (adjacent tokens; "/" also spaced), [era]
 *   day-month   16|الخامس [من] [شهر] نوفمبر [/ تشرين الثاني | (آب)] [[عام] 2015 [م|هـ]] |
 *               [الماضي|المقبل|الجاري]
 *   year        عام|سنة 2015 [م]                      (a Hijri year alone is not converted)
 *   month       [شهر] نوفمبر [/ تشرين الثاني] [عام] 2015 | شهر نوفمبر [الماضي] | نوفمبر
 *               الماضي | في نوفمبر | ديسمبر (كانون الأول) (a bare month name is not taken:
 *               مارس is also a verb, آب a father)
 *   year ctx    في|منذ 2004، 1987م، عامي 2000 و2014   (issue 16, as the kinds below)
 *   decade      الثمانينيات [من القرن الماضي|العشرين]  → value null, timex 198
 *   century     القرن التاسع عشر|الـ19|الماضي          → value null, timex 18
 *   season      صيف 2015، الصيف الماضي، في الربيع      → value null, timex 2015-SU
 *   shift       اليوم التالي|الذي تلاه|السابق          (from the day said before it),
 *               الشهر السابق                           (from the month said before it)
 *   ago         قبل|منذ|بعد يومين|ثلاثة أيام|3 أيام، قبل 20 عاما
 *   feast       أول|ثاني… أيام عيد الفطر|العيد          (dates2, as ordinal days, years ago)
 *   relative    [صباح|مساء…] اليوم|أمس|أول أمس|غدا [weekday] (not عين اليوم، ذلك اليوم…)
 *   weekday     [صباح|مساء…] [يوم] الإثنين [الماضي|المقبل]   (not after صلاة، خطبة)
 *   period      [هذا] الأسبوع|الشهر|العام|السنة الماضي|المقبل|الجاري | نهاية العام
 * dates3: يونيو حزيران، يونيو من العام الماضي، الـ12 من الشهر الحالي، الخميس قبل الماضي، قبل
 * شهرين، كأس العالم 2018، شهري مايو ويونيو (docs/EVENTS.md, the Dates table).
 * Matchers are tried only at numbers and at words that can start a date (ev_date_start).
 * A weekday right before an absolute date joins it (الإثنين 16 نوفمبر 2015). Then relative
 * candidates are resolved (date_value.c) against the anchor: the publication date when given, else the
 * absolute date the article states next to اليوم or a weekday, else its first absolute date;
 * with no anchor their value is unknown (""), as is a week's (الأسبوع الماضي: its timex is
 * its ISO week, weeks.c): the output contract has days, months and years. A weekday
 * without a direction is the latest such day on
 * or before the anchor, the first on or after it in a clause about the future (future_clause);
 * الماضي is strictly before, المقبل strictly after. A day and month without a year take the
 * year that puts them closest to the anchor (the next one in a clause about the future).
 * أمس/غدا with a weekday that contradicts them are taken as said.
 */
#include "events/dates.h"
#include "events/letters.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Limits, in tokens, set by hand with the first date rules (b51b4e3) on the seed articles
 * (tests/test_dates.c) and the SaudiNewsNet samples of docs/EVENTS.md "Dates". */
enum {
    LINK_GAP = 3,              /* tokens between a weekday and the date it names, which may only
                                  be commas and الموافق (links): الجمعة، الموافق 18/8/1436 */
    FUTURE_BACK = 10,          /* tokens before a bare weekday, in its sentence, where a word of
                                  the future (سوف، سيعقد، من المقرر) puts it ahead: the verb of
                                  its clause stands within them (issue 16, SaudiNewsNet) */
    FUTURE_AHEAD = 3,          /* ... and after it (الخميس سيعقد) */
    MAX_CENTURY = 21,          /* القرن الـ21 */
    MAX_NDAYS = 99,            /* بعد 30 يوما */
    MAX_NYEARS = 1500,         /* قبل 1400 عام */
    MAX_NMONTHS = 24,          /* قبل 18 شهرا (dates3) */
    HALF_MONTH = 15,           /* قبل شهر ونصف: days more than the month (dates3) */
    MIN_HIJRI_YEAR = 1300,     /* عام 1436 without هـ: Hijri (on a 3,000-article sample of */
    MAX_HIJRI_YEAR = 1500,     /* SaudiNewsNet, all 17 such years were; dates2) */
    MIN_CTX_YEAR = 1900,       /* a year with no عام before it (في 1987، 1987م): news years; */
    MAX_CTX_YEAR = 2100,       /* 1500م is more often metres (سباق 1500م) */
};

/* A number token of at most 4 ASCII digits: its value, else -1. */
static int number_at(const ev_scan *s, size_t i)
{
    const rasd_token *t = &s->t[i];
    int v = 0;
    if (i >= s->nt || t->kind != RASD_TOK_NUMBER || t->norm_len == 0 || t->norm_len > 4)
        return -1;
    for (uint32_t k = 0; k < t->norm_len; k++) {
        if (t->norm[k] < '0' || t->norm[k] > '9')
            return -1;
        v = v * 10 + (t->norm[k] - '0');
    }
    return v;
}

static int adjacent(const ev_scan *s, size_t i)
{
    return i + 1 < s->nt && s->t[i].end == s->t[i + 1].start;
}

/* An era word after a year number at i (adjacent or not): ERA_G/ERA_H, its length in *n. */
static int era_at(ev_scan *s, size_t i, size_t *n)
{
    int v = 0;
    return ev_word_is(s, i, 0, EK_ERA, &v, n) ? v : 0;
}

/* Whether the phrase at i is an EK_TIMEX word of the kind whose values start at base: its
 * value (less base) in *v, its length in *n. */
static int timex_is(ev_scan *s, size_t i, int strip, int base, int *v, size_t *n)
{
    int x;
    if (!ev_word_is(s, i, strip, EK_TIMEX, &x, n) || x < base - 1 || x >= base + TX_SPAN - 2)
        return 0;
    if (v)
        *v = x - base;
    return 1;
}

/* Whether the one token before i is a yearprep word (في، منذ، مطلع), or with names also a
 * noun that names a year's event (yearprep 2: كأس العالم 2018، برلمان 2005: dates3). */
static int prep_before(ev_scan *s, size_t i, int names)
{
    size_t n;
    int v;
    return i > 0 && timex_is(s, i - 1, 1, TX_YEARPREP, &v, &n) && n == 1 && (names || v < 2);
}

/* Whether token j is a sentence's end. */
static int sentence_end(const ev_scan *s, size_t j)
{
    return ev_punct(s, j, ".!?") || (j < s->nt && s->t[j].norm_len == LETTERS(1) &&
                                     letter_is(s->t[j].norm, U_ARABIC_QUESTION));
}

/* Whether a bare weekday at [i, j) stands in a clause about the future: a word of the future
 * (data/dates.tsv future: سوف، سيعقد، من المقرر) within FUTURE_BACK tokens before it or
 * FUTURE_AHEAD after it, in its sentence, with no other day said between. */
static int future_clause(ev_scan *s, size_t i, size_t j)
{
    size_t n;
    for (size_t k = i; k-- > 0 && k + FUTURE_BACK >= i && !sentence_end(s, k);) {
        if (timex_is(s, k, 1, TX_FUTURE, NULL, &n))
            return 1;
        if (ev_word_is(s, k, 1, EK_WEEKDAY, NULL, &n) || ev_word_is(s, k, 0, EK_DIR, NULL, &n))
            return 0;          /* another day said between: the future word is its own */
    }
    for (size_t k = j; k < s->nt && k < j + FUTURE_AHEAD && !sentence_end(s, k); k++)
        if (timex_is(s, k, 1, TX_FUTURE, NULL, &n))
            return 1;
    return 0;
}

/* Whether the five tokens at i are written together, or with "/" (8 / 7 / 1436هـ, 10 /10
 * / 1436هـ: dates3). */
static int numeric_layout(const ev_scan *s, size_t i)
{
    return s->t[i + 1].norm[0] == '/' || (adjacent(s, i) && adjacent(s, i + 1) &&
                                         adjacent(s, i + 2) && adjacent(s, i + 3));
}

/* 2015/11/16, 16-11-2015, 16.11.2015, 8 / 7 / 1436, [era]. */
static size_t numeric(ev_scan *s, size_t i, cand *c)
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

/* Whether token j is the word w (normalised). */
static int word_at(const ev_scan *s, size_t j, const char *w)
{
    size_t n = strlen(w);
    return j < s->nt && s->t[j].norm_len == n && memcmp(s->t[j].norm, w, n) == 0;
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
static size_t month_at(ev_scan *s, size_t i, int strip, int *m, int *cal, int *alt)
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
static size_t year_at(ev_scan *s, size_t i, int *y, int *cal)
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
    if ((ny = year_at(s, j, y, cal)) != 0)
        return ny;
    if (!ev_word_is(s, j, 0, EK_YEARCUE, NULL, &nc) &&      /* يونيو لعام 2006 (wrong48) */
        !(j < s->nt && s->t[j].norm_len > 2 && !memcmp(s->t[j].norm, "\xd9\x84", 2) &&
          ev_word_is(s, j, 1, EK_YEARCUE, NULL, &nc)))
        return 0;
    if (!(ny = year_at(s, j + nc, y, cal)))
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
static size_t day_month(ev_scan *s, size_t i, cand *c)
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
    if (!(n = month_at(s, j, 0, &m, &cal, NULL)))
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
    else if (future_clause(s, i, j))          /* سيعقد في 26 فبراير: the next one */
        c->dir = 1, c->has_dir = 1;
    return date_valid_day(c->cal, 2000, m, d) ? j + nd - i : 0;
}

/* عام|سنة 2015 [م] (Gregorian only; without its era, a year of the Hijri centuries around
 * the reports', العام 1440, is Hijri: SaudiNewsNet writes no Gregorian year of 1300-1500 so). */
static size_t year_only(ev_scan *s, size_t i, cand *c)
{
    size_t n, ny;
    int cal = ERA_G;
    if (!ev_word_is(s, i, 1, EK_YEARCUE, NULL, &n) || !(ny = year_at(s, i + n, &c->y, &cal)) ||
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
static size_t month_year(ev_scan *s, size_t i, cand *c)
{
    size_t cue = 0, n, ny, nd = 0;
    int m, cal, dir = 0, alt;
    ev_word_is(s, i, 1, EK_MONTHCUE, NULL, &cue);
    if (!(n = month_at(s, i + cue, 0, &m, &cal, &alt)) &&
        (cue || !and_month(s, i) || !(n = month_at(s, i, 1, &m, &cal, &alt))))
        return 0;                                   /* ويونيو after مايو: dates3 */
    c->m = m, c->cal = (uint8_t)cal, c->prec = P_MONTH;
    if ((ny = year_after(s, i + cue + n, &c->y, &cal)) != 0 ||
        ((ny = of_year(s, i + cue + n, &c->y, &cal, &dir)) != 0 && (cue || alt ||
         ev_word_is(s, i + cue + n, 0, EK_OF, NULL, &nd) || prep_before(s, i, 0)))) {
                                       /* not محافظة إب العام الماضي: a bare name, من left out */
        c->cal = (uint8_t)cal, c->what = c->y ? C_ABS : C_MY, c->dir = (int8_t)dir;
        return cue + n + ny;           /* يونيو من العام الماضي: C_MY */
    }
    c->what = C_M;
    if (ev_word_is(s, i + cue + n, 0, EK_DIR, &dir, &nd))
        c->dir = (int8_t)dir, c->has_dir = 1;
    else if (!cue && !alt && !prep_before(s, i, 0) && !and_month(s, i))
        return 0;          /* a bare month name: with شهر, a direction (مارس الماضي), its
                              other name (ديسمبر (كانون الأول)) or after في، منذ، مطلع… */
    return cue + n + nd;
}

/* The word after اليوم that makes it no date: an adjective with ال that is not a weekday
 * (اليوم الوطني، اليوم التالي), or نفسه/ذاته. */
static int not_today(ev_scan *s, size_t j)
{
    size_t n;
    const rasd_token *t = &s->t[j];
    if (j >= s->nt || !ev_is_word(t))
        return 0;
    if (ev_word_is(s, j, 0, EK_NOTDAY, NULL, &n))
        return 1;
    return t->norm_len > LETTERS(2) && starts_with(t->norm, t->norm_len, U_ARTICLE) &&
           !ev_word_is(s, j, 0, EK_WEEKDAY, NULL, &n);
}

/* اليوم in a name: after عين، روسيا… (عين اليوم، روسيا اليوم) or alone in quotes («اليوم»,
 * a newspaper). */
static int a_name(ev_scan *s, size_t i, size_t n)
{
    size_t k;
    if (i > 0 && ev_word_is(s, i - 1, 1, EK_NOTAFTER, NULL, &k))
        return 1;
    return i > 0 && i + n < s->nt && s->t[i - 1].kind == RASD_TOK_PUNCT &&
           s->t[i + n].kind == RASD_TOK_PUNCT && s->t[i - 1].end == s->t[i].start &&
           s->t[i + n - 1].end == s->t[i + n].start;
}

/* [صباح|مساء…] اليوم|أمس|غدا [weekday]. A weekday names the day when the two disagree (a
 * story written on Monday, published on Tuesday, says غدا الثلاثاء). */
static size_t relative(ev_scan *s, size_t i, cand *c)
{
    size_t dp = 0, n, nw = 0;
    int off;
    ev_word_is(s, i, 1, EK_DAYPART, NULL, &dp);
    if (!ev_word_is(s, i + dp, dp == 0, EK_REL, &off, &n))
        return 0;
    if (off == 0 && (not_today(s, i + dp + n) || a_name(s, i + dp, n)))
        return 0;
    if (off < 0 && !dp && word_at(s, i, U_LAM U_ALEF U_MEEM U_SEEN))
        return 0;                                   /* لامس, "touched" (dates3) */
    if (!ev_word_is(s, i + dp + n, 0, EK_WEEKDAY, &c->d, &nw))
        c->d = 0;
    c->what = C_REL, c->prec = P_DAY, c->dir = (int8_t)off;
    return dp + n + nw;
}


/* The Hijri era after tokens [.., j): a Hijri decade or century (الثمانينيات الهجرية) is no
 * Gregorian one; a Gregorian era word is taken (its length, in *n). */
static int hijri_after(ev_scan *s, size_t j, size_t *n)
{
    int era = era_at(s, j, n);
    if (era != ERA_G)
        *n = 0;
    return era == ERA_H;
}

/* What follows القرن: an ordinal (التاسع عشر), a number (الـ19، 19) or a direction (الماضي,
 * the anchor's century less one; الحالي): the century in c->y or the direction in c->dir. */
static size_t century_spec(ev_scan *s, size_t j, cand *c)
{
    size_t n, k = j;
    int v;
    if (ev_word_is(s, j, 0, EK_ORD, &v, &n) && v >= 1 && v <= MAX_CENTURY)
        return c->y = v, n;
    if (ev_word_is(s, j, 0, EK_DIR, &v, &n))
        return c->dir = (int8_t)v, c->has_dir = 1, n;
    if (k < s->nt && s->t[k].norm_len == LETTERS(2) &&
        starts_with(s->t[k].norm, s->t[k].norm_len, U_ARTICLE))
        k++;                                              /* الـ19: ال, then the number */
    v = number_at(s, k);
    if (v < 1 || v > MAX_CENTURY || s->t[k].norm_len > 2)
        return 0;
    c->y = v;
    return k + 1 - j;
}

/* الثمانينيات [من] [القرن الماضي|العشرين] [الميلادية] (not الهجرية). */
static size_t decade(ev_scan *s, size_t i, cand *c)
{
    size_t n, j, k, nc, ne;
    int d;
    if (!timex_is(s, i, 1, TX_DECADE, &d, &n) || d < 1 || d > 9)
        return 0;
    j = i + n;
    k = j;
    if (ev_word_is(s, k, 0, EK_OF, NULL, &n))
        k += n;
    if (timex_is(s, k, 0, TX_CENTURY, NULL, &n) && (nc = century_spec(s, k + n, c)) != 0)
        j = k + n + nc;
    if (hijri_after(s, j, &ne))
        return 0;
    c->what = C_DEC, c->prec = P_TIMEX, c->m = d;
    return j + ne - i;
}

/* القرن التاسع عشر | القرن الـ19 | القرن الماضي [الميلادي] (not الهجري). */
static size_t century(ev_scan *s, size_t i, cand *c)
{
    size_t n, nc, ne;
    if (!timex_is(s, i, 1, TX_CENTURY, NULL, &n) || !(nc = century_spec(s, i + n, c)) ||
        hijri_after(s, i + n + nc, &ne))
        return 0;
    c->what = C_CENT, c->prec = P_TIMEX;
    return n + nc + ne;
}

/* صيف 2015 | [هذا] الصيف الماضي|المقبل|الحالي | في|خلال الصيف (not الربيع العربي). */
static size_t season(ev_scan *s, size_t i, cand *c)
{
    size_t th = 0, n, ny, nd;
    int v, cal = ERA_G, dir;
    ev_word_is(s, i, 1, EK_THIS, NULL, &th);
    if (!timex_is(s, i + th, th == 0, TX_SEASON, &v, &n) || v < 1 || v > 4)
        return 0;
    c->what = C_SEASON, c->prec = P_TIMEX, c->m = v;
    if ((ny = year_at(s, i + th + n, &c->y, &cal)) != 0 && cal == ERA_G)
        return th + n + ny;
    c->y = 0;
    if (ev_word_is(s, i + th + n, 0, EK_DIR, &dir, &nd))
        return c->dir = (int8_t)dir, c->has_dir = 1, th + n + nd;
    if (th)
        return c->has_dir = 1, th + n;
    if (!starts_with(s->t[i].norm, s->t[i].norm_len, U_ARTICLE) || i == 0 ||
        !prep_before(s, i, 0) || not_today(s, i + n))
        return 0;
    return n;
}

/* The token after a day counted from something: من/على or a word with لـ (اليوم التالي
 * للانتخابات، بعد ثلاثة أيام من الحادث) name that thing, which the text does not date. */
static int counted_from_named(ev_scan *s, size_t j)
{
    size_t n;
    return j < s->nt && ev_is_word(&s->t[j]) &&
           (ev_word_is(s, j, 0, EK_OF, NULL, &n) || ev_word_is(s, j, 0, EK_PREP, NULL, &n) ||
            word_at(s, j, U_AIN U_LAM U_YEH) ||                  /* على, normalised */
            (s->t[j].norm_len > LETTERS(2) && starts_with(s->t[j].norm, s->t[j].norm_len, U_LAM)));
}

/* [صباح] اليوم التالي|اليوم الذي تلاه|اليوم السابق: a day from the day said before it. */
static size_t shift(ev_scan *s, size_t i, cand *c)
{
    size_t dp = 0, n, m;
    int v, unit;
    ev_word_is(s, i, 1, EK_DAYPART, NULL, &dp);
    if (!timex_is(s, i + dp, dp == 0, TX_SHIFT, &v, &n) || !v)
        return 0;
    c->what = C_SHIFT, c->prec = P_DAY, c->d = v;
    c->from_prev = counted_from_named(s, i + dp + n) ? -1 : 1;
    if (!dp && ev_word_is(s, i, 1, EK_PERIOD, &unit, &m) && unit == PERIOD_MONTH)
        c->prec = P_MONTH, c->from_prev = c->from_prev < 0 ? -1 : 3;   /* الشهر السابق */
    return dp + n;
}

/* A count of years at j: عامين, ثلاثة أعوام, 20 عاما, or عام alone (not before a number:
 * قبل عام 2000 is that year): the count in *k; the tokens taken, or 0. */
static size_t years_count(ev_scan *s, size_t j, int *k)
{
    size_t n;
    int v = number_at(s, j), u;
    if (v >= 1 && v <= MAX_NYEARS && timex_is(s, j + 1, 0, TX_NYEARS, &u, &n) && u <= 1)
        return *k = v, 1 + n;
    if (timex_is(s, j, 0, TX_NYEARS, &u, &n) && u >= 1 && number_at(s, j + n) < 0)
        return *k = u, n;
    return 0;
}

/* قبل 20 عاما (n tokens, then nd of the count; k years, signed): a year from the anchor;
 * بعد عامين only in a clause about the future (in a past one it counts from what the text
 * tells: وبعد عامين طرحت), and not على بعد 1400 سنة ضوئية (a distance), سنة بعد سنة. */
static size_t years_ago(ev_scan *s, size_t i, size_t n, size_t nd, int k, cand *c)
{
    size_t j = i + n + nd, m;
    int named = ev_word_is(s, j, 0, EK_OF, NULL, &m);
    if (k > 0) {
        if (i == 0 || word_at(s, i - 1, U_AIN U_LAM U_YEH) ||   /* على, normalised */
            timex_is(s, i - 1, 0, TX_NYEARS, NULL, &m) || !future_clause(s, i, j))
            return 0;
        named |= counted_from_named(s, j);
    }
    c->what = C_SHIFT, c->prec = P_YEAR, c->d = k;
    c->from_prev = named ? -1 : k > 0 ? 2 : 0;
    return n + nd;
}

/* قبل [نحو] شهرين|ثلاثة أشهر|5 أشهر [ونصف] (n tokens of قبل; dates3): a month counted from
 * the anchor (ونصف: half a month more); not منذ (a duration), nor a month before something
 * the text names (قبل شهر من الانتخابات). */
static size_t months_ago(ev_scan *s, size_t i, size_t n, cand *c)
{
    size_t j = i + n, na = 0, nm, nh = 0;
    int k, u;
    if (timex_is(s, j, 0, TX_NMONTHS, &u, &na) && u != -1)
        na = 0;                                          /* نحو، حوالي */
    j += na;
    k = number_at(s, j);
    if (k >= 1 && k <= MAX_NMONTHS && timex_is(s, j + 1, 0, TX_NMONTHS, &u, &nm) && u == 0)
        nm++;
    else if (!timex_is(s, j, 0, TX_NMONTHS, &k, &nm) || k < 1)
        return 0;
    j += nm;
    if (month_at(s, j, 0, &u, &u, NULL) || (j < s->nt && ev_is_word(&s->t[j]) &&
                                         starts_with(s->t[j].norm, s->t[j].norm_len, U_ARTICLE)))
        return 0;                   /* قبل شهر رمضان، قبل شهر الصيام: a month named */
    if (timex_is(s, j, 0, TX_NMONTHS, &u, &nh) && u == -1)
        j += nh, c->y = HALF_MONTH;                      /* ونصف */
    if (counted_from_named(s, j))
        return 0;
    c->what = C_SHIFT, c->prec = P_MONTH, c->d = -k, c->from_prev = 0;
    return j - i;
}

/* قبل|منذ|بعد يومين|ثلاثة أيام|3 أيام: from the anchor (قبل), from the day said before it
 * in its sentence or else the anchor (بعد); قبل|بعد عامين|20 عاما: a year the same way (منذ
 * 20 عاما is as often "for twenty years", a duration). */
static size_t ago(ev_scan *s, size_t i, cand *c)
{
    size_t n, nd, np;
    int dir, k, unit;
    if (!ev_word_is(s, i, 1, EK_NDAYS, &dir, &n) || (dir != TX_AGO - 1 && dir != TX_AGO + 1))
        return 0;
    dir -= TX_AGO;
    if (!timex_is(s, i, 1, TX_YEARPREP, NULL, &np) && (nd = years_count(s, i + n, &k)) != 0)
        return years_ago(s, i, n, nd, dir * k, c);
    if (dir < 0 && !timex_is(s, i, 1, TX_YEARPREP, NULL, &np) &&
        (nd = months_ago(s, i, n, c)) != 0)
        return nd;
    if (!ev_word_is(s, i + n, 0, EK_NDAYS, &k, &nd) || k < 1 || k > MAX_NDAYS) {
        k = number_at(s, i + n);
        if (k < 1 || k > MAX_NDAYS || !ev_word_is(s, i + n + 1, 0, EK_NDAYS, &unit, &nd) ||
            unit != 0)
            return 0;
        nd++;
    }
    c->what = C_SHIFT, c->prec = P_DAY, c->d = dir * k;
    c->from_prev = counted_from_named(s, i + n + nd) ? -1 : dir > 0 ? 2 : 0;
    return n + nd;
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
static size_t year_ctx(ev_scan *s, size_t i, cand *c)
{
    size_t n = 0;
    int v = number_at(s, i), era;
    if (v < 1000 || s->t[i].norm_len != 4 || (adjacent(s, i) && ev_punct(s, i + 1, "/-.")))
        return 0;
    era = era_at(s, i + 1, &n);
    if (era == ERA_H || v < MIN_CTX_YEAR || v > MAX_CTX_YEAR ||
        (!era && !prep_before(s, i, 0) && !(prep_before(s, i, 1) && !year_range(s, i)) &&
         !and_year(s, i)))
        return 0;                   /* سباق 1500م is a race, in metres */
    c->what = C_ABS, c->prec = P_YEAR, c->cal = ERA_G, c->y = v;
    return 1 + n;
}


/* قبل الماضي after a weekday or a period at j (الخميس قبل الماضي, العام قبل الماضي: the one
 * before the last; dates3): its tokens, or 0. */
static size_t before_last(ev_scan *s, size_t j)
{
    size_t nd;
    int dir;
    if (!word_at(s, j, U_QAF U_BEH U_LAM) || !ev_word_is(s, j + 1, 0, EK_DIR, &dir, &nd) ||
        dir != -1)
        return 0;
    return 1 + nd;
}

/* Whether a weekday at i names no day: after صلاة، خطبة, or in a set (أيام الجمعة، كل جمعة،
 * عدا الجمعة والسبت: the second after the first). */
static int blocked(ev_scan *s, size_t i)
{
    size_t n;
    if (i > 0 && ev_word_is(s, i - 1, 1, EK_BLOCK, NULL, &n))
        return 1;
    return i > 1 && ev_word_is(s, i - 1, 1, EK_WEEKDAY, NULL, &n) && n == 1 &&
           ev_word_is(s, i - 2, 1, EK_BLOCK, NULL, &n);
}

/* [صباح|مساء…] [يوم] الإثنين [الماضي|المقبل] (not after صلاة، خطبة, nor in a set) */
static size_t weekday(ev_scan *s, size_t i, cand *c)
{
    size_t dp = 0, day = 0, n, nd = 0;
    int wd, dir;
    if (blocked(s, i))
        return 0;
    ev_word_is(s, i, 1, EK_DAYPART, NULL, &dp);
    ev_word_is(s, i + dp, dp == 0, EK_DAY, NULL, &day);
    if (!ev_word_is(s, i + dp + day, dp + day == 0, EK_WEEKDAY, &wd, &n))
        return 0;
    c->what = C_WD, c->prec = P_DAY, c->d = wd;
    if ((nd = before_last(s, i + dp + day + n)) != 0)
        c->dir = -2, c->has_dir = 1;
    else if (ev_word_is(s, i + dp + day + n, 0, EK_DIR, &dir, &nd))
        c->dir = (int8_t)dir, c->has_dir = 1;
    else
        c->fwd = (int8_t)future_clause(s, i, i + dp + day + n);
    return dp + day + n + nd;
}

/* Whether a part of a period stands right before token i (yearprep 1: نهاية، مطلع، منتصف,
 * وقت سابق من). */
static int part_before(ev_scan *s, size_t i)
{
    size_t n;
    int v;
    for (size_t k = 1; k <= 2 && k <= i; k++)
        if (timex_is(s, i - k, 1, TX_YEARPREP, &v, &n) && n == k && v == 1)
            return 1;
    return 0;
}

/* [هذا] الأسبوع|الشهر|العام الماضي|المقبل|الجاري | نهاية|مطلع العام (the report's; not
 * نهاية العام الدراسي) */
static size_t period(ev_scan *s, size_t i, cand *c)
{
    size_t th = 0, n, nd = 0;
    int unit, dir = 0;
    ev_word_is(s, i, 1, EK_THIS, NULL, &th);
    if (!ev_word_is(s, i + th, th == 0, EK_PERIOD, &unit, &n))
        return 0;
    if (!th && (nd = before_last(s, i + n)) != 0)
        dir = -2;                                   /* العام قبل الماضي */
    else if (!ev_word_is(s, i + th + n, 0, EK_DIR, &dir, &nd) && !th &&
        (!part_before(s, i) || not_today(s, i + n) || number_at(s, i + n) >= 0))
        return 0;
    c->what = C_PER, c->dir = (int8_t)dir, c->has_dir = 1;
    c->prec = unit == PERIOD_WEEK ? P_WEEK : unit == PERIOD_MONTH ? P_MONTH : P_YEAR;
    return unit == PERIOD_DAY ? 0 : th + n + nd;
}

/* أول|ثاني… أيام عيد الفطر|عيد الأضحى|العيد [المبارك]: that day of the feast nearest the
 * report (the next one in a clause about the future). */
static size_t feast(ev_scan *s, size_t i, cand *c)
{
    size_t n, nf;
    int ord, f;
    if (!timex_is(s, i, 1, TX_FEASTDAY, &ord, &n) || ord < 0 ||
        !timex_is(s, i + n, 0, TX_FEAST, &f, &nf) || f < 0 || f > 2)
        return 0;
    c->what = C_FEAST, c->prec = P_DAY, c->cal = ERA_H, c->m = f, c->d = ord;
    c->fwd = (int8_t)future_clause(s, i, i + n + nf);
    return n + nf;
}

typedef size_t (*matcher)(ev_scan *, size_t, cand *);

static size_t match_at(ev_scan *s, size_t i, cand *c)
{
    if (s->t[i].kind != RASD_TOK_NUMBER && !ev_date_start(s, i))
        return 0;                  /* every matcher starts at a number or a date's word */
    static const matcher order[] = {numeric, day_month, year_only, month_year, year_ctx,
                                    decade, century, season, shift, ago, feast, relative,
                                    weekday, period};
    for (size_t k = 0; k < sizeof order / sizeof *order; k++) {
        size_t n;
        memset(c, 0, sizeof *c);
        if ((n = order[k](s, i, c)) != 0) {
            c->t0 = (uint32_t)i, c->t1 = (uint32_t)(i + n);
            c->cut = ev_is_word(&s->t[i]) && !ev_lookup(s, i, 0, -1, &n) && ev_lookup(s, i, 1, -1, &n)
                         ? (uint8_t)s->cut : 0;
            return c->t1 - c->t0;
        }
    }
    return 0;
}

/* --------------------------------------------------------------- the stage */

/* Whether a relative candidate's words belong to a named entity that rasd_recognize found
 * (صالح الخميس is a man, عين اليوم a newspaper); *e walks the mentions in text order. */
static int in_entity(const rasd_entity *en, size_t n, size_t *e, const cand *c)
{
    if (c->what != C_WD && c->what != C_REL)
        return 0;
    while (*e < n && en[*e].tok_end <= c->t0)
        (*e)++;
    return *e < n && en[*e].tok_start < c->t1 && strcmp(en[*e].type, "MISC") != 0;
}

static rasd_status collect(ev_scan *s, const rasd_doc *doc, struct ev_doc *x, cand **out,
                           size_t *nc)
{
    rasd_status rc = RASD_OK;
    size_t n = 0, ne, e = 0;
    const rasd_entity *en = rasd_doc_entities(doc, &ne);
    cand c;
    for (size_t i = 0; i < s->nt && !rc && !s->rc;) {
        size_t len = match_at(s, i, &c);
        if (!len || in_entity(en, ne, &e, &c)) {
            i++;
            continue;
        }
        x->cand = grow_array(x->cand, &x->cand_cap, n + 1, sizeof c, &rc);
        if (!rc)
            ((cand *)x->cand)[n++] = c;
        i += len;
    }
    *out = x->cand;
    *nc = n;
    return rc ? rc : s->rc;
}

/* Whether tokens [a, b) only link two dates: nothing, commas, الموافق (whether one was
 * seen: in *said). */
static int links(ev_scan *s, size_t a, size_t b, int *said)
{
    size_t n;
    *said = 0;
    while (a < b) {
        if (ev_punct(s, a, ",") || (a < s->nt && s->t[a].norm_len == LETTERS(1) &&
                                    letter_is(s->t[a].norm, U_ARABIC_COMMA)))
            a++;
        else if (ev_word_is(s, a, 1, EK_LINK, NULL, &n))
            a += n, *said = 1;
        else
            return 0;
    }
    return 1;
}

static int is_day(const cand *c)
{
    return c->prec == P_DAY && (c->what == C_ABS || c->what == C_DM);
}

/* A weekday or relative day right before the date it names (الإثنين 16 نوفمبر، الجمعة
 * الموافق 18/8/1436، غدا الاثنين الموافق 20 يوليو) joins it and takes its value; a day and
 * month stated as the equivalent of a full date (6 أغسطس 2012، الموافق 17 رمضان) take their
 * year from it. */
static size_t join_dates(ev_scan *s, const ev_engine *ev, cand *c, size_t n)
{
    size_t w = 0;
    int said;
    for (size_t k = 0; k < n; k++) {
        int linked = k + 1 < n && c[k + 1].t0 <= c[k].t1 + LINK_GAP &&
                     links(s, c[k].t1, c[k + 1].t0, &said);
        if (linked && (c[k].what == C_WD || c[k].what == C_REL) && is_day(&c[k + 1])) {
            c[k + 1].t0 = c[k].t0;
            c[k + 1].cut = c[k].cut;
            continue;
        }
        if (linked && said && c[k].what == C_ABS && c[k].prec == P_DAY && c[k + 1].what == C_DM) {
            c[k + 1].own_anchor = 1;
            c[k + 1].anchor = date_abs_days(ev, &c[k]);
        }
        c[w++] = c[k];
    }
    return w;
}

/* The byte where a candidate starts: after the proclitic letter it took off. */
static uint32_t start_of(const rasd_doc *doc, const cand *c, const rasd_token *t)
{
    uint32_t at = t[c->t0].start;
    int32_t cp;
    for (int k = 0; k < c->cut; k++) {
        at += (uint32_t)utf8_decode((const unsigned char *)doc->text + at, t[c->t0].end - at, &cp);
        while (at < t[c->t0].end) {   /* its diacritics and tatweel */
            size_t n = utf8_decode((const unsigned char *)doc->text + at, t[c->t0].end - at, &cp);
            if (!((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640))
                break;
            at += (uint32_t)n;
        }
    }
    return at;
}

/* A day counted from the day said before it (prev, at token prev_t1; INT64_MIN: none):
 * اليوم التالي from any, بعد ثلاثة أيام from one in its sentence, else from the anchor. */
static int64_t shifted_day(ev_scan *s, const cand *c, int64_t prev, size_t prev_t1,
                           int64_t anchor, int have)
{
    if (c->from_prev == 1)
        return prev == INT64_MIN ? INT64_MIN : date_moved(c, prev);
    if (c->from_prev == 2) {
        for (size_t k = prev_t1; prev != INT64_MIN && k < c->t0; k++)
            if (sentence_end(s, k))
                prev = INT64_MIN;
        return prev != INT64_MIN ? date_moved(c, prev) : have ? date_moved(c, anchor) : INT64_MIN;
    }
    return c->from_prev == 0 && have ? date_moved(c, anchor) : INT64_MIN;
}

/* A shifted candidate: a day as shifted_day() (prev[0]: the last day said), a month counted
 * from the last month or day said (prev[1]), else from the anchor (الشهر السابق). */
static int64_t shifted(ev_scan *s, const cand *c, const int64_t prev[2], size_t prev_t1,
                       int64_t anchor, int have)
{
    if (c->from_prev == 3)
        return prev[1] != INT64_MIN ? date_moved(c, prev[1]) : have ? date_moved(c, anchor)
                                                                    : INT64_MIN;
    return shifted_day(s, c, prev[0], prev_t1, anchor, have);
}

static rasd_status emit(ev_scan *s, rasd_doc *doc, struct ev_doc *x, const cand *c, size_t n,
                        int64_t anchor, int have_anchor)
{
    rasd_status rc = RASD_OK;
    int64_t prev[2] = {INT64_MIN, INT64_MIN};   /* the last day, month said (اليوم التالي) */
    size_t prev_t1 = 0;
    int prev_cal = ERA_G;                       /* ... and its calendar (الشهر نفسه) */
    x->ndates = 0;
    for (size_t k = 0; k < n && !rc; k++) {
        int64_t days = c[k].what == C_SHIFT
                           ? shifted(s, &c[k], prev, prev_t1, anchor, have_anchor)
                       : c[k].what == C_DOM && c[k].from_prev
                           ? (prev[1] == INT64_MIN ? INT64_MIN
                                                   : date_of_month(s->ev, &c[k], prev[1], prev_cal))
                           : date_resolve(s->ev, &c[k], anchor, have_anchor);
        rasd_date dt;
        dt.start = start_of(doc, &c[k], s->t);
        dt.end = s->t[c[k].t1 - 1].end;
        dt.timex[0] = 0;
        if (c[k].prec == P_TIMEX)
            date_timex(&c[k], anchor, have_anchor, dt.timex, sizeof dt.timex);
        else if (c[k].prec == P_WEEK && days != INT64_MIN && c[k].t1 - c[k].t0 > 1)
            date_week_timex(days, dt.timex, sizeof dt.timex);      /* weeks.c; not a bare
                                                    الأسبوع (في عطلة نهاية الأسبوع: any) */
        if (days == INT64_MIN || c[k].prec == P_TIMEX)
            dt.value[0] = 0;      /* relative, with nothing to resolve it against */
        else
            date_put_value(&dt, c[k].prec, days);
        if (days != INT64_MIN && c[k].prec == P_DAY)
            prev[0] = days, prev_t1 = c[k].t1;
        if (days != INT64_MIN && (c[k].prec == P_DAY || c[k].prec == P_MONTH))
            prev[1] = days, prev_cal = c[k].cal == ERA_H ? ERA_H : ERA_G;
        x->dates = grow_array(x->dates, &x->dates_cap, x->ndates + 1, sizeof dt, &rc);
        if (!rc)
            x->dates[x->ndates++] = dt;
    }
    return rc;
}

rasd_status rasd_extract(const rasd_engine *e, rasd_doc *doc, const char *published)
{
    struct ev_doc *x;
    ev_scan s = {EV_ENGINE(e), NULL, 0, NULL, RASD_OK, 0, NULL, NULL, NULL};
    cand *c;
    size_t n, words;
    int64_t anchor = 0;
    int have;
    rasd_status rc;
    if (!e || !doc)
        return RASD_EINVAL;
    if (!EV_DOC(doc) && !(*doc_slot(doc, &ev_stage) = calloc(1, sizeof(struct ev_doc))))
        return RASD_ENOMEM;
    x = EV_DOC(doc);
    x->ndates = x->nquotes = x->nevents = 0;
    if (!EV_ENGINE(e))
        return RASD_OK;
    s.t = rasd_doc_tokens(doc, &s.nt);
    s.key = &x->key;
    rc = RASD_OK;                              /* every matcher looks a token up: once */
    x->first = grow_array(x->first, &x->first_cap, FIRST_SLOTS * s.nt + 1, 1, &rc);
    words = 3 * (size_t)EV_ENGINE(e)->maxlen * s.nt;
    x->word = rc ? NULL : grow_array(x->word, &x->word_cap, words + 1, sizeof *x->word, &rc);
    x->fid = rc ? NULL : grow_array(x->fid, &x->fid_cap, 3 * s.nt + 1, sizeof *x->fid, &rc);
    if (rc)
        return rc;
    memset(x->first, FIRST_UNKNOWN, FIRST_SLOTS * s.nt);   /* x->word and x->fid: a token's
                                                              with its summary (lexicon.c) */
    s.first = x->first;
    s.word = EV_ENGINE(e)->nwords < UINT16_MAX - 2 ? x->word : NULL;
    s.fid = x->fid;
    if ((rc = collect(&s, doc, x, &c, &n)) != RASD_OK)
        return rc;
    n = join_dates(&s, EV_ENGINE(e), c, n);
    have = day_parse(published, &anchor) || date_text_anchor(EV_ENGINE(e), c, n, &anchor);
    x->anchor = anchor, x->have_anchor = have;
    if ((rc = emit(&s, doc, x, c, n, anchor, have)) != RASD_OK ||
        (rc = ev_find_quotes(e, doc, &s)) != RASD_OK)
        return rc;
    x->scan = &s;                              /* weeks.c */
    rc = ev_find_events(e, doc, &s);
    x->scan = NULL;
    return rc;
}
