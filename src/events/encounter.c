/* encounter.c — meetings whose other party is a noun phrase (issue 16, branch events27;
 * docs/EVENTS.md "Issue 16: meetings whose party is a noun phrase").
 *
 * The rules and the layer report a meeting when both its sides are names where the phrase's
 * form puts them; most meetings they missed on the recall set are a noun or a verb of meeting
 * (data/events.tsv "encounter": اجتماع، لقاء، اجتماعه، اجتمع، التقى) whose other party follows
 * it after مع or ب and is no name the recogniser found: a group (اجتماع مطول مع اللاعبين،
 * اجتماعه بمديري الجامعات، مع وزراء خارجية دول مجلس التعاون), a title (اجتماعا برئيس الاتحاد),
 * a peer (اجتماعات مع نظرائه), or a name behind titles (اجتمع بالمدرب الروماني بولوني). Such a
 * phrase is a meeting of its subject and that party:
 *   - the subject of a verb after it (اجتمع المدرب مع) or before it in its sentence; of a
 *     noun, its genitive name (لقاء وزير الخارجية الأمريكي جون كيري مع), the subject of a
 *     support verb before it (عقد X اجتماعا), else the last person named before it in its
 *     sentence (واستهل ديسلفا التدريبات باجتماع مطول مع اللاعبين);
 *   - one side at least is a name (an entity id), and the two differ;
 *   - not negated, denied, prevented or asked (the layer's guards: "negation", "tguard" 1-3),
 *     not a purpose (للقاء), no لقاء in a sentence of sport (a match: "tsense" 1), no party of
 *     the public ("tguard" 40: المواطنين، الأهالي), not "tguard" 40-54's courtesy cases.
 * Each such phrase gives its own event, beside the sentence's others (several meetings a
 * sentence); one told again with the same sides is folded by ev_add_event. Status: planned
 * for a future or present verb and the words of "plan"; place and date as the layer's. */
#include "events/encounter.h"
#include "events/trigger_guards.h"
#include "events/support_verbs.h"
#include "events/banquets.h"
#include "events/meeting_doer.h"
#include "events/visit_nouns.h"
#include "events/appeal_in_quote.h"
#include "events/meeting_comma.h"
#include "events/meeting_apposed.h"
#include "events/meeting_chaired.h"
#include "events/talks_between.h"
#include "entities/ent.h"

#include <stdlib.h>
#include <string.h>

/* data/events.tsv "encounter" values. */
enum { ENC_NOUN = 1,           /* اجتماع، اجتماعا، اجتماعه، اجتماعات */
       ENC_VERB = 2,           /* اجتمع، التقى */
       ENC_PLANNED = 3,        /* سيلتقي، يلتقي، يجتمع: planned */
       ENC_MATCH = 4,          /* لقاء، لقائه: a noun that is also a match */
       ENC_PEER = 5,           /* نظيره، نظرائه، مساعده: a party of its own */
       ENC_WILL_HOLD = 6,      /* يعقد، سيعقد before a noun: the meeting is planned */
       ENC_STOP = 7,           /* أنه، إنه: what is said starts; no party's word */
       ENC_BETWEEN = 8,        /* مطول، ثنائيا، أمس: a word between the word and مع */
       ENC_GATHER = 9,         /* اللقاء، الاجتماع، القمة، قمة: a noun read before بين only
                                  (events34); also a word between, as 8 */
       ENC_AMONG = 10,         /* بين: both or all parties follow (events34) */
       ENC_ADJ = 11 };         /* ثلاثي، مغلقة: an adjective before بين (events34) */
enum { JOIN_REACH = 8,         /* tokens between the word and its مع or ب */
       PARTY_LEAD = 4,         /* titles before the party's name (بالمدرب الروماني بولوني) */
       SUPPORT_BACK = 30,      /* a support verb before a noun, its subject between (its
                                  titles too: عقد صاحب السمو الملكي الأمير … وزير الدفاع في
                                  مكتبه بجدة أمس اجتماعاً, 23 words; events37) */
       GUARD_REACH = 2,        /* the words before the word a guard of "tguard" 1 stands in */
       CLAUSE_BACK = 8,        /* the clause before the word read for a refusal */
       TITLE_WORDS = 6,        /* a title's words as a party (برئيس الاتحاد السعودي لكرة القدم) */
       HISTORY_YEARS = 2,      /* a meeting dated this many years before the article: history
                                  (as trigger_guards.c's for force) */
       GATHER_ADJ = 3,         /* adjectives between a meeting's noun and بين (events34) */
       PLACE_NEXT = 2,         /* a place right after a meeting's last party (في الدوحة) */
       JOINT_VERBS = 4 };      /* verbs of joint.c read in a sentence (events39) */
enum { NEG_AFTER = 1 };        /* "negation" 1: بعد، عقب (a noun's meeting happened) */
enum { GUARD_BEFORE = 1, GUARD_REFUSAL = 3, GUARD_PUBLIC = 40 };   /* 2: TGUARD_QUESTION */
enum { SENSE_SPORT = 1, SUPPORT_AGENT = 3 };

/* Whether the word at token i is negated, denied, prevented, refused or asked (as the
 * layer's triggers: triggers.c unreal). */
static int unreal(sent_ctx *c, size_t i, int noun)
{
    int v;
    size_t n;
    if (i > c->t0 && ev_word_is(c->s, i - 1, 1, EK_NEGATION, &v, &n) && n == 1 &&
        !(v == NEG_AFTER && noun))
        return 1;              /* لم يجتمع، حضر الاجتماع; بعد اجتماعه happened */
    for (size_t k = i; k > c->t0 && k + CLAUSE_BACK > i; k--) {
        if (ev_clause_end(c, k - 1))
            break;
        if (ev_word_is(c->s, k - 1, 1, EK_TGUARD, &v, &n) &&
            ((v == GUARD_BEFORE && k + GUARD_REACH > i) || v == GUARD_REFUSAL))
            return 1;
    }
    return ev_denied(c->s, c->t0, i) || ev_question(c);
}

int ev_enc_sport(sent_ctx *c)
{
    int v;
    size_t n;
    for (size_t k = c->t0; k < c->t1; k++)
        if (!ev_is_punct(&c->s->t[k]) && ev_word_is(c->s, k, 1, EK_TSENSE, &v, &n) &&
            v == SENSE_SPORT)
            return 1;
    return 0;
}

int ev_enc_party_stop(sent_ctx *c, size_t b)
{
    return !ev_is_word(&c->s->t[b]) || ev_clitic(c, b) == CL_WA || ev_in_date(c, b) ||
           word_kind(c, b, 0, EK_PREP) || word_kind(c, b, 0, EK_ABOUT) ||
           word_kind(c, b, 0, EK_PLACE) || word_kind(c, b, 0, EK_WITH) ||
           word_kind(c, b, 0, EK_RELATIVE) || word_value(c, b, EK_ENCOUNTER) == ENC_STOP;
}

/* Whether token t is definite, after a ب when bi (اللاعبين، باللاعبين): such a head takes
 * no genitive after it. */
static int definite_at(const rasd_token *t, int bi)
{
    size_t o = bi ? 2 : 0;
    return t->norm_len > o + 4 && memcmp(t->norm + o, "\xd8\xa7\xd9\x84", 4) == 0;
}

/* Whether token k may stand between a meeting's word and its مع or ب: a date or time, a
 * name, a title and its genitive, an adjective, a definite genitive, quote marks or brackets, a word of
 * "encounter" 8 (مطول، ثنائيا، قمة). */
static int between(sent_ctx *c, size_t k)
{
    int v;
    size_t n;
    if (!ev_is_word(&c->s->t[k]))
        return !ev_punct(c->s, k, ",.;:!?");
    return ev_in_date(c, k) || ev_in_name(c, k) || ev_nisba(c, k) ||
           (ev_word_is(c->s, k, 0, EK_LEAD, &v, &n) && v == 0) ||
           (k > 0 && ev_word_is(c->s, k - 1, 0, EK_LEAD, &v, &n) && v == 0 &&
            ev_clitic(c, k) == 0) ||     /* رئيس مجلس الوزراء: a title's genitive */
           (ev_definite(&c->s->t[k]) && ev_clitic(c, k) == 0) ||
           word_value(c, k, EK_ENCOUNTER) == ENC_BETWEEN ||
           word_value(c, k, EK_ENCOUNTER) == ENC_GATHER ||
           ev_title_pronoun(c, k, 0);    /* والتقى سموه بـ (meeting_doer.c) */
}

/* The party given by words from token a (a title, a peer), up to TITLE_WORDS words and not
 * to token lim, its name their text less a ب on the first; NULL if none. */
static const rasd_entity *words_party(sent_ctx *c, size_t a, int bi, size_t lim)
{
    size_t b = a + 1;
    while (b < c->t1 && b < lim && b < a + TITLE_WORDS && !ev_enc_party_stop(c, b))
        b++;
    return ev_add_desc(c, "PER", a, b, c->s->t[a].start + (bi ? 2u : 0u));   /* ب: 2 bytes */
}

/* The token after the courtesy titles that start the party at token k (data/events.tsv
 * "lead" 1 of one word, no name: مع معالي وزير الدفاع الأميركي اشتون كارتر, مع سمو …): they
 * do not count against PARTY_LEAD (events37). */
static size_t courtesy_end(sent_ctx *c, size_t k, int bi)
{
    int v;
    size_t h = k, n;
    while (h < c->t1 && h < k + PARTY_LEAD && ev_word_is(c->s, h, h == k ? bi : 0, EK_LEAD, &v, &n) &&
           v == 1 && n == 1 && ev_first_entity(c, h, h + 1) == NULL)
        h++;
    return h;
}

/* The other party at token k (after مع, or carrying ب when bi): a name, behind titles only;
 * a group of people; a peer; a title; NULL if none, or the public. */
static const rasd_entity *party_at(sent_ctx *c, const kind_info *ki, size_t k, int bi)
{
    int v;
    size_t n;
    const rasd_entity *e;
    if (k >= c->t1 || (ev_word_is(c->s, k, 1, EK_TGUARD, &v, &n) && v == GUARD_PUBLIC))
        return NULL;           /* بالمواطنين، مع الأهالي: the public (events17) */
    for (size_t b = k, h = courtesy_end(c, k, bi); b < c->t1 && b < h + PARTY_LEAD; b++) {
        if ((e = ev_first_entity(c, b, b + 1)) != NULL) {
            int peer = b == k + 1 && ev_word_is(c->s, k, bi, EK_ENCOUNTER, &v, &n) &&
                       v == ENC_PEER;  /* مع مساعده لازار */
            if (is_loc(e) || (b > k && !peer && !ev_lead_span(c, k, b, bi)))
                break;         /* مع وزراء خارجية دول مجلس التعاون: a group's genitive */
            if (ev_can_act(c, ki, e, NULL, NULL, 0))
                return e;      /* مع نظيره الروسي سيرغي لافروف، بالمدرب الروماني بولوني */
            if (b > k && ev_word_is(c->s, k, bi, EK_LEAD, &v, &n) && v == 0)
                return words_party(c, k, bi, c->t1);   /* برئيس الاتحاد السعودي: a body's head */
            return NULL;
        }
        if (ev_enc_party_stop(c, b) && b > k)
            break;
    }
    if ((e = ev_group_at(c, k, 1 << GROUP_PEOPLE, bi ? CL_BI : 0)) != NULL) {
        const rasd_entity *w = e->tok_start == k && !definite_at(&c->s->t[k], bi)
                                   ? words_party(c, k, bi, c->t1) : NULL;
        return w && w->tok_end > e->tok_end ? w : e;   /* with its genitives: وزراء خارجية
                                                          دول مجلس التعاون */
    }              /* اللاعبين، بمديري الجامعات، وزراء خارجية دول مجلس التعاون */
    if (ev_word_is(c->s, k, bi, EK_ENCOUNTER, &v, &n) && v == ENC_PEER)
        return words_party(c, k, bi, c->t1);   /* نظرائه، مساعده */
    if (ev_word_is(c->s, k, bi, EK_LEAD, &v, &n) && v == 0 && (!bi || ev_clitic(c, k) == CL_BI))
        return words_party(c, k, bi, c->t1);   /* برئيس الاتحاد السعودي لكرة القدم */
    return NULL;
}

/* The token where the party starts after the word ending at token from (after مع, or the
 * token with ب), *bi set for ب; 0 if none within JOIN_REACH tokens of its clause. Between
 * them: adjectives, a time, the noun's genitive or the verb's subject. */
static size_t join_at(sent_ctx *c, size_t from, int *bi)
{
    for (size_t k = from; k < c->t1 && k < from + JOIN_REACH; k++) {
        if (ev_clause_end(c, k))
            return 0;
        if (word_value(c, k, EK_WITH) == WITH_MA3) {
            *bi = 0;
            return k + 1;
        }
        if (ev_is_word(&c->s->t[k]) && ev_clitic(c, k) == CL_BI) {
            *bi = 1;
            return k;
        }
        if (word_kind(c, k, 0, EK_PREP) || word_kind(c, k, 0, EK_ABOUT) ||
            word_kind(c, k, 0, EK_PLACE) || ev_clitic(c, k) == CL_LAM || !between(c, k))
            return 0;          /* اجتماع لوزراء، لقاء في، في لقائه أنه اتصل بـ: another phrase */
    }
    return 0;
}

/* Whether e may be the subject: it can act and carries no ب or ل and no preposition. */
static int subject_ok(sent_ctx *c, const kind_info *ki, const rasd_entity *e)
{
    int cl = ev_name_clitic(c, e);
    return !is_loc(e) && cl != CL_BI && cl != CL_LAM && ev_can_act(c, ki, e, NULL, NULL, 1) &&
           !(e->tok_start > c->t0 && word_kind(c, e->tok_start - 1, 0, EK_PREP));
}

/* Whether the name e is joined by مع, titles between (مع رئيس الائتلاف السوري الأسبق معاذ
 * الخطيب): a party, no subject. */
static int joined(sent_ctx *c, const rasd_entity *e)
{
    for (size_t k = e->tok_start; k > c->t0 && k + PARTY_LEAD + 1 > e->tok_start; k--)
        if (word_value(c, k - 1, EK_WITH) == WITH_MA3)
            return ev_lead_span(c, k, e->tok_start, 0);
    return 0;
}

/* Whether a clause's end or a word that puts another subject first (أن، إن، كان: data/events.tsv
 * "subject" 0) stands in tokens [a, b): a name before it is no subject of the word at b
 * (وأكد الصعب أن إدارة الطائي اجتمعت مع؛ ومصطفى سيد قادر وزير البيشمركة، ومن ثم اجتمع). */
static int apart(sent_ctx *c, size_t a, size_t b)
{
    int v;
    size_t n;
    for (size_t k = a; k < b; k++)
        if (ev_clause_end(c, k) || (ev_word_is(c->s, k, 1, EK_SUBJECT, &v, &n) && v == 0))
            return 1;
    return 0;
}

/* The last person named before token i in its clause that can be the subject, or NULL. */
static const rasd_entity *named_before(sent_ctx *c, const kind_info *ki, size_t i)
{
    const rasd_entity *best = NULL;
    for (size_t k = 0; k < c->ne; k++) {
        const rasd_entity *e = &c->en[k];
        if (e->tok_start < c->t0 || e->tok_end > i || !e->id || strcmp(e->type, "PER") != 0)
            continue;
        if (subject_ok(c, ki, e) && !joined(c, e) && !apart(c, e->tok_end, i))
            best = e;
    }
    return best;
}

/* The first person named in tokens [k, i) of the clause who can be the subject, or NULL: a
 * name behind a title its preposition took out of ev_subject_after's reach (عقد رئيس نادي
 * الاتحاد المشرف العام على الفريق الكروي الأول إبراهيم البلوي … اجتماعا; events37). Not a
 * name after another meeting's word (وعقد الوزير الايراني بعد لقائه بأمير دولة الكويت الشيخ
 * صباح … اجتماعا: the one met before). */
static const rasd_entity *first_named(sent_ctx *c, const kind_info *ki, size_t k, size_t i)
{
    int v;
    size_t m;
    for (size_t q = 0; q < c->ne; q++) {
        const rasd_entity *e = &c->en[q];
        if (e->tok_start < k || e->tok_end > i || !e->id || strcmp(e->type, "PER") != 0 ||
            e->via || !subject_ok(c, ki, e) || joined(c, e) || apart(c, k, e->tok_start))
            continue;
        for (size_t t = k; t < e->tok_start; t++)
            if (ev_word_is(c->s, t, 1, EK_ENCOUNTER, &v, &m) && v >= ENC_NOUN && v <= ENC_MATCH)
                return NULL;
        return e;
    }
    return NULL;
}

/* The subject of a verb with none after it (كما اجتمع مع): the first actor of the
 * sentence's last meeting before token i (عقد لافروف لقاء مع الخطيب، كما اجتمع مع مشعل),
 * else the last person named before it who is no party joined by مع. */
static const rasd_entity *earlier_subject(sent_ctx *c, const kind_info *ki, size_t i)
{
    const struct ev_doc *x = c->x;
    const rasd_event *last = NULL;
    uint32_t at = c->s->t[i].start, s0 = c->s->t[c->t0].start;
    for (size_t k = 0; k < x->nevents; k++) {
        const rasd_event *o = &x->events[k];
        if (o->start <= s0 && o->end > s0 && o->trigger_start < at && o->nactors > 0 &&
            strcmp(o->type, "meet") == 0)
            last = o;
    }
    if (last && c->ngrp < GROUPS) {
        rasd_entity *g = &c->grp[c->ngrp++];
        memset(g, 0, sizeof *g);
        g->id = last->actor_id[0] ? last->actor_id[0] : "";
        g->name = last->actor_name[0], g->type = "PER", g->via = "description";
        g->start = last->actor_start[0], g->end = last->actor_end[0];
        return g;
    }
    return named_before(c, ki, i);
}

/* The subject of the verb at tokens [i, i + n) with cut proclitic letters, its party at
 * token p: after it, before the party (اجتمع المدرب مع), else the person named before it. */
static const rasd_entity *verb_subject(sent_ctx *c, const kind_info *ki, size_t i, size_t n,
                                       int cut, size_t p)
{
    const rasd_entity *a = ev_subject_after(c, ki, i + n, NULL, NULL);
    size_t k, m;
    int v, aside = ev_comma_in(c, i + n, p);   /* meeting_comma.c's join: سوف يلتقي، date، بـ */
    if (a && a->tok_end <= p && a->tok_start >= i + n)
        return a;
    if ((a = ev_title_subject(c, i, i + n, cut)) != NULL && a->tok_end <= p)
        return a;
    for (k = i + n; k < p && (ev_in_date(c, k) || (aside && !ev_is_word(&c->s->t[k]))); k++)
        ;
    if (k == p)
        return earlier_subject(c, ki, i);   /* واجتمع مع: the subject told before */
    return ev_word_is(c->s, k, 0, EK_LEAD, &v, &m) && v == 0 ? words_party(c, k, 0, c->t1) : NULL;
                               /* واجتمع المدرب مع مساعده لازار: the coach, no name */
}

/* Whether token t carries a possessive pronoun (اجتماعه، لقائها، اجتماعهم): no genitive
 * follows it. */
static int possessive(const rasd_token *t)
{
    const char *w = t->norm;
    size_t n = t->norm_len;
    return (n > 2 && memcmp(w + n - 2, "\xd9\x87", 2) == 0) ||
           (n > 4 && (memcmp(w + n - 4, "\xd9\x87\xd8\xa7", 4) == 0 ||
                      memcmp(w + n - 4, "\xd9\x87\xd9\x85", 4) == 0));
}

/* The subject of the noun at tokens [i, i + n), its party at token p: its genitive name
 * before the party; the subject of a support verb before it (عقد الوزير اجتماعا); else the
 * person named before it. */
static const rasd_entity *noun_subject(sent_ctx *c, const kind_info *ki, size_t i, size_t n,
                                       size_t p)
{
    const rasd_entity *a = ev_first_entity(c, i + n, p);
    int v;
    size_t m;
    if (a && subject_ok(c, ki, a) && ev_lead_span(c, i + n, a->tok_start, 0))
        return a;              /* لقاء وزير الخارجية الأمريكي جون كيري مع */
    if (!a && i + n < p && !possessive(&c->s->t[i + n - 1]) && !ev_in_date(c, i + n) &&
        !ev_nisba(c, i + n) && ev_word_is(c->s, i + n, 0, EK_LEAD, &v, &m) && v == 0)
        return words_party(c, i + n, 0, p);   /* لقاء وزير خارجية مصر مع، باجتماع الوزير
                                                 بمديري: its genitive, no name */
    for (size_t k = i; k > c->t0 && k + SUPPORT_BACK > i; k--) {
        if (ev_punct(c->s, k - 1, ".;:!"))
            break;             /* but a comma: عقد الأمير … وزير الدفاع، في مكتبه بجدة اجتماعاً */
        if (ev_word_is(c->s, k - 1, 1, EK_SUPPORT, &v, &m) && m == 1 && v == SUPPORT_AGENT) {
            a = ev_subject_after(c, ki, k, NULL, NULL);
            if (a && a->tok_end <= i)
                return a;      /* عقد زكي الصالح … اجتماعاً بالجهاز الفني */
            if (k < i && !ev_in_name(c, k) && !ev_in_date(c, k) &&
                ((ev_word_is(c->s, k, 0, EK_LEAD, &v, &m) && v == 0) ||
                 ev_definite(&c->s->t[k])))
                return (a = first_named(c, ki, k, i)) != NULL ? a : words_party(c, k, 0, i);
                               /* قد عقد اللاعب اجتماعا: no name; عقد رئيس نادي الاتحاد
                                  المشرف العام على الفريق … إبراهيم البلوي … اجتماعا */
            break;
        }
    }
    return named_before(c, ki, i);
}

/* A verb's object that is a peer after its subject (التقى وزير الخارجية الأميركي جون كيري
 * نظراءه في دول مجلس التعاون), within JOIN_REACH tokens of its clause, the subject, a name
 * between them, in *a; NULL if none. */
static const rasd_entity *peer_object(sent_ctx *c, const kind_info *ki, size_t i, size_t n,
                                      const rasd_entity **a)
{
    int v;
    size_t m;
    for (size_t k = i + n; k < c->t1 && k < i + n + JOIN_REACH; k++) {
        if (ev_clause_end(c, k) || word_kind(c, k, 0, EK_PREP) || word_kind(c, k, 0, EK_WITH))
            return NULL;
        if (ev_word_is(c->s, k, 0, EK_ENCOUNTER, &v, &m) && v == ENC_PEER) {
            *a = ev_first_entity(c, i + n, k);
            return *a && subject_ok(c, ki, *a) && strcmp((*a)->type, "PER") == 0 &&
                           ev_lead_span(c, i + n, (*a)->tok_start, 0)
                       ? words_party(c, k, 0, c->t1) : NULL;
        }
    }
    return NULL;
}

/* Whether a meeting of the sentence [s, e) already reports the one at tokens [i, p_end):
 * its word is there (the rules' لقائه مع, the layer's محادثات مع). */
static int told(sent_ctx *c, const struct ev_doc *x, uint32_t s, size_t i, size_t p_end)
{
    return ev_told_at(x, s, "meet", c->s->t[i].start, c->s->t[p_end - 1].end);
}

/* Whether a verb that holds a meeting in the present or future stands before the noun at
 * token i in its clause (يعقد الأمير … اجتماعا ظهر اليوم: planned). */
static int will_hold(sent_ctx *c, size_t i)
{
    int v;
    size_t m;
    for (size_t k = i; k > c->t0 && k + SUPPORT_BACK > i; k--) {
        if (ev_clause_end(c, k - 1))
            break;
        if (ev_word_is(c->s, k - 1, 1, EK_ENCOUNTER, &v, &m) && v == ENC_WILL_HOLD)
            return 1;
    }
    return 0;
}

/* Where and how a meeting is told: its word from token i to token last, what it is about
 * from token content, its place, planned or not, dated as a noun's. */
struct told_as {
    size_t i, last, content;
    const rasd_entity *place;
    int plan, noun;
};

/* Adds the meeting of the sentence [s, e) of the np parties p told as t to x, unless dated
 * two years or more before the article (history). */
static rasd_status add_meeting(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e,
                               const rasd_entity *const *p, size_t np, const struct told_as *t)
{
    const kind_info *ki = ev_kind_info(EK_MEET);
    rasd_event ev;
    ev_event_begin(&ev, c, ki, s, e, t->i, t->last, t->place);
    for (size_t k = 0; k < np; k++)
        ev_append_actor(&ev, p[k]);
    ev_event_date(c->doc, s, e, t->plan || t->noun, ev_content_start(c, ki, t->content), &ev);
    if (ev.dated && ev_years_before(c->doc, ev.date, HISTORY_YEARS))
        return RASD_OK;        /* لقاء الملك عبد العزيز بالرئيس روزفلت عام 1945: history */
    ev.planned |= t->plan;
    return ev_add_event(x, t->i, t->place, &ev);
}

/* The meeting of the word at tokens [i, i + n) of value v, if its form holds, added to x. */
static rasd_status encounter_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e,
                                size_t i, size_t n, int v)
{
    const kind_info *ki = ev_kind_info(EK_MEET);
    int cut = c->s->cut, noun = v == ENC_NOUN || v == ENC_MATCH, bi = 0;
    const rasd_entity *a, *p;
    size_t j;
    if (!ki || (noun ? ev_clitic(c, i) == CL_LAM : !ev_conjunctions(&c->s->t[i], cut)))
        return RASD_OK;        /* للقاء: a purpose; لاجتمع is no verb */
    if (unreal(c, i, noun) || (v == ENC_MATCH && ev_enc_sport(c)) ||
        tg_guarded_courtesy(c, i, n, noun ? TG_NOUN : TG_VERB, EK_MEET))
        return RASD_OK;
    if (((j = join_at(c, i + n, &bi)) != 0 ||
         (!noun && (j = ev_comma_join(c, i + n, &bi)) != 0) ||    /* meeting_comma.c */
         (!noun && (j = ev_apposed_join(c, i + n, &bi)) != 0)) &&  /* meeting_apposed.c */
        ((p = party_at(c, ki, j, bi)) != NULL || ev_title_pronoun(c, j, bi))) {
        if ((a = ev_pronoun_doer(c, i, n, noun)) == NULL &&  /* meeting_doer.c: a title pronoun */
            (!noun || (a = ev_pronoun_speaker(c, ki, i, n)) == NULL))   /* meeting_pronoun.c */
            a = noun ? noun_subject(c, ki, i, n, j - (bi ? 0 : 1))
                     : verb_subject(c, ki, i, n, cut, j - (bi ? 0 : 1));
        if (!a && noun)
            a = ev_meeting_carried_doer(c, ki, i); /* فيما عقد اجتماعا بـ (meeting_doer.c) */
        if (!p && (!a || (p = ev_title_pronoun_referent(c, j, bi, a)) == NULL))
            return RASD_OK;    /* مع سموه: the one named before (meeting_doer.c) */
    } else if (noun || (p = peer_object(c, ki, i, n, &a)) == NULL)
        return RASD_OK;
    if (!a || a == p || (a->id && p->id && a->id[0] && strcmp(a->id, p->id) == 0) ||
        (ev_is_group(a) && ev_is_group(p)) || told(c, x, s, i, p->tok_end))
        return RASD_OK;        /* one side named at least */
    {
        const rasd_entity *two[2] = {a, p};
        struct told_as t = {i, i + n - 1, i + n, ev_place_at(c, i, EK_MEET), 0, noun};
        t.plan = v == ENC_PLANNED || (noun && will_hold(c, i)) ||
                 ev_planned_by_words(c->s, c->t0, c->t1, i, n, 0);
        return add_meeting(c, x, s, e, two, 2, &t);
    }
}

/* ------------------------------------------ a meeting's noun with بين (events34) */

/* The party at token k of a list after بين (carrying و when wa): a name behind titles only
 * (ونظيره الروسي سيرغي لافروف), else a group of people; NULL if none. */
static const rasd_entity *listed_party(sent_ctx *c, const kind_info *ki, size_t k, int wa)
{
    const rasd_entity *e;
    for (size_t b = k; b < c->t1 && b < k + PARTY_LEAD; b++) {
        if ((e = ev_first_entity(c, b, b + 1)) != NULL)
            return (b == k || ev_lead_span(c, k, b, wa)) && ev_can_act(c, ki, e, NULL, NULL, 0)
                       ? e : NULL;
        if (b > k && ev_enc_party_stop(c, b))
            break;
    }
    return ev_group_at(c, k, 1 << GROUP_PEOPLE, wa ? CL_WA : 0);
}

/* The parties after بين at token k, joined by و (X وY وZ), up to RASD_EVENT_ACTORS, in p;
 * their count, 0 when fewer than two, when two are one, or none is a name. */
static size_t party_list(sent_ctx *c, const kind_info *ki, size_t k, const rasd_entity **p)
{
    size_t np = 0, m;
    int named = 0, v;
    while (np < RASD_EVENT_ACTORS && k < c->t1 && ev_is_word(&c->s->t[k])) {
        const rasd_entity *e = listed_party(c, ki, k, np > 0 && ev_clitic(c, k) == CL_WA);
        if (!e || (np == 0 && ev_clitic(c, k) != 0))
            break;
        for (size_t q = 0; q < np; q++)
            if (p[q] == e || (e->id && e->id[0] && p[q]->id && strcmp(p[q]->id, e->id) == 0))
                return 0;
        named |= e->id && e->id[0] && !ev_is_group(e);
        p[np++] = e;
        k = e->tok_end;
        if (k + 1 < c->t1 && ev_comma(c, k) && ev_clitic(c, k + 1) == CL_WA)
            k++;               /* بين كيري ونظيره الروسي سيرغي لافروف، ووزير الخارجية … */
        if (k >= c->t1 || ev_clitic(c, k) != CL_WA)
            break;
        if (word_value(c, k, EK_ENCOUNTER) < 0 && k + 1 < c->t1 &&
            ev_word_is(c->s, k, 1, EK_ENCOUNTER, &v, &m) && v == ENC_AMONG)
            k++;               /* بين X وبين Y */
    }
    return np >= 2 && named ? np : 0;
}

/* The token of بين after the noun ending at token from, only adjectives (of origin, definite,
 * "encounter" 11), a time or words of "encounter" 8 between (اللقاء الثلاثي بين، اجتماع
 * ثلاثي مغلق بين); 0 if none. */
static size_t among_at(sent_ctx *c, size_t from)
{
    for (size_t k = from; k < c->t1 && k <= from + GATHER_ADJ; k++) {
        if (word_value(c, k, EK_ENCOUNTER) == ENC_AMONG && ev_clitic(c, k) == 0)
            return k;
        if (!ev_is_word(&c->s->t[k]) || ev_clitic(c, k) != 0 || ev_in_name(c, k) ||
            !(ev_nisba(c, k) || ev_in_date(c, k) || ev_definite(&c->s->t[k]) ||
              word_value(c, k, EK_ENCOUNTER) == ENC_BETWEEN ||
              word_value(c, k, EK_ENCOUNTER) == ENC_ADJ))
            return 0;
    }
    return 0;
}

/* The place said right after token q (في الدوحة، بموسكو، في مدينة أوفا): a place of the
 * layer's at most PLACE_NEXT tokens after it, only words of "place" between (not a title's
 * بمملكة البحرين after a name); NULL if none. */
static const rasd_entity *place_next(sent_ctx *c, size_t q)
{
    const rasd_entity *p = q < c->t1 ? ev_place_at(c, q, EK_MEET) : NULL;
    if (!p || p->tok_start < q || p->tok_start > q + PLACE_NEXT)
        return NULL;
    for (size_t k = q; k < p->tok_start; k++)
        if (!word_kind(c, k, 0, EK_PLACE))
            return NULL;
    return p;
}

/* The meeting of the noun at tokens [i, i + n) whose parties all follow بين after it, with
 * adjectives between (اللقاء الثلاثي بين لافروف وكيري والجبير في الدوحة), added to x. */
static rasd_status gather_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                             size_t n)
{
    kind_info any;
    const kind_info *ki = ev_kind_info(EK_MEET);
    const rasd_entity *p[RASD_EVENT_ACTORS];
    size_t j, np;
    struct told_as t;
    ki = ki ? ev_talks_kind(c, ki, i, &any) : NULL;    /* المفاوضات الجارية بين إيران و… (ev67) */
    if (!ki || ev_clitic(c, i) == CL_LAM || (j = among_at(c, i + n)) == 0 ||
        (np = party_list(c, ki, j + 1, p)) == 0 || unreal(c, i, 1) || ev_enc_sport(c) ||
        tg_guarded_courtesy(c, i, n, TG_NOUN, EK_MEET) || told(c, x, s, i, p[np - 1]->tok_end))
        return RASD_OK;        /* للقاء بين: a purpose; لقاء بين الهلال والنصر: a match */
    t.i = i, t.last = j, t.content = p[np - 1]->tok_end, t.noun = 1;
    if ((t.place = ev_place_at(c, i, EK_MEET)) == NULL)
        t.place = place_next(c, p[np - 1]->tok_end);
    t.plan = will_hold(c, i) || ev_planned_by_words(c->s, c->t0, c->t1, i, n, 0);
    return add_meeting(c, x, s, e, p, np, &t);
}

/* The people whose meeting the noun ending at token k names by its genitive (اجتماع رؤساء
 * الاتحادات الخليجية، اجتماع وزراء خارجية الاتحاد الأوروبي): a group of people at k, with no
 * proclitic, that a name or an adjective of origin in its words or a name right after them
 * makes one group (not اجتماع الوزراء،
 * اجتماع أعضاء شرف), not the public ("tguard" 40: اجتماع أهالي القرى); NULL if
 * none. Bodies and names are no such genitive: meet's actors are people (events.tsv "kind"),
 * and اجتماع مجلس الوزراء is the body's session. */
static const rasd_entity *body_of(sent_ctx *c, size_t k)
{
    const rasd_entity *g;
    int v;
    size_t n;
    if (ev_clitic(c, k) != 0 || ev_in_name(c, k) ||
        (ev_word_is(c->s, k, 1, EK_TGUARD, &v, &n) && v == GUARD_PUBLIC) ||
        (g = ev_group_at(c, k, 1 << GROUP_PEOPLE, 0)) == NULL)
        return NULL;
    for (size_t q = g->tok_start + 1; q < g->tok_end; q++)
        if (ev_in_name(c, q) || ev_nisba(c, q))
            return g;
    n = g->tok_end;
    if (n + 1 < c->t1 && ev_is_punct(&c->s->t[n]) && !ev_punct(c->s, n, ",.;:!?") &&
        !ev_comma(c, n))
        n++;                   /* summit53: a quote mark before the name (قادة دول “بريكس”) */
    return n < c->t1 && ev_in_name(c, n) && ev_clitic(c, n) == 0
               ? g : NULL;     /* وزراء خارجية الاتحاد الأوروبي: the name its genitive */
}

/* Whether token t is a plural in ات (اجتماعات، لقاءات): meetings that recur, not one. */
static int plural(const rasd_token *t)
{
    return t->norm_len > 6 && memcmp(t->norm + t->norm_len - 4, "\xd8\xa7\xd8\xaa", 4) == 0;
}

/* The meeting of a group named by the genitive of the noun at tokens [i, i + n), with no
 * other party (والقرار الرسمي سيصدر في ديسمبر باجتماع رؤساء الاتحادات الخليجية): one actor,
 * the group; added to x unless a meeting of the word is told. */
static rasd_status body_meeting_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e,
                                   size_t i, size_t n, int v)
{
    const kind_info *ki = ev_kind_info(EK_MEET);
    const rasd_entity *b;
    struct told_as t;
    if (!ki || i + n >= c->t1 || possessive(&c->s->t[i + n - 1]) ||
        plural(&c->s->t[i + n - 1]) || definite_at(&c->s->t[i], ev_clitic(c, i) == CL_BI) ||
        (ev_clitic(c, i) != 0 && ev_clitic(c, i) != CL_BI && ev_clitic(c, i) != CL_WA) ||
        (b = body_of(c, i + n)) == NULL || unreal(c, i, 1) ||
        ((v == ENC_MATCH || v == ENC_GATHER) && ev_enc_sport(c)) ||
        tg_guarded_courtesy(c, i, n, TG_NOUN, EK_MEET) || told(c, x, s, i, b->tok_end))
        return RASD_OK;        /* اجتماعه، الاجتماع، لاجتماع: no genitive, or a purpose */
    t.i = i, t.last = i + n - 1, t.content = b->tok_end, t.noun = 1;
    t.place = ev_place_at(c, i, EK_MEET);
    t.plan = will_hold(c, i) || ev_planned_by_words(c->s, c->t0, c->t1, i, n, 0);
    return add_meeting(c, x, s, e, &b, 1, &t);
}

/* A meeting of the sentence [s, ...) with no place takes the one said right after its last
 * party (التقى لافروف نظيره الأمريكي جون كيري في الدوحة: the rules look PLACE_REACH tokens
 * from the verb only). */
static void places_after(sent_ctx *c, struct ev_doc *x, uint32_t s)
{
    for (size_t k = 0; k < x->nevents; k++) {
        rasd_event *o = &x->events[k];
        uint32_t end = 0;
        const rasd_entity *p;
        size_t q;
        if (o->start != s || o->place_name || o->nactors == 0 || strcmp(o->type, "meet") != 0)
            continue;
        for (size_t a = 0; a < o->nactors && a < RASD_EVENT_ACTORS; a++)
            end = o->actor_end[a] > end ? o->actor_end[a] : end;
        q = ev_token_from(c->s, end);
        if (q > c->t0 && q < c->t1 && (p = place_next(c, q)) != NULL)
            o->place_id = p->id, o->place_name = p->name;
    }
}

rasd_status ev_encounters(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e)
{
    rasd_status rc = RASD_OK;
    size_t jv[JOINT_VERBS], nj = 0;   /* the verbs of joint.c (events39), read after */
    x->noted = 1;              /* the rules' words are noted here (notes.h) */
    for (size_t i = c->t0, n = 1; i < c->t1 && !rc; i += n) {
        int v;
        n = 1;
        if ((i = ev_next_event_start(c->s, i, c->t1)) >= c->t1)
            break;             /* cost53: the tokens that start no event's phrase skipped */
        if (ev_may_appeal(c->s, i) &&     /* appeal_in_quote.c (cost53): notes its verbs */
            (rc = ev_appeal_note(c, x, i, 1)) != RASD_OK)
            break;
        if (nj < JOINT_VERBS && ev_joint_verb(c, i))
            jv[nj++] = i;
        if (!ev_word_is(c->s, i, 1, EK_ENCOUNTER, &v, &n) ||
            (v > ENC_MATCH && v != ENC_GATHER &&
             (rc = ev_support_verb(v) ? ev_support_note(c, x, i, v, n)
                 : ev_visit_noun(v) ? ev_visit_note(c, x, i, n)
                 : ev_banquet_verb(v) ? ev_banquet_at(c, x, s, e, i, n, v) /* banquets.c */
                 : RASD_OK) != RASD_OK) ||
            v < ENC_NOUN || (v > ENC_MATCH && v != ENC_GATHER) ||
            i + n > c->t1) {
            n = 1;
            continue;
        }
        if (n > 1 && (rc = ev_appeal_note(c, x, i + 1, n - 1)) != RASD_OK)
            break;             /* appeal_in_quote.c: the words i += n skips */
        if (v == ENC_NOUN || v == ENC_MATCH || v == ENC_GATHER)
            rc = gather_at(c, x, s, e, i, n);
        if (!rc && v != ENC_GATHER)
            rc = encounter_at(c, x, s, e, i, n, v);
        if (!rc && (v == ENC_NOUN || v == ENC_MATCH || v == ENC_GATHER))
            rc = body_meeting_at(c, x, s, e, i, n, v);
        if (!rc && (v == ENC_NOUN || v == ENC_MATCH))   /* meeting_during.c: after the forms above */
            rc = ev_during_object(c, x, s, e, i, n, v == ENC_MATCH);
        if (!rc && v == ENC_GATHER)
            rc = ev_summit_held(c, x, s, e, i, n);
        if (!rc && (v == ENC_NOUN || v == ENC_GATHER))   /* meeting_chaired.c: after the forms above */
            rc = ev_chaired_at(c, x, s, e, i, n);
    }
    for (size_t k = 0; k < nj && !rc; k++)
        rc = ev_joint_at(c, x, s, e, jv[k]);   /* after encounter.c's own: they go first */
    if (!rc)
        places_after(c, x, s);
    return rc;
}

/* ------------------------------------------ for meeting_during.c (stop 45) */

int ev_enc_between(sent_ctx *c, size_t k)
{
    return between(c, k);
}

const rasd_entity *ev_enc_party(sent_ctx *c, size_t k)
{
    return party_at(c, ev_kind_info(EK_MEET), k, 0);
}

const rasd_entity *ev_enc_named_before(sent_ctx *c, size_t i)
{
    return named_before(c, ev_kind_info(EK_MEET), i);
}

int ev_enc_unreal(sent_ctx *c, size_t i, size_t n, int match)
{
    return unreal(c, i, 1) || (match && ev_enc_sport(c)) ||
           tg_guarded_courtesy(c, i, n, TG_NOUN, EK_MEET);
}

int ev_enc_possessive(const rasd_token *t)
{
    return possessive(t) && !plural(t);
}

rasd_status ev_enc_add(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e,
                       const rasd_entity *const *p, size_t np, size_t i, size_t last)
{
    struct told_as t;
    if (told(c, x, s, i, p[np - 1]->tok_end > last + 1 ? p[np - 1]->tok_end : last + 1))
        return RASD_OK;
    t.i = i, t.last = last, t.content = last + 1, t.noun = 1;
    t.place = ev_place_at(c, i, EK_MEET);
    t.plan = will_hold(c, i) || ev_planned_by_words(c->s, c->t0, c->t1, i, last + 1 - i, 0);
    return add_meeting(c, x, s, e, p, np, &t);
}
