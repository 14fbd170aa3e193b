/* office.c — an office or a household that speaks for a person (issue 16, quotes33, stop 40).
 *
 * A noun in the construct state right after the cue whose complement names a person makes
 * the noun the subject, not the person: وتابع مكتب العبادي أن …؛ وقال مكتب رئيس الوزراء
 * التركي أحمد داود أوغلو إن …؛ وقالت أسرة قنديل إنه …. The subject rules pass over the
 * first word to the person (the name after a title is its holder: مدرب المكسيك ميغيل
 * هيريرا), which is right for a title but not for an office, a court or a family, which are
 * no title of the person after them. When the subject's first word is such a noun
 * (data/quotes.tsv "office": مكتب، ديوان، أسرة، عائلة، حملة) and the recogniser found a
 * person within SUBJECT_WORDS after it, with only words between (a title chain: مكتب الرئيس
 * الفرنسي فرانسوا أولوند), the speaker is the words from the noun to the person's end, as
 * for an unnamed body. Not محامي or شقيق: a lawyer or a brother is a person, whose own name
 * may follow the client's (محامي حبري إبراهيم ديوارا). */
#include "events/quotes.h"

#include <string.h>

/* Whether token k can stand in the office's complement before the person: a word that is
 * no preposition, stop word, opener of reported content or reporting word. */
static int chain_word(const qctx *q, size_t k)
{
    size_t n;
    return ev_is_word(&q->s->t[k]) && !ev_word_is(q->s, k, 1, EK_PREP, NULL, &n) &&
           !ev_word_is(q->s, k, 1, EK_STOP, NULL, &n) && !ev_word_is(q->s, k, 0, EK_THAT, NULL, &n) &&
           !ev_word_is(q->s, k, 1, EK_CUE, NULL, &n);
}

int qt_office(qctx *q, size_t a, size_t b, speaker *sp)
{
    size_t n, lim = b < a + SUBJECT_WORDS ? b : a + SUBJECT_WORDS;
    if (a >= b || !ev_is_word(&q->s->t[a]) || !ev_word_is(q->s, a, 0, EK_OFFICE, NULL, &n) ||
        qt_in_entity(q, a))
        return 0;
    for (size_t k = qt_ent_from(q, a + n); k < q->ne && q->en[k].tok_start < lim; k++) {
        const rasd_entity *en = &q->en[k];
        if (en->tok_start < a + n)
            continue;
        if (strcmp(en->type, "PER") != 0 || en->tok_end > b)
            return 0;          /* an organisation's office (مكتب الأمم المتحدة): its own rules */
        for (size_t j = a + n; j < en->tok_start; j++)
            if (!chain_word(q, j))
                return 0;
        qt_speaker_words(q, sp, q->s->t[a].start, en->end);
        return 1;
    }
    return 0;
}
