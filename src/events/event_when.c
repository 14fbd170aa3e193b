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
 * a word of plan) and the event is dated after the anchor, it is planned. A line that opens
 * with a year and a dash (an almanac's) dates its deeds by that year: the year alone when the
 * sentence gives no fuller date, else the year of a day or month written without one
 * (line_year, year_written). A day that opens the sentence (وفي يوم الخميس 30 أبريل وجه …،
 * واستقبل …) is the day of its deeds that no nearer date reaches (fronted_day).
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

/* How far before an event's word a word of denial or of plan counts (issue 16). */
enum {
    DENY_REACH = 6,            /* نفى الوزير أن يكون قد التقى: five words between */
    PLAN_REACH = 6,            /* من المقرر أن يلتقي؛ يعتزم الرئيس الفرنسي زيارة */
};

/* The lengths of a rasd_date.value that names a day, and one that names a month. */
#define ISO_DAY_LEN (sizeof "YYYY-MM-DD" - 1)
#define ISO_MONTH_LEN (sizeof "YYYY-MM" - 1)

int ev_comma_between(const rasd_doc *doc, const rasd_event *ev, const rasd_date *d)
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

/* Whether d is a bare month (no digit: في يناير) that the resolver put after the anchor (the
 * nearest such month) where the event's words say it happened: then it is that month of
 * the year before (طردت تنظيم داعش من مدينة كوباني في يناير, told in August 2015: January
 * 2015), written to out, when that is not after the anchor too (events41). Not a name of
 * two letters (آب), which the resolver also takes in إب (a city of Yemen). */
static int month_back(const rasd_doc *doc, const rasd_date *d, const struct ev_doc *x,
                      char out[16])
{
    if (!x->have_anchor || strlen(d->value) != ISO_MONTH_LEN || !after(d->value, x->anchor) ||
        d->end > doc->len || d->end - d->start <= LETTERS(2))
        return 0;                      /* آب alone is as often إب (the Yemeni city) or أب */
    for (uint32_t i = d->start; i < d->end; i++) {
        unsigned char c = (unsigned char)doc->text[i];
        unsigned char c1 = i + 1 < doc->len ? (unsigned char)doc->text[i + 1] : 0;
        if ((c >= '0' && c <= '9') || (c == 0xd9 && c1 >= 0xa0 && c1 <= 0xa9) ||
            (c == 0xdb && c1 >= 0xb0 && c1 <= 0xb9))
            return 0;                  /* a year or day said: not bare */
    }
    int y = atoi(d->value);
    if (y < 2 || y > 9999)
        return 0;
    snprintf(out, 16, "%04d%s", y - 1, d->value + 4);
    return !after(out, x->anchor);
}

/* Whether the sentence at byte s opens a line with a year and a dash (an almanac's line,
 * «1943 - الحرب العالمية الثانية: …»، «1990 - العفو عن …»): the year, no later than the
 * anchor's, written to out; the line's deeds are of that year, not the article's day. */
static int line_year(const rasd_doc *doc, uint32_t s, const struct ev_doc *x, char out[16])
{
    const char *t = doc->text;
    uint32_t i = s, k = s;
    int y = 0, digits = 0, ay, am, ad;
    while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t' || t[k - 1] == '\r'))
        k--;
    if (k > 0 && t[k - 1] != '\n')
        return 0;                      /* not the line's start */
    while (i < doc->len && t[i] == ' ')
        i++;
    for (; i < doc->len && t[i] >= '0' && t[i] <= '9' && digits < 5; i++, digits++)
        y = y * 10 + (t[i] - '0');
    while (i < doc->len && t[i] == ' ')
        i++;
    if (digits != 4 || y < 1000 || i + 3 >= doc->len ||
        !(t[i] == '-' || memcmp(t + i, "\xe2\x80\x93", 3) == 0 ||   /* – */
          memcmp(t + i, "\xe2\x80\x94", 3) == 0))                   /* — */
        return 0;
    if (x->have_anchor) {
        cal_civil(x->anchor, &ay, &am, &ad);
        if (y > ay)
            return 0;
    }
    snprintf(out, 16, "%04d", y);
    return 1;
}

/* Whether date d's words hold a year (four digits, Western or Arabic-Indic). */
static int year_written(const rasd_doc *doc, const rasd_date *d)
{
    int run = 0;
    for (uint32_t i = d->start; i < d->end && i < doc->len; i++) {
        unsigned char c = (unsigned char)doc->text[i];
        unsigned char c1 = i + 1 < doc->len ? (unsigned char)doc->text[i + 1] : 0;
        if (c >= '0' && c <= '9')
            run++;
        else if ((c == 0xd9 && c1 >= 0xa0 && c1 <= 0xa9) ||
                 (c == 0xdb && c1 >= 0xb0 && c1 <= 0xb9))
            run++, i++;
        else
            run = 0;
        if (run == 4)
            return 1;
    }
    return 0;
}

/* Whether byte b is reached from the sentence's start s by nothing but spaces, و and في (وفي
 * يوم الخميس 30 أبريل، ويوم الثلاثاء 27 يناير، في 26 فبراير): a time put first. */
static int opens_at(const rasd_doc *doc, uint32_t s, uint32_t b)
{
    const char *t = doc->text;
    size_t w = strlen(U_WAW), f = strlen(U_FEH U_YEH);
    while (s < b && t[s] == ' ')
        s++;
    if (s + w <= b && memcmp(t + s, U_WAW, w) == 0)
        s += (uint32_t)w;
    if (s + f <= b && memcmp(t + s, U_FEH U_YEH, f) == 0)
        s += (uint32_t)f;
    while (s < b && t[s] == ' ')
        s++;
    return s == b;
}

/* Whether [s, b) holds one word after an optional و (وصلت مساء أمس الأحد: the sentence's
 * verb, then its day). */
static int one_word_at(const rasd_doc *doc, uint32_t s, uint32_t b)
{
    const char *t = doc->text;
    while (s < b && t[s] == ' ')
        s++;
    while (b > s && t[b - 1] == ' ')
        b--;
    if (s == b)
        return 0;
    for (uint32_t i = s; i < b; i++)
        if (t[i] == ' ' || t[i] == ',' || t[i] == '.' || (i + 1 < b &&
                                                           letter_is(t + i, U_ARABIC_COMMA)))
            return 0;
    return 1;
}

/* Whether the event's word follows «كما» (data/events.tsv "aguard also": كما وصل رئيس النادي
 * …), one space between, after a space, a comma or the text's start: a deed told as one more
 * of the sentence's first clause, on its occasion. The word is read on the token scan (it was
 * a string compared with the text's bytes; lay67). */
static int also_after(const rasd_doc *doc, const rasd_event *ev)
{
    ev_scan *s = EV_DOC(doc)->scan;
    size_t i, n;
    uint32_t a;
    if (!s || (i = ev_token_at(s, ev->trigger_start)) >= s->nt || i == 0 ||
        !ev_aguard_is(s, i - 1, 0, AG_ALSO, &n) || n != 1)
        return 0;
    a = s->t[i - 1].start;
    return s->t[i - 1].end + 1 == ev->trigger_start && doc->text[s->t[i - 1].end] == ' ' &&
           (a == 0 || doc->text[a - 1] == ' ' || doc->text[a - 1] == ',');
}

/* The day that opens the sentence [s, e) (وفي يوم الاثنين 23 مارس هنأ …، وهنأ …، واستقبل …):
 * the time of every deed the sentence lists, when no other day stands between it and the
 * event's word; NULL if none (a day to come only when may_future allows it). For a deed
 * after «كما», also the day right after the sentence's first word, its verb (وصلت مساء أمس
 * الأحد بعثة الفريق …، كما وصل رئيس النادي: judge57's 17; lay66). */
static const rasd_date *fronted_day(const rasd_doc *doc, uint32_t s, uint32_t e, int may_future,
                                    uint32_t content, const rasd_event *ev)
{
    size_t n;
    const rasd_date *d = rasd_doc_dates(doc, &n), *first = NULL;
    const struct ev_doc *x = EV_DOC(doc);
    int also = 0;
    for (size_t i = 0; i < n; i++) {
        if (d[i].start < s || d[i].end > e)
            continue;
        if (!first) {
            if (!opens_at(doc, s, d[i].start))
                also = also_after(doc, ev) && one_word_at(doc, s, d[i].start);
            if (!(opens_at(doc, s, d[i].start) || also) ||
                !may_be(&d[i], ISO_DAY_LEN, s, e, content, may_future, x) ||
                d[i].end > ev->trigger_start)
                return NULL;
            first = &d[i];
        } else if (d[i].start < ev->trigger_start && strlen(d[i].value) >= ISO_MONTH_LEN &&
                   !(also && !may_be(&d[i], ISO_MONTH_LEN, s, e, content, may_future, x)))
            return NULL;               /* وفي يوم الأحد 8 مارس استقبل: a later day's deeds;
                                          but not a day to come of a deed done (… لمواجهة
                                          الهلال يوم بعد غد الأربعاء، كما وصل) */
    }
    return first;
}

void ev_event_date(const rasd_doc *doc, uint32_t s, uint32_t e, int may_future, uint32_t content,
                   rasd_event *ev)
{
    uint32_t line = s;                 /* the sentence's start before ev_topic_start */
    char year[16];
    size_t n;
    const rasd_date *d = rasd_doc_dates(doc, &n);
    const struct ev_doc *x = EV_DOC(doc);
    static const size_t lens[] = {ISO_DAY_LEN, ISO_MONTH_LEN};   /* a day, else a month */
    int only;
    s = ev_topic_start(doc, s, e, may_future, content, ev);     /* weeks.c (dates44) */
    if ((only = ev_period_only(doc, s, e, may_future, content, ev)) != 0) {
        ev->dated = 0, ev->date[0] = 0, ev->planned |= only > 0;  /* الأسبوع الماضي */
        return;
    }
    for (size_t l = 0; l < sizeof lens / sizeof *lens; l++) {
        const rasd_date *best = NULL;
        uint32_t best_gap = DATE_REACH + 1;
        char back[16], best_back[16] = "";
        for (size_t i = 0; i < n; i++) {
            uint32_t gap = d[i].end <= ev->trigger_start ? ev->trigger_start - d[i].end
                           : d[i].start >= ev->trigger_end ? d[i].start - ev->trigger_end : 0;
            int ok = may_be(&d[i], lens[l], s, e, content, may_future, x), bk = 0;
            if (!ok && !may_future && may_be(&d[i], lens[l], s, e, content, 1, x))
                ok = bk = month_back(doc, &d[i], x, back);
            if (ok && gap < best_gap && (gap < DATE_NEAR || !ev_comma_between(doc, ev, &d[i]))) {
                best = &d[i], best_gap = gap;
                memcpy(best_back, bk ? back : "", bk ? sizeof back : 1);
            }
        }
        if (best) {
            memcpy(ev->date, best_back[0] ? best_back : best->value, sizeof ev->date);
            ev->dated = 1;
            if (!year_written(doc, best) && line_year(doc, line, x, year))
                memcpy(ev->date, year, 4);     /* «2008- … في 25 تموز/يوليو»: 2008's */
            if (x->have_anchor && after(ev->date, x->anchor))
                ev->planned = 1;       /* dated after the article: to come */
            return;
        }
    }
    const rasd_date *front = fronted_day(doc, line, e, may_future, content, ev);
    if (front) {                       /* وفي يوم الاثنين 23 مارس …، واستقبل (fix57) */
        memcpy(ev->date, front->value, sizeof ev->date), ev->dated = 1;
        ev->planned |= x->have_anchor && after(ev->date, x->anchor);
        return;
    }
    if (line_year(doc, line, x, year)) {   /* an almanac's line: its year (fix57) */
        memcpy(ev->date, year, sizeof ev->date), ev->dated = 1;
        return;
    }
    const rasd_date *far = x->have_anchor ? ev_far_day(doc, s, e, may_future, content, ev) : NULL;
    if (far) {                         /* reldays46: a long title before the day */
        memcpy(ev->date, far->value, sizeof ev->date), ev->dated = 1;
        ev->planned |= after(ev->date, x->anchor);
        return;
    }
    ev->dated = 0;
    ev->date[0] = 0;
    if (ev_last_time(doc, ev) || ev_told_before(doc, ev) || ev_told_background(doc, ev) ||
        ev_told_since(doc, ev, content))
        return;                        /* زيارته الأخيرة، سبق أن زار، بعدما وجهت، منذ أشهر */
    if (x->have_anchor) {
        int y, m, dd;
        cal_civil(x->anchor, &y, &m, &dd);
        if (y >= 1 && y <= 9999)
            snprintf(ev->date, sizeof ev->date, "%04d-%02d-%02d", y, m, dd);
    }
}

int ev_told_at(const struct ev_doc *x, uint32_t s, const char *type, uint32_t a, uint32_t b)
{
    for (size_t k = 0; k < x->nevents; k++) {
        const rasd_event *o = &x->events[k];
        if (o->start == s && strcmp(o->type, type) == 0 && o->trigger_start >= a &&
            o->trigger_start < b)
            return 1;
    }
    return 0;
}

int ev_years_before(const rasd_doc *doc, const char *d, int years)
{
    const struct ev_doc *x = EV_DOC(doc);
    int y = 0, k = 0, ay, am, ad;
    for (; k < 4 && d[k] >= '0' && d[k] <= '9'; k++)
        y = y * 10 + (d[k] - '0');
    if (k < 4 || !x->have_anchor)
        return 0;
    cal_civil(x->anchor, &ay, &am, &ad);
    return y + years <= ay;
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
    int whole = cameo[0] == '0' && cameo[1] == '4' && cameo[2] && cameo[2] != '0';
    len += (size_t)snprintf(key, sizeof key, "%.*s|%s", whole ? 3 : 2, cameo, date);
                               /* a meeting's key as before; a visit's or a reception's its own */
    for (size_t a = 0; a < n && len < sizeof key; a++)
        len += (size_t)snprintf(key + len, sizeof key - len, "|%s", ids[a]);
    snprintf(out, 17, "%016llx",
             (unsigned long long)strmap_hash(key, len < sizeof key ? len : sizeof key - 1));
}


/* Whether a word of data/events.tsv "deny" stands within DENY_REACH tokens before token i,
 * in its clause (نفى الوزير أن يكون قد التقى), or a passive of postponement after it
 * (ev_postponed_after). */
int ev_denied(ev_scan *s, size_t t0, size_t i)
{
    size_t n;
    int v;
    for (size_t k = i; k > t0 && k + DENY_REACH > i; k--) {
        if (s->t[k - 1].kind == RASD_TOK_PUNCT)
            break;
        if (ev_word_is(s, k - 1, 1, EK_DENY, &v, &n) && ev_deny_counts(s, t0, k - 1, i, v))
            return 1;                  /* ليست بصدد الاعتداء: negated_about.c */
    }
    return ev_postponed_after(s, i);   /* زيارة ظريف لتركيا أجلت: postponed.c */
}

/* Whether token k is a future, its first letter (after و or ف) سـ (سيلتقي، وستتوجه): not
 * طالب or دعا, words of plan for what they ask for, not for what the sentence tells (وطالب
 * بوقف قصف الطائرات التركية: the strikes go on). */
static int future_form(const ev_scan *s, size_t k)
{
    const rasd_token *t = &s->t[k];
    const char *p = t->norm;
    if (t->norm_len > LETTERS(3) && (letter_is(p, U_WAW) || letter_is(p, U_FEH)))
        p += LETTERS(1);
    return (size_t)(p - t->norm) + LETTERS(3) <= t->norm_len && letter_is(p, U_SEEN);
}

/* Whether a word that ends an event ("aguard" event_end: انتهاء، ختام، نهاية) stands in tokens
 * [a, b): «سيزور إندونيسيا بعد انتهاء زيارته إلى الصين», the visit under way now. */
static int ended_between(ev_scan *s, size_t a, size_t b)
{
    size_t m;
    for (size_t k = a; k < b; k++)
        if (ev_aguard_is(s, k, 1, AG_EVENT_END, &m))
            return 1;
    return 0;
}

/* Whether the event whose word is tokens [i, i + n) is planned or announced by its words: the
 * word itself is in the future (data/events.tsv "plan" 1: سيلتقي), a word of plan stands
 * within PLAN_REACH tokens before it in its clause (من المقرر أن يزور، يعتزم، سوف), or, after
 * a noun, right after it ("plan" 2: الزيارة المرتقبة). When said (an appeal, a criticism…),
 * the word itself is no plan: طالب and دعا إلى are words of plan for what they ask for, not
 * for the asking. A future verb (سـ) of an event before a noun of an event plans the noun's too
 * (دي ميستورا سيلتقي بعد زيارته دمشق: the visit is ahead; judge51's 5, wrong58), unless a
 * word that ends it stands between (سيزور إندونيسيا بعد انتهاء زيارته إلى الصين: under way). */
int ev_planned_by_words(ev_scan *s, size_t t0, size_t t1, size_t i, size_t n, int said)
{
    int v;
    size_t m;
    if (!said && ev_word_is(s, i, 1, EK_PLAN, &v, &m) && v == 1)
        return 1;
    if (i + n < t1 && ev_word_is(s, i + n, 0, EK_PLAN, &v, &m) && v == 2)
        return 1;
    if (i > t0 && ev_word_is(s, i - 1, 1, EK_PLAN, &v, &m) && v == 3)
        return 1;                      /* قبل اجتماع مع بوتين */
    if (ev_before_span(s, t0, i))
        return 1;                      /* قبل ثلاثة أشهر من زيارة (before_span.c) */
    for (size_t k = i; k > t0 && k + PLAN_REACH > i; k--) {
        if (s->t[k - 1].kind == RASD_TOK_PUNCT)
            return 0;
        const ev_word *w = ev_lookup(s, k - 1, 1, EK_PLAN, &m);
        if (w && w->val[EK_PLAN] == 1 && k - 1 + m <= i)
            return !(w->kinds[0] & EVENT_KINDS) ||
                   (future_form(s, k - 1) && !ended_between(s, k - 1 + m, i));
    }
    return 0;
}

/* An actor's key: its entity id, or for a description (no id) its words. */
static const char *actor_key(const rasd_event *ev, size_t a)
{
    return ev->actor_id[a] ? ev->actor_id[a] : ev->actor_name[a];
}

/* The event's id: XXH3 of its CAMEO root, its actors' keys (sorted) and its date; an event
 * with no actor (a bombing at a place) hashes its place instead. */
static void event_id(rasd_event *ev)
{
    const char *keys[RASD_EVENT_ACTORS];
    size_t n = ev->nactors < RASD_EVENT_ACTORS ? ev->nactors : RASD_EVENT_ACTORS;
    for (size_t a = 0; a < n; a++)
        keys[a] = actor_key(ev, a);
    char at[24];
    if (n == 0 && ev->place_name)
        keys[n++] = ev->place_id ? ev->place_id : ev->place_name;
    else if (n == 0) {         /* nobody and nowhere (a trigger alone, events9): the words
                                  where it is said, so that no two articles share it */
        snprintf(at, sizeof at, "@%u-%u", (unsigned)ev->trigger_start,
                 (unsigned)ev->trigger_end);
        keys[n++] = at;
    }
    ev_event_id(ev->cameo, ev->date, keys, n, ev->id);
}

void ev_event_rehash(rasd_event *ev)
{
    event_id(ev);
}

/* Whether ev is the use of force (CAMEO 18x assault, 19x fight): one side's attacks on two
 * places of one article are two (قصف من قبل قوات النظام على اللطامنة … على الحويز). */
static int force(const rasd_event *ev)
{
    return ev->cameo[0] == '1' && (ev->cameo[1] == '8' || ev->cameo[1] == '9');
}

/* Whether ev is an encounter (CAMEO 04x: meet, visit, host). */
static int encounter(const rasd_event *ev)
{
    return ev->cameo[0] == '0' && ev->cameo[1] == '4';
}

/* Whether ev repeats an event of the article already found (same actors; same CAMEO root,
 * the whole code for 04x: a meeting, a visit and a reception of the same people are three
 * events of the Guideline, استقبل بوتين هولاند … مؤتمر صحفي مشترك مع هولاند); if so the
 * earlier one takes what it lacked (a stated date, a place). */
static int repeats(struct ev_doc *x, const rasd_event *ev)
{
    for (size_t i = 0; i < x->nevents; i++) {
        rasd_event *o = &x->events[i];
        if (x->apart.n && ev_kept_apart(x, o))
            continue;          /* a force's deed with its subject first (ground_subject.c) */
        if (ev_taken_apart(x, o, ev))
            continue;          /* a place taken, another deed elsewhere (ground_place.c) */
        int same = (ev->nactors > 0 || ev->place_name) && o->nactors == ev->nactors &&
                   memcmp(o->cameo, ev->cameo, encounter(ev) ? 3 : 2) == 0 &&
                   !((strcmp(o->type, "visit") == 0 || ev->nactors == 0 || force(ev)) &&
                     o->place_id && ev->place_id && strcmp(o->place_id, ev->place_id) != 0);
                                       /* visits to two places; bombings at two places; one
                                          force's shelling of two places (events5) */
        for (size_t a = 0; same && a < ev->nactors; a++) {
            int found = 0;
            for (size_t b = 0; b < o->nactors; b++)
                found |= strcmp(actor_key(o, b), actor_key(ev, a)) == 0;
            same = found;
        }
        if (!same)
            continue;
        x->last_event = i;
        o->planned = ev_fold_status(o, ev);     /* a dated mention says it happened */
        if (ev->place_name && ev_fold_gives_place(o, ev) &&
            (!o->place_name || x->place_dist[i] > x->place_dist[x->nevents])) {
            o->place_id = ev->place_id, o->place_name = ev->place_name;  /* the one said closest */
            x->place_dist[i] = x->place_dist[x->nevents];
        }
        if (!o->dated && ev->dated) {
            memcpy(o->date, ev->date, sizeof o->date);
            o->dated = 1;
            event_id(o);
        }
        return 1;
    }
    return 0;
}

/* Adds ev, the event whose word is token i (its place place), unless it repeats one. */
rasd_status ev_add_event(struct ev_doc *x, size_t i, const rasd_entity *place,
                             rasd_event *ev)
{
    rasd_status rc = RASD_OK;
    event_id(ev);
    x->place_dist = grow_array(x->place_dist, &x->place_dist_cap, x->nevents + 1,
                               sizeof *x->place_dist, &rc);
    if (rc)
        return rc;
    x->place_dist[x->nevents] = place ? (uint32_t)(place->tok_start > i ? place->tok_start - i
                                                                      : i - place->tok_start)
                                      : UINT32_MAX;
    if (repeats(x, ev))
        return RASD_OK;
    x->events = grow_array(x->events, &x->events_cap, x->nevents + 1, sizeof *ev, &rc);
    if (!rc)
        x->last_event = x->nevents, x->events[x->nevents++] = *ev;
    return rc;
}

