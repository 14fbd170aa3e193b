/* title_walk.c — a subject's titles through a construct and a prepositional aside, going back
 * from its name (issue 16, follow49, stop 41).
 *
 * A verb that is no reporting word, its subject with titles, then a bare reporting verb that
 * goes on with that subject (carried.c, qt_carried): وقد ألقى مدير إدارة الموارد البشرية عبد
 * العزيز بن حمد الضاوي كلمة هنأ فيها …، وأكد …؛ وصف نائب رئيس وفد المملكة المشارك في الدورة
 * الأستاذ خالد الأحمد …، وقال: …. clause_subject's walk back over the titles took words with
 * the article, titles and bodies, and stopped at an indefinite noun (إدارة، وفد) or at a
 * preposition (في) inside the titles, so the verb before them was not found and the speaker
 * was lost. Two forms of a title go on through such a word:
 *  - a construct: an office (data/events.tsv "lead" 0: مدير، رئيس، نائب) governing an
 *    indefinite noun that governs a definite word or a body (مدير إدارة الموارد، رئيس وفد
 *    المملكة): the noun between the office and the definite word is the title's complement,
 *    never the verb (a verb right after a title would be a new clause of the title's
 *    subject, and the office word itself stops no walk);
 *  - a prepositional aside: a separate preposition (data/events.tsv "prep" 0: في، من، عن)
 *    between two definite words (المشارك في الدورة، المسؤول عن الملف): an adjective or
 *    participle of the title with its complement.
 * And a clause opened after a comma by a word of "subject" 1 (، وقد ألقى …), as at the
 * sentence's start. Only these words: the rest of the walk decides as before. */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

/* Whether token j is a word with the article, or a body or place the recogniser tagged. */
static int definite(const qctx *q, size_t j)
{
    const rasd_token *t = &q->s->t[j];
    const rasd_entity *en;
    if (!ev_is_word(t))
        return 0;
    if ((en = qt_entity_at(q, j)) != NULL)
        return strcmp(en->type, "PER") != 0;
    return starts_with(t->norm, t->norm_len, U_ARTICLE) && t->norm_len > LETTERS(3);
}

/* Whether token j - 1, before title words from j, is a construct's noun or a preposition
 * inside the titles (above), with lo the clause's first token. */
int qt_title_through(const qctx *q, size_t lo, size_t j)
{
    const rasd_token *t = q->s->t;
    size_t n, w = j - 1;
    int v;
    if (j < lo + 2 || !definite(q, j) || !ev_is_word(&t[w]) || !ev_is_word(&t[w - 1]) ||
        qt_in_entity(q, w) || qt_in_entity(q, w - 1))
        return 0;
    if (ev_word_is(q->s, w, 0, EK_PREP, &v, &n) && n == 1 && v == 0)
        return definite(q, w - 1) && !qt_in_pair(q, w);      /* المشارك في الدورة */
    if (starts_with(t[w].norm, t[w].norm_len, U_ARTICLE) || t[w].norm_len < LETTERS(3) ||
        ev_word_is(q->s, w, 1, EK_STOP, NULL, &n) || ev_word_is(q->s, w, 1, EK_PREP, NULL, &n) ||
        ev_word_is(q->s, w, 0, EK_CUE, NULL, &n) || ev_word_is(q->s, w, 1, EK_PART, NULL, &n))
        return 0;
    return ev_word_is(q->s, w - 1, 0, EK_LEAD, &v, &n) && n == 1 && v == 0;  /* مدير إدارة */
}

/* Whether the verb at token p opens a clause after a comma and a word of data/events.tsv
 * "subject" 1 (، وقد ألقى مدير إدارة الموارد البشرية عبد العزيز بن حمد الضاوي كلمة …، وأكد):
 * clause_subject takes such a word at the sentence's start only (كما زار الأمير فيصل); after
 * a comma it opens a clause all the same, the verb first. */
int qt_comma_opener(const qctx *q, size_t lo, size_t p)
{
    size_t n;
    int v;
    return p >= lo + 2 && qt_comma(q, p - 2) &&
           ev_word_is(q->s, p - 1, 0, EK_SUBJECT, &v, &n) && n == 1 && v == 1;
}
