/* act_noun.c — an announced or expected act as a reporting verb's nominal object (branch
 * quotes27, docs/EVENTS.md "Issue 16: acts announced, expected or denied"): أعلن الاتحاد
 * الكويتي تأجيل …، توقعت مصادر «عكاظ» تأجيل …، أعلنت السلطات التونسية حالة الطوارئ. The
 * verbal nouns of data/quotes.tsv "cnoun" 2 open the complement only where the subject
 * ends: right after it or after a comma, a mark, a date, a time word or a named entity's
 * token (أعلن نادي تشيلسي حامل لقب الدوري … أمس تمديد؛ أعلنت الشؤون الصحية بمنطقة القصيم
 * حالة الطوارئ), or after words that can only go on describing it, with ال or a genitive
 * with ل (أعلن الاتحاد الكويتي لكرة القدم تأجيل); not after another word, where they are a genitive or
 * the object of another verb (حول إمكانية، بعد انتهاء الفترة، الذي شهد نمو أرباح، أبدت …
 * تخوفها من تباطؤ). quotes.c comp_start asks here. */
#include "events/quotes.h"
#include "events/letters.h"

int qt_ends_subject(const qctx *q, size_t i)
{
    size_t n;
    int v;
    return !ev_is_word(&q->s->t[i]) || qt_comma(q, i) || qt_in_date(q, i) ||
           qt_in_entity(q, i) ||
           (ev_word_is(q->s, i, 0, EK_SOURCE, &v, &n) &&
            (v == SOURCE_WHEN || v == SOURCE_LATELY));
}

/* Whether token i can go on describing a subject: what qt_ends_subject allows, a word with ال
 * or one with ل before a noun, no particle, relative or reporting word. */
static int describes(const qctx *q, size_t i)
{
    const rasd_token *t = &q->s->t[i];
    size_t n;
    int v;
    if (!ev_is_word(t) || qt_comma(q, i) || qt_in_date(q, i) || qt_in_entity(q, i))
        return 1;
    if (ev_word_is(q->s, i, 0, EK_SOURCE, &v, &n))
        return v == SOURCE_WHEN || v == SOURCE_LATELY;
    if (ev_word_is(q->s, i, 1, EK_STOP, NULL, &n) || ev_word_is(q->s, i, 1, EK_PREP, NULL, &n) ||
        ev_word_is(q->s, i, 0, EK_RELATIVE, NULL, &n) || ev_word_is(q->s, i, 1, EK_CUE, NULL, &n) ||
        ev_word_is(q->s, i, 1, EK_PART, NULL, &n) || ev_word_is(q->s, i, 0, EK_THAT, NULL, &n) ||
        ev_word_is(q->s, i, 0, EK_CNOUN, NULL, &n))
        return 0;
    return starts_with(t->norm, t->norm_len, U_ARTICLE) ||
           (letter_is(t->norm, U_LAM) && t->norm_len > LETTERS(3));
}

int qt_act_late(const qctx *q, size_t j, size_t k)
{
    size_t n;
    int v;
    if (!ev_word_is(q->s, k, 0, EK_CNOUN, &v, &n) || v != CNOUN_ACT)
        return 0;
    if (k <= j || qt_ends_subject(q, k - 1))
        return 0;
    for (size_t i = j; i < k; i++)
        if (!describes(q, i))
            return 1;
    return 0;
}

/* Where an act noun's complement from token k ends, within e: a noun phrase (تعليق صدور
 * صحيفة الوسط المقربة من المعارضة) holds no verb of its own, so a verb of an event with the
 * conjunction و (data/events.tsv value 1, or accuse 21 with its object as a pronoun:
 * واتهمتها باشاعة الانقسام) opens the sentence's next predicate. Any other complement keeps
 * e. */
size_t qt_act_end(const qctx *q, size_t k, size_t e)
{
    size_t n;
    int v;
    if (k >= e || !ev_word_is(q->s, k, 0, EK_CNOUN, &v, &n) || v != CNOUN_ACT)
        return e;
    for (size_t i = k + 1; i < e; i++)
        for (int kind = EK_MEET; kind <= EK_FIGHT; kind++)
            if (ev_word_is(q->s, i, 1, kind, &v, &n) &&
                (v == 1 || (kind == EK_ACCUSE && v == 21)) && q->s->cut == 1 &&
                letter_is(q->s->t[i].norm, U_WAW))
                return i;
    return e;
}

/* Whether the act noun at token k is a contract renewed, an act and no statement (فيما جددت
 * التعاقد مع المهاجم العراقي: rep72's fresh row, seed 72012): a word of "aguard signed_act"
 * as the complement of a cue of "aguard renew_verb" (data/quotes.tsv). */
int qt_act_renewed(const qctx *q, const qcue *c, size_t k)
{
    size_t n;
    return ev_aguard_is(q->s, k, 0, AG_SIGNED_ACT, &n) &&
           ev_aguard_is(q->s, c->i, 1, AG_RENEW_VERB, &n);
}
