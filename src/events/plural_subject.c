/* plural_subject.c — a plural reporting word with no subject of its own goes on with the
 * plural subject of the verb that opens its clause (issue 16, branch spk59; docs/EVENTS.md
 * "Issue 16: the plural cue's plural subject (branch spk59, stop 51)"; the rule was stated
 * first in bench/spk59/rule.md). A plural verb agrees with a plural subject: a plural
 * participle (مشيرين، مؤكدين) or a bare plural verb (وأوضحوا، وأضافوا) speaks for the definite
 * plural noun in ون right after the first word of its sentence, that word a verb (وفسر
 * الباحثون ذلك مشيرين؛ ووجد الباحثون … أن …. وأوضحوا أن), with the plural adjectives after it
 * (الباحثون الأمريكيون), not for a singular name or body named before that verb. For a bare
 * verb opening its sentence, the sentence before is the one read. Not when a plural speaker
 * was named after that noun (the last speaker goes on), nor for a noun inside quote marks.
 * speakers.c calls it where a participle or a verb with no subject would take the last
 * speaker or the sentence's first person. */
#include "events/quotes.h"
#include "events/letters.h"

#include <stdint.h>
#include <string.h>

enum {
    PLURAL_ADJ = 2,            /* plural adjectives after the noun, at most */
};

/* Whether token a is a definite plural in ون, of three letters or more without ال and ون
 * (الباحثون، المشاركون), outside any name and quote marks. */
static int definite_plural(const qctx *q, size_t a)
{
    const rasd_token *t = &q->s->t[a];
    return ev_is_word(t) && t->norm_len >= LETTERS(7) &&
           starts_with(t->norm, t->norm_len, U_ARTICLE) &&
           ends_with(t->norm, t->norm_len, U_WAW U_NOON) &&
           !qt_in_entity(q, a) && !qt_in_pair(q, a);
}

/* Whether token p can be the verb opening a clause: a word of two letters or more, with no
 * article, in no name or date, and not a particle, preposition, stop word, title, body,
 * source or reporting participle (فيما، خلال، المدير، الوزارة). */
static int opening_verb(const qctx *q, size_t p)
{
    const rasd_token *t = &q->s->t[p];
    size_t n;
    return ev_is_word(t) && t->norm_len >= LETTERS(2) &&
           !starts_with(t->norm, t->norm_len, U_ARTICLE) && !qt_in_entity(q, p) &&
           !qt_in_date(q, p) && !ev_word_is(q->s, p, 1, EK_STOP, NULL, &n) &&
           !ev_word_is(q->s, p, 1, EK_PREP, NULL, &n) &&
           !ev_word_is(q->s, p, 0, EK_THAT, NULL, &n) &&
           !ev_word_is(q->s, p, 0, EK_SUBJECT, NULL, &n) &&
           !ev_word_is(q->s, p, 0, EK_LEAD, NULL, &n) &&
           !ev_word_is(q->s, p, 0, EK_BODY, NULL, &n) &&
           !ev_word_is(q->s, p, 0, EK_SOURCE, NULL, &n) &&
           !ev_word_is(q->s, p, 1, EK_PART, NULL, &n);
}

/* The token of the plural subject right after the verb opening the sentence at token s0,
 * before token lim; SIZE_MAX when there is none. */
static size_t subject_after_verb(const qctx *q, size_t s0, size_t lim)
{
    if (s0 + 1 >= lim || !opening_verb(q, s0) || !definite_plural(q, s0 + 1))
        return SIZE_MAX;
    return s0 + 1;
}

int qt_plural_subject(qctx *q, const qcue *c, speaker *sp)
{
    const rasd_token *t = q->s->t;
    size_t s0, a = SIZE_MAX, e;
    if (c->gender != 3)
        return 0;                                  /* first: cheap, most cues are singular */
    s0 = qt_sent_start(q, c->i);
    if (c->i > s0 + 1)
        a = subject_after_verb(q, s0, c->i);       /* وفسر الباحثون ذلك مشيرين */
    else if (c->i == s0 && !c->part && s0 > 0)
        a = subject_after_verb(q, qt_sent_start(q, s0 - 1), s0);   /* … . وأوضحوا أن */
    if (a == SIZE_MAX)
        return 0;
    if (q->last.name && q->last.gender == 3 && q->last.start >= t[a].start)
        return 0;                                  /* a plural speaker named since goes on */
    for (e = a + 1; e < c->i && e <= a + PLURAL_ADJ && definite_plural(q, e);)
        e++;                                       /* الباحثون الأمريكيون */
    qt_speaker_words(q, sp, t[a].start, t[e - 1].end);
    sp->gender = 3;
    sp->with = NULL;                               /* no other party of the last speaker's */
    return 1;
}
