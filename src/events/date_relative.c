/* date_relative.c — the relative forms of dates.c's matchers (dates.h): a decade, century or
 * season, a day or month from the one said before (shift), a count ago or ahead, a feast's
 * day, اليوم|أمس|غدا, a weekday, a period; and the clause about the future that turns a bare
 * day ahead. The calendar forms are in date_absolute.c, the order they are tried in and the
 * stage in dates.c. Moved out of dates.c unchanged (dates49, stop 41).
 */
#include "events/dates.h"
#include "events/letters.h"

#include <string.h>

/* Limits, in tokens, set by hand with the first date rules (b51b4e3) on the seed articles
 * (tests/test_dates.c) and the SaudiNewsNet samples of docs/EVENTS.md "Dates". */
enum {
    FUTURE_BACK = 10,          /* tokens before a bare weekday, in its sentence, where a word of
                                  the future (سوف، سيعقد، من المقرر) puts it ahead: the verb of
                                  its clause stands within them (issue 16, SaudiNewsNet) */
    FUTURE_AHEAD = 3,          /* ... and after it (الخميس سيعقد) */
    MAX_CENTURY = 21,          /* القرن الـ21 */
    MAX_NDAYS = 99,            /* بعد 30 يوما */
    MAX_NYEARS = 1500,         /* قبل 1400 عام */
    MAX_NMONTHS = 24,          /* قبل 18 شهرا (dates3) */
    HALF_MONTH = 15,           /* قبل شهر ونصف: days more than the month (dates3) */
};

/* Whether token j is a sentence's end. */
int date_sentence_end(const ev_scan *s, size_t j)
{
    return ev_punct(s, j, ".!?") || (j < s->nt && s->t[j].norm_len == LETTERS(1) &&
                                     letter_is(s->t[j].norm, U_ARABIC_QUESTION));
}

/* Whether a bare weekday at [i, j) stands in a clause about the future: a word of the future
 * (data/dates.tsv future: سوف، سيعقد، من المقرر) within FUTURE_BACK tokens before it or
 * FUTURE_AHEAD after it, in its sentence, with no other day said between. */
int date_future_clause(ev_scan *s, size_t i, size_t j)
{
    size_t n;
    for (size_t k = i; k-- > 0 && k + FUTURE_BACK >= i && !date_sentence_end(s, k);) {
        if (timex_is(s, k, 1, TX_FUTURE, NULL, &n))
            return 1;
        if (ev_word_is(s, k, 1, EK_WEEKDAY, NULL, &n) || ev_word_is(s, k, 0, EK_DIR, NULL, &n))
            return 0;          /* another day said between: the future word is its own */
    }
    for (size_t k = j; k < s->nt && k < j + FUTURE_AHEAD && !date_sentence_end(s, k); k++)
        if (timex_is(s, k, 1, TX_FUTURE, NULL, &n))
            return 1;
    return 0;
}

/* Whether token j is the word w (normalised). */
static int word_at(const ev_scan *s, size_t j, const char *w)
{
    size_t n = strlen(w);
    return j < s->nt && s->t[j].norm_len == n && memcmp(s->t[j].norm, w, n) == 0;
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

/* The weekday in parentheses at token j, اليوم (الثلاثاء): its number (0: none). It stays a
 * date of its own; the relative day before it only reads it (date59). */
static int paren_weekday(ev_scan *s, size_t j)
{
    size_t n;
    int d;
    if (!ev_punct(s, j, "(") || !ev_word_is(s, j + 1, 0, EK_WEEKDAY, &d, &n) ||
        !ev_punct(s, j + 1 + n, ")"))
        return 0;
    return d;
}

/* [صباح|مساء…] اليوم|أمس|غدا [weekday], the weekday in c->d (0: none; a weekday in
 * parentheses is read, not taken into the span); a weekday one day before the relative day
 * names the day (date_value.c's rel_day). */
size_t date_relative(ev_scan *s, size_t i, cand *c)
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
        c->d = paren_weekday(s, i + dp + n);
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
size_t date_decade(ev_scan *s, size_t i, cand *c)
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
size_t date_century(ev_scan *s, size_t i, cand *c)
{
    size_t n, nc, ne;
    if (!timex_is(s, i, 1, TX_CENTURY, NULL, &n) || !(nc = century_spec(s, i + n, c)) ||
        hijri_after(s, i + n + nc, &ne))
        return 0;
    c->what = C_CENT, c->prec = P_TIMEX;
    return n + nc + ne;
}

/* صيف 2015 | [هذا] الصيف الماضي|المقبل|الحالي | في|خلال الصيف (not الربيع العربي). */
size_t date_season(ev_scan *s, size_t i, cand *c)
{
    size_t th = 0, n, ny, nd;
    int v, cal = ERA_G, dir;
    ev_word_is(s, i, 1, EK_THIS, NULL, &th);
    if (!timex_is(s, i + th, th == 0, TX_SEASON, &v, &n) || v < 1 || v > 4)
        return 0;
    c->what = C_SEASON, c->prec = P_TIMEX, c->m = v;
    if ((ny = date_year_at(s, i + th + n, &c->y, &cal)) != 0 && cal == ERA_G)
        return th + n + ny;
    c->y = 0;
    if (ev_word_is(s, i + th + n, 0, EK_DIR, &dir, &nd))
        return c->dir = (int8_t)dir, c->has_dir = 1, th + n + nd;
    if (th)
        return c->has_dir = 1, th + n;
    if (!starts_with(s->t[i].norm, s->t[i].norm_len, U_ARTICLE) || i == 0 ||
        !date_prep_before(s, i, 0) || not_today(s, i + n))
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
size_t date_shift(ev_scan *s, size_t i, cand *c)
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
            timex_is(s, i - 1, 0, TX_NYEARS, NULL, &m) || !date_future_clause(s, i, j))
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
    if (date_month_at(s, j, 0, &u, &u, NULL) || (j < s->nt && ev_is_word(&s->t[j]) &&
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
size_t date_ago(ev_scan *s, size_t i, cand *c)
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
size_t date_weekday(ev_scan *s, size_t i, cand *c)
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
        c->fwd = (int8_t)date_future_clause(s, i, i + dp + day + n);
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
size_t date_period(ev_scan *s, size_t i, cand *c)
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
size_t date_feast(ev_scan *s, size_t i, cand *c)
{
    size_t n, nf;
    int ord, f;
    if (!timex_is(s, i, 1, TX_FEASTDAY, &ord, &n) || ord < 0 ||
        !timex_is(s, i + n, 0, TX_FEAST, &f, &nf) || f < 0 || f > 2)
        return 0;
    c->what = C_FEAST, c->prec = P_DAY, c->cal = ERA_H, c->m = f, c->d = ord;
    c->fwd = (int8_t)date_future_clause(s, i, i + n + nf);
    return n + nf;
}
