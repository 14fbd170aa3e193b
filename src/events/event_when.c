/* event_when.c — when an event happened: the date of its sentence that is its own, and
 * whether it happened at all by then (ev.h; docs/EVENTS.md, "Events"). Its id, which hashes
 * the date, is here too.
 *
 * The date is the sentence's full date nearest the event's word within DATE_REACH bytes
 * (not past a comma unless within DATE_NEAR), else such a month; else the article's (its
 * publication date, or the date it states), marked as not stated. A date is not the event's
 * when it lies in what the event is about (دعا إلى عقد مؤتمر في 30 نوفمبر: the appeal was
 * made before; the caller says where that starts), nor when it is after the article's
 * anchor and the event's words say it happened (a past-tense verb: a date to come is
 * another matter's). When the words allow a date to come (a verb in the present or future,
 * a word of plan) and the event is dated after the anchor, it is planned.
 */
#include "events/ev.h"
#include "events/letters.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How far from the reporting word its date is looked for (set by hand on the development
 * samples of docs/EVENTS.md; a6f572c). */
enum {
    DATE_REACH = 160,          /* bytes between the event's word and its date, about fifteen
                                  words: a date farther off in a long sentence was, in the
                                  samples, another matter's (a deadline, an earlier attack;
                                  a6f572c) */
    DATE_NEAR = 40,            /* bytes, about four words: a date this close is the event's
                                  even past a comma (التقى، أمس،; a6f572c) */
};

/* The lengths of a rasd_date.value that names a day, and one that names a month. */
#define ISO_DAY_LEN (sizeof "YYYY-MM-DD" - 1)
#define ISO_MONTH_LEN (sizeof "YYYY-MM" - 1)

/* Whether a comma stands between the event's word and date d (another clause). */
static int comma_between(const rasd_doc *doc, const rasd_event *ev, const rasd_date *d)
{
    uint32_t a = d->end <= ev->trigger_start ? d->end : ev->trigger_end;
    uint32_t b = d->end <= ev->trigger_start ? ev->trigger_start : d->start;
    for (uint32_t i = a; i < b && i < doc->len; i++)
        if (doc->text[i] == ',' || (i + 1 < b && letter_is(doc->text + i, U_ARABIC_COMMA)))
            return 1;
    return 0;
}

/* Whether the date value v (ISO 8601) lies wholly after the day anchor. */
static int after(const char *v, int64_t anchor)
{
    int64_t first, last;
    return day_range(v, &first, &last) && first > anchor;
}

/* Whether date d may be the event's: in its sentence [s, e), of the length wanted, not in
 * what the event is about (from content on), not to come unless may_future allows it. */
static int may_be(const rasd_date *d, size_t len, uint32_t s, uint32_t e, uint32_t content,
                  int may_future, const struct ev_doc *x)
{
    return d->start >= s && d->end <= e && strlen(d->value) == len && d->start < content &&
           (may_future || !x->have_anchor || !after(d->value, x->anchor));
}

void ev_event_date(const rasd_doc *doc, uint32_t s, uint32_t e, int may_future, uint32_t content,
                   rasd_event *ev)
{
    size_t n;
    const rasd_date *d = rasd_doc_dates(doc, &n);
    const struct ev_doc *x = EV_DOC(doc);
    static const size_t lens[] = {ISO_DAY_LEN, ISO_MONTH_LEN};   /* a day, else a month */
    for (size_t l = 0; l < sizeof lens / sizeof *lens; l++) {
        const rasd_date *best = NULL;
        uint32_t best_gap = DATE_REACH + 1;
        for (size_t i = 0; i < n; i++) {
            uint32_t gap = d[i].end <= ev->trigger_start ? ev->trigger_start - d[i].end
                           : d[i].start >= ev->trigger_end ? d[i].start - ev->trigger_end : 0;
            if (may_be(&d[i], lens[l], s, e, content, may_future, x) && gap < best_gap &&
                (gap < DATE_NEAR || !comma_between(doc, ev, &d[i])))
                best = &d[i], best_gap = gap;
        }
        if (best) {
            memcpy(ev->date, best->value, sizeof ev->date);
            ev->dated = 1;
            if (x->have_anchor && after(best->value, x->anchor))
                ev->planned = 1;       /* dated after the article: to come */
            return;
        }
    }
    ev->dated = 0;
    ev->date[0] = 0;
    if (x->have_anchor) {
        int y, m, dd;
        cal_civil(x->anchor, &y, &m, &dd);
        if (y >= 1 && y <= 9999)
            snprintf(ev->date, sizeof ev->date, "%04d-%02d-%02d", y, m, dd);
    }
}

static int by_id(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void ev_event_id(const char *cameo, const char *date, const char *const *actors, size_t n,
                 char out[17])
{
    char key[512];
    const char *ids[RASD_EVENT_ACTORS];
    size_t len = 0;
    if (n > RASD_EVENT_ACTORS)
        n = RASD_EVENT_ACTORS;
    memcpy(ids, actors, n * sizeof *ids);
    qsort(ids, n, sizeof *ids, by_id);
    len += (size_t)snprintf(key, sizeof key, "%.2s|%s", cameo, date);
    for (size_t a = 0; a < n && len < sizeof key; a++)
        len += (size_t)snprintf(key + len, sizeof key - len, "|%s", ids[a]);
    snprintf(out, 17, "%016llx",
             (unsigned long long)strmap_hash(key, len < sizeof key ? len : sizeof key - 1));
}

