/* statement.c — events told by quotes (events29, issue 16; docs/EVENTS.md "Issue 16: appeals,
 * criticism and accusations from statements"). quotes.c finds what is said far better than
 * the event rules find who says it: a quote whose reporting word is an appeal, a criticism, an
 * accusation or a threat (وطالب، داعيا، ندد، اتهم، هدد; data/events.tsv, their verbs of value 1,
 * 9 and 10) is also an event of that kind, its speaker the first actor. So is a quote whose
 * first words are a criticism's or an appeal's noun (أعرب عن إدانته، وتجدد الهيئة إدانتها: the
 * trigger nouns of data/events.tsv) or an appeal in the first person («أطالب وزير الصحة
 * بمحاسبة …»: value 14). The event is added only when neither the rules nor the trigger layer
 * gave one of its kind in the sentence, after both (ev_find_events), and never replaces
 * theirs. The speaker is the name the recogniser found for it, else the description quotes.c
 * gives (المواطن، أحد المسافرين: an actor by its description, no entity id); a quote with no
 * speaker gives nothing. The one asked or blamed is the name right after the verb, when the
 * speaker stands before it. Guards: a negation or a denial before the word (لم يطالب، نفى أن
 * يكون دعا), a prayer (دعا الله لهم), a farewell or a habit (events16's), a court's sense of a
 * condemnation in the sentence (إدانته بالقتل: a conviction), an invitation (لحضور الحفل), a
 * verb after a relative pronoun with the one named after it (الأمر الذي دعا X إلى: a cause),
 * a question (هل سمعنا … أن أحدا دعا). events30: the caller is the verb's subject or there is
 * no event: not a name after a verb with a pronoun subject before it (لكنه دعا ايران) or after
 * a preposition's word (طالبوا برحيل سامي), not a name other than a relative's antecedent
 * (الدعوات التي طالبت), no negation two words before (لا يمكن مطالبة). events31: a kind's
 * said events are on when its data/events.tsv "tdefault" line has the form "said" (every
 * kind with rasd_config.event_triggers RASD_TRIGGERS_ALL): criticize alone by default, the
 * one kind two fresh judged draws put over the 0.90 bar (appeals 0.72 and 0.74). */
#include "events/statement.h"
#include "events/aguard.h"
#include "events/appeal_participle.h"
#include "events/appeal_closing.h"
#include "events/appeal_in_quote.h"
#include "events/trigger_guards.h"
#include "events/criticize_participle.h"

#include <string.h>

enum { V_VERB = 1, V_SAID = 9, V_WVERB = 10, V_FIRST = 14 };   /* data/events.tsv values */
enum { NOUN_CLASS = 16,        /* "trigger" value / 16 == 1: a noun */
       SENSE_COURT = 3,        /* "tsense" 3: a court's sense of a condemnation */
       CONTENT_REACH = 3,      /* the noun among the content's first words (عن بالغ إدانته) */
       INVITE_REACH = 20 };    /* what one is invited to, past the verb's subject and object */

static const int said_kinds[] = {EK_APPEAL, EK_CRITICIZE, EK_ACCUSE, EK_THREATEN};
/* data/events.tsv "trigger" values' kind numbers (value % 16: triggers.c type_kind) */
static const int trigger_kind[12] = {0, 0, 0, 0, 0, 0, EK_APPEAL, EK_CRITICIZE, EK_ACCUSE,
                                     EK_THREATEN, 0, 0};

/* Whether the engine gives kind's events from quotes (tdefault form "said", events31). */
static int said_on(const sent_ctx *c, int kind)
{
    return (c->s->ev->tforms[kind] & TFORM_SAID) != 0;
}

/* Whether a rules' or layer's event of kind's type was reported in the sentence at byte s. */
static int has_type(const struct ev_doc *x, uint32_t s, const char *type)
{
    for (size_t k = 0; k < x->nevents; k++)
        if (x->events[k].start == s && strcmp(x->events[k].type, type) == 0)
            return 1;
    return 0;
}

/* The token of the sentence that starts at byte b, or c->t1. */
static size_t token_at(const sent_ctx *c, uint32_t b)
{
    size_t k = ev_token_at(c->s, b);
    return k >= c->t0 && k < c->t1 ? k : c->t1;
}

/* The kind of said event the reporting word at token i names (its value in *v), or -1. */
static int cue_kind(sent_ctx *c, size_t i, int *v)
{
    size_t n;
    int wa = ev_clitic(c, i) == CL_WA || ev_clitic(c, i) == CL_FA;
    for (size_t k = 0; k < sizeof said_kinds / sizeof *said_kinds; k++) {
        if (ev_word_is(c->s, i, 0, said_kinds[k], v, &n) && n == 1 &&
            (*v == V_VERB || *v == V_SAID || *v == V_WVERB))
            return said_kinds[k];
        if (wa && ev_word_is(c->s, i, 1, said_kinds[k], v, &n) && n == 1 && *v == V_VERB)
            return said_kinds[k];
    }
    return -1;
}

/* The kind of said event the first words of quote content at token k name: a trigger noun of
 * an appeal or a criticism (أعرب عن إدانته، تجدد الهيئة إدانتها، جدد مطالبته), a preposition
 * or an adjective (عن بالغ) before it; an appeal in the first person (أطالب); -1 if none. */
static int content_kind(sent_ctx *c, size_t k, size_t *at)
{
    int v;
    size_t n;
    if (k < c->t1 && ev_word_is(c->s, k, 0, EK_APPEAL, &v, &n) && n == 1 && v == V_FIRST)
        return *at = k, EK_APPEAL;
    for (size_t j = k; j < c->t1 && j < k + CONTENT_REACH; j++) {
        if (c->s->t[j].kind == RASD_TOK_PUNCT)
            return -1;
        if (ev_word_is(c->s, j, 0, EK_TRIG, &v, &n) && v / NOUN_CLASS == 1 &&
            v % NOUN_CLASS < 12 &&
            (trigger_kind[v % NOUN_CLASS] == EK_APPEAL ||
             trigger_kind[v % NOUN_CLASS] == EK_CRITICIZE))
            return *at = j, trigger_kind[v % NOUN_CLASS];
    }
    return -1;
}

/* Whether a word of the sentence gives a condemnation a court's sense (إدانته بالقتل). */
static int court(sent_ctx *c)
{
    int v;
    size_t n;
    for (size_t k = c->t0; k < c->t1; k++)
        if (c->s->t[k].kind != RASD_TOK_PUNCT && ev_word_is(c->s, k, 1, EK_TSENSE, &v, &n) &&
            v == SENSE_COURT)
            return 1;
    return 0;
}

/* Whether the appeal's verb at token i invites to something (aguard invite: داعياً أهالي
 * الأحياء لحضور الاحتفالية، دعا … السفير عبدالله المعلمي ، الأمين العام … إلى إزاحة الستار):
 * a word of the list (with its ل) or after the first إلى within INVITE_REACH words after the
 * verb (its subject and object between), or first in what is said (q's content). */
static int invites(sent_ctx *c, size_t i, const rasd_quote *q)
{
    size_t k = token_at(c, q->start);
    if (k < c->t1 && ev_aguard_at(c, k + (word_value(c, k, EK_ABOUT) == ABOUT_TO), 1,
                                  AG_INVITE, NULL))
        return 1;
    for (size_t j = i + 1; j + 1 < c->t1 && j <= i + INVITE_REACH; j++) {
        if (word_value(c, j, EK_ABOUT) == ABOUT_TO)
            return ev_aguard_at(c, j + 1, 1, AG_INVITE, NULL);
        if (ev_aguard_at(c, j, 1, AG_INVITE, NULL))
            return 1;
    }
    return 0;
}

/* Whether the word at token i is no event: a negation right before it, a denial, a prayer,
 * a farewell or a habit, an invitation. */
static int unsaid(sent_ctx *c, size_t i, int kind, const rasd_quote *q)
{
    int v;
    size_t n;
    if ((i > c->t0 && ev_word_is(c->s, i - 1, 1, EK_NEGATION, &v, &n) && n == 1) ||
        (i > c->t0 + 1 && ev_word_is(c->s, i - 2, 1, EK_NEGATION, &v, &n) && n == 1 &&
         v == 0 && c->s->t[i - 2].norm_len <= LETTERS(2) &&
         c->s->t[i - 1].kind != RASD_TOK_PUNCT) ||   /* لا يمكن مطالبة (events30) */
        ev_denied(c->s, c->t0, i))
        return 1;
    return kind == EK_APPEAL &&
           (ev_prayer(c, i + 1) || tg_guarded_force(c, i, 1, 0, kind) || invites(c, i, q));
}

/* Whether the verb at token i follows a relative pronoun with its quote's speaker after it
 * (الأمر الذي دعا الدوسري إلى تقديم شكوى: what prompted him; the subject is the thing the
 * pronoun follows, the one named after is the one prompted or asked) or a description before
 * it (أحد الأسباب التي دعت الخلال إلى تأليفه: a cause), or the speaker is no name (د. cut
 * from its name: fewer than two letters). */
static int prompted(sent_ctx *c, const rasd_quote *q, size_t i)
{
    if (strlen(q->speaker_name) < LETTERS(2))
        return 1;
    if (i <= c->t0 || !word_kind(c, i - 1, 1, EK_RELATIVE))
        return 0;
    /* (events30) after a relative the verb's subject is the relative's antecedent, the
     * word right before it: the speaker only when its mention ends there (الدعوات التي
     * طالبت، بيوت الأزياء التي دعت: others than the name quoted), or a pronoun when the
     * relative's own pronoun follows the verb (والذي دعا فيه) */
    if (q->speaker_start > c->s->t[i].start || !q->speaker_id)
        return 1;
    return (i < c->t0 + 2 || q->speaker_end != c->s->t[i - 2].end) &&
           !ev_aguard_word(c, i + 1, AG_RESUMPTIVE);   /* والذي دعا فيه: the speaker's */
}

/* (events30) Whether the verb at token i has another caller than quote q's speaker, named
 * after it: a pronoun before the verb is its subject (لكنه دعا ايران، فإنها دعت حزب العمال:
 * the name after is the one called on), and so is what stands before a verb with a
 * preposition's word right after it (ولاعبين آخرين طالبوا برحيل سامي: the name is in the
 * object). */
static int other_caller(sent_ctx *c, const rasd_quote *q, size_t i)
{
    if (q->speaker_start <= c->s->t[i].start)
        return 0;
    return (i > c->t0 && ev_aguard_word(c, i - 1, AG_PRONOUN)) ||
           (i + 1 < c->t1 && c->s->t[i + 1].start < q->speaker_start &&
            (ev_clitic(c, i + 1) == CL_BI || ev_clitic(c, i + 1) == CL_LAM));
}

/* The quote's speaker as the event's actor k: the name the recogniser found (where the quote
 * names it, else the same entity elsewhere), else its description. 0 if none. */
static int speaker_actor(sent_ctx *c, const rasd_quote *q, rasd_event *ev, size_t k)
{
    const rasd_entity *best = NULL;
    if (!q->speaker_name || !*q->speaker_name)
        return 0;
    for (size_t e = 0; q->speaker_id && e < c->ne; e++)
        if (c->en[e].id && strcmp(c->en[e].id, q->speaker_id) == 0 &&
            (!best || c->en[e].start == q->speaker_start))
            best = &c->en[e];
    c->actor[k] = best;
    ev->actor_id[k] = best ? best->id : NULL;
    ev->actor_name[k] = best ? best->name : q->speaker_name;
    ev->actor_start[k] = best ? best->start : q->speaker_start;
    ev->actor_end[k] = best ? best->end : q->speaker_end;
    return 1;
}

/* The one asked or blamed: the name the recogniser found right after the verb at token i,
 * when the speaker is named before it (a name right after a verb is its subject otherwise),
 * not the speaker and not a place with في. */
static void object_actor(sent_ctx *c, const rasd_quote *q, size_t i, rasd_event *ev)
{
    const rasd_entity *o = i + 1 < c->t1 ? ev_first_entity(c, i + 1, i + 2) : NULL;
    if (!o || q->speaker_start >= c->s->t[i].start || ev->nactors != 1 ||
        (ev->actor_id[0] && strcmp(ev->actor_id[0], o->id) == 0) ||
        ev_name_clitic(c, o) == CL_LAM || ev_name_clitic(c, o) == CL_BI)
        return;
    c->actor[1] = o;
    ev->actor_id[1] = o->id, ev->actor_name[1] = o->name;
    ev->actor_start[1] = o->start, ev->actor_end[1] = o->end;
    ev->nactors = 2;
}

/* Adds the event of kind told by quote q at token i (the reporting word, or the content's
 * noun), unless a guard says it is none. */
static rasd_status add_said(sent_ctx *c, struct ev_doc *x, const rasd_quote *q, size_t i,
                            int kind, int verb, uint32_t s, uint32_t e, int on)
{
    const kind_info *ki = ev_kind_info(kind);
    const rasd_entity *place;
    rasd_event ev;
    int plan;
    if (!ki || !(on || said_on(c, kind)) || has_type(x, s, ki->type) || unsaid(c, i, kind, q) ||
        prompted(c, q, i) || ev_question(c) ||
        (kind == EK_CRITICIZE && court(c)))
        return RASD_OK;
    memset(&ev, 0, sizeof ev);
    if (!speaker_actor(c, q, &ev, 0))
        return RASD_OK;
    ev.nactors = 1;
    if (verb)
        object_actor(c, q, i, &ev);
    place = ev_place_at(c, i, kind);
    ev.type = ki->type, ev.cameo = ki->cameo;
    if (place)
        ev.place_id = place->id, ev.place_name = place->name;
    ev.start = s, ev.end = e;
    ev.trigger_start = c->s->t[i].start, ev.trigger_end = c->s->t[i].end;
    plan = ev_planned_by_words(c->s, c->t0, c->t1, i, 1, 1);
    ev_event_date(c->doc, s, e, plan, ev_content_start(c, ki, i + 1), &ev);
    ev.planned |= plan;
    return ev_add_event(x, i, place, &ev);
}

/* Whether quote k's speaker is the sentence's (bytes [s, e)): named in it, or the speaker of
 * a quote of the sentence before it (وأضاف أن …، داعيا …), or, for a verb, carried to the
 * verb that opens the sentence (وطالب بضرورة …، كما دعت كافة الأطراف). A speaker quotes.c
 * carries from an earlier sentence to a word inside this one is often not its subject (…،
 * وطالب أنصار النادي أعضاء الشرف: the fans, not the sources quoted before). */
static int own_speaker(sent_ctx *c, const rasd_quote *q, size_t k, size_t i, int verb,
                       uint32_t s, uint32_t e)
{
    if (verb && !q[k].speaker_id && q[k].speaker_start > q[k].cue_start)
        return 0;              /* a description after the verb the rules' groups did not
                                  take: it runs into the object (دعت بعض الاطراف الحكومة
                                  الاسرائيلية، دعت الحكومة العراقية مجلس النواب) */
    if (q[k].speaker_start >= s && q[k].speaker_start < e)
        return 1;
    if (verb && (i == c->t0 || (i == c->t0 + 1 && ev_aguard_word(c, c->t0, AG_LEAD))))
        return 1;
    for (size_t j = 0; j < k; j++)
        if (q[j].cue_start >= s && q[j].cue_start < q[k].cue_start && q[j].speaker_name &&
            strcmp(q[j].speaker_name, q[k].speaker_name) == 0)
            return 1;
    return 0;
}

int ev_sentence_of(sent_ctx *c, const rasd_span *sn, size_t ns, uint32_t b, uint32_t *s,
                   uint32_t *e)
{
    size_t lo = 0, hi = ns;
    while (lo < hi) {          /* the first sentence that starts after b */
        size_t mid = lo + (hi - lo) / 2;
        if (sn[mid].start <= b)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0 || b >= sn[lo - 1].end)
        return 0;
    *s = sn[lo - 1].start, *e = sn[lo - 1].end;
    c->t0 = ev_token_from(c->s, *s);
    c->t1 = ev_token_from(c->s, *e);
    c->before = lo > 1 ? sn[lo - 2].start : *s;
    c->ngrp = 0;
    return c->t0 < c->t1;
}

rasd_status ev_statement_events(sent_ctx *c, struct ev_doc *x, const rasd_span *sn, size_t ns)
{
    size_t nq;
    const rasd_quote *q = rasd_doc_quotes(c->doc, &nq);
    rasd_status rc = RASD_OK;
    for (size_t k = 0; k < nq && !rc; k++) {
        size_t i, at;
        int v, kind;
        uint32_t s, e;
        if (!q[k].speaker_name || !ev_sentence_of(c, sn, ns, q[k].cue_start, &s, &e))
            continue;
        if ((i = token_at(c, q[k].cue_start)) >= c->t1)
            continue;
        if ((kind = cue_kind(c, i, &v)) >= 0) {
            if (own_speaker(c, q, k, i, v != V_SAID, s, e) &&
                !other_caller(c, &q[k], i) &&   /* مطالبين: never one named (events50) */
                !(q[k].speaker_id && ev_aguard_at(c, i, 1, AG_APPEAL_PLURAL, NULL)) &&
                (v != V_SAID || ev_participle_reports(c, kind, i))) /* جاءت مستنكرة (criticize_participle.c) */
                rc = add_said(c, x, &q[k], i, kind, 1, s, e,   /* appeals48: appeal_participle.c */
                              kind == EK_APPEAL && v == V_SAID &&
                              ev_appeal_participle_said(c, &q[k], i));
        } else if (q[k].start >= s && (at = token_at(c, q[k].start)) < c->t1 &&
                   (kind = content_kind(c, at, &at)) >= 0) {
            int first = ev_word_is(c->s, at, 0, EK_APPEAL, &v, &i) && v == V_FIRST;
            if (first || own_speaker(c, q, k, at, 0, s, e))
                rc = add_said(c, x, &q[k], at, kind, first, s, e, 0);
        }
        if (!rc && (i = ev_appeal_closing(c, q, nq, k, s)) < c->t1) {
            rasd_quote p = q[k];   /* appeal_closing.c: a participle closing quote k (…، داعياً)
                                      that quotes.c made no quote of, on by default like
                                      appeal48's; after k's own event: has_type leaves a
                                      sentence that has an appeal */
            p.cue_start = c->s->t[i].start, p.cue_end = c->s->t[i].end, p.direct = 0;
            p.start = i + 1 < c->t1 ? c->s->t[i + 1].start : c->s->t[i].end, p.end = e;
            rc = add_said(c, x, &p, i, EK_APPEAL, 1, s, e, 1);
        }
        if (!rc)   /* appeal_in_quote.c: a first-person appeal inside quote k (ونطالب), on by
                      default; after k's own events (has_type keeps one appeal a sentence) */
            rc = ev_appeal_in_quote(c, x, &q[k], sn, ns, add_said);
    }
    return rc;
}
