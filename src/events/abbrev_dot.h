/* abbrev_dot.h — the point of a one-letter abbreviation (د. م. أ.: «وزير التعليم د. عزام»),
 * the one test that the readers stepping over such a point share (stop 58: err66's actors.c
 * ev_title_dot, attr66's title_holder.c and title_named_earlier.c). Each reader adds its own
 * conditions: ev_title_dot a point written right after a courtesy title of the "lead" list. */
#ifndef RASD_EV_ABBREV_DOT_H
#define RASD_EV_ABBREV_DOT_H

#include "events/ev.h"
#include "events/letters.h"

/* Whether token i (> 0) is a "." right after a one-letter word. */
static inline int ev_abbrev_dot(const ev_scan *s, size_t i)
{
    return i > 0 && ev_punct(s, i, ".") && s->t[i - 1].norm_len == LETTERS(1);
}

#endif
