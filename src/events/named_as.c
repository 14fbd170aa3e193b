/* named_as.c — a described speaker named by يدعى (issue 16, quotes32, stop 39).
 *
 * Wire copy introduces a witness or a bystander by a description and then the name they go
 * by: وقال أحد السكان، ويدعى آبا أباجانا، إن …؛ وقالت عارضة أزياء تُدعى انداه كيرانا «…»؛ وقال
 * شاهد عيان يدعى أحمد اكاي لرويترز إن …. The subject rules keep the description (أحد السكان)
 * or run it on into the verb (المواطنة وتدعى). When يدعى or تدعى (data/quotes.tsv "called")
 * stands between the cue and the statement, after the description, the words it names are
 * the speaker: the person the recogniser found right after it (whole: not فاليري taken for
 * ف + اليري), else its words up to a mark, a preposition or four words. Only for a speaker with no name of the recogniser (a
 * description, or none); not after عن (وقال الدفاع عن أحد المتهمين، ويدعى خالد: the accused
 * is named, not the speaker) unless the verb's speaker follows عن (ونقلت الصحيفة عن المصور
 * ويدعى …), nor once the statement's إن/أن has come. */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

enum { CALLED_WORDS = 4 };     /* words of a name after يدعى, at most (آبا أباجانا: 2; ماخان لا
                                  ساها: 3) */

/* Whether token i is عن (with no proclitic). */
static int an(const qctx *q, size_t i)
{
    size_t n;
    int v;
    (void)v;
    return ev_word_is(q->s, i, 0, EK_PREP, &v, &n) && n == 1 &&
           q->s->t[i].norm_len == LETTERS(2) && letter_is(q->s->t[i].norm, U_AIN) &&
           letter_is(q->s->t[i].norm + LETTERS(1), U_NOON);
}

/* The token of يدعى between the cue (tokens [c, c + nc)) and the statement at byte start, or
 * 0 for none. */
static size_t called_at(qctx *q, size_t c, size_t nc, uint32_t start, int via)
{
    size_t n, vias = via ? 1 : 0;
    for (size_t i = c + nc; i < q->s->nt && i < c + nc + WINDOW && q->s->t[i].end <= start;
         i++) {
        if (!ev_is_word(&q->s->t[i]))
            continue;
        if (ev_word_is(q->s, i, 0, EK_THAT, NULL, &n))
            return 0;                          /* the statement has begun */
        if (an(q, i) && !(vias && vias--))
            return 0;                          /* the name is عن's, not the speaker's */
        if (ev_word_is(q->s, i, 1, EK_CALLED, NULL, &n) && n == 1)
            return i > c + nc ? i : 0;         /* a description before it */
    }
    return 0;
}

/* The end (token) of the name's words from token a before byte start: words no list names. */
static size_t name_end(qctx *q, size_t a, uint32_t start)
{
    size_t e = a, n;
    while (e < q->s->nt && e < a + CALLED_WORDS && q->s->t[e].end <= start &&
           ev_is_word(&q->s->t[e]) && !ev_word_is(q->s, e, 1, EK_PREP, NULL, &n) &&
           !ev_word_is(q->s, e, 0, EK_THAT, NULL, &n) && !ev_word_is(q->s, e, 1, EK_STOP, NULL, &n) &&
           !ev_word_is(q->s, e, 1, EK_CUE, NULL, &n) && !ev_word_is(q->s, e, 0, EK_RELATIVE, NULL, &n) &&
           !(e > a && letter_is(q->s->t[e].norm, U_WAW)))
        e++;
    return e;
}

/* A speaker sp with no name of the recogniser, of the cue at tokens [cue, cue + ncue) and the
 * statement at byte start: the one يدعى names between them, if any. */
void qt_named_as(qctx *q, speaker *sp, size_t cue, size_t ncue, uint32_t start)
{
    size_t i, a, e, k, n;
    int v = 0;
    if (sp->id)
        return;
    ev_word_is(q->s, cue, 1, EK_CUE, &v, &n);
    i = called_at(q, cue, ncue, start, (v & VIA) != 0);
    if (i == 0)
        return;
    a = i + 1;
    if (a < q->s->nt && !ev_is_word(&q->s->t[a]) && q->s->t[a].end <= start)
        a++;                                   /* a quote mark: ويدعى "بدر الحربي" */
    if (a >= q->s->nt || q->s->t[a].end > start)
        return;
    k = qt_ent_from(q, a);
    if (k < q->ne && q->en[k].tok_start == a && strcmp(q->en[k].type, "PER") == 0 &&
        q->en[k].end <= start && q->en[k].name &&
        strncmp(q->en[k].name, q->doc->text + q->s->t[a].start, 2) == 0) {
        qt_speaker_is(sp, &q->en[k], q->en[k].start, q->en[k].end);
        return;
    }
    e = name_end(q, a, start);
    if (e > a)
        qt_speaker_words(q, sp, q->s->t[a].start, q->s->t[e - 1].end);
}
