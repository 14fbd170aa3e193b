/* relative_comp.c — a relative clause's cue whose content is a nominal complement (branch
 * frame67, stop 57; bench/frame67/rules.md rule 3): بلاتر الذي ينفي ارتكاب أي خطأ، جوزيف بلاتر
 * الذي أعلن نيته بالاستقالة، ريفلين الذي ندد بـ"الإرهاب اليهودي". After الذي/التي the cue has
 * no subject of its own: its owner, the person or organisation right before the relative
 * (qt_relative_owner, as for الذي قال إن), is. The complement that a subject's end opens
 * (own_noun.c, act_noun.c, a noun of "cnoun", ب on one) is looked for from the token after the
 * cue, as after a subject (qt_comp_start), and taken only where it opens right after the cue
 * or after words that name no subject (a date, a time word: qt_no_subject); not for a
 * participle, nor a plural or dual cue (أندي بيرنهام وإيفيت كوبر، اللذان أعلنا نفسيهما من
 * المنافسين: a claim of standing, and two owners that qt_relative_owner would give one of),
 * nor when إن/أن, a colon or a preposition right after the cue opens the content (the
 * callers' other frames), nor when words of "source" 7 (بحسب ما، وفقا لما) follow it in
 * its sentence: the whole sentence is another's report, whose quote the relative's would
 * hide (… خلفا لبلاتر الذي أعلن نيته بالاستقالة …، بحسب ما ذكرت صحيفة «النهار»: fresh seed
 * 67301). quotes.c statement() asks here. */
#include "events/quotes.h"

/* Whether words of "source" 7 (according to) stand in tokens [a, end). */
static int according_after(const qctx *q, size_t a, size_t end)
{
    size_t n;
    int v;
    for (size_t p = a; p < end; p++)
        if (ev_word_is(q->s, p, 1, EK_SOURCE, &v, &n) && v == SOURCE_ACCORDING)
            return 1;
    return 0;
}

size_t qt_relative_comp(qctx *q, const qcue *c)
{
    speaker sp = {NULL, NULL, 0, 0, 0, c->gender, NULL};
    size_t j = c->i + c->n, end = qt_send(q, c->i), k;
    if (c->part || c->cut || c->gender == 3 || j >= end || according_after(q, j, end) ||
        !qt_relative_owner(q, c, &sp))
        return 0;
    k = qt_comp_start(q, c, &sp);
    return k < end && (k == j || qt_no_subject(q, j, k)) ? k : 0;
}
