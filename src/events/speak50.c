/* speak50.c — a named subject described by an indefinite noun before a bare verb (issue 16,
 * quotes36, stop 42).
 *
 * A person is often named, then described by an indefinite noun and its complement (an
 * apposition: "X, a student at …"), and only then comes the reporting verb, bare: تحدث
 * عبدالسلام العتيبي مبتعث في جامعة ولاية واشنطن لدراسة الماجستير وقال إن …؛ طارق بن فيصل
 * مبتعث في جامعة كاليفورنيا ارفاين أكد أن …. When no other rule finds the verb's speaker
 * (speakers.c qt_continued: nobody goes on, the sentence's start is no subject's), that
 * person is the speaker.
 *
 * Only for the one person the verb's sentence names before it (outside quote marks), a name
 * of two words or more the recogniser tagged (not a title it resolved), one that can speak
 * and that no preposition governs; right after the name an indefinite noun (no article, no
 * particle, preposition, reporting word or title of data/events.tsv "lead") followed by a
 * preposition; then only words up to the verb (no comma, mark, أن/إن, reporting word or
 * participle), DESC_TOKENS at most. A feminine noun (…ة) for a masculine verb is another's. */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

enum { DESC_TOKENS = 10 };     /* tokens from the name to the verb, at most (مبتعث في جامعة
                                  ولاية واشنطن لدراسة الماجستير: 7) */

/* The one person named in [s0, i) outside quote marks (the same person named again
 * counted once), NULL when none or more than one. */
static const rasd_entity *only_person(const qctx *q, size_t s0, size_t i)
{
    const rasd_entity *subj = NULL;
    for (size_t k = qt_ent_from(q, s0); k < q->ne && q->en[k].tok_start < i; k++) {
        const rasd_entity *en = &q->en[k];
        if (en->tok_start < s0 || strcmp(en->type, "PER") != 0 || qt_in_pair(q, en->tok_start))
            continue;
        if (subj && en->id && subj->id && strcmp(en->id, subj->id) == 0)
            continue;
        if (subj)
            return NULL;
        subj = en;
    }
    return subj;
}

/* Whether token j is an indefinite noun that can head a description: a word of three
 * letters or more with no article, in no mention, no word of the lists that end or govern a
 * subject. */
static int indefinite_head(const qctx *q, size_t j, int gender)
{
    const rasd_token *t = &q->s->t[j];
    size_t n;
    if (!ev_is_word(t) || t->norm_len < LETTERS(3) || qt_in_entity(q, j) || qt_in_date(q, j) ||
        starts_with(t->norm, t->norm_len, U_ARTICLE) ||
        ev_word_is(q->s, j, 1, EK_PREP, NULL, &n) || ev_word_is(q->s, j, 1, EK_STOP, NULL, &n) ||
        ev_word_is(q->s, j, 0, EK_THAT, NULL, &n) || ev_word_is(q->s, j, 1, EK_CUE, NULL, &n) ||
        ev_word_is(q->s, j, 1, EK_PART, NULL, &n) || ev_word_is(q->s, j, 0, EK_LEAD, NULL, &n) ||
        ev_word_is(q->s, j, 0, EK_SUBJECT, NULL, &n) || ev_word_is(q->s, j, 0, EK_SOURCE, NULL, &n) ||
        ev_word_is(q->s, j, 1, EK_GOVERN, NULL, &n))
        return 0;
    return !(gender == 1 &&
             memcmp(t->norm + t->norm_len - LETTERS(1), U_HEH, LETTERS(1)) == 0);
}

const rasd_entity *qt_described_subject(const qctx *q, size_t i, int gender)
{
    size_t s0 = qt_sent_start(q, i), j, n;
    const rasd_entity *en = only_person(q, s0, i);
    if (!en || gender == 3 || qt_title_mention(en) || en->tok_end < en->tok_start + 2 ||
        !qt_can_speak(q, en) || qt_addressed(q, en->tok_start) || qt_governed(q, en) ||
        (en->tok_start > s0 && ev_word_is(q->s, en->tok_start - 1, 1, EK_PREP, NULL, &n)))
        return NULL;
    j = en->tok_end;
    if (j + 2 >= i || i - j > DESC_TOKENS || !indefinite_head(q, j, gender) ||
        !ev_word_is(q->s, j + 1, 1, EK_PREP, NULL, &n))
        return NULL;
    for (size_t k = j; k < i; k++) {
        const rasd_token *t = &q->s->t[k];
        if (!ev_is_word(t) || qt_plain_cue(q, k, &n) || ev_word_is(q->s, k, 1, EK_PART, NULL, &n) ||
            ev_word_is(q->s, k, 0, EK_THAT, NULL, &n))
            return NULL;
    }
    return en;
}
