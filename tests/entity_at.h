/* entity_at.h — the recogniser's entity at a span, and the proclitic cut of single words, for
 * the NER tests (test_ner_whole, test_ner_later, test_ner_seen): one helper instead of a copy
 * in each. */
#ifndef RASD_TESTS_ENTITY_AT_H
#define RASD_TESTS_ENTITY_AT_H

#include "rasd.h"
#include "check.h"

#include <stdio.h>
#include <string.h>

/* The name of the entity whose span is exactly the nth occurrence (from 1) of `span` in text,
 * into canon[128], after analysing and recognising text in d; 0 when no entity has that span. */
static inline int entity_name_at(rasd_engine *e, rasd_doc *d, const char *text,
                                 const char *span, int nth, char *canon)
{
    size_t n;
    const char *at = text;
    for (int k = 0; k < nth && at; k++)
        at = strstr(k ? at + 1 : at, span);
    REQUIREF(at != NULL, "%s is not in the text", span);
    REQUIRE(rasd_analyze(e, d, text, strlen(text)) == RASD_OK);
    REQUIRE(rasd_recognize(e, d) == RASD_OK);
    const rasd_entity *en = rasd_doc_entities(d, &n);
    for (size_t i = 0; i < n; i++)
        if (en[i].start == (uint32_t)(at - text) && en[i].end == en[i].start + strlen(span)) {
            snprintf(canon, 128, "%s", en[i].name);
            return 1;
        }
    return 0;
}

/* CHECK that the entity spanning the nth occurrence of span in text is named want (the test's
 * engine e and doc d in scope); NAMED: the first occurrence. */
#define NAMED_NTH(text, span, nth, want) do { \
    char c_[128] = ""; \
    int got_ = entity_name_at(e, d, text, span, nth, c_); \
    CHECKF(got_ && strcmp(c_, want) == 0, "«%s» #%d: %s «%s», want «%s»", span, nth, \
           got_ ? "named" : "not found", c_, want); \
} while (0)
#define NAMED(text, span, want) NAMED_NTH(text, span, 1, want)

#ifdef RASD_ENT_H
/* A normalised word and the bytes ent_proclitic must cut from it (0: the word is whole). */
struct cut_case { const char *w; size_t off; };

static inline void check_cuts(rasd_engine *e, const struct cut_case *cases, size_t n)
{
    uint8_t which;
    for (size_t i = 0; i < n; i++) {
        size_t off = ent_proclitic(e, cases[i].w, strlen(cases[i].w), 1, &which);
        CHECKF(off == cases[i].off, "%s: cut %zu bytes, want %zu", cases[i].w, off,
               cases[i].off);
    }
}
#endif

#endif
