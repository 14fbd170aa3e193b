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
 * Matchers are tried only at numbers and at words that can start a date (ev_date_start); the
 * calendar forms (numeric to year ctx) are in date_absolute.c, the others in date_relative.c,
 * their order here (match_at).
 * A weekday right before an absolute date joins it (الإثنين 16 نوفمبر 2015). Then relative
 * candidates are resolved (date_value.c) against the anchor: the publication date when given, else the
 * absolute date the article states next to اليوم or a weekday, else its first absolute date;
 * with no anchor their value is unknown (""), as is a week's (الأسبوع الماضي: its timex is
 * its ISO week, weeks.c): the output contract has days, months and years. A weekday
 * without a direction is the latest such day on
 * or before the anchor, the first on or after it in a clause about the future
 * (date_future_clause);
 * الماضي is strictly before, المقبل strictly after. A day and month without a year take the
 * year that puts them closest to the anchor (the next one in a clause about the future).
 * اليوم/أمس/غدا with a weekday one day before them take the weekday (published after
 * midnight); with a weekday further off they are taken as said.
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
};

typedef size_t (*matcher)(ev_scan *, size_t, cand *);

static size_t match_at(ev_scan *s, size_t i, cand *c)
{
    if (s->t[i].kind != RASD_TOK_NUMBER && !ev_date_start(s, i))
        return 0;                  /* every matcher starts at a number or a date's word */
    static const matcher order[] = {date_numeric, date_day_month, date_year_only,
                                    date_month_year, date_year_ctx, date_decade, date_century,
                                    date_season, date_shift, date_ago, date_feast,
                                    date_relative, date_weekday, date_period};
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
            if (date_sentence_end(s, k))
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
    ev_scan s = {EV_ENGINE(e), NULL, 0, NULL, RASD_OK, 0, NULL, NULL, NULL, NULL};
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
    x->notice_read = 0;
    if (!EV_ENGINE(e))
        return RASD_OK;
    s.t = rasd_doc_tokens(doc, &s.nt);
    s.key = &x->key;
    rc = RASD_OK;                              /* every matcher looks a token up: once */
    x->first = grow_array(x->first, &x->first_cap, FIRST_SLOTS * s.nt + 1, 1, &rc);
    words = 3 * (size_t)EV_ENGINE(e)->maxlen * s.nt;
    x->word = rc ? NULL : grow_array(x->word, &x->word_cap, words + 1, sizeof *x->word, &rc);
    x->fid = rc ? NULL : grow_array(x->fid, &x->fid_cap, 3 * s.nt + 1, sizeof *x->fid, &rc);
    x->evnext = rc ? NULL : grow_array(x->evnext, &x->evnext_cap, s.nt + 1, sizeof *x->evnext,
                                       &rc);
    if (rc)
        return rc;
    memset(x->evnext, 0, s.nt * sizeof *x->evnext);
    memset(x->first, FIRST_UNKNOWN, FIRST_SLOTS * s.nt);   /* x->word and x->fid: a token's
                                                              with its summary (lexicon.c) */
    s.first = x->first;
    s.word = EV_ENGINE(e)->nwords < UINT16_MAX - 2 ? x->word : NULL;
    s.fid = x->fid;
    s.evnext = x->evnext;
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
