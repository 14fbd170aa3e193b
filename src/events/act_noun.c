/* act_noun.c — an announced or expected act as a reporting verb's nominal object (branch
 * quotes27, docs/EVENTS.md "Issue 16: acts announced, expected or denied"): أعلن الاتحاد
 * الكويتي تأجيل …، توقعت مصادر «عكاظ» تأجيل …، أعلنت السلطات التونسية حالة الطوارئ. The
 * verbal nouns of data/quotes.tsv "cnoun" 2 open the complement only where the subject
 * ends, or after a comma, a mark, a date, a time word or a name that ends the subject's
 * description (أعلن الاتحاد الروسي لكرة القدم، تعيين؛ أعلن نادي آرسنال الإنجليزي أمس
 * تمديد); not after another word, where they are a genitive or the object of another verb
 * (حول إمكانية، بعد انتهاء الفترة، الذي شهد نمو أرباح، أبدت … تخوفها من تباطؤ).
 * quotes.c comp_start asks here. */
#include "events/quotes.h"

/* Whether token i may stand right before an act noun that opens the complement: no word, or
 * a comma, a date, a time word or a token of a named entity. */
static int ends_subject(const qctx *q, size_t i)
{
    size_t n;
    int v;
    return !ev_is_word(&q->s->t[i]) || qt_comma(q, i) || qt_in_date(q, i) ||
           qt_in_entity(q, i) ||
           (ev_word_is(q->s, i, 0, EK_SOURCE, &v, &n) &&
            (v == SOURCE_WHEN || v == SOURCE_LATELY));
}

int qt_act_late(const qctx *q, size_t j, size_t k)
{
    size_t n;
    int v;
    return k > j && k > 0 && ev_word_is(q->s, k, 0, EK_CNOUN, &v, &n) && v == CNOUN_ACT &&
           !ends_subject(q, k - 1);
}
