/* appeal_opening.c — the bare past طالب that opens a sentence or a clause, on by default (issue 16,
 * branch appeal56; docs/EVENTS.md "Issue 16: appeals that open a clause (branch appeal56, stop
 * 48)"). The bare past طالب is no word of events.tsv ("!طالب": a student); appeal54 read it
 * after كما and فيما. A news sentence also opens with it, its caller right after it (طالب
 * الرئيس اليمني عبدربه منصور هادي المليشيات الحوثية … باحترام الهدنة: unseen16), and so does a
 * clause after a comma, a semicolon, a colon or a dash (وفي 5 آب، طالب السيسي المسؤولين …;
 * سبق– الرياض: طالب عدد من المغردين …): the noun "student" does not open a clause with a name
 * or a title after it (a student named is طالب في …، الطالب …). The actors are a verb's
 * (events.c actors_of, F_VERB): the subject after the verb, then the one asked. Unlike
 * appeal54's particles, nothing carries a caller to a verb that opens a sentence, so a body
 * right after it is the caller (طالب مجلس محافظة الأنبار الحكومة العراقية …): aguard bare_appeal's
 * test (two-token phrases only) does not apply to this one-token word. */
#include "events/appeal_opening.h"
#include "events/letters.h"

#include <string.h>

#define U_ARABIC_SEMICOLON "\xd8\x9b"   /* ؛ U+061B */

/* Whether token k, a punctuation token, opens a clause after it: ev_clause_end's comma and
 * stops, the Arabic semicolon, or a dash (hyphen, en or em dash: a dateline's, الرياض - ). */
static int opens_after(const sent_ctx *c, size_t k)
{
    const rasd_token *t = &c->s->t[k];
    static const char *const marks[] = {U_ARABIC_SEMICOLON, "-", "\xe2\x80\x93", "\xe2\x80\x94"};
    if (t->kind != RASD_TOK_PUNCT)
        return 0;
    if (ev_clause_end(c, k))
        return 1;
    for (size_t m = 0; m < sizeof marks / sizeof *marks; m++)
        if (t->norm_len == strlen(marks[m]) && memcmp(t->norm, marks[m], t->norm_len) == 0)
            return 1;
    return 0;
}

int ev_appeal_opening(const sent_ctx *c, size_t i, int cut)
{
    return cut == 0 && (i == c->t0 || (i > c->t0 && opens_after(c, i - 1)));
}
