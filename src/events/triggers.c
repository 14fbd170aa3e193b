/* triggers.c — the trigger-first layer (events9; docs/EVENTS.md "Events: trigger-first").
 *
 * The rules of events.c report an event only when its actors stand where the reporting
 * phrase's form puts them; most events missed on the recall set were lost there, not at the
 * word (descriptions as doers, groups, names the recogniser misses, subjects carried from an
 * earlier clause). This layer runs after them on each sentence: a word of data/events.tsv
 * "trigger" (a verb in the past, a verb in the future, a noun of the event) names an event of
 * its kind when the rules found none of that kind in the sentence and no guard says it is
 * unreal or another sense:
 *   - a negation or denial before it (لم يلتق، نفى أن يكون التقى), a word of "tguard" 1 right
 *     before it (منع، مكافحة، عدم; لو، إذا in its clause: trigger_guards.c), a question (a
 *     word of "tguard" 2 first in the sentence, or a question mark);
 *   - a word of "tsense" of its kind in the sentence (a football match's هجوم، a website's
 *     زيارة، a court's إدانة);
 *   - a verb with a proclitic other than و or ف (لقصف: a noun); a noun with ل (للقاء: a
 *     purpose) or with no anchor: a word of "support" just before it (عقد اجتماعا، خلال
 *     زيارته، إثر انفجار), a name right after it, or a place;
 *   - an appeal that is a prayer (دعا الله).
 * Its actors are what the rules' own form for the word finds (actors.c), else, for a verb,
 * the discourse: the first name before it in its sentence that can act (the subject of the
 * preceding clause; for a deed of force no person), the speaker of the last quote before it
 * (for what is said: an appeal, a criticism, an accusation, a threat), the subject of the
 * preceding sentence's last event (not for force). When nothing fits the event has no actor:
 * a guess would be worse. A person's هاجم stays the rules' (words or arms?).
 * Place and date as the rules' (events.c place_of, event_when.c); the future and the words of
 * "plan" make it planned.
 * events11 (docs/EVENTS.md "Events: unseen5 opened"): a call received (تلقى … اتصالا هاتفيا
 * من …) is a meeting of its receiver and caller, and what the caller expresses in it is his; a
 * relative clause after a noun (الذي استهدف) anchors it; a noun of force takes the place named
 * as its genitive; a noun of class 3 (معركة، كمين) needs that place.
 * events14 (docs/EVENTS.md "Events: the trigger kinds on by default"): the layer runs whole
 * whenever any kind is on, and its rows of a kind and form that is not (data/events.tsv
 * "tdefault", rasd_config.event_triggers) are dropped at the end (add_marked, drop_off), so
 * that those given are exactly the rows every kind on gives of their kinds. */
#include "events/actors.h"
#include "events/encounter.h"
#include "events/visits.h"
#include "events/force_told.h"
#include "events/occasion.h"
#include "events/visit_nouns.h"
#include "events/notes.h"
#include "events/sides.h"
#include "events/statement.h"
#include "events/report_guards.h"
#include "events/trigger_guards.h"
#include "events/assault_aframe.h"
#include "events/assault_frames.h"
#include "events/armed_target.h"
#include "events/assault_feared.h"
#include "events/assault_forecast.h"
#include "events/deed_doers.h"
#include "events/any_deed.h"
#include "events/killing_deed.h"
#include "events/dateline.h"
#include "events/launch_subjunctive.h"
#include "events/attack_doers.h"
#include "events/possible_deed.h"
#include "events/violence.h"
#include "events/ground.h"
#include "events/blame_nouns.h"
#include "events/meeting_held.h"
#include "events/support_verbs.h"
#include "events/occurred_nouns.h"
#include "events/attack_lists.h"
#include "events/habits.h"
#include "events/layer_sides.h"
#include "events/fronted_place.h"
#include "events/own_subject.h"
#include "events/past_in_plan.h"
#include "events/thing_relative.h"
#include "entities/ent.h"

#include <stdlib.h>
#include <string.h>

enum { T_VERB = 0, T_NOUN = 1, T_FUTURE = 2,
       T_PLACED = 3,           /* trigger value / 16; T_PLACED: a noun that needs its place
                                  (معركة الزبداني; معركة صعبة في الكونغرس is none; events11) */
       T_DEED = 4,             /* a noun only as a deed done (tg_deed: أقدم على قتل، قام
                                  بإطلاق النار; events19): قتل alone is mostly a verb */
       T_PRESENT = 5 };        /* a present verb, read as a past one; on by default (form
                                  "present") only with a name next to it (events20: واشنطن
                                  تتهمها; الذين يتهمون الإسلام is generic) */
enum { GUARD_BEFORE = 1, GUARD_REFUSAL = 3 };   /* "tguard" values (2: TGUARD_QUESTION) */
enum { GUARD_REACH = 2,        /* the words before a trigger a guard may stand in */
       SUPPORT_REACH = 8,      /* a noun's support word, before it in its clause */
       ANCHOR_AFTER = 3,       /* a name after a noun, at most this many tokens on */
       MANNER_REACH = 4,       /* a word of manner after a criticism's verb */
       NEAR_PLACE = 4,         /* an attack's place with nobody named (as events.c's) */
       RELATIVE_REACH = 3,     /* the relative pronoun after a noun (events11) */
       CALL_REACH = 3,         /* من after a call's noun (اتصالا هاتفيا اليوم من) */
       CALL_SUPPORT_REACH = 20,     /* تلقى before a call's noun, its receiver between */
       DOER_BEFORE = 6 };      /* الثنيان "سعودي الجنسية" أقدم: a deed's doer before its verb */
enum { SUPPORT_CALL = 2,       /* "support" 2: a call received (تلقى), for a meeting only */
       SUPPORT_AGENT = 3 };    /* "support" 3: a verb whose subject did the deed (عقد، أجرى،
                                  شن، نفذ: events15) */
enum { TRIG_MEET_NOUN = 1 + 16 * 1 };   /* "trigger" 17: a meeting's noun (اتصالا هاتفيا) */
enum { NEG_AFTER = 1 };        /* data/events.tsv "negation" 1: بعد، عقب (it happened) */

static const int type_kind[12] = {0, EK_MEET, EK_VISIT, EK_HOST, EK_AGREE, EK_SIGN, EK_APPEAL,
                                  EK_CRITICIZE, EK_ACCUSE, EK_THREATEN, EK_ASSAULT, EK_FIGHT};

/* The guideline's kind of an event type: killings and assassinations are assaults. */
static const char *guide_kind(const char *type)
{
    return strcmp(type, "kill") == 0 || strcmp(type, "assassinate") == 0 ? "assault" : type;
}

/* Whether the use of force is of type (assault or fight: one deed often named by both, a
 * strike and the deaths it caused). */
static int force(const char *type)
{
    return strcmp(type, "assault") == 0 || strcmp(type, "fight") == 0;
}

/* Whether sentence s already has an event of the guideline's kind of type (of force, for
 * a kind of force). */
static int has_kind(const struct ev_doc *x, uint32_t s, const char *type)
{
    for (size_t k = 0; k < x->nevents; k++) {
        const char *o = guide_kind(x->events[k].type);
        if (x->events[k].start == s && (strcmp(o, type) == 0 || (force(o) && force(type))))
            return 1;
    }
    return 0;
}

/* Whether the trigger at token i is unreal: negated, denied, hypothetical, prevented, asked. */
static int unreal(sent_ctx *c, size_t i, int cls)
{
    int v;
    size_t n;
    if (i > c->t0 && ev_word_is(c->s, i - 1, 1, EK_NEGATION, &v, &n) && n == 1 &&
        !(v == NEG_AFTER && cls == T_NOUN))
        return 1;              /* لم يلتق، حضر الاجتماع; بعد لقائه happened */
    for (size_t k = i; k > c->t0 && k + SUPPORT_REACH > i; k--) {
        if (ev_clause_end(c, k - 1))
            break;
        if (ev_word_is(c->s, k - 1, 1, EK_TGUARD, &v, &n) &&
            ((v == GUARD_BEFORE && k + GUARD_REACH > i) || v == GUARD_REFUSAL))
            return 1;          /* إذا هاجم، لمنع الهجمات، عدم زيارة; رفضت القنصلية توقيع */
    }
    return ev_denied(c->s, c->t0, i) || ev_question(c);
}

/* The senses of data/events.tsv "tsense" and the kinds each takes another meaning from. */
enum { SENSE_SPORT = 1, SENSE_WEB = 2, SENSE_COURT = 3 };

static int sense_of(int kind)
{
    switch (kind) {
    case EK_MEET: case EK_ASSAULT: case EK_FIGHT: return SENSE_SPORT;
    case EK_VISIT: return SENSE_WEB;
    case EK_CRITICIZE: return SENSE_COURT;
    default: return 0;
    }
}

/* Whether a word of the sentence gives triggers of kind another sense (a match's هجوم). */
static int other_sense(sent_ctx *c, int kind)
{
    int v, want = sense_of(kind);
    size_t n;
    for (size_t k = c->t0; want && k < c->t1; k++)
        if (!ev_is_punct(&c->s->t[k]) && ev_word_is(c->s, k, 1, EK_TSENSE, &v, &n) && v == want)
            return 1;
    return 0;
}

/* The token after the word of "support" that stands before the noun at token i in its
 * clause, or 0 if none: a call received (support 2: تلقى اتصالا هاتفيا) supports a meeting
 * only. */
static size_t support_at(sent_ctx *c, size_t i, int kind)
{
    for (size_t k = i; k > c->t0 && k + CALL_SUPPORT_REACH > i; k--) {
        int v;
        size_t n;
        if (ev_clause_end(c, k - 1))
            break;
        if (ev_word_is(c->s, k - 1, 1, EK_SUPPORT, &v, &n) && n == 1 &&
            (v == SUPPORT_CALL ? kind == EK_MEET : k + SUPPORT_REACH > i))
            return k;          /* تلقى [a receiver's long titles and name] اتصالا هاتفيا */
    }
    return 0;
}

/* Whether a relative clause right after the noun at tokens [i, i + n) says it took place: a
 * relative pronoun and a word of "support" (للتفجير الإرهابي الذي استهدف، للاعتداء الآثم الذي
 * وقع، الاجتماع الذي عقد). */
static int relative_after(sent_ctx *c, size_t i, size_t n)
{
    for (size_t k = i + n; k + 1 < c->t1 && k < i + n + RELATIVE_REACH; k++) {
        if (ev_clause_end(c, k))
            break;
        if (word_kind(c, k, 0, EK_RELATIVE))
            return word_kind(c, k + 1, 0, EK_SUPPORT);
    }
    return 0;
}

/* Whether the noun at tokens [i, i + n) of kind is said to have taken place: a word of
 * "support" before it or a relative clause after it. */
static int supported(sent_ctx *c, size_t i, size_t n, int kind)
{
    return support_at(c, i, kind) || relative_after(c, i, n) || vi_targeted(c, i, n, kind);
}

/* Whether a doer follows the noun ending at token end with من قبل, على يد (data/events.tsv
 * "by") that the rules took for none (تعرضت للهجوم من قبل صندوق التمويل: words, not arms). */
static int by_other(sent_ctx *c, size_t end)
{
    size_t n;
    for (size_t k = end; k < c->t1 && k < end + ANCHOR_AFTER; k++)
        if (ev_word_is(c->s, k, 0, EK_BY, NULL, &n))
            return 1;
    return 0;
}

/* Whether the noun at tokens [i, i + n) of kind is anchored as an event that took place: it
 * is supported, a place is given, or a name follows it (ANCHOR_AFTER words on, or after
 * titles only: زيارة رئيس الوزراء بحاح، زيارة صاحب السمو الملكي الأمير محمد). */
static int anchored(sent_ctx *c, size_t i, size_t n, int kind, const rasd_entity *place)
{
    const rasd_entity *e;
    size_t end = i + n + SUBJECT_REACH < c->t1 ? i + n + SUBJECT_REACH : c->t1;
    if (place || supported(c, i, n, kind))
        return 1;
    for (size_t k = i + n; k < c->t1 && k < i + n + ANCHOR_AFTER; k++) {
        if (ev_is_punct(&c->s->t[k]))
            break;
        if (ev_first_entity(c, k, k + 1))
            return 1;
    }
    return (e = ev_first_entity(c, i + n, end)) != NULL && ev_lead_span(c, i + n, e->tok_start, 0);
}

/* The place named right after a noun of force ending at token end (its genitive: معركة
 * الزبداني، عملية تحرير عدن), else the place found before (other). */
static const rasd_entity *genitive_place(sent_ctx *c, size_t end, const rasd_entity *other)
{
    const rasd_entity *e = end < c->t1 ? ev_first_entity(c, end, end + 1) : NULL;
    return e && is_loc(e) ? e : other;
}

/* Whether an event of the guideline's kind of type was found before byte b of the article:
 * a trigger with nobody named (الهجوم، المواجهات، هجوم سروج) then mostly refers back to it. */
static int told_before(const struct ev_doc *x, uint32_t b, const char *type)
{
    for (size_t k = 0; k < x->nevents; k++)
        if (x->events[k].trigger_start < b && strcmp(guide_kind(x->events[k].type), type) == 0)
            return 1;
    return 0;
}

/* Whether a word of manner (بشدة، بغضب) follows the verb ending at token end, after its
 * subject: the rules read such a criticism and found no matter in it. */
static int manner_after(sent_ctx *c, size_t end)
{
    for (size_t k = end; k < c->t1 && k < end + MANNER_REACH; k++)
        if (word_kind(c, k, 1, EK_MANNER))
            return 1;
    return 0;
}

/* Whether ev has the CAMEO root and actors of an event the article already has: then it
 * is that one's report again, and gives it nothing (ev_add_event would give it its place or
 * date, which a report the layer read is too unsure to give). */
static int known(const struct ev_doc *x, const rasd_event *ev)
{
    for (size_t k = 0; ev->nactors > 0 && k < x->nevents; k++) {
        const rasd_event *o = &x->events[k];
        int same = o->nactors == ev->nactors && memcmp(o->cameo, ev->cameo, 2) == 0;
        for (size_t a = 0; same && a < ev->nactors; a++) {
            int found = 0;
            for (size_t b = 0; b < o->nactors; b++)
                found |= ev->actor_id[a] && o->actor_id[b]
                             ? strcmp(ev->actor_id[a], o->actor_id[b]) == 0
                             : !ev->actor_id[a] && !o->actor_id[b] &&
                                   strcmp(ev->actor_name[a], o->actor_name[b]) == 0;
            same = found;
        }
        if (same)
            return 1;
    }
    return 0;
}

/* Puts an actor given by id, name and bytes as ev's next. */
static void put(rasd_event *ev, const char *id, const char *name, uint32_t s, uint32_t e)
{
    size_t k = ev->nactors;
    if (k >= RASD_EVENT_ACTORS || !name)
        return;
    for (size_t a = 0; a < k; a++)
        if (id && ev->actor_id[a] && strcmp(id, ev->actor_id[a]) == 0)
            return;
    ev->actor_id[k] = id, ev->actor_name[k] = name;
    ev->actor_start[k] = s, ev->actor_end[k] = e;
    ev->nactors++;
}

enum { KIN_REACH = 3 };        /* title words from a kin noun to the name: أخاه الأمير مقرن */

/* Whether name e is apposed to a kin or counterpart noun with a pronoun of the subject
 * ("aguard" kin_object: وزار أخاه الأمير مقرن، واستقبل): an earlier verb's object, no subject
 * a later coordinated verb keeps (judge54's event row 27; fix55). */
static int kin_object(sent_ctx *c, const rasd_entity *e)
{
    for (size_t p = e->tok_start; p-- > c->t0 && p + KIN_REACH >= e->tok_start;)
        if (ev_aguard_word(c, p, AG_KIN_OBJECT))
            return ev_lead_span(c, p + 1, e->tok_start, 0);
    return 0;
}

/* The subject of a verb that names none, from the discourse: the first name before it in its
 * sentence that can act, with no preposition, ب or ل before it and no kin noun's object
 * (kin_object; the preceding clause's subject); else the speaker of the last quote before it;
 * else the first actor of the last event of this sentence or the one before. */
static void discourse(sent_ctx *c, const kind_info *ki, size_t i, const rasd_entity *place,
                      const struct ev_doc *x, rasd_event *ev)
{
    size_t nq;
    const rasd_quote *q = rasd_doc_quotes(c->doc, &nq), *last = NULL;
    uint32_t at = c->s->t[i].start;
    const rasd_quote *in = ev_quote_at(c->doc, at);
    int armed = ki->kind == EK_ASSAULT || ki->kind == EK_FIGHT;
    int plural = ev_plural_verb(c, i);   /* وناشدوا: people, no one body named before */
    for (size_t k = 0; k < c->ne; k++) {
        const rasd_entity *e = &c->en[k];
        if (e->tok_start < c->t0 || e->tok_start >= i || e == place || is_loc(e) ||
            (in && e->start < in->start) || ev_plural_skip(c, e, i))
            continue;          /* in a quote, not its speaker: «هاجمت مروحيتان …» */
        if ((e->tok_start > c->t0 && word_kind(c, e->tok_start - 1, 0, EK_PREP)) ||
            ev_name_clitic(c, e) == CL_BI || ev_name_clitic(c, e) == CL_LAM ||
            !ev_can_act(c, ki, e, place, NULL, 1) || kin_object(c, e) ||
            (armed && strcmp(e->type, "PER") == 0))
            continue;          /* a person named before «وقصفت هذه المناطق» is no force */
        put(ev, ev_is_group(e) ? NULL : e->id, e->name, e->start, e->end);
        return;
    }
    if (plural || ev_appeal_own_subject(c, i))
        return;                /* «ودعا المعتصمون»: not the last speaker's (own_subject.c) */
    for (size_t k = 0; !in && ev_speech_act(ki) && k < nq; k++)   /* ودعا: what a speaker
                                                                     does is say */
        if (q[k].end <= at && q[k].end >= c->before && q[k].speaker_id)
            last = &q[k];
    if (last) {
        put(ev, last->speaker_id, last->speaker_name, last->speaker_start, last->speaker_end);
        return;
    }
    const rasd_event *best = NULL;
    for (size_t k = 0; k < x->nevents; k++) {
        const rasd_event *o = &x->events[k];
        if (o->start >= c->before && o->trigger_start < at && o->nactors > 0 &&
            o->actor_id[0] && !o->target_only && (!best || o->trigger_start > best->trigger_start))
            best = o;
    }
    if (best && !in && !armed)
        put(ev, best->actor_id[0], best->actor_name[0], best->actor_start[0], best->actor_end[0]);
}

/* The one who called, for a call's noun ending at token end: the name after من right after
 * it (اتصالا هاتفيا اليوم من جلالة الملك محمد السادس), titles only between; or NULL. */
static const rasd_entity *caller(sent_ctx *c, const kind_info *ki, size_t end,
                                 const rasd_entity *place)
{
    for (size_t k = end; k < c->t1 && k < end + CALL_REACH; k++) {
        const rasd_token *t = &c->s->t[k];
        if (ev_punct(c->s, k, ".;:!"))
            break;             /* but a comma: اتصالا هاتفيا أمس، من جلالة الملك */
        if (t->norm_len == 4 && memcmp(t->norm, "\xd9\x85\xd9\x86", 4) == 0)
            return ev_subject_after(c, ki, k + 1, place, NULL);
    }
    return NULL;
}

/* The caller of a call told before token i in its sentence (a meeting's noun of "trigger"
 * followed by من), or NULL: what is expressed in the call is his (أعرب فيه عن إدانته). */
static const rasd_entity *caller_before(sent_ctx *c, const kind_info *ki, size_t i,
                                        const rasd_entity *place)
{
    const rasd_entity *who = NULL;
    for (size_t k = c->t0, n = 1; k < i; k += n) {
        const ev_word *w = ev_lookup(c->s, k, 1, EK_TRIG, &n);
        const rasd_entity *e;
        if (!w || n == 0) {
            n = 1;
            continue;
        }
        if (w->val[EK_TRIG] == TRIG_MEET_NOUN && (e = caller(c, ki, k + n, place)) != NULL &&
            e->tok_end <= i)
            who = e;
    }
    return who;
}

/* The receiver of a call whose subject ev_subject_after did not read, تلقى at token sup - 1
 * and the call's noun at token i: for an honorific right after تلقى (كما تلقى سموه اتصالا),
 * the first person the article named; else the last person named between them, past his
 * titles (تلقى نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف أمس
 * اتصالا); NULL if none (events22). */
static const rasd_entity *receiver(sent_ctx *c, size_t sup, size_t i)
{
    const rasd_entity *last = NULL;
    size_t m;
    int honor = sup < c->t1 && ev_word_is(c->s, sup, 0, EK_HONOR, NULL, &m);
    for (size_t k = 0; k < c->ne; k++) {
        const rasd_entity *e = &c->en[k];
        if (!e->id || strcmp(e->type, "PER") != 0)
            continue;
        if (honor && e->tok_start < sup)
            return e;          /* the first person the article named: the one the calls are
                                  told of (not ev_honoree's last speaker: a caller) */
        if (!honor && e->tok_start >= sup && e->tok_end <= i)
            last = e;          /* the last such name: the entities are in text order */
    }
    return last;
}

/* A call received (support 2 at token sup - 1, the noun at [i, i + n)): the receiver, the
 * subject of تلقى, and the caller after من. */
static void call_parties(sent_ctx *c, const kind_info *ki, size_t sup, size_t i, size_t n,
                         const rasd_entity *place, rasd_event *ev)
{
    const rasd_entity *a = ev_subject_after(c, ki, sup, place, NULL), *b;
    if (a && a->tok_start >= i)
        a = NULL;
    if (!a)
        a = receiver(c, sup, i);
    if ((b = caller(c, ki, i + n, place)) == NULL || b == a)
        return;
    if (a)
        put(ev, ev_is_group(a) ? NULL : a->id, a->name, a->start, a->end);
    put(ev, ev_is_group(b) ? NULL : b->id, b->name, b->start, b->end);
}

/* A noun after a verb whose subject did the deed (support 3 at token sup - 1, the noun at
 * [i, i + n)): that subject, between the verb and the noun (عقد الوزير اجتماعا، شن التحالف
 * غارات، نفذ فيورنتينا تهديده), and the party joined after the noun by مع or على (اجتماعا مع
 * نظيره، هجوما على …) (events15). */
static int agent_parties(sent_ctx *c, const kind_info *ki, size_t sup, size_t i, size_t n,
                         const rasd_entity *place, rasd_event *ev)
{
    const rasd_entity *a = ev_subject_after(c, ki, sup, place, NULL), *b;
    if (!a || a->tok_end > i || a == place)
        return 0;
    if (force(ki->type) && strcmp(a->type, "PER") == 0)
        return -1;             /* شن السيناتور هجوما على …: words, as a person's هاجم */
    put(ev, ev_is_group(a) ? NULL : a->id, a->name, a->start, a->end);
    if ((b = ev_object_of(c, ki, i + n, a, place, NULL, J_MA3 | J_ALA)) != NULL)
        put(ev, ev_is_group(b) ? NULL : b->id, b->name, b->start, b->end);
    return 0;
}

/* The doer of a deed done (events19): the subject after its verb (the token after it: v)
 * and before the noun at token i (قام مواطن بإطلاق النار، قام عناصر من حركة بوكو حرام
 * بقتل), else the name right before the verb, within DOER_BEFORE tokens of its clause (مقرب
 * بن سعد الثنيان "سعودي الجنسية" أقدم على قتل), with no clause's end nor أن، إن between;
 * put first, before the one it was done to. */
static void deed_doer(sent_ctx *c, const kind_info *ki, size_t v, size_t i,
                      const rasd_entity *place, rasd_event *ev)
{
    const rasd_entity *a = ev_subject_after(c, ki, v, place, NULL), *before = NULL;
    rasd_event was = *ev;
    if (a && (a->tok_end > i || a == place))
        a = NULL;
    for (size_t k = 0; !a && k < c->ne; k++) {
        const rasd_entity *e = &c->en[k];
        int gap = 0;
        if (e->tok_end >= v || e->tok_end + DOER_BEFORE < v || e->tok_start < c->t0 || is_loc(e))
            continue;
        for (size_t t = e->tok_end; t + 1 < v; t++)
            gap |= ev_clause_end(c, t) || word_kind(c, t, 0, EK_ABOUT);   /* أوضحت المديرية
                                  … أن أحد المواطنين قام: the speaker, not the doer */
        if (!gap)
            before = e;        /* the last such name: the entities are in text order */
    }
    if (!a && (a = before) == NULL)
        return;
    ev->nactors = 0;
    put(ev, ev_is_group(a) ? NULL : a->id, a->name, a->start, a->end);
    for (size_t k = 0; k < was.nactors; k++)
        if (was.actor_start[k] != a->start)
            put(ev, was.actor_id[k], was.actor_name[k], was.actor_start[k], was.actor_end[k]);
}

/* Whether the trigger at token i is a passive in a relative clause (التسوية التي تم الاتفاق
 * عليها، ما تم الاتفاق عليه، لما تم الاتفاق عليه: "aguard" passive_verb after a relative
 * pronoun): a thing agreed before, told by what it is; the name before it in the discourse is
 * not its doer (judge56's 38 got «داعش» from the clause before; fix63's fresh rows). A passive
 * told on its own (كما تم الاتفاق على …) keeps the discourse's subject: mostly a party of the
 * talks told before it. */
static int agreed_thing(sent_ctx *c, size_t i)
{
    return i > c->t0 && ev_aguard_word(c, i, AG_PASSIVE_VERB) &&
           word_kind(c, i - 1, 1, EK_RELATIVE);
}

enum { STANCE_REACH = 12 };     /* tokens from a stance verb to the noun after its عن: the
                                  subject's name and titles between (أعربت دولة الكويت عن) */

/* Whether token k is عن. */
static int is_an(sent_ctx *c, size_t k)
{
    const rasd_token *t = &c->s->t[k];
    return t->norm_len == LETTERS(2) && memcmp(t->norm, U_AIN U_NOON, LETTERS(2)) == 0;
}

/* The subject of a stance verb ("aguard" stance_verb: أعرب، عبر، أبدى) whose عن-complement
 * is the noun at token i, right after عن or coordinated by و with the noun after it (أعربت
 * دولة الكويت عن إدانتها، أعربت الجمهورية العراقية عن استنكارها وإدانتها): the one who
 * criticises; its name after the verb (ev_subject_after) or its description (ev_group_at),
 * ending before عن. NULL if none (judge57's 12; lay66). */
static const rasd_entity *stance_subject(sent_ctx *c, const kind_info *ki, size_t i,
                                         const rasd_entity *place)
{
    size_t an = i > c->t0 && is_an(c, i - 1) ? i - 1
                : i > c->t0 + 1 && letter_is(c->s->t[i].norm, U_WAW) && is_an(c, i - 2) ? i - 2
                                                                                        : 0;
    if (!an)
        return NULL;
    for (size_t v = an; v-- > c->t0 && v + STANCE_REACH > an;) {
        const rasd_entity *a;
        if (ev_clause_end(c, v))
            return NULL;
        if (!ev_aguard_word(c, v, AG_STANCE_VERB))
            continue;
        a = ev_first_entity(c, v + 1, an);     /* the name between the verb and عن, its
                                                  titles before it only */
        if (a && (!ev_lead_span(c, v + 1, a->tok_start, 0) || !ev_can_act(c, ki, a, place, NULL, 1)))
            a = NULL;
        if (a == NULL)
            a = ev_group_at(c, v + 1, ev_group_mask(ki), 0);
        return a && a->tok_start > v && a->tok_end <= an ? a : NULL;
    }
    return NULL;
}

/* The actors of the trigger at tokens [i, i + n) of kind ki: by the rules' own form of the
 * word when it has one, else a verb's or a noun's (its genitive); a verb with none found
 * takes the discourse's subject, a noun the subject of its support verb. -1 when the deed
 * is words (a person's attack), else 0. */
static int actors(sent_ctx *c, const kind_info *ki, size_t i, size_t n, int cls, int cut,
                  const rasd_entity *place, const struct ev_doc *x, uint32_t s, rasd_event *ev)
{
    size_t m;
    int form = cls == T_NOUN ? F_OF : F_VERB;
    const ev_word *w = ev_lookup_any(c->s, i, 1, EVENT_KINDS, &m);
    const rasd_entity *d;
    int bare = 0;
    if (w && EV_HAS_KIND(w, ki->kind) && m >= n) {
        int f = w->val[ki->kind];
        if (f == F_VERB || f == F_DUAL || f == F_POSS || f == F_BETWEEN || f == F_OF)
            form = f, n = m;
    }
    memset(c->actor, 0, sizeof c->actor);
    c->said = c->lone = c->pron = 0;
    c->also = NULL, c->prev = NULL;
    if (cls == T_NOUN && ev_clitic(c, i) == CL_BI && form == F_OF &&
        !(force(ki->type) && has_kind(x, s, "criticize")))
        form = F_POSS;         /* قام الوزير بزيارة …: the doer is before; but ندد أوغلو
                                  بالهجوم: the one who condemns it is no attacker */
    ev_actors_by_form(c, ki, i, n, form, cut, place, ev);
    d = ev->nactors == 0 && cls != T_NOUN ? ev_layer_described_subject(c, ki, i, n, cut, &bare)
                                          : NULL;
    if (d && !bare)
        put(ev, NULL, d->name, d->start, d->end);   /* ودعا الوزراء مجدداً (own_subject.c) */
    if (ev->nactors == 0 && cls != T_NOUN && !agreed_thing(c, i))
        discourse(c, ki, i, place, x, ev);
    if (ev->nactors == 0 && d)
        put(ev, NULL, d->name, d->start, d->end);   /* ودعت الوزارة, none named before */
    if (cls != T_NOUN)
        ev_speaker_party(c, ki, i, n, ev);     /* «… لجنة … التقت به»: the speaker met it */
    if (ev->nactors == 0 && cls == T_NOUN) {
        size_t sup = support_at(c, i, ki->kind);
        const rasd_entity *b;
        int v;
        if (ki->kind == EK_MEET && sup && ev_word_is(c->s, sup - 1, 1, EK_SUPPORT, &v, &m) &&
            v == SUPPORT_CALL)
            call_parties(c, ki, sup, i, n, place, ev);   /* تلقى الأمير اتصالا هاتفيا من */
        else if (ev_speech_act(ki) && (b = caller_before(c, ki, i, place)) != NULL)
            put(ev, ev_is_group(b) ? NULL : b->id, b->name, b->start, b->end);
        else if (ki->kind == EK_CRITICIZE && (b = stance_subject(c, ki, i, place)) != NULL)
            put(ev, ev_is_group(b) ? NULL : b->id, b->name, b->start, b->end);
        else if (sup && ev_word_is(c->s, sup - 1, 1, EK_SUPPORT, &v, &m) && v == SUPPORT_AGENT)
            return agent_parties(c, ki, sup, i, n, place, ev);   /* عقد الوزير اجتماعا مع */
    }
    return 0;
}

/* The trigger at token i, if any: its kind in *ki (its number in data/events.tsv in *type),
 * class in *cls, tokens in *n, proclitic letters in *cut. */
static int trigger_at(sent_ctx *c, size_t i, const kind_info **ki, int *cls, size_t *n,
                      int *cut, int *type)
{
    const ev_word *w;
    size_t whole;
    int v;
    if (!ev_event_start(c->s, i) || (w = ev_lookup(c->s, i, 1, EK_TRIG, n)) == NULL ||
        i + *n > c->t1)
        return 0;
    v = w->val[EK_TRIG];
    *type = v % 16, *cls = v / 16, *cut = c->s->cut;
    if (*cut > 0 && ev_lookup(c->s, i, 0, EK_TNOT, &whole) != NULL)
        return 0;              /* "tnot", read only past a proclitic: وفاتهم is a death, not
                                  و + ف + اتهم */
    if (*type < 1 || *type > 11 || (*ki = ev_kind_info(type_kind[*type])) == NULL)
        return 0;
    if (*cut >= 1 && ev_root_waw(c->doc, &c->s->t[i]))
        return 0;              /* ودّعت: not و + دعت */
    if (*cls != T_NOUN && *cls != T_DEED ? !ev_conjunctions(&c->s->t[i], *cut)
                       : ev_clitic(c, i) == CL_LAM && (*ki)->kind != EK_ASSAULT &&
                             (*ki)->kind != EK_FIGHT)
        return 0;              /* لقصف: a noun; للقاء: a purpose; but استنكاره للاعتداء */
    return 1;
}

/* Whether the trigger form cls (T_*) of kind is on in the engine (data/events.tsv "tdefault",
 * rasd_config.event_triggers; events14). */
static int form_on(const ev_engine *ev, int kind, int cls)
{
    int form = cls == T_VERB ? TFORM_VERB : cls == T_FUTURE ? TFORM_FUTURE : TFORM_NOUN;
    return (ev->tforms[kind] & form) != 0;
}

/* Whether the trigger at token i, of form cls (T_*) and kind, is on: its form is, or it is
 * a past verb that starts its clause and that form ("lead", tg_clause_first) is (events16),
 * or a noun of a deed done and that form ("deed", tg_deed) is (events19) — or a noun of force
 * told as done (tg_force_told, tokens [i, i + n): events21) —, or its event ev at
 * place names its sides and that form ("sides", tg_named_sides) is (events20), or a visit's
 * noun is the occasion of its sentence and that form ("occasion", tg_occasion) is (events25). */
static int form_on_at(sent_ctx *c, size_t i, size_t n, int kind, int cls,
                      const rasd_event *ev, const rasd_entity *place)
{
    return form_on(c->s->ev, kind, cls) ||
           (cls == T_VERB && (c->s->ev->tforms[kind] & TFORM_LEAD) && tg_clause_first(c, i)) ||
           (cls == T_NOUN && (c->s->ev->tforms[kind] & TFORM_DEED) &&
            (tg_deed(c, i) || tg_force_told(c, i, n, kind, ev) || vi_targeted(c, i, n, kind))) ||
           ((c->s->ev->tforms[kind] & TFORM_SIDES) && tg_named_sides(kind, cls, ev, place)) ||
           (cls == T_NOUN && (c->s->ev->tforms[kind] & TFORM_OCCASION) &&
            tg_occasion(c, i, n, kind, ev));
}

/* Whether a present verb at tokens [i, i + n) of kind is on: that form is on (data/events.tsv
 * "tdefault" form "present") and a name the recogniser found stands next to it, its subject
 * (واشنطن تتهمها، تتهمه واشنطن); not a noun's or a relative's verb (واجه انتقادات
 * تتهمه، الذين يتهمون: what "critics" or "those who" say, generic or long-standing) (events20). */
static int present_on(const sent_ctx *c, int kind, size_t i, size_t n)
{
    if ((c->s->ev->tforms[kind] & TFORM_ALL) == TFORM_ALL)
        return 1;              /* every kind and form on (--event-triggers): every row */
    if (!(c->s->ev->tforms[kind] & TFORM_PRESENT))
        return 0;
    for (size_t k = 0; k < c->ne; k++)
        if (c->en[k].id && (c->en[k].tok_end == i || c->en[k].tok_start == i + n))
            return 1;
    return 0;
}

/* Adds ev as ev_add_event does, marking it off when on is 0: it stays while the layer runs
 * (so that its kind's later mentions are told from it as when every kind is on) and is
 * dropped after (drop_off). A row that is on and repeats one that is off makes it on. */
static rasd_status add_marked(struct ev_doc *x, size_t i, const rasd_entity *place,
                              rasd_event *ev, int on)
{
    size_t had = x->nevents;
    rasd_status rc = ev_add_event(x, i, place, ev);
    if (!rc)
        x->off = grow_array(x->off, &x->off_cap, x->nevents, 1, &rc);
    if (rc)
        return rc;
    if (x->nevents > had)
        memset(x->off + had, 0, x->nevents - had), x->off[x->last_event] = (uint8_t)!on;
    else if (on)
        x->off[x->last_event] = 0;
    return rc;
}

rasd_status ev_trigger_events(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e)
{
    rasd_status rc = RASD_OK;
    for (size_t i = c->t0, n = 1; i < c->t1 && !rc; i += n) {
        const kind_info *ki;
        const rasd_entity *place;
        int cls, cut, plan, type;   /* type: the kind's number in data/events.tsv */
        int placed, present, framed;   /* framed: no event by assault_frames.c, kept off */
        int kill_noun;         /* a noun of "trigger" 74 (killing_deed.c) */
        size_t deed;
        rasd_event ev;
        n = 1;
        if ((i = ev_next_event_start(c->s, i, c->t1)) >= c->t1)
            break;             /* cost53: trigger_at's first test, for the tokens between */
        if (!trigger_at(c, i, &ki, &cls, &n, &cut, &type))
            continue;
        if ((placed = cls == T_PLACED) != 0)
            cls = T_NOUN;
        kill_noun = cls == T_DEED;
        if (cls == T_DEED && !tg_deed(c, i)) {
            if (!vi_targeted(c, i, n, ki->kind))
                continue;      /* قتل: a verb; only أقدم على قتل، قام بقتل is a deed's noun */
            cls = T_NOUN;      /* إطلاق نار على قسم شرطة الفشن (events28) */
        }
        deed = cls == T_DEED || cls == T_NOUN ? tg_deed(c, i) : 0;   /* its verb's next token */
        if (deed)
            cls = T_NOUN;
        if ((present = cls == T_PRESENT) != 0)
            cls = T_VERB;
        if (has_kind(x, s, ki->type) || unreal(c, i, cls) || other_sense(c, ki->kind) ||
            tg_guarded(c, i, n, cls == T_NOUN, ki->kind) ||
            tg_guarded_courtesy(c, i, n, cls, ki->kind) ||
            tg_guarded_force(c, i, n, cls == T_NOUN, ki->kind))
            continue;          /* events12's, 13's, 16's and 17's guards (trigger_guards.c) */
        framed = fr_guarded(c, i, n, cls == T_NOUN, ki->kind) ||   /* told, so off */
                 fr_feared(c, i, n, cls == T_NOUN, ki->kind) || /* (assault_feared.c) */
                 fr_forecast(c, i, cls == T_NOUN, ki->kind) ||    /* (assault_forecast.c) */
                 fr_maybe(c, i, cls == T_NOUN, ki->kind) ||        /* (doers42: قد تشن) */
                 fr_any_deed(c, i, n, cls == T_NOUN) ||            /* (trig44: لأي هجوم) */
                 fr_subjunctive(c, i, cls == T_NOUN, ki->kind);    /* (أن تشن هجوما) */
        if (cls == T_NOUN && (ki->kind == EK_VISIT || ki->kind == EK_MEET) &&
            has_kind(x, s, "appeal") && tg_content(c, i))
            continue;          /* دعا … إلى زيارة محافظة عدن: what is asked (events13) */
        if (ki->kind == EK_ASSAULT && tg_military(c, i, n))
            ki = ev_kind_info(EK_FIGHT);   /* هجمات الحزب ضد الجيش: a fight (events13) */
        if (ki->kind == EK_ASSAULT && tg_airborne(c, i, n, cls == T_NOUN))
            ki = ev_kind_info(EK_FIGHT);   /* هاجمت طائرة حربية: a fight (events16) */
        if (ki->kind == EK_ASSAULT && rg_military(c, i, n))
            ki = ev_kind_info(EK_FIGHT);   /* هجمات المقاومة: a fight (events23) */
        if (ki->kind == EK_ASSAULT && vi_military_target(c, i, n, ki->kind))
            ki = ev_kind_info(EK_FIGHT);   /* بفتح النار على المواقع: combat (events33) */
        if (fr_armed_target(c, i, n, cls == T_NOUN, ki->kind))
            ki = ev_kind_info(EK_FIGHT);   /* هجوم على مواقعها: a fight (armed_target.c) */
        if (ki->kind == EK_APPEAL && ev_prayer(c, i + n))
            continue;          /* دعا الله */
        place = ev_place_at(c, i, ki->kind);
        if (cls == T_NOUN && force(ki->type) && (!place || place->tok_start < i))
            place = genitive_place(c, i + n, place);   /* معركة الزبداني، عملية تحرير عدن */
        if (cls == T_NOUN && ((!deed && !anchored(c, i, n, ki->kind, place)) ||
                              (ki->kind == EK_CRITICIZE && i + n < c->t1 &&
                               ev_clitic(c, i + n) == CL_BI)))
            continue;          /* إدانته بتناول عقار محظور: a conviction */
        if (ki->kind == EK_CRITICIZE && cls != T_NOUN && manner_after(c, i + n))
            continue;          /* واستنكر رونالدو بغضب على سؤال: the rules read it, no matter */
        memset(&ev, 0, sizeof ev);
        if (actors(c, ki, i, n, cls, cut, place, x, s, &ev) < 0)
            continue;
        tg_courtesy_actors(c, ki->kind, cls, i, &ev);   /* no visitor from the sentence before */
        fr_byline(c->doc, &ev);                         /* not «NAME- سبق-» (dateline.c) */
        if (cls == T_NOUN)
            vi_target_actor(c, i, n, ki->kind, &ev);     /* إطلاق نار على قسم شرطة (events28) */
        if (deed)
            deed_doer(c, ki, deed, i, place, &ev);       /* قام مواطن بإطلاق النار على */
        if (ki->kind == EK_ASSAULT && cls != T_NOUN &&
            ((ev.nactors > 0 && c->actor[0] && strcmp(c->actor[0]->type, "PER") == 0) ||
             has_kind(x, s, "criticize")))
            continue;          /* هاجم خامنئي الولايات المتحدة: words or arms? (the rules') */
        if (ev.nactors == 0 && cls == T_NOUN && place && force(guide_kind(ki->type)) &&
            (place->tok_start < i + n ||
             (place->tok_start > i + n + NEAR_PLACE && !relative_after(c, i, n))))
            place = NULL;      /* الهجمات الإرهابية كانت تهدف إلى زعزعة الوضع في طاجيكستان:
                                  a place farther on is another matter's (events7, F_NEAR) */
        if (placed && (!place || !is_loc(place) || place->tok_start < i + n))
            continue;          /* معركة انتخابية، إعداد كمين أمني للقبض: no place, no fight */
        if (ev.nactors == 0 && ((!place && cls == T_NOUN && !deed &&
                                 (!supported(c, i, n, ki->kind) || by_other(c, i + n))) ||
                                ki->kind == EK_HOST || (ki->kind == EK_VISIT && !place) ||
                                told_before(x, c->s->t[i].start, ki->type)))
            continue;          /* الهجوم، هجوم سروج: the one told before; a noun's event
                                  of nobody nowhere (تعرضت للهجوم من قبل صندوق التمويل); a
                                  reception with no host, a visit with no visitor */
        if (rg_unreported(c, i, n, cls != T_NOUN, ki->kind, &ev))
            continue;          /* سمات …; وقف إطلاق النار; عام 1558 (report_guards.c) */
        if (cls == T_NOUN)
            fr_attack_doer(c, i, n, ki->kind, &ev); /* هجوم داعش، الذي شنه X (attack_doers.c) */
        if (deed)
            fr_deed_desc(c, ki->kind, deed, i, &ev);     /* قام شرطي أمريكي (deed_doers.c) */
        if (cls == T_NOUN)
            fr_launch_doer(c, ki->kind, i, &ev);        /* شن أفراد المقاومة هجوما */
        ev_layer_sides(c, ki->kind, i, n, cls == T_NOUN, &ev); /* غارات للتحالف، الاتفاق بين
                                                               X وY (layer_sides.c) */
        ev.type = ki->type, ev.cameo = ki->cameo;
        if (place)
            ev.place_id = place->id, ev.place_name = place->name;
        ev.start = s, ev.end = e;
        ev.trigger_start = c->s->t[i].start, ev.trigger_end = c->s->t[i + n - 1].end;
        plan = cls == T_FUTURE ||
               ev_planned_by_words(c->s, c->t0, c->t1, i, n, ev_speech_act(ki));
        ev_event_date(c->doc, s, e, plan || cls == T_NOUN, ev_content_start(c, ki, i + n), &ev);
        ev.planned |= plan;
        ev_set_past(c, i, n, ki->kind, ev_content_start(c, ki, i + n), &ev); /* (past_in_plan.c) */
        if (cls != T_NOUN && ev.nactors > 0 && ev_thing_relative(c, i, ki->kind))
            continue;          /* المنزلق الخطير الذي هدد: an actor not the verb's (thing_relative.c) */
        if (!known(x, &ev) && !fr_known_deed(x->events, x->nevents, &ev)) {
            int on = !framed && !(ki->kind == EK_ASSAULT && as_framed(c, i, n)) &&
                     (present ? present_on(c, ki->kind, i, n)
                                         : form_on_at(c, i, n, ki->kind, cls, &ev, place) ||
                                           kd_killing_deed_on(c, ki->kind, kill_noun, deed));
            size_t k = 0, head = 0;
            rc = add_marked(x, i, place, &ev, on);
            if (on && cls == T_NOUN)
                k = vi_target_end(c, i, n, ki->kind, &ev, &head);
            ev.place_id = NULL, ev.place_name = NULL;
            while (k && !rc && (k = vi_next_target(c, k, head, &ev)) != 0)
                rc = add_marked(x, i, NULL, &ev, on);    /* … وقسم العصافرة (events33) */
        }
    }
    return rc;
}

/* Puts the events in text order (the layer's come after the rules' of the whole article):
 * by sentence, then by word; stable, so that the rules' own order is kept. */
static void text_order(struct ev_doc *x)
{
    for (size_t i = 1; i < x->nevents; i++) {
        rasd_event ev = x->events[i];
        size_t k = i;
        for (; k > 0 && (x->events[k - 1].start > ev.start ||
                         (x->events[k - 1].start == ev.start &&
                          x->events[k - 1].trigger_start > ev.trigger_start));
             k--)
            x->events[k] = x->events[k - 1];
        x->events[k] = ev;
    }
}

/* Drops the layer's events of kinds and forms that are not on (add_marked). */
static void drop_off(struct ev_doc *x)
{
    size_t n = 0;
    for (size_t k = 0; k < x->nevents; k++)
        if (!x->off[k])
            x->events[n++] = x->events[k];
    x->nevents = n;
}

/* Each sentence's tokens [t0, t1) and the start of the one before, into c. */
static void sentence_at(sent_ctx *c, const rasd_span *sn, size_t i, size_t *k)
{
    const ev_scan *s = c->s;
    while (*k < s->nt && s->t[*k].start < sn[i].start)
        (*k)++;
    c->t0 = *k;
    c->before = i ? sn[i - 1].start : sn[i].start;
    *k = ev_token_from(s, sn[i].end);  /* the first token at the sentence's end or after, by
                                          halves (cost71: the walk cost 7 Ir a token) */
    c->t1 = *k;
    c->ngrp = 0;               /* a sentence with no name may have a description or a quote's
                                  speaker as its actor (evrecall3) */
}

/* sentence_at, walked once an article (cost45: the five passes below each walked every
 * token again, 40 Ir a token): tb, the t0 and t1 of the first *nb sentences (NULL: none
 * kept, each walked). */
static void sentence_of(sent_ctx *c, const rasd_span *sn, size_t i, size_t *tb, size_t *nb,
                        size_t *k)
{
    if (i < *nb) {
        c->t0 = tb[2 * i], c->t1 = *k = tb[2 * i + 1];
        c->before = i ? sn[i - 1].start : sn[i].start;
        c->ngrp = 0;
        return;
    }
    sentence_at(c, sn, i, k);
    if (tb && i == *nb)
        tb[2 * i] = c->t0, tb[2 * i + 1] = c->t1, (*nb)++;
}

/* The rules' events of every sentence first (events.c), then, when any of its kinds is on
 * (rasd_config.event_triggers; data/events.tsv "tdefault"), the layer's: an event the
 * rules found in a later sentence is never folded into one of the layer's (ev_add_event
 * keeps the first of one article's reports with the same actors). */
rasd_status ev_find_events(const rasd_engine *e, rasd_doc *doc, ev_scan *s)
{
    size_t ns, k = 0;
    const rasd_span *sn = rasd_doc_sentences(doc, &ns);
    struct ev_doc *x = EV_DOC(doc);
    sent_ctx c = {s, doc, NULL, 0, 0, 0, 0, 0, {NULL}, x, {{0}}, 0, NULL, NULL, 0, 0, 0, 0};
    rasd_status rc = RASD_OK;
    size_t *tb, nb = 0;
    (void)e;                   /* the layer's kinds on are s->ev's (tdefault_scan) */
    x->nevents = x->apart.n = x->taken.n = 0;
    ev_notes_reset(x);         /* notes.h: what encounter.c's walk notes (cost52, cost53) */
    ev_groups_reset(x);
    c.en = ent_doc_names(doc, &c.ne);
    c.en_sorted = ev_names_sorted(c.en, c.ne);
    if (c.ne == 0)
        return RASD_OK;        /* no recognition (its per-token facts, which ev_clitic reads,
                                  are another document's or none), or no name at all */
    tb = malloc(2 * ns * sizeof *tb);   /* none: each pass walks the tokens */
    for (size_t i = 0; i < ns && !rc; i++) {
        sentence_of(&c, sn, i, tb, &nb, &k);
        rc = ev_sentence_events(&c, x, sn[i].start, sn[i].end);
    }
    k = 0;
    if (!rc && !s->ev->tlayer)
        ev_plan_dates(doc, s, x), ev_passive_accusations(doc, s, x);   /* events41 */
    if (!rc && !s->ev->tlayer)
        ev_drop_judicial(s, x);                 /* acc73: judicial.c */
    if (!rc && !s->ev->tlayer)
        ev_adjacent_dates(doc, s, x), ev_drop_habits(s, x); /* dates47; habits.c */
    if (!rc && !s->ev->tlayer)
        ev_fronted_place(s, c.en, c.ne, x);     /* fix43: fronted_place.c */
    if (rc || !s->ev->tlayer)
        return free(tb), rc ? rc : s->rc;   /* the rules' events in their order, as before
                                               the layer */
    x->off = grow_array(x->off, &x->off_cap, x->nevents + 1, 1, &rc);
    if (rc)
        return free(tb), rc;
    memset(x->off, 0, x->nevents);
    for (size_t i = 0; i < ns && !rc; i++) {
        sentence_of(&c, sn, i, tb, &nb, &k);
        rc = ev_trigger_events(&c, x, sn[i].start, sn[i].end);
    }
    drop_off(x);
    for (size_t i = 0, j = 0; i < ns && !rc && (s->ev->tforms[EK_MEET] & TFORM_SIDES); i++) {
        sentence_of(&c, sn, i, tb, &nb, &j);
        rc = ev_encounters(&c, x, sn[i].start, sn[i].end);   /* events27: encounter.c */
    }
    for (size_t i = 0, j = 0; i < ns && !rc && (s->ev->tforms[EK_VISIT] & TFORM_VERB); i++) {
        sentence_of(&c, sn, i, tb, &nb, &j);
        rc = ev_visits(&c, x, sn[i].start, sn[i].end);   /* events32: visits.c, signings.c */
    }
    for (size_t i = 0, j = 0; i < ns && !rc; i++) {
        sentence_of(&c, sn, i, tb, &nb, &j);
        rc = ev_ground(&c, x, sn[i].start, sn[i].end);   /* events38: ground.c */
        if (!rc)
            rc = ev_blame_nouns(&c, x, sn[i].start, sn[i].end); /* events42: blame_nouns.c */
        if (!rc)
            rc = ev_meeting_held(&c, x, sn[i].start, sn[i].end); /* nouns47: meeting_held.c */
        if (!rc && ev_notes_left(x, EV_NOTE_SUPPORT_VERB, c.t1))
            rc = ev_support(&c, x, sn[i].start, sn[i].end);  /* support_verbs.c: calls; its verbs
                                                                 noted by ev_encounters above */
        if (!rc && ev_notes_left(x, EV_NOTE_VISIT_NOUN, c.t1))
            rc = ev_visit_nouns(&c, x, sn[i].start, sn[i].end); /* visit_nouns.c: a visit's noun,
                                                                  its visitor, its place */
        if (!rc)
            rc = ev_occurred_nouns(&c, x, sn[i].start, sn[i].end); /* occurred_nouns.c */
        if (!rc)
            rc = ev_attack_lists(&c, x, sn[i].start, sn[i].end); /* attack_lists.c */
    }
    if (!rc)
        rc = ev_statement_events(&c, x, sn, ns);   /* what quotes tell (events29) */
    if (!rc)
        ev_plan_dates(doc, s, x), ev_passive_accusations(doc, s, x);   /* events41 */
    if (!rc)
        ev_drop_judicial(s, x);                 /* acc73: judicial.c */
    if (!rc)
        ev_adjacent_dates(doc, s, x), ev_drop_habits(s, x); /* dates47; habits.c */
    if (!rc)
        ev_fronted_place(s, c.en, c.ne, x);     /* fix43: fronted_place.c */
    text_order(x);
    free(tb);
    return rc ? rc : s->rc;
}
