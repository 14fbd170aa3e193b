/* dates.h — the date candidates that dates.c finds (its matchers in date_absolute.c and
 * date_relative.c) and date_value.c resolves (private to src/events). */
#ifndef RASD_EV_DATES_H
#define RASD_EV_DATES_H

#include "events/ev.h"

/* Tokens between اليوم or a weekday and an absolute date after it that names the same day,
 * the article's anchor: a bracket or a comma (اليوم الإثنين (16 نوفمبر 2015)); set by hand
 * with the first date rules (b51b4e3). */
enum { ANCHOR_GAP = 2 };

enum cand_what { C_ABS, C_DM, C_M, C_REL, C_WD, C_PER, C_DEC, C_CENT, C_SEASON, C_SHIFT,
                 C_FEAST,
                 C_MY,      /* a day or month of a year relative to the report (يونيو من
                               العام الماضي: dir years; dates3) */
                 C_DOM };   /* a day of a month relative to the report (الـ12 من الشهر
                               الحالي, السادس من الشهر الهجري الجاري: dir months, calendar
                               cal; from_prev: الشهر نفسه, the month said before; dates3) */
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
    int y, m, d;               /* as written (calendar cal); C_SHIFT: d units, y days more */
    int64_t anchor;            /* with own_anchor: that date */
} cand;

/* Whether day d of month m of year y exists in calendar cal (ERA_G, ERA_H; Hijri months
 * are taken as 30 days). */
int date_valid_day(int cal, int y, int m, int d);
/* The days of an absolute day candidate. */
int64_t date_abs_days(const ev_engine *ev, const cand *c);
/* A count of days, of months at P_MONTH or of years at P_YEAR, from the day base. */
int64_t date_moved(const cand *c, int64_t base);
/* The day a candidate names (for a month or year, a day inside it), INT64_MIN if none; a
 * C_SHIFT counted from the day said before it is resolved by dates.c (emit). */
int64_t date_resolve(const ev_engine *ev, const cand *c, int64_t anchor, int have_anchor);
/* The anchor from the text: the absolute day date next to اليوم or a weekday, else the first
 * absolute day date; 0 if none. */
int date_text_anchor(const ev_engine *ev, const cand *c, size_t n, int64_t *anchor);
/* out->value at precision prec (P_*) for the day days ("" for a week). */
void date_put_value(rasd_date *out, int prec, int64_t days);
/* Day c->d of the month of the day base, moved by c->dir months, in calendar cal
 * (C_DOM); INT64_MIN if there is none. */
int64_t date_of_month(const ev_engine *ev, const cand *c, int64_t base, int cal);
/* The TimeML value of a decade, century or season into out (cap bytes). */
void date_timex(const cand *c, int64_t anchor, int have, char *out, size_t cap);
/* The TimeML value of the ISO week that holds the day days (2015-W31) into out (weeks.c). */
void date_week_timex(int64_t days, char *out, size_t cap);

/* The matchers (dates.c tries them in this order at numbers and date words): the tokens a
 * date takes at token i, its candidate in *c (zeroed by the caller), or 0. date_absolute.c: */
size_t date_numeric(ev_scan *s, size_t i, cand *c);
size_t date_day_month(ev_scan *s, size_t i, cand *c);
size_t date_year_only(ev_scan *s, size_t i, cand *c);
size_t date_month_year(ev_scan *s, size_t i, cand *c);
size_t date_year_ctx(ev_scan *s, size_t i, cand *c);
/* date_relative.c: */
size_t date_decade(ev_scan *s, size_t i, cand *c);
size_t date_century(ev_scan *s, size_t i, cand *c);
size_t date_season(ev_scan *s, size_t i, cand *c);
size_t date_shift(ev_scan *s, size_t i, cand *c);
size_t date_ago(ev_scan *s, size_t i, cand *c);
size_t date_feast(ev_scan *s, size_t i, cand *c);
size_t date_relative(ev_scan *s, size_t i, cand *c);
size_t date_weekday(ev_scan *s, size_t i, cand *c);
size_t date_period(ev_scan *s, size_t i, cand *c);

/* Shared by the matchers (date_absolute.c): */
/* Whether the one token before i is a yearprep word (في، منذ، مطلع), or with names also a
 * noun that names a year's event (yearprep 2: كأس العالم 2018، برلمان 2005: dates3). */
int date_prep_before(ev_scan *s, size_t i, int names);
/* A month name at i (either calendar), with its alternative name: its number and calendar,
 * whether the alternative was said (*alt, may be NULL); the tokens taken, or 0. */
size_t date_month_at(ev_scan *s, size_t i, int strip, int *m, int *cal, int *alt);
/* A year number at i with its era: the tokens taken (0: none); *cal may become Hijri. */
size_t date_year_at(ev_scan *s, size_t i, int *y, int *cal);
/* (date_relative.c:) whether token j is a sentence's end; whether a bare day at [i, j)
 * stands in a clause about the future. */
int date_sentence_end(const ev_scan *s, size_t j);
int date_future_clause(ev_scan *s, size_t i, size_t j);

/* A number token of at most 4 ASCII digits: its value, else -1. */
static inline int number_at(const ev_scan *s, size_t i)
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

/* Whether the phrase at i is an EK_TIMEX word of the kind whose values start at base: its
 * value (less base) in *v, its length in *n. */
static inline int timex_is(ev_scan *s, size_t i, int strip, int base, int *v, size_t *n)
{
    int x;
    if (!ev_word_is(s, i, strip, EK_TIMEX, &x, n) || x < base - 1 || x >= base + TX_SPAN - 2)
        return 0;
    if (v)
        *v = x - base;
    return 1;
}

/* An era word after a year number at i (adjacent or not): ERA_G/ERA_H, its length in *n. */
static inline int era_at(ev_scan *s, size_t i, size_t *n)
{
    int v = 0;
    return ev_word_is(s, i, 0, EK_ERA, &v, n) ? v : 0;
}

#endif
