/* adjacent_dates.c — an event's day told in another sentence, and غداة/عشية (issue 16, branch
 * dates47; docs/EVENTS.md "Issue 16: an event's day told in another sentence …").
 *
 * Runs once over the article's events after they are all found (ev_find_events), on events
 * whose own sentence states no date at all (they carry the article's day, not stated):
 *   - a sentence that points back at the one before (جاء ذلك خلال اجتماع … أمس الأربعاء؛
 *     وذلك في …): what the sentence before told happened on the day the pointing sentence
 *     gives in its first clause; and an event of the pointing sentence (جاء ذلك خلال
 *     استقباله …) took place on the day of the sentence before, when that sentence gives
 *     one day only;
 *   - a definite noun of the same kind of event told again right after (نفّذ الحوثيون السبت
 *     قصفاً … . … إن القصف استهدف أحياء): the day of that event, when the noun names no
 *     actor the first telling did not;
 * and on an event right after غداة (the day after) or عشية (the eve of): the event X is not
 * the sentence's day but the day before (غداة) or after (عشية) it. When the sentence gives a
 * day before the word (قصفت … أمس، وذلك غداة تبادل لإطلاق النار), X is that day ∓ 1; when it
 * gives none and X has no date of its own, X gets no date (null), not the article's day.
 * A date after X's word is X's own (عشية الهجوم … في 26 حزيران): kept.
 */
#include "events/ev.h"
#include "events/letters.h"

#include <stdio.h>
#include <string.h>

enum {
    LINK_REACH = 200,          /* bytes from a pointing sentence's start to its day: its
                                  first clause (جاء ذلك خلال اجتماع لجنة … أمس الأربعاء) */
};

#define ISO_DAY_LEN (sizeof "YYYY-MM-DD" - 1)

/* The norms (alef and teh marbuta folded) of the words this file reads. */
#define W_JAA "\xd8\xac\xd8\xa7\xd8\xa1"                 /* جاء */
#define W_DHALIK "\xd8\xb0\xd9\x84\xd9\x83"              /* ذلك */
#define W_GHADAT "\xd8\xba\xd8\xaf\xd8\xa7\xd9\x87"      /* غداه (غداة) */
#define W_ASHIYYAT "\xd8\xb9\xd8\xb4\xd9\x8a\xd9\x87"    /* عشيه (عشية) */

/* Whether token t's norm, less one و or ف before it, is the word w. */
static int tok_is(const rasd_token *t, const char *w)
{
    size_t n = strlen(w);
    const char *p = t->norm;
    size_t len = t->norm_len;
    if (len == n + LETTERS(1) && (letter_is(p, U_WAW) || letter_is(p, U_FEH)))
        p += LETTERS(1), len -= LETTERS(1);
    return len == n && memcmp(p, w, n) == 0;
}

/* Whether the day value v lies after the article's anchor. */
static int after_anchor(const struct ev_doc *x, const char *v)
{
    int64_t first, last;
    return !day_range(v, &first, &last) || first > x->anchor;
}

/* Whether any date (a day, a month, a period, a year) lies in [a, b). */
static int any_date(const rasd_date *d, size_t n, uint32_t a, uint32_t b)
{
    for (size_t i = 0; i < n; i++)
        if (d[i].start >= a && d[i].end <= b)
            return 1;
    return 0;
}

/* Whether the sentence [a, b) points back at the one before: (و)جاء ذلك، (و)ذلك at its
 * start, then a word of occasion (خلال، في، لدى، أثناء، عند، على، ضمن، بمناسبة: not بينما,
 * which tells another matter of the time: جاء ذلك بينما يعقد الناتو اجتماعا غدا). */
static int points_back(const ev_scan *s, uint32_t a, uint32_t b)
{
    static const char *const occasion[] = {
        "\xd8\xae\xd9\x84\xd8\xa7\xd9\x84",             /* خلال */
        "\xd9\x81\xd9\x8a",                             /* في */
        "\xd9\x84\xd8\xaf\xd9\x8a",                       /* لدي (لدى) */
        "\xd8\xa7\xd8\xab\xd9\x86\xd8\xa7\xd8\xa1",       /* اثناء (أثناء) */
        "\xd8\xb9\xd9\x86\xd8\xaf",                       /* عند */
        "\xd8\xb9\xd9\x84\xd9\x8a",                       /* علي (على هامش، على لسان) */
        "\xd8\xb6\xd9\x85\xd9\x86",                       /* ضمن */
        "\xd8\xa8\xd9\x85\xd9\x86\xd8\xa7\xd8\xb3\xd8\xa8\xd9\x87",   /* بمناسبه */
    };
    size_t i = ev_token_from(s, a);
    if (i < s->nt && s->t[i].kind == RASD_TOK_PUNCT)
        i++;
    if (i < s->nt && s->t[i].start < b && tok_is(&s->t[i], W_JAA))
        i++;
    if (!(i + 1 < s->nt && s->t[i + 1].end <= b && tok_is(&s->t[i], W_DHALIK)))
        return 0;
    for (size_t k = 0; k < sizeof occasion / sizeof *occasion; k++)
        if (tok_is(&s->t[i + 1], occasion[k]))
            return 1;
    return 0;
}

/* Whether punctuation token t ends a clause: a comma, a colon, a semicolon, a stop (not a
 * quote mark nor a bracket: محطة «ام تي في» التلفزيونية أمس الأول). */
static int clause_mark(const rasd_token *t)
{
    const char *p = t->norm;
    return t->norm_len > 0 && (strchr(",.;:!?", p[0]) ||
                               (t->norm_len >= LETTERS(1) &&
                                (letter_is(p, U_ARABIC_COMMA) || letter_is(p, "\xd8\x9b") ||
                                 letter_is(p, U_ARABIC_QUESTION))));
}

/* The day the pointing sentence [a, b) gives in its first clause: its first date, a day not
 * after the anchor, within LINK_REACH bytes, no punctuation before it; else NULL. */
static const char *link_day(const ev_scan *s, const rasd_date *d, size_t n,
                            const struct ev_doc *x, uint32_t a, uint32_t b)
{
    const rasd_date *first = NULL;
    for (size_t i = 0; i < n && !first; i++)
        if (d[i].start >= a && d[i].end <= b)
            first = &d[i];
    if (!first || first->start - a > LINK_REACH || strlen(first->value) != ISO_DAY_LEN ||
        after_anchor(x, first->value))
        return NULL;
    for (size_t i = ev_token_from(s, a) + 1; i < s->nt && s->t[i].start < first->start; i++)
        if (s->t[i].kind == RASD_TOK_PUNCT && clause_mark(&s->t[i]))
            return NULL;                 /* another clause's day */
    return first->value;
}

/* The one day the sentence [a, b) gives: every date in it the same day, not after the
 * anchor; else NULL. */
static const char *only_day(const rasd_date *d, size_t n, const struct ev_doc *x, uint32_t a,
                            uint32_t b)
{
    const char *v = NULL;
    for (size_t i = 0; i < n; i++) {
        if (d[i].start < a || d[i].end > b)
            continue;
        if (strlen(d[i].value) != ISO_DAY_LEN || (v && strcmp(v, d[i].value) != 0))
            return NULL;
        v = d[i].value;
    }
    return v && !after_anchor(x, v) ? v : NULL;
}

/* Whether the trigger's first token is a definite noun: ال after at most one of و ف ب ل ك
 * (القصف، والهجوم، بالتفجير), or لل (للهجوم). */
static int definite(const ev_scan *s, const rasd_event *ev)
{
    size_t i = ev_token_from(s, ev->trigger_start);
    if (i >= s->nt || s->t[i].norm_len < LETTERS(4))
        return 0;
    const char *p = s->t[i].norm;
    if (memcmp(p, U_ARTICLE, LETTERS(2)) == 0 ||
        memcmp(p, U_LAM U_LAM, LETTERS(2)) == 0)
        return 1;
    return (letter_is(p, U_WAW) || letter_is(p, U_FEH) || letter_is(p, U_BEH) ||
            letter_is(p, U_KAF) || letter_is(p, U_LAM)) &&
           memcmp(p + LETTERS(1), U_ARTICLE, LETTERS(2)) == 0;
}

static const char *key_of(const rasd_event *ev, size_t a)
{
    return ev->actor_id[a] ? ev->actor_id[a] : ev->actor_name[a];
}

/* Whether every actor of ev is one of o's. */
static int actors_within(const rasd_event *ev, const rasd_event *o)
{
    for (size_t a = 0; a < ev->nactors && a < RASD_EVENT_ACTORS; a++) {
        int found = 0;
        for (size_t b = 0; b < o->nactors && b < RASD_EVENT_ACTORS && !found; b++)
            found = key_of(ev, a) && key_of(o, b) && strcmp(key_of(ev, a), key_of(o, b)) == 0;
        if (!found)
            return 0;
    }
    return 1;
}

/* The day of the event of the same kind that the sentence [a, b) told, dated by its own
 * sentence and done, when ev, a definite noun, names no doer the first telling did not (its
 * targets, target_only, are no doers: إن القصف استهدف أحياء); one day only (two such
 * events of two days: none). */
static const char *retold_day(const ev_scan *s, const struct ev_doc *x, const rasd_event *ev,
                              uint32_t a, uint32_t b)
{
    const char *v = NULL;
    if (!definite(s, ev))
        return NULL;
    for (size_t k = 0; k < x->nevents; k++) {
        const rasd_event *o = &x->events[k];
        if (o->trigger_start < a || o->trigger_start >= b || strcmp(o->type, ev->type) != 0)
            continue;
        if (!o->dated || o->planned || strlen(o->date) != ISO_DAY_LEN ||
            !(ev->target_only || actors_within(ev, o)) || (v && strcmp(v, o->date) != 0))
            return NULL;
        v = o->date;
    }
    return v && !after_anchor(x, v) ? v : NULL;
}

static void set_day(rasd_event *ev, const char *v)
{
    memcpy(ev->date, v, ISO_DAY_LEN + 1);
    ev->dated = 1;
    ev_event_rehash(ev);
}

/* An event after غداة or عشية (ev_event_date's date was the sentence's): see the top. */
static void eve_or_morrow(const ev_scan *s, const rasd_date *d, size_t n, struct ev_doc *x,
                          rasd_event *ev)
{
    size_t i = ev_token_from(s, ev->trigger_start);
    int step;
    if (i == 0 || i >= s->nt || s->t[i - 1].start < ev->start)
        return;
    if (tok_is(&s->t[i - 1], W_GHADAT))
        step = -1;
    else if (tok_is(&s->t[i - 1], W_ASHIYYAT))
        step = 1;
    else
        return;
    const rasd_date *main = NULL;         /* the sentence's day: the last before the word */
    for (size_t k = 0; k < n; k++)
        if (d[k].start >= ev->start && d[k].end <= s->t[i - 1].start)
            main = &d[k];
    int64_t first, last;
    if (main && strlen(main->value) == ISO_DAY_LEN && day_range(main->value, &first, &last) &&
        first <= x->anchor) {
        int y, m, dd;
        char v[16];
        cal_civil(first + step, &y, &m, &dd);
        if (y < 1 || y > 9999)
            return;
        snprintf(v, sizeof v, "%04d-%02d-%02d", y, m, dd);
        ev->planned = first + step > x->anchor;
        set_day(ev, v);
    } else if (!main && !ev->dated) {
        ev->date[0] = 0;                  /* not the article's day; which, unknown */
        ev_event_rehash(ev);
    }
}

void ev_adjacent_dates(const rasd_doc *doc, const ev_scan *s, struct ev_doc *x)
{
    size_t n, ns;
    const rasd_date *d = rasd_doc_dates(doc, &n);
    const rasd_span *sn = rasd_doc_sentences(doc, &ns);
    if (!x->have_anchor || !s->t)
        return;
    for (size_t k = 0; k < x->nevents; k++) {
        rasd_event *ev = &x->events[k];
        eve_or_morrow(s, d, n, x, ev);
        if (ev->dated || ev->planned || !ev->date[0] || any_date(d, n, ev->start, ev->end))
            continue;
        size_t j = 0;                     /* ev's sentence */
        while (j < ns && sn[j].end <= ev->trigger_start)
            j++;
        if (j >= ns || sn[j].start > ev->trigger_start)
            continue;
        const char *v = NULL;
        if (j + 1 < ns && points_back(s, sn[j + 1].start, sn[j + 1].end))
            v = link_day(s, d, n, x, sn[j + 1].start, sn[j + 1].end);
        if (!v && j > 0 && points_back(s, sn[j].start, sn[j].end))
            v = only_day(d, n, x, sn[j - 1].start, sn[j - 1].end);
        if (!v && j > 0)
            v = retold_day(s, x, ev, sn[j - 1].start, sn[j - 1].end);
        if (v)
            set_day(ev, v);
    }
}
