/* head_object.h — one rule that two readers of a body's description share (tidy68, stop 58;
 * lay67, stop 57, wrote it twice): the definite word right after a body's definite head is
 * the verb's object, not the head's adjective, when it is another body's noun not shaped as a
 * participle, ال then م (وأدانت المحكمة الشركة بارتكاب: the court convicted the company; not
 * اللجنة المنظمة), or a definite sound plural in -ين (ودعت الوزارة المتقدمين: the applicants
 * it asked). Its readers: groups.c desc_end (an actor's description, after a feminine head)
 * and sources.c qt_unnamed (a speaking body, after its head). Each keeps its output:
 *   - the list of bodies is the reader's own: groups.c's heads of data/events.tsv "group" 2
 *     (GROUP_BODY), sources.c's data/quotes.tsv "body" (any value);
 *   - HO_NISBA (sources.c): a word ending in ي or يه is an adjective (الإحصائية، الدولي), never
 *     the object; not in groups.c, where "group" 2 holds such bodies (الداخلية، الجمعية،
 *     البلدية): after a head they stay its object, as before (the flag keeps each output);
 *   - the -ين plural holds for both, but groups.c asks only about words ending in ه (its
 *     feminine test), so it never meets one. */
#ifndef RASD_EVENTS_HEAD_OBJECT_H
#define RASD_EVENTS_HEAD_OBJECT_H

#include "events/ev.h"
#include "events/letters.h"

enum { HO_NISBA = 1 };         /* a word ending in ي or يه is no object (sources.c) */
enum { HO_PLURAL_LETTERS = 7 };   /* a sound plural in -ين this long, at least (المتقدمين) */

/* Whether the word at token b, right after the head ending at token h, is the verb's object
 * (above): both definite, and b a body's noun of list kind (value v; -1: any) that is not
 * ال then م, or a sound plural in -ين; flags HO_*. */
static inline int ev_head_object(ev_scan *s, size_t h, size_t b, int kind, int v, int flags)
{
    const rasd_token *w = &s->t[b];
    size_t n;
    int val;
    if (!ev_definite(&s->t[h]) || !ev_definite(w) ||
        ((flags & HO_NISBA) && (ends_with(w->norm, w->norm_len, U_YEH) ||
                                ends_with(w->norm, w->norm_len, U_YEH U_HEH))))
        return 0;
    if (w->norm_len >= LETTERS(HO_PLURAL_LETTERS) &&
        ends_with(w->norm, w->norm_len, U_YEH U_NOON))
        return 1;
    return ev_word_is(s, b, 0, kind, &val, &n) && (v < 0 || val == v) &&
           !starts_with(w->norm, w->norm_len, U_ARTICLE U_MEEM);
}

#endif
