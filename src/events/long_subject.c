/* long_subject.c — a host's or a meeting's subject named behind a title longer than the
 * subject reach (err65, docs/EVENTS.md "Stop 57: unseen33's errors, opened (branch err65)"):
 * «استقبل المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة والأعمال
 * الإنسانية، الدكتور عبدالله بن عبدالعزيز الربيعة، أمس، وفد …», «التقى ولي ولي العهد النائب
 * الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان …». ev_subject_after reads
 * LEAD_MAX words of titles; past them the first person named is the subject when:
 *   - a title opens the words after the verb (a lead word: المستشار، ولي، وزير),
 *   - no date, no في, no stop, no «كلا من» and no person stands before the name, and a comma
 *     only right before it or before the courtesy titles right before it (، الدكتور),
 *   - the name ends its phrase: a comma, a date, a place or the sentence's end after it, not
 *     و (a list of guests: «… الدكتور علي الغفيص ومستشار وزير الداخلية …» is the object),
 *   - and a word the verb can take follows (object_follows).
 * A date or في before the name says the subject ended there (استقبل أمير المنطقة في مكتبه
 * أمس مدير …): the name is the guest, as before. */
#include "events/actors.h"

enum { LONG_REACH = 24 };      /* tokens from the verb to the name, at most */

/* Whether token i is a courtesy title (data/events.tsv lead 1: الدكتور، الأمير، الشيخ). */
static int courtesy(sent_ctx *c, size_t i)
{
    int v;
    size_t n;
    return ev_word_is(c->s, i, 0, EK_LEAD, &v, &n) && n == 1 && v == 1;
}

/* Whether the words [end, k) may stand between the verb and the name at k. */
static int title_words(sent_ctx *c, size_t end, size_t k)
{
    size_t lead = k, n;
    while (lead > end && courtesy(c, lead - 1))
        lead--;                                 /* the courtesy titles right before the name */
    for (size_t i = end; i < k; i++) {
        if (ev_in_date(c, i) || word_value(c, i, EK_PLACE) == PLACE_IN ||
            (ev_comma(c, i) && i + 1 != lead && i + 1 != k) ||
            (c->s->t[i].kind == RASD_TOK_PUNCT && !ev_comma(c, i)))
            return 0;
        if (ev_aguard_at(c, i, 0, AG_GUESTS_OPEN, &n) && n == 1)
            return 0;                           /* كلا من …: the guests (aguard guests_open) */
    }
    return 1;
}

/* Whether the name e ends its phrase: a comma, a date, a place or the end after it. */
static int name_ends(sent_ctx *c, const rasd_entity *e)
{
    size_t k = e->tok_end;
    return k >= c->t1 || ev_comma(c, k) || ev_in_date(c, k) || ev_punct(c->s, k, ".") ||
           word_value(c, k, EK_PLACE) == PLACE_IN || ev_clitic(c, k) == CL_BI;
}

/* Whether something the verb can take follows the name e past commas, dates and a place
 * (في مكتبه، بمقر الوزارة): a word without و or ف (not «…، وجرى خلال الاستقبال»: the name is
 * the guest of a subject said before, «كما استقبل رئيس مدينة … الدكتور هاشم يماني، وجرى»). */
static int object_follows(sent_ctx *c, const rasd_entity *e)
{
    size_t k = e->tok_end, lim = k + OBJECT_REACH < c->t1 ? k + OBJECT_REACH : c->t1;
    while (k < lim && (ev_comma(c, k) || ev_in_date(c, k) ||
                       word_value(c, k, EK_PLACE) == PLACE_IN || ev_clitic(c, k) == CL_BI))
        k += word_value(c, k, EK_PLACE) == PLACE_IN ? 2 : 1;
    return k < lim && c->s->t[k].kind != RASD_TOK_PUNCT && ev_clitic(c, k) != CL_WA &&
           ev_clitic(c, k) != CL_FA;
}

const rasd_entity *ev_long_subject(sent_ctx *c, const kind_info *ki, size_t end)
{
    size_t lim = end + LONG_REACH < c->t1 ? end + LONG_REACH : c->t1;
    if ((ki->kind != EK_HOST && ki->kind != EK_MEET) || end >= c->t1 ||
        !word_kind(c, end, 0, EK_LEAD))
        return NULL;
    for (size_t q = 0; q < c->ne; q++) {
        const rasd_entity *e = &c->en[q];
        if (e->tok_start < end || e->tok_start >= lim || strcmp(e->type, "PER") != 0 ||
            e->via)
            continue;                           /* a title's holder: the name after it */
        if (!e->id || !title_words(c, end, e->tok_start) || !name_ends(c, e) ||
            ev_name_clitic(c, e) || !object_follows(c, e))
            return NULL;                        /* the first person named decides */
        return e;
    }
    return NULL;
}
