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
 * speaker or the sentence's first person. A quantifier of a group ("aguard" group_quantifier:
 * بعض، معظم، أغلب) before a definite noun makes that noun a plural group whatever its form
 * (وتخوف بعض الخبراء الاقتصاديين، …، مؤكدين: the experts, not a group of a paragraph before;
 * judge53's quote 1; fix54, stop 52). And a feminine reporting verb agrees with a definite
 * plural of things in ات right after it, alone before its complement (وذكرت المنشورات أن،
 * وتشير التكهنات إلى أن): that plural is its subject, by its words, not a bare title whose
 * holder, the last speaker, goes on (judge53's quote 37: the leaflets, not the sources of a
 * paragraph before). A masculine verb is a person's (وأشار الليرات: a surname in ات). Not a
 * verb of showing ("aguard" show_verb: أظهرت، كشفت، توضح، تؤكد): statistics or evidence that
 * show do not speak (the Guideline's حيث اظهرت الاحصائيات أن، الأدلة … أكدت أن), while those
 * that indicate or are said to say do (وتشير المعلومات إلى، وترجح التنبؤات، وذكرت التحقيقات). */
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

/* Whether token a is a quantifier of a group ("aguard" group_quantifier: بعض، معظم) before a
 * definite word of two letters or more without ال, outside any name and quote marks (بعض
 * الخبراء، معظم المحللين). */
static int quantified(const qctx *q, size_t a, size_t lim)
{
    const rasd_token *t = &q->s->t[a + 1];
    size_t n;
    return a + 1 < lim && ev_aguard_is(q->s, a, 1, AG_GROUP_QUANTIFIER, &n) && n == 1 &&
           ev_is_word(t) && t->norm_len >= LETTERS(4) &&
           starts_with(t->norm, t->norm_len, U_ARTICLE) && !qt_in_entity(q, a + 1) &&
           !qt_in_pair(q, a + 1);
}

/* Whether token p has three letters or more less a و or ف before it: a quantifier after a
 * short word is mostly a preposition's genitive (وفي أغلب الدول، … ويرون: no subject). */
static int long_verb(const qctx *q, size_t p)
{
    const rasd_token *t = &q->s->t[p];
    size_t len = t->norm_len;
    if (len > LETTERS(1) && (letter_is(t->norm, U_WAW) || letter_is(t->norm, U_FEH)))
        len -= LETTERS(1);
    return len >= LETTERS(3);
}

/* The token of the plural subject right after the verb opening the sentence at token s0,
 * before token lim (a quantifier's: the quantifier); SIZE_MAX when there is none. */
static size_t subject_after_verb(const qctx *q, size_t s0, size_t lim)
{
    if (s0 + 1 >= lim || !opening_verb(q, s0) ||
        (!definite_plural(q, s0 + 1) && (!quantified(q, s0 + 1, lim) || !long_verb(q, s0))))
        return SIZE_MAX;
    return s0 + 1;
}

/* Whether token e is a plural adjective after the subject: a definite plural in ون, or after
 * a quantifier's noun (its genitive) in ين too (بعض الخبراء الاقتصاديين). */
static int plural_adjective(const qctx *q, size_t e, int genitive)
{
    const rasd_token *t = &q->s->t[e];
    return definite_plural(q, e) ||
           (genitive && ev_is_word(t) && t->norm_len >= LETTERS(7) &&
            starts_with(t->norm, t->norm_len, U_ARTICLE) &&
            ends_with(t->norm, t->norm_len, U_YEH U_NOON) && !qt_in_entity(q, e) &&
            !qt_in_pair(q, e));
}

int qt_plural_subject(qctx *q, const qcue *c, speaker *sp)
{
    const rasd_token *t = q->s->t;
    size_t s0, a = SIZE_MAX, e;
    int q_noun;
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
    q_noun = !definite_plural(q, a);               /* بعض الخبراء: the quantifier's noun too */
    for (e = a + 1 + q_noun; e < c->i && e <= a + q_noun + PLURAL_ADJ &&
                             plural_adjective(q, e, q_noun);)
        e++;                                       /* الباحثون الأمريكيون */
    qt_speaker_words(q, sp, t[a].start, t[e - 1].end);
    sp->gender = 3;
    sp->with = NULL;                               /* no other party of the last speaker's */
    return 1;
}

int qt_things_subject(qctx *q, const qcue *c, size_t a, size_t b, speaker *sp)
{
    const rasd_token *t = &q->s->t[a];
    size_t n;
    if (c->part || c->gender != 2 || b != a + 1 || !ev_is_word(t) ||
        ev_aguard_is(q->s, c->i, 1, AG_SHOW_VERB, &n) ||
        t->norm_len < LETTERS(6) || !starts_with(t->norm, t->norm_len, U_ARTICLE) ||
        !ends_with(t->norm, t->norm_len, U_ALEF U_TEH) || qt_in_entity(q, a) ||
        qt_in_pair(q, a))
        return 0;
    qt_speaker_words(q, sp, t->start, t->end);
    sp->gender = 2;                                /* its verbs: وأضافت المنشورات */
    sp->with = NULL;
    return 1;
}
