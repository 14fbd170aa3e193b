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

/* Whether token t may be يدعى or تدعى (with و): four or five letters ending in ي (ى folded), a
 * test of bytes before any lookup (most quotes have none). */
static int maybe_called(const rasd_token *t)
{
    return (t->norm_len == LETTERS(4) || t->norm_len == LETTERS(5)) &&
           letter_is(t->norm + t->norm_len - LETTERS(1), U_YEH);
}

/* The token of يدعى between the cue (tokens [c, c + nc)) and the statement at byte start, or
 * 0 for none. */
static size_t called_at(qctx *q, size_t c, size_t nc, uint32_t start)
{
    size_t n, vias, i, at = 0;
    int v = 0;
    for (i = c + nc; i < q->s->nt && i < c + nc + WINDOW && q->s->t[i].end <= start; i++)
        if (maybe_called(&q->s->t[i]) && ev_word_is(q->s, i, 1, EK_CALLED, NULL, &n) && n == 1) {
            at = i;
            break;
        }
    if (at <= c + nc)
        return 0;                              /* none, or no description before it */
    ev_word_is(q->s, c, 1, EK_CUE, &v, &n);
    vias = (v & VIA) != 0;                     /* ونقلت الصحيفة عن: the speaker's عن */
    for (i = c + nc; i < at; i++) {
        if (!ev_is_word(&q->s->t[i]))
            continue;
        if (ev_word_is(q->s, i, 0, EK_THAT, NULL, &n))
            return 0;                          /* the statement has begun */
        if (an(q, i) && !(vias && vias--))
            return 0;                          /* the name is عن's, not the speaker's */
    }
    return at;
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
    size_t i, a, e, k;
    if (sp->id)
        return;
    i = called_at(q, cue, ncue, start);
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
