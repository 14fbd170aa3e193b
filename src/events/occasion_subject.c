/* occasion_subject.c — a cue's subject is not looked for inside an occasion phrase whose
 * pronoun refers back (issue 16, branch attr73, stop 60; docs/EVENTS.md "Stop 60: a quote given
 * to the other party of an occasion phrase (branch attr73)", bench/attr73/rule_1.md).
 *
 * «وأكد في اجتماعه مع الجهات العاملة في المنفذ حرص خادم الحرمين … على»، «وقال في كلمة خلال
 * استقباله أمس بمقر السفارة بعثة المنتخب: …»: a word of occasion (data/events.tsv aguard
 * pron_occasion, meet71's) with a meeting, talks or hosting noun carrying a singular pronoun
 * (aguard pron_occasion_noun) in the subject's window: the pronoun is the doer, the cue's own
 * subject, so no name from the phrase on is the speaker (the other party, a name in the
 * complement). A speaker found there, or none when the phrase opens the window, gives way to
 * what rasd finds in the window cut at the phrase: a subject before it, or for an empty
 * window the carried speaker (qt_continued's limits), else none. The pronoun is never guessed;
 * a speaker found outside the phrase stays as it was.
 */
#include "events/quotes.h"
#include "events/aguard.h"

#include <string.h>

/* How far after the verb an occasion phrase may open (وقال في كلمة له خلال استقباله: 4). */
#define OCC_NEAR 6
/* The longest pron_occasion word with a proclitic, in bytes (وأثناء). */
#define OCC_WORD 12

/* Whether token t's word ends in ه or ها (اجتماعه، لقائها): the cheap test before the lists. */
static int heh_last(const rasd_token *t)
{
    const char *w = t->norm;
    size_t n = t->norm_len;
    return (n >= 2 && memcmp(w + n - 2, "\xD9\x87", 2) == 0) ||
           (n >= 4 && memcmp(w + n - 4, "\xD9\x87\xD8\xA7", 4) == 0);
}

/* The token of the first occasion phrase in [a, b) within OCC_NEAR tokens of a (a
 * pron_occasion word right before a pron_occasion_noun word), b when there is none. */
static size_t occasion_at(const qctx *q, size_t a, size_t b)
{
    size_t n, m;
    for (size_t j = a; j + 1 < b && j < a + OCC_NEAR; j++)
        if (q->s->t[j].norm_len <= OCC_WORD && heh_last(&q->s->t[j + 1]) &&
            ev_aguard_is(q->s, j, 1, AG_PRON_OCCASION, &n) && n == 1 &&
            ev_aguard_is(q->s, j + 1, 0, AG_PRON_OCC_NOUN, &m) && m == 1)
            return j;
    return b;
}

int qt_occasion_window(const qctx *q, size_t a, size_t *b)
{
    size_t j = occasion_at(q, a, *b);
    if (j >= *b)
        return 0;
    *b = j;              /* زنكنه أعلن خلال استقباله فابيوس: before it; وأكد في اجتماعه: none */
    return j == a;
}

int qt_in_occasion(const qctx *q, const speaker *sp, size_t a, size_t b)
{
    if (!sp->name || a >= b)
        return 0;
    if (sp->start >= q->s->t[a].start && sp->start < q->s->t[b - 1].end)
        return 1;
    for (size_t k = qt_ent_from(q, a); sp->id && k < q->ne && q->en[k].tok_start < b; k++)
        if (q->en[k].id && strcmp(q->en[k].id, sp->id) == 0)
            return 1;    /* a title's apposed name (أمير المنطقة، لدى استقباله … الغفيص) */
    return 0;
}
