/* report_guards.c — guards of both event paths, the rules (events.c) and the trigger layer
 * (triggers.c), learned from a judged sample of main's default output (events23, seeds 3240
 * and 3241; docs/EVENTS.md "Events: precision of the defaults"). The trigger layer's guards
 * (trigger_guards.c) run in the layer alone, so that an event the rules found kept the
 * history and the hypothetical the layer would have dropped. Each reads a class of words of
 * data/events.tsv "aguard" (its own block, lists aguard.h names; since منذ and against على،
 * ضد are helpers):
 *  cease: وقف، إيقاف، توقف right before a noun of force (وقف إطلاق النار، بوقف القصف
 *     وهجوم القوات): what is asked to stop, no event;
 *  compare: مثل، مماثل … then a noun and a relative pronoun before the trigger in its
 *     clause (قنبلة مثل القنبلة التي استخدمت في تفجير): a likeness, no event of the report
 *     (likeness; an example, مثل هجمات، على غرار هجوم سوسة, is a real event named);
 *  first_person: أنني، قلت، شعرت … in the sentence of a verb in ت with no actor (ولكني
 *     اتهمت إنسانة بريئة): the writer's own deed in a column or memoir;
 *  experience: سبق له أن، سبق لها أن before a verb (الذي سبق له أن زار): a past
 *     experience, no event of the report (سبق أن alone most often tells a real earlier event);
 *  label: a line that starts with a site's label (سمات، كلمات دلالية): tags, no sentence;
 *  combatant, site (military), attack (its word; rg_military): an attack by fighters
 *     (هجمات المقاومة، هجوم شنه مقاتلو المعارضة) or on a military site (هجوما على مواقع):
 *     a fight, unless a word of terror ("aguard" terror, tguard 17: انتحاري) is in its sentence;
 *  for_me: لي right after an appeal's verb (وطلب لي … فنجان قهوة): an order, no appeal;
 *  blessing (events16's): a blessing after an appeal's word (وداعياً بالشفاء): a prayer; and
 *     tguard 10 (لو، إذا) before the trigger in its clause: a condition;
 * and history: the year nearest the trigger in its clause (after it: within AFTER_REACH words
 * and no relative pronoun between; with no date in the clause, the nearest in the clause just
 * before it) is two or more before the article's (في عام 1558، حينما استولت; ت 932م، الذي
 * زار): a background, no event of the report; and a killing of a victim killed long ago
 * (old_victim: ‹اغتيال› رفيق الحريري, "aguard" old_victim), dated or not; and a noun in ب
 * after "known for" (known_for: عُرف ‹بانتقاده›): a reputation, no event. */
#include "events/report_guards.h"
#include "core/internal.h"
#include "events/letters.h"

#include <stdint.h>
#include <string.h>

enum { CEASE_REACH = 2,        /* إيقاف إطلاق ‹النار› */
       COMPARE_REACH = 6,      /* مثل القنبلة التي استخدمت في ‹تفجير› */
       EXPERIENCE_REACH = 4,   /* سبق له أن ‹زار› */
       EVER_REACH = 3,         /* ولطالما ‹اتهمت›; لطالما كان ‹يهاجم› (prec67) */
       DOER_BEFORE = 3,        /* نفذت المقاومة ‹هجوماً› */
       DOER_AFTER = 3,         /* ‹هجوم› شنه مقاتلو; ‹اقتحم› مسلحو المقاومة */
       BLESSING_REACH = 14,    /* as trigger_guards.c's: ودعا معالي الأمين العام … بأن يحفظ */
       HISTORY_YEARS = 2,      /* as trigger_guards.c's: 2013 in an article of 2015 */
       VICTIM_REACH = 4,       /* اغتيال ‹الرئيس الشهيد رفيق الحريري› */
       AFTER_REACH = 8,        /* دعا البابا … إلى اليوبيل الاخير في عام 2000 */
       HYPO_REACH = 8,         /* as trigger_guards.c's: يتمنى لو أن الكلية طالبت */
       HYPO_TGUARD = 10,       /* tguard 10: لو، إذا، كلما */
       TERROR_TGUARD = 17,     /* tguard 17: انتحاري، مفخخة */
       INSPECT_REACH = 24 };   /* tokens: تفقد نائب خادم الحرمين الشريفين صاحب السمو الملكي
                                  الأمير محمد بن نايف بن عبدالعزيز آل سعود - حفظه الله- مساء
                                  اليوم ‹مسجد› (vis63: 22; snn-030411, unseen29's e5) */

/* Whether token k ends a clause: a comma or a stop (. ; : !). */
static int brk(sent_ctx *c, size_t k)
{
    return ev_comma(c, k) || ev_punct(c->s, k, ".;:!");
}

/* Whether a phrase of "aguard" v starts within reach words before token i in its clause and
 * ends before it. */
static int g_before(sent_ctx *c, size_t i, int v, size_t reach, int strip)
{
    size_t n;
    for (size_t k = i; k > c->t0 && k + reach > i; k--) {
        if (brk(c, k - 1))
            return 0;
        if (ev_aguard_at(c, k - 1, strip, v, &n) && k - 1 + n <= i)
            return 1;
    }
    return 0;
}

/* Whether a word of "aguard" v stands in the sentence (proclitics taken off). */
static int g_in_sentence(sent_ctx *c, int v)
{
    for (size_t k = c->t0; k < c->t1; k++)
        if (ev_aguard_at(c, k, 1, v, NULL))
            return 1;
    return 0;
}

/* Whether the trigger at token i is inside a likeness: a word of comparison, a noun, then a
 * relative pronoun before it in its clause (مثل القنبلة التي استخدمت في تفجير): the event
 * told of the thing likened, not reported. A trigger right after the word, or a relative
 * right after it, is an example (مثل هجمات جيش الدفاع على المباني، مثل الذي قام بتفجير نفسه
 * في مسجد): a real event named in passing. */
static int likeness(sent_ctx *c, size_t i)
{
    for (size_t k = i; k > c->t0 && k + COMPARE_REACH > i; k--) {
        if (brk(c, k - 1))
            return 0;
        if (ev_aguard_at(c, k - 1, 1, AG_COMPARE, NULL)) {
            if (k + 1 >= i || word_kind(c, k, 1, EK_RELATIVE))
                return 0;
            for (size_t r = k + 1; r < i; r++)
                if (word_kind(c, r, 1, EK_RELATIVE))
                    return 1;
            return 0;
        }
    }
    return 0;
}

/* Whether the sentence starts with a site's label (سمات، كلمات دلالية), punctuation passed. */
static int tag_line(sent_ctx *c)
{
    size_t k = c->t0;
    while (k < c->t1 && c->s->t[k].kind == RASD_TOK_PUNCT)
        k++;
    return ev_aguard_at(c, k, 0, AG_LABEL, NULL);
}

/* Whether the verb at token i, with no actor, is the writer's: its word in ت, a word of the
 * first person in its sentence (ولكني اتهمت إنسانة بريئة). */
static int first_person(sent_ctx *c, size_t i, const rasd_event *ev)
{
    const rasd_token *t = &c->s->t[i];
    return ev->nactors == 0 && ends_with(t->norm, t->norm_len, U_TEH) &&
           g_in_sentence(c, AG_FIRST_PERSON);
}

/* Whether a word of tguard 10 (لو، إذا، كلما) stands before token i in its clause, within
 * HYPO_REACH words: a condition, no event (حتى لو كان الهجوم من قوات). The layer reads it
 * (trigger_guards.c), the rules did not. */
static int hypothetical(sent_ctx *c, size_t i)
{
    int v;
    size_t m;
    for (size_t k = i; k > c->t0 && k + HYPO_REACH > i; k--) {
        if (brk(c, k - 1))
            return 0;
        if (c->s->t[k - 1].kind != RASD_TOK_PUNCT &&
            ev_word_is(c->s, k - 1, 0, EK_TGUARD, &v, &m) && v == HYPO_TGUARD)
            return 1;
    }
    return 0;
}

/* ------------------------------------------------------------------ history */

/* The year of a date: its ISO value's, a decade's end (198: 1989), a century's end (18:
 * 1899); 0 if none. */
static int date_year(const rasd_date *d)
{
    const char *v = d->value[0] ? d->value : d->timex;
    int y = 0, k = 0;
    for (; k < 4 && v[k] >= '0' && v[k] <= '9'; k++)
        y = y * 10 + (v[k] - '0');
    if (v[k] == '-' && k < 4)
        return 0;              /* a season of a year is ISO too; none such has fewer digits */
    return k == 4 ? y : d->value[0] ? 0 : k == 3 ? y * 10 + 9 : k == 2 ? y * 100 + 99 : 0;
}

/* The number of token k when it is 3 or 4 digits (ASCII after normalisation); 0 if not. */
static int digits_of(const rasd_token *t)
{
    int y = 0;
    if (t->kind != RASD_TOK_NUMBER || t->norm_len < 3 || t->norm_len > 4)
        return 0;
    for (size_t k = 0; k < t->norm_len; k++) {
        if (t->norm[k] < '0' || t->norm[k] > '9')
            return 0;
        y = y * 10 + (t->norm[k] - '0');
    }
    return y;
}

/* The year a bare number at token k writes, which the dates leave out (ت 932م، عام 1436هـ):
 * 3 or 4 digits after a year's word (عام، سنة), ت (died) or a bracket, and before م or هـ
 * (the Hijri year told in the Gregorian); 0 if none. */
static int bare_year(sent_ctx *c, size_t k)
{
    const rasd_token *t = &c->s->t[k], *e;
    int y = digits_of(t), hijri;
    if (!y || k + 1 >= c->t1 || k == c->t0)
        return 0;
    e = &c->s->t[k + 1];
    if (e->kind != RASD_TOK_ARABIC || e->norm_len != 2)
        return 0;
    hijri = memcmp(e->norm, U_HEH, 2) == 0;
    if (!hijri && memcmp(e->norm, U_MEEM, 2) != 0)
        return 0;              /* م or هـ (its tatweel gone) */
    if (!(word_kind(c, k - 1, 1, EK_YEARCUE) || ev_punct(c->s, k - 1, "(") ||
          (c->s->t[k - 1].norm_len == 2 && memcmp(c->s->t[k - 1].norm, U_TEH, 2) == 0)))
        return 0;              /* 500 م: metres */
    return hijri ? y - y / 33 + 622 : y;
}

/* Whether the token before the one at byte b is منذ ("since": الحرب المستمرة منذ 2011 goes
 * on today). */
static int since_before(sent_ctx *c, uint32_t b)
{
    for (size_t k = c->t0 + 1; k < c->t1; k++)
        if (c->s->t[k].start >= b)
            return ev_aguard_at(c, k - 1, 1, AG_SINCE, NULL);
    return 0;
}

/* A year of the sentence: where it is and its value. */
typedef struct { uint32_t start, end; int year; } year_at;

/* Keeps y as *best when it is nearer the trigger [ts, te) than *gap and no start (منذ). */
static void nearer(sent_ctx *c, const year_at *y, uint32_t ts, uint32_t te, year_at *best,
                   uint32_t *gap)
{
    uint32_t g = y->end <= ts ? ts - y->end : y->start >= te ? y->start - te : 0;
    if (g < *gap && !since_before(c, y->start))
        *best = *y, *gap = g;
}

/* Whether a year at byte b after the trigger ending at token e is another matter's: more than
 * AFTER_REACH words on, or after a relative pronoun (المدينة التي تعتبر حاضرة المدن في
 * الخمسينات; منفذ الجريمة … من مواليد عام 1415هـ). */
static int after_other(sent_ctx *c, size_t e, uint32_t b)
{
    for (size_t k = e; k < c->t1 && c->s->t[k].start < b; k++)
        if (k >= e + AFTER_REACH || word_kind(c, k, 1, EK_RELATIVE))
            return 1;
    return 0;
}

/* Whether the year y after the trigger (ending at token e, byte te) is not the trigger's:
 * another matter's (after_other), or what a speech act is about (اتهمتها واشنطن بالهجوم على
 * مجمعها في بنغازي عام 2012: the attack's year, not the accusation's). */
static int not_its(sent_ctx *c, size_t e, uint32_t te, const year_at *y, int speech)
{
    return y->start >= te && (speech || after_other(c, e, y->start));
}

/* The year nearest the trigger at tokens [i, e) among tokens [ka, kb) of its sentence: the
 * dates of the document, then the bare years of the tokens; its year 0 if none. *any counts
 * the dates and years of the span, the trigger's or not. */
static year_at nearest_year(sent_ctx *c, size_t i, size_t e, size_t ka, size_t kb, int speech,
                            int *any)
{
    size_t nd;
    const rasd_date *d = rasd_doc_dates(c->doc, &nd);
    uint32_t ts = c->s->t[i].start, te = c->s->t[e - 1].end, gap = UINT32_MAX;
    uint32_t s0 = c->s->t[ka].start, s1 = c->s->t[kb - 1].end;
    year_at best = {0, 0, 0}, y;
    for (size_t k = 0; k < nd; k++) {
        if (d[k].start < s0 || d[k].end > s1)
            continue;
        ++*any;                /* a date of no year (في 16 ديسمبر الماضي unresolved) too */
        if ((y.year = date_year(&d[k])) == 0)
            continue;
        y.start = d[k].start, y.end = d[k].end;
        if (!not_its(c, e, te, &y, speech))
            nearer(c, &y, ts, te, &best, &gap);
    }
    for (size_t k = ka; k < kb; k++) {
        if ((y.year = bare_year(c, k)) == 0)
            continue;
        y.start = c->s->t[k].start, y.end = c->s->t[k + 1].end;
        ++*any;
        if (!not_its(c, e, te, &y, speech))
            nearer(c, &y, ts, te, &best, &gap);
    }
    return best;
}

/* Whether the trigger at tokens [i, i + n) of kind is told of a year HISTORY_YEARS or more
 * before the article's: the year nearest it in its clause, or with no date there the nearest
 * in the clause just before (في عام 1558، حينما استولت; ت 932م، الذي زار; but جمدت … في
 * 2008، لكنها رفعت … إثر هجوم … في 16 ديسمبر الماضي, and a date three clauses back: … 15
 * فبراير 1968 مما قاد شاه إيران، وتعبيرا …، إلى إلغاء زيارة …، وهدد الشاه, unseen3's gold). A
 * relative date resolved (أمس) is a year of the article's: the trigger's own. */
static int historical(sent_ctx *c, size_t i, size_t n, int kind)
{
    const struct ev_doc *x = EV_DOC(c->doc);
    size_t a = i, b = i + n;
    year_at y;
    int ay, m, dd, any = 0;
    int speech = kind == EK_APPEAL || kind == EK_CRITICIZE || kind == EK_ACCUSE ||
                 kind == EK_THREATEN;
    if (!x->have_anchor)
        return 0;
    while (a > c->t0 && !brk(c, a - 1))
        a--;
    while (b < c->t1 && !brk(c, b))
        b++;
    y = nearest_year(c, i, i + n, a, b, speech, &any);
    if (!any && a > c->t0) {   /* a clause with a date of its own is not told of another's */
        size_t pa = a - 1;     /* the clause before, its break included */
        while (pa > c->t0 && !brk(c, pa - 1))
            pa--;
        y = nearest_year(c, i, i + n, pa, a, speech, &any);
    }
    cal_civil(x->anchor, &ay, &m, &dd);
    return y.year && y.year + HISTORY_YEARS <= ay;
}

/* Whether the killing at tokens [i, i + n) of kind assassinate or kill names, within
 * VICTIM_REACH words after it in its clause and with no place's head between ("aguard"
 * place_head: في، مسجد), a person killed before 2013 ("aguard" old_victim: ‹اغتيال› رفيق
 * الحريري، واغتيال الرئيس الشهيد رفيق الحريري، ملف ‹اغتيال› عرفات): history, with or without
 * a date (old59; bench/old59/rule.md). */
static int old_victim(sent_ctx *c, size_t i, size_t n, int kind)
{
    size_t m;
    if (kind != EK_ASSASSINATE && kind != EK_KILL)
        return 0;
    for (size_t k = i + n; k < c->t1 && k < i + n + VICTIM_REACH; k++) {
        if (brk(c, k) || ev_aguard_at(c, k, 1, AG_PLACE_HEAD, &m))
            return 0;
        if (ev_aguard_at(c, k, 1, AG_OLD_VICTIM, &m))
            return 1;
    }
    return 0;
}

/* Whether a blessing ("aguard" blessing of events16: بالشفاء، يتغمده) follows the appeal ending at
 * token e within BLESSING_REACH words, before its إلى or على and in its clause (وداعياً
 * بالشفاء العاجل للمصابين): a prayer, which the layer reads and the rules did not. */
static int blessing(sent_ctx *c, size_t e)
{
    size_t m;
    for (size_t k = e; k < c->t1 && k < e + BLESSING_REACH; k++) {
        if (brk(c, k) || word_value(c, k, EK_ABOUT) == ABOUT_TO)
            return 0;
        if (ev_aguard_at(c, k, 0, AG_BLESSING, &m))
            return 1;
    }
    return 0;
}

/* Whether the event's noun at token i carries ب right after a word of "aguard" known_for
 * (والجنيد … عُرف بانتقاده للحوثيين، المعروف بتأييده، اشتهر بمواقفه): what someone is known
 * for, a habit or reputation, no event of the report (judge54's event row 60; fix55). */
static int known_for(sent_ctx *c, size_t i)
{
    return i > c->t0 && ev_clitic(c, i) == CL_BI && ev_aguard_word(c, i - 1, AG_KNOWN_FOR);
}

/* vis63 (docs/EVENTS.md "Issue 16: an inspection tour as a visit"): whether a visit told by
 * تفقد ("aguard" inspect) at [i, i + n) is an official's inspection of a place: the verb opens
 * its clause (the sentence's start, a comma or a "lead" word before it: كما، وقد، ثم) and a
 * place noun ("aguard" inspect_place: مسجد، مستشفى، مقر، مدارس) follows within INSPECT_REACH
 * words in its sentence. Else it is "loses" (أن تفقد الأم حياتها) or an inspection of no
 * place (تفقد الاستعدادات، الخدمات، المصابين). */
static int inspection(sent_ctx *c, size_t i, size_t n)
{
    size_t m;
    if (i > c->t0 && !brk(c, i - 1) && !ev_aguard_at(c, i - 1, 0, AG_LEAD, &m))
        return 0;              /* أن تفقد، التي تفقد */
    for (size_t k = i + n; k < c->t1 && k < i + n + INSPECT_REACH; k++) {
        if (ev_punct(c->s, k, ".;:!"))
            break;
        if (ev_aguard_at(c, k, 1, AG_INSPECT_PLACE, &m))
            return 1;
    }
    return 0;
}

int rg_inspection(sent_ctx *c, size_t i, size_t n)
{
    size_t m;
    return ev_aguard_at(c, i, 1, AG_INSPECT, &m) && inspection(c, i, n);
}

int rg_unreported(sent_ctx *c, size_t i, size_t n, int verb, int kind, const rasd_event *ev)
{
    size_t m;
    if (kind == EK_VISIT && ev_aguard_at(c, i, 1, AG_INSPECT, &m) && !inspection(c, i, n))
        return 1;              /* تفقد الاستعدادات; أن تفقد الأم حياتها (vis63) */
    if (kind == EK_APPEAL && blessing(c, i + n))
        return 1;              /* وداعياً بالشفاء */
    if ((verb && g_before(c, i, AG_EVER, EVER_REACH, 1)) ||
        (kind == EK_CRITICIZE && ev_aguard_at(c, i, 1, AG_COURT_VERDICT, &m)))
        return 1;              /* ولطالما اتهمت: a habit; وأدانت المحكمة الشركة: a verdict */
    if (tag_line(c) || likeness(c, i) || hypothetical(c, i) || historical(c, i, n, kind) ||
        old_victim(c, i, n, kind) ||
        rg_condition_after(c, i, n, verb, kind) || rg_notice_history(c, i, kind))
        return 1;              /* سمات …; مثل القنبلة التي …; حتى لو كان الهجوم; عام 1558 */
    if (!verb)
        return ((kind == EK_ASSAULT || kind == EK_FIGHT) &&
                g_before(c, i, AG_CEASE, CEASE_REACH, 1)) ||   /* وقف إطلاق النار */
               known_for(c, i);                                 /* عُرف بانتقاده */
    return g_before(c, i, AG_EXPERIENCE, EXPERIENCE_REACH, 1) || first_person(c, i, ev) ||
           (kind == EK_APPEAL && ev_aguard_at(c, i + n, 0, AG_FOR_ME, &m));
}

/* ------------------------------------------------------------------ military */

/* Whether a word of terror stands in the sentence of the attack at [i, i + n) ("aguard" terror,
 * tguard 17: الاعتداء بالشاحنة المفخخة … الهجمات التي شنها مقاتلو طالبان): a terrorist or
 * suicide attack stays an assault. */
static int terror_near(sent_ctx *c, size_t i, size_t n)
{
    int v;
    size_t m;
    (void)i, (void)n;
    for (size_t k = c->t0; k < c->t1; k++)
        if (ev_aguard_at(c, k, 1, AG_TERROR, NULL) ||
            (c->s->t[k].kind != RASD_TOK_PUNCT &&
             ev_word_is(c->s, k, 1, EK_TGUARD, &v, &m) && v == TERROR_TGUARD))
            return 1;
    return 0;
}

/* Whether a fighting force's word stands as the attack's doer: up to DOER_BEFORE words before
 * it (نفذت المقاومة هجوماً) or DOER_AFTER after it before its target (هجمات المقاومة، هجوم
 * شنه مقاتلو المعارضة على), in its clause. */
static int combatant_doer(sent_ctx *c, size_t i, size_t n)
{
    size_t m;
    for (size_t k = i; k > c->t0 && k + DOER_BEFORE > i; k--) {
        if (brk(c, k - 1))
            break;
        if (ev_aguard_at(c, k - 1, 1, AG_COMBATANT, &m))
            return 1;
    }
    for (size_t k = i + n; k < c->t1 && k < i + n + DOER_AFTER; k++) {
        if (brk(c, k) || ev_aguard_at(c, k, 0, AG_AGAINST, &m))
            break;             /* على: the target follows */
        if (ev_aguard_at(c, k, 1, AG_COMBATANT, &m))
            return 1;
    }
    return 0;
}

/* Whether a military site follows the attack right after على or ضد within its clause (هجوما
 * مباغتا على مواقع للمسلحين، هجوم على قاعدة). */
static int site_target(sent_ctx *c, size_t i, size_t n)
{
    size_t m;
    for (size_t k = i + n; k + 1 < c->t1 && k < i + n + DOER_AFTER + 1; k++) {
        if (brk(c, k))
            return 0;
        if (ev_aguard_at(c, k, 0, AG_AGAINST, &m))
            return ev_aguard_at(c, k + 1, 0, AG_SITE, &m);
    }
    return 0;
}

int rg_military(sent_ctx *c, size_t i, size_t n)
{
    size_t m;
    return ev_aguard_at(c, i, 1, AG_ATTACK, &m) && (combatant_doer(c, i, n) || site_target(c, i, n)) &&
           !terror_near(c, i, n);     /* the sentence's words last: the dearest */
}
