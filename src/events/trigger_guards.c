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
 * and a web address in a visit's sentence (زيارة موقع المديرية www.…): a website's visit.
 * events13 (docs/EVENTS.md "Events: generic mentions and senses"), from a judged sample of
 * the layer's rows over the corpus (seed 3131):
 *  10 hypothetical: لو، إذا، كلما anywhere in the clause before the trigger (يتمنى لو أن
 *     الكلية طالبت; tguard 1, now with أي and مثل, looks only two words back);
 *  11 kind: a plural relative pronoun right before a verb, after no name (المعتمرين الذين
 *     زاروا المملكة، العراقيين الذين قصفت مدنهم): a kind of people, no event; not for what is
 *     said (المواطنين الذين طالبوا، المتطرفين الذين هددوا الرئيس: a crowd's own act);
 *  12 injunction: a religion's word as an appeal's subject (أمر حثت عليه الشريعة);
 *  13 animal: a beast near a deed of force (هجوم سمكة قرش): no assault;
 *  14 military target (tg_military): an assault's target is a force (هجمات الحزب ضد الجيش):
 *     a fight (CAMEO 19x), typed so; the force after a word of its target (15: على،
 *     استهدف; ضد of tguard 1), not in a place's name (مسجد قوات الطوارئ) nor as the doer;
 *     only an attack's word (16: هجوم، هاجموا), not a suicide attack (17: الانتحاري);
 *  18 content (tg_content): إلى right before a visit's or a meeting's noun in a sentence
 *     with an appeal (دعا … إلى زيارة محافظة عدن): what is asked, not done;
 * and a verb inside a name the recogniser tagged (the actress زارا). */
#include "events/trigger_guards.h"
#include "core/internal.h"
#include "events/letters.h"

#include <stdint.h>
#include <string.h>

enum { GUARD_CAUSE = 4, GUARD_COMBATANT = 5, GUARD_ANAPHOR = 6, GUARD_PLACE = 7,
       GUARD_PUBLIC = 8, GUARD_DEATH = 9, GUARD_HYPO = 10, GUARD_KIND = 11,
       GUARD_FAITH = 12, GUARD_ANIMAL = 13, GUARD_MILITARY = 14,
       GUARD_TARGET = 15, GUARD_ATTACK = 16, GUARD_SUICIDE = 17, GUARD_TO = 18 };
enum { CAUSE_REACH = 2,        /* the words of a cause before دعا (الأمر الذي) */
       DEAD_REACH = 5,         /* مقتل أكثر من ستة عناصر: the fighters' word after مقتل */
       PUBLIC_REACH = 7,       /* التقى سموه عددا من الأهالي: the public after the verb */
       HYPO_REACH = 8,         /* يتمنى لو أن الكلية طالبت: the clause before the trigger */
       FAITH_REACH = 3,        /* حثت عليه الشريعة */
       ANIMAL_REACH = 3,       /* هجوم سمكة قرش; تعرض لهجوم من قرش */
       TARGET_REACH = 6 };     /* هجمات حزب العمال الكردستاني ضد الجيش */

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

/* Whether the phrase starting at token k is a guard v of kind: of "tguard" value v, or in
 * "aguard" list v (aguard.h) when kind is EK_AGUARD; a word can be in both. */
static int guard_is(sent_ctx *c, size_t k, int strip, int kind, int v, size_t *n)
{
    int w;
    if (k >= c->t1 || c->s->t[k].kind == RASD_TOK_PUNCT)
        return 0;
    if (kind == EK_AGUARD)
        return ev_aguard_is(c->s, k, strip, v, n);
    return ev_word_is(c->s, k, strip, EK_TGUARD, &w, n) && w == v;
}

/* Whether a phrase of "tguard" value v ends right before token i (starting within reach
 * words); the cause's with no proclitic (كما دعا is "as", no "ما"). */
static int guard_before(sent_ctx *c, size_t i, int v, size_t reach)
{
    size_t n;
    for (size_t k = i; k > c->t0 && k + reach > i; k--)
        if (guard_is(c, k - 1, v != GUARD_CAUSE, EK_TGUARD, v, &n) && k - 1 + n == i)
            return 1;
    return 0;
}

/* Whether token k ends a clause: a comma or a stop (. ; : !). */
static int clause_break(sent_ctx *c, size_t k)
{
    return ev_comma(c, k) || ev_punct(c->s, k, ".;:!");
}

/* Whether a word of guard value v stands within reach tokens after token end in its clause,
 * read with its proclitics (strip) or not; stops at إلى (tguard 18), what an appeal asks,
 * when to is set. */
static int guard_after_to(sent_ctx *c, size_t end, int kind, int v, size_t reach, int strip,
                          int to)
{
    size_t n;
    for (size_t k = end; k < c->t1 && k < end + reach; k++) {
        if (clause_break(c, k))
            return 0;
        if (guard_is(c, k, strip, kind, v, &n))
            return 1;
        if (to && guard_is(c, k, strip, EK_TGUARD, GUARD_TO, &n))
            return 0;
    }
    return 0;
}

/* Whether a word of "tguard" value v stands within reach tokens after token end, before the
 * clause ends (its proclitics taken off). */
static int guard_after(sent_ctx *c, size_t end, int kind, int v, size_t reach)
{
    return guard_after_to(c, end, kind, v, reach, 1, 0);
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

/* Whether a word of "tguard" v stands before token i in its clause, within reach words (its
 * proclitics taken off when strip: not for لو، إذا, which ولاية would give as و + ل + اية). */
static int guard_in_clause(sent_ctx *c, size_t i, int kind, int v, size_t reach, int strip)
{
    size_t n;
    for (size_t k = i; k > c->t0 && k + reach > i; k--) {
        if (clause_break(c, k - 1))
            return 0;
        if (guard_is(c, k - 1, strip, kind, v, &n))
            return 1;
    }
    return 0;
}

/* Whether the verb at token i is a word of a name the recogniser tagged, not its last (a
 * name run on to the verb after it, كيري سيلتقي, leaves the verb a verb). */
static int in_name(sent_ctx *c, size_t i)
{
    for (size_t k = 0; k < c->ne; k++)
        if (c->en[k].tok_start <= i && i + 1 < c->en[k].tok_end && !c->en[k].via)
            return 1;
    return 0;
}

/* Whether a verb at token i follows a plural relative pronoun that follows no name: a kind
 * of people (المعتمرين الذين زاروا). */
static int kind_relative(sent_ctx *c, size_t i)
{
    size_t n;
    if (i < c->t0 + 2 || guard_at(c, i - 1, 0, &n) != GUARD_KIND || n != 1)
        return 0;
    return !ev_entity_ending(c, i - 1);   /* الحوثيين الذين هاجموا: a group that acts */
}

int tg_content(sent_ctx *c, size_t i)
{
    size_t m;
    return i > c->t0 && guard_at(c, i - 1, 0, &m) == GUARD_TO;
}

int tg_military(sent_ctx *c, size_t i, size_t n)
{
    size_t m;
    if (guard_at(c, i, 1, &m) != GUARD_ATTACK || guard_after(c, i + n, EK_TGUARD, GUARD_SUICIDE, 2))
        return 0;              /* a bombing, a suicide attack: an assault whatever its target */
    for (size_t k = i + n; k < c->t1 && k < i + n + TARGET_REACH; k++) {
        int before = k == i + n ? -1 : guard_at(c, k - 1, 1, &m);
        if (clause_break(c, k))
            return 0;
        if (guard_at(c, k, 1, &m) == GUARD_MILITARY &&
            (before == GUARD_TARGET || before == 1))
            return 1;          /* ضد الجيش، على مواقع; not مسجد قوات الطوارئ, nor ونفذت
                                  الهجمات قوات حكومية (the doers) */
    }
    return 0;
}

int tg_guarded(sent_ctx *c, size_t i, size_t n, int noun, int kind)
{
    int force = kind == EK_ASSAULT || kind == EK_FIGHT;
    if ((!noun && in_name(c, i)) || guard_in_clause(c, i, EK_TGUARD, GUARD_HYPO, HYPO_REACH, 0))
        return 1;              /* زارا (a name); يتمنى لو أن الكلية طالبت */
    if (!noun && kind_relative(c, i) && kind != EK_APPEAL && kind != EK_CRITICIZE &&
        kind != EK_ACCUSE && kind != EK_THREATEN)
        return 1;              /* المعتمرين الذين زاروا المملكة */
    if (kind == EK_APPEAL && guard_after(c, i + n, EK_TGUARD, GUARD_FAITH, FAITH_REACH))
        return 1;              /* أمر حثت عليه الشريعة */
    if (force && (guard_after(c, i + n, EK_TGUARD, GUARD_ANIMAL, ANIMAL_REACH) ||
                  guard_in_clause(c, i, EK_TGUARD, GUARD_ANIMAL, ANIMAL_REACH, 1)))
        return 1;              /* هجوم سمكة قرش */
    if (kind == EK_APPEAL && !noun && guard_before(c, i, GUARD_CAUSE, CAUSE_REACH))
        return 1;              /* وهو ما دعا وزير العدل إلى تشكيل فريق */
    if (kind == EK_ASSAULT && noun && guard_before(c, i + 1, GUARD_DEATH, 1) &&
        guard_after(c, i + n, EK_TGUARD, GUARD_COMBATANT, DEAD_REACH))
        return 1;              /* أسفرت عن مقتل سبعة مسلحين */
    if ((kind == EK_MEET || kind == EK_HOST) && !noun &&
        guard_after(c, i + n, EK_TGUARD, GUARD_PUBLIC, PUBLIC_REACH))
        return 1;              /* التقى بعدد من المواطنين */
    if (kind == EK_HOST && !noun && guard_after(c, i + n, EK_AGUARD, AG_GOAL_NET, 1))
        return 1;              /* واستقبلت شباكه ٦ أهداف: goals conceded (prec72) */
    if (kind == EK_VISIT && web_address(c))
        return 1;              /* زيارة موقع المديرية www.… */
    return noun && ((ev_definite_any(&c->s->t[i]) && guard_before(c, i, GUARD_ANAPHOR, 1)) ||
                    guard_before(c, i, GUARD_PLACE, 1));   /* هذه المواجهات; بلدة الزيارة */
}

/* events17 (docs/EVENTS.md "Events: meet, visit, host and threaten by default"): guards of
 * the kinds of courtesy and threat, from a judged sample of the layer's rows over the corpus
 * (seed 9494) and the read parts' false rows. Each reads a class of words of data/events.tsv
 * "tguard" 40 to 49, none a phrase of one article:
 *  40 the public, more (with 8): a reception's or a meeting's other party is the public, a
 *     family, mourners or well-wishers (استقبل … أسر وذوي الشهداء، استقبل المعزين، التقى
 *     بالمواطن): looked for through the host's long titles, up to the sentence's stop;
 *  41 a thing or news received (استقبل السفينة، استقبلت الجماهير القرار بترحيب), or a
 *     number first (استقبل 95 حساباً): no host;
 *  42 a newspaper as a meeting's party («المدينة» التقت بابن خالة الشهيد): an interview;
 *     43 an outlet's name that is also a word (المدينة، الرياض) only in quote marks;
 *  44 a meeting's verb of one party (اجتمع): with no مع or ب + a name or title after it, one
 *     body met alone (اجتمعت حكومة أنقرة لتعزيز أمنها);
 *  45 habitual or many times (زار فلسطين أكثر من مرة، تهديدهم أحيانا); 50 countries or
 *     towns after a visit's verb, first or after a number or عدة (زار دول الغرب والشرق، زار
 *     البشير عدة بلدان، زار 5 دول): many visits told as one; not وزير خارجية دول الخليج;
 *  46 God as the one who threatens (توعد الله من آذاه): a scripture's warning;
 *  47 what is endangered (هددت أمن بلادنا; and the settlements of 7: وهددت مدينة درعا):
 *     "endanger", no threat of a party;
 *  48 whoever (كل من قبض … وهدد): a law's or a rule's generic case;
 *  49 a match (with "tsense" 1): a meeting of two clubs (سيلتقي الاتفاق … أمام الكويت،
 *     إيابا، كلاسيكو), a team's threat on goal (هدد مرمى); for a meeting's future verb, three
 *     such words in the article make it a sports report;
 *  51 where a party's words end (حيث، يرافقه), 52 plural parties (اجتمع وزراء), 53 habitual
 *     adverbs, 54 a threat's noun before its verb (a list of verbal nouns). */
enum { G_PUBLIC2 = 40, G_THING = 41, G_MEDIA = 42, G_OUTLET = 43, G_ALONE = 44,
       G_HABIT = 45, G_GOD = 46, G_ENDANGER = 47, G_WHOEVER = 48, G_SPORT = 49,
       G_LANDS = 50, G_END = 51, G_PARTIES = 52, G_USUALLY = 53, G_THREAT_NOUN = 54 };
enum { TSENSE_SPORT = 1 };     /* "tsense" 1, read here for these kinds too */
enum { PARTY_REACH = 30,       /* استقبل [titles, place, day] … أسر وذوي «شهداء» الواجب */
       THING_REACH = 6,        /* استقبل ميناء الأدبية بالسويس السفينة; استقبل الممثل إد نورتون إعلان */
       ALONE_REACH = 30,       /* اجتمع صاحب السمو الملكي … في جدة مساء أمس مع */
       HABIT_REACH = 8,        /* زار الشاعران فلسطين أكثر من مرة */
       LANDS_REACH = 4,        /* وزار البشير عدة بلدان */
       GOD_REACH = 3,          /* والله تعالى قد توعد */
       WHOEVER_REACH = 16,     /* كل من قبض على شخص او اوقفه او سجنه او حجزه … وهدد */
       SPORT_ARTICLE = 3,
       GOAL_REACH = 3,         /* وهدد مرمى ضيفه */
       LIST_REACH = 6 };       /* وتهديد بعض أعضاء الشرف، وتوعد */    /* words of a match in the article: a sports report */

/* Whether token k is a stop: . ; : ! (a comma is not). */
static int stop_at(sent_ctx *c, size_t k)
{
    return ev_punct(c->s, k, ".;:!");
}

/* Whether a word of "tguard" v (or w) stands within reach tokens after token end, before the
 * sentence's stop (through commas: a host's titles hold them). */
static int party_after(sent_ctx *c, size_t end, int v, int w, size_t reach)
{
    size_t n;
    for (size_t k = end; k < c->t1 && k < end + reach; k++) {
        int g;
        if (stop_at(c, k) || (g = guard_at(c, k, 1, &n)) == G_END ||
            (ev_comma(c, k) && k + 1 < c->t1 && ev_quote_start(c->s, k + 1) &&
             ev_word_is(c->s, k + 1, 1, EK_CUE, NULL, &n)))
            return 0;          /* حيث، يرافقه: the guest's suite is no public; ، وقال المتحدث
                                  باسم الأهالي: another clause */
        if (g == v || g == w)
            return 1;
    }
    return 0;
}

/* Whether token k is a quote mark or a bracket (« » " “ ” ( )). */
static int mark_at(sent_ctx *c, size_t k)
{
    return k >= c->t0 && k < c->t1 && c->s->t[k].kind == RASD_TOK_PUNCT &&
           !ev_comma(c, k) && !stop_at(c, k);
}

/* Whether a newspaper stands next to the meeting verb at [i, i + n): a word of 42 just
 * before or after it, or an outlet's name (42 or 43) in quote marks there. */
static int media_next(sent_ctx *c, size_t i, size_t n)
{
    size_t m;
    size_t e = i + n;
    if ((i > c->t0 && guard_at(c, i - 1, 1, &m) == G_MEDIA) ||
        (e < c->t1 && guard_at(c, e, 1, &m) == G_MEDIA))
        return 1;
    for (int side = 0; side < 2; side++) {
        size_t k = side ? e + 1 : i - 2;
        int g;
        if ((side ? e + 1 >= c->t1 : i < c->t0 + 2) || !mark_at(c, side ? e : i - 1))
            continue;
        if ((g = guard_at(c, k, 0, &m)) == G_MEDIA || g == G_OUTLET)
            return 1;          /* «المدينة» التقت; التقت «عكاظ» */
    }
    return 0;
}

/* Whether the one-party meeting verb at [i, i + n) has no other party: no مع, and no word
 * with ب that starts a name or is a title (اجتمع سموه بوزير، اجتمع بهم) within reach. */
static int met_alone(sent_ctx *c, size_t i, size_t n)
{
    size_t m;
    for (size_t k = i + n; k < c->t1 && k < i + n + 2; k++) {
        int g = guard_at(c, k, 1, &m);
        if (g == G_PARTIES || g == G_WHOEVER)
            return 0;          /* اجتمع وزراء خارجية الاتحاد; اجتمع كل من عبدالوهاب و… */
    }
    for (size_t k = i + n; k < c->t1 && k < i + n + ALONE_REACH; k++) {
        const rasd_token *t = &c->s->t[k];
        if (stop_at(c, k))
            break;
        if (t->norm_len >= 4 && t->norm_len <= 10 &&
            memcmp(t->norm, "\xd9\x85\xd8\xb9", 4) == 0 &&
            (t->norm_len == 4 || memcmp(t->norm + 4, "\xd9\x87", 2) == 0))
            return 0;          /* مع، معه، معهم */
        if (t->kind == RASD_TOK_ARABIC && t->norm_len > 2 && memcmp(t->norm, U_BEH, 2) == 0 &&
            (ev_first_entity(c, k, k + 1) || word_kind(c, k, 1, EK_LEAD) ||
             (t->norm_len <= 8 && memcmp(t->norm + 2, "\xd9\x87", 2) == 0)))
            return 0;          /* بوزير، بالأمير، بهم، بها، بهما */
    }
    return 1;
}

/* Whether a word of a match ("tsense" 1, "tguard" 49) is at token k. */
static int sport_word(sent_ctx *c, size_t k)
{
    int v;
    size_t n;
    if (c->s->t[k].kind == RASD_TOK_PUNCT)
        return 0;
    return (ev_word_is(c->s, k, 1, EK_TSENSE, &v, &n) && v == TSENSE_SPORT) ||
           (ev_word_is(c->s, k, 1, EK_TGUARD, &v, &n) && v == G_SPORT);
}

/* Whether tokens [a, b) hold at least want words of a match. */
static int sport_words(sent_ctx *c, size_t a, size_t b, int want)
{
    int seen = 0;
    for (size_t k = a; k < b && seen < want; k++)
        seen += sport_word(c, k);
    return seen >= want;
}

/* Whether the token at i carries ل (or ول) before a threat's noun: a reason (أدرجهم …
 * لتهديدهم السلام), not an event. */
static int lam_first(sent_ctx *c, size_t i)
{
    const rasd_token *t = &c->s->t[i];
    size_t o = t->norm_len > 2 && memcmp(t->norm, U_WAW, 2) == 0 ? 2 : 0;
    return t->norm_len > o + 2 && memcmp(t->norm + o, U_LAM, 2) == 0;
}

/* Whether countries (50) follow the visit's verb ending at token end: right after it, or
 * after a number or عدة (tguard 45 has عدة مرات; عدة alone is read here by its bytes). */
static int many_lands(sent_ctx *c, size_t end)
{
    size_t m;
    for (size_t k = end; k < c->t1 && k < end + LANDS_REACH; k++) {
        const rasd_token *p = k > end ? &c->s->t[k - 1] : NULL;
        if (clause_break(c, k))
            return 0;
        if (guard_at(c, k, 1, &m) == G_LANDS &&
            (k == end || p->kind == RASD_TOK_NUMBER ||
             (p->norm_len == 6 && memcmp(p->norm, U_AIN U_DAL "\xd9\x87", 6) == 0)))
            return 1;          /* دول الغرب; 5 دول; عدة بلدان */
    }
    return 0;
}

/* Whether a threat's noun (54) stands within LIST_REACH tokens before the verb at i, across
 * commas: a list of verbal nouns, of which توعد is one. */
static int noun_before(sent_ctx *c, size_t i)
{
    size_t m;
    for (size_t k = i; k > c->t0 && k + LIST_REACH > i; k--) {
        if (stop_at(c, k - 1))
            return 0;
        if (guard_at(c, k - 1, 1, &m) == G_THREAT_NOUN)
            return 1;
    }
    return 0;
}

/* The guards of the threat's kind (events17). */
static int threat_guarded(sent_ctx *c, size_t i, size_t n, int cls)
{
    size_t m;
    int g;
    if (cls == TG_NOUN && lam_first(c, i))
        return 1;              /* لتهديدهم السلام */
    if (party_after(c, i + n, G_GOD, GUARD_FAITH, GOD_REACH) ||
        guard_in_clause(c, i, EK_TGUARD, G_GOD, GOD_REACH, 1) ||
        guard_in_clause(c, i, EK_TGUARD, GUARD_FAITH, GOD_REACH, 1))
        return 1;              /* توعد الله من آذاه; والله تعالى قد توعد */
    if (cls != TG_NOUN && noun_before(c, i))
        return 1;              /* وتهديد بعض أعضاء الشرف، وتوعد قلة */
    if (cls != TG_NOUN && i + n < c->t1 &&
        ((g = guard_at(c, i + n, 1, &m)) == G_ENDANGER || g == GUARD_PLACE))
        return 1;              /* وهددت أمن بلادنا; وهددت مدينة درعا */
    return sport_words(c, i + n, i + n + GOAL_REACH < c->t1 ? i + n + GOAL_REACH : c->t1, 1);
                               /* وهدد مرمى ضيفه; but وهدد المدير الفني للمنتخب بالانسحاب */
}

int tg_guarded_courtesy(sent_ctx *c, size_t i, size_t n, int cls, int kind)
{
    size_t m;
    if (kind != EK_MEET && kind != EK_VISIT && kind != EK_HOST && kind != EK_THREATEN)
        return 0;
    if (guard_in_clause(c, i, EK_TGUARD, G_WHOEVER, WHOEVER_REACH, 0))
        return 1;              /* كل من قبض على شخص … وهدد */
    if ((kind == EK_VISIT && guard_after(c, i + n, EK_TGUARD, G_HABIT, HABIT_REACH)) ||
        ((kind == EK_VISIT || kind == EK_THREATEN) &&
         guard_after(c, i + n, EK_TGUARD, G_USUALLY, HABIT_REACH)))
        return 1;              /* زار فلسطين أكثر من مرة; تهديدهم أحيانا */
    if (kind == EK_VISIT && cls != TG_NOUN && many_lands(c, i + n))
        return 1;              /* زار عدة بلدان */
    if (kind == EK_THREATEN)
        return threat_guarded(c, i, n, cls);
    if (kind == EK_HOST && cls != TG_NOUN &&
        (guard_after(c, i + n, EK_TGUARD, G_THING, THING_REACH) ||
         (i + n < c->t1 && c->s->t[i + n].kind == RASD_TOK_NUMBER)))
        return 1;              /* استقبل السفينة; استقبل 95 حساباً */
    if ((kind == EK_HOST || kind == EK_MEET) && cls != TG_NOUN &&
        party_after(c, i + n, G_PUBLIC2, GUARD_PUBLIC, PARTY_REACH))
        return 1;              /* استقبل … أسر وذوي الشهداء; التقى بالمواطن */
    if (kind != EK_MEET)
        return 0;
    if (cls != TG_NOUN && (media_next(c, i, n) ||
                           (guard_at(c, i, 1, &m) == G_ALONE && met_alone(c, i, n))))
        return 1;              /* «المدينة» التقت; اجتمعت حكومة أنقرة لتعزيز */
    return cls == TG_FUTURE &&     /* the one form on by default: the article is read once */
           sport_words(c, 0, c->s->nt, SPORT_ARTICLE);   /* وسيلتقي الهلال والاتحاد */
}

/* The mention of actor a's entity in the sentence, before the trigger, or NULL. */
static const rasd_entity *named_here(const sent_ctx *c, const rasd_event *ev, size_t a,
                                     uint32_t at, uint32_t trig)
{
    if (!ev->actor_id[a])
        return NULL;
    for (size_t k = 0; k < c->ne; k++)
        if (c->en[k].start >= at && c->en[k].end <= trig && c->en[k].id &&
            strcmp(c->en[k].id, ev->actor_id[a]) == 0)
            return &c->en[k];
    return NULL;
}

void tg_courtesy_actors(const sent_ctx *c, int kind, int cls, size_t i, rasd_event *ev)
{
    uint32_t at = c->s->t[c->t0].start, trig = c->s->t[i].start;
    if ((kind != EK_MEET && kind != EK_VISIT && kind != EK_HOST) || cls == TG_NOUN)
        return;
    for (size_t a = 0; a < ev->nactors; a++) {
        const rasd_entity *m;
        if (ev->actor_start[a] >= at)
            continue;
        if ((m = named_here(c, ev, a, at, trig)) != NULL) {
            ev->actor_start[a] = m->start;   /* وبدأت المؤسسات … وصندوق النقد الدولي … حيث
                                                زارت: named again in this sentence */
            ev->actor_end[a] = m->end;
            continue;
        }
        ev->nactors = 0;   /* وكان وزير الداخلية الفرنسي قد زار ميناء كاليه: not the
                              subject of the sentence before's criticism */
        return;
    }
}

/* events16 (docs/EVENTS.md "Events: assault, fight and appeal by default"), from the layer's
 * rows of these kinds on the read parts and a judged corpus sample (seed 9191):
 * (values of data/events.tsv "aguard")
 *  farewell: after و + دعت (ودّع, "bid farewell"), the dead, a year or a tournament
 *     (ودعت مقبرة الشرف … شهداء، ودع جثمان): no appeal;
 *  blessing (a prayer): after an appeal's verb, before إلى, a blessing asked (ودعا لسائر الشهداء
 *     بالمغفرة، دعا … بأن يحفظ الله): a prayer, which ev_prayer reads only right after it;
 *  habit: a word of repetition or habit near the trigger (طالبت مرارا وتكرارا، لطالما
 *     هاجم، الهجمات المتكررة): a habit, no event of the report;
 *  words: a word of speech or media near an attack (هاجم … عبر حسابه على تويتر، هاجمت
 *     صحيفة كيهان، هاجم السعودية واصفا، وهاجم الدور الأوروبي، تعرض الاتفاق لهجوم): a verbal
 *     attack, as a person's هاجم is for the rules;
 *  air (air or guns) (tg_airborne): the doer of an attack is an aircraft, a tank or artillery
 *     (هاجمت طائرة حربية مواقع، الهجمات الجوية): a fight (CAMEO 19x), typed so;
 *  need: الحاجة، الضرورة right after دعت (إن دعت الحاجة إلى عقد اجتماع): "if need be";
 * a verbal noun: an appeal's word right after a preposition (العمل على حث طهران): حثّ, the
 *     noun, not the verb;
 * a cause: a demonstrative and a noun right before دعا, or a demonstrative right after it
 *     (هذه المبالغات دعت بعض المسؤولين إلى، دعا هذا الأمر العلماء إلى: "led … to", as tguard
 *     4's ما دعا);
 * history: the date nearest the trigger in its clause is HISTORY_YEARS or more before the
 *     article's year (في 2001، حرب 1994): a background, no event of the report. */
enum { FAREWELL_REACH = 12,    /* ودعت مقبرة الشرف في مدينة أبها بمنطقة عسير عصر اليوم شهداء:
                                  over the subject and a place, not past إلى */
       FAREWELL_OBJECT_REACH = 4, /* ودعت عشرة فرق الدورة */
       BLESSING_REACH = 14,     /* ودعا معالي الأمين العام … في ختام بيانه بأن يحفظ */
       REPEAT_REACH = 3,        /* طالبت مرارا وتكرارا; الذي لطالما هاجم */
       WORDS_BEFORE = 3,       /* تغريداته التي هاجم */
       WORDS_AFTER = 6,        /* هاجم الإخوان عبر حسابه */
       AIR_BEFORE = 4,         /* طائرات تابعة للجيش هاجمت */
       AIR_AFTER = 3,          /* هاجمت طائرة حربية; الهجمات الجوية */
       HISTORY_YEARS = 2 };    /* 2013 in an article of 2015: the chemical attack of the
                                  Ghouta told as background; 2014 in 2015 is often the
                                  report's own story (a year ago, last Ramadan) */

/* Whether token i starts with و (ودعت: ودّع, or و + دعت). */
static int waw_first(sent_ctx *c, size_t i)
{
    const rasd_token *t = &c->s->t[i];
    return t->norm_len >= 2 && memcmp(t->norm, "\xd9\x88", 2) == 0;
}

/* The year of an ISO value or a decade's timex ("2001-09-11", "2001", "198"); 0 if none. */
static int year_of(const rasd_date *d)
{
    const char *v = d->value[0] ? d->value : d->timex;
    int y = 0, k = 0;
    for (; k < 4 && v[k] >= '0' && v[k] <= '9'; k++)
        y = y * 10 + (v[k] - '0');
    return k == 4 ? y : k == 3 && !d->value[0] ? y * 10 + 9 : 0;   /* 198: the 1980s */
}

/* Whether the date nearest the trigger at tokens [i, i + n) in its clause is of a year
 * HISTORY_YEARS or more before the article's. */
static int historical(sent_ctx *c, size_t i, size_t n)
{
    const struct ev_doc *x = EV_DOC(c->doc);
    size_t nd, end = i + n;
    const rasd_date *d = rasd_doc_dates(c->doc, &nd), *best = NULL;
    uint32_t ts = c->s->t[i].start, te = c->s->t[i + n - 1].end, gap = UINT32_MAX;
    size_t start = i;
    uint32_t s0, s1 = c->s->t[c->t1 - 1].end;
    int y, m, dd;
    while (end < c->t1 && !clause_break(c, end))
        end++;                 /* the clause's end: a date after it is another matter's */
    while (start > c->t0 && !clause_break(c, start - 1))
        start--;               /* its start: في 2008، لكنها رفعت … إثر هجوم is not of 2008 */
    s0 = c->s->t[start].start;
    for (size_t k = 0; k < nd; k++) {
        uint32_t g = d[k].end <= ts ? ts - d[k].end : d[k].start >= te ? d[k].start - te : 0;
        if (d[k].start < s0 || d[k].end > s1 || (d[k].start >= te && end < c->t1 &&
                                                 d[k].start >= c->s->t[end].start))
            continue;
        if (g < gap && year_of(&d[k]))
            best = &d[k], gap = g;
    }
    if (!best || !x->have_anchor)
        return 0;
    cal_civil(x->anchor, &y, &m, &dd);
    return year_of(best) + HISTORY_YEARS <= y;
}

/* Whether the word before token i is a preposition (data/events.tsv "prep"; على and إلى,
 * which are "tguard" 15 and 18): the word at i is a verbal noun (على حث), no verb. */
static int after_prep(sent_ctx *c, size_t i)
{
    size_t m;
    int g;
    if (i <= c->t0)
        return 0;
    g = guard_at(c, i - 1, 0, &m);
    return g == GUARD_TARGET || g == GUARD_TO || word_kind(c, i - 1, 0, EK_PREP);
}

/* Whether a demonstrative and a definite noun stand right before the verb at token i (هذه
 * المبالغات دعت), or a demonstrative right after it (دعا ذلك القذافي، دعا هذا الأمر العلماء):
 * a cause, as ما دعا. */
static int cause_noun(sent_ctx *c, size_t i)
{
    size_t m;
    if (i + 1 < c->t1 && guard_at(c, i + 1, 0, &m) == GUARD_ANAPHOR)
        return 1;              /* دعا ذلك القذافي لوصف، دعا هذا الأمر العلماء إلى */
    return i >= c->t0 + 2 && ev_definite_any(&c->s->t[i - 1]) &&
           guard_at(c, i - 2, 0, &m) == GUARD_ANAPHOR;
}

int tg_airborne(sent_ctx *c, size_t i, size_t n, int noun)
{
    if (noun)
        return guard_after(c, i + n, EK_AGUARD, AG_AIR, AIR_AFTER);   /* الهجمات الجوية */
    return guard_after(c, i + n, EK_AGUARD, AG_AIR, AIR_AFTER) ||
           guard_in_clause(c, i, EK_AGUARD, AG_AIR, AIR_BEFORE, 1);    /* هاجمت طائرة حربية */
}

/* Whether the verb at token i is و + دعا/دعت (ودّع, "bade farewell", as written) and a word
 * of "aguard" farewell_object stands within FAREWELL_OBJECT_REACH words after it, before any
 * إلى (ودعت المديرية الدفعة المشاركة; ودعت عشرة فرق الدورة; prec72, judge62's 24). */
static int farewell_object(sent_ctx *c, size_t i, size_t n)
{
    const rasd_token *t = &c->s->t[i];
    return t->norm_len >= 6 && memcmp(t->norm, U_WAW U_DAL U_AIN, 6) == 0 &&
           guard_after_to(c, i + n, EK_AGUARD, AG_FAREWELL_OBJECT, FAREWELL_OBJECT_REACH, 1, 1);
}

int tg_guarded_force(sent_ctx *c, size_t i, size_t n, int noun, int kind)
{
    if (kind != EK_ASSAULT && kind != EK_FIGHT && kind != EK_APPEAL)
        return 0;
    if (guard_after(c, i + n, EK_AGUARD, AG_HABIT, REPEAT_REACH) ||
        guard_in_clause(c, i, EK_AGUARD, AG_HABIT, REPEAT_REACH, 1) || historical(c, i, n))
        return 1;              /* طالبت مرارا; لطالما هاجم; حرب 1994 */
    if (kind == EK_APPEAL && !noun &&
        ((waw_first(c, i) &&
          guard_after_to(c, i + n, EK_AGUARD, AG_FAREWELL, FAREWELL_REACH, 1, 1)) ||
         farewell_object(c, i, n) ||
         guard_after_to(c, i + n, EK_AGUARD, AG_BLESSING, BLESSING_REACH, 0, 1) ||
         cause_noun(c, i) || after_prep(c, i) ||
         guard_after(c, i + n, EK_AGUARD, AG_NEED, 1)))
        return 1;              /* ودعت … شهداء; ودعا لهم بالمغفرة; هذه المبالغات دعت;
                                  العمل على حث */
    return kind == EK_ASSAULT &&
           (guard_after(c, i + n, EK_AGUARD, AG_WORDS, WORDS_AFTER) ||
            guard_in_clause(c, i, EK_AGUARD, AG_WORDS, WORDS_BEFORE, 1));   /* هاجم … عبر تويتر */
}

int tg_clause_first(sent_ctx *c, size_t i)
{
    size_t k = i, m;
    while (k > c->t0 && c->s->t[k - 1].kind == RASD_TOK_PUNCT && !clause_break(c, k - 1))
        k--;                   /* «ودعا، (وطالب */
    return k == c->t0 || clause_break(c, k - 1) ||
           guard_is(c, k - 1, 0, EK_AGUARD, AG_LEAD, &m);
}

/* events19 (docs/EVENTS.md "Events: attacks and killings by default"): a deed done (data/
 * events.tsv "aguard" deed: قام، أقدم, "did", "dared to") whose noun follows it with ب or على
 * in its clause (قام مواطن بإطلاق النار على زوجته، أقدم … على قتل): the report of an act by
 * its doer, not a mention of a kind of deed. */
enum { DEED_REACH = 12,        /* أقدم كل من / X , و Y ـ إثيوبيي الجنسية – على قتل */
       NOT_PEOPLE_REACH = 6 }; /* بذبح أكثر من ثلاثة آلاف ذبيحة */

size_t tg_deed(sent_ctx *c, size_t i)
{
    size_t m;
    if (ev_clitic(c, i) != CL_BI &&
        (i <= c->t0 || !guard_is(c, i - 1, 0, EK_TGUARD, GUARD_TARGET, &m) || m != 1 ||
         c->s->t[i - 1].norm_len != 6))
        return 0;              /* بإطلاق النار، على قتل (على: 6 bytes; not استهدف) */
    if (guard_after_to(c, i + 1, EK_AGUARD, AG_NOT_PEOPLE, NOT_PEOPLE_REACH, 1, 0))
        return 0;              /* بإطلاق النار في الهواء ابتهاجا، بذبح ثلاثة آلاف ذبيحة */
    for (size_t k = i; k > c->t0 && k + DEED_REACH > i; k--) {
        if (stop_at(c, k - 1) || guard_is(c, k - 1, 1, EK_AGUARD, AG_SENTENCE, &m))
            return 0;          /* وصدرت أحكام القضاء الصارمة بقتل العشرات: a sentence */
        if (guard_is(c, k - 1, 1, EK_AGUARD, AG_DEED, &m))
            return k;
        if (k - 1 < i - 1 && ev_clitic(c, k - 1) == CL_BI)
            return 0;          /* قاموا بتحديد هوية مشتبه به مرتبط بالهجوم: the deed is
                                  the first ب-noun after its verb */
    }
    return 0;
}
