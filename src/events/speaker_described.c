/* speaker_described.c — a quote's speaker given by its description, when the rules named nobody (issue
 * 16, branch desc56; docs/EVENTS.md "Issue 16: described persons and groups as quote
 * speakers"): a described person (محامي اعتبر أن، قيادي في الجمعية الشرعية) or a described
 * group (المسؤولين في الحكومة التركية أكدوا أن، لكن محليين قالوا إن، كلمة الأهالي … أعربوا
 * فيها). Its head is a word of data/events.tsv "group" of people (3), a quantifier (4) or a
 * person (6, a value only quotes read: شخص، محامي، هكر), or a source of data/quotes.tsv
 * (value 0: قيادي، مسؤول، مراقبون); its words run on as sources.c's qt_unnamed runs an unnamed
 * source's description on. Two places offer it:
 *   - before its verb (subject–verb order): at its sentence's start or after إن/أن, لكن …
 *     (qt_front_words, qt_after_that), or an indefinite head anywhere (a clause that
 *     describes it: من قبل هكر قال إنه), its words ending right before the verb;
 *   - with a speech noun (data/events.tsv "speech") before a verb followed by فيها/فيه: the
 *     description right after the noun (كلمة الأهالي، اتصالات هاتفية من مسؤولي دول شقيقة)
 *     or right before it after the sentence's first verb (ألقى قائد … كلمة).
 * Either way the verb agrees with the head in gender and number (a plural head: قالوا،
 * أكدوا; a head in ة: قالت; else قال). Assumes subject_of (speakers.c) found nobody: the hook
 * in qt_subject runs only on an empty speaker, after qt_noun_owner. */
#include "events/quotes.h"
#include "events/actors.h"
#include "events/letters.h"

#include <string.h>

enum {
    GROUP_PERSON = 6,          /* data/events.tsv "group" 6: a person by a common noun (quotes
                                  only: no kind's mask holds it, ev_group_mask) */
    SPEECH_REACH = 8,          /* tokens between a speech noun and its verb with فيها, at
                                  most (كلمة الأهالي وذوي شهداء الواجب، التي ألقاها عنهم
                                  عطية الزهراني، أعربوا فيها: 12 with the relative clause,
                                  which the description's comma ends) */
    NOUN_GAP = 2,              /* tokens between a speech noun and its owner's head: an
                                  adjective and من (اتصالات هاتفية من مسؤولي) */
};

/* The number of the head at token a, n tokens, as a verb agrees with it (quotes.tsv cue
 * values: 1 masculine, 2 feminine, 3 plural), 0 when it is no head; *kind the list it was
 * found in (EK_GROUP or EK_SOURCE). */
static int head_number(const qctx *q, size_t a, size_t *n, int *kind)
{
    const rasd_token *t = &q->s->t[a];
    int v;
    if (!ev_is_word(t))
        return 0;
    if (ev_word_is(q->s, a, 0, EK_GROUP, &v, n) &&
        (v == GROUP_PEOPLE || v == GROUP_SOME || v == GROUP_PERSON))
        *kind = EK_GROUP;
    else if (ev_word_is(q->s, a, 0, EK_SOURCE, &v, n) && v == SOURCE_UNNAMED)
        *kind = EK_SOURCE;
    else
        return 0;
    if (qt_in_entity(q, a) || qt_in_pair(q, a))
        return 0;
    if (*kind == EK_GROUP && v == GROUP_SOME)
        return 3;                                  /* بعض المواطنين */
    if (t->norm_len > LETTERS(3) &&
        (ends_with(t->norm, t->norm_len, U_WAW U_NOON) ||
         ends_with(t->norm, t->norm_len, U_YEH U_NOON)))
        return 3;                                  /* محللون، المسؤولين */
    if (ends_with(t->norm, t->norm_len, U_HEH))
        return 2;                                  /* مسؤولة، جماعة */
    if (*kind == EK_GROUP && v == GROUP_PEOPLE)
        return 3;                                  /* الأهالي، قادة */
    return 1;                                      /* قيادي، محامي */
}

/* Whether the verb of cue c agrees with a head of that number. */
static int agrees(const qcue *c, int number)
{
    return number && c->gender == number;
}

/* sp set to the description whose head is at token a when its words end right before token
 * e (the verb, or the speech noun) and hold no person the recogniser named. */
static int described_to(qctx *q, size_t a, size_t e, int kind, speaker *sp)
{
    speaker d = *sp;
    if (!qt_unnamed(q, a, e, &d, kind, 0) || d.end != q->s->t[e - 1].end)
        return 0;
    for (size_t k = qt_ent_from(q, a); k < q->ne && q->en[k].tok_start < e; k++)
        if (strcmp(q->en[k].type, "PER") == 0)
            return 0;                              /* a name there: the name rules' */
    *sp = d;
    return 1;
}

/* The described subject right before cue c's verb (قد or كان between allowed), from its
 * sentence's start at most DESCRIPTION tokens back. */
static int fronted(qctx *q, const qcue *c, size_t a, size_t b, speaker *sp)
{
    size_t s0, j = c->i, n, m;
    int kind, num;
    if (c->cut || c->part || !c->gender || j == 0)
        return 0;                                  /* وقال: a clause of its own */
    if (ev_word_is(q->s, j - 1, 0, EK_AUX, NULL, &n) && n == 1)
        j--;
    j = qt_past_copula(q, c, j);
    if (j == 0 || !ev_is_word(&q->s->t[j - 1]))
        return 0;
    for (size_t p = j; p-- > 0 && p + DESCRIPTION >= j;) {
        if (!(num = head_number(q, p, &m, &kind)))
            continue;                              /* the words first: few heads a cue */
        s0 = qt_sent_start(q, c->i);
        if (p < s0 || ev_word_is(q->s, j - 1, 0, EK_RELATIVE, NULL, &n) ||
            !(a == b || qt_in_which(q, c) || qt_no_subject(q, a, b) || qt_adjuncts_only(q, a, b)))
            return 0;                              /* التقرير السابق الذي أشار: a clause's;
                                                      a subject after the verb */
        if (!agrees(c, num))
            continue;
        for (size_t k = p + 1; k < j; k++)
            if (qt_plain_cue(q, k, &n) || ev_word_is(q->s, k, 1, EK_PART, NULL, &n))
                return 0;                          /* another verb's subject */
        if (!(qt_front_words(q, s0, p, 0) || qt_after_that(q, p, 1) ||
              !starts_with(q->s->t[p].norm, q->s->t[p].norm_len, U_ARTICLE)))
            continue;                              /* a definite head in mid-sentence: an
                                                      object (أبلغ المسؤولين … قالوا) */
        return described_to(q, p, j, kind, sp);
    }
    return 0;
}

/* Whether token a, right after a speech noun, is a definite plural noun in ون or ين that
 * cue c, plural, agrees with, the statement's words following it (a comma, a relative or c
 * itself next): a group no list names (كلمة الخريجين عبروا فيها). */
static int plural_owner(const qctx *q, const qcue *c, size_t a)
{
    const rasd_token *t = &q->s->t[a];
    size_t n;
    if (c->gender != 3 || qt_in_entity(q, a) || !ev_is_word(t) || t->norm_len <= LETTERS(5) ||
        !starts_with(t->norm, t->norm_len, U_ARTICLE) ||
        !(ends_with(t->norm, t->norm_len, U_WAW U_NOON) ||
          ends_with(t->norm, t->norm_len, U_YEH U_NOON)))
        return 0;
    return a + 1 == c->i || !ev_is_word(&q->s->t[a + 1]) ||
           ev_word_is(q->s, a + 1, 0, EK_RELATIVE, NULL, &n);
}

/* The described owner of the speech noun before cue c, which فيها/فيه follows. */
static int speech_owner(qctx *q, const qcue *c, speaker *sp)
{
    size_t s0 = qt_sent_start(q, c->i), n, m;
    int v, kind, num;
    if (!qt_in_which(q, c))
        return 0;
    for (size_t k = c->i; k-- > s0 && k + SPEECH_REACH + DESCRIPTION >= c->i;) {
        if (!ev_word_is(q->s, k, 0, EK_SPEECH, &v, &n))
            continue;
        for (size_t a = k + n; a < c->i && a <= k + n + NOUN_GAP; a++) {
            if ((num = head_number(q, a, &m, &kind)) != 0) {
                if (!agrees(c, num))
                    return 0;
                speaker d = *sp;
                size_t e = a;
                if (!qt_unnamed(q, a, c->i, &d, kind, 0))
                    return 0;
                while (e < c->i && q->s->t[e].end <= d.end)
                    e++;
                if (e < c->i && ev_is_word(&q->s->t[e]) &&
                    !ev_word_is(q->s, e, 0, EK_RELATIVE, &v, &n))
                    return 0;                      /* not …الواجب ألقاها نيابة: a verb */
                *sp = d;                           /* كلمة الأهالي وذوي شهداء الواجب، */
                return 1;
            }
            if (plural_owner(q, c, a)) {
                qt_speaker_words(q, sp, q->s->t[a].start, q->s->t[a].end);
                return 1;                          /* كلمة الخريجين عبروا فيها */
            }
            if (!ev_is_word(&q->s->t[a]) || qt_in_entity(q, a))
                break;
        }
        if (k > s0 + 1)
            for (size_t p = s0 + 1; p < k && p <= s0 + 2; p++)
                if ((num = head_number(q, p, &m, &kind)) != 0)
                    return agrees(c, num) && described_to(q, p, k, kind, sp);
        return 0;                                  /* ألقى قائد قوة الواجب كلمة */
    }
    return 0;
}

/* desc56's hook (speakers.c qt_subject): sp, empty, set to a described person or group that
 * cue c's sentence gives where the rules looked for a name, when the window [a, b) after the
 * cue holds no subject (nothing, adjuncts, dates: قالوا إن، اعلنت في ايار/مايو انها). */
int qt_desc_speaker(qctx *q, const qcue *c, size_t a, size_t b, speaker *sp)
{
    if (sp->name)
        return 0;
    return speech_owner(q, c, sp) || fronted(q, c, a, b, sp);
}
