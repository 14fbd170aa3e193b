/* source_break.c — where a reported clause ends when an unnamed source starts the next one with
 * و before its present-tense verb (branch quotes53, docs/EVENTS.md "Issue 16: reported
 * statements missed over every read part"): وتشير المعلومات الى مقتل اكثر من عشرة من عناصر
 * حزب الله … والمصادر تتحدث عن تكتم حزب الله: the information's clause ends before والمصادر,
 * whose verb tells another statement. Only for the noun that means sources (data/quotes.tsv
 * "own" 6: المصادر, definite; not ومصادر تحفيظه, a construct; not البعض، أحد، آخر, which
 * "source" 0 has too and which go on inside a statement: والبعض يعاني، منها واحد يسلم) with
 * و as its one proclitic, right before a word of four letters or more that starts with ت or
 * ي (a present verb: تتحدث، يؤكدون، ترجح), no entity's token, with a word before it.
 * quotes.c clause_end() asks here for a word its one look-up found in "cue", "part" or "source",
 * before its own checks for a participle or a cue (either ends the clause too). */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

enum {
    OWN_SOURCES = 6            /* data/quotes.tsv "own" 6: the noun for sources (المصادر) */
};

int qt_source_clause(const qctx *q, size_t i)
{
    const rasd_token *t = q->s->t;
    size_t n;
    int k;
    if (i == 0 || i + 1 >= q->s->nt || !letter_is(t[i].norm, U_WAW) || !ev_is_word(&t[i - 1]) ||
        !ev_is_word(&t[i + 1]) || t[i + 1].norm_len < LETTERS(4) ||
        !(letter_is(t[i + 1].norm, U_TEH) || letter_is(t[i + 1].norm, U_YEH)) ||
        !ev_word_is(q->s, i, 1, EK_OWN, &k, &n) || n != 1 || k != OWN_SOURCES ||
        q->s->cut != 1 || qt_in_entity(q, i))
        return 0;
    return !qt_in_entity(q, i + 1);
}
