/* actors.h — internal to src/events/ (events.c, actors.c, forms.c, said.c, groups.c): the kinds of event, the sentence
 * an event is looked for in, and who its actors are. actors.c finds them where Arabic syntax
 * puts them (a verb's subject before or after it, its object, a noun's parties, a killing's
 * doer); events.c finds the reporting words, the place and the date, and keeps the events. */
#ifndef RASD_EVENTS_ACTORS_H
#define RASD_EVENTS_ACTORS_H

#include "events/ev.h"
#include "events/letters.h"

#include <string.h>

/* How far from the reporting word each part of an event is looked for. The values were set
 * by hand, with the commit that introduced each, on the development samples of
 * docs/EVENTS.md (SaudiNewsNet seeds 101 and 202, then the held-out samples 303, 404, 505 and
 * 606, whose judged rows tests/test_events_snn.c replays): the smallest windows that kept
 * the right events those samples hold. None was measured on its own; the reasoning behind
 * them is that Arabic news puts an event's parties close to its verb, and a name or a date
 * farther off is, more often than not, another matter's. Counts are tokens unless they say
 * bytes. */
enum {
    PLACE_REACH = 10,          /* the place after the reporting word (docs/EVENTS.md: "within
                                  ten words after the phrase and in its clause"; f1833a8) */
    PLACE_BEFORE = 4,          /* or, else, the place right before it (f1833a8) */
    LEAD_MAX = 6,              /* titles and genitives between a verb and its actor's name, at
                                  most (الأمين العام المساعد لحزب …; 2b7b408) */
    SUBJECT_REACH = LEAD_MAX + 1,  /* the subject after its verb, or the person named after
                                      the title that stands for it: LEAD_MAX words between */
    OBJECT_REACH = 8,          /* the object after the subject (or the phrase), past the
                                  subject's own name after its title or a place (2b7b408) */
    APPOSITION_REACH = 8,      /* the comma that opens an apposition before a verb, before the
                                  one that closes it (وكان الوزير عادل الجبير، وزير الخارجية
                                  السعودي، التقى: six words at most between them; 2b7b408) */
    NOUN_REACH = 12,           /* a noun's subject, or a dual's two parties, before the noun
                                  (بوتين وكاميرون … لقائهما; f1833a8) */
    PRAYER_REACH = 10,         /* a word of prayer after دعا, before its "to" (دعا رئيس المجلس
                                  في ختام تصريحه المولى القدير; 2b7b408) */
};

/* The values of data/events.tsv "group" (groups.c): the head of a description that acts in
 * an event when no name stands for it. */
enum { GROUP_FORCE = 1, GROUP_BODY = 2, GROUP_PEOPLE = 3,
       GROUP_SOME = 4 };       /* a quantifier before a head: بعض (evbreadth) */
enum { GROUPS = 8 };           /* descriptions taken as actors in one sentence, at most */

/* Where a reporting word's actors stand: its value in data/events.tsv (1 a verb, 2 a dual, 3 a
 * noun with its subject before, 4 a noun followed by both, 5 a noun followed by its doer and
 * then the other party, 6 a noun followed by the one it was done to, 9 a participle whose
 * actor is the speaker of the quote it introduces: داعيا، مطالبا; events.c says what the
 * others are). */
enum form { F_NONE, F_VERB, F_DUAL, F_POSS, F_BETWEEN, F_OF, F_TARGET, F_DEED, F_DOES, F_SAID,
            F_WVERB, F_BLAME, F_BLAMED, F_BARE, F_FIRST, F_FORCE, F_FVERB, F_RECEIVED,
            F_PURPOSE, F_ARRIVAL, F_NEAR, F_PRON, F_AT,
            F_DESCRIBE /* 23: criticize_called.c (وصف X Y بأنه إرهابي) */,
            F_OPENV /* 24: appeal_opening.c (طالب opening a clause: a verb, else a student) */ };

typedef struct kind_info {
    int kind;
    const char *type, *cameo;
    int min_actors, max_actors;
    int people;                /* 2: people only (a meeting is between people); 1: the subject
                                  is a person or an organisation, the object anything (قصف
                                  التحالف عدن); 0: people, organisations, countries */
} kind_info;

typedef struct sent_ctx {
    ev_scan *s;
    const rasd_doc *doc;
    const rasd_entity *en;
    size_t ne;
    size_t t0, t1;             /* the sentence's tokens */
    int said;                  /* the last object was joined by a word of speech (أقوال) */
    int lone;                  /* the verb's object is a word, no name (speech_alone) */
    const rasd_entity *actor[RASD_EVENT_ACTORS];   /* the event's actors' mentions (NULL: a
                                                      quote's speaker) */
    struct ev_doc *x;          /* where descriptions' names are kept (groups.c) */
    rasd_entity grp[GROUPS];   /* descriptions taken as actors in this sentence (groups.c):
                                  id "" (no entity), name their words */
    size_t ngrp;
    const rasd_entity *prev;   /* the subject of the sentence's last verb event (events6) */
    const rasd_entity *also;   /* a second other party coordinated after the first (F_PURPOSE:
                                  مع نظيريه … باراك اوباما وفلاديمير بوتين), or NULL */
    uint32_t before;           /* the byte where the sentence before this one starts */
    int pron;                  /* the reporting verb carries its object as a pronoun (F_PRON:
                                  اتهمها): the event is its subject's alone (events7) */
    int list48;                /* ground.c's walk met a word that may be a list's item with و
                                  (attack_lists.c ev_may_attack_list) */
    int en_sorted;             /* en is in the order of tok_start: ev_first_entity searches it
                                  by halves (cost71) */
} sent_ctx;

static inline int is_loc(const rasd_entity *e)
{
    return strcmp(e->type, "LOC") == 0;
}

/* Whether token i is a one-word phrase of kind (its proclitics allowed when strip). */
static inline int word_kind(sent_ctx *c, size_t i, int strip, int kind)
{
    size_t n;
    return ev_word_is(c->s, i, strip, kind, NULL, &n) && n == 1;
}

/* The value of kind of token i, a one-word phrase of that kind (no proclitic); -1 if it is
 * none. */
static inline int word_value(sent_ctx *c, size_t i, int kind)
{
    int v;
    size_t n;
    return ev_word_is(c->s, i, 0, kind, &v, &n) && n == 1 ? v : -1;
}

/* The values of data/events.tsv "place": في، إلى، and (a visit's place only) بمحافظة. */
enum { PLACE_IN = 1, PLACE_TO = 2, PLACE_AREA = 3, PLACE_NOUN = 4 };

/* The values of data/events.tsv "about". */
enum { ABOUT_TO = 1, ABOUT_THAT = 2 };  /* إلى، على; أن، بأن */

/* The values of data/events.tsv "with" (مع، على). */
enum { WITH_MA3 = 1, WITH_ALA = 2 };

/* How an object may be joined to the verb's subject (or to the phrase), per kind. */
enum { J_DIRECT = 1, J_MA3 = 2, J_BI = 4, J_WA = 8, J_ALA = 16, J_SPEECH = 32, J_LAM = 64 };

/* clitic()'s values: the letters' second bytes, which tell the five apart. */
#define CL_WA ((unsigned char)U_WAW[1])
#define CL_FA ((unsigned char)U_FEH[1])
#define CL_BI ((unsigned char)U_BEH[1])
#define CL_LAM ((unsigned char)U_LAM[1])

/* actors.c (each function's comment is at its definition). */
int ev_clitic(const sent_ctx *c, size_t i);
/* The name ending at token k (exactly) and starting in the sentence, or NULL. */
const rasd_entity *ev_entity_ending(const sent_ctx *c, size_t k);
/* Whether token t is a comma (, or ،); ev_comma asks it of a sentence's token i. */
static inline int ev_token_comma(const rasd_token *t)
{
    return t->kind == RASD_TOK_PUNCT &&
           ((t->norm_len == 1 && t->norm[0] == ',') ||
            (t->norm_len == LETTERS(1) && letter_is(t->norm, U_ARABIC_COMMA)));
}
int ev_comma(const sent_ctx *c, size_t i);
int ev_clause_end(const sent_ctx *c, size_t i);
/* "tguard" 2: a word that opens a question (هل); ev_question. */
enum { TGUARD_QUESTION = 2 };
int ev_question(sent_ctx *c);

int ev_name_clitic(const sent_ctx *c, const rasd_entity *e);

int ev_in_date(const sent_ctx *c, size_t i);
/* Whether token k is inside a name the recogniser found (one of the sentence's mentions). */
static inline int ev_in_name(const sent_ctx *c, size_t k)
{
    for (size_t q = 0; q < c->ne; q++)
        if (c->en[q].tok_start <= k && k < c->en[q].tok_end)
            return 1;
    return 0;
}

int ev_lead_span(sent_ctx *c, size_t a, size_t b, int clitic_first);

int ev_can_act(sent_ctx *c, const kind_info *ki, const rasd_entity *e,
               const rasd_entity *place, const rasd_quote *q, int subj);
/* Whether name e is a news outlet in the frame of its sentence's report (بحسب، وفقا لصحيفة،
 * قال لـ«عكاظ»), so no actor of an event of kind (-1: any) there (outlet_frame.c). */
int ev_outlet_reporting(sent_ctx *c, const rasd_entity *e, int kind);
/* Whether person e is the namesake inside an institution's name (جامعة الأمير سطام بن
 * عبدالعزيز، مستشفى الملك فهد), so no actor (named_for.c). */
int ev_named_for(sent_ctx *c, const rasd_entity *e);

/* Whether the n names en are in the order of their first tokens (sent_ctx.en_sorted). */
int ev_names_sorted(const rasd_entity *en, size_t n);
const rasd_entity *ev_first_entity(const sent_ctx *c, size_t a, size_t b);

const rasd_entity *ev_subject_after(sent_ctx *c, const kind_info *ki, size_t end,
                                    const rasd_entity *place, const rasd_quote *q);
/* A host's or a meeting's subject named past LEAD_MAX words of titles after the verb ending
 * at end (long_subject.c), or NULL. */
const rasd_entity *ev_long_subject(sent_ctx *c, const kind_info *ki, size_t end);

int ev_present(const sent_ctx *c, size_t i, int cut);
/* Whether the verb at token i follows the speaker's pronoun (أنه، إنه; data/events.tsv aguard
 * self), right before it or before سوف, as the speaker's own deed (seedev; actors.c). */
int ev_self_said(sent_ctx *c, size_t i);

/* Whether the phrase at token k, inside the sentence and no punctuation, is in "aguard" list l
 * (aguard.h; its proclitics taken off when strip); its length in *n (n may be NULL). */
int ev_aguard_at(sent_ctx *c, size_t k, int strip, int l, size_t *n);

/* Whether token k is a one-word phrase of "aguard" list l, no proclitic but و or ف. */
int ev_aguard_word(sent_ctx *c, size_t k, int l);
/* prep_pronoun.c: whether mention e starts with a preposition and its pronoun as written
 * (مني ابراموفيتش): no actor. */
int ev_pronoun_first(sent_ctx *c, const rasd_entity *e);

const rasd_entity *ev_subject_before(sent_ctx *c, const kind_info *ki, size_t i, int cut,
                                     const rasd_entity *place, const rasd_quote *q,
                                     int *none);

int ev_prayer(sent_ctx *c, size_t i);

const rasd_entity *ev_object_of(sent_ctx *c, const kind_info *ki, size_t from,
                                const rasd_entity *a, const rasd_entity *place,
                                const rasd_quote *q, int joins);

const rasd_entity *ev_doer_of(sent_ctx *c, const kind_info *ki, size_t from,
                              const rasd_entity *target, const rasd_entity *place,
                              const rasd_quote *q);

int ev_nisba(sent_ctx *c, size_t i);
int ev_apposed(sent_ctx *c, size_t end, const rasd_entity *a);
int ev_verb_first_after(sent_ctx *c, size_t i);

/* forms.c */
int ev_verbal_noun(const sent_ctx *c, size_t i, int cut);
const rasd_entity *ev_force_doer(sent_ctx *c, size_t i, size_t end);
const rasd_entity *ev_guest_after(sent_ctx *c, const kind_info *ki, const rasd_entity *a,
                                  const rasd_entity *place, const rasd_quote *q);
const rasd_entity *ev_guest_past_venue(sent_ctx *c, const kind_info *ki,
                                       const rasd_entity *a, const rasd_entity *place,
                                       const rasd_quote *q);
const rasd_entity *ev_honoree(sent_ctx *c, size_t h);
const rasd_entity *ev_reception(sent_ctx *c, const kind_info *ki, size_t i, size_t n,
                                const rasd_entity *him, const rasd_entity *place,
                                const rasd_quote *q, const rasd_entity **guest);
const rasd_entity *ev_visitor(sent_ctx *c, size_t i);
const rasd_entity *ev_purpose_party(sent_ctx *c, const kind_info *ki, size_t end,
                                    const rasd_entity *place, const rasd_quote *q);
int ev_journey_planned(sent_ctx *c, size_t i);
int ev_force_verb(sent_ctx *c, const kind_info *ki, size_t i);
int ev_threat_present(const sent_ctx *c, size_t i, int cut);
int ev_armed(sent_ctx *c, const kind_info *ki, size_t i, int form);
int ev_agreed_among(sent_ctx *c, size_t i, size_t n);

/* ground_subject.c: a force's description before a fight verb of value 16 (أن المقاومة تقدمت) */
const rasd_entity *ev_force_before(sent_ctx *c, const kind_info *ki, size_t i, int cut);
const rasd_entity *ev_force_carried(sent_ctx *c, const kind_info *ki, size_t i, int cut);
/* ground_place.c (place73): for a verb of ground that takes ground (سيطرت المقاومة على
 * زنجبار), a second actor after it that is a place leaves ev's actors and is returned as the
 * event's place; else NULL. */
/* adds ev by ev_add_apart, noting it as a place taken when taken. */
rasd_status ev_add_taken(sent_ctx *c, struct ev_doc *x, const kind_info *ki, size_t i, int cut,
                         const rasd_entity *place, rasd_event *ev, int taken);
const rasd_entity *ev_ground_place(sent_ctx *c, const kind_info *ki, size_t i, size_t n,
                                   int form, rasd_event *ev);
/* ground_subject.c: ev_add_event; an event whose subject ev_force_before gave absorbs no later one */
rasd_status ev_add_apart(sent_ctx *c, struct ev_doc *x, const kind_info *ki, size_t i, int cut,
                         const rasd_entity *place, rasd_event *ev);
/* clash_between.c: the بين a clash's gap words lead to from token k (0: none) */
size_t ev_gap_between(sent_ctx *c, size_t k);
/* ground_subject.c: whether force a after the noun at token i may be its doer (an advance, تقدم,
 * only before a word of direction) */
int ev_advance_doer_ok(sent_ctx *c, size_t i, const rasd_entity *a);
/* ground_subject.c: whether the fight at token i is an advance by تقدم (kept apart as fight51's) */
int ev_is_advance(sent_ctx *c, const kind_info *ki, size_t i);
/* ground_subject.c: for trigger(): whether the word at token i may be an advance (cheap) */
int ev_may_advance(sent_ctx *c, size_t i);

/* events.c, for triggers.c */
rasd_status ev_sentence_events(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e);
int ev_root_waw(const rasd_doc *doc, const rasd_token *t);
const kind_info *ev_kind_info(int kind);
size_t ev_actors_by_form(sent_ctx *c, const kind_info *ki, size_t i, size_t n, int form,
                         int cut, const rasd_entity *place, rasd_event *ev);
const rasd_quote *ev_quote_at(const rasd_doc *doc, uint32_t b);
uint32_t ev_content_start(sent_ctx *c, const kind_info *ki, size_t end);

/* places.c: the place of an event named at token at (area: a bare bombing's, farther and
 * after an area noun too); a construct's genitive place from token k (F_AT); the place
 * for triggers.c (area 0). */
const rasd_entity *ev_place_of(sent_ctx *c, size_t at, int kind, int area);
const rasd_entity *ev_at_place(sent_ctx *c, size_t k);
const rasd_entity *ev_place_at(sent_ctx *c, size_t at, int kind);

/* triggers.c (events9): events named by a trigger where the rules above found none */
rasd_status ev_trigger_events(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e);

/* speaker_party.c (quotemarks3): the speaker of reported words as a meeting's party (به) */
void ev_speaker_party(sent_ctx *c, const kind_info *ki, size_t i, size_t n, rasd_event *ev);

/* said.c */
int ev_speech_act(const kind_info *ki);
int ev_appeal_to(sent_ctx *c, size_t k);
int ev_passive_after(sent_ctx *c, size_t k);
int ev_farewell(const sent_ctx *c, size_t i, int cut);
const rasd_entity *ev_cue_speaker(sent_ctx *c, const kind_info *ki, size_t i);
const rasd_entity *ev_last_speaker(sent_ctx *c, const kind_info *ki, size_t i, int cut);
const rasd_entity *ev_speaker_of(sent_ctx *c, const kind_info *ki, const rasd_quote *q);
int ev_asks(sent_ctx *c, size_t i, size_t k);
int ev_speech_alone(sent_ctx *c, size_t k);
int ev_condemned(sent_ctx *c, size_t k);
int ev_blamed(sent_ctx *c, size_t from);
const rasd_entity *ev_appeal_subject(sent_ctx *c, const kind_info *ki, size_t end,
                                     const rasd_entity *place, const rasd_quote *q);

/* groups.c */
const char *ev_keep_name(sent_ctx *c, uint32_t s, uint32_t e);
rasd_entity *ev_add_desc(sent_ctx *c, const char *type, size_t a, size_t b, uint32_t start);
int ev_is_group(const rasd_entity *e);
/* Appends mention e to ev's actors (a description with no id), if there is room. */
void ev_append_actor(rasd_event *ev, const rasd_entity *e);
/* Whether ev has mention e (by its words: their bytes overlap) among its actors already. */
static inline int ev_has_actor(const rasd_event *ev, const rasd_entity *e)
{
    for (size_t a = 0; a < ev->nactors; a++)
        if (ev->actor_start[a] < e->end && e->start < ev->actor_end[a])
            return 1;
    return 0;
}
/* prologue.c: starts *ev, an event of kind ki told in the sentence [s, e) by tokens [i, last]
 * of c's sentence: zeroed, its type and CAMEO code, its place (none if place is NULL), its span
 * and trigger; the caller appends its actors (ev_append_actor) and dates it. */
void ev_event_begin(rasd_event *ev, const sent_ctx *c, const kind_info *ki, uint32_t s,
                    uint32_t e, size_t i, size_t last, const rasd_entity *place);
int ev_group_mask(const kind_info *ki);
const rasd_entity *ev_group_at(sent_ctx *c, size_t a, int mask, int clitic);
const rasd_entity *ev_group_after(sent_ctx *c, const kind_info *ki, size_t from, int joins);
const rasd_entity *ev_group_subject(sent_ctx *c, const kind_info *ki, size_t i, size_t end,
                                    int cut);
int ev_verb_feminine(const sent_ctx *c, size_t i, int cut);
const rasd_entity *ev_title_subject(sent_ctx *c, size_t i, size_t end, int cut);
const rasd_entity *ev_group_before(sent_ctx *c, const kind_info *ki, size_t i, int cut);
void ev_groups_reset(struct ev_doc *x);
const rasd_entity *ev_title_desc(sent_ctx *c, size_t a);

const rasd_entity *ev_last_in(sent_ctx *c, const kind_info *ki, size_t a, size_t b,
                              const rasd_entity *place, const rasd_quote *q,
                              const rasd_entity *skip);

#endif
