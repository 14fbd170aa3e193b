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
#include "events/letters.h"

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

enum { AGAIN_WORDS = 10,       /* tokens after a person's name where the title may stand
                                  (ميسون الدملوجي، عضو البرلمان والمتحدثة الرسمية: 5) */
       AGAIN_BACK = 600 };     /* tokens back from the cue where the person may be named */

/* Whether token j is the title word of token a, or it with و before (والمتحدثة). */
static int same_title(const qctx *q, size_t j, size_t a)
{
    const rasd_token *t = &q->s->t[j], *w = &q->s->t[a];
    if (!ev_is_word(t))
        return 0;
    if (t->norm_len == w->norm_len)
        return memcmp(t->norm, w->norm, w->norm_len) == 0;
    return t->norm_len == w->norm_len + LETTERS(1) && letter_is(t->norm, U_WAW) &&
           memcmp(t->norm + LETTERS(1), w->norm, w->norm_len) == 0;
}

/* Whether person en is followed, in its apposition (words and commas, within AGAIN_WORDS),
 * by the title word at token a. */
static int given_title(const qctx *q, const rasd_entity *en, size_t a)
{
    for (size_t j = en->tok_end; j < q->s->nt && j < en->tok_end + AGAIN_WORDS && j < a; j++) {
        if (same_title(q, j, a) && (j == en->tok_end || qt_comma(q, j - 1) ||
                                    q->s->t[j].norm_len > q->s->t[a].norm_len))
            return 1;          /* the apposition's head: after the name or a comma, or a
                                  second title with و */
        if (!ev_is_word(&q->s->t[j]) && !qt_comma(q, j))
            return 0;
    }
    return 0;
}

/* The subject a single title word of a person (وأضافت المتحدثة:، وتابع المدرب): the person the article
 * gave that title to last, in the apposition after the name (قالت ميسون الدملوجي، عضو
 * البرلمان والمتحدثة الرسمية باسم ائتلاف الوطنية …) within AGAIN_BACK tokens, outside quote
 * marks, persons named since with other titles passed over. */
int qt_title_again(qctx *q, size_t a, size_t b, size_t cue, speaker *sp)
{
    size_t n;
    if (!(b == a + 1 || (b == a + 2 && !ev_is_word(&q->s->t[a + 1]))) || !qt_title_word(q, a) ||
        qt_in_entity(q, a) || !ev_word_is(q->s, a, 0, EK_LEAD, NULL, &n) ||
        ev_word_is(q->s, a, 0, EK_BODY, NULL, &n) || ev_word_is(q->s, a, 0, EK_ORGNOUN, NULL, &n))
        return 0;              /* a title of a person (data/events.tsv "lead"), not a body's
                                  (الهيئة، الوزارة) */
    for (size_t k = qt_ent_from(q, cue); k-- > 0;) {
        const rasd_entity *en = &q->en[k];
        if (en->tok_end <= cue && strcmp(en->type, "PER") == 0 &&
            (same_title(q, en->tok_start, a) || (en->tok_start > 0 && same_title(q, en->tok_start - 1, a))))
            return 0;          /* the title before a name too (الرئيس عبد الفتاح السيسي …
                                  هيلج لوند الرئيس التنفيذي … ولفت الرئيس): whose, unsure */
    }
    for (size_t k = qt_ent_from(q, cue); k-- > 0;) {
        const rasd_entity *en = &q->en[k];
        if (en->tok_end > cue)
            continue;
        if (en->tok_end + AGAIN_BACK < cue)
            return 0;
        if (strcmp(en->type, "PER") != 0 || qt_title_mention(en) || qt_in_pair(q, en->tok_start))
            continue;          /* one a quote names is not the article's */
        if (!given_title(q, en, a))
            continue;          /* another person, another title (حيدر العبادي) */
        qt_speaker_is(sp, en, q->s->t[a].start, q->s->t[a].end);
        return 1;
    }
    return 0;
}
