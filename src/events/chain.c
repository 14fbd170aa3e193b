/* chain.c — the speaker chain across a long article (quotes.h, docs/EVENTS.md "Issue 16:
 * speakers carried over a long article", branch quotes30): a person named since the last
 * speaker breaks the chain (speakers.c someone_else, alone; carried.c qt_carried) only when
 * they can be a clause's subject. A person a preposition governs cannot (وكان هاكابي، بينما
 * يستغل مرشحون … للهجوم على الحزب الديمقراطي، وعلى الرئيس أوباما، …، صعد الحملة، وحذر بأن:
 * still Huckabee). */
#include "events/quotes.h"

#include <string.h>

/* Whether person mention en is governed by a preposition of data/quotes.tsv "govern" (with
 * و or ف), right before it or before the titles and honorifics that stand before its name
 * (على الرئيس أوباما، مع نظيره معالي الوزير X). */
int qt_governed(const qctx *q, const rasd_entity *en)
{
    size_t j = en->tok_start, stop = j > TITLE_WORDS ? j - TITLE_WORDS : 0, n;
    while (j > stop && (qt_title_word(q, j - 1) ||
                        ev_word_is(q->s, j - 1, 0, EK_HONOR, NULL, &n)))
        j--;
    return j > 0 && ev_word_is(q->s, j - 1, 1, EK_GOVERN, NULL, &n) && n == 1 &&
           !qt_ali(q, j - 1);                  /* علي السيستاني: the name, not على */
}

/* Whether person en, named after subj in the clause a bare verb goes on from (carried.c
 * qt_carried), is no second subject: a preposition governs en and subj is a person the
 * recogniser knows by a full name of two words or more (وبينما رحب تونر باشتراك روسيا …
 * رفض أي تعاون مع الرئيس السوري الأسد. وقال: تونر, Mark Toner; not a one-word name, which
 * may be a noun the recogniser took for a person: وتوجه ناجون إلى آبي). */
int qt_named_subject_governs(const qctx *q, const rasd_entity *subj, const rasd_entity *en)
{
    return subj->name && strchr(subj->name, ' ') && qt_governed(q, en);
}

/* Whether tokens [lo, p) are a preposition and a word of data/events.tsv "subject" 1, a
 * clause's opener before its verb (من جهته قدم مدير العلاقات العامة … حامد الأزوري اعتذاره
 * للمواطن …، وقال «…»: the verb at p opens the clause, its subject the one who goes on). */
int qt_side_opener(const qctx *q, size_t lo, size_t p)
{
    size_t n;
    int v;
    return p == lo + 2 && ev_word_is(q->s, lo, 1, EK_PREP, NULL, &n) && n == 1 &&
           ev_word_is(q->s, lo + 1, 0, EK_SUBJECT, &v, &n) && n == 1 && v == 1;
}
