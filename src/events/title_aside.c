/* title_aside.c — a title whose holder's name is set off by commas or dashes, with a
 * circumstance between the name and the statement (issue 16, attr56, stop 48).
 *
 * apposed_name.c and apposed_far.c give a description after its verb the name that closes
 * the subject right before the statement (nothing but marks and أن/إن after the name). The
 * name set off by commas or dashes is often followed by where or to whom it was said before
 * the statement: قالت مسؤولة السياسة الخارجية في الاتحاد الأوروبي، فيدريكا موجيريني، في اجتماع
 * مغلق مع واضعي السياسة في الاتحاد، إنه …؛ وأوضح المشرف على قاعة …، يوسف الدهمشي، لـ "سبق"
 * أنه …. The title alone then spoke, its holder lost.
 *
 * Here, after both left the description nameless: the one person named after the
 * description (qt_apposed_person's guards: a name mention that can speak, the description no
 * plural, body or document), right after a comma or a dash and right before one; at most
 * ASIDE_WORDS words between the description and the name; then a tail of at most TAIL_WORDS
 * words up to the statement naming nobody, none of which reports or opens a statement (أن)
 * but its last; the aside's words end no description (data/quotes.tsv "stop"). The name follows a
 * mark (apposition) and is not in brackets. Assumes it runs after qt_apposed_far in
 * qt_subject (speakers.c), on the same window [a, b). */
#include "events/quotes.h"

#include <string.h>

enum {
    ASIDE_WORDS = 6,   /* words between the title and the comma before the name, at most
                          (، الواقعة شمال محافظة لحج،: 4) */
    TAIL_WORDS = 10    /* words of the circumstance after the name, at most (في اجتماع مغلق مع
                          واضعي السياسة في الاتحاد: 7) */
};

/* Whether token j is a comma or a dash. */
static int set_off(const qctx *q, size_t j)
{
    return j < q->s->nt && (qt_comma(q, j) || (q->s->t[j].kind == RASD_TOK_PUNCT &&
                                              ev_dash(q->doc, &q->s->t[j])));
}

/* Whether the words of tokens [a, b) are at most max, none reporting, opening a statement or
 * naming a person, and, with stop, none ending a description (data/quotes.tsv "stop":
 * لوكالة، خلال: the tail's words, not the aside's). */
static int plain_words(qctx *q, size_t a, size_t b, size_t max, int stop)
{
    size_t words = 0, n;
    for (size_t j = a; j < b; j++) {
        const rasd_entity *en;
        if (!ev_is_word(&q->s->t[j]))
            continue;
        if (++words > max || ev_word_is(q->s, j, 1, EK_CUE, NULL, &n) ||
            ev_word_is(q->s, j, 1, EK_PART, NULL, &n) || ev_word_is(q->s, j, 0, EK_THAT, NULL, &n) ||
            (stop && ev_word_is(q->s, j, 1, EK_STOP, NULL, &n)) ||
            ((en = qt_entity_at(q, j)) != NULL && strcmp(en->type, "PER") == 0))
            return 0;
    }
    return 1;
}

/* The first person mention that starts in tokens [a, b), or NULL. */
static const rasd_entity *first_person(const qctx *q, size_t a, size_t b)
{
    for (size_t k = qt_ent_from(q, a); k < q->ne && q->en[k].tok_start < b; k++)
        if (q->en[k].tok_start >= a && strcmp(q->en[k].type, "PER") == 0)
            return &q->en[k];
    return NULL;
}

void qt_title_aside(qctx *q, speaker *sp, size_t a, size_t b)
{
    const rasd_token *t = q->s->t;
    const rasd_entity *per;
    size_t d, last, e, tail, n;
    if (!sp->name || sp->id || a >= b || b > q->s->nt || sp->end > t[b - 1].end)
        return;
    for (last = a; last < b && t[last].end <= sp->end; last++)
        ;                                      /* the first token after the description */
    if ((per = first_person(q, last, b)) == NULL || per->tok_start == 0 ||
        !set_off(q, per->tok_start - 1) || !set_off(q, per->tok_end))
        return;                                /* ، NAME، or – NAME –: set off */
    e = per->tok_end;
    if (qt_apposed_person(q, sp, a, e, &d, &last) != per || !qt_apposition(q, d, per->tok_start) ||
        qt_bracketed(q, per->tok_start, per->tok_end) ||
        !plain_words(q, last, per->tok_start, ASIDE_WORDS, 1))
        return;
    for (tail = b; tail > e + 1 && !ev_is_word(&t[tail - 1]); tail--)
        ;                                      /* the marks before the statement */
    if (tail > e + 1 && ev_word_is(q->s, tail - 1, 0, EK_THAT, NULL, &n))
        tail--;                                /* its أن/إن */
    if (!plain_words(q, e + 1, tail, TAIL_WORDS, 0))
        return;
    qt_speaker_is(sp, per, per->start, per->end);
    QT_HOW(q, "title_aside");
}
