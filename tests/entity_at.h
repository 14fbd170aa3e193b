/* entity_at.h — the recogniser's entity at a span, for the NER tests (test_ner_whole,
 * test_ner_later): one helper instead of a copy in each. */
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

#endif
