/* speaker_noun.c — the speaker named inside a speech noun's complement (branch quotes25,
 * docs/EVENTS.md "Issue 16: a speaker inside a noun's complement"): a speech or text is
 * written as a noun with its owner after it (بدأ بكلمة مديرة النادي الأستاذة خيرية الحازمي
 * بدأتها بحمد الله …، وقالت:), and a reporting verb later in the sentence with no subject of
 * its own goes on with that owner, as it would after ألقت X كلمة. speakers.c asks here when
 * its rules named nobody (qt_noun_owner). */
#include "events/quotes.h"

#include <stdint.h>
#include <string.h>

enum {
    OWNER_WORDS = 4,    /* title words between the noun and its owner (مديرة النادي الأستاذة) */
};

/* Whether tokens [a, b) are words (not a reporting word) or commas: the titles between a
 * speech noun and its owner's name. */
static int title_words(const qctx *q, size_t a, size_t b)
{
    size_t n;
    for (size_t j = a; j < b; j++)
        if (!(ev_is_word(&q->s->t[j]) || qt_comma(q, j)) || qt_plain_cue(q, j, &n) ||
            qt_in_pair(q, j))
            return 0;
    return 1;
}

/* Whether someone other than en who can speak is named, outside quote marks, in tokens
 * [a, b) (مديرة النادي الأستاذة خيرية الحازمي: the title and the name are one). */
static int other_person(const qctx *q, const rasd_entity *en, size_t a, size_t b)
{
    for (size_t k = qt_ent_from(q, a); k < q->ne && q->en[k].tok_start < b; k++)
        if (strcmp(q->en[k].type, "PER") == 0 && !qt_in_pair(q, q->en[k].tok_start) &&
            qt_can_speak(q, &q->en[k]) && !(en->id && q->en[k].id && strcmp(en->id, q->en[k].id) == 0))
            return 1;
    return 0;
}

/* Whether cue c is followed by فيها/فيه/خلاله (data/quotes.tsv "honor" 2). */
int qt_in_which(const qctx *q, const qcue *c)
{
    size_t n;
    int v;
    return c->i + c->n < q->s->nt && ev_word_is(q->s, c->i + c->n, 0, EK_HONOR, &v, &n) &&
           v == HONOR_INWHICH;
}

/* Whether tokens [a, b) hold a reporting word (someone else's) or إن/أن (بمقالة X التي يدعي
 * فيها أن مسؤولا … يقول: a clause with a subject of its own). */
static int other_report(const qctx *q, size_t a, size_t b)
{
    size_t n;
    for (size_t j = a; j < b; j++)
        if (qt_plain_cue(q, j, &n) || ev_word_is(q->s, j, 1, EK_PART, NULL, &n) ||
            ev_word_is(q->s, j, 0, EK_THAT, NULL, &n))
            return 1;
    return 0;
}

/* The speech noun (data/events.tsv "speech" 1, outside names and quote marks) that person
 * mention k (from token s0 on) is the owner of: the last before it, with at most
 * OWNER_WORDS title words and no other mention between (*n its length); SIZE_MAX if none. */
static size_t noun_before(qctx *q, size_t k, size_t s0, size_t *n)
{
    const rasd_entity *en = &q->en[k];
    int v;
    if (strcmp(en->type, "PER") != 0)
        return SIZE_MAX;
    for (size_t j = en->tok_start; j-- > s0 && j + OWNER_WORDS + 1 >= en->tok_start;)
        if (ev_word_is(q->s, j, 1, EK_SPEECH, &v, n) && v == 1 && !qt_in_entity(q, j) &&
            !qt_in_pair(q, j) && qt_ent_from(q, j + *n) == k && title_words(q, j + *n, en->tok_start))
            return j;
    return SIZE_MAX;
}

/* The owner of the last speech noun (data/events.tsv "speech" 1) before cue c in its sentence:
 * the person right after it (past at most OWNER_WORDS title words), outside quote marks,
 * who can speak, with no reporting word and no other person between them and the cue;
 * sp that person. A singular cue only (a group's speech read by one is not theirs), with
 * و/ف or after a mark (no subject of its own before it). */
int qt_noun_owner(qctx *q, const qcue *c, speaker *sp)
{
    size_t s0 = qt_sent_start(q, c->i), n;
    int v;
    if (c->gender == 3 || c->i == 0 ||
        (!c->cut && ev_is_word(&q->s->t[c->i - 1]) &&
         !(ev_word_is(q->s, c->i - 1, 1, EK_SUBJECT, &v, &n) && n == 1)))
        return 0;             /* وقال، ، قالت فيه، حيث ذكر; not الجيل الحالي يقول (its subject) */
    for (size_t k = qt_ent_from(q, c->i); k-- > 0 && q->en[k].tok_start >= s0;) {
        const rasd_entity *en = &q->en[k];
        size_t j = noun_before(q, k, s0, &n);   /* by the persons: few lookups a cue */
        if (j == SIZE_MAX || en->tok_end > c->i || qt_in_pair(q, en->tok_start) ||
            !qt_can_speak(q, en) || qt_addressed(q, en->tok_start))
            continue;                         /* سياسة الخليج: no owner named; an earlier noun */
        /* a speech noun between: two speeches (ونختم بقول المستشرق … حيث قال), whose unknown */
        if (other_person(q, en, en->tok_end, c->i) || other_report(q, en->tok_end, c->i) ||
            ev_word_in(q->s, s0, j, 1, EK_SPEECH) ||
            (!c->cut && qt_comma(q, c->i - 1) && c->i - 1 != en->tok_end && !qt_in_which(q, c)))
            return 0;     /* ضمن عدة هاشتاقات، استنكرت: after a comma, only the owner's own
                             (لوري بلوتكين بوارتن، قالت فيه) or a verb "in it" */
        qt_speaker_is(sp, en, en->start, en->end);
        return 1;
    }
    return 0;
}
