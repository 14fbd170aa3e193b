/* speaker_want.h — the checks shared by the speaker tests (test_quotes_blessing,
 * test_quotes_called_name, test_quotes_negation_goes_on …): a sentence, the start of a quote in it
 * and the speaker it must have; a sentence and a word no quote may start with
 * (test_quotes_own_object, test_quotes_described_object); a quote's end (check_span). */
#ifndef RASD_TESTS_SPEAKER_WANT_H
#define RASD_TESTS_SPEAKER_WANT_H

#include "check.h"
#include "rasd.h"

#include <string.h>

typedef struct want {
    const char *text, *quote, *speaker;   /* speaker "": none; named: with an entity id when
                                             id is 1 */
    int id;
} want;

/* Checks that the analysis of w->text has a quote starting with w->quote whose speaker is
 * w->speaker (its bytes in the text when it has no entity id). */
static inline void check_want(const rasd_engine *e, rasd_doc *d, const want *w)
{
    const rasd_quote *q, *hit = NULL;
    size_t n, len = strlen(w->text), ql = strlen(w->quote);
    REQUIRE(rasd_analyze(e, d, w->text, len) == RASD_OK && rasd_recognize(e, d) == RASD_OK &&
            rasd_extract(e, d, NULL) == RASD_OK);
    q = rasd_doc_quotes(d, &n);
    for (size_t i = 0; i < n && !hit; i++)
        if (q[i].end - q[i].start >= ql && memcmp(w->text + q[i].start, w->quote, ql) == 0)
            hit = &q[i];
    CHECKF(hit != NULL, "no quote \"%s\"", w->quote);
    if (!hit)
        return;
    if (!w->speaker[0]) {
        CHECKF(hit->speaker_name == NULL, "\"%s\": speaker %s, want none", w->quote,
               hit->speaker_name);
        return;
    }
    CHECKF(hit->speaker_name && strcmp(hit->speaker_name, w->speaker) == 0 &&
               (hit->speaker_id != NULL) == w->id,
           "\"%s\": speaker %s, want %s", w->quote,
           hit->speaker_name ? hit->speaker_name : "(none)", w->speaker);
    CHECKF(!w->id || (hit->speaker_end > hit->speaker_start &&
                      hit->speaker_end <= len),
           "\"%s\": speaker span", w->quote);
    CHECKF(w->id || (hit->speaker_end - hit->speaker_start == strlen(w->speaker) &&
                     memcmp(w->text + hit->speaker_start, w->speaker, strlen(w->speaker)) == 0),
           "\"%s\": speaker bytes", w->quote);
}

/* Checks that no quote of the analysis of text starts with word. */
static inline void check_not(const rasd_engine *e, rasd_doc *d, const char *text,
                             const char *word)
{
    const rasd_quote *q;
    size_t n, len = strlen(text), wl = strlen(word);
    REQUIRE(rasd_analyze(e, d, text, len) == RASD_OK && rasd_recognize(e, d) == RASD_OK &&
            rasd_extract(e, d, NULL) == RASD_OK);
    q = rasd_doc_quotes(d, &n);
    for (size_t i = 0; i < n; i++)
        CHECKF(!(q[i].end - q[i].start >= wl && memcmp(text + q[i].start, word, wl) == 0),
               "a quote starts with \"%s\"", word);
    CHECK(1);
}

/* A sentence and a word no quote of it may start with. */
typedef struct not_want {
    const char *text, *word;
} not_want;

/* A sentence, the start of a quote in it, and a word the quote must end before (ends 1) or
 * run over (ends 0): test_quotes_turn, test_quotes_contrast. */
typedef struct span_want {
    const char *text, *quote, *stop;
    int ends;
} span_want;

/* Checks that the quote of s->text starting with s->quote ends before s->stop (or runs over
 * it, when s->ends is 0). */
static inline void check_span(const rasd_engine *e, rasd_doc *d, const span_want *s)
{
    const rasd_quote *q, *hit = NULL;
    size_t n, len = strlen(s->text), ql = strlen(s->quote);
    const char *at = strstr(s->text, s->stop);
    REQUIRE(at != NULL && rasd_analyze(e, d, s->text, len) == RASD_OK &&
            rasd_recognize(e, d) == RASD_OK && rasd_extract(e, d, NULL) == RASD_OK);
    q = rasd_doc_quotes(d, &n);
    for (size_t i = 0; i < n && !hit; i++)
        if (q[i].end - q[i].start >= ql && memcmp(s->text + q[i].start, s->quote, ql) == 0)
            hit = &q[i];
    CHECKF(hit != NULL, "no quote \"%s\"", s->quote);
    if (hit)
        CHECKF((hit->end <= (size_t)(at - s->text)) == s->ends, "\"%s\": ends at %zu, %s %zu",
               s->quote, (size_t)hit->end, s->ends ? "want before" : "want over",
               (size_t)(at - s->text));
}

/* Opens the engine, checks every want of ws[0, n), every negative of ns[0, nn) and every
 * span of ss[0, nss), and closes it; the test's result. */
static inline int check_quote_sets(const want *ws, size_t n, const not_want *ns, size_t nn,
                                   const span_want *ss, size_t nss, const char *name)
{
    rasd_engine *e = NULL;
    rasd_doc *d = NULL;
    REQUIRE(rasd_engine_open(&e, NULL) == RASD_OK);
    REQUIRE(rasd_doc_new(&d) == RASD_OK);
    REQUIREF(rasd_ner_available(e), "no data/ner.model");
    for (size_t k = 0; k < n; k++)
        check_want(e, d, &ws[k]);
    for (size_t k = 0; k < nn; k++)
        check_not(e, d, ns[k].text, ns[k].word);
    for (size_t k = 0; k < nss; k++)
        check_span(e, d, &ss[k]);
    rasd_doc_free(d);
    rasd_engine_close(e);
    return check_done(name);
}

/* Opens the engine, checks every want of ws[0, n) and every negative of ns[0, nn), and
 * closes it; the test's result. */
static inline int check_wants_nots(const want *ws, size_t n, const not_want *ns, size_t nn,
                                   const char *name)
{
    return check_quote_sets(ws, n, ns, nn, NULL, 0, name);
}

/* Opens the engine, checks every want of ws[0, n) and closes it; the test's result. */
static inline int check_wants(const want *ws, size_t n, const char *name)
{
    return check_wants_nots(ws, n, NULL, 0, name);
}

#endif
