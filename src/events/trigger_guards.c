/* trigger_guards.c — guards of the trigger layer (src/events/triggers.c) learned from the
 * layer's false rows on the recall set's read parts and a judged sample of its rows over the
 * corpus (events12; docs/EVENTS.md "Events: the trigger layer's precision"). Each reads a
 * class of words of data/events.tsv "tguard" (values 4 to 8), none a phrase of one article:
 *   4 cause: ما، مما، الأمر الذي just before دعا: "which led to" (الأمر الذي دعا الحربي
 *     لإكمال مسيرته), no appeal;
 *   5 combatant: the killed after a noun of death (9: مقتل، مصرع) are fighters (مقتل سبعة
 *     مسلحين، مقتل ستة عناصر من الحزب): deaths in combat, no assault (CAMEO 18x is killing
 *     outside combat); after هجوم the fighters are the doers (هجوم المتشددين), not guarded;
 *   6 anaphor: a demonstrative just before a definite noun (هذه المواجهات، بعد هذا الهجوم): a
 *     mention of an event told before, not a new one (إثر ذلك مواجهات عنيفة is one);
 *   7 place: a word of a settlement just before a noun (بلدة الزيارة): a place's name;
 *   8 public: a meeting whose other party is the public or a body's staff (التقى عددا من
 *     الأهالي، التقى بمنسوبي الفوج): a courtesy, no meeting of two parties;
 * and a web address in a visit's sentence (زيارة موقع المديرية www.…): a website's visit. */
#include "events/trigger_guards.h"

#include <string.h>

enum { GUARD_CAUSE = 4, GUARD_COMBATANT = 5, GUARD_ANAPHOR = 6, GUARD_PLACE = 7,
       GUARD_PUBLIC = 8, GUARD_DEATH = 9 };
enum { CAUSE_REACH = 2,        /* the words of a cause before دعا (الأمر الذي) */
       DEAD_REACH = 5,         /* مقتل أكثر من ستة عناصر: the fighters' word after مقتل */
       PUBLIC_REACH = 5 };     /* التقى سموه عددا من الأهالي: the public after the verb */

/* The value of "tguard" of the phrase starting at token k (its proclitics taken off when
 * strip), its length in *n; -1 when none. */
static int guard_at(sent_ctx *c, size_t k, int strip, size_t *n)
{
    int v;
    if (k >= c->t1 || c->s->t[k].kind == RASD_TOK_PUNCT ||
        !ev_word_is(c->s, k, strip, EK_TGUARD, &v, n))
        return -1;
    return v;
}

/* Whether a phrase of "tguard" value v ends right before token i (starting within reach
 * words); the cause's with no proclitic (كما دعا is "as", no "ما"). */
static int guard_before(sent_ctx *c, size_t i, int v, size_t reach)
{
    size_t n;
    for (size_t k = i; k > c->t0 && k + reach > i; k--)
        if (guard_at(c, k - 1, v != GUARD_CAUSE, &n) == v && k - 1 + n == i)
            return 1;
    return 0;
}

/* Whether a word of "tguard" value v stands within reach tokens after token end, before the
 * clause ends. */
static int guard_after(sent_ctx *c, size_t end, int v, size_t reach)
{
    size_t n;
    for (size_t k = end; k < c->t1 && k < end + reach; k++) {
        if (ev_comma(c, k) || ev_punct(c->s, k, ".;:!"))
            return 0;
        if (guard_at(c, k, 1, &n) == v)
            return 1;
    }
    return 0;
}

/* Whether token i is a definite word: ال first, or after one or two proclitic letters. */
static int definite(sent_ctx *c, size_t i)
{
    const rasd_token *t = &c->s->t[i];
    for (size_t k = 0; k <= 4 && k + 4 <= t->norm_len; k += 2)
        if (memcmp(t->norm + k, "\xd8\xa7\xd9\x84", 4) == 0)
            return 1;
    return 0;
}

/* Whether the sentence has a web address (a URL token, or a Latin word starting www). */
static int web_address(sent_ctx *c)
{
    for (size_t k = c->t0; k < c->t1; k++) {
        const rasd_token *t = &c->s->t[k];
        if (t->kind == RASD_TOK_URL ||
            (t->kind == RASD_TOK_LATIN && t->norm_len >= 3 && memcmp(t->norm, "www", 3) == 0))
            return 1;
    }
    return 0;
}

int tg_guarded(sent_ctx *c, size_t i, size_t n, int noun, int kind)
{
    if (kind == EK_APPEAL && !noun && guard_before(c, i, GUARD_CAUSE, CAUSE_REACH))
        return 1;              /* وهو ما دعا وزير العدل إلى تشكيل فريق */
    if (kind == EK_ASSAULT && noun && guard_before(c, i + 1, GUARD_DEATH, 1) &&
        guard_after(c, i + n, GUARD_COMBATANT, DEAD_REACH))
        return 1;              /* أسفرت عن مقتل سبعة مسلحين */
    if (kind == EK_MEET && !noun && guard_after(c, i + n, GUARD_PUBLIC, PUBLIC_REACH))
        return 1;              /* التقى بعدد من المواطنين */
    if (kind == EK_VISIT && web_address(c))
        return 1;              /* زيارة موقع المديرية www.… */
    return noun && ((definite(c, i) && guard_before(c, i, GUARD_ANAPHOR, 1)) ||
                    guard_before(c, i, GUARD_PLACE, 1));   /* هذه المواجهات; بلدة الزيارة */
}
