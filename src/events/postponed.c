/* postponed.c — a talk postponed or cancelled is not held (issue 16, branch held70): an event
 * whose word is the object or genitive of a word of postponement or cancellation, data/
 * events.tsv "deny" 4 (تأجيل المفاوضات، ألغى زيارته، أرجأ توقيع، رفض عقد اجتماع), is no event,
 * as a denied one is (the Guideline: "A denial or a negated event is none"). The word governs
 * the event's word when it stands right before it, or one "deny" 5 noun before it (تأجيل جولة
 * المفاوضات، إلغاء موعد الزيارة). Farther, the word is another matter's (ألغى القرار الذي اتخذ
 * بعد لقاء): left to the other rules. A "deny" 6 word, a verb that reads as a passive too
 * (أجلت، ألغيت، أرجئت، تأجلت), also denies the event word it follows within AFTER_REACH tokens
 * of its clause (زيارة وزير الخارجية الإيراني محمد جواد ظريف لتركيا أجلت).
 */
#include "events/ev.h"
#include "events/letters.h"

enum { DENY_FILLER = 5, DENY_AFTER = 6 };
enum { AFTER_REACH = 10 };     /* زيارة وزير الخارجية الإيراني محمد جواد ظريف لتركيا أجلت */

/* Whether the "deny" 4 phrase at token k governs the event word at token i. */
int ev_postpones(ev_scan *s, size_t k, size_t i)
{
    int v;
    size_t n, m;
    if (!ev_word_is(s, k, 1, EK_DENY, &v, &n) || k + n > i)
        return 0;
    if (k + n == i)
        return 1;
    return k + n + 1 == i && ev_word_is(s, k + n, 1, EK_DENY, &v, &m) && v == DENY_FILLER &&
           m == 1;
}

/* Whether byte pair p is ج or غ. */
static int jim_or_ghain(const unsigned char *p)
{
    return p[0] == 0xd8 && (p[1] == 0xac || p[1] == 0xba);
}

/* Whether token t may be a "deny" 6 word: each has four or five letters, the last ج or غ
 * and one or two letters (اجلت، تاجل، ارجء، الغيت), with two proclitic letters at most. A
 * byte test before the lexicon's lookup, which cost every event word asked about one a token
 * of its reach (cost70: 5.7 Ir/token); a deny 6 word of another shape would need this test
 * widened (data/events.tsv says so). */
static int after_shaped(const rasd_token *t)
{
    const unsigned char *e = (const unsigned char *)t->norm + t->norm_len;
    return t->norm_len >= LETTERS(4) && t->norm_len <= LETTERS(7) &&
           (jim_or_ghain(e - LETTERS(2)) || jim_or_ghain(e - LETTERS(3)));
}

/* Whether a "deny" 6 word stands within AFTER_REACH tokens after token i, no punctuation
 * between. */
int ev_postponed_after(ev_scan *s, size_t i)
{
    int v;
    size_t n;
    for (size_t k = i + 1; k < s->nt && k <= i + AFTER_REACH; k++) {
        if (s->t[k].kind == RASD_TOK_PUNCT)
            return 0;
        if (after_shaped(&s->t[k]) && ev_word_is(s, k, 1, EK_DENY, &v, &n) && v == DENY_AFTER)
            return 1;
    }
    return 0;
}
