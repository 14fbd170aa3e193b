/* chaired_subject.c — a body named with its chair as a cue's subject (branch rep72, stop 60,
 * bench/rep72/rule_1.md): أعلنت إدارة نادي الاتحاد برئاسة إبراهيم البلوي التوقيع مع …،
 * أعلن مجلس إدارة النادي الأهلي، برئاسة محمود طاهر، عن تعاقده. The name after برئاسة
 * (data/events.tsv "aguard chaired") is the chair of the body before it, not its voice:
 * speakers.c passes over it, and the complement opens after it (quotes.c after_subject). */
#include "events/quotes.h"

int qt_chaired_by(const qctx *q, const rasd_entity *en, size_t a)
{
    size_t n;
    return en->tok_start > a + 1 && ev_aguard_is(q->s, en->tok_start - 1, 0, AG_CHAIRED, &n);
}

size_t qt_past_chair(const qctx *q, size_t j, size_t end)
{
    size_t k = j, n, e;
    while (k < end && qt_comma(q, k))
        k++;
    if (k + 1 >= end || !ev_aguard_is(q->s, k, 0, AG_CHAIRED, &n))
        return j;
    e = qt_ent_from(q, k + 1);
    if (e >= q->ne || q->en[e].tok_start != k + 1 || q->en[e].tok_end > end)
        return j;
    return q->en[e].tok_end;
}
