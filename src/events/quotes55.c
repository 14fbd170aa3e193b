/* quotes55.c — a statement told inside a speech or text by a verb the cue lists do not
 * take there (issue 16, quotes55, stop 47; docs/EVENTS.md "Issue 16: unseen23's quotes and
 * speakers over every part").
 *
 * A speech, letter, statement or tweet whose content a verb right before فيها/فيه/خلاله
 * tells (ألقى X كلمة شكر فيها الحضور على …؛ أصدر بيانا شرح فيه أسباب …؛ بشكوى … يطالب فيها
 * بفتح تحقيق؛ مشاركة شعرية … نوهوا فيها بجهود …): the words after فيها are the statement, its
 * speaker the speech's giver (speech.c qt_inwhich, as for أكد فيها أن). Before, only a
 * that-word, a colon, a mark or a listed complement after فيها opened content, so these
 * verbs (the verbs of thanks, urging, demand, praise and pledge, and listed cues whose
 * complement is a bare noun or ب on a noun no list names) gave nothing: 16 missed quotes over
 * 11 read parts (bench/quotes55/classes.tsv, class W).
 *
 * The verbs that report only there (data/quotes.tsv "aguard inwhich55", also cues with
 * NAMED): شكر، حث، طالب، أشاد، تعهد … are not statements elsewhere (شكر الحضور, a deed;
 * طالب, a student). The hook assumes statement()'s order in quotes.c as it stands: comp_now
 * first (أعرب فيها عن keeps its complement), this next; a that-word, colon or mark after
 * فيها is content_start's, not this. The statement sets no speaker going on (quotes.c skips
 * spoke() for it): the participles and bare verbs after it keep the speaker they had before
 * (a second fresh draw gave 4 wrong continuations: بعدها قام محافظ جدة … حيث أعرب after the
 * speech of one who thanked him; ثم كلمة لصاحب الجائزة … رحب فيها …، مشيرا after a student's). */
#include "events/quotes.h"
#include "events/aguard.h"

/* Whether token j is فيها/فيه/خلاله (data/quotes.tsv "honor" 2). */
static int in_which55(const qctx *q, size_t j)
{
    size_t n;
    int v;
    return j < q->s->nt && ev_word_is(q->s, j, 0, EK_HONOR, &v, &n) && n == 1 &&
           v == HONOR_INWHICH;
}

/* Limits, in tokens, of the speech's giver qt_inwhich names for such a verb: it ends at most
 * GIVER_GAP tokens before the verb (وألقى السفير عمرو رمضان كلمة في بداية الحفل شكر فيها: 6;
 * كتب الزميل عبد الله الزهراني رئيس تحرير «مكة» الإلكترونية مقالا يطالب فيه: 7); farther, another
 * speech's giver stands between (ألقى … محمد العقيل كلمة … ثم ألقى رئيس مجلس إدارة المكتب
 * بكلمة شكر خلالها: 35). And no إلى within TO_GAP tokens before it: whom a letter went to
 * (رسالة من العمير إلى نظيره السعودي علي النعيمي، … ويطالب فيه). */
enum { GIVER_GAP = 10, TO_GAP = 3 };

/* The token that starts at byte b, at or before token i (i when none). */
static size_t token_at(const qctx *q, uint32_t b, size_t i)
{
    for (size_t k = i + 1; k-- > 0;)
        if (q->s->t[k].start <= b)
            return k;
    return i;
}

/* Whether the giver sp of cue c's speech lies close before it, and no إلى before it (what
 * lies between: GIVER_GAP, TO_GAP above). */
static int giver_near(const qctx *q, const qcue *c, const speaker *sp)
{
    size_t a, e, n;
    int v;
    if (!sp->name || sp->end > q->s->t[c->i].start)
        return 0;
    a = token_at(q, sp->start, c->i);
    e = token_at(q, sp->end - 1, c->i) + 1;
    if (e + GIVER_GAP < c->i)
        return 0;
    for (size_t k = a; k-- > 0 && k + TO_GAP >= a && ev_is_word(&q->s->t[k]);)
        if (ev_word_is(q->s, k, 0, EK_CPREP, &v, &n) && n == 1 && (v & COMP_ILA))
            return 0;
    return 1;
}

/* Where the statement of cue c right before فيها/فيه/خلاله starts when a word opens it (شكر
 * فيها الحضور، يطالب فيه بعمل شعار): the token after فيها, when the speech's giver is near
 * (giver_near); 0 when a that-word, colon, mark or punctuation follows (content_start's: أكد
 * فيها أن، قال فيها: «…») or the sentence ends there. */
size_t qt_inwhich55_now(qctx *q, const qcue *c)
{
    size_t j = c->i + c->n, n;
    speaker sp;
    if (c->part || !in_which55(q, j) || j + 1 >= qt_send(q, c->i) ||
        !ev_aguard_is(q->s, c->i, 1, AG_INWHICH55, &n) || n != c->n)
        return 0;             /* only the verbs of inwhich55: a listed cue's own complement
                                 after فيها stays as content_start finds it (a first try
                                 that opened it for every cue moved 65 fresh rows) */
    j++;
    if (!ev_is_word(&q->s->t[j]) || ev_word_is(q->s, j, 0, EK_THAT, NULL, &n) || qt_mark(q, j))
        return 0;
    sp = qt_inwhich(q, c);
    return giver_near(q, c, &sp) ? j : 0;
}

/* Whether cue c is a verb that reports only right before فيها/فيه/خلاله (aguard inwhich55)
 * and does not stand there with a word after it and its giver near: no statement (شكر
 * الحضور، طالب في الجامعة; ألقى X كلمة … ثم ألقى رئيس المكتب بكلمة شكر خلالها). */
int qt_inwhich55_off(qctx *q, const qcue *c)
{
    size_t n;
    return !c->part && ev_aguard_is(q->s, c->i, 1, AG_INWHICH55, &n) && n == c->n &&
           !qt_inwhich55_now(q, c);
}
