/* ev.h — internal interface of src/events/: when, who said what, what happened: the calendars
 * (calendar.c), the word lists and their matching (lexicon.c), dates (dates.c), quotes
 * (quotes.c), events (events.c) and the per-document state and output (output.c).
 * The engine part (ev_engine: the phrases of data/dates.tsv, quotes.tsv and events.tsv, and
 * the Hijri month starts of data/hijri.tsv) is read-only and shared by threads; the
 * per-document part (ev_doc) is scratch owned by a rasd_doc. */
#ifndef RASD_EV_H
#define RASD_EV_H

#include "core/stage.h"
#include "events/aguard.h"
#include "events/ftab.h"

#include <string.h>

/* ------------------------------------------------------------------ calendar */

/* The Gregorian calendar (cal_days, cal_civil, …) is src/core/day.c's (core/internal.h). */
/* The tabular Islamic calendar (calendar.c says how it relates to Umm al-Qura). */
int64_t cal_hijri_days(int y, int m, int d);
void cal_hijri(int64_t days, int *y, int *m, int *d);
int hijri_month_len(int y, int m);

/* A Hijri month's first day as the press states it (data/hijri.tsv). */
typedef struct hijri_row {
    int32_t month;             /* 12 * year + month - 1 */
    int64_t first;             /* days since 1970-01-01 */
} hijri_row;

struct ev_engine;
/* Hijri dates through the engine's table of month starts, tabular where it has none. */
int64_t hijri_days(const struct ev_engine *ev, int y, int m, int d);
void hijri_of(const struct ev_engine *ev, int64_t days, int *y, int *m, int *d);

/* ------------------------------------------------------------- word lists */

/* The kinds of the word lists' lines (their first column: lexicon.c kind_names); each file's
 * header says what its kinds are. Their order matters only to a phrase listed under two
 * kinds of event (none is): events.c takes the first. */
enum ev_kind {
    /* data/dates.tsv */
    EK_GMONTH, EK_HMONTH, EK_WEEKDAY, EK_REL, EK_PERIOD, EK_DIR, EK_THIS, EK_DAYPART, EK_DAY,
    EK_MONTHCUE, EK_YEARCUE, EK_ERA, EK_BLOCK, EK_NOTDAY, EK_LINK, EK_NOTAFTER, EK_OF,
    /* data/dates.tsv, issue 16: EK_TIMEX holds the kinds decade, season, century, shift, ago,
     * future and yearprep (the file's names; lexicon.c timex_kinds gives each its range of
     * values, TX_*), EK_ORD the ordinals of centuries, EK_NDAYS counts of days and (as
     * TX_AGO - 1, TX_AGO + 1) the words ago (قبل، منذ، بعد) */
    EK_TIMEX, EK_ORD, EK_NDAYS,
    /* data/quotes.tsv */
    EK_CUE, EK_PART, EK_SOURCE, EK_THAT, EK_STOP, EK_ORGNOUN, EK_BEHALF, EK_COMP, EK_CPREP,
    EK_CNOUN, EK_BODY, EK_HONOR,
    /* data/events.tsv: the reporting words of each kind of event (events.c kinds[]) */
    EK_MEET, EK_VISIT, EK_HOST, EK_AGREE, EK_SIGN, EK_APPEAL, EK_CRITICIZE, EK_ACCUSE,
    EK_THREATEN, EK_ASSAULT, EK_FIGHT,
    /* data/events.tsv: the words that place the actors, the place and the date */
    EK_NEGATION, EK_LEAD, EK_RELATIVE, EK_SUBJECT, EK_NOTACTOR, EK_PRAY, EK_SPEECH, EK_PREP,
    EK_ABOUT, EK_PLACE, EK_VENUE, EK_WITH, EK_OBJPREP, EK_AUX, EK_NAMEHEAD,
    /* data/events.tsv, issue 16: planned events, denials, the doer of a killing, and the
     * kinds of killing */
    EK_PLAN, EK_DENY, EK_BY, EK_KILL, EK_ASSASSINATE, EK_COORD,
    /* data/events.tsv, issue 16 (evrecall3): the heads of descriptions that act in events
     * when no name stands for them (groups.c) */
    EK_GROUP,
    /* data/events.tsv, evbreadth: the words that claim a bombing (مسؤوليته عن الهجوم) */
    EK_CLAIM, EK_FPLURAL,
    /* data/events.tsv, issue 15: a building named as a place (مقر، مسجد) */
    EK_FACILITY,
    /* data/events.tsv, events7: words of manner after a criticism's subject (بشدة) */
    EK_MANNER,
    /* data/events.tsv, events9: the trigger-first layer (triggers.c): the words that name an
     * event of a kind, the guards that make one unreal or another sense, the words that say
     * a noun's event took place */
    EK_TRIG, EK_TGUARD, EK_TSENSE, EK_SUPPORT,
    /* data/quotes.tsv, stop 28: a copula, after which a participle is a predicate (سيكون
     * مطالبا بدفع: "required to pay"), not a reporting word */
    EK_COPULA,
    /* data/events.tsv, stop 29: a whole word that is no trigger whatever its proclitics would
     * make of it (وفاتهم, "their death", is not و + ف + اتهم) */
    EK_TNOT,
    /* data/events.tsv, stop 30 (events16): the guards of assault, fight and appeal, values 60
     * and up, apart from "tguard" so that one word can be in both lists (مرارا، صحيفة) */
    EK_AGUARD,
    /* data/events.tsv, stop 35 (events27): a meeting's noun or verb whose other party follows
     * it after مع or ب (encounter.c) */
    EK_ENCOUNTER,
    /* data/events.tsv, stop 36 (events32): an arrival after its subject (قد وصل) and the
     * كان that opens it (visits.c); a signing's verb and what is signed (signings.c) */
    EK_ARRIVAL, EK_SIGNING,
    /* data/quotes.tsv, stop 37 (quotes30): a preposition that governs a person, who is then
     * no subject (chain.c) */
    EK_GOVERN,
    /* data/events.tsv, stop 37 (events39): a meeting's or an agreement's verb and noun with
     * coordinated subjects between them (joint.c) */
    EK_JOINT,
    /* data/quotes.tsv, stop 38 (quotes31): a formula of blessing after a name (صلى الله عليه
     * وسلم، رضي الله عنه), never a speaker (bless.c) */
    EK_BLESS,
    /* data/quotes.tsv, stop 39 (quotes32): يدعى، تدعى, the name a described speaker goes by
     * (named_as.c) */
    EK_CALLED,
    /* data/events.tsv, stop 39 (dates45): a vague past (قبل أيام، في وقت سابق، الأيام
     * الماضية), which dates an event before the article's day but to no day (weeks.c) */
    EK_VAGUE,
    /* data/quotes.tsv, stop 40 (quotes33): an office or household (مكتب، ديوان، أسرة) whose
     * complement names a person: the office speaks, not the person (office.c) */
    EK_OFFICE,
    /* data/quotes.tsv, stop 40 (quotes34): a reporting verb whose object may be a noun of
     * its subject's own with a pronoun (أعلن ترشحه، أبدى رضاه; not جدد عقده: an act)
     * (own_noun.c) */
    EK_OWN,
    /* data/events.tsv, stop 40 (wrong48): الأخيرة after an event noun with a pronoun
     * (زيارته الأخيرة): a past one, not the article's day (told_before.c) */
    EK_LASTTIME,
    /* data/events.tsv, stop 41 (wrong49): a habit, «أي», كان before a present verb: no one
     * event (habits.c) */
    EK_HABIT,
    /* data/events.tsv, stop 42 (assault50): a frame of no one attack around the layer's
     * assault (an aim, a trend, an abstract target; assault_aframe.c) */
    EK_AFRAME,
    /* data/events.tsv, stop 42 (hist50): سبق أن, and قد after كان, before an event's word:
     * an event before the article's time, not of its day (told_before.c, since_when.c; its
     * values: enum ev_pastmark) */
    EK_PASTMARK,
    EK_COUNT                   /* at most 128: ev_word.kinds */
};

enum { PERIOD_DAY, PERIOD_WEEK, PERIOD_MONTH, PERIOD_YEAR };
/* The values of EK_TIMEX: a kind's base plus the value the file gives (decade 8: the
 * eighties; season 1..4: spring, summer, autumn, winter; shift -1/1: the day before/after;
 * ago -1/1: قبل/بعد; feastday 0..9: the first .. tenth day of; feast 0..2: العيد, عيد
 * الفطر, عيد الأضحى; nyears: a count of years; nmonths: a count of months, -1 نحو، ونصف).
 * TX_SPAN is the distance between two bases. */
enum { TX_DECADE = 1, TX_SEASON = 13, TX_CENTURY = 25, TX_SHIFT = 37, TX_AGO = -50,
       TX_FUTURE = 61, TX_YEARPREP = 73, TX_FEASTDAY = 85, TX_FEAST = 97, TX_NYEARS = 109,
       TX_NMONTHS = -37, TX_SPAN = 12 };   /* values -1 .. 9 */
enum { ERA_G = 1, ERA_H = 2 };

/* What a phrase can be: one bit per kind, and its value for each. */
typedef struct ev_word {
    uint64_t kinds[2];         /* bit k % 64 of kinds[k / 64]: the phrase can be kind k */
    int16_t val[EK_COUNT];     /* int16: quotes.tsv cue values reach 256 + 34 (OWN) */
    uint64_t aguards[AG_NWORDS]; /* bit l % 64 of aguards[l / 64]: in "aguard" list l (aguard.h) */
} ev_word;

/* The kinds of data/events.tsv that report an event (all in ev_word.kinds[0]). */
_Static_assert(EK_ASSASSINATE < 64 && EK_FIGHT < 64 && EK_MEET < 64, "event kinds in kinds[0]");
#define KIND_BIT(k) ((uint64_t)1 << (k))
#define EVENT_KINDS                                                                           \
    (KIND_BIT(EK_MEET) | KIND_BIT(EK_VISIT) | KIND_BIT(EK_HOST) | KIND_BIT(EK_AGREE) |          \
     KIND_BIT(EK_SIGN) | KIND_BIT(EK_APPEAL) | KIND_BIT(EK_CRITICIZE) | KIND_BIT(EK_ACCUSE) |   \
     KIND_BIT(EK_THREATEN) | KIND_BIT(EK_ASSAULT) | KIND_BIT(EK_FIGHT) | KIND_BIT(EK_KILL) |    \
     KIND_BIT(EK_ASSASSINATE))

/* Whether phrase w can be kind k. */
#define EV_HAS_KIND(w, k) (((w)->kinds[(k) >> 6] >> ((k) & 63)) & 1)

typedef struct ev_engine {
    strmap phrases;            /* normalised phrase (words joined by spaces) → 1 + index */
    strmap firsts;             /* a phrase's first word → words in the longest such phrase,
                                  | FIRST_DATE when a date may start with it */
    ev_word *words;
    size_t nwords, words_cap;
    unsigned maxlen;           /* words in the longest phrase */
    hijri_row *hijri;          /* data/hijri.tsv, sorted by month */
    size_t nhijri, hijri_cap;
    uint16_t tdefault[EK_COUNT];  /* data/events.tsv "tdefault" (events14): per event kind, the
                                     trigger forms (TFORM_*) of the layer on by default */
    uint16_t tforms[EK_COUNT];   /* the forms on in this engine (its rasd_config.event_triggers:
                                  every one, none or tdefault's) */
    int tlayer;                /* whether any is: the layer runs and its words are loaded */
    /* costcut (stop 35): what lexicon.c tests before a look-up. fbits: a bit per hash of a
     * first word's length and three of its bytes (lexicon.c first_bit), set for every key of
     * firsts: a clear bit spares the look-up of most words. fkinds: per first word (its id,
     * 1 + the index, in bits 32-47 of its value in firsts), the kinds of the phrases it
     * starts: a look-up of a kind none has is not made. */
    uint64_t fbits[1024];
    struct { uint64_t kinds[2]; } *fkinds;
    size_t nfirsts, fkinds_cap;
    ftab ftab;                 /* firsts again, for the look-up at every token (ftab.h) */
    ftab ptab;                 /* phrases again, for the look-ups of lexicon.c (ftab.h) */
} ev_engine;

/* The trigger layer's forms (triggers.c; data/events.tsv "tdefault"): a past verb, a noun,
 * a future verb; a past verb that starts its clause (events16: "lead"); a noun of a deed done
 * (events19: "deed", قام … ب، أقدم … على); a past verb or a noun whose event names its sides
 * (events20: "sides", sides.c); a present verb with a name next to it (events20: "present",
 * triggers.c present_on); a visit's noun in an occasion phrase, its visitor named after it
 * (events25: "occasion", occasion.c); an event a quote tells (events31: "said", statement.c).
 */
enum { TFORM_VERB = 1, TFORM_NOUN = 2, TFORM_FUTURE = 4, TFORM_LEAD = 8, TFORM_DEED = 16,
       TFORM_SIDES = 32, TFORM_PRESENT = 64, TFORM_OCCASION = 128, TFORM_SAID = 256,
       TFORM_ALL = 511 };

/* Matching phrases on a document's tokens (lexicon.c). */
typedef struct ev_scan {
    const ev_engine *ev;
    const rasd_token *t;
    size_t nt;
    rbuf *key;                 /* scratch: a phrase being looked up */
    rasd_status rc;
    int cut;                   /* proclitic letters the last lookup took off */
    uint8_t *first;            /* FIRST_SLOTS a token: 3 (its word less 0, 1, 2 proclitic
                                  letters) the words of the longest phrase that starts with
                                  it, then a summary (lexicon.c first_summary_fill): its proclitic
                                  letters and which of those 3 start a phrase at all;
                                  FIRST_UNKNOWN until looked up; NULL: no memo */
    uint16_t *word;            /* 3 * ev_engine.maxlen a token (its word less 0, 1, 2
                                  proclitic letters; phrases of 1 .. maxlen words): 0 not
                                  looked up yet, 1 none, else 2 + the index in .words; NULL:
                                  no memo; zeroed a token at a time by its summary, so
                                  only with .first */
    uint16_t *fid;             /* 3 a token: the id of its word less 0, 1, 2 proclitic letters
                                  in ev_engine.fkinds (0: none or unknown), written with its
                                  summary and read only where that says a phrase starts */
    uint16_t *evnext;          /* a token a walk started from: 0 not known yet, else 1 + the
                                  tokens from it to the first where ev_event_start is true,
                                  or 0x8000 + the tokens walked without one (event_starts.c);
                                  NULL: no memo */
} ev_scan;

#define FIRST_UNKNOWN 0xff
#define FIRST_SLOTS 4
#define FIRST_LEN 0x3f             /* a first word's value (ev_engine.firsts, the memo slots): */
#define FIRST_DATE 0x40            /* its longest phrase's words, and whether a date may start
                                      with it (lexicon.c starts_date) */
#define FIRST_EVENT 0x80           /* or a phrase that reports an event (starts_event) */
#define FIRST_QUOTE 0x100          /* ev_engine.firsts only: a reporting word (EK_CUE, EK_PART)
                                      starts with it; the summary byte has SUM_QUOTE */
#define SUM_QUOTE 0x20             /* a summary: a reporting word may start at the token */
#define SUM_DATE 0x40              /* a summary: a date may start at the token (ev_date_start) */
#define SUM_EVENT 0x80             /* a summary: a reporting word of an event may (a summary is
                                      never FIRST_UNKNOWN: its proclitic letters are 0 to 2) */
#define FIRST_ID_SHIFT 32          /* ev_engine.firsts: the first word's id in fkinds */

int ev_is_word(const rasd_token *t);
/* Whether token t is punctuation (the tokenizer's kind). */
static inline int ev_is_punct(const rasd_token *t)
{
    return t->kind == RASD_TOK_PUNCT;
}
/* Whether token t starts with the article ال and has a letter after it (الوزير; its cut
 * proclitics not taken off: والوزير is not). */
static inline int ev_definite(const rasd_token *t)
{
    return t->norm_len > 4 && memcmp(t->norm, "\xd8\xa7\xd9\x84", 4) == 0;   /* ال */
}
/* Whether token t has the article ال first or after one or two proclitic letters (الهجوم،
 * والهجوم، وبالهجوم). */
static inline int ev_definite_any(const rasd_token *t)
{
    for (size_t k = 0; k <= 4 && k + 4 <= t->norm_len; k += 2)
        if (memcmp(t->norm + k, "\xd8\xa7\xd9\x84", 4) == 0)
            return 1;
    return 0;
}
/* Whether the cut proclitic letters that a lookup took off token t are all و or ف: with ب، ل
 * or ك before it a reporting word is a noun (لمتابعة، بقصف), not a verb. */
int ev_conjunctions(const rasd_token *t, int cut);
/* Whether the word w (n bytes, normalised) of an entity's name is a one-word phrase of kind. */
int ev_name_word_is(const ev_engine *ev, const char *w, size_t n, int kind);
/* The longest phrase starting at token i (its first word without one or two proclitics
 * و ف ب ل ك when strip is set) that can be `kind` (-1: any); its token count in *n. */
const ev_word *ev_lookup(ev_scan *s, size_t i, int strip, int kind, size_t *n);
/* The longest phrase at token i that can be one of the kinds whose bits (1 << kind, kinds
 * under 64) are in mask: events.c's reporting words, which a longer phrase of another kind
 * must not hide (دعا إلى is a word of plan, دعا an appeal). */
const ev_word *ev_lookup_any(ev_scan *s, size_t i, int strip, uint64_t mask, size_t *n);
/* Whether the phrase at i can be `kind`: its value in *v (may be NULL), its length in *n. */
int ev_word_is(ev_scan *s, size_t i, int strip, int kind, int *v, size_t *n);
/* Whether a phrase that can be `kind` starts at a token of [a, b) (its first word without
 * proclitics when strip is set): a speech noun, a relative pronoun between two words. */
int ev_word_in(ev_scan *s, size_t a, size_t b, int strip, int kind);
/* Whether a phrase of list kind with value v (proclitics off) stands in the clause of the
 * word [i, j): starting in the `before` tokens before i (none before lo) and ending by i, or
 * starting in the `after` tokens from j (none from hi), no punctuation between. */
int ev_phrase_near(ev_scan *s, int kind, int v, size_t lo, size_t i, size_t j, size_t hi,
                   size_t before, size_t after);
/* Whether a "deny" word of value v at token k denies the event word at token i
 * (negated_about.c). */
int ev_deny_counts(ev_scan *s, size_t t0, size_t k, size_t i, int v);
/* Whether the "deny" 4 word at token k (postponed, cancelled) governs token i (postponed.c). */
int ev_postpones(ev_scan *s, size_t k, size_t i);
/* Whether a "deny" 6 word (أجلت، ألغيت) follows token i in its clause (postponed.c). */
int ev_postponed_after(ev_scan *s, size_t i);
/* Whether the longest "aguard" phrase at token i (its proclitics taken off when strip) is in
 * list l (aguard.h); its length in *n whenever there is one, in the list or not. */
int ev_aguard_is(ev_scan *s, size_t i, int strip, int l, size_t *n);
/* Whether a phrase that can start a date starts at token i (its word less 0 to 2 proclitic
 * letters): dates.c tries its matchers only there and at numbers. */
static inline int ev_date_start(ev_scan *s, size_t i);
/* Whether a phrase of a kind of event starts at token i (its word less 0 to 2 proclitic
 * letters): events.c looks for reporting words only there. */
static inline int ev_event_start(ev_scan *s, size_t i);
/* 0 when no reporting word (EK_CUE, EK_PART) starts at token i, with or without its
 * proclitics: ev_word_is would find none (a filter: 1 may still find none). */
static inline int ev_quote_start(ev_scan *s, size_t i);

/* Token i's summary (lexicon.c first_summary_fill) computed; the three above read it inline, as
 * the matchers ask about every token (costcut, stop 35: a call each cost more than the
 * test). */
unsigned ev_summary_fill(ev_scan *s, size_t i);
/* The bits of `want` (SUM_*) in token i's summary: 0 at a token that is no word; all of them
 * without a memo (no filter). */
static inline unsigned ev_summary_has(ev_scan *s, size_t i, unsigned want)
{
    unsigned sum;
    if (i >= s->nt || !s->ev ||
        (s->t[i].kind != RASD_TOK_ARABIC && s->t[i].kind != RASD_TOK_LATIN))   /* ev_is_word */
        return 0;
    if (!s->first)
        return want;
    sum = s->first[FIRST_SLOTS * i + FIRST_SLOTS - 1];
    return (sum != FIRST_UNKNOWN ? sum : ev_summary_fill(s, i)) & want;
}
/* The first token of [i, end) at which ev_event_start is true, else end: out of line, the
 * walks that stop only there skip the other tokens in one tight loop (cost53: the walk of
 * encounter.c paid some 28 instructions a token for its inline tests and their registers);
 * the answer kept a token (ev_scan.evnext): four rules walk every sentence (event_starts.c). */
size_t ev_next_event_start(ev_scan *s, size_t i, size_t end);
static inline int ev_date_start(ev_scan *s, size_t i)
{
    return ev_summary_has(s, i, SUM_DATE) != 0;
}
static inline int ev_event_start(ev_scan *s, size_t i)
{
    return ev_summary_has(s, i, SUM_EVENT) != 0;
}
static inline int ev_quote_start(ev_scan *s, size_t i)
{
    return ev_summary_has(s, i, SUM_QUOTE) != 0;
}
/* Whether token i is one punctuation character of set. */
static inline int ev_punct(const ev_scan *s, size_t i, const char *set)
{                              /* inline: the rules ask it some 200,000 times a 400-article
                                  run (cost71) */
    const rasd_token *t = &s->t[i];
    return i < s->nt && t->kind == RASD_TOK_PUNCT && t->norm_len == 1 && strchr(set, t->norm[0]);
}
/* Whether token i (> lo) is the point of an abbreviated title (د. عزام، د.الضلعان): a "." written
 * right after a one-letter courtesy title of data/events.tsv "lead" 1 (actors.c, err66). */
int ev_title_dot(ev_scan *s, size_t lo, size_t i);
/* Whether token t of doc's text is a dash alone: ـ (tatweel), –, — or - (read in the text,
 * not the token's normal form). */
int ev_dash(const rasd_doc *doc, const rasd_token *t);
/* The first token that starts at or after byte b (binary search; s->nt when none does). */
size_t ev_token_from(const ev_scan *s, uint32_t b);
/* The token that starts at byte b, or s->nt when none does (ev_token_from's, if it starts
 * there). */
size_t ev_token_at(const ev_scan *s, uint32_t b);

/* The dates, quotes and events stage (src/events/output.c) and where it keeps its data. */
extern const doc_stage ev_stage;
#define EV_ENGINE(e) ((const ev_engine *)engine_state(e, &ev_stage))
#define EV_DOC(d) ((struct ev_doc *)doc_state(d, &ev_stage))

/* Reads data/dates.tsv, quotes.tsv, events.tsv and hijri.tsv into a new ev_engine in *state
 * (a missing file: no words, not an error; a malformed line: RASD_EDATA); frees one. */
rasd_status ev_engine_load(rasd_engine *e, void **state);
void ev_engine_free(void *state);

/* ------------------------------------------------------------ per document */

/* A title the article put before a speaker's name (quotes.c). */
typedef struct ev_title {
    uint64_t key;              /* its first two words */
    const char *id, *name;
    uint32_t start, end;
} ev_title;

/* What encounter.c's walk noted at a token for a rule that reads it later (notes.h): one
 * walk finds the words of several rules (cost52, cost53: a walk of each rule's own over every
 * token cost 26 or 27 instructions a token, bench/extract_cost.sh). */
enum ev_note_kind {
    EV_NOTE_SUPPORT_VERB,      /* support_verbs.c: a verb of a call (ev_support_note), value its
                                  "encounter" value, read by ev_support */
    EV_NOTE_VISIT_NOUN,        /* visit_nouns.c: a visit's noun (ev_visit_note), read by
                                  ev_visit_nouns */
    EV_NOTE_APPEAL_START,      /* appeal_in_quote.c: a token that may start an appeal
                                  (ev_appeal_note), read by ev_appeal_in_quote */
    EV_NOTE_KINDS
};

typedef struct ev_note {
    uint32_t token;            /* the token noted */
    uint8_t kind;              /* enum ev_note_kind */
    uint8_t value;             /* the kind's value (EV_NOTE_SUPPORT_VERB: the verb's), else 0 */
} ev_note;

/* A set of the article's events by their trigger's first byte: those a rule marked to fold
 * otherwise than repeats() would (ground_subject.c, ground_place.c). */
typedef struct ev_trigset {
    uint32_t *at;
    size_t n, cap;
} ev_trigset;
/* Adds byte b to t (the set owns its array; ev_doc_free frees it). */
rasd_status ev_trigset_add(ev_trigset *t, uint32_t b);
/* Whether t holds byte b. */
int ev_trigset_has(const ev_trigset *t, uint32_t b);

struct ev_doc {
    rasd_date *dates;
    size_t ndates, dates_cap;
    rasd_quote *quotes;
    size_t nquotes, quotes_cap;
    size_t *desc;              /* per quote: 1 + an unnamed speaker's description in names */
    size_t desc_cap;
    rbuf names;
    void *pairs;               /* quotes.c: quote marks paired */
    size_t pairs_cap;
    uint32_t *sent_end;        /* quotes.c: per token, the first token after its sentence */
    size_t sent_end_cap;
    struct ev_title *titles;   /* quotes.c: titles the article gave its speakers */
    size_t ntitles, titles_cap;
    rasd_event *events;
    size_t nevents, events_cap;
    size_t last_event;         /* ev_add_event: the event it added or the one ev repeated */
    uint8_t *off;              /* triggers.c: per event, 1 when it is the layer's of a kind or
                                  form not on (dropped after the layer, events14) */
    size_t off_cap;
    uint32_t *place_dist;      /* events.c: per event (and one more), tokens to its place */
    size_t place_dist_cap;
    int64_t anchor;            /* dates.c: the day relative dates resolved against */
    int have_anchor;
    void *cand;                /* date candidates before resolution (dates.c) */
    size_t cand_cap;
    rbuf key;                  /* a phrase being looked up */
    uint8_t *first;            /* ev_scan.first and .word */
    size_t first_cap;
    uint16_t *word;
    size_t word_cap;
    uint16_t *fid;             /* ev_scan.fid */
    size_t fid_cap;
    uint16_t *evnext;          /* ev_scan.evnext */
    size_t evnext_cap;
    rbuf kept;                 /* the strings of restored quotes and events (ev_doc_restore) */
    char **dnames;             /* groups.c: the names of the descriptions taken as actors,
                                  each its own allocation (the events point at them) */
    size_t ndnames, dnames_cap;
    ev_scan *scan;             /* the token scan while events are found, else NULL (weeks.c) */
    ev_trigset apart;          /* ground_subject.c: events that absorb no later one (a force's
                                  deed told with its subject first) */
    ev_trigset taken;          /* ground_place.c: events whose place is the ground taken; they
                                  fold only into one at the same place */
    int adding_taken;          /* the event being added is such an event */
    ev_note *notes;            /* the tokens encounter.c's walk noted for the rules that
                                  read them later (notes.h), in token order */
    size_t nnotes, notes_cap;
    size_t notes_at[EV_NOTE_KINDS];   /* a reader's cursor in notes (support_verbs.c, visit_nouns.c) */
    int noted;                 /* whether encounter.c's walk noted them in this document */
    int notice_read;           /* exec_notice.c: whether notice_end was read in this document */
    uint32_t notice_end;       /* exec_notice.c: the token after an execution notice's last
                                  phrase, 0 if the article is no notice */
};

void ev_doc_free(struct ev_doc *d);
/* Frees the names of descriptions taken as actors (groups.c) and their array. */
void ev_groups_free(struct ev_doc *x);
/* Puts dates, quotes and events read back from a store into doc (attached to their text:
 * doc_attach) as if rasd_extract had found them, strings copied, so that rasd show writes them
 * with ev_stage's JSON, the same code as rasd analyze. */
rasd_status ev_doc_restore(rasd_doc *doc, const rasd_date *dates, size_t nd,
                           const rasd_quote *quotes, size_t nq, const rasd_event *events,
                           size_t ne);
/* Forgets the dates, quotes and events of the previous analysis (rasd_analyze calls it). */
void ev_doc_reset(struct ev_doc *d);
/* Appends "dates": [...] and "quotes": [...] to b (rasd_doc_json). */
void ev_dates_json(const rasd_doc *doc, rbuf *b, rasd_status *rc);
void ev_quotes_json(const rasd_doc *doc, rbuf *b, rasd_status *rc);

/* Finds the quotes of doc (after its dates; s scans its tokens). */
rasd_status ev_find_quotes(const rasd_engine *e, rasd_doc *doc, ev_scan *s);
/* Finds the events of doc (after its dates and quotes). */
rasd_status ev_find_events(const rasd_engine *e, rasd_doc *doc, ev_scan *s);
void ev_events_json(const rasd_doc *doc, rbuf *b, rasd_status *rc);
/* An event's id (rasd_event.id) into out: 16 hex digits of the hash of its CAMEO root (the
 * first two digits of cameo; the whole code of a visit or a reception, 042 and 043, which
 * are no meeting's repeat: seedev), its date and its n actors' entity ids (in any order:
 * they are sorted). The store computes the ids of neighbouring days with it
 * (src/store/event_list.c). */
void ev_event_id(const char *cameo, const char *date, const char *const *actors, size_t n,
                 char out[17]);
/* The date of event ev (its trigger set; event_when.c): the nearest date of its sentence
 * [s, e) before byte content (where what it is about starts; UINT32_MAX: nowhere), after
 * the article's anchor only when may_future (its words allow an event to come); else the
 * article's date, not stated. Sets ev->date and ev->dated, and ev->planned when the date is
 * after the anchor. */
void ev_event_date(const rasd_doc *doc, uint32_t s, uint32_t e, int may_future, uint32_t content,
                   rasd_event *ev);
/* Whether a comma stands between the event's word and date d (another clause; event_when.c,
 * weeks.c). */
int ev_comma_between(const rasd_doc *doc, const rasd_event *ev, const rasd_date *d);
/* weeks.c (dates44): where the dates of an event said in a speech's topic are looked for:
 * the topic's start when the event's word is in it and a date of the topic may be the
 * event's, else s. */
uint32_t ev_topic_start(const rasd_doc *doc, uint32_t s, uint32_t e, int may_future,
                        uint32_t content, const rasd_event *ev);
/* weeks.c: -1 (1) when the date nearest the event's word is a period before (after) the
 * article's that does not hold its day (a week, season, year …): the event has no date;
 * 0 otherwise. */
int ev_period_only(const rasd_doc *doc, uint32_t s, uint32_t e, int may_future,
                   uint32_t content, const rasd_event *ev);
/* weeks.c (reldays46): a day after the event's word in its clause, past the usual reach
 * (long titles before the day), or NULL. */
/* The values of data/events.tsv "pastmark", words that tell an event told before the
 * article's day: 1-7 told_before.c's (hist50, hist68), 8-12 since_when.c's (camp70), 13-14 a
 * relative + تم/جرى before the event's word (hist69, told_before.c). */
enum ev_pastmark {
    PAST_SABAQ = 1, PAST_QAD = 2, PAST_KANA = 3, PAST_THEN = 4, PAST_AFTER = 5, PAST_PREP = 6,
    PAST_TODAY = 7, PAST_SINCE = 8, PAST_SPAN = 9, PAST_FIRST = 10, PAST_CLAUSE = 11,
    PAST_REPEAT = 12, PAST_REL = 13, PAST_DONE = 14
};
/* The "pastmark" value of the phrase at token k (its length in *n), 0 if none or k is past the
 * scan's end (told_before.c). */
int ev_pastmark_at(ev_scan *s, size_t k, size_t *n);
/* Whether the event's noun has a pronoun and الأخيرة after it (told_before.c). */
int ev_last_time(const rasd_doc *doc, const rasd_event *ev);
/* Whether سبق أن, or كان … قد, stands before the event's word in its clause (told_before.c). */
int ev_told_before(const rasd_doc *doc, const rasd_event *ev);
/* Whether event ev is told in a background clause (hist68: a then-word in its sentence,
 * بعدما/بعد أن before its word, a clause opening وكان without قد): no date of the article's. */
int ev_told_background(const rasd_doc *doc, const rasd_event *ev);
/* Whether «منذ» + a date or a period before the article's week stands by event ev's word in its
 * sentence, before byte content (camp70): a campaign's span, no date of the article's
 * (since_when.c). */
int ev_told_since(const rasd_doc *doc, const rasd_event *ev, uint32_t content);
const rasd_date *ev_far_day(const rasd_doc *doc, uint32_t s, uint32_t e, int may_future,
                            uint32_t content, const rasd_event *ev);
/* Whether the ISO date d is of a year `years` or more before the article's (0 when the
 * article has no date): history, not news (encounter.c, ground.c). */
int ev_years_before(const rasd_doc *doc, const char *d, int years);
/* Whether a word of data/events.tsv "deny" stands within a few tokens before token i, in its
 * clause, t0 its sentence's first token (نفى أن يكون التقى: no event). */
int ev_denied(ev_scan *s, size_t t0, size_t i);
/* Whether the event whose word is tokens [i, i + n) of the sentence [t0, t1) is planned or
 * announced by its words ("plan" of data/events.tsv: سيلتقي، من المقرر أن يزور، المرتقبة). */
int ev_planned_by_words(ev_scan *s, size_t t0, size_t t1, size_t i, size_t n, int said);
/* before_span.c: whether the word at token i follows «قبل <a count of days, months or years> من»
 * in its clause (t0): قبل ثلاثة أشهر من زيارة, to come as seen from the sentence. */
int ev_before_span(ev_scan *s, size_t t0, size_t i);
/* status_merge.c: the status of event o once its later mention ev is folded into it. */
int ev_fold_status(const rasd_event *o, const rasd_event *ev);
/* fold_copy.c: whether ev, a later mention folded into o, may give o its place (not a fight's or
 * an assault's from another sentence). */
int ev_fold_gives_place(const rasd_event *o, const rasd_event *ev);
/* status_merge.c: whether date d is set off by commas (، أمس،). */
int ev_date_set_off(const rasd_doc *doc, const rasd_date *d);
/* Adds ev (its word at token i, its place place, NULL: none) to x's events with its id,
 * unless it repeats one of the article (same CAMEO root, the whole code for 04x, and actors;
 * visits to other places are others), which then takes what it lacked: a stated date, a
 * place said closer, the status occurred. */
rasd_status ev_add_event(struct ev_doc *x, size_t i, const rasd_entity *place, rasd_event *ev);
/* ground_subject.c: whether ev, an event of the article, absorbs no later one (repeats) */
int ev_kept_apart(const struct ev_doc *x, const rasd_event *ev);
/* ground_place.c: whether ev, being added, and the earlier o are kept apart because one of
 * them is a place taken and the other is not at that place. */
int ev_taken_apart(const struct ev_doc *x, const rasd_event *o, const rasd_event *ev);
/* Recomputes ev->id after its date changed (event_when.c). */
void ev_event_rehash(rasd_event *ev);
/* A planned event dated before its article: the date is the telling's (a future: the
 * sentence's date to come, else none) or the present is one of narration (occurred);
 * plan_date.c, run once the article's events are found (events41). */
void ev_plan_dates(const rasd_doc *doc, ev_scan *s, struct ev_doc *x);
/* An event's day told in another sentence, and غداة/عشية: adjacent_dates.c (dates47), run
 * after ev_plan_dates. */
void ev_adjacent_dates(const rasd_doc *doc, const ev_scan *s, struct ev_doc *x);
/* A passive accusation (اتُّهم بـ): no accuser is said, the actors the active's reading gave
 * are dropped; doers.c, run once the article's events are found (events41). */
void ev_passive_accusations(const rasd_doc *doc, ev_scan *s, struct ev_doc *x);
/* An accusation whose accuser is a prosecutor or a court (aguard judicial): a charge, dropped;
 * judicial.c (acc73), run after ev_passive_accusations. */
void ev_drop_judicial(ev_scan *s, struct ev_doc *x);
/* Whether x holds an event of type `type` in the sentence starting at byte s whose word starts
 * in bytes [a, b): the event a form would add is told already (encounter.c, ground.c). */
int ev_told_at(const struct ev_doc *x, uint32_t s, const char *type, uint32_t a, uint32_t b);
/* The CAMEO code of an event type ("meet" → "040"), NULL for a name that is none. */
const char *ev_type_cameo(const char *type);

#endif
