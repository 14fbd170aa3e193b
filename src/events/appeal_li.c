/* appeal_li.c — what a verb of appeal asks for, told with ل on a definite verbal noun after
 * the one appealed to (branch quotes35, docs/EVENTS.md "Issue 16: a described object and
 * unseen17's misses"): ودعا رئيس البرلمان العربي كافة أبناء الأمة العربية للحذو حذو المصريين؛
 * وناشد جميع أبناء الأمة في مختلف مواقعهم للوقوف صفا واحدا؛ ويحض الجميع للتعاون مع كل
 * الجهات. The request opens the verb's complement, as إلى does after دعا (ودعا المواطنين إلى
 * الإبلاغ: quotes20). Only for a verb of data/quotes.tsv "own" 3 (دعا، ناشد، حض، حث; not طالب,
 * also the noun "student": وطالب الجامعة للعلوم), not a participle, and only at a word with
 * لل (ل on a definite noun: للوقوف، للتعاون) after at least one word of the addressee, within
 * LI_GAP tokens, with a speaker found who is no unnamed source or body, only words between
 * (no comma, date, relative pronoun, word with ب (الحكومة بالعمل الجاد للبدء: the request is
 * بالعمل), title word (data/events.tsv "lead": الصالح المدير
 * العام للتعليم بالإنابة الجميع على، الناطق الرسمي للمقاومة: the subject's apposition),
 * preposition of a complement, أن or reporting word), and no comma then such a preposition
 * within LI_AFTER tokens after it. quotes.c comp_start and speakers.c appeal_addressee ask
 * here. */
#include "events/quotes.h"
#include "events/letters.h"

#include <string.h>

enum {
    LI_GAP = 9,                /* tokens from the addressee's first word to the ل word, at most
                                  (كافة أبناء الأمة العربية للحذو: 4; جميع أبناء الأمة في مختلف
                                  مواقعهم للوقوف: 6) */
    LI_AFTER = 10,             /* tokens after the ل word where a comma and a preposition of a
                                  complement make it a title's (للقبول والتسجيل، الدكتور لبنى
                                  العسوم، الطالبات المقبولات الى: 8) */
    OWN_APPEAL_LI = 3,         /* data/quotes.tsv "own" 3: a verb of appeal with ل */
    SET_OFF_TITLES = 3         /* title words between the comma that opens a name set off by
                                  commas and the name (، العقيد معلا …: 1) */
};

int qt_li_word(const qctx *q, size_t k)
{
    const rasd_token *t = &q->s->t[k];
    return ev_is_word(t) && t->norm_len >= LETTERS(5) && letter_is(t->norm, U_LAM) &&
           letter_is(t->norm + LETTERS(1), U_LAM) && !qt_in_entity(q, k) && !qt_in_date(q, k);
}

/* Whether a comma and then a preposition of a complement (إلى، على …) stand within LI_AFTER
 * tokens after k, before end: the ل word was a title's, whose name follows the comma
 * (وكيل عمادة الدراسات الجامعية للقبول والتسجيل، الدكتور لبنى العسوم، الطالبات المقبولات الى). */
static int title_after(const qctx *q, size_t k, size_t end)
{
    size_t n;
    int comma = 0;
    for (size_t i = k + 1; i < end && i <= k + LI_AFTER; i++) {
        comma = comma || qt_comma(q, i);
        if (comma && ev_word_is(q->s, i, 0, EK_CPREP, NULL, &n) && !qt_in_entity(q, i))
            return 1;
    }
    return 0;
}

/* Whether token k is a request with ب or ل on a verbal noun (qaddr58): ب on a noun of
 * data/quotes.tsv "cnoun" 0 (بضرورة، بعدم), or ب/ل, with or without ال, on a noun of the
 * تفعيل/تفاعل/تفعّل patterns, which start with ت (بالتوقف، بتقديم، لتعزيز); five letters or
 * more, no name or date. */
static int bl_request(const qctx *q, size_t k)
{
    const rasd_token *t = &q->s->t[k];
    size_t n, at = LETTERS(1);
    int v;
    if (!ev_is_word(t) || t->norm_len < LETTERS(5) || qt_in_entity(q, k) || qt_in_date(q, k) ||
        !(letter_is(t->norm, U_BEH) || letter_is(t->norm, U_LAM)))
        return 0;
    if (letter_is(t->norm, U_BEH) && ev_word_is(q->s, k, 1, EK_CNOUN, &v, &n) &&
        q->s->cut == 1 && v == 0)
        return 1;                                    /* دعا المتنزهين … بضرورة اتباع */
    if (starts_with(t->norm + at, t->norm_len - at, U_ARTICLE))
        at += LETTERS(2);
    return t->norm_len >= at + LETTERS(4) && letter_is(t->norm + at, U_TEH);
}

/* The token after the comma that closes a named subject set off by commas, when j is that
 * comma (ودعا الناطق الإعلامي لجوازات المنطقة الشرقية، العقيد معلا بن مرزوق العتيبي، المسافرين
 * للتأكد: frame67's rule 1), else j: a comma stands before the name too, with at most
 * SET_OFF_TITLES words between, none with ب (برئاسة X: a chairman inside the subject's
 * description, not the subject). */
static size_t past_set_off(const qctx *q, const qcue *c, const speaker *sp, size_t j)
{
    size_t k = c->i + c->n, w = 0;
    if (j + 1 >= qt_send(q, c->i) || !qt_comma(q, j) || sp->start <= q->s->t[c->i].start)
        return j;
    while (k < j && q->s->t[k].end <= sp->start)
        k++;                           /* k: the name's first token */
    while (k > c->i + c->n && w <= SET_OFF_TITLES && ev_is_word(&q->s->t[k - 1])) {
        if (letter_is(q->s->t[k - 1].norm, U_BEH))
            return j;                  /* مجلس إدارة نادي الزمالك، برئاسة مرتضى منصور، الجماهير:
                                          the chairman inside the board's description */
        k--, w++;
    }
    return k > c->i + c->n && w <= SET_OFF_TITLES && qt_comma(q, k - 1) ? j + 1 : j;
}

size_t qt_appeal_li(const qctx *q, const qcue *c, const speaker *sp, size_t j)
{
    size_t n, end = qt_send(q, c->i);
    int v;
    if (c->part || !sp->name || sp->desc || !ev_word_is(q->s, c->i, 1, EK_OWN, &v, &n) ||
        v != OWN_APPEAL_LI)
        return 0;                      /* إنْ دعا يا وطني داعي الفدى … دُمتَ للأحباب: a verse, no
                                          one; وحثت اللجنة كافة المواطنين بالمشاركة …: an unnamed
                                          body's description may run over its addressee */
    j = past_set_off(q, c, sp, j);
    for (size_t k = j; k < end && k <= j + LI_GAP; k++) {
        if (k > j && (qt_li_word(q, k) || bl_request(q, k)))
            return title_after(q, k, end) ? 0 : k;    /* وناشد جميع أبناء الأمة … للوقوف */
        if (!ev_is_word(&q->s->t[k]) || qt_in_date(q, k) || qt_plain_cue(q, k, &n) ||
            ev_word_is(q->s, k, 0, EK_RELATIVE, NULL, &n) || ev_word_is(q->s, k, 0, EK_LEAD, NULL, &n) ||
            (letter_is(q->s->t[k].norm, U_BEH) && q->s->t[k].norm_len > LETTERS(3) &&
             !qt_in_entity(q, k)) ||
            ev_word_is(q->s, k, 1, EK_PART, NULL, &n) || ev_word_is(q->s, k, 0, EK_THAT, NULL, &n) ||
            (ev_word_is(q->s, k, 0, EK_CPREP, NULL, &n) && !qt_in_entity(q, k)))
            return 0;                  /* ودعا … إلى: the preposition's rule; a comma: none */
    }
    return 0;
}
