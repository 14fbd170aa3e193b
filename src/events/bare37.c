/* bare37.c — a statement right after a participle of saying with no connective, colon or
 * quote mark (issue 16, quotes37, class M of docs/EVENTS.md "Issue 16: unseen18's quote
 * errors"): واستدرك قائلاً ولكن لدينا ولله الحمد سفرة إفطار جماعية …؛ وأضاف قائلا لا نلعب على
 * نتائج المباريات …. The guideline labels such a statement a reported quote to its clause's
 * end. The participles are data/quotes.tsv "aguard bare_say"; the words with ل، ب or و that
 * may open the statement, "aguard bare_open". */
#include "events/quotes.h"
#include "events/aguard.h"
#include "events/letters.h"


/* Whether word j may open a bare statement: no preposition, stop word, connective or other
 * reporting word (قائلا للصحفيين، قائلا خلال، قائلا إن: the usual paths), and no word with a
 * proclitic ل، ب or و (قائلا لوكالة، قائلا بكل تواضع:، قائلا وهو ينصرف:) unless bare_open
 * names it (لا، لكن، ولكن، لقد). */
static int opens(qctx *q, size_t j)
{
    const rasd_token *t = &q->s->t[j];
    size_t n;
    if (!ev_is_word(t) || t->kind != RASD_TOK_ARABIC)
        return 0;
    if (ev_aguard_is(q->s, j, 0, AG_BARE_OPEN, &n))
        return 1;
    if (ev_word_is(q->s, j, 0, EK_PREP, NULL, &n) || ev_word_is(q->s, j, 1, EK_STOP, NULL, &n) ||
        ev_word_is(q->s, j, 0, EK_THAT, NULL, &n) || ev_word_is(q->s, j, 0, EK_GOVERN, NULL, &n) ||
        ev_word_is(q->s, j, 1, EK_PART, NULL, &n) || qt_plain_cue(q, j, &n))
        return 0;
    return !(letter_is(t->norm, U_LAM) || letter_is(t->norm, U_BEH) || letter_is(t->norm, U_WAW));
}

/* Whether the speaker of cue c was named by a reporting verb of its own sentence (استدرك
 * قائلاً after اعتبر حسين عبدالغني أن …، أحمد إسلام أكد على أهمية …، قائلاً لا نلعب): the
 * statement goes on with theirs. Else a bare statement is a story's or a poem's line as often
 * as a speaker's, or the one it carries is another (فنطق دون شعور قائلا يا ساتر …: the poet,
 * not the last person named; فيلقمهم العوني أحجاراً … قائلاً: not the poet named before). */
static int named_here(const qctx *q, const qcue *c)
{
    return q->last_sent == qt_send(q, c->i) && q->last.name;
}

size_t qt_bare_start(qctx *q, const qcue *c, size_t at, size_t *that)
{
    size_t i = c->i + c->n, j = i, n;
    if (!ev_aguard_is(q->s, i - 1, 1, AG_BARE_SAY, &n) || i >= qt_send(q, c->i))
        return at;
    if (c->i > 0 && ev_word_is(q->s, c->i - 1, 0, EK_PREP, NULL, &n))
        return at;                   /* في قائلة صيف: the noun, midday heat */
    if (qt_comma(q, j))
        j++;                         /* استدرك قائلاً، لكن …: the comma is no connective */
    if (j + 1 >= at || j >= qt_send(q, c->i) || !opens(q, j) || !named_here(q, c))
        return at;                   /* قائلا إن، قائلا: «…»، قائلا فيها: the usual paths */
    *that = 0;
    return i;                        /* قائلا لا اعتقد أنه …: the clause from its first word, not
                                        from a connective later in it */
}
