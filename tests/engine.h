/* engine.h — an engine for the event tests, with the trigger layer as a test asks, and a
 * text analysed through extraction. */
#ifndef RASD_TESTS_ENGINE_H
#define RASD_TESTS_ENGINE_H

#include "check.h"
#include "rasd.h"

#include <stdio.h>
#include <string.h>

/* An engine with the trigger layer as mode says (RASD_TRIGGERS_*); the caller closes it. */
static inline rasd_engine *mode_engine(int mode)
{
    rasd_engine *e;
    rasd_config cfg;
    rasd_config_default(&cfg);
    cfg.event_triggers = mode;
    REQUIRE(rasd_engine_open(&e, &cfg) == RASD_OK);
    return e;
}

/* What a table of cases runs on: the default engine, the rules alone (no trigger layer) and
 * every form of the layer (each only when asked: an engine's start is dear) and one doc. */
typedef struct {
    rasd_engine *on, *none, *all;
    rasd_doc *d;
} case_frame;

/* Opens f's default engine, none only when with_none, all only when with_all, and its doc; a
 * failure stops the test. */
static inline void frame_open(case_frame *f, int with_none, int with_all)
{
    f->on = mode_engine(RASD_TRIGGERS_DEFAULT);
    f->none = with_none ? mode_engine(RASD_TRIGGERS_NONE) : NULL;
    f->all = with_all ? mode_engine(RASD_TRIGGERS_ALL) : NULL;
    REQUIRE(rasd_doc_new(&f->d) == RASD_OK);
}

/* Frees what frame_open opened. */
static inline void frame_close(case_frame *f)
{
    rasd_doc_free(f->d);
    if (f->all)
        rasd_engine_close(f->all);
    if (f->none)
        rasd_engine_close(f->none);
    rasd_engine_close(f->on);
}

/* The text's analysis, names and extraction into d (len bytes of text; published as
 * rasd_extract takes it); a step that fails stops the test. */
static inline void analyse_n(const rasd_engine *e, rasd_doc *d, const char *text, size_t len,
                             const char *published)
{
    REQUIRE(rasd_analyze(e, d, text, len) == RASD_OK && rasd_recognize(e, d) == RASD_OK &&
            rasd_extract(e, d, published) == RASD_OK);
}

/* analyse_n of a NUL-terminated text. */
static inline void analyse(const rasd_engine *e, rasd_doc *d, const char *text,
                           const char *published)
{
    analyse_n(e, d, text, strlen(text), published);
}

/* The event of type whose word is trigger in d's last analysis of text, or NULL; trigger "*":
 * the only event of type (NULL if none or several). */
static inline const rasd_event *event_at(const rasd_doc *d, const char *text, const char *type,
                                         const char *trigger)
{
    size_t n, m = 0;
    const rasd_event *ev = rasd_doc_events(d, &n), *one = NULL;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(ev[i].type, type) != 0)
            continue;
        if (strcmp(trigger, "*") == 0) {
            one = &ev[i], m++;
            continue;
        }
        if (ev[i].trigger_end - ev[i].trigger_start == strlen(trigger) &&
            memcmp(text + ev[i].trigger_start, trigger, strlen(trigger)) == 0)
            return &ev[i];
    }
    return m == 1 ? one : NULL;
}

/* Checks cases {text, published, trigger, first actor}: each text has an event of type at its
 * trigger whose first actor is named so. */
static inline void check_first_actors(const rasd_engine *e, rasd_doc *d, const char *type,
                                      const char *const (*cases)[4], size_t ncases)
{
    for (size_t k = 0; k < ncases; k++) {
        const rasd_event *ev;
        analyse(e, d, cases[k][0], cases[k][1]);
        ev = event_at(d, cases[k][0], type, cases[k][2]);
        CHECKF(ev != NULL, "%s: no %s at «%s»", cases[k][0], type, cases[k][2]);
        if (!ev)
            continue;
        CHECKF(ev->nactors > 0 && strcmp(ev->actor_name[0], cases[k][3]) == 0,
               "%s: first actor «%s», want «%s»", cases[k][0],
               ev->nactors ? ev->actor_name[0] : "", cases[k][3]);
    }
}

/* Checks cases {text, published, trigger}: no text has an event of type at its trigger. */
static inline void check_no_event_at(const rasd_engine *e, rasd_doc *d, const char *type,
                                     const char *const (*cases)[3], size_t ncases)
{
    for (size_t k = 0; k < ncases; k++) {
        analyse(e, d, cases[k][0], cases[k][1]);
        CHECKF(event_at(d, cases[k][0], type, cases[k][2]) == NULL, "%s: a %s at «%s»",
               cases[k][0], type, cases[k][2]);
    }
}

/* The event of type whose trigger starts with word in d's last analysis of text, or NULL. */
static inline const rasd_event *told_event(const rasd_doc *d, const char *text, const char *type,
                                           const char *word)
{
    size_t n;
    const rasd_event *ev = rasd_doc_events(d, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(ev[i].type, type) == 0 && ev[i].trigger_end > ev[i].trigger_start &&
            strncmp(text + ev[i].trigger_start, word, strlen(word)) == 0)
            return &ev[i];
    return NULL;
}

/* Checks cases {text, published, type, the trigger's first word, first actor's name holds this
 * (NULL: no event of the type at that word), second actor's name holds this ("" none needed,
 * "-" no second actor), place holds this ("" none needed), "p" planned or "o" occurred} with
 * the default engine, and that the rules alone (the trigger layer off) give none at the word. */
static inline void check_told_cases(const char *const (*cases)[8], size_t ncases)
{
    case_frame f;
    rasd_doc *d;
    frame_open(&f, 1, 0);
    d = f.d;
    for (size_t i = 0; i < ncases; i++) {
        const char *const *c = cases[i];
        const rasd_event *ev;
        analyse(f.on, d, c[0], c[1]);
        ev = told_event(d, c[0], c[2], c[3]);
        if (!c[4]) {
            CHECKF(ev == NULL, "case %zu", i);
            continue;
        }
        CHECKF(ev != NULL, "case %zu", i);
        if (!ev)
            continue;
        CHECKF(ev->planned == (c[7][0] == 'p'), "case %zu", i);
        CHECKF(ev->nactors > 0 && strstr(ev->actor_name[0], c[4]) != NULL, "case %zu", i);
        if (strcmp(c[5], "-") == 0)
            CHECKF(ev->nactors == 1, "case %zu", i);
        else if (c[5][0])
            CHECKF(ev->nactors > 1 && strstr(ev->actor_name[1], c[5]) != NULL, "case %zu", i);
        if (c[6][0])
            CHECKF(ev->place_name && strstr(ev->place_name, c[6]) != NULL, "case %zu", i);
        analyse(f.none, d, c[0], c[1]);
        CHECKF(told_event(d, c[0], c[2], c[3]) == NULL, "case %zu", i);   /* the rules alone */
    }
    frame_close(&f);
}

/* Checks that the default engine e gives text (published then) an appeal at trigger whose
 * first actor is named first ("": no appeal there) and, unless second is "", whose second
 * actor is named second; an appeal found is occurred. */
static inline void check_appeal_case(const rasd_engine *e, rasd_doc *d, const char *text,
                                     const char *published, const char *trigger,
                                     const char *first, const char *second)
{
    const rasd_event *ev;
    analyse(e, d, text, published);
    ev = event_at(d, text, "appeal", trigger);
    if (!*first) {
        CHECKF(ev == NULL, "an appeal at %s in: %.80s", trigger, text);
        return;
    }
    CHECKF(ev != NULL, "no appeal at %s in: %.80s", trigger, text);
    if (!ev)
        return;
    CHECKF(ev->nactors > 0 && strcmp(ev->actor_name[0], first) == 0,
           "appeal at %s: first actor %s, want %s", trigger,
           ev->nactors ? ev->actor_name[0] : "(none)", first);
    if (*second)
        CHECKF(ev->nactors > 1 && strcmp(ev->actor_name[1], second) == 0,
               "appeal at %s: second actor %s, want %s", trigger,
               ev->nactors > 1 ? ev->actor_name[1] : "(none)", second);
    CHECKF(!ev->planned, "appeal at %s: planned", trigger);
}

/* check_appeal_case on a table of cases {text, published, trigger, first actor, second actor},
 * with the default engine. */
static inline void check_appeal_cases(const char *const (*cases)[5], size_t ncases)
{
    case_frame f;
    frame_open(&f, 0, 0);
    for (size_t i = 0; i < ncases; i++)
        check_appeal_case(f.on, f.d, cases[i][0], cases[i][1], cases[i][2], cases[i][3],
                          cases[i][4]);
    frame_close(&f);
}

/* Whether an event's actors fit a test's names a and b (what "fit" means is the test's). */
typedef int (*event_fit)(const rasd_event *ev, const char *a, const char *b);

/* The number of events of type in text, as the engine e gives them into d, whose actors fit
 * a and b. */
static inline size_t count_events(const rasd_engine *e, rasd_doc *d, const char *text,
                                  const char *published, const char *type, event_fit fit,
                                  const char *a, const char *b)
{
    size_t n, hits = 0;
    const rasd_event *ev;
    analyse(e, d, text, published);
    ev = rasd_doc_events(d, &n);
    for (size_t i = 0; i < n; i++)
        hits += strcmp(ev[i].type, type) == 0 && fit(&ev[i], a, b);
    return hits;
}

/* Checks that text has want_on events of type whose actors fit a and b with the engine on
 * (the default) and want_none with the engine none (the rules alone, no trigger layer). */
static inline void check_counts(const rasd_engine *on, const rasd_engine *none, rasd_doc *d,
                                const char *text, const char *published, const char *type,
                                event_fit fit, const char *a, const char *b, size_t want_on,
                                size_t want_none)
{
    size_t got = count_events(on, d, text, published, type, fit, a, b);
    CHECKF(got == want_on, "default: %s\n  %s of %s %s: got %zu, want %zu", text, type, a,
           b ? b : "", got, want_on);
    got = count_events(none, d, text, published, type, fit, a, b);
    CHECKF(got == want_none, "rules alone: %s\n  %s of %s %s: got %zu, want %zu", text, type,
           a, b ? b : "", got, want_none);
}

/* Whether the event's first actor is named a ("": any event of its type); b is not read. */
static inline int first_actor_is(const rasd_event *ev, const char *a, const char *b)
{
    (void)b;
    return !*a || (ev->nactors > 0 && strcmp(ev->actor_name[0], a) == 0);
}

/* Whether the event has a first actor whose name holds a and, unless b is NULL, a second whose
 * name holds b (the meeting tests: test_events_meeting_doer, _comma, _chaired). */
static inline int actors_hold(const rasd_event *ev, const char *a, const char *b)
{
    return ev->nactors >= 1 && strstr(ev->actor_name[0], a) &&
           (!b || (ev->nactors >= 2 && strstr(ev->actor_name[1], b)));
}

/* Whether the event's first actor's name holds a ("": any) and, unless b is NULL, its second
 * actor's name holds b ("": there is no second actor). */
static inline int first_second_hold(const rasd_event *ev, const char *a, const char *b)
{
    if (*a && (ev->nactors < 1 || !strstr(ev->actor_name[0], a)))
        return 0;
    if (!b)
        return 1;
    if (!*b)
        return ev->nactors == 1;
    return ev->nactors >= 2 && strstr(ev->actor_name[1], b);
}

/* Checks a table of cases {text, published, type, first actor, count by default, by the rules
 * alone, with every form of the trigger layer on} (counts one digit each) in the three modes. */
static inline void check_three_modes(const char *const (*cases)[7], size_t ncases)
{
    case_frame f;
    frame_open(&f, 1, 1);
    for (size_t i = 0; i < ncases; i++) {
        const char *const *c = cases[i];
        check_counts(f.on, f.none, f.d, c[0], c[1], c[2], first_actor_is, c[3], NULL,
                     (size_t)(c[4][0] - '0'), (size_t)(c[5][0] - '0'));
        check_counts(f.all, f.none, f.d, c[0], c[1], c[2], first_actor_is, c[3], NULL,
                     (size_t)(c[6][0] - '0'), (size_t)(c[5][0] - '0'));
    }
    frame_close(&f);
}

/* Checks a table of cases {text, published, type, first actor, second actor (NULL: not
 * checked), count by default, by the rules alone} (counts one digit each) in the two modes,
 * fit saying what the actors must be. */
static inline void check_two_modes(const char *const (*cases)[7], size_t ncases, event_fit fit)
{
    case_frame f;
    frame_open(&f, 1, 0);
    for (size_t i = 0; i < ncases; i++) {
        const char *const *c = cases[i];
        check_counts(f.on, f.none, f.d, c[0], c[1], c[2], fit, c[3], c[4],
                     (size_t)(c[5][0] - '0'), (size_t)(c[6][0] - '0'));
    }
    frame_close(&f);
}

/* The same for cases {text, published, type, first actor, count by default, by the rules
 * alone}: no second actor. */
static inline void check_two_modes1(const char *const (*cases)[6], size_t ncases, event_fit fit)
{
    case_frame f;
    frame_open(&f, 1, 0);
    for (size_t i = 0; i < ncases; i++) {
        const char *const *c = cases[i];
        check_counts(f.on, f.none, f.d, c[0], c[1], c[2], fit, c[3], NULL,
                     (size_t)(c[4][0] - '0'), (size_t)(c[5][0] - '0'));
    }
    frame_close(&f);
}

/* Checks a table of cases {text, published, type, date ("": null), dated, planned} (flags
 * "0"/"1"): each text has an event of the type with that date, dated and planned flags; on a
 * miss the events it has are printed (the date tests: test_dates_weeks, _vague45, _far46). */
static inline void check_event_dates(const rasd_engine *e, rasd_doc *d,
                                     const char *const (*cases)[6], size_t ncases)
{
    for (size_t k = 0; k < ncases; k++) {
        size_t n, hit = 0;
        analyse(e, d, cases[k][0], cases[k][1]);
        const rasd_event *ev = rasd_doc_events(d, &n);
        for (size_t i = 0; i < n; i++)
            if (strcmp(ev[i].type, cases[k][2]) == 0 && strcmp(ev[i].date, cases[k][3]) == 0 &&
                ev[i].dated == (cases[k][4][0] == '1') && ev[i].planned == (cases[k][5][0] == '1'))
                hit = 1;
        CHECKF(hit, "%s: no %s dated [%s] dated=%s planned=%s", cases[k][0], cases[k][2],
               cases[k][3], cases[k][4], cases[k][5]);
        for (size_t i = 0; !hit && i < n; i++)
            fprintf(stderr, "   got %s [%s] dated=%d planned=%d\n", ev[i].type, ev[i].date,
                    ev[i].dated, ev[i].planned);
    }
}

/* The assault (or killing) whose word is trigger in d's last analysis of text, or NULL. */
static inline const rasd_event *harm_at(const rasd_doc *d, const char *text, const char *trigger)
{
    const rasd_event *ev = event_at(d, text, "assault", trigger);
    return ev ? ev : event_at(d, text, "kill", trigger);
}

/* Whether d's last analysis holds any assault or killing. */
static inline int any_harm(const rasd_doc *d)
{
    size_t n;
    const rasd_event *ev = rasd_doc_events(d, &n);
    for (size_t k = 0; k < n; k++)
        if (strcmp(ev[k].type, "assault") == 0 || strcmp(ev[k].type, "kill") == 0)
            return 1;
    return 0;
}

/* A case {text, published, event type, the event's word}. */
typedef const char *const word_case[4];

/* Checks a table of cases analysed with e: an event of the type at the word is there (want 1)
 * or is not (want 0). */
static inline void check_event_words(const rasd_engine *e, rasd_doc *d, const word_case *cases,
                                     size_t ncases, int want)
{
    for (size_t k = 0; k < ncases; k++) {
        analyse(e, d, cases[k][0], cases[k][1]);
        CHECKF((event_at(d, cases[k][0], cases[k][2], cases[k][3]) != NULL) == want,
               "%s: %s at «%s»", cases[k][0], want ? "no event" : "an event", cases[k][3]);
    }
}

/* Checks a table of harm cases {text, published, trigger word, first actor's name holds this
 * (NULL: no assault or killing at that word, nor any in the sentence when none_at_all),
 * second actor's name holds this ("" none needed)}: by default the event is there, occurred,
 * with those actors; the rules alone (no trigger layer) read none at that word. The result
 * of the test named name. */
static inline int check_harm_cases(const char *const (*cases)[5], size_t ncases,
                                   int none_at_all, const char *name)
{
    case_frame f;
    rasd_doc *d;
    frame_open(&f, 1, 0);
    d = f.d;
    for (size_t i = 0; i < ncases; i++) {
        const char *const *c = cases[i];
        analyse(f.on, d, c[0], c[1]);
        const rasd_event *ev = harm_at(d, c[0], c[2]);
        if (!c[3]) {
            CHECK(ev == NULL);
            if (none_at_all)
                CHECK(!any_harm(d));
            continue;
        }
        CHECK(ev != NULL);
        if (!ev)
            continue;
        CHECK(!ev->planned);
        CHECK(ev->nactors > 0 && strstr(ev->actor_name[0], c[3]) != NULL);
        if (c[4][0])
            CHECK(ev->nactors > 1 && strstr(ev->actor_name[1], c[4]) != NULL);
        analyse(f.none, d, c[0], c[1]);
        CHECK(harm_at(d, c[0], c[2]) == NULL);   /* the rules alone read none */
    }
    frame_close(&f);
    return check_done(name);
}

#endif
