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

/* Whether a word of "tguard" v stands before token i in its clause, within reach words (its
 * proclitics taken off when strip: not for لو، إذا, which ولاية would give as و + ل + اية). */
static int guard_in_clause(sent_ctx *c, size_t i, int v, size_t reach, int strip)
{
    size_t n;
    for (size_t k = i; k > c->t0 && k + reach > i; k--) {
        if (ev_comma(c, k - 1) || ev_punct(c->s, k - 1, ".;:!"))
            return 0;
        if (guard_at(c, k - 1, strip, &n) == v)
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
    for (size_t k = 0; k < c->ne; k++)
        if (c->en[k].tok_end == i - 1)
            return 0;          /* الحوثيين الذين هاجموا: a group that acts */
    return 1;
}

int tg_content(sent_ctx *c, size_t i)
{
    size_t m;
    return i > c->t0 && guard_at(c, i - 1, 0, &m) == GUARD_TO;
}

int tg_military(sent_ctx *c, size_t i, size_t n)
{
    size_t m;
    if (guard_at(c, i, 1, &m) != GUARD_ATTACK || guard_after(c, i + n, GUARD_SUICIDE, 2))
        return 0;              /* a bombing, a suicide attack: an assault whatever its target */
    for (size_t k = i + n; k < c->t1 && k < i + n + TARGET_REACH; k++) {
        int before = k == i + n ? -1 : guard_at(c, k - 1, 1, &m);
        if (ev_comma(c, k) || ev_punct(c->s, k, ".;:!"))
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
    if ((!noun && in_name(c, i)) || guard_in_clause(c, i, GUARD_HYPO, HYPO_REACH, 0))
        return 1;              /* زارا (a name); يتمنى لو أن الكلية طالبت */
    if (!noun && kind_relative(c, i) && kind != EK_APPEAL && kind != EK_CRITICIZE &&
        kind != EK_ACCUSE && kind != EK_THREATEN)
        return 1;              /* المعتمرين الذين زاروا المملكة */
    if (kind == EK_APPEAL && guard_after(c, i + n, GUARD_FAITH, FAITH_REACH))
        return 1;              /* أمر حثت عليه الشريعة */
    if (force && (guard_after(c, i + n, GUARD_ANIMAL, ANIMAL_REACH) ||
                  guard_in_clause(c, i, GUARD_ANIMAL, ANIMAL_REACH, 1)))
        return 1;              /* هجوم سمكة قرش */
    if (kind == EK_APPEAL && !noun && guard_before(c, i, GUARD_CAUSE, CAUSE_REACH))
        return 1;              /* وهو ما دعا وزير العدل إلى تشكيل فريق */
    if (kind == EK_ASSAULT && noun && guard_before(c, i + 1, GUARD_DEATH, 1) &&
        guard_after(c, i + n, GUARD_COMBATANT, DEAD_REACH))
        return 1;              /* أسفرت عن مقتل سبعة مسلحين */
    if ((kind == EK_MEET || kind == EK_HOST) && !noun &&
        guard_after(c, i + n, GUARD_PUBLIC, PUBLIC_REACH))
        return 1;              /* التقى بعدد من المواطنين */
    if (kind == EK_VISIT && web_address(c))
        return 1;              /* زيارة موقع المديرية www.… */
    return noun && ((definite(c, i) && guard_before(c, i, GUARD_ANAPHOR, 1)) ||
                    guard_before(c, i, GUARD_PLACE, 1));   /* هذه المواجهات; بلدة الزيارة */
}

/* events16 (docs/EVENTS.md "Events: assault, fight and appeal by default"), from the layer's
 * rows of these kinds on the read parts and a judged corpus sample (seed 9191):
 *  60 farewell: after و + دعت (ودّع, "bid farewell"), the dead, a year or a tournament
 *     (ودعت مقبرة الشرف … شهداء، ودع جثمان): no appeal;
 *  61 prayer: after an appeal's verb, before إلى, a blessing asked (ودعا لسائر الشهداء
 *     بالمغفرة، دعا … بأن يحفظ الله): a prayer, which ev_prayer reads only right after it;
 *  62 habit: a word of repetition or habit near the trigger (طالبت مرارا وتكرارا، لطالما
 *     هاجم، الهجمات المتكررة): a habit, no event of the report;
 *  63 words: a word of speech or media near an attack (هاجم … عبر حسابه على تويتر، هاجمت
 *     صحيفة كيهان، هاجم السعودية واصفا، وهاجم الدور الأوروبي، تعرض الاتفاق لهجوم): a verbal
 *     attack, as a person's هاجم is for the rules;
 *  64 air or guns (tg_airborne): the doer of an attack is an aircraft, a tank or artillery
 *     (هاجمت طائرة حربية مواقع، الهجمات الجوية): a fight (CAMEO 19x), typed so;
 *  66 need: الحاجة، الضرورة right after دعت (إن دعت الحاجة إلى عقد اجتماع): "if need be";
 * a verbal noun: an appeal's word right after a preposition (العمل على حث طهران): حثّ, the
 *     noun, not the verb;
 * a cause: a demonstrative and a noun right before دعا, or a demonstrative right after it
 *     (هذه المبالغات دعت بعض المسؤولين إلى، دعا هذا الأمر العلماء إلى: "led … to", as tguard
 *     4's ما دعا);
 * history: the date nearest the trigger in its clause is HISTORY_YEARS or more before the
 *     article's year (في 2001، حرب 1994): a background, no event of the report. */
enum { GUARD_FAREWELL = 60, GUARD_PRAYER = 61, GUARD_HABIT = 62, GUARD_WORDS = 63,
       GUARD_AIR = 64, GUARD_NEED = 66, GUARD_LEAD = 67 };
enum { FAREWELL_REACH = 12,    /* ودعت مقبرة الشرف في مدينة أبها بمنطقة عسير عصر اليوم شهداء:
                                  over the subject and a place, not past إلى */
       BLESSING_REACH = 14,     /* ودعا معالي الأمين العام … في ختام بيانه بأن يحفظ */
       HABIT_REACH = 3,        /* طالبت مرارا وتكرارا; الذي لطالما هاجم */
       WORDS_BEFORE = 3,       /* تغريداته التي هاجم */
       WORDS_AFTER = 6,        /* هاجم الإخوان عبر حسابه */
       AIR_BEFORE = 4,         /* طائرات تابعة للجيش هاجمت */
       AIR_AFTER = 3,          /* هاجمت طائرة حربية; الهجمات الجوية */
       HISTORY_YEARS = 2 };    /* 2013 in an article of 2015: the chemical attack of the
                                  Ghouta told as background; 2014 in 2015 is often the
                                  report's own story (a year ago, last Ramadan) */

/* Whether a word of "tguard" v stands within reach tokens after token end in its clause,
 * read with its proclitics (strip) or not; stops at إلى (tguard 18), what an appeal asks,
 * when to is set. */
static int guard_after_to(sent_ctx *c, size_t end, int v, size_t reach, int strip, int to)
{
    size_t n;
    for (size_t k = end; k < c->t1 && k < end + reach; k++) {
        int g;
        if (ev_comma(c, k) || ev_punct(c->s, k, ".;:!"))
            return 0;
        if ((g = guard_at(c, k, strip, &n)) == v)
            return 1;
        if (to && g == GUARD_TO)
            return 0;
    }
    return 0;
}

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
    while (end < c->t1 && !ev_comma(c, end) && !ev_punct(c->s, end, ".;:!"))
        end++;                 /* the clause's end: a date after it is another matter's */
    while (start > c->t0 && !ev_comma(c, start - 1) && !ev_punct(c->s, start - 1, ".;:!"))
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
    return i >= c->t0 + 2 && definite(c, i - 1) && guard_at(c, i - 2, 0, &m) == GUARD_ANAPHOR;
}

int tg_airborne(sent_ctx *c, size_t i, size_t n, int noun)
{
    if (noun)
        return guard_after(c, i + n, GUARD_AIR, AIR_AFTER);   /* الهجمات الجوية */
    return guard_after(c, i + n, GUARD_AIR, AIR_AFTER) ||
           guard_in_clause(c, i, GUARD_AIR, AIR_BEFORE, 1);    /* هاجمت طائرة حربية */
}

int tg_guarded16(sent_ctx *c, size_t i, size_t n, int noun, int kind)
{
    if (kind != EK_ASSAULT && kind != EK_FIGHT && kind != EK_APPEAL)
        return 0;
    if (guard_after(c, i + n, GUARD_HABIT, HABIT_REACH) ||
        guard_in_clause(c, i, GUARD_HABIT, HABIT_REACH, 1) || historical(c, i, n))
        return 1;              /* طالبت مرارا; لطالما هاجم; حرب 1994 */
    if (kind == EK_APPEAL && !noun &&
        ((waw_first(c, i) && guard_after_to(c, i + n, GUARD_FAREWELL, FAREWELL_REACH, 1, 1)) ||
         guard_after_to(c, i + n, GUARD_PRAYER, BLESSING_REACH, 0, 1) || cause_noun(c, i) ||
         after_prep(c, i) ||
         guard_after(c, i + n, GUARD_NEED, 1)))
        return 1;              /* ودعت … شهداء; ودعا لهم بالمغفرة; هذه المبالغات دعت;
                                  العمل على حث */
    return kind == EK_ASSAULT &&
           (guard_after(c, i + n, GUARD_WORDS, WORDS_AFTER) ||
            guard_in_clause(c, i, GUARD_WORDS, WORDS_BEFORE, 1));   /* هاجم … عبر تويتر */
}

int tg_clause_first(sent_ctx *c, size_t i)
{
    size_t k = i, m;
    while (k > c->t0 && c->s->t[k - 1].kind == RASD_TOK_PUNCT && !ev_comma(c, k - 1) &&
           !ev_punct(c->s, k - 1, ".;:!"))
        k--;                   /* «ودعا، (وطالب */
    return k == c->t0 || ev_comma(c, k - 1) || ev_punct(c->s, k - 1, ".;:!") ||
           guard_at(c, k - 1, 0, &m) == GUARD_LEAD;
}
