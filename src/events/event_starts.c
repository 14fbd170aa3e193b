/* event_starts.c — the next token where a phrase reporting an event may start, kept a token
 * (issue 16, cost71). Four rules (triggers.c, events.c, encounter.c, visits.c) walk every
 * sentence to the tokens where ev_event_start is true, each with ev_next_event_start: at
 * cost71's start those walks cost 44 instructions a token (bench/extract_cost.sh), the same
 * tokens tested four times, from the same tokens (the sentence's first, and the one after each
 * token found). The first walk from a token now keeps how far it went (ev_scan.evnext); the
 * others read it. The answer is the walk's: the memo only keeps it. */
#include "events/ev.h"

#define EVNEXT_NONE 0x8000u    /* ev_scan.evnext: none in as many tokens as the other bits */

/* Whether ev_event_start is true at token i (the walk's test: its summary first). */
static int starts_event(ev_scan *s, size_t i)
{
    unsigned sum = s->first ? s->first[FIRST_SLOTS * i + FIRST_SLOTS - 1] : FIRST_UNKNOWN;
    if (!(sum & SUM_EVENT))
        return 0;              /* most words: a summary known without SUM_EVENT (FIRST_UNKNOWN
                                  has it) */
    if (s->t[i].kind != RASD_TOK_ARABIC && s->t[i].kind != RASD_TOK_LATIN)
        return 0;
    return !s->first || ((sum != FIRST_UNKNOWN ? sum : ev_summary_fill(s, i)) & SUM_EVENT);
}

/* The first token of [i, stop) at which ev_event_start is true, else stop: no memo. */
static size_t walk(ev_scan *s, size_t i, size_t stop)
{
    for (; i < stop; i++)
        if (starts_event(s, i))
            return i;
    return stop;
}

size_t ev_next_event_start(ev_scan *s, size_t i, size_t end)
{
    size_t j, from = i, stop = end < s->nt ? end : s->nt;
    unsigned m;
    if (!s->ev)
        return end;
    if (!s->evnext || i >= stop)
        return (j = walk(s, i, stop)) < stop ? j : end;
    if ((m = s->evnext[i]) != 0 && !(m & EVNEXT_NONE))
        return i + m - 1 < end ? i + m - 1 : end;
    if (m)
        from = i + (m & ~EVNEXT_NONE);     /* none before that token */
    if (from >= stop)
        return end;
    j = walk(s, from, stop);
    if (j - i + 1 < EVNEXT_NONE)
        s->evnext[i] = (uint16_t)(j < stop ? j - i + 1 : EVNEXT_NONE | (j - i));
    return j < stop ? j : end;
}
