/* events.c — what happened, who took part, where and when (ev.h, rasd.h; docs/EVENTS.md).
 *
 * One event a sentence at most, precision first. A sentence reports an event when it holds a
 * phrase of data/events.tsv that no negation precedes (لم يلتق، قبل اجتماع، حضر الاجتماع), a
 * verb carrying no proclitic but و or ف (لقصف، بقصف are nouns), and the named entities
 * (rasd_recognize) stand where that phrase's form (enum form) puts its actors:
 *   verb     its subject after it, with at most LEAD_MAX titles, genitives, dates and places
 *            between (اتهم رئيس الوزراء أحمد داود أوغلو), or before it after a word that puts
 *            the subject first, across an apposition, or after a relative pronoun (أن المالكي
 *            يهاجم، محسن مرزوق، الذي وقع); its object within OBJECT_REACH words after the
 *            subject, joined as the kind allows (directly, مع، بـ، و، على: joins_of);
 *   dual     its two parties within NOUN_REACH words before it (بوتين وكاميرون … لقائهما);
 *   noun     its subject within NOUN_REACH words before it and its other party after
 *            (لافروف … لقائه … جونسون؛ بوتين … مؤتمر صحفي مشترك مع هولاند);
 *   between  both parties after it (لقاء بين أوباما وبوتين).
 * Meetings, visits and hosts are between people; an appeal's, an attack's or a bombing's
 * subject is a person or an organisation; for the other kinds countries act too. A quote's
 * speaker is the subject of a cooperative verb in the first person in it (اتفقت مع الرئيس
 * بوتين). A person's هاجم of a person or of what they said is criticism (111); with nobody
 * named it is left out. Bare nouns (لقاء، هجوم، زيارة) report nothing on their own: too often
 * they name no event of the sentence's actors.
 *
 * The place is a place after في or إلى or with ب (في موسكو، بموسكو), or a venue after في or
 * قمة (في الكرملين، قمة مجموعة العشرين), within PLACE_REACH words after the phrase (else right
 * before it) and in its clause, and not past the start of what an appeal, agreement,
 * criticism, accusation or threat is about (اتفقا على … في سوريا). The date is the sentence's
 * full date nearest the phrase within DATE_REACH bytes and not past a comma unless within
 * DATE_NEAR, else such a month; else the article's (its publication date, or the date it
 * states), marked as not stated. Events of one article with the same CAMEO root and actors
 * are one (the place said closest to its phrase wins; a stated date replaces the article's);
 * their id (CAMEO root, actor ids, date) is what links the reports of other articles.
 *
 * Issue 16 (evrecall2): an appeal, criticism, accusation or threat with no named subject takes
 * its quote's speaker (cue_speaker); a criticism or accusation may name its subject alone
 * (speech_alone); حمّل X Y مسؤولية accuses (blamed); an honorific after a noun event is the
 * person quotes.c reads it as (honoree); a host's guest may follow the protocol formula
 * (forms.c guest_after). Who the actors are is actors.c's (actors.h); the force after a
 * noun of attack and the guest past the venue (events5) forms.c's; the speaker of what is
 * said (an appeal's, a criticism's, an accusation's) said.c's.
 *
 * The words these rules test are in data/events.tsv (their kinds say what each does); the
 * letters and affixes tested on bytes are named in letters.h.
 */
#include "events/actors.h"
#include "events/appeal_bare_past.h"
#include "events/talks_between.h"
#include "events/appeal_renewed.h"
#include "events/appeal_opening.h"
#include "events/criticize_called.h"
#include "events/criticize_participle.h"
#include "events/opening.h"
#include "events/past_in_plan.h"
#include "events/report_guards.h"
#include "events/struck_side.h"
#include "events/trigger_guards.h"
#include "entities/ent.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/* Keyed by the kind: the word lists' other kinds have no entry (type NULL). */
static const kind_info kinds[EK_COUNT] = {
    [EK_MEET] = {EK_MEET, "meet", "040", 2, 2, 2},
    [EK_VISIT] = {EK_VISIT, "visit", "042", 1, 2, 2},
    [EK_HOST] = {EK_HOST, "host", "043", 2, 2, 2},
    [EK_AGREE] = {EK_AGREE, "agree", "030", 2, 2, 0},
    [EK_SIGN] = {EK_SIGN, "sign", "057", 2, 2, 0},
    [EK_APPEAL] = {EK_APPEAL, "appeal", "020", 1, 1, 0},
    [EK_CRITICIZE] = {EK_CRITICIZE, "criticize", "111", 2, 2, 0},
    [EK_ACCUSE] = {EK_ACCUSE, "accuse", "112", 2, 2, 0},
    [EK_THREATEN] = {EK_THREATEN, "threaten", "130", 2, 2, 0},
    [EK_ASSAULT] = {EK_ASSAULT, "assault", "180", 1, 2, 1},
    [EK_FIGHT] = {EK_FIGHT, "fight", "190", 1, 2, 1},
    [EK_KILL] = {EK_KILL, "kill", "1823", 1, 2, 1},
    [EK_ASSASSINATE] = {EK_ASSASSINATE, "assassinate", "186", 1, 2, 1},
};

/* The forms (enum form, actors.h), by their value in data/events.tsv: */
/* Value 18 (F_PURPOSE, events6): talks as the purpose of a journey, a noun with لـ (سوف يتوجه
 * إلى واشنطن وموسكو لاجراء محادثات … مع نظيريه … باراك اوباما وفلاديمير بوتين): its subject the
 * traveller before it, the other party after مع within PURPOSE_REACH words; a second person
 * coordinated right after the first is a meeting of its own. */
/* Value 17 (F_RECEIVED, events6): the protocol formula of a reception, كان في استقبال(ه)
 * (forms.c ev_reception): the host named after it, the guest after استقبال or, for
 * استقباله, the visitor the sentence or the one before told of (visitor). */
/* Value 16 (F_FVERB, events5): a verb of fighting that only an armed force's deed makes one
 * (استهدف: "targeted"; a ministry targets students, a team a title): a verb (1) whose subject
 * must be a force's description or an organisation named from a force's head (واستهدف
 * الطيران مواقع، استهدفت ميليشيات الحوثي بالأسلحة الثقيلة الأحياء). */
/* Value 15 (F_FORCE, events5): a noun of fighting or attack whose doer is an armed force
 * named right after it (its genitive: قصف الطيران المروحي، غارات التحالف، هجوم الحوثيين) or
 * after من قبل or من a few words on (قصف من قبل قوات النظام، للقصف من قبل الحوثيين، لقصف مكثف
 * من الطيران المروحي، إطلاق النار عليهم من قبل قوات أمنية); the deed nouns of fighting
 * (غارات، هجمات، النار) and the verbal noun قصف are read so where no verb governs them. */
/* Value 14 (F_FIRST, events5): a verb of appeal in the first person (أدعو، ندعو، نطالب،
 * نناشد) inside a quote: its actor is the quote's speaker, the one asked its object
 * («… وأننا ندعو كافة الدول العربية بسرعة تنفيذ المشروعات»، «نحن ندعو كوفي أنان للخوض …»). */
/* Value 13 (F_BARE, evrecall3): a phrase that reports a bombing, an explosion or a clash with
 * nobody named as its doer (وقع التفجير، وقع انفجار، اندلعت اشتباكات، دارت معارك): its parties
 * after بين if the text gives them (names or descriptions), else none; an event with no actor
 * needs a place (في منطقة عسير), which its id hashes in their stead. */
/* Value 21 (F_PRON, events7): a verb of accusation that carries its object as a pronoun
 * (اتهمها، يتهمه، تتهمهم): a verb (1) whose event is its subject's alone, with nobody named as
 * the accused (the pronoun's referent is not resolved); it is never the passive, which takes
 * no object pronoun. */
/* Value 20 (F_NEAR, events7): a noun of attack or fighting named with nobody as its doer, as
 * a phrase of value 13 (F_BARE), whose place follows it within NEAR_PLACE words (الهجمات
 * الإرهابية الأخيرة في البحرين، التي وقعت خصوصا في سيفاري، المواجهات الدائرة في بلدة
 * الزبداني): a place farther on is too often another matter's (ضربات جوية مشتركة ضد متشددي
 * الدولة الاسلامية في سوريا: the strikes agreed on). */
enum { NEAR_PLACE = 4 };
/* Value 22 (F_AT, events8): a noun of attack with no article whose genitive is the place it
 * happened at (هجوم سوروتش، تفجيرات كابول، هجمات باريس، تفجير مسجد قوات الطوارئ بعسير): an event
 * with no actor there, as F_NEAR. A genitive followed by على or ضد is the doer (هجوم إسرائيل
 * على غزة): no event of this form. */
/* Value 10 (F_WVERB): a verb listed with its و because the bare word is another (وطالب: طالب
 * is "student"); it is a verb (1) with و cut. */

/* Value 7 (F_DEED) lists a noun that names what a verb of value 8 (F_DOES) does when it
 * follows that verb's subject (وقعت جامعة حائل اتفاقية تعاون مع …، شن طيران التحالف غارات
 * على …): the noun's kind is the event's; alone, the verb and the noun report nothing. */
enum { DEED_GAP = 2 };         /* words between the noun and the مع/على of the other party
                                  (اتفاقية تعاون مع، غارات جوية مكثفة على) */

/* The value of data/events.tsv "negation" for a word after which a noun event happened
 * before the sentence's time (بعد لقائه، عقب اجتماعه): it cancels only a verb (evbreadth). */
enum { NEG_BEFORE = 1,
       NEG_NOUN = 2 };         /* a word after which a noun of force (F_FORCE) names no
                                  attack that happened: protection or exposure from it
                                  (لتأمينها من هجمات الحوثيين، معرضة لضربات التحالف; events5);
                                  it cancels nothing else */

/* Whether the word of token t, as written, has a shadda on the letter after its first و
 * (ودّعت، وزّع، وقّع): then the و is the root's (a verb of the second form: ودّع, to bid
 * farewell), not the conjunction before دعت. Words written without vowels stay ambiguous. */
int ev_root_waw(const rasd_doc *doc, const rasd_token *t)
{
    const unsigned char *p = (const unsigned char *)doc->text + t->start,
                        *end = (const unsigned char *)doc->text + t->end;
    int32_t cp;
    int letters = 0;
    if (end - p < 6)
        return 0;                          /* و and at least a letter and a mark */
    while (p < end) {
        p += utf8_decode(p, (size_t)(end - p), &cp);
        if (cp < 0x064B || cp > 0x0652) {  /* a letter, not a vowel or shadda */
            if (++letters > 2 || (letters == 1 && cp != 0x0648))
                return 0;
        } else if (letters == 2 && cp == 0x0651) {
            return 1;                      /* U+0651 shadda on the letter after و */
        }
    }
    return 0;
}

/* The reporting word in tokens [t0, t1) from token *i on: its kind, its tokens in *n, its
 * form (enum form) in *form, the proclitic letters it carries in *cut. A verb carries و or
 * ف only (لقصف، بقصف: a noun, "to bomb", "by bombing"). */
static const kind_info *trigger(sent_ctx *c, size_t *i, size_t *n, int *form, int *cut)
{
    for (; (*i = ev_next_event_start(c->s, *i, c->t1)) < c->t1; (*i)++) {   /* cost53 */
        size_t neg;
        int v, fverb;
        const ev_word *w = ev_lookup_any(c->s, *i, 1, EVENT_KINDS, n);
        if (!w || *i + *n > c->t1)
            continue;
        *cut = c->s->cut;
        if (*cut >= 1 && c->s->t[*i].norm_len >= 2 &&
            memcmp(c->s->t[*i].norm, "\xd9\x88", 2) == 0 && ev_root_waw(c->doc, &c->s->t[*i]))
            continue;                      /* ودّعت: not و + دعت */
        for (size_t k = 0; k < EK_COUNT; k++)
            if (kinds[k].type && EV_HAS_KIND(w, k)) {
                *form = w->val[kinds[k].kind];
                fverb = *form == F_FVERB;
                if (fverb)
                    *form = F_VERB;    /* its subject is tested after (armed) */
                if (*form == F_WVERB)
                    *form = F_VERB, *cut = 1;  /* وطالب: a verb that carries its و */
                if (*form == F_OPENV && !ev_appeal_opening(c, *i, *cut))
                    break;             /* طالب: a student, unless it opens a clause */
                if (*form == F_OPENV)
                    *form = F_VERB;    /* طالب الرئيس اليمني …، طالب السيسي (appeal_opening.c) */
                c->pron = *form == F_PRON;
                if (*form == F_PRON)
                    *form = F_VERB;    /* اتهمها: a verb whose object is its pronoun */
                if (*form == F_DEED && (k == EK_FIGHT || k == EK_ASSAULT))
                    *form = F_FORCE;   /* غارات التحالف، النار … من قبل قوات (events5) */
                if (*form == F_DEED || *form == F_BLAMED || *form == F_ARRIVAL)
                    break;             /* a deed noun alone (اتفاقية، مسؤولية), an arrival
                                          clause (لدى وصوله): nothing */
                if (*form == F_FORCE && k == EK_FIGHT && !ev_may_advance(c, *i))
                    break;             /* تقدم with no word of direction after (ground_subject.c) */
                if (*i > c->t0 && ev_word_is(c->s, *i - 1, 1, EK_NEGATION, &v, &neg) &&
                    v != NEG_NOUN &&
                    !(v == NEG_BEFORE && *form != F_VERB && *form != F_DOES && *form != F_SAID &&
                      *form != F_BARE && *form != F_NEAR && *form != F_AT && *form != F_BLAME &&
                      *form != F_FIRST))
                    break;     /* لم يلتق; but بعد لقائه: a meeting that happened (evbreadth) */
                if (*form == F_VERB && k == EK_FIGHT && !fverb &&
                    !ev_conjunctions(&c->s->t[*i], *cut) && ev_verbal_noun(c, *i, *cut))
                    *form = F_FORCE;   /* لقصف، بقصف: the noun (events5) */
                if ((*form == F_VERB || *form == F_DOES || *form == F_SAID || *form == F_FIRST) &&
                    !ev_conjunctions(&c->s->t[*i], *cut))
                    break;             /* a proclitic other than و and ف */
                if (*form == F_VERB && *i > c->t0 && word_kind(c, *i - 1, 0, EK_AUX) &&
                    ev_present(c, *i, *cut))
                    break;             /* قد يطالب: may ask, not asked (evbreadth) */
                if (ev_denied(c->s, c->t0, *i))
                    break;             /* نفى أن يكون التقى */
                return &kinds[k];
            }
    }
    return NULL;
}

/* The quote whose span holds byte b, or NULL. */
static const rasd_quote *quote_at(const rasd_doc *doc, uint32_t b)
{
    size_t n;
    const rasd_quote *q = rasd_doc_quotes(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (q[i].start <= b && b < q[i].end)
            return &q[i];
    return NULL;
}

/* Kinds whose actors act together, so that a speaker may report them in the first person
 * (اتفقت مع الرئيس بوتين، التقينا). */
static int cooperative(const kind_info *ki)
{
    return ki->kind == EK_MEET || ki->kind == EK_VISIT || ki->kind == EK_HOST ||
           ki->kind == EK_AGREE || ki->kind == EK_SIGN;
}

static int joins_of(const kind_info *ki)
{
    switch (ki->kind) {
    case EK_MEET: return J_DIRECT | J_MA3 | J_BI | J_WA;   /* التقى X Y، اجتمع X مع Y / بـY */
    case EK_AGREE: case EK_SIGN: return J_MA3 | J_WA;      /* اتفق X مع Y، وقع X اتفاقية مع Y */
    case EK_ASSAULT: return J_DIRECT | J_ALA | J_SPEECH;
    case EK_CRITICIZE: return J_DIRECT | J_SPEECH;
    case EK_FIGHT: return J_DIRECT | J_ALA;
    default: return J_DIRECT;                              /* اتهم X Y، زار X Y، استقبل X Y */
    }
}

/* Makes mention e the event's actor k: a name with its entity id, or a description
 * (groups.c) with none. */
static void put_actor(sent_ctx *c, rasd_event *ev, size_t k, const rasd_entity *e)
{
    c->actor[k] = e;
    ev->actor_id[k] = ev_is_group(e) ? NULL : e->id;
    ev->actor_name[k] = e->name;
    ev->actor_start[k] = e->start, ev->actor_end[k] = e->end;
}

static void add_actor(sent_ctx *c, rasd_event *ev, const rasd_entity *e)
{
    for (size_t a = 0; a < ev->nactors; a++)
        if (ev->actor_id[a] ? !ev_is_group(e) && strcmp(ev->actor_id[a], e->id) == 0
                            : ev_is_group(e) && strcmp(ev->actor_name[a], e->name) == 0)
            return;
    if (ev->nactors < RASD_EVENT_ACTORS)
        put_actor(c, ev, ev->nactors++, e);
}

/* The token n words before token i in the sentence, the words of a date the article states and
 * brackets not counted (كاميرون للصحفيين أمس الأحد (15 نوفمبر/ تشرين الثاني 2015) قبل
 * اجتماع مع بوتين). */
static size_t back(const sent_ctx *c, size_t i, size_t n)
{
    while (i > c->t0 && n > 0) {
        i--;
        n -= !(ev_in_date(c, i) || ev_punct(c->s, i, "()"));
    }
    return i;
}

/* Whether the verb at token i (its proclitics cut letters) can be in the first person, as
 * a quote's speaker saying what they did: اتفقت، التقينا، أزور. */
static int first_person(const sent_ctx *c, size_t i, int cut)
{
    const rasd_token *t = &c->s->t[i];
    const char *w = t->norm + 2 * cut;
    size_t len = t->norm_len - 2 * (size_t)cut;
    return (len >= LETTERS(2) && (ends_with(w, len, U_TEH) || ends_with(w, len, U_NOON U_ALEF))) ||
           starts_with(w, len, U_ALEF) || starts_with(w, len, U_NOON);
}

/* The kind of the deed noun at token i, its tokens in *n; NULL if none: a noun of value 7
 * (F_DEED: اتفاقية، غارات), or a noun of value 5 with ب (قام الأمير … بزيارة تفقدية). */
static const kind_info *deed_at(sent_ctx *c, size_t i, size_t *n)
{
    static const int deeds[] = {EK_SIGN, EK_FIGHT, EK_ASSAULT, EK_VISIT, EK_MEET, EK_ACCUSE,
                                EK_CRITICIZE, EK_APPEAL, EK_AGREE};
    if (!ev_event_start(c->s, i))
        return NULL;                   /* no phrase of an event starts here (one look-up) */
    for (size_t k = 0; i < c->t1 && k < sizeof deeds / sizeof *deeds; k++) {
        int v;
        if (((ev_word_is(c->s, i, 0, deeds[k], &v, n) &&
              (v == F_DEED || ((v == F_BARE || v == F_NEAR) &&
                               (deeds[k] == EK_FIGHT || deeds[k] == EK_ASSAULT)) ||
               ((deeds[k] == EK_MEET || deeds[k] == EK_ACCUSE ||
                deeds[k] == EK_CRITICIZE) && v == F_OF && !ev_clitic(c, i)))) ||
             (ev_clitic(c, i) == CL_BI && ev_word_is(c->s, i, 1, deeds[k], &v, n) && v == F_OF &&
              *n == 1)) && i + *n <= c->t1)
            return &kinds[deeds[k]];   /* … or a strike's noun that reports one alone (شن
                                          طيران التحالف غارة جوية), a meeting's, an
                                          accusation's or a criticism's noun (أجرى الوزير
                                          محادثات مع، وجه X انتقادات لـ; evbreadth) */
    }
    return NULL;
}

/* The kind a deed's verb asks of its subject (F_DOES): for a deed of force a
 * country acts as well (نفذت تركيا ضربات جوية، شنت السعودية غارات على; events7), since the
 * deed noun after it says it is the doer, not the place struck (قصفت القوات حلب). */
static const kind_info *deed_kind(const kind_info *ki, kind_info *any)
{
    if (ki->kind != EK_FIGHT && ki->kind != EK_ASSAULT)
        return ki;
    *any = *ki;
    any->people = 0;
    return any;
}

/* Whether person a is named after the title that stands right after a verb whose word ends
 * at token end (a lead word, its genitives, places and adjectives between: وجه رئيس وزراء
 * كازاخستان كريم ماسيموف نداء; events7): the subject of a deed's verb, although the first
 * name after the verb is the title's (or a place in it). */
static int own_title(sent_ctx *c, size_t end, const rasd_entity *a)
{
    return a->tok_start > end && strcmp(a->type, "PER") == 0 && word_kind(c, end, 0, EK_LEAD) &&
           ev_lead_span(c, end, a->tok_start, 0);
}

/* The deed after the verb whose word ends at token i: after the first name within
 * SUBJECT_REACH tokens (the subject), brackets or a title between (صندوق «هدف»، الأمير متعب
 * … وزير الحرس الوطني بزيارة); its kind (NULL: none), its first token in *at, its tokens in
 * *n. */
static const kind_info *deed_of(sent_ctx *c, const rasd_entity *a, size_t *at, size_t *n)
{
    const kind_info *ki;
    for (size_t k = a ? a->tok_end : c->t1; k < c->t1 && k <= a->tok_end + LEAD_MAX; k++)
        if ((ki = deed_at(c, k, n)) != NULL)
            return (*at = k, ev_lead_span(c, a->tok_end, k, 0) ? ki : NULL);
    return NULL;
}

/* The deed right after a verb whose subject stands before it, at most DEED_SKIP words between
 * that are no name and no punctuation (إن طيران التحالف شن الاثنين ثلاث غارات جوية على;
 * events5): its kind, its first token in *at, its tokens in *n; NULL if none. */
enum { DEED_SKIP = 2 };

static const kind_info *deed_next(sent_ctx *c, size_t end, size_t *at, size_t *n)
{
    for (size_t k = end; k < c->t1 && k <= end + DEED_SKIP; k++) {
        const kind_info *ki = deed_at(c, k, n);
        if (ki)
            return (*at = k, ki);
        const rasd_entity *e = ev_first_entity(c, k, k + 1);
        if (c->s->t[k].kind == RASD_TOK_PUNCT || (e && strcmp(e->type, "PER") == 0))
            return NULL;               /* a topic may be named (ضد داعش), not a person */
    }
    return NULL;
}

/* The subject before a verb of value 8 (F_DOES) for the deed's kind: a name after a word that
 * puts the subject first, or a description (وكان الحوثيون قد شنوا …، إن طيران التحالف شن). */
static const rasd_entity *doer_before(sent_ctx *c, const kind_info *ki, size_t verb, int cut,
                                      const rasd_entity *place, const rasd_quote *q)
{
    int none = 0;
    const rasd_entity *a = ev_subject_before(c, ki, verb, cut, place, q, &none);
    return a ? a : ev_group_before(c, ki, verb, cut);   /* it asks for its particle */
}

static const kind_info *deed_after(sent_ctx *c, size_t verb, int cut, size_t i, size_t *at,
                                   size_t *n)
{
    kind_info any;
    size_t lim = i + SUBJECT_REACH < c->t1 ? i + SUBJECT_REACH : c->t1;
    const rasd_entity *a = ev_first_entity(c, i, lim);
    const kind_info *ki = deed_of(c, a, at, n);
    for (size_t k = 0; !ki && a && i < c->t1 && word_kind(c, i, 0, EK_LEAD) && k < c->ne; k++)
        if (c->en[k].tok_start < lim && own_title(c, i, &c->en[k]))
            ki = deed_of(c, &c->en[k], at, n);  /* وجه رئيس وزراء كازاخستان كريم ماسيموف نداء */
    if (!ki && (a = ev_group_subject(c, &kinds[EK_SIGN], verb, i, cut)) != NULL)
        ki = deed_of(c, a, at, n);     /* شن طيران التحالف غارات على … (evrecall3) */
    if (!ki && (ki = deed_next(c, i, at, n)) != NULL &&
        !doer_before(c, deed_kind(ki, &any), verb, cut, NULL,
                     quote_at(c->doc, c->s->t[verb].start)))
        ki = NULL;                     /* إن طيران التحالف شن … غارات (events5) */
    return ki;
}

/* The one who claims a bombing or a strike named with nobody as its doer (F_BARE at token i;
 * evbreadth): a word of data/events.tsv "claim" (مسؤوليته، مسؤولة، تبنى) within CLAIM_REACH
 * words before it, and the first name or description in its sentence before that word that
 * can act (أعلن تنظيم داعش أمس مسؤوليته عن هجوم انتحاري، أعلنت القوات الأمريكية … أنها
 * مسؤولة عن الهجوم الجوي); NULL if none. */
enum { CLAIM_REACH = 3 };

static const rasd_entity *claimer(sent_ctx *c, const kind_info *ki, size_t i,
                                  const rasd_entity *place)
{                              /* no quote: أعلن … مسؤوليته is one, and its speaker the doer */
    for (size_t k = i; k-- > c->t0 && k + CLAIM_REACH >= i;) {
        if (!word_kind(c, k, 1, EK_CLAIM))
            continue;
        for (size_t j = c->t0; j < k; j++) {
            const rasd_entity *e = ev_first_entity(c, j, j + 1), *g;
            if (e && !is_loc(e) && e != place && ev_can_act(c, ki, e, place, NULL, 1))
                return e;
            if (e)
                j = e->tok_end - 1;
            else if ((g = ev_group_at(c, j, ev_group_mask(ki), 0)) != NULL)
                return g;
        }
        return NULL;
    }
    return NULL;
}

/* The host a verbal noun of reception belongs to (خلال استقباله, F_POSS; events7): the
 * sentence's first person before it who can act, with no preposition, ل or ب before the name:
 * the subject of the clause the reception frames (وثمن الشيخ محمد بن زايد، دور خادم الحرمين
 * الشريفين الملك سلمان …، وذلك خلال استقباله: not the King, named in between). */
static const rasd_entity *host_before(sent_ctx *c, const kind_info *ki, size_t i,
                                      const rasd_entity *place, const rasd_quote *q)
{
    for (size_t k = 0; k < c->ne; k++) {
        const rasd_entity *e = &c->en[k];
        if (e->tok_start < c->t0 || e->tok_start >= i || !ev_can_act(c, ki, e, place, q, 1))
            continue;
        if ((e->tok_start > c->t0 && word_kind(c, e->tok_start - 1, 0, EK_PREP)) ||
            ev_name_clitic(c, e) == CL_BI || ev_name_clitic(c, e) == CL_LAM)
            continue;
        return e;
    }
    return NULL;
}

/* The token after subject a of the verb whose word ends at token end: past the comma that
 * closes it when it stands between commas after its title (ev_apposed; events7). */
static size_t past(sent_ctx *c, size_t end, const rasd_entity *a)
{
    return a->tok_end + (a->tok_start > end && ev_apposed(c, end, a));
}

/* The token after side a of a "بين" noun: past a name right after a description, with no
 * proclitic, that describes it further (بين المتمردين الحوثيين والقوات الموالية: the
 * recogniser's «الحوثيين» after the head «المتمردين»), so that the second side's و is
 * reached (judge57's 27; lay66). */
static size_t side_end(sent_ctx *c, const kind_info *ki, const rasd_entity *a)
{
    const rasd_entity *n = ev_is_group(a) ? ev_first_entity(c, a->tok_end, a->tok_end + 1)
                                          : NULL;
    size_t k = n && ev_name_clitic(c, n) == 0 ? n->tok_end : a->tok_end;
    if (ki->kind == EK_MEET && k + 1 < c->t1 && ev_is_word(&c->s->t[k]) &&
        ev_clitic(c, k) == 0 && ev_nisba(c, k) && ev_clitic(c, k + 1) == CL_WA)
        k++;                   /* بين ريال مدريد الإسباني ومانشستر: its adjective (meet70) */
    return k;
}

/* Whether the appeal's word at token i is the present of أهاب (data/events.tsv aguard
 * appeal_or_awe: يهيب، تهيب), which unvocalised is also the verbal noun تهيُّب "awe", with no
 * addressee within AWE_REACH words after it and before punctuation (a ب-word, or إلى): وتهيب
 * وزارة التعليم بمستخدمي …، وتهيب أمانة المنطقة وإدارة المرور بالإخوة … appeal; احترام العلم
 * وتهيب العلماء، does not (err60, ported by hyb73). */
enum { AWE_REACH = 6 };

static int awe(sent_ctx *c, const kind_info *ki, size_t i)
{
    if (ki->kind != EK_APPEAL || !ev_aguard_at(c, i, 1, AG_APPEAL_OR_AWE, NULL))
        return 0;
    for (size_t k = i + 1; k < c->t1 && k <= i + AWE_REACH; k++) {
        if (c->s->t[k].kind == RASD_TOK_PUNCT)
            return 1;
        if (ev_clitic(c, k) == CL_BI || word_value(c, k, EK_ABOUT) == ABOUT_TO)
            return 0;
    }
    return 1;
}

/* The actors of the event whose word is tokens [i, i + n), found by the word's form: a
 * verb's subject after it (subject_after) or before it (subject_before), its object after
 * that (object_of); a dual's two parties just before it; a noun's subject within twelve
 * words before it and its other party after; "بين" nouns' two parties after. In a quote its
 * speaker may be the subject of a verb in the first person (اتفقت مع الرئيس بوتين). Returns
 * how many. */
static size_t actors_of(sent_ctx *c, const kind_info *ki, size_t i, size_t n, int form,
                        int cut, const rasd_entity *place, rasd_event *ev)
{
    const rasd_quote *q = quote_at(c->doc, c->s->t[i].start);
    const rasd_entity *a = NULL, *b = NULL;
    size_t end = i + n;
    int none = 0, joins = joins_of(ki);
    kind_info any;
    int open = n > 1 && word_kind(c, end - 1, 0, EK_OBJPREP);        /* … مع، من، على */
    ev->nactors = 0;
    c->lone = 0;
    switch (form) {
    case F_VERB:
        a = ev_subject_before(c, ki, i, cut, place, q, &none);
        if (!a && q && !q->direct && q->speaker_id && cooperative(ki) && ev_self_said(c, i))
            break;             /* قال X إنه سيزور: the speaker, below */
        if (none && ki->kind == EK_FIGHT && ev_verbal_noun(c, i, cut) && !ev_force_verb(c, ki, i))
            return actors_of(c, ki, i, n, F_FORCE, cut, place, ev);   /* نتيجة قصف القوات */
        if (none && (a = ev_force_before(c, ki, i, cut)) != NULL)
            none = 0;          /* أن المقاومة الشعبية تقدمت، كانت المقاومة قد سيطرت (ground_subject.c) */
        if (none && ki->kind == EK_APPEAL && (a = ev_group_before(c, ki, i, cut)) != NULL)
            none = 0;          /* أن الوزارة طلبت من الجميع: a caller by its description (app71) */
        if (none)
            return 0;
        if (a && awe(c, ki, i))
            return 0;
        if (a)
            b = ev_object_of(c, ki, end, a, place, q, open ? J_DIRECT : joins);
        else if ((a = ev_appeal_subject(c, ki, end, place, q)) != NULL) {
            if (ki->kind == EK_APPEAL && ev_prayer(c, end))
                return 0;                      /* ودعا القحطاني المولى: a prayer */
            if (awe(c, ki, i))
                return 0;                      /* وتهيب العلماء: the noun "awe" (err60) */
            if (ki->kind == EK_APPEAL && ev_appeal_bare_past_body(c, i, n, a))
                return 0;      /* كما طالب مجلس الأمن بـ: the one asked (appeal_bare_past.c) */
            if (ki->kind == EK_APPEAL && ev_farewell(c, i, cut) &&
                tg_guarded_force(c, i, n, 0, ki->kind))
                return 0;      /* ودعت المديرية … 40 كادراً … غادروا: ودّع (aguard farewell) */
            if (is_loc(a) && ev_speech_act(ki) && (ev_present(c, i, cut) || ki->kind == EK_APPEAL) &&
                !ev_verb_feminine(c, i, cut) &&
                !starts_with(c->s->t[a->tok_start].norm, c->s->t[a->tok_start].norm_len,
                             U_ARTICLE))
                return 0;      /* ويطالب إيران بـ…، وطالب انقرة بـ…: a country without ال is
                                  feminine, so a verb in the masculine is not its (evbreadth;
                                  an appeal in the past too, the other kinds in the present
                                  only: the recogniser's LOC after them is too often a
                                  person's name, وانتقد إسكندر الرقيق) */
            b = ev_object_of(c, ki, past(c, end, a), a, place, q, joins);
        } else if ((a = ev_group_subject(c, ki, i, end, cut)) != NULL ||
                   (a = ev_group_before(c, ki, i, cut)) != NULL) {
            size_t after = a->tok_start > i ? a->tok_end : end;   /* a description before
                                                                     the verb (evbreadth) */
            if (ki->kind == EK_APPEAL && ev_appeal_bare_past_body(c, i, n, a))
                return 0;      /* حيث طالب اتحاد الكرة بـ: the one asked (appeal_bare_past.c) */
            if (awe(c, ki, i))
                return 0;      /* احترام العلم وتهيب العلماء: the noun "awe" (err60) */
            if (ki->kind == EK_APPEAL && (ev_prayer(c, end) || (ev_farewell(c, i, cut) &&
                                                                !ev_appeal_to(c, after))))
                return 0;                      /* قصفت القوات الأمريكية، دعت الوزارة; not
                                                  ودّعت الإدارة العامة … سفيرات الحزم */
            if (ki->kind == EK_ACCUSE && ev_passive_after(c, after))
                return 0;                      /* واتهمت القوات المتمردة بارتكاب فظائع، وتتهم
                                                  الحكومة التي …: the passive, unvocalised */
            b = ev_object_of(c, ki, after, a, place, q, joins);
        } else if (ev_speech_act(ki) && ((a = ev_cue_speaker(c, ki, i)) != NULL ||
                                      (a = ev_last_speaker(c, ki, i, cut)) != NULL)) {
            if (ki->kind == EK_APPEAL && ev_prayer(c, end))
                return 0;
            b = ev_object_of(c, ki, end, NULL, place, q, joins);   /* ودعا إلى …: the speaker */
            c->lone = !b && ki->kind != EK_THREATEN && ev_speech_alone(c, end);
            break;
        } else if ((ev_speech_act(ki) || ki->kind == EK_VISIT || ki->kind == EK_MEET) &&
                   (a = ev_title_subject(c, i, end, cut)) != NULL) {
            if ((ki->kind == EK_APPEAL && (ev_prayer(c, end) || !ev_appeal_to(c, a->tok_end))) ||
                (ki->kind == EK_ACCUSE && ev_passive_after(c, a->tok_end)))
                return 0;      /* a title that asks nothing, or is accused */
            b = ev_object_of(c, ki, a->tok_end, NULL, place, q, joins);
        } else if ((a = ev_force_carried(c, ki, i, cut)) != NULL)
            b = ev_object_of(c, ki, end, a, place, q, joins);  /* …، بعد أن سيطرت على
                                                                   زنجبار (ground_subject.c) */
        if (a && !b)
            c->lone = ki->kind == EK_THREATEN
                          ? (!ev_threat_present(c, i, cut) &&
                             ev_condemned(c, a->tok_start > i ? past(c, end, a) : end))
                          : ev_speech_alone(c, a->tok_start > i ? past(c, end, a) : end) ||
                            (ki->kind == EK_CRITICIZE && a->tok_start > i &&
                             ev_condemned(c, past(c, end, a)));
                               /* a threat alone is one to do something, its target inside
                                  what is threatened (هدد الوزير بسحب التراخيص; events8); in
                                  the present (يهدد الأمن، تهدد بتفشي الأمراض) mostly
                                  "endangers" */
        if (a && !b && ki->kind == EK_HOST && a->tok_start > i &&
            (b = ev_guest_after(c, ki, a, place, q)) == NULL)
            b = ev_guest_past_venue(c, ki, a, place, q);
        if (a && !b && ki->min_actors == 2 && cooperative(ki))
            b = ev_group_after(c, ki, a->tok_start > i ? a->tok_end : end, joins);
        break;
    case F_RECEIVED:           /* وكان في استقباله لدى وصوله …، وكيل الإمارة …: the host
                                  first, then the guest */
        a = ev_reception(c, ki, i, n, ev_visitor(c, i), place, q, &b);
        break;
    case F_PURPOSE:            /* توجه X إلى باريس لإجراء محادثات مع Y (وZ) */
        if (ev_clitic(c, i) != CL_LAM || (b = ev_purpose_party(c, ki, end, place, q)) == NULL)
            return 0;
        a = c->prev && strcmp(c->prev->type, "PER") == 0 ? c->prev
                                                       : ev_last_in(c, ki, back(c, i, NOUN_REACH),
                                                                    i, place, q, NULL);
        if (a && ((a->tok_start > c->t0 && word_kind(c, a->tok_start - 1, 0, EK_PREP)) ||
                  ev_name_clitic(c, a) == CL_BI || ev_name_clitic(c, a) == CL_LAM))
            a = NULL;
        if (a == b)
            return 0;
        break;
    case F_FIRST:              /* «… ندعو كافة الدول العربية بسرعة …»: the quote's speaker */
        if (!q || q->start > c->s->t[i].start || ev_prayer(c, end) || !ev_asks(c, i, end) ||
            (a = ev_speaker_of(c, ki, q)) == NULL)
            return 0;
        b = ev_object_of(c, ki, end, a, place, q, J_DIRECT);
        break;
    case F_FORCE:              /* قصف الطيران المروحي، قصف من قبل قوات النظام على … */
        if (i > c->t0 && word_value(c, i - 1, EK_NEGATION) == NEG_NOUN)
            return 0;          /* لتأمينها من هجمات الحوثيين، معرضة لضربات التحالف */
        if ((a = ev_force_doer(c, i, end)) != NULL && !ev_advance_doer_ok(c, i, a))
            a = NULL;          /* تقدم: an advance before a word of direction (ground_subject.c) */
        if (a)
            b = ev_object_of(c, ki, a->tok_end, a, place, q, J_ALA | J_LAM);
        break;
    case F_BLAME:              /* حمّل X Y مسؤولية …: a verb with a subject and an object
                                  before the noun */
        a = ev_subject_before(c, ki, i, cut, place, q, &none);
        if (!a && !none)
            a = ev_subject_after(c, ki, end, place, q);
        if (!a || !ev_blamed(c, a->tok_start > i ? a->tok_end : end))
            return 0;
        b = ev_object_of(c, ki, a->tok_start > i ? a->tok_end : end, a, place, q, J_DIRECT);
        c->lone = !b && ev_speech_alone(c, a->tok_start > i ? a->tok_end : end) &&
                  starts_with(c->s->t[a->tok_start > i ? a->tok_end : end].norm,
                              c->s->t[a->tok_start > i ? a->tok_end : end].norm_len, U_ARTICLE);
        break;
    case F_SAID:               /* داعيا، مطالبا: the speaker of the quote it introduces */
        if (!ev_participle_reports(c, ki->kind, i))
            return 0;          /* جاءت مستنكرة: no clause of its own (criticize_participle.c) */
        if ((a = ev_cue_speaker(c, ki, i)) != NULL && ki->kind == EK_APPEAL && ev_prayer(c, end))
            return 0;
        break;
    case F_BETWEEN:            /* لقاء بين X وY؛ لقاء جمع وزيري التعليم والعمل بمديري 28 جامعة */
        ki = ev_talks_kind(c, ki, i, &any);    /* المفاوضات بين اليونان ودائنيها (ev67) */
        if ((a = ev_subject_after(c, ki, end, place, q)) == NULL)
            a = ev_group_at(c, end, ev_group_mask(ki), 0);
        b = a ? ev_object_of(c, ki, side_end(c, ki, a), a, place, q, J_WA) : NULL;
        if (a && !b)
            b = ev_group_after(c, ki, side_end(c, ki, a), J_WA | J_BI);
        break;
    case F_NEAR:
    case F_AT:
    case F_BARE:               /* وقع التفجير، اندلعت اشتباكات: nobody named, unless "بين"
                                  follows (اندلعت اشتباكات بين الحوثيين وقوات هادي) */
        {
            int v;
            size_t m;
            if (ev_word_is(c->s, end - 1, 0, ki->kind, &v, &m) && v == F_BETWEEN &&
                end - 1 + m <= c->t1)
                return actors_of(c, ki, end - 1, m, F_BETWEEN, 0, place, ev);
            if (ki->kind == EK_FIGHT && (m = ev_gap_between(c, end)) > end) {
                rasd_event was = *ev;  /* اندلعت اشتباكات، أمس، بين X وY (clash_between.c) */
                if (actors_of(c, ki, m, 1, F_BETWEEN, 0, place, ev) >= 2)
                    return ev->nactors;        /* both sides, or the phrase as before */
                *ev = was;
            }
        }
        a = claimer(c, ki, i, place);      /* أعلن تنظيم داعش مسؤوليته عن هجوم انتحاري */
        break;
    case F_OF:                 /* زيارة أوباما إلى الرياض، لقاء لافروف مع كيري، اتهامات
                                  تركيا لروسيا */
        if (ev_clitic(c, i) == CL_BI)
            return 0;          /* بدأ كيري نهاره بلقاء أمير قطر …: the genitive is the other
                                  party, the doer is before */
        a = ev_subject_after(c, ki, end, place, q);
        b = a ? ev_object_of(c, ki, a->tok_end, a, place, q, (joins & ~J_DIRECT) | J_LAM) : NULL;
        if (!a && (a = ev_honoree(c, end)) != NULL)   /* خلال زيارة سموه لقوات الحرس الوطني */
            b = ev_object_of(c, ki, end + 1, a, place, q, (joins & ~J_DIRECT) | J_LAM);
        else if (!a && (a = ev_group_at(c, end, ev_group_mask(ki), 0)) != NULL)
            b = ev_object_of(c, ki, a->tok_end, a, place, q, (joins & ~J_DIRECT) | J_LAM);
                               /* قصف شنه الحوثيون على …، غارات شنها طيران التحالف */
        break;
    case F_TARGET:             /* مقتل X، اغتيال X على يد Y */
        b = ev_subject_after(c, ki, end, place, q);
        if (b && strcmp(b->type, "PER") != 0)
            b = NULL;          /* مقتل زعيم حركة طالبان …: a person is killed, not a body */
        a = b ? ev_doer_of(c, ki, b->tok_end, b, place, q) : NULL;
        ev->target_only = b && !a;
        if (!a) {
            a = b;
            b = NULL;
        }
        break;
    case F_DOES:               /* وقعت جامعة حائل اتفاقية تعاون مع صندوق …: the subject, its
                                  deed after it (deed_after), the other party after مع/على
                                  within DEED_GAP words */
        if ((a = ev_subject_after(c, deed_kind(ki, &any), end, place, q)) == NULL &&
            (a = ev_group_subject(c, ki, i, end, cut)) == NULL &&
            (a = doer_before(c, deed_kind(ki, &any), i, cut, place, q)) == NULL)
            return 0;          /* شن طيران التحالف غارات: a description (evrecall3); its
                                  subject before it (events5) */
        {
            size_t k, dn;
            if (a->tok_start < i ? deed_next(c, end, &k, &dn) != ki
                                 : deed_of(c, a, &k, &dn) != ki ||
                                   (!ev_is_group(a) && ev_first_entity(c, end, k) != a &&
                                    !own_title(c, end, a)))
                return 0;
            if (ki->kind == EK_APPEAL && ev_deed_invites(c, k + dn))
                return 0;      /* وجه دعوته للمواطنين لحضور الحفل (appeal_renewed.c) */
            for (k += dn, end = k; k < c->t1 && k <= end + DEED_GAP && word_value(c, k, EK_WITH) < 0 &&
                                   c->s->t[k].kind != RASD_TOK_PUNCT; k++)
                ;
            if (k < c->t1 && word_value(c, k, EK_WITH) >= 0)
                end = k;
            b = ev_object_of(c, ki, end, a, place, q, joins | J_LAM);
            if (!b && ki->min_actors == 2)
                b = ev_group_after(c, ki, end, joins);   /* مع صندوق تنمية الموارد البشرية */
            if (!b)
                b = ev_struck_side(c, ki->kind, end, a); /* غارات على تجمعات لمليشيات الحوثي
                                                            (struck_side.c) */
            c->lone = !b && (ki->kind == EK_ACCUSE || ki->kind == EK_CRITICIZE);
                               /* وجه الوزير انتقادات حادة: the noun says it (evbreadth) */
        }
        break;
    case F_DUAL:
        b = ev_last_in(c, ki, back(c, i, NOUN_REACH), i, place, q, NULL);
        a = b ? ev_last_in(c, ki, back(c, i, NOUN_REACH), i, place, q, b) : NULL;
        break;
    case F_POSS:
        a = ki->kind == EK_HOST ? host_before(c, ki, i, place, q)
                                : ev_last_in(c, ki, back(c, i, NOUN_REACH), i, place, q, NULL);
        if (a && ((a->tok_start > c->t0 && word_kind(c, a->tok_start - 1, 0, EK_PREP)) ||
                  ev_name_clitic(c, a) == CL_BI || ev_name_clitic(c, a) == CL_LAM))
            a = NULL;                          /* إلى سوريا، ولكنها اتفقت مع: not Syria */
        b = ev_object_of(c, ki, end, a, place, q, open ? J_DIRECT : J_DIRECT | J_BI);
        break;
    default:
        return 0;
    }
    /* … or, in reported speech, "his" (وأشار إردوغان إلى لقائه بنظيره أوباما) */
    if (!a && q && q->speaker_id && q->start <= c->s->t[i].start &&
        (form == F_VERB || form == F_POSS || form == F_PURPOSE) && cooperative(ki) &&
        (q->direct ? first_person(c, i, cut)
                   : form == F_POSS || form == F_PURPOSE ||
                         (form == F_VERB && ev_self_said(c, i)))) {   /* قال X إنه سيزور */
        c->actor[0] = NULL;
        ev->actor_id[0] = q->speaker_id;       /* the speaker says "I": اتفقت مع … */
        ev->actor_start[0] = ev->actor_end[0] = 0;
        ev->actor_name[ev->nactors++] = q->speaker_name;
        if (!b)
            b = ev_object_of(c, ki, end, NULL, place, q, open ? J_DIRECT : joins);
    }
    if (a)
        add_actor(c, ev, a);
    if (b && (size_t)ki->max_actors > ev->nactors)
        add_actor(c, ev, b);
    return ev->nactors;
}

const char *ev_type_cameo(const char *type)
{
    for (size_t k = 0; k < EK_COUNT; k++)
        if (kinds[k].type && strcmp(kinds[k].type, type) == 0)
            return kinds[k].cameo;
    return NULL;
}

/* Whether an attack (هاجم) is in words: a person attacks a person or an organisation
 * (هاجم المالكي حسن عسيري، هاجم النويصر الاتحاد الكويتي) or what one said (هاجم شتاينتس
 * أقوال كيري); armed groups attack places. A person's attack on nobody named is left out:
 * in words or arms, the sentence does not say. */
static const char *actor_type(const sent_ctx *c, const rasd_event *ev, size_t k)
{
    return k < ev->nactors && c->actor[k] ? c->actor[k]->type : NULL;
}

static int verbal(const sent_ctx *c, const rasd_event *ev)
{
    const char *t1 = actor_type(c, ev, 0), *t2 = actor_type(c, ev, 1);
    return t1 && t2 && (c->said || (strcmp(t1, "PER") == 0 && strcmp(t2, "LOC") != 0));
}

/* Where what an appeal, agreement, criticism, accusation or threat is about starts: the
 * byte of the first word of data/events.tsv "about" after its word (tokens from `end`);
 * UINT32_MAX for the other kinds or none. A date there is the matter's, not the event's. */
static uint32_t content_start(sent_ctx *c, const kind_info *ki, size_t end)
{
    if (ki->kind != EK_APPEAL && ki->kind != EK_AGREE && ki->kind != EK_CRITICIZE &&
        ki->kind != EK_ACCUSE && ki->kind != EK_THREATEN)
        return UINT32_MAX;
    for (size_t k = end; k < c->t1; k++)
        if (word_kind(c, k, 0, EK_ABOUT))
            return c->s->t[k].start;
    return UINT32_MAX;
}

/* A verb after و، ف or ثم with no subject of its own continues the subject of the sentence's
 * last event (التقى X Y ثم زار Z): when the verb found only a place, or (after ثم only) one
 * name, that subject comes first. After و a name is the verb's own subject (وزار السيسي
 * روسيا). */
static void coordinated(sent_ctx *c, const kind_info *ki, size_t i, int form, int cut,
                        const rasd_entity *place, const rasd_entity *prev, rasd_event *ev)
{
    int linked = cut > 0 || (i > c->t0 && word_kind(c, i - 1, 0, EK_COORD));
    int then = i > c->t0 && word_kind(c, i - 1, 0, EK_COORD);
    if (!prev || form != F_VERB || !linked || ev->nactors >= (size_t)ki->max_actors ||
        (ev->nactors == 1 && !then) ||   /* وزار السيسي روسيا: Sisi's own visit */
        (ev->nactors == 0 && !(ki->kind == EK_VISIT && place)) ||
        (ev->nactors == 1 && c->actor[0] && strcmp(c->actor[0]->id, prev->id) == 0) ||
        !ev_can_act(c, ki, prev, place, NULL, 1))
        return;
    if (ev->nactors == 1) {
        c->actor[1] = c->actor[0];
        ev->actor_id[1] = ev->actor_id[0], ev->actor_name[1] = ev->actor_name[0];
        ev->actor_start[1] = ev->actor_start[0], ev->actor_end[1] = ev->actor_end[0];
    }
    put_actor(c, ev, 0, prev);
    ev->nactors++;
}

/* A dual verb after و (واتفقا) whose two parties are those of the sentence's last event: its
 * actors are theirs, not the last two names before it (… في قمة مجموعة العشرين واتفقا). */
static void set_pair(sent_ctx *c, const rasd_entity *const pair[2], rasd_event *ev)
{
    ev->nactors = 0;
    for (int k = 0; k < 2; k++)
        put_actor(c, ev, (size_t)k, pair[k]);
    ev->nactors = 2;
}

/* The subject of a verb of accusation carrying its object as a pronoun (F_PRON: تتهمهم حماس
 * بالوقوف وراء تفجير): the name or description after the verb, made the event's one actor
 * (whom "them" is the sentence does not say again; events7). A name before the verb is
 * not taken: before a relative pronoun it is mostly the one accused (نوري المالكي والذي
 * يتهمه المتظاهرون، كيم جونغ اون الذي تتهمه منظمات …). Returns 0 when there is none. */
static int pron_subject(sent_ctx *c, const kind_info *ki, size_t i, size_t n,
                        const rasd_entity *place, rasd_event *ev)
{
    const rasd_entity *a = ev_subject_after(c, ki, i + n, place, quote_at(c->doc, c->s->t[i].start));
    if (!a)
        a = ev_group_subject(c, ki, i, i + n, 0);
    if (!a || a->tok_start < i + n)
        return 0;
    ev->nactors = 0;
    add_actor(c, ev, a);
    c->lone = 1;
    return 1;
}

/* Whether an event of form is told by a verb (its subject's, its object's or a dual's). */
static int verb_form(int form)
{
    return form == F_VERB || form == F_DUAL || form == F_WVERB || form == F_FVERB ||
           form == F_FIRST || form == F_PRON || form == F_DOES;
}

/* The events of one sentence (tokens [c->t0, c->t1), bytes [s, e)), each reporting word in
 * turn (ev_find_events, triggers.c, calls it for each sentence). */
rasd_status ev_sentence_events(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e)
{
    rasd_status rc = RASD_OK;
    const rasd_entity *prev = NULL;    /* the subject of the sentence's last verb event */
    const rasd_entity *pair[2] = {NULL, NULL};  /* the two actors of its last event */
    size_t deed_end = 0;   /* the end of the last deed a verb's event took (F_DOES) */
    for (size_t i = c->t0, n; i < c->t1 && !rc; i = i + n > deed_end ? i + n : deed_end) {
        int form = F_NONE, cut = 0, plan, answered;
        const kind_info *ki = trigger(c, &i, &n, &form, &cut);
        const rasd_entity *place, *taken;
        rasd_event ev;
        if (!ki)
            break;
        if (form == F_DESCRIBE) {  /* وصف X Y بأنه إرهابي: criticize_called.c's own actors and
                                      guards; the sentence's events before the verb are in */
            rc = ev_criticize_called_at(c, x, s, e, i);
            if (!rc)       /* واصفا الانفجار بأنه «عمل إرهابي» (criticize_participle.c) */
                rc = ev_describing_at(c, x, s, e, i);
            continue;
        }
        size_t at = i, dn = 0, deed_stop = 0;
        if (form == F_DOES) {  /* the deed after the subject says what was done, and where */
            ki = deed_after(c, i, cut, i + n, &at, &dn);
            deed_stop = ki ? at + dn : 0;
        }
        if (!ki)
            continue;
        memset(&ev, 0, sizeof ev);
        c->said = 0;
        place = ev_place_of(c, at, ki->kind, 0);
        if (!place && (form == F_BARE || form == F_NEAR))
            place = ev_place_of(c, at, ki->kind, 1);
        if (form == F_NEAR && place &&
            (place->tok_start < i + n || place->tok_start > i + n + NEAR_PLACE))
            place = NULL;      /* الهجمات الإرهابية الأخيرة في البحرين; not a place the
                                  sentence names farther on, often another matter's */
        if (form == F_AT && (place = ev_at_place(c, i + n)) == NULL)
            continue;          /* هجوم سوروتش، تفجيرات كابول: the place its genitive */
        c->prev = prev;
        c->also = NULL;
        actors_of(c, ki, i, n, form, cut, place, &ev);
        coordinated(c, ki, i, form, cut, place, prev, &ev);
        taken = ev_ground_place(c, ki, i, n, form, &ev);  /* سيطرت المقاومة على زنجبار: the
                                                             place (ground_place.c) */
        place = taken ? taken : place;
        if (form == F_DUAL && cut > 0 && pair[1])  /* والتقى أوباما وبوتين … واتفقا */
            set_pair(c, pair, &ev);
        if (c->pron && !pron_subject(c, ki, i, n, place, &ev)) {
            const rasd_entity *a = ev_pron_subject(c, ki, i, cut, place, prev);
            if (!a)
                continue;      /* واتهمتها: the opening verb's subject (opening.c), or none */
            ev.nactors = 0, add_actor(c, &ev, a), c->lone = 1;
        }
        if (form == F_FORCE && ev.nactors == 0 && ki->kind == EK_ASSAULT &&
            ev_at_place(c, i + n))
            place = ev_at_place(c, i + n), form = F_AT;   /* هجوم سوروتش: no force, a place */
        if (ev.nactors < (size_t)ki->min_actors &&
            !(ev.nactors == 1 && c->lone && (ki->kind == EK_CRITICIZE || ki->kind == EK_ACCUSE ||
                                             ki->kind == EK_THREATEN)) &&
            !(ev.nactors == 1 && ki->kind == EK_AGREE && ev_agreed_among(c, i, n)) &&
            !(ev.nactors == 1 && ki->kind == EK_SIGN && (form == F_VERB || form == F_DOES)) &&
            !((form == F_BARE || form == F_NEAR || form == F_AT) && place))
            continue;          /* one actor: a criticism or an accusation of someone unnamed,
                                  a signing by its verb and deed (وقعت وزارة البترول اتفاقا
                                  للتنقيب …: events26); none: a bombing or a clash at a place */
        if ((ki->kind == EK_VISIT && ev.nactors < 2 && !place && !rg_inspection(c, i, n)) ||
            !ev_armed(c, ki, i, form))
            continue;          /* a visit of one actor needs a place, or a place noun after
                                  تفقد (vis63: تفقد … مسجد قوة الطوارئ) */
        if (ki->kind == EK_ASSAULT && n == 1 && verbal(c, &ev))
            ki = &kinds[EK_CRITICIZE];
        else if (ki->kind == EK_ASSAULT && n == 1 && ev.nactors == 1 && actor_type(c, &ev, 0) &&
                 strcmp(actor_type(c, &ev, 0), "PER") == 0)
            continue;                  /* هاجم زيد أبو زيد …: in words or arms? unknown */
        if (ki->kind == EK_ASSAULT && rg_military(c, at, form == F_DOES ? dn : n))
            ki = &kinds[EK_FIGHT];     /* هجمات المقاومة: a fight (report_guards.c) */
        if (rg_unreported(c, i, n, verb_form(form), ki->kind, &ev))
            continue;                  /* سمات …; وقف إطلاق النار; عام 1558 (events23) */
        if (form == F_VERB && !ev.target_only && c->actor[0])
            prev = c->actor[0];
        pair[0] = ev.nactors == 2 ? c->actor[0] : NULL;
        pair[1] = ev.nactors == 2 ? c->actor[1] : NULL;
        ev.type = ki->type, ev.cameo = ki->cameo;
        if (place)
            ev.place_id = place->id, ev.place_name = place->name;
        ev.start = s, ev.end = e;
        ev.trigger_start = c->s->t[i].start, ev.trigger_end = c->s->t[i + n - 1].end;
        /* بناء على طلب X، استجابة لنداء X (appeal, value 5): the action answers a request
           made before it, so the sentence's dates are the action's, not the request's, and
           the request is no plan (judge34: a NATO session "after tomorrow" at Turkey's
           request dated the request after its article) */
        answered = ki->kind == EK_APPEAL && form == F_OF;
        plan = !answered && (ev_planned_by_words(c->s, c->t0, c->t1, i, n, ev_speech_act(ki)) ||
                             (form == F_PURPOSE && ev_journey_planned(c, i)));
        ev_event_date(c->doc, s, e, plan || (form > F_DUAL && form != F_RECEIVED && !answered) ||
                                        (form == F_VERB && ev_present(c, i, cut)),
                      answered ? s : content_start(c, ki, i + n), &ev);
        ev.planned |= plan;
        ev_set_past(c, i, n, ki->kind, answered ? s : content_start(c, ki, i + n), &ev);
                               /* الهجوم الذي حدث: past in a planned frame (past_in_plan.c) */
        rc = ev_add_taken(c, x, ki, i, cut, place, &ev, taken != NULL);  /* ev_add_apart */
        if (deed_stop > deed_end)
            deed_end = deed_stop;  /* the deed is the verb's: no event of its own after it
                                      (نفذت تركيا ضربات جوية في سوريا; events7) */
        if (!rc && c->also && ev.nactors == 2) {   /* … مع نظيريه … اوباما وبوتين: two */
            const rasd_entity *p2 = place && place->tok_end < c->t1
                                        ? ev_first_entity(c, place->tok_end, place->tok_end + 1)
                                        : NULL;
            if (p2 && is_loc(p2) && ev_name_clitic(c, p2) == CL_WA)
                place = p2, ev.place_id = p2->id, ev.place_name = p2->name;
                               /* إلى واشنطن وموسكو … اوباما وبوتين: each in turn */
            put_actor(c, &ev, 1, c->also);
            rc = ev_add_event(x, i, place, &ev);
        }
    }
    return rc;
}

/* For triggers.c: a kind's facts, the actors by a word's form, the place, the quote. */
const kind_info *ev_kind_info(int kind) { return kinds[kind].type ? &kinds[kind] : NULL; }
size_t ev_actors_by_form(sent_ctx *c, const kind_info *ki, size_t i, size_t n, int form,
                         int cut, const rasd_entity *place, rasd_event *ev)
{
    return actors_of(c, ki, i, n, form, cut, place, ev);
}
const rasd_quote *ev_quote_at(const rasd_doc *doc, uint32_t b) { return quote_at(doc, b); }
uint32_t ev_content_start(sent_ctx *c, const kind_info *ki, size_t end)
{
    return content_start(c, ki, end);
}
