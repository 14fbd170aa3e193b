/* fold_apart.c — a side's later fight told by another word is another deed (issue 16, branch
 * fold58, stop 50; docs/EVENTS.md "Issue 16: events the article loses that its sentences give
 * (branch fold58, stop 50)").
 *
 * event_when.c repeats folds a later mention into an earlier event of the article with the same
 * kind and the same actors. In a report of fighting (CAMEO 19x) one side is the actor of most
 * of its deeds, and the fold made them one: «تقدم المقاومة … وسيطرت المقاومة على …»،
 * «قصف شنه الحوثيون … طردوا الحوثيين من مدينة لودر», each a deed of its own in the labels
 * (fold58's census: 12 misses of the read parts the fold lost, 7 of them fights, no assault).
 * A mention in another sentence whose word is another word (its stem is not the earlier word's
 * stem, nor one with a suffix: قصف ~ قصفت، تقدم ~ تقدمت، سيطرة ~ سيطرت) is kept as its own event. The
 * same word again (القصف after قصفت) is a later mention and folds as before; so does any
 * mention in the earlier event's own sentence.
 *
 * Hook: event_when.c repeats, with the place and actor tests: fights with an actor only (an
 * assault's victim or a bombing's place told by several words, مقتل X … اغتيال X، انفجار …
 * التفجير, is mostly one deed; no assault miss of the census was the fold's).
 */
#include "events/ev.h"

#include <string.h>

enum { STEM_MIN = 6 };          /* bytes: a shorter stem (قي of ألقى) must be the other */

/* Whether stem a is stem b, or b with letters after it (a suffix), or the other way. */
static int same_stem(const rasd_token *a, const rasd_token *b)
{
    uint32_t n = a->stem_len < b->stem_len ? a->stem_len : b->stem_len;
    if (n < STEM_MIN && a->stem_len != b->stem_len)
        return 0;
    return memcmp(a->stem, b->stem, n) == 0;
}

/* Whether ev names a place where o names none, or states a day other than o's: what the fold
 * would have given o. */
static int own_setting(const rasd_event *o, const rasd_event *ev)
{
    return (ev->place_name && !o->place_name) ||
           (ev->dated && strcmp(ev->date, o->date) != 0);
}

int ev_other_deed(const struct ev_doc *x, const rasd_event *o, const rasd_event *ev)
{
    const ev_scan *s = x->scan;
    size_t a, b;
    if (!s || o->start == ev->start)
        return 0;
    a = ev_token_from(s, o->trigger_start);
    b = ev_token_from(s, ev->trigger_start);
    return a < s->nt && b < s->nt && !same_stem(&s->t[a], &s->t[b]) && own_setting(o, ev);
}
