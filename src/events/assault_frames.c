/* assault_frames.c — the frames of a noun of force that name no event (assault40, issue 16).
 * judge37 found the default trigger layer's assault rows the weakest of the events (0.60:
 * 6 wrong of 15, all from trigger nouns), and a judged sample of the layer's rows over 3,000
 * articles (seed 4011) showed where: a noun of assault (اعتداء، هجوم) is as often a kind of
 * deed in an essay, a sermon or a statement as a deed done. Each guard reads a class of
 * words of data/events.tsv "aguard" (aguard.h), never a phrase of one article:
 *   abstract: an abstraction right after the target's على or ضد (اعتداء على الحرية، الهجوم
 *     على ثوابت الدين، اعتداء متواصل على حقوق الشعب): a figure of speech;
 *   judgment: a word of judging or ruling just before the noun (يعد اعتداء، بمثابة هجوم،
 *     تشكل اعتداء، يحرم الاعتداء، حكم الاعتداء، كل اعتداء، لأنه اعتداء): a kind, no deed;
 *   trend: a change of number before a plural noun (تزايدت الهجمات، عززت طالبان الهجمات،
 *     تزايد عدد الهجمات): many deeds counted, none told; not with its doer named after it
 *     (وسط تزايد هجمات حزب العمال الكردستاني ضد الجيش: that party's attacks, told);
 *   unreal: a capacity, a threat, a plan or a means before the noun (قادرة على الاعتداء،
 *     متوعدا بشن هجمات، وسيلة للهجوم، مصمم للهجوم): not done;
 *   no_force: right after the noun, a kind that is no force (الهجوم الإلكتروني، الإعلامي);
 *   memory: an anniversary before the noun in its sentence (ذكرى مرور 62 عاما للثورة …
 *     التي انطلقت مع شن مسلحين هجوما): history, no news;
 * and a person as the doer of شن before the noun (شن دونالد ترامب … هجوما عنيفا على زميله:
 * words, as the rules read هاجم with a person), a beast anywhere in the sentence ("tguard"
 * 13: ووقع الهجوم على شاطئ … شهد هجومين لأسماك القرش). */
#include "events/assault_frames.h"
#include "core/internal.h"
#include "events/aguard.h"

#include <string.h>

enum { ABSTRACT_REACH = 4,     /* اعتداء متواصلاً على حقوق: the target after the noun */
       JUDGE_REACH = 3,        /* تشكل اعتداء; فإن ذلك يعد اعتداء */
       TREND_REACH = 4,        /* تزايد عدد الهجمات; وعززت طالبان الهجمات */
       UNREAL_REACH = 3,       /* متوعدا بشن هجمات; قادرة على الاعتداء */
       LAUNCH_REACH = 24,      /* شن دونالد ترامب، ملياردير العقارات، … هجوما */
       PERSON_BEFORE = 6,      /* ميشال عون قد شن هجوما */
       TGUARD_ANIMAL = 13 };   /* "tguard" 13: a beast (trigger_guards.c) */

/* Whether token k is in aguard list l (proclitics taken off when strip). */
static int in_list(sent_ctx *c, size_t k, int strip, int l)
{
    return ev_aguard_at(c, k, strip, l, NULL);
}

int fr_stop_at(sent_ctx *c, size_t k)
{
    return ev_comma(c, k) || ev_punct(c->s, k, ".;:!");
}

int fr_before(sent_ctx *c, size_t i, int l, size_t reach)
{
    for (size_t k = i; k > c->t0 && k + reach > i; k--) {
        if (fr_stop_at(c, k - 1))
            return 0;
        if (in_list(c, k - 1, 1, l))
            return 1;
    }
    return 0;
}

/* Whether an abstraction follows the target's على or ضد after the noun ending at end. */
static int abstract_target(sent_ctx *c, size_t end)
{
    for (size_t k = end; k < c->t1 && k < end + ABSTRACT_REACH; k++) {
        if (fr_stop_at(c, k))
            return 0;
        if (in_list(c, k, 0, AG_AGAINST))
            return in_list(c, k + 1, 1, AG_ABSTRACT);
    }
    return 0;
}

int fr_plural(sent_ctx *c, size_t i)
{
    const rasd_token *t = &c->s->t[i];
    return t->norm_len >= 4 && memcmp(t->norm + t->norm_len - 4, "\xd8\xa7\xd8\xaa", 4) == 0;
}

/* Whether a person's mention starts in [a, b). */
static int person_in(sent_ctx *c, size_t a, size_t b)
{
    for (size_t e = 0; e < c->ne; e++)
        if (c->en[e].tok_start >= a && c->en[e].tok_start < b &&
            strcmp(c->en[e].type, "PER") == 0)
            return 1;
    return 0;
}

/* Whether a named party's mention starts at token k: the doer in a genitive (هجمات حزب
 * العمال الكردستاني), whose attacks are told, not counted. */
static int named_at(sent_ctx *c, size_t k)
{
    return ev_first_entity(c, k, k + 1) != NULL;
}

/* Whether a verb of launching (شن; "aguard" told_agent) governs the noun at token i and a
 * person is its subject: between the verb and the noun, or just before the verb. */
static int launched_by_person(sent_ctx *c, size_t i)
{
    for (size_t k = i; k > c->t0 && k + LAUNCH_REACH > i; k--) {
        if (ev_punct(c->s, k - 1, ".;:!"))
            return 0;
        if (in_list(c, k - 1, 1, AG_LAUNCH))
            return person_in(c, k, i) ||
                   person_in(c, k - 1 > c->t0 + PERSON_BEFORE ? k - 1 - PERSON_BEFORE : c->t0,
                             k - 1);
    }
    return 0;
}

int fr_list_in(sent_ctx *c, size_t a, size_t b, int l)
{
    for (size_t k = a; k < b; k++)
        if (in_list(c, k, 1, l))
            return 1;
    return 0;
}

int fr_tguard_in(sent_ctx *c, int v)
{
    int w;
    size_t m;
    for (size_t k = c->t0; k < c->t1; k++)
        if (c->s->t[k].kind != RASD_TOK_PUNCT &&
            ev_word_is(c->s, k, 1, EK_TGUARD, &w, &m) && w == v)
            return 1;
    return 0;
}

int fr_guarded(sent_ctx *c, size_t i, size_t n, int noun, int kind)
{
    if (kind != EK_ASSAULT || !noun)
        return 0;
    return abstract_target(c, i + n) || fr_before(c, i, AG_JUDGMENT, JUDGE_REACH) ||
           (fr_plural(c, i) && !named_at(c, i + n) && fr_before(c, i, AG_TREND, TREND_REACH)) ||
           fr_before(c, i, AG_UNREAL, UNREAL_REACH) || launched_by_person(c, i) ||
           in_list(c, i + n, 0, AG_NO_FORCE) || fr_list_in(c, c->t0, i, AG_MEMORY) ||
           fr_tguard_in(c, TGUARD_ANIMAL);
}
