/* dates.c — dates and times in Arabic news text, resolved to ISO 8601 (ev.h, rasd.h).
 *
 * The words come from data/dates.tsv (month names of the Syriac, Latin-derived and Maghrebi
 * series and the Hijri months, weekdays, relative words), normalised at load the way texts
 * are, so matching works on the tokens' normalised forms; the first word of an expression may
 * carry a proclitic (وأمس، لعام، والإثنين، بالأمس).
 *
 * One pass over the tokens proposes candidates, trying at each token, in order:
 *   numeric     2015/11/16, 16-11-2015, 16.11.2015 (adjacent tokens), [era]
 *   day-month   16 [من] نوفمبر [/ تشرين الثاني | (آب)] [2015 [م|هـ]] | [الماضي|المقبل|الجاري]
 *   year        عام|سنة 2015 [م]                      (a Hijri year alone is not converted)
 *   month       [شهر] نوفمبر [/ تشرين الثاني] 2015 | شهر نوفمبر [الماضي] | نوفمبر الماضي |
 *               في نوفمبر (a bare month name is not taken: مارس is also a verb, آب a father)
 *   year ctx    في|منذ 2004، 1987م                    (issue 16, as the kinds below)
 *   decade      الثمانينيات [من القرن الماضي|العشرين]  → value null, timex 198
 *   century     القرن التاسع عشر|الـ19|الماضي          → value null, timex 18
 *   season      صيف 2015، الصيف الماضي، في الربيع      → value null, timex 2015-SU
 *   shift       اليوم التالي|الذي تلاه|السابق          (from the day said before it)
 *   ago         قبل|منذ|بعد يومين|ثلاثة أيام|3 أيام
 *   relative    [صباح|مساء…] اليوم|أمس|أول أمس|غدا [weekday] (not عين اليوم، ذلك اليوم…)
 *   weekday     [صباح|مساء…] [يوم] الإثنين [الماضي|المقبل]   (not after صلاة، خطبة)
 *   period      [هذا] الأسبوع|الشهر|العام|السنة الماضي|المقبل|الجاري
 * Matchers are tried only at numbers and at words that can start a date (ev_date_start).
 * A weekday right before an absolute date joins it (الإثنين 16 نوفمبر 2015). Then relative
 * candidates are resolved against the anchor: the publication date when given, else the
 * absolute date the article states next to اليوم or a weekday, else its first absolute date;
 * with no anchor their value is unknown (""), as is a week's (الأسبوع الماضي): the output
 * contract has days, months and years. A weekday without a direction is the latest such day on
 * or before the anchor, the first on or after it in a clause about the future (future_clause);
 * الماضي is strictly before, المقبل strictly after. A day and month without a year take the
 * year that puts them closest to the anchor (the next one in a clause about the future).
 * أمس/غدا with a weekday that contradicts them are taken as said.
 */
#include "events/ev.h"
#include "events/letters.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Limits, in tokens, set by hand with the first date rules (b51b4e3) on the seed articles
 * (tests/test_dates.c) and the SaudiNewsNet samples of docs/EVENTS.md "Dates". */
enum {
    ANCHOR_GAP = 2,            /* tokens between اليوم or a weekday and an absolute date after
                                  it that names the same day, the article's anchor: a bracket
                                  or a comma (اليوم الإثنين (16 نوفمبر 2015)) */
    LINK_GAP = 3,              /* tokens between a weekday and the date it names, which may only
                                  be commas and الموافق (links): الجمعة، الموافق 18/8/1436 */
    FUTURE_BACK = 10,          /* tokens before a bare weekday, in its sentence, where a word of
                                  the future (سوف، سيعقد، من المقرر) puts it ahead: the verb of
                                  its clause stands within them (issue 16, SaudiNewsNet) */
    FUTURE_AHEAD = 3,          /* ... and after it (الخميس سيعقد) */
    MAX_CENTURY = 21,          /* القرن الـ21 */
    MAX_NDAYS = 99,            /* بعد 30 يوما */
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

enum cand_what { C_ABS, C_DM, C_M, C_REL, C_WD, C_PER, C_DEC, C_CENT, C_SEASON, C_SHIFT };
enum prec { P_DAY, P_WEEK, P_MONTH, P_YEAR, P_TIMEX };

typedef struct cand {
    uint32_t t0, t1;           /* tokens [t0, t1) */
    uint8_t what, prec, cal, cut;   /* cut: the first token's proclitic is not part of it */
    int8_t dir;                /* relative: -1 last, 0 this/none, 1 next; C_REL: day offset */
    int8_t has_dir;
    int8_t own_anchor;         /* C_DM stated as the equivalent of the date before it */
    int8_t fwd;                /* C_WD: a bare weekday in a clause about the future */
    int8_t from_prev;          /* C_SHIFT: counted from the day said before it (else from
                                  the anchor); -1: from a day the text names, unknown */
    int y, m, d;               /* as written (calendar cal) */
    int64_t anchor;            /* with own_anchor: that date */
} cand;

/* An era word after a year number at i (adjacent or not): ERA_G/ERA_H, its length in *n. */
static int era_at(ev_scan *s, size_t i, size_t *n)
{
    int v = 0;
    return ev_word_is(s, i, 0, EK_ERA, &v, n) ? v : 0;
}

static int valid_day(int cal, int y, int m, int d)
{
    if (m < 1 || m > 12 || d < 1 || y < 1 || y > 9999)
        return 0;
    return d <= (cal == ERA_H ? 30 : cal_month_len(y, m));
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

/* 2015/11/16, 16-11-2015, 16.11.2015, [era]. */
static size_t numeric(ev_scan *s, size_t i, cand *c)
{
    int a = number_at(s, i), b = number_at(s, i + 2), z = number_at(s, i + 4), era;
    size_t n = 0;
    if (a < 0 || b < 0 || z < 0 || !ev_punct(s, i + 1, "/-.") || !adjacent(s, i) ||
        !adjacent(s, i + 1) || !adjacent(s, i + 2) || !adjacent(s, i + 3) ||
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
    if (!valid_day(c->cal, c->y, c->m, c->d))
        return 0;
    c->what = C_ABS, c->prec = P_DAY;
    return 5 + n;
}

/* A month name at i (either calendar), with its alternative name in the other series after
 * "/", "-" or inside parentheses: its number and calendar; the tokens taken, or 0. */
static size_t month_at(ev_scan *s, size_t i, int *m, int *cal)
{
    size_t n = 0, n2 = 0, j;
    int v, v2;
    if (ev_word_is(s, i, 0, EK_GMONTH, &v, &n))
        *cal = ERA_G;
    else if (ev_word_is(s, i, 0, EK_HMONTH, &v, &n))
        *cal = ERA_H;
    else
        return 0;
    *m = v;
    j = i + n;
    if (ev_punct(s, j, "/-") && ev_word_is(s, j + 1, 0, *cal == ERA_G ? EK_GMONTH : EK_HMONTH, &v2, &n2) &&
        v2 == v)
        return n + 1 + n2;
    if (ev_punct(s, j, "(") && ev_word_is(s, j + 1, 0, *cal == ERA_G ? EK_GMONTH : EK_HMONTH, &v2, &n2) &&
        v2 == v && ev_punct(s, j + 1 + n2, ")"))
        return n + 2 + n2;
    return n;
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

/* 16 [من] نوفمبر [/ تشرين الثاني] [2015 [م]] | [الماضي|المقبل|الجاري] */
static size_t day_month(ev_scan *s, size_t i, cand *c)
{
    int d = number_at(s, i), m = 0, cal = 0, dir;
    size_t j = i + 1, n, ny, nd = 0;
    if (d < 1 || d > 31 || s->t[i].norm_len > 2)
        return 0;
    if (ev_word_is(s, j, 0, EK_OF, NULL, &n) && n == 1)
        j++;                                            /* من (dates.tsv "of") */
    if (!(n = month_at(s, j, &m, &cal)))
        return 0;
    j += n;
    c->d = d, c->m = m, c->cal = (uint8_t)cal, c->prec = P_DAY;
    if ((ny = year_at(s, j, &c->y, &cal)) != 0) {
        c->cal = (uint8_t)cal;
        if (!valid_day(c->cal, c->y, m, d))
            return 0;
        c->what = C_ABS;
        return j + ny - i;
    }
    c->what = C_DM;
    if (ev_word_is(s, j, 0, EK_DIR, &dir, &nd))
        c->dir = (int8_t)dir, c->has_dir = 1;
    else if (future_clause(s, i, j))          /* سيعقد في 26 فبراير: the next one */
        c->dir = 1, c->has_dir = 1;
    return valid_day(c->cal, 2000, m, d) ? j + nd - i : 0;
}

/* عام|سنة 2015 [م] (Gregorian only). */
static size_t year_only(ev_scan *s, size_t i, cand *c)
{
    size_t n, ny;
    int cal = ERA_G;
    if (!ev_word_is(s, i, 1, EK_YEARCUE, NULL, &n) || !(ny = year_at(s, i + n, &c->y, &cal)) ||
        cal != ERA_G)
        return 0;
    c->what = C_ABS, c->prec = P_YEAR, c->cal = ERA_G;
    return n + ny;
}

/* [شهر] نوفمبر [/ تشرين الثاني] 2015 [م] | [شهر] نوفمبر الماضي|المقبل|الجاري | شهر نوفمبر |
 * في|منذ|خلال نوفمبر */
static size_t month_year(ev_scan *s, size_t i, cand *c)
{
    size_t cue = 0, n, ny, nd = 0, np;
    int m, cal, dir;
    ev_word_is(s, i, 1, EK_MONTHCUE, NULL, &cue);
    if (!(n = month_at(s, i + cue, &m, &cal)))
        return 0;
    c->m = m, c->cal = (uint8_t)cal, c->prec = P_MONTH;
    if ((ny = year_at(s, i + cue + n, &c->y, &cal)) != 0) {
        c->cal = (uint8_t)cal, c->what = C_ABS;
        return cue + n + ny;
    }
    c->what = C_M;
    if (ev_word_is(s, i + cue + n, 0, EK_DIR, &dir, &nd))
        c->dir = (int8_t)dir, c->has_dir = 1;
    else if (!cue && !(i > 0 && ev_word_is(s, i - 1, 1, EK_TIMEX, &dir, &np) && np == 1 &&
                       dir == TX_YEARPREP))
        return 0;          /* a bare month name: with شهر, a direction (مارس الماضي) or after
                              في، منذ، خلال… (yearprep) */
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
    size_t th = 0, n, ny, nd, np;
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
        !timex_is(s, i - 1, 1, TX_YEARPREP, NULL, &np) || np != 1 || not_today(s, i + n))
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
            (s->t[j].norm_len > LETTERS(2) && starts_with(s->t[j].norm, s->t[j].norm_len, U_LAM)));
}

/* [صباح] اليوم التالي|اليوم الذي تلاه|اليوم السابق: a day from the day said before it. */
static size_t shift(ev_scan *s, size_t i, cand *c)
{
    size_t dp = 0, n;
    int v;
    ev_word_is(s, i, 1, EK_DAYPART, NULL, &dp);
    if (!timex_is(s, i + dp, dp == 0, TX_SHIFT, &v, &n) || !v)
        return 0;
    c->what = C_SHIFT, c->prec = P_DAY, c->d = v;
    c->from_prev = counted_from_named(s, i + dp + n) ? -1 : 1;
    return dp + n;
}

/* قبل|منذ|بعد يومين|ثلاثة أيام|3 أيام: from the anchor (قبل), from the day said before it
 * in its sentence or else the anchor (بعد). */
static size_t ago(ev_scan *s, size_t i, cand *c)
{
    size_t n, nd;
    int dir, k, unit;
    if (!ev_word_is(s, i, 1, EK_NDAYS, &dir, &n) || (dir != TX_AGO - 1 && dir != TX_AGO + 1))
        return 0;
    dir -= TX_AGO;
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

/* A year standing in context: 1987م (with its era), or after في، منذ، خلال، حتى، مطلع…
 * (yearprep: في 2004، منذ 2011), not a range or a full date (2015-2016، 2015/8/1). */
static size_t year_ctx(ev_scan *s, size_t i, cand *c)
{
    size_t n = 0, np;
    int v = number_at(s, i), era;
    if (v < 1000 || s->t[i].norm_len != 4 || (adjacent(s, i) && ev_punct(s, i + 1, "/-.")))
        return 0;
    era = era_at(s, i + 1, &n);
    if (era == ERA_H || v < MIN_CTX_YEAR || v > MAX_CTX_YEAR ||
        (!era && (i == 0 || !timex_is(s, i - 1, 1, TX_YEARPREP, NULL, &np) || np != 1)))
        return 0;                   /* سباق 1500م is a race, in metres */
    c->what = C_ABS, c->prec = P_YEAR, c->cal = ERA_G, c->y = v;
    return 1 + n;
}


/* [صباح|مساء…] [يوم] الإثنين [الماضي|المقبل] (not after صلاة، خطبة) */
static size_t weekday(ev_scan *s, size_t i, cand *c)
{
    size_t dp = 0, day = 0, n, nd = 0, pb;
    int wd, dir;
    if (i > 0 && ev_word_is(s, i - 1, 1, EK_BLOCK, NULL, &pb))
        return 0;
    ev_word_is(s, i, 1, EK_DAYPART, NULL, &dp);
    ev_word_is(s, i + dp, dp == 0, EK_DAY, NULL, &day);
    if (!ev_word_is(s, i + dp + day, dp + day == 0, EK_WEEKDAY, &wd, &n))
        return 0;
    c->what = C_WD, c->prec = P_DAY, c->d = wd;
    if (ev_word_is(s, i + dp + day + n, 0, EK_DIR, &dir, &nd))
        c->dir = (int8_t)dir, c->has_dir = 1;
    else
        c->fwd = (int8_t)future_clause(s, i, i + dp + day + n);
    return dp + day + n + nd;
}

/* [هذا] الأسبوع|الشهر|العام الماضي|المقبل|الجاري */
static size_t period(ev_scan *s, size_t i, cand *c)
{
    size_t th = 0, n, nd = 0;
    int unit, dir = 0;
    ev_word_is(s, i, 1, EK_THIS, NULL, &th);
    if (!ev_word_is(s, i + th, th == 0, EK_PERIOD, &unit, &n))
        return 0;
    if (!ev_word_is(s, i + th + n, 0, EK_DIR, &dir, &nd) && !th)
        return 0;
    c->what = C_PER, c->dir = (int8_t)dir, c->has_dir = 1;
    c->prec = unit == PERIOD_WEEK ? P_WEEK : unit == PERIOD_MONTH ? P_MONTH : P_YEAR;
    return unit == PERIOD_DAY ? 0 : th + n + nd;
}

typedef size_t (*matcher)(ev_scan *, size_t, cand *);

static size_t match_at(ev_scan *s, size_t i, cand *c)
{
    if (s->t[i].kind != RASD_TOK_NUMBER && !ev_date_start(s, i))
        return 0;                  /* every matcher starts at a number or a date's word */
    static const matcher order[] = {numeric, day_month, year_only, month_year, year_ctx,
                                    decade, century, season, shift, ago, relative, weekday,
                                    period};
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

/* -------------------------------------------------------------- resolution */

/* The days of an absolute day candidate. */
static int64_t abs_days(const ev_engine *ev, const cand *c)
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
        if (!valid_day(c->cal, y, c->m, month ? 1 : c->d))
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

static int64_t weekday_day(const cand *c, int64_t anchor)
{
    int64_t back = (cal_weekday(anchor) - c->d + 7) % 7;   /* to the latest on or before */
    if (c->fwd)                                             /* the first on or after */
        return anchor + (c->d - cal_weekday(anchor) + 7) % 7;
    if (!c->has_dir || c->dir == 0)
        return anchor - back;
    if (c->dir < 0)
        return anchor - (back ? back : 7);
    return anchor + (7 - back);
}

static void put_value(rasd_date *out, int prec, int64_t days)
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
static int64_t resolve(const ev_engine *ev, const cand *c, int64_t anchor, int have_anchor)
{
    if (c->what == C_ABS) {
        if (c->prec == P_YEAR)
            return cal_days(c->y, 1, 1);
        if (c->prec == P_MONTH)
            return c->cal == ERA_H ? hijri_days(ev, c->y, c->m, 15) : cal_days(c->y, c->m, 1);
        return abs_days(ev, c);
    }
    if (!have_anchor && !c->own_anchor)
        return INT64_MIN;
    switch (c->what) {
    case C_DM:
    case C_M:
        return nearest_day(ev, c, c->own_anchor ? c->anchor : anchor);
    case C_REL:      /* أمس، غدا as said, whatever weekday follows (docs/EVENTS.md) */
        return anchor + c->dir;
    case C_SHIFT:    /* قبل يومين from the anchor; the others in emit() */
        return c->from_prev == 0 ? anchor + c->d : INT64_MIN;
    case C_WD:
        return weekday_day(c, anchor);
    case C_PER:
        return period_day(c, anchor);
    default:         /* decades, centuries, seasons: timex() */
        return INT64_MIN;
    }
}

/* The anchor from the text: the absolute day date next to اليوم or a weekday (اليوم
 * الإثنين (16 نوفمبر 2015)), else the first absolute day date. */
static int text_anchor(const ev_engine *ev, const cand *c, size_t n, int64_t *anchor)
{
    size_t first = n;
    for (size_t k = 0; k < n; k++) {
        if (c[k].what != C_ABS || c[k].prec != P_DAY)
            continue;
        if (first == n)
            first = k;
        if (k > 0 && ((c[k - 1].what == C_REL && c[k - 1].dir == 0) || c[k - 1].what == C_WD) &&
            c[k].t0 <= c[k - 1].t1 + ANCHOR_GAP) {
            *anchor = abs_days(ev, &c[k]);
            return 1;
        }
    }
    if (first == n)
        return 0;
    *anchor = abs_days(ev, &c[first]);
    return 1;
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
            c[k + 1].anchor = abs_days(ev, &c[k]);
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

/* The TimeML value of a decade (198), a century (18, the 19th) or a season (2015-SU), whose
 * ISO value is null, in out ("" when it needs an anchor and there is none). */
static void timex(const cand *c, int64_t anchor, int have, char *out, size_t cap)
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

/* A day counted from the day said before it (prev, at token prev_t1; INT64_MIN: none):
 * اليوم التالي from any, بعد ثلاثة أيام from one in its sentence, else from the anchor. */
static int64_t shifted(ev_scan *s, const cand *c, int64_t prev, size_t prev_t1, int64_t anchor,
                       int have)
{
    if (c->from_prev == 1)
        return prev == INT64_MIN ? INT64_MIN : prev + c->d;
    if (c->from_prev == 2) {
        for (size_t k = prev_t1; prev != INT64_MIN && k < c->t0; k++)
            if (sentence_end(s, k))
                prev = INT64_MIN;
        return prev != INT64_MIN ? prev + c->d : have ? anchor + c->d : INT64_MIN;
    }
    return c->from_prev == 0 && have ? anchor + c->d : INT64_MIN;
}

static rasd_status emit(ev_scan *s, rasd_doc *doc, struct ev_doc *x, const cand *c, size_t n,
                        int64_t anchor, int have_anchor)
{
    rasd_status rc = RASD_OK;
    int64_t prev = INT64_MIN;          /* the last day said, for اليوم التالي */
    size_t prev_t1 = 0;
    x->ndates = 0;
    for (size_t k = 0; k < n && !rc; k++) {
        int64_t days = c[k].what == C_SHIFT
                           ? shifted(s, &c[k], prev, prev_t1, anchor, have_anchor)
                           : resolve(s->ev, &c[k], anchor, have_anchor);
        rasd_date dt;
        dt.start = start_of(doc, &c[k], s->t);
        dt.end = s->t[c[k].t1 - 1].end;
        dt.timex[0] = 0;
        if (c[k].prec == P_TIMEX)
            timex(&c[k], anchor, have_anchor, dt.timex, sizeof dt.timex);
        if (days == INT64_MIN || c[k].prec == P_TIMEX)
            dt.value[0] = 0;      /* relative, with nothing to resolve it against */
        else
            put_value(&dt, c[k].prec, days);
        if (days != INT64_MIN && c[k].prec == P_DAY)
            prev = days, prev_t1 = c[k].t1;
        x->dates = grow_array(x->dates, &x->dates_cap, x->ndates + 1, sizeof dt, &rc);
        if (!rc)
            x->dates[x->ndates++] = dt;
    }
    return rc;
}

rasd_status rasd_extract(const rasd_engine *e, rasd_doc *doc, const char *published)
{
    struct ev_doc *x;
    ev_scan s = {EV_ENGINE(e), NULL, 0, NULL, RASD_OK, 0, NULL, NULL};
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
    if (rc)
        return rc;
    memset(x->first, FIRST_UNKNOWN, FIRST_SLOTS * s.nt);
    memset(x->word, 0, words * sizeof *x->word);
    s.first = x->first;
    s.word = EV_ENGINE(e)->nwords < UINT16_MAX - 2 ? x->word : NULL;
    if ((rc = collect(&s, doc, x, &c, &n)) != RASD_OK)
        return rc;
    n = join_dates(&s, EV_ENGINE(e), c, n);
    have = day_parse(published, &anchor) || text_anchor(EV_ENGINE(e), c, n, &anchor);
    x->anchor = anchor, x->have_anchor = have;
    if ((rc = emit(&s, doc, x, c, n, anchor, have)) != RASD_OK ||
        (rc = ev_find_quotes(e, doc, &s)) != RASD_OK)
        return rc;
    return ev_find_events(e, doc, &s);
}
