/* quotes.h — internal to quotes.c (marks, content, the stage) and speakers.c (who speaks):
 * their limits, the state of one document's pass, and what each file gives the other. */
#ifndef RASD_EVENTS_QUOTES_H
#define RASD_EVENTS_QUOTES_H

#include "events/ev.h"
#include "entities/ent.h"

#include <stdint.h>

/* Limits, in tokens. They were set by hand with the commits that introduced them (6086cf1,
 * 39adec9) on the seed articles (tests/test_quotes.c) and the development sample of
 * docs/EVENTS.md "Quotes" (SaudiNewsNet, seed 1), then checked once on the held-out sample
 * (seed 2): a name or a mark farther off was, in those samples, no longer the quote's. */
enum {
    SUBJECT_WORDS = 6,         /* the speaker's name starts within this many tokens of the cue
                                  (docs/EVENTS.md: "within six words"; a title or two between:
                                  قال وزير الخارجية الروسي سيرغي لافروف) */
    VIA_WORDS = 10,            /* عن after a VIA cue, within this many tokens: the quoting body
                                  and where it quoted (ونقل حساب الاتحاد الكويتي على موقع تويتر
                                  عن; quotes26) */
    WINDOW = 30,               /* tokens between a cue and its content, at most: the subject and
                                  its adjuncts (قال بوتين في مؤتمر صحفي في … إن) */
    DESCRIPTION = 6,           /* tokens of an unnamed source's description, at most (مسؤول في
                                  البيت الأبيض، مصدر في مكتب كاميرون) */
    APPOSITION = 4,            /* tokens between a title's complement and the name after it
                                  (docs/EVENTS.md: "a person named within four words after it":
                                  مساعدة الرئيس الإيراني للشؤون القانونية إلهام أمين زادة) */
    MIN_WORDS = 3,             /* words of a quoted passage (fewer: a name or a scare quote) */
    NESTED_WORDS = 3,          /* words of a short quote inside an open one ("… دمرنا "داعش".
                                  هذا …"): a name, not a passage (MIN_WORDS) */
    PAIR_GAP = 3,              /* a quoted passage is a cue's when at most two punctuation
                                  tokens stand between its closing mark and the cue (» ، قال) */
    TITLE_WORDS = 16,          /* a subject's titles before its name, when only words and
                                  commas stand there (issue 16: أكد وكيل وزارة المياه والكهرباء
                                  لشؤون الكهرباء، رئيس مجلس إدارة الشركة السعودية للكهرباء،
                                  الدكتور صالح بن حسين العواجي: 15 tokens) */
    COORDINATED = 4,           /* other people coordinated with a subject (قال سعيد الحربي
                                  وجمال عسيري وعبيد الجهني وأسعد نقادي: 3) */
    FRONT = 2,                 /* tokens before a subject at its sentence's start, at most: a
                                  particle and a title (وكان الرئيس بوتين قد أكد) */
    FRONT_GAP = 20,            /* tokens between a subject before its verb and the verb (an
                                  apposition and a relative clause: المهندس فواز … الذي تسلم
                                  الجائزة، عبر عن سعادته: 14) */
    RELATIVE_GAP = 1,          /* tokens between a speech's owner and التي (تصريحات خامنئي
                                  التي: 0; خطاب الرئيس الأخير الذي: 1) */
    LONGEST_MENTION = 64,      /* tokens of an entity mention, at most (a title with its
                                  complements: TITLE_WORDS and a name) */
    COMP_GAP = 14,             /* tokens between the subject and a nominal complement's
                                  preposition or noun (أفادت مصادر شبكة “سكاي نيوز عربية” في
                                  اليمن، بمقتل …: 9; توقعت الرئاسة … في تقريرها عن حالة الطقس
                                  لهذا اليوم ـ بمشيئة الله تعالى ـ هطولا: 13) */
    PRAY_WORDS = 4,            /* words between God and the أن of a prayer, at most (ودعا
                                  المهندس …، الله عز وجل، أن يحقق: 3 and two commas) */
    TITLE_QUOTED = 6,          /* words of a quoted name or title with a reporting word in it
                                  (زاوية "سبق تقول للمسؤول": 3) */
    WHAT_GAP = 16,             /* tokens between ما قاله and its content, at most (ما قاله
                                  نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن
                                  نايف … وزير الداخلية :: 16; farther, the colon is another
                                  verb's: يكرر ما قاله الوزير، مما دفعني … وأقول له فيها:) */
    ASKED_GAP = 24,            /* tokens between a question's topic word and its bare verb
                                  (وعن مدى صحة الأخبار التي تتداول بأن اتحاد القدم سيرفع
                                  الإيقاف عن اللاعبين الموقوفين ومشاركتهم في مباراة السوبر
                                  قال: 18) */
    ASKED_AFTER = 12,          /* tokens after such a verb where scripture makes it a
                                  narration (وعن ابن عباس قال: قال رسول الله صلى: 4; وعن عمر
                                  بن الخطاب … قال: «إنه سمع من رسول الله صلى: 9) */
    FIGURE_GAP = 4,            /* words between a figure of speech and its verb (لسان حال
                                  الشارع الخليجي يقول: 2) */
    BETWEEN_WORDS = 8,         /* words back from وبين to a بين that makes it "and between"
                                  (يفرق بين أهل الحق والحقيقة الحقيقية وبين: 5) */
};

/* The bits of a nominal complement (data/quotes.tsv "comp", "cprep"). COMP_OBJ: a noun of
 * "cnoun" of value 1 (what is condemned: الحادث، الهجوم) after the subject, as COMP_NOUN is
 * one of value 0; no other cue takes them (أدان، استنكر، ندد ب; not وزارة العمل for أعلنت). */
enum { COMP_ALA = 1, COMP_ILA = 2, COMP_AN = 4, COMP_BI = 8, COMP_MIN = 16, COMP_NOUN = 32,
       COMP_OBJ = 64, COMP_FORECAST = 128, SUBJ_AFTER_VERB = 256, COMP_BIANY = 512,
       COMP_OFFER = 1024 };
/* COMP_OFFER (rep70, stop 59): a light verb whose complement is a statement it offers, a
 * word of "aguard offered" after its subject (وقدم الرئيس هادي … شرحا عن، قدمت الأمانة
 * اعتذارها): قدم offers much else (دعما، عرضا، استقالته), so only those words. */
/* COMP_BIANY (cue67, stop 57): a verb whose complement is any noun after ب, a verbal noun
 * that no "cnoun" lists (أوصى … بتوفير، تعهد … بعودة): a word of ب and three letters or more,
 * not a name, a date or a word of "aguard bi_not_object" (بسبب، بشأن، بحضور). */
/* SUBJ_AFTER_VERB (no complement's bit; qt_unnamed's bits only): the body's words are the
 * subject right after its verb (وأضاف التقرير الذي حصلت …), whose description ends before a
 * relative clause that names no maker (sources.c relative_end); a subject before its verb
 * must reach the verb and keeps its clause (spk66, stop 56). */
/* COMP_FORECAST: a verb of forecasting (توقع) whose object may also be a noun of the list
 * "aguard forecast_object" (a figure's change or an outcome: انخفاضا، نمو، بيع، إقبال، بقاء;
 * rec63), which no other verb takes (not أكد بيع). */
/* quotes.c: whether token k is a noun of "aguard forecast_object" and bits (a cue's "comp")
 * has COMP_FORECAST: it opens the complement, so it also ends the subject before it. */
int qt_forecast_noun(ev_scan *s, size_t k, int bits);
/* The value of a noun of "cnoun" that only a cue with COMP_OBJ takes; CNOUN_ACT: an act
 * announced or expected (تأجيل، تعيين), one only where the subject or a comma, date or mark
 * ends before it (act_noun.c). */
enum { CNOUN_OBJ = 1, CNOUN_ACT = 2 };
/* A cue's value (data/quotes.tsv "cue"): its gender and number (GENDER bits), plus STRICT
 * for a verb that reports only with its complement's preposition and a noun of "cnoun" right
 * after it (وعبر المتظاهرون عن رفضهم; عبر alone is "via": عبر الحدود، عبر حسابه), plus COLON
 * for one that reports only what a colon or a quote mark opens (وزاد: «…»، علق علي سعيد: "…";
 * وزاد alone is "increased"). */
enum { GENDER = 3, STRICT = 4, COLON = 8, VIA = 16, NAMED = 32, AFTER = 64, WRITTEN = 128,
       OWN = 256, COMPONLY = 512 };
/* COMPONLY (cue67, stop 57): a verb that reports only its nominal complement (تحدث عن،
 * تطرق إلى، أوصى ب، اعتذر عن): none found in its clause, or the verb negated (ولم يتطرق،
 * ألا يتحدث), it says nothing; never a that-clause further on (… حيث إن). */
/* OWN (with NAMED): a verb whose present tense is also a passive (يُعتقد أن، ويُتوقع أن، يُعتبر
 * من: "it is believed, expected, considered"): it reports only with a subject of its own,
 * never the last speaker carried over a و or ف (quotes22). */
/* WRITTEN (with COLON): a verb of writing, whose content only a colon opens, not a quote mark
 * alone (كتب روايته الأولى «…»، كتب سيناريو فيلم "…": a title), and not after a preposition
 * (وورد في كتب التاريخ: «…»: the plural noun "books"; quotes21). */
/* AFTER: a verb that reports only right after a word of data/events.tsv "subject" 1 (من
 * جهته، من جانبه، بدوره), a comma at most between (من جهته، بين المواطن … أن; bare بين is
 * "between"). */
/* VIA: a verb whose speaker follows عن (نقلت الصحيفة عن مصادر عسكرية أن …: the sources).
 * NAMED: a verb of opinion or wish that reports only when its speaker is found (ويرى المحللون
 * أن، رجح مصدر أن; not لا يرى بأسا أن، ورجحت الخبرة … أن، ما تمنت … قبل أن). */
/* The values of data/quotes.tsv "source": an unnamed source (0), the one named before
 * (المصدر نفسه: 1), a poet, whose verse is no statement (يقول الشاعر: 2), the verb's object
 * before its subject (أوضح ذلك مدير …: 3), a time word before the subject (أوضح ذلك اليوم
 * مدير …: 4), both passed over. */
enum { SOURCE_UNNAMED = 0, SOURCE_SAME = 1, SOURCE_VERSE = 2, SOURCE_OBJECT = 3, SOURCE_WHEN = 4,
       SOURCE_TOPIC = 5, SOURCE_PARTIES = 6, SOURCE_ACCORDING = 7, SOURCE_FIGURE = 8,
       SOURCE_ASKED = 9, SOURCE_NARRATOR = 10, SOURCE_LATELY = 11 };
/* SOURCE_LATELY: an adverb of time (سابقا، مؤخرا) passed over before a subject that follows
 * it (أعلنت سابقا المتحدثة باسم …), but no adjunct alone: قالت سابقا إنها names nobody
 * and carries no one (quotes23). */
/* SOURCE_ASKED: what an interviewer asked about, put before a bare verb (وعن قضية
 * الأوروغوياني مورا قال:، وحول إصابة المهاجم نايف هزازي قال:): carried.c qt_asked; not after
 * SOURCE_NARRATOR, a hadith's narrator (وعن أبي هريرة رضي الله عنه قال). */
/* SOURCE_FIGURE: a figure of speech that "says" (لسان حال الشارع يقول: the author's words,
 * nobody's statement): a reporting word with one in the FIGURE_GAP words before it is none. */
/* SOURCE_ACCORDING: the words that put a report before its verb (… ، حسبما نقلت وكالة
 * الأنباء الألمانية; بحسب ما، وفقا لما): what the sentence said before them is the quote. */
/* SOURCE_PARTIES: the two sides of talks or a joint statement (وأكد الجانبان، الطرفان،
 * البلدان): the last two the article named together (sources.c qt_parties). */

/* data/quotes.tsv "behalf" 1: a verb of telling, whose object (the one told) may stand before
 * its subject (أبلغ "الاقتصادية" مصدر مسؤول); "stop" 1: بقوله, after which the words no list
 * names before it are the verb's object (ذكر عبارة مخالفة بقوله:); "stop" 2: a noun that,
 * first after the verb, is its object (وأكد مدى الاستفادة) (objects.c, quotes18). */
/* "behalf" 2: a verb of appeal, whose object (the one appealed to) may follow it with no
 * subject (ودعا المواطنين إلى; speakers.c appeal_addressee, quotes20). */
/* "stop" 3: a word right before a colon that makes what it opens a title, not words said
 * (كتب مقالا بعنوان: «…»; quotes.c colon_ok, quotes21). */
enum { BEHALF_TOLD = 1, BEHALF_APPEAL = 2, STOP_SAYING = 1, STOP_OBJECT = 2, STOP_TITLE = 3 };

typedef struct qpair {
    uint32_t open, close;      /* tokens: the marks (close == open of nothing: see end) */
    uint32_t start, end;       /* bytes of the passage inside the marks */
    int claimed;
} qpair;

typedef struct speaker {
    const char *id, *name;     /* name NULL: no speaker */
    uint32_t start, end;
    size_t desc;               /* an unnamed source: 1 + offset of its description in names */
    int gender;                /* of the verb that named them (quotes.tsv: 1 m, 2 f, 3 pl; 0) */
    const rasd_entity *with;   /* the other side, for two parties speaking together (البلدان):
                                  a quote of its own, the same words */
} speaker;

/* A reporting word at token i, n tokens: part a participle; cut: it carried و or ف; gender
 * its form's (quotes.tsv). */
typedef struct qcue {
    size_t i, n;
    int part, cut, gender, strict, colon, via, named, after, written, own, componly;
} qcue;

typedef struct qctx {
    const rasd_engine *e;
    ev_scan *s;
    const rasd_doc *doc;
    struct ev_doc *x;
    const rasd_entity *en;
    size_t ne;
    uint32_t *sent_end;        /* per token: the first token after its sentence */
    qpair *pairs;
    size_t npairs;
    speaker last;
    uint32_t last_sent;        /* the sentence (its end token) whose verb named last */
    uint32_t last_end;         /* the token after the statement that last spoke */
    rasd_status rc;
    int part_subject;          /* the participle just read took its sentence's subject, a
                                  person named first after its verb: it speaks on */
    const char *how, *sub;     /* the mechanism that chose the speaker (QT_HOW) and the one
                                  qt_continued() took: printed by a -DQT_TRACE build */
    int described, last_np;    /* the speaker just chose is words no list names
                                  (qt_described); so is the last speaker: a bare verb goes on
                                  with them only with و or ف or at its sentence's start */
    int supposed;              /* reading a saying supposed, to be dropped (quotes.c) */
} qctx;

/* Tags the mechanism that chose a speaker (tools/quote_mechanisms.py reads a -DQT_TRACE
 * build's trace: docs/EVENTS.md "Quotes: unseen5 opened"); a trailing + means qt_continued()
 * decided, q->sub says how. */
#define QT_HOW(q, tag) ((q)->how = (tag))
#define QT_SUB(q, tag) ((q)->sub = (tag))

/* The values of data/quotes.tsv "honor": a pronoun that is the subject (سموه، معاليه), an
 * honorific before a title (معالي وزير الخارجية), a speech the sentence's subject gave (أكد
 * فيها). */
enum { HONOR_PRONOUN = 0, HONOR_TITLE = 1, HONOR_INWHICH = 2 };

/* Where fronted() and fronted_body() look: after إن/أن, after the sentence's first word, and
 * (with FRONT_THAT, for a subject right before its verb) after لكن، بينما، فيما. */
enum { FRONT_THAT = 1, FRONT_VERB = 2, FRONT_PART = 4, FRONT_LONG = 8, FRONT_PLACE = 16 };
/* FRONT_PLACE: for a feminine verb, a place counts as well (تونس التي …، أعلنت: a country is
 * feminine; bench/attr60/rule_1.md). */
/* FRONT_LONG: for a verb with و or ف, the sentence's subject, a person, however far before it
 * when no other person is named between (FRONT_GAP otherwise). */
/* continued.c: the subject a verb at token i with none after it has before it (SVO), where
 * mode (FRONT_ bits) says; NULL if none. */
const rasd_entity *qt_fronted(const qctx *q, size_t i, int mode);

/* quotes.c: the first token after the sentence of token i (the end of the text past it);
 * whether token i is part of an entity mention (بان كي مون: not بأن). marks.c: whether
 * token i is a comma (, or ،), a quote mark, inside a pair of quote marks. */
/* carried.c: the person a title speaking with no name of its own (tokens [a, e)) names,
 * as the sentence before cue i or i's own gave it to them (quotes21). */
const rasd_entity *qt_titled_before(const qctx *q, size_t a, size_t e, size_t i);
/* opening_subject.c: a bare cue c with و or ف that nobody's speaker carries takes the named
 * subject (a person or organisation after title words only) of the no-cue verb opening its
 * sentence or the one before (attr62's rule 1); whether it did, sp then that subject. */
int qt_opening_subject(qctx *q, const qcue *c, speaker *sp);
/* A participle cue with no speaker: the subject of its sentence's opening verb (named, or a
 * people_head noun with its genitive; opening_subject.c). */
int qt_opening_part(qctx *q, const qcue *c, speaker *sp);
/* The first token after token i's sentence (q->sent_end); inline: the rules ask it some
 * 400,000 times a 400-article run (cost71). */
static inline size_t qt_send(const qctx *q, size_t i)
{
    return i < q->s->nt ? q->sent_end[i] : q->s->nt;
}
int qt_comma(const qctx *q, size_t i);
int qt_mark(const qctx *q, size_t i);     /* a quote mark */
int qt_in_pair(const qctx *q, size_t i);
/* marks.c: the quote marks of the text paired (q->pairs); whether pair p was closed by a
 * mark (not a line break); the pair opening at token i, or the last one closing before it;
 * the words in tokens [a, b). */
void qt_pair_marks(qctx *q);                                  /* pairing.c */
/* marks.c: whether token i is a quote mark, which may open and which may close by its glyph;
 * pair open–close kept when it holds a passage (bytes to end). pairing.c: whether a
 * paragraph ends before token i. */
int qt_mark_kind(const qctx *q, size_t i, int *can_open, int *can_close);
void qt_add_pair(qctx *q, size_t open, size_t close, uint32_t end);
int qt_para_break(const qctx *q, size_t i);
int qt_closed_by_mark(const qctx *q, const qpair *p);
qpair *qt_pair_at(qctx *q, size_t i);
qpair *qt_pair_before(qctx *q, size_t i);
qpair *qt_work_title_at(qctx *q, size_t i);   /* a work's title opens at i (err62) */
size_t qt_words_in(const qctx *q, size_t a, size_t b);
/* marks.c: whether pair p is an organisation's name in the title of the subject of the cue
 * whose next token is a (المدير العام لـ«شركة …»،): no passage of the cue's. */
#define TITLE_NAME_WORDS 6
int qt_title_org_pair(const qctx *q, const qpair *p, size_t a);
int qt_in_entity(const qctx *q, size_t i);
/* comp_only.c (cue67): whether token j is ب on a word that opens a COMP_BIANY complement
 * (bits: the cue's "comp"; it also ends the subject before it: أوصت اللجنة بطبع); whether a
 * negation or a word that makes it a noun stands right before cue c (ولم يوص، بعد تعهد);
 * whether COMPONLY cue c has its complement and is not negated. */
int qt_bi_opens(const qctx *q, size_t j, int bits);
/* quotes.c: whether token j opens the nominal complement of comp bits (a preposition of
 * "cprep", ب on a noun, a noun of "cnoun"; never inside a name). */
int qt_comp_opens(const qctx *q, size_t j, int bits);
int qt_comp_negated(qctx *q, const qcue *c);
int qt_comp_only_ok(qctx *q, const qcue *c);
/* comp_only.c (rep70): whether the cue at token i offers its statement ("comp" with
 * COMP_OFFER: قدم … شرحا): its speaker is no one the next verbs go on with. */
int qt_offered(const qctx *q, size_t i);
/* comp_only.c (cost70): whether COMPONLY cue c offers and no offered word is in its reach. */
int qt_offer_hopeless(qctx *q, const qcue *c);
const rasd_entity *qt_entity_at(const qctx *q, size_t i);   /* the mention holding i */
/* quotes.c: whether token j is written علي (the name Ali, dotted ي), which the normalised
 * على does not tell from the preposition. */
int qt_ali(const qctx *q, size_t j);
/* speakers.c: whether token i is part of a date (قال الأسبوع الماضي). */
int qt_in_date(const qctx *q, size_t i);
/* quotes.c: the first mention that starts at token tok or after (mentions are in text order:
 * a search, not a scan). */
size_t qt_ent_from(const qctx *q, size_t tok);
/* chaired_subject.c (rep72): whether mention en after token a follows برئاسة, the chair of the
 * body before it; the token after برئاسة and its chair's name when they follow token j. */
int qt_chaired_by(const qctx *q, const rasd_entity *en, size_t a);
size_t qt_past_chair(const qctx *q, size_t j, size_t end);

/* sources.c: whether STRICT cue c has its complement (وعبر المتظاهرون عن رفضهم; not عبر
 * الحدود). */
int qt_strict_ok(qctx *q, const qcue *c);
int qt_viewed(const qctx *q, const qcue *c, size_t a, size_t b);   /* objects.c */
int qt_greeted(const qctx *q, size_t i);   /* bless.c */
/* speakers.c: whether a reporting verb that is not STRICT starts at token i (its length in
 * *n); the subject of cue c, its window from token a to b (exclusive); the last speaker going
 * on with a reporting word at token i that names nobody (verb: 1 a verb, 2 one with و or ف,
 * 0 a participle); the speaker of participle c. */
int qt_plain_cue(const qctx *q, size_t i, size_t *n);
int qt_named_clause(const qctx *q, size_t i, size_t *n);   /* new_clause.c */
size_t qt_comma_particle(const qctx *q, size_t i);          /* clause_particle.c */
int qt_own_subject(const qctx *q, size_t i, size_t n);      /* clause_particle.c */
size_t qt_turn_clause(const qctx *q, size_t i);            /* clause_particle.c */
size_t qt_contrast_clause(const qctx *q, size_t i);        /* clause_particle.c */
int qt_title_named_at(const qctx *q, size_t k, size_t b);   /* title_name.c */
size_t qt_aside_len(const qctx *q, size_t j, size_t end);   /* aside.c */
int qt_nisba_before_name(const qctx *q, const rasd_entity *en);
/* speakers.c: whether a mention can be a subject: not one spoken to (لكاميرون، بالرئيس) and
 * not a word of one or two letters (تقول لي). */
int qt_can_speak(const qctx *q, const rasd_entity *en);
/* speakers.c: whether a person's mention is a thing's namesake (لواء الامير تركي …): no
 * speaker carried from before. */
int qt_namesake(const qctx *q, const rasd_entity *en);
/* speakers.c: whether token a is the verb's object before its subject (data/quotes.tsv
 * "source" 3: أوضح ذلك مدير …). */
int qt_object(const qctx *q, size_t a);
speaker qt_subject(qctx *q, const qcue *c, size_t a, size_t b);
/* as_said.c: whether cue c is a verb said as an aside after كما (…، كما قال X.; …، كما يقول X،
 * …): its quote's tokens [*first, *last) and the comma or sentence end that closes its subject
 * (*sp_end); whether speaker sp, found between them, leaves only a preposition's phrase or a
 * date after its name (no object of an "also" verb). */
int qt_as_said(qctx *q, const qcue *c, size_t *first, size_t *last, size_t *sp_end);
int qt_as_said_tail(const qctx *q, const qcue *c, const speaker *sp, size_t sp_end);
/* speech.c: the speaker a relative pronoun right before cue c names (sp; 0: none there);
 * the speaker of cue c followed by فيها/فيه/خلاله (data/quotes.tsv "honor" 2). */
int qt_relative_owner(qctx *q, const qcue *c, speaker *sp);
/* quotes.c: where cue c's nominal complement starts after the subject sp named (the
 * sentence's end for none); relative_comp.c (frame67): where the complement of a cue right
 * after a relative pronoun opens, with the relative's owner as subject, 0 for none. */
size_t qt_comp_start(qctx *q, const qcue *c, const speaker *sp);
size_t qt_relative_comp(qctx *q, const qcue *c);
/* relative_speaker.c: the antecedent of a relative pronoun before cue c whose window [a, b) holds
 * only adjuncts, dates or an addressee (بلاتر الذي أعلن في يونيو الماضي أنه): sp, 0 for none. */
int qt_relative_adjunct(qctx *q, const qcue *c, size_t a, size_t b, speaker *sp);
/* relative_speaker.c: whether token i is a relative pronoun of data/events.tsv "relative" 1,
 * bare (الذي) or singular after the connective و (والذي أوضح, attr63), never after ف ب ك ل. */
int qt_relative_at(const qctx *q, size_t i);
/* relative_speaker.c: j - 1 when كان/كانت in cue c's gender stands before the قد at token j (X كان قد
 * أعلن), else j. */
size_t qt_past_copula(const qctx *q, const qcue *c, size_t j);
speaker qt_inwhich(qctx *q, const qcue *c);
/* speakers.c, for names.c: whether token i is spoken to (لفخامة …); whether a mention is a
 * title the recogniser resolved; the first token of token i's sentence; sp set to mention en
 * named at bytes [start, end). */
int qt_addressed(const qctx *q, size_t i);
int qt_title_mention(const rasd_entity *en);
size_t qt_sent_start(const qctx *q, size_t i);
void qt_speaker_is(speaker *sp, const rasd_entity *en, uint32_t start, uint32_t end);
/* memory.c: a person the article named in full before token i whom the words at token j
 * name again (*m their length in tokens), or NULL; the person a title at tokens [a, b)
 * stood with, remembered (the title's first two words, or three) and recalled later. */
const rasd_entity *qt_named_again(qctx *q, size_t j, size_t i, size_t *m);
void qt_remember_title(qctx *q, size_t a, size_t b, const rasd_entity *en, const speaker *sp,
                       size_t words);
int qt_recall_title(qctx *q, size_t a, size_t b, speaker *sp);
/* sources.c: sp set to the text's words [start, end) with no entity (a description). */
void qt_speaker_words(qctx *q, speaker *sp, uint32_t start, uint32_t end);
/* counted.c: a percentage opening the words [a, b) after a cue (وقال 27٪ منهم إنهم) as
 * sp's text, 1; else 0. */
int qt_counted(qctx *q, size_t a, size_t b, speaker *sp);
/* counted.c: whether sp is such a counted group (a text speaker that opens with a
 * percentage): no one who goes on. */
int qt_is_counted(const qctx *q, const speaker *sp);
/* names.c: whether tokens [a, b) after a verb hold no subject (commas, dates, time words)
 * or only its adjuncts (وأضاف في بيانها); a name the recogniser missed before a title (sp,
 * a description); whether token j is the last word of such a name that spoke last (or j,
 * j + 1 the last two of any description: qt_last_two_words); the
 * person or description a long title chain names up to the verb's content (bits: its
 * complement's prepositions); the person a mention the recogniser ran on (كيري مازحا)
 * stands for, before token i (NULL: none). */
int qt_no_subject(const qctx *q, size_t a, size_t b);
int qt_adjuncts_only(const qctx *q, size_t a, size_t b);
int qt_addressee_only(const qctx *q, size_t a, size_t b);
int qt_name_before_title(qctx *q, size_t a, size_t b, speaker *sp);
int qt_last_surname(const qctx *q, size_t j);
/* names.c: whether tokens j, j + 1 are the last two words of the last speaker's description
 * (… متعب آل ثواب … وأوضح آل ثواب). */
int qt_last_two_words(const qctx *q, size_t j);
int qt_long_title(qctx *q, size_t a, size_t b, int bits, speaker *sp);
const rasd_entity *qt_split_name(qctx *q, const rasd_entity *en, size_t i);
/* qt_continued's verb: 0 a participle, 1 a verb, 2 one with و or ف; CONT_CARRY: a bare verb,
 * which may take the subject of a verb that is no cue before it (carried()); CONT_NOTOPIC:
 * one with only its addressee after it (وقال لـ"…":), which does not take the first person
 * the sentence before names (topic()). */
enum { CONT_CARRY = 4, CONT_NOTOPIC = 8 };
speaker qt_continued(qctx *q, size_t i, int gender, int verb);
/* speakers.c: whether token a is a title with the article and nothing else (المحافظ), or one
 * after و (والناقد: a second title of the same subject). */
int qt_title_word(const qctx *q, size_t a);
int qt_and_title_word(const qctx *q, size_t a);
/* carried.c: the subject of a verb that is no cue that a bare verb at token i (of gender
 * gender) goes on with, NULL for none. */
const rasd_entity *qt_carried(const qctx *q, size_t i, int gender);
speaker qt_topic(const qctx *q, size_t i, int gender);
size_t qt_asked(const qctx *q, size_t i);
int qt_governed(const qctx *q, const rasd_entity *en);   /* chain.c (quotes30) */
void qt_unbless(qctx *q, speaker *sp);                   /* bless.c (quotes31) */
int qt_blessed(const qctx *q, const speaker *sp);        /* bless.c (quotes31) */
void qt_cut_runon(qctx *q, speaker *sp);                 /* runon.c (quotes31) */
void qt_cut_adverb(qctx *q, speaker *sp);                /* adverb_cut.c (stop 42) */
/* named_as.c (quotes32): the name يدعى gives a described speaker */
void qt_named_as(qctx *q, speaker *sp, size_t cue, size_t ncue, uint32_t start);
/* body_carried.c (attrib50): a body's feminine verb going on (وشددت مديرية …، وحذرت) */
int qt_body_goes_on(qctx *q, size_t i, speaker *sp);
/* title_walk.c (follow49): a construct or a prepositional aside inside a subject's titles */
int qt_title_through(const qctx *q, size_t lo, size_t j);
int qt_comma_opener(const qctx *q, size_t lo, size_t p);
/* apposed_name.c (speak49): a described subject's name past an aside, before the statement;
 * whether token j is an office (data/events.tsv "lead" 0), whether the name at token p
 * may stand in apposition to what is before it, from token last on, whether tokens [a, b)
 * are in brackets, and the one person named after a description (both asides start from
 * it) */
void qt_apposed_name(qctx *q, speaker *sp, size_t a, size_t b);
int qt_is_office(qctx *q, size_t j);
int qt_apposition(qctx *q, size_t last, size_t p);
int qt_bracketed(const qctx *q, size_t a, size_t b);
const rasd_entity *qt_apposed_person(qctx *q, const speaker *sp, size_t a, size_t b, size_t *dp,
                                     size_t *lastp);
/* surname.c (attrc53): a bare verb's subject before it, a surname left untagged */
int qt_surname_fronted(qctx *q, const qcue *c, speaker *sp);
int qt_hamza_word(const qctx *q, size_t j);   /* ألقى: no article */
/* apposed_far.c (attr52): the same past a longer aside, after qt_apposed_name */
void qt_apposed_far(qctx *q, speaker *sp, size_t a, size_t b);
int qt_named_subject_governs(const qctx *q, const rasd_entity *subj, const rasd_entity *en);
int qt_side_opener(const qctx *q, size_t lo, size_t p);
/* names.c (quotes6): whether person mention en is a noun's adjectives the recogniser took for
 * a person (السفير البنغلاديشي، المسجد النبوي الشريف); the named speaker of the last quote
 * when tokens [a, i) of a participle's sentence hold an honorific subject (تحدث فضيلته عن …،
 * مؤكدا); the first person its sentence names for verb c with ف and no subject (… فقال:). */
int qt_adjectives(const qctx *q, const rasd_entity *en);
int qt_honorific_before(qctx *q, size_t a, size_t i, speaker *sp);
int qt_then_person(qctx *q, const qcue *c, speaker *sp);
/* names.c (quotes7): whether tokens [a, b) are a title in other words than the one the article
 * put right after the last speaker's name, with the same head and another word in common. */
int qt_last_title(const qctx *q, size_t a, size_t b);
speaker qt_participle_speaker(qctx *q, const qcue *c);
/* Whether cue c is followed by فيها/فيه/خلاله (data/quotes.tsv "honor" 2; speaker_noun.c). */
int qt_in_which(const qctx *q, const qcue *c);
/* The owner named right after a speech noun before cue c in its sentence (speaker_noun.c). */
int qt_noun_owner(qctx *q, const qcue *c, speaker *sp);
/* office.c (quotes33): an office or household before a person speaks (مكتب العبادي). */
int qt_office(qctx *q, size_t a, size_t b, speaker *sp);
/* office.c (quotes33): a lone title word given to a person before (وأضافت المتحدثة). */
int qt_title_again(qctx *q, size_t a, size_t b, size_t cue, speaker *sp);
/* title_nisba.c (title49): a title and a nisba for the one person given the title (الرئيس اليمني). */
int qt_title_nisba(qctx *q, size_t a, size_t b, size_t cue, speaker *sp);
/* body_anaphor.c (anaph50): the one organisation named before whose name starts with the definite
 * body noun at token a (المرصد: المرصد السوري لحقوق الإنسان). */
const rasd_entity *qt_body_definite(const qctx *q, size_t a);
/* doc_issuer.c: the issuer of the document the bare definite noun at token a names (وأورد
 * التقرير: الرئاسة العامة للأرصاد, given with تقريرها before), NULL when none. */
const rasd_entity *qt_doc_issuer(const qctx *q, size_t a);
/* addressee.c: the speaker sp subject_of gave cue c, unless it is the object of an appeal
 * that does not agree with the verb (كما دعا قيادة التمرد إلى؛ ودعوا المقاومة إلى): then the
 * one who goes on, or none. */
void qt_addressee(qctx *q, const qcue *c, speaker *sp);
/* occasion_subject.c (attr73): cuts a subject's window [a, *b) at an occasion phrase whose
 * pronoun refers back (خلال لقائه بالسفير); 1 when the phrase opened it (no subject left);
 * whether speaker sp is named inside [a, b) (from the phrase on), by its mention or its id. */
int qt_occasion_window(const qctx *q, size_t a, size_t *b);
int qt_in_occasion(const qctx *q, const speaker *sp, size_t a, size_t b);
/* body_anaphor.c: the bare definite body noun at token a for the body the article described in
 * full after a reporting verb before it (الهيئة: هيئة شؤون الأسرى والمحررين); 1 when found. */
int qt_body_described(qctx *q, size_t a, speaker *sp);
/* act_noun.c: whether a noun of "cnoun" 2 at token k stands too late to open the nominal
 * complement of a cue whose subject ends before token j. */
int qt_act_late(const qctx *q, size_t j, size_t k);
/* act_noun.c (rep72): whether the act noun at k is a contract cue c renews (جددت التعاقد). */
int qt_act_renewed(const qctx *q, const qcue *c, size_t k);
/* act_noun.c: whether token i may stand right before a nominal complement, the subject
 * ended: no word, a comma, a date, a named entity's token, a time word of "source". */
int qt_ends_subject(const qctx *q, size_t i);
size_t qt_act_end(const qctx *q, size_t k, size_t e);
/* own_noun.c (quotes34): whether token k, at or after the subject's end j, is a noun with
 * a pronoun agreeing with cue c (أعلن بلاتيني ترشحه) that opens its nominal complement. */
int qt_own_noun(const qctx *q, const qcue *c, const speaker *sp, size_t j, size_t k);
/* own_noun.c: whether token k is such a noun for cue c: its complement, a noun phrase, ends at
 * any reporting verb (… ترشحه … , وحتى الآن أعرب X عن). */
int qt_own_opens(const qctx *q, const qcue *c, size_t k);
/* describe.c (quotes35): where the object of a verb of describing opens, its description
 * with ب after it (وصف … خالد الأحمد مشاركة السعودية بالمميزة), at token j after the
 * subject; 0 for none. */
size_t qt_describe_start(const qctx *q, const qcue *c, const speaker *sp, size_t j);
/* describe.c: where such a statement from token k ends, within e: at the first comma after
 * its description before و or ف (… بالكاذب، ونشرت بيانا); e for any other cue. */
/* describe.c: a bare verb of describing ("own" 2) first in its clause, its object (no name,
 * number or ب word: not the passive's subject) and a ب description after it: *sp becomes the
 * last speaker going on (qt_continued); 1 when it did. */
int qt_describe_carried(qctx *q, const qcue *c, speaker *sp);
size_t qt_describe_end(const qctx *q, const qcue *c, size_t k, size_t e);
/* appeal_li.c (quotes35): whether token k is a word with لل (للوقوف، للتعاون); where a verb
 * of appeal's request with ل opens after its addressee from token j (وناشد جميع أبناء الأمة
 * … للوقوف), 0 for none. */
int qt_li_word(const qctx *q, size_t k);
size_t qt_appeal_li(const qctx *q, const qcue *c, const speaker *sp, size_t j);
/* estimate_cause.c (quotes52): where a verb of estimating or giving a cause (data/quotes.tsv "own" 4,
 * 5: قدر، برر، عزا) opens its object, with its ب or إلى after it; 0 for none */
size_t qt_cause_start(const qctx *q, const qcue *c, const speaker *sp, size_t j);
/* estimate_cause.c: a described speaker of such a verb ends before the object at token k (its
 * description ran on over it: وقدرت الوزارة عدد المنشآت) */
void qt_cause_clip(qctx *q, const qcue *c, speaker *sp, size_t k);
/* estimate_cause.c: whether cue c is such a verb: it reports by its object only, never a passage in
 * quote marks before it (“…”. ولقد قدرت ثروته: passive, no «…» قال X) */
int qt_cause_verb(const qctx *q, const qcue *c);
/* estimate_cause.c: whether such a verb has no ب or إلى after it in its sentence: no statement, and
 * no speaker looked for (the noun قدر، the name عزت) */
int qt_cause_none(const qctx *q, const qcue *c);
/* source_break.c (quotes53): whether token i, an unnamed source with و before a present verb
 * (والمصادر تتحدث عن), starts the next statement: the reported clause before it ends */
int qt_source_clause(const qctx *q, size_t i);
/* title_holder.c: the person named since the last statement after the same title as the bare
 * title at token a, subject of the verb at token i (mend53). */
int qt_title_holder(qctx *q, size_t a, size_t i, speaker *sp);
/* title_holder.c: whether the last speaker is an information noun's unnamed source (own 7). */
int qt_info_last(const qctx *q);
/* told_to.c: whether a cue's window [a, b) names nobody: an addressee alone (qt_addressee_only)
 * or an addressee and its adjuncts (وأكد لـ«الشرق الأوسط» في اتصال هاتفي أن). */
int qt_addressed_only(const qctx *q, size_t a, size_t b);

/* speakers.c, for sources.c: whether tokens [s0, a) are words that may stand before a
 * subject at its sentence's start (verb: the sentence's verb first too); whether the word
 * before token a is إن/أن or (part) a particle after which a subject comes first. */
int qt_front_words(const qctx *q, size_t s0, size_t a, int verb);
int qt_after_that(const qctx *q, size_t a, int part);
/* sources.c (split from speakers.c): an unnamed source, body or title at token a described
 * up to token limit in *sp (kind EK_SOURCE, EK_BODY or EK_LEAD; bits: the cue's complement
 * prepositions, which end it); the organisation a definite body noun at token a stands for,
 * named before token i; the body before a verb at token i with no subject after it (mode:
 * FRONT_*, at most gap tokens before); the body or organisation right after the verb that
 * starts participle c's sentence (from token s0). */
int qt_unnamed(qctx *q, size_t a, size_t limit, speaker *sp, int kind, int bits);
/* A subject no list names, by its words: the noun phrase right after cue c from token a up to
 * where it ends (sources.c; docs/EVENTS.md "Quotes: descriptions and bodies as speakers"). */
int qt_described(qctx *q, const qcue *c, size_t a, size_t b, speaker *sp, int bits);
const rasd_entity *qt_body_org(const qctx *q, size_t a, size_t i);
int qt_fronted_body(qctx *q, size_t i, speaker *sp, int mode, size_t gap);
int qt_sentence_body(qctx *q, const qcue *c, size_t s0, speaker *sp);
/* Participle c's own subject right after it, a definite body noun before أن/إن or a colon
 * («موضحة الوزارة أن»): sp set to it or the organisation it stands for (spk66). */
int qt_part_own_body(qctx *q, const qcue *c, speaker *sp);
/* speaker_np.c (quotes24): a participle that opens its sentence takes the first person the
 * sentence before names, when that sentence's verb named no speaker. */
int qt_part_opens_after(qctx *q, const qcue *c, size_t a, speaker *sp);
int qt_keeps_last(const qctx *q, const qcue *c, const speaker *sp);   /* keep_last.c */
/* named_last.c (attr57): an empty speaker after the last was asked: the one person named last. */
void qt_named_last(qctx *q, const qcue *c, speaker *sp);
/* title_named_earlier.c (title57): a title phrase for the person named earlier with it. */
void qt_title_named_earlier(qctx *q, speaker *sp);
/* ministry.c: a ministry's mention as speaker goes on over the nouns of its portfolio after و
 * (وزارة الصحة والعمل والضمان الاجتماعي). */
void qt_ministry_portfolio(qctx *q, speaker *sp);
/* sources.c (quotes7): whether token a is a word for two parties (data/quotes.tsv "source"
 * 6: الجانبان، البلدان) and the article named two together before token i (المملكة الأردنية
 * الهاشمية والمملكة العربية السعودية): sp the first, sp->with the second. */
int qt_parties(qctx *q, size_t a, size_t i, speaker *sp);

/* objects.c (quotes18): the first token of a subject's window past the one a verb of
 * telling tells (أبلغت «عكاظ» مصادر); whether the words from a (before b) that no list names
 * are the verb's object or content (وأكد مدى …، ذكر عبارة … بقوله:); sp, a first name the
 * article gave another person, set to the name as written (قال عبدالله طلب، مدير …);
 * whether STRICT cue c is "via" (سريعا عبر …، عبر «خليجية»). */
size_t qt_past_told(const qctx *q, const qcue *c, size_t a, size_t b);
/* that_clause.c: whether token i is a connective of contrast before a that-word (غير أن، إلا
 * أن: the writer's clause). */
int qt_contrast(const qctx *q, size_t i);
/* that_clause.c: whether token i is a verb of OWN right before a that-word (يتوقع أن): its own
 * complement, not an earlier cue's. */
int qt_own_that(const qctx *q, size_t i);
/* column_title.c: whether reporting word c is a column's title (سبق تقول للمسؤول:). */
int qt_column_title(const qctx *q, const qcue *c);
/* cue_sense.c: the cue word in a sense that is no speech (أوضح دليل، أضاف 0.77 نقطة) */
int qt_cue_sense(const qctx *q, const qcue *c);
/* cue_sense.c (fix59): a cue right after a conditional particle (وإن قال أحدهم:): a saying
 * supposed; لفت with a noun of attention in the construct state (لفت X انتباه الزوار إلى) */
int qt_cue_supposed(const qctx *q, const qcue *c);
int qt_cue_attention(const qctx *q, const qcue *c);
/* Whether reporting word c calls on God (داعيا الله، ودعا المولى أن): a prayer, no statement. */
int qt_cue_prays(const qctx *q, const qcue *c);
/* quote_generic.c (u24q56): a proverb that "says", a verb that "may" be said: no statement. */
int qt_generic_saying(const qctx *q, const qcue *c);
/* quote_generic.c (fix55): the أن at token i (content from a) is a modal's complement (وحاولت
 * مدرساتي أن، فينبغي أن): no cue's reported clause. */
int qt_modal_that(const qctx *q, size_t a, size_t i);
int qt_object_words(const qctx *q, const qcue *c, size_t a, size_t b);
void qt_written_name(qctx *q, speaker *sp);
int qt_via_word(const qctx *q, const qcue *c);
/* Whether cue c is وبين as "and between" (بينه وبين دوناتيلا أنه; objects.c, judge33). */
int qt_between_word(const qctx *q, const qcue *c);

/* speaker_described.c (desc56): an empty speaker set to a described person or group before the verb
 * (لكن محللين قالوا) or owning a speech noun (كلمة الأهالي … أعربوا فيها), the window
 * [a, b) after cue c holding no subject; 1 when found. */
int qt_desc_speaker(qctx *q, const qcue *c, size_t a, size_t b, speaker *sp);
/* plural_subject.c (spk59): sp set to the definite plural noun in ون right after the verb
 * opening the clause of plural cue c, which has no subject of its own (وفسر الباحثون ذلك
 * مشيرين؛ ووجد الباحثون … . وأوضحوا); 0 when there is none. */
int qt_plural_subject(qctx *q, const qcue *c, speaker *sp);
/* plural_subject.c: the definite plural of things in ات alone in feminine verb cue c's subject
 * window [a, b) (وذكرت المنشورات أن) as *sp's words; 0 if it is not one. */
int qt_things_subject(qctx *q, const qcue *c, size_t a, size_t b, speaker *sp);

#endif
