/* quotes.c — who said what: direct and reported speech with its speaker (ev.h, rasd.h).
 *
 * Quote marks are paired first, the way Arabic news prints them: any of " “ ” « „ ‘ ’
 * opens (» does not), any but « and „ closes, a pair never crosses a line break, and a mark
 * left open at the end of a paragraph closes there (the press forgets closing marks).
 *
 * Then each reporting word (data/quotes.tsv) claims what follows it:
 *   cue      قال/أكد/أضاف/تابع… [subject] [adjuncts] (إن|أن|بأن|إلى أن|:) content
 *   part     مضيفا/مشيرا/قائلا… [adjuncts] (إلى أن|:) content        (the last speaker)
 * The content is a quoted passage when a pair opens there (direct), else the reported clause
 * to the end of the sentence, or to a participle that starts the next statement. A cue with no
 * content (أكد بوتين ضرورة …) still names the speaker that later participles and bare verbs
 * continue. A quoted passage right before a cue (« … »، قال بوتين) is that cue's, and when the
 * cue goes on with another quoted passage the two are one quote (the verb splits it).
 *
 * The speaker is the first named entity (rasd_recognize: PER, ORG, LOC as in "قالت موسكو")
 * within the first words after the cue; a title resolved by the recogniser counts (الرئيس
 * الروسي → فلاديمير بوتين). An unnamed source (مسؤول في البيت الأبيض، مصدر في مكتب كاميرون)
 * keeps its description and no entity; "المصدر" later is the same source. After the subject's
 * first word a resolved title, place or organisation is a complement (مدرب المكسيك، مساعدة
 * الرئيس الإيراني): the name after it is the speaker, else nobody. A verb with no subject
 * (وأضاف: …) continues the last speaker only if it agrees in gender with the verb that named
 * them and nobody else was named since (docs/EVENTS.md, "Quotes": precision before recall).
 * Quoted passages with no reporting word are not quotes (names, titles, scare quotes).
 */
#include "events/ev.h"
#include "events/letters.h"
#include "entities/ent.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Limits, in tokens. They were set by hand with the commits that introduced them (6086cf1,
 * 39adec9) on the seed articles (tests/test_quotes.c) and the development sample of
 * docs/EVENTS.md "Quotes" (SaudiNewsNet, seed 1), then checked once on the held-out sample
 * (seed 2): a name or a mark farther off was, in those samples, no longer the quote's. */
enum {
    SUBJECT_WORDS = 6,         /* the speaker's name starts within this many tokens of the cue
                                  (docs/EVENTS.md: "within six words"; a title or two between:
                                  قال وزير الخارجية الروسي سيرغي لافروف) */
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
    COMP_GAP = 14,             /* tokens between the subject and a nominal complement's
                                  preposition or noun (أفادت مصادر شبكة “سكاي نيوز عربية” في
                                  اليمن، بمقتل …: 9; توقعت الرئاسة … في تقريرها عن حالة الطقس
                                  لهذا اليوم ـ بمشيئة الله تعالى ـ هطولا: 13) */
};

/* The bits of a nominal complement (data/quotes.tsv "comp", "cprep"). */
enum { COMP_ALA = 1, COMP_ILA = 2, COMP_AN = 4, COMP_BI = 8, COMP_MIN = 16, COMP_NOUN = 32 };
/* A cue's value (data/quotes.tsv "cue"): its gender and number (GENDER bits), plus STRICT
 * for a verb that reports only with its complement's preposition and a noun of "cnoun" right
 * after it (وعبر المتظاهرون عن رفضهم; عبر alone is "via": عبر الحدود، عبر حسابه). */
enum { GENDER = 3, STRICT = 4 };

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
} speaker;

/* A reporting word at token i, n tokens: part a participle; cut: it carried و or ف; gender
 * its form's (quotes.tsv). */
typedef struct qcue {
    size_t i, n;
    int part, cut, gender, strict;
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
} qctx;

/* The first token after the sentence of token i (the end of the text past it). */
static size_t send(const qctx *q, size_t i)
{
    return i < q->s->nt ? q->sent_end[i] : q->s->nt;
}

/* ------------------------------------------------------------------ marks */

static int quote_mark(const qctx *q, size_t i, int *can_open, int *can_close)
{
    static const struct {
        const char *mark;
        int opens, closes;
    } marks[] = {
        {"\"", 1, 1},    {U_LDQUO, 1, 1}, {U_RDQUO, 1, 1}, {U_LSQUO, 1, 1}, {U_RSQUO, 1, 1},
        {U_LAQUO, 1, 0},                 /* « opens only */
        {U_BDQUO, 1, 0},                 /* „ opens only */
        {U_RAQUO, 0, 1},                 /* » closes only */
    };
    const rasd_token *t = &q->s->t[i];
    if (t->kind != RASD_TOK_PUNCT)
        return 0;
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
        if (t->norm_len == strlen(marks[k].mark) &&
            memcmp(t->norm, marks[k].mark, t->norm_len) == 0) {
            *can_open = marks[k].opens;
            *can_close = marks[k].closes;
            return 1;
        }
    return 0;
}

/* Whether token i is a comma, Latin or Arabic (، U+060C: the press's usual one). */
static int comma(const qctx *q, size_t i)
{
    const rasd_token *t = &q->s->t[i];
    return ev_punct(q->s, i, ",") ||
           (t->kind == RASD_TOK_PUNCT && t->norm_len == strlen(U_ARABIC_COMMA) &&
            memcmp(t->norm, U_ARABIC_COMMA, t->norm_len) == 0);
}

static int line_break(const qctx *q, size_t i)
{
    const rasd_token *t = q->s->t;
    return i > 0 && memchr(q->doc->text + t[i - 1].end, '\n', t[i].start - t[i - 1].end);
}

static size_t words_in(const qctx *q, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        n += ev_is_word(&q->s->t[i]);
    return n;
}

static void add_pair(qctx *q, size_t open, size_t close, uint32_t end)
{
    const rasd_token *t = q->s->t;
    if (close <= open + 1 || words_in(q, open + 1, close) < MIN_WORDS)
        return;
    q->x->pairs = grow_array(q->x->pairs, &q->x->pairs_cap, q->npairs + 1, sizeof(qpair), &q->rc);
    if (q->rc)
        return;
    q->pairs = q->x->pairs;
    q->pairs[q->npairs++] = (qpair){(uint32_t)open, (uint32_t)close, t[open + 1].start, end, 0};
}

/* A mark at i that looks like a close but opens a short quote inside the open one: one to
 * three words, a mark, and another mark later on the same line to close the outer passage
 * ("… إذا دمرنا "داعش". هذا ما ينبغي …"). Returns the inner closing mark, or 0. */
static size_t nested(qctx *q, size_t i)
{
    const rasd_token *t = q->s->t;
    size_t j = i + 1, nt = q->s->nt;
    int co, cc;
    while (j < nt && j <= i + NESTED_WORDS && ev_is_word(&t[j]) && !line_break(q, j))
        j++;
    if (j == i + 1 || j >= nt || !quote_mark(q, j, &co, &cc) || !cc)
        return 0;
    for (size_t k = j + 1; k < nt && !line_break(q, k); k++)
        if (quote_mark(q, k, &co, &cc) && cc)
            return j;
    return 0;
}

static void pair_marks(qctx *q)
{
    size_t open = 0, nt = q->s->nt, k;
    int is_open = 0, co, cc;
    for (size_t i = 0; i < nt && !q->rc; i++) {
        if (is_open && line_break(q, i)) {          /* never across a line: closes there */
            add_pair(q, open, i, q->s->t[i - 1].end);
            is_open = 0;
        }
        if (!quote_mark(q, i, &co, &cc))
            continue;
        if (is_open && cc && (k = nested(q, i)) != 0) {
            i = k;                             /* "… ليس بينها "داعش" وهم …": inside */
        } else if (is_open && cc) {
            add_pair(q, open, i, q->s->t[i].start);
            is_open = 0;
        } else if (!is_open && co) {
            open = i, is_open = 1;
        }
    }
    if (is_open)
        add_pair(q, open, nt, q->s->t[nt - 1].end);
}

/* The pair that opens at token i, or NULL. */
static qpair *pair_at(qctx *q, size_t i)
{
    for (size_t k = 0; k < q->npairs; k++)
        if (q->pairs[k].open == i)
            return &q->pairs[k];
    return NULL;
}

/* The unclaimed pair that closes right before token i, with at most punctuation between. */
static qpair *pair_before(qctx *q, size_t i)
{
    for (size_t k = 0; k < q->npairs; k++) {
        qpair *p = &q->pairs[k];
        size_t j = p->close + 1;
        if (p->claimed || p->close >= i || p->close + PAIR_GAP < i)
            continue;
        while (j < i && q->s->t[j].kind == RASD_TOK_PUNCT)
            j++;
        if (j == i)
            return p;
    }
    return NULL;
}

/* Whether token i is inside a pair of quote marks. */
static int in_pair(const qctx *q, size_t i)
{
    for (size_t k = 0; k < q->npairs; k++)
        if (q->pairs[k].open < i && i < q->pairs[k].close)
            return 1;
    return 0;
}

/* Whether token i is part of an entity mention (بان كي مون: not بأن). */
static int in_entity(const qctx *q, size_t i)
{
    for (size_t k = 0; k < q->ne && q->en[k].tok_start <= i; k++)
        if (i < q->en[k].tok_end)
            return 1;
    return 0;
}

/* --------------------------------------------------------------- speakers */

/* Whether a reporting verb that is not STRICT starts at token i (its length in *n): where
 * another statement begins. A STRICT one (عبر) is that only with its complement: قالت عبر
 * حسابها إن … goes on. */
static int plain_cue(const qctx *q, size_t i, size_t *n)
{
    int v;
    return ev_word_is(q->s, i, 1, EK_CUE, &v, n) && !(v & STRICT);
}

/* Whether the word before token i is one with ل before a person (لفخامة، لسمو، لمعالي
 * رئيس …): the one spoken to or for, not the speaker. */
static int addressed(const qctx *q, size_t i)
{
    const rasd_token *t = q->s->t;
    return i > 0 && ev_is_word(&t[i - 1]) && t[i - 1].norm_len > LETTERS(3) &&
           letter_is(t[i - 1].norm, U_LAM) && !starts_with(t[i - 1].norm, t[i - 1].norm_len,
                                                            U_ARTICLE);
}

/* Whether a mention can be a subject: not one spoken to (لكاميرون، بالرئيس: a particle
 * before it) and not a word of one or two letters (تقول لي: "to me", not a person). */
static int can_speak(const qctx *q, const rasd_entity *en)
{
    const rasd_token *t = &q->s->t[en->tok_start];
    if (strcmp(en->type, "MISC") == 0 || (en->tok_end == en->tok_start + 1 && t->norm_len <= 4))
        return 0;
    /* ل or ب before the name (لكاميرون، بالرئيس): spoken to or about */
    return !((letter_is(t->norm, U_LAM) || letter_is(t->norm, U_BEH)) &&
             ent_with_particle(q->doc, en->tok_start));
}

/* Whether a mention is a title the recogniser resolved to its holder (الرئيس الإيراني،
 * خادم الحرمين الشريفين: src/entities/titles.c), not a name. */
static int title_mention(const rasd_entity *en)
{
    return en->via != NULL;
}

/* The end of the words that can be a subject's titles from token a (before b): words and
 * commas, up to TITLE_WORDS, not past a stop word (للصحفيين، خلال), إن/أن or a preposition
 * of a complement (على، إلى، عن، من: شدد الأمير … على). */
static size_t title_chain(const qctx *q, size_t a, size_t b)
{
    size_t j = a, n;
    ev_scan *s = q->s;
    while (j < b && j < a + TITLE_WORDS) {
        if (!ev_is_word(&s->t[j]) && !comma(q, j))
            break;
        if (ev_word_is(s, j, 0, EK_STOP, NULL, &n) || ev_word_is(s, j, 0, EK_THAT, NULL, &n) ||
            (ev_word_is(s, j, 0, EK_CPREP, NULL, &n) && !in_entity(q, j)))
            break;              /* not علي, a name, which على is once normalised */
        j++;
    }
    return j;
}

/* Whether a mention that can speak starts in tokens [a, b). */
static int subject_named(const qctx *q, size_t a, size_t b)
{
    for (size_t k = 0; k < q->ne && q->en[k].tok_start < b; k++)
        if (q->en[k].tok_start >= a && strcmp(q->en[k].type, "PER") == 0)
            return 1;
    return 0;
}

/* Whether a mention after the first word of a subject is the complement of a word before it
 * rather than the subject: a title (مساعدة الرئيس الإيراني، قرارات خادم الحرمين الشريفين) or
 * a place or organisation (مدرب المكسيك، المتحدث باسم الخارجية الأمريكية). */
static int complement(const qctx *q, const rasd_entity *en, size_t a)
{
    int v;
    size_t n;
    if (en->tok_start == a + 1 && strcmp(en->type, "PER") == 0 &&
        ev_word_is(q->s, a, 0, EK_HONOR, &v, &n) && v == 1)
        return 0;              /* معالي وزير الخارجية: the minister, not his complement */
    return en->tok_start > a && (strcmp(en->type, "PER") != 0 || title_mention(en));
}

/* The named subject in tokens [a, b): the first mention that can speak, within SUBJECT_WORDS
 * or APPOSITION words after a complement it passes over (the name after a title and its
 * complement is the subject: مدرب المكسيك ميغيل هيريرا، مساعدة الرئيس الإيراني للشؤون
 * القانونية إلهام أمين زادة). *compl: the first complement passed over when no name follows. */
static const rasd_entity *subject_entity(const qctx *q, size_t a, size_t b,
                                         const rasd_entity **compl)
{
    size_t lim = b < a + SUBJECT_WORDS ? b : a + SUBJECT_WORDS, chain = title_chain(q, a, b);
    *compl = NULL;
    if (chain > lim && !subject_named(q, a, lim))
        lim = chain;
    for (size_t k = 0; k < q->ne && q->en[k].tok_start < lim; k++) {
        const rasd_entity *en = &q->en[k];
        if (en->tok_start < a || !can_speak(q, en))
            continue;
        if (!complement(q, en, a))
            return en;
        if (!*compl)
            *compl = en;
        if (en->tok_end + APPOSITION > lim)
            lim = en->tok_end + APPOSITION < b ? en->tok_end + APPOSITION : b;
    }
    return NULL;
}

/* Whether the person named last in tokens [a, b), outside quote marks and not spoken to,
 * is someone other than the last speaker (ويرى ابيس … واوضح: still Abis). */
static int someone_else(const qctx *q, size_t a, size_t b)
{
    const rasd_entity *named = NULL;
    for (size_t k = 0; k < q->ne && q->en[k].tok_start < b; k++) {
        const rasd_entity *en = &q->en[k];
        if (en->tok_start >= a && strcmp(en->type, "PER") == 0 && !in_pair(q, en->tok_start) &&
            can_speak(q, en))
            named = en;
    }
    return named && (!q->last.id || !named->id || strcmp(named->id, q->last.id) != 0);
}

/* The first token of the sentence of token i. */
static size_t sent_start(const qctx *q, size_t i)
{
    while (i > 0 && send(q, i - 1) == send(q, i))
        i--;
    return i;
}

/* Before anyone spoke, the subject of a bare verb at token i (وقال إنه …): the person the
 * sentence before names first (وظهر كيري وهو يتكئ …), outside quote marks and not spoken
 * to, when the sentence of i names nobody before it; else nobody. */
static speaker topic(const qctx *q, size_t i, int gender)
{
    speaker sp = {NULL, NULL, 0, 0, 0, gender}, none = sp;
    size_t s0 = sent_start(q, i), p0 = s0 > 0 ? sent_start(q, s0 - 1) : 0;
    for (size_t k = 0; s0 > 0 && k < q->ne && q->en[k].tok_start < i; k++) {
        const rasd_entity *en = &q->en[k];
        if (en->tok_start < p0 || strcmp(en->type, "PER") != 0 || in_pair(q, en->tok_start) ||
            !can_speak(q, en))
            continue;
        if (en->tok_start >= s0)
            return none;                                /* someone in between: unsure */
        if (!sp.name)
            sp.id = en->id, sp.name = en->name, sp.start = en->start, sp.end = en->end;
    }
    return sp;
}

/* Sets sp to the mention en, named at bytes [start, end) of the text (the mention's own
 * span, or a word that stands for it). */
static void speaker_is(speaker *sp, const rasd_entity *en, uint32_t start, uint32_t end)
{
    sp->id = en->id, sp->name = en->name, sp->start = start, sp->end = end, sp->desc = 0;
}

/* Whether token a is a title with the article and nothing else (المحافظ، الوزير). */
static int title_word(const qctx *q, size_t a)
{
    const rasd_token *t = &q->s->t[a];
    size_t n;
    return ev_is_word(t) && t->norm_len > LETTERS(3) &&
           starts_with(t->norm, t->norm_len, U_ARTICLE) &&
           !ev_word_is(q->s, a, 0, EK_SOURCE, NULL, &n);
}

/* Whether tokens [s0, a) are at most FRONT words before a subject at the sentence's start:
 * words that put a subject first (data/events.tsv "subject": وكان، كما، من جهته), titles
 * (المهندس، الرئيس), commas, and first the sentence's verb (ومثل ويب …، حيث أكد). A body
 * (وقدمت الدراسة محمد حسن فقي) says the name is an object. */
static int front_words(const qctx *q, size_t s0, size_t a, int verb)
{
    size_t n;
    if (a > s0 + FRONT)
        return 0;
    for (size_t j = s0; j < a; j++) {
        if (ev_word_is(q->s, j, 1, EK_BODY, NULL, &n))
            return 0;
        if (!(ev_word_is(q->s, j, 1, EK_SUBJECT, NULL, &n) && j + n <= a) && !title_word(q, j) &&
            !comma(q, j) && !(verb && j == s0 && ev_is_word(&q->s->t[j]) && !in_entity(q, j)))
            return 0;
    }
    return 1;
}

/* Where fronted() and fronted_body() look: after إن/أن, after the sentence's first word. */
enum { FRONT_THAT = 1, FRONT_VERB = 2 };

/* The subject a verb at token i with none after it has before it (SVO): the last person or
 * organisation of its sentence before it that stands at the sentence's start (within
 * FRONT tokens: وكان الرئيس بوتين قد أكد، المهندس فواز بن عتيق البشري … الذي تسلم
 * الجائزة، عبر عن سعادته) or right after إن/أن (يذكر أن جامعة تبوك قد أوضحت), not spoken to,
 * not quoted, at most FRONT_GAP tokens before the verb with no reporting word between. */
static const rasd_entity *fronted(const qctx *q, size_t i, int mode)
{
    size_t s0 = sent_start(q, i), n;
    const rasd_entity *best = NULL;
    for (size_t k = 0; k < q->ne && q->en[k].tok_start < i; k++) {
        const rasd_entity *en = &q->en[k];
        size_t a = en->tok_start;
        if (a < s0 || en->tok_end > i || (strcmp(en->type, "PER") != 0 &&
                                          strcmp(en->type, "ORG") != 0) ||
            in_pair(q, a) || !can_speak(q, en) || addressed(q, a))
            continue;
        if (front_words(q, s0, a, mode & FRONT_VERB) ||
            ((mode & FRONT_THAT) && a > s0 && ev_word_is(q->s, a - 1, 1, EK_THAT, NULL, &n) && n == 1))
            best = en;
    }
    if (!best || best->tok_end + FRONT_GAP < i)
        return NULL;
    for (size_t k = best->tok_end; k < i; k++)
        if (plain_cue(q, k, &n) || ev_word_is(q->s, k, 1, EK_PART, NULL, &n))
            return NULL;
    return best;
}

static int fronted_body(qctx *q, size_t i, speaker *sp, int mode);

/* The last speaker, going on with a reporting word at token i that names nobody (verb: a
 * verb, 2 with و or ف, not a participle, whose subject may be the sentence before's: topic()) (وأضاف: …،
 * مضيفا): unless its form disagrees with the one that named them (قال يوين … وتقول; not for
 * an unnamed source, whose verbs agree loosely: قالت مصادر … وأضاف) or someone else was
 * named since they spoke (… لم يستبعد اللواء يحيى الذايدي …، وقال: …). */
static speaker continued(qctx *q, size_t i, int gender, int verb)
{
    speaker none = {NULL, NULL, 0, 0, 0, 0};
    int g = q->last.desc ? 0 : q->last.gender;
    const rasd_entity *en;
    speaker sp = {NULL, NULL, 0, 0, 0, gender};
    if (verb && q->last.name && q->last_sent == send(q, i) && !someone_else(q, q->last_end, i))
        return q->last;                         /* قال X إن … ، وأضاف أن: the same sentence's */
    /* a verb with و/ف goes with its sentence's first subject, not one inside إن/أن */
    en = verb ? fronted(q, i, verb == 1 ? FRONT_VERB | FRONT_THAT : FRONT_VERB) : NULL;
    if (en) {
        speaker_is(&sp, en, en->start, en->end);
        return sp;                              /* فواز … الذي تسلم الجائزة، عبر عن سعادته */
    }
    if (verb && fronted_body(q, i, &sp, verb == 1 ? FRONT_VERB | FRONT_THAT : FRONT_VERB))
        return sp;                              /* وكانت الشرطة أعلنت */
    if (verb && !q->last.name && q->last_end == 0 && gender != 3)
        return topic(q, i, gender);             /* وظهر كيري … وقال إنه: nobody spoke yet */
    if (!q->last.name || (gender && g && gender != g && gender != 3 && g != 3) ||
        someone_else(q, q->last_end, i))
        return none;
    return q->last;
}

/* Whether token i is part of a date (قال الأسبوع الماضي: not a speaker's words). */
static int in_date(const qctx *q, size_t i)
{
    const rasd_token *t = &q->s->t[i];
    for (size_t k = 0; k < q->x->ndates; k++)
        if (q->x->dates[k].start < t->end && t->start < q->x->dates[k].end)
            return 1;
    return 0;
}

/* An unnamed source at token a: its description, up to a stop word, إن/أن, punctuation,
 * a noun of "cnoun", a preposition of the cue's complement (bits: "comp"; any, for a body)
 * or DESCRIPTION tokens, kept in x->names. */
static int unnamed(qctx *q, size_t a, size_t limit, speaker *sp, int kind, int bits)
{
    int v;
    ev_scan *s = q->s;
    size_t n, b = a;
    const rasd_token *t = s->t;
    if (!ev_word_is(s, a, 0, kind, NULL, &n))
        return 0;
    /* المصدر، المسؤول: the source named before */
    if (kind == EK_SOURCE && t[a].norm_len > LETTERS(2) &&
        starts_with(t[a].norm, t[a].norm_len, U_ARTICLE) && q->last.desc && b + n >= limit) {
        *sp = q->last;
        sp->start = t[a].start, sp->end = t[a + n - 1].end;
        return 1;
    }
    for (b = a + n; b < limit && b < a + DESCRIPTION && ev_is_word(&t[b]) && !in_date(q, b); b++)
        if (ev_word_is(s, b, 0, EK_STOP, NULL, &n) || ev_word_is(s, b, 0, EK_THAT, NULL, &n) ||
            ev_word_is(s, b, 0, EK_CNOUN, NULL, &n) ||
            (ev_word_is(s, b, 0, EK_CPREP, &v, &n) && (kind == EK_BODY || (v & bits))))
            break;             /* أشارت الدراسة إلى، وحذر متخصصون من: not دبلوماسي حضر جانبا
                                  من المحادثات */
    sp->id = NULL;
    sp->start = t[a].start, sp->end = t[b - 1].end;
    sp->desc = 1 + q->x->names.n;
    rbuf_add(&q->x->names, q->doc->text + sp->start, sp->end - sp->start, &q->rc);
    rbuf_addc(&q->x->names, 0, &q->rc);
    sp->name = "";             /* pointed into names when the quotes are done */
    return 1;
}

/* The first two words of a title before a name (المتحدث باسم …), as a key in *key. */
static int title_key(qctx *q, size_t a, size_t b, uint64_t *key)
{
    const rasd_token *t = q->s->t;
    if (b < a + 2 || !ev_is_word(&t[a]) || !ev_is_word(&t[a + 1]))
        return 0;
    *key = strmap_hash(t[a].norm, t[a].norm_len) * 31 + strmap_hash(t[a + 1].norm, t[a + 1].norm_len);
    return 1;
}

/* A person the article named after or before a title: the same title later, when the
 * recogniser resolved none there (src/entities/titles.c resolves titles before names; this
 * memory is what is left of the stage's own: the title after a name, وأوضح سلطان القرشي مدير
 * إدارة المشاريع … وأشار مدير إدارة المشاريع), is the same person. */
static void remember_title(qctx *q, size_t a, size_t b, const rasd_entity *en,
                           const speaker *sp)
{
    uint64_t key;
    if (strcmp(en->type, "PER") != 0 || b <= a || !title_key(q, a, b, &key))
        return;
    q->x->titles = grow_array(q->x->titles, &q->x->titles_cap, q->x->ntitles + 1,
                              sizeof *q->x->titles, &q->rc);
    if (!q->rc)
        q->x->titles[q->x->ntitles++] = (ev_title){key, sp->id, sp->name, sp->start, sp->end};
}

static int recall_title(qctx *q, size_t a, size_t b, speaker *sp)
{
    uint64_t key;
    if (!title_key(q, a, b, &key))
        return 0;
    for (size_t k = q->x->ntitles; k-- > 0;)
        if (q->x->titles[k].key == key) {
            const ev_title *t = &q->x->titles[k];
            sp->id = t->id, sp->name = t->name, sp->start = t->start, sp->end = t->end;
            return 1;
        }
    return 0;
}

/* Whether the word before token i is باسم (data/quotes.tsv "behalf": المتحدث باسم الكرملين,
 * not the Kremlin). */
static int after_on_behalf(qctx *q, size_t i)
{
    size_t n;
    return i > 0 && ev_word_is(q->s, i - 1, 0, EK_BEHALF, NULL, &n) && n == 1;
}

/* Whether an organisation or place at token e is the subject after a cue ending at a: first,
 * or after a noun of its kind (data/quotes.tsv "org": وكالة يونهاب، وكالة (سبوتنيك)), never
 * after a title (مدرب المكسيك، رئيس الاتحاد: the speaker is the holder) or باسم. */
static int subject_org(qctx *q, size_t a, size_t e)
{
    size_t n;
    if (e == a)
        return 1;
    if (after_on_behalf(q, e) || !ev_word_is(q->s, a, 0, EK_ORGNOUN, NULL, &n))
        return 0;
    return e == a + n || (e == a + n + 1 && ev_punct(q->s, a + n, "("));
}


/* The speaker an honorific at token a stands for (وقال سموه، مؤكدا معاليه): the last speaker,
 * else the first person the article named before it, not in quote marks. */
static int honorific(qctx *q, const qcue *c, size_t a, speaker *sp)
{
    size_t n;
    int v;
    if (a >= q->s->nt || !ev_word_is(q->s, a, 0, EK_HONOR, &v, &n) || v != 0)
        return 0;
    *sp = continued(q, c->i, c->gender, 0);
    for (size_t k = 0; !sp->name && k < q->ne && q->en[k].tok_start < c->i; k++) {
        const rasd_entity *en = &q->en[k];
        if (strcmp(en->type, "PER") == 0 && !in_pair(q, en->tok_start) && can_speak(q, en) &&
            !title_mention(en)) {
            sp->id = en->id, sp->name = en->name, sp->start = en->start, sp->end = en->end;
            sp->desc = 0, sp->gender = c->gender;
        }
    }
    return 1;
}



/* A person the article named in full before token i whose last name is the word at token j
 * (وقد أعرب الهويش عن …، ونوه الصفيان بأن …: خالد الهويش, named earlier): the latest such
 * mention of two words or more, not a title. The word is nobody's name the recogniser found
 * there. */
static const rasd_entity *surname(qctx *q, size_t j, size_t i)
{
    const rasd_token *t = q->s->t;
    size_t k = 0;
    if (!ev_is_word(&t[j]) || t[j].norm_len <= LETTERS(3) || in_entity(q, j) ||
        ev_word_is(q->s, j, 0, EK_LEAD, NULL, &k) || ev_word_is(q->s, j, 0, EK_BODY, NULL, &k) ||
        ev_word_is(q->s, j, 0, EK_SOURCE, NULL, &k))
        return NULL;               /* المحامي: a title the recogniser put inside a name */
    k = 0;
    while (k < q->ne && q->en[k].tok_start < i)
        k++;
    while (k-- > 0) {
        const rasd_entity *en = &q->en[k];
        const rasd_token *last = &t[en->tok_end - 1];
        if (strcmp(en->type, "PER") == 0 && !title_mention(en) &&
            en->tok_end >= en->tok_start + 2 && last->norm_len == t[j].norm_len &&
            memcmp(last->norm, t[j].norm, last->norm_len) == 0)
            return en;
    }
    return NULL;
}

/* The organisation a definite noun of "body" at token a stands for (وأوضحت الوزارة أن …،
 * after وزارة الداخلية): the latest organisation named before token i whose first word is
 * that noun without ال (a proclitic letter before it allowed: ووزارة). */
static const rasd_entity *body_org(const qctx *q, size_t a, size_t i)
{
    const rasd_token *t = q->s->t;
    size_t k = 0, art = strlen(U_ARTICLE), w;
    if (!starts_with(t[a].norm, t[a].norm_len, U_ARTICLE) || t[a].norm_len <= art + LETTERS(2))
        return NULL;
    w = t[a].norm_len - art;
    while (k < q->ne && q->en[k].tok_start < i)
        k++;
    while (k-- > 0) {
        const rasd_token *f = &t[q->en[k].tok_start];
        if (strcmp(q->en[k].type, "ORG") == 0 && f->norm_len >= w && f->norm_len <= w + LETTERS(1) &&
            memcmp(f->norm + f->norm_len - w, t[a].norm + art, w) == 0)
            return &q->en[k];
    }
    return NULL;
}

/* The body a verb at token i with no subject after it has before it (SVO, as fronted()): a
 * noun of "body" at its sentence's start or right after إن/أن, at most FRONT_GAP tokens
 * before it with no reporting word between (وكانت الشرطة أعلنت، يذكر أن جامعة تبوك قد
 * أوضحت): its description, or the organisation it stands for (body_org). */
static int fronted_body(qctx *q, size_t i, speaker *sp, int mode)
{
    size_t s0 = sent_start(q, i), n;
    const rasd_entity *en;
    for (size_t p = i; p-- > s0 && p + FRONT_GAP >= i;) {
        if (plain_cue(q, p, &n) || ev_word_is(q->s, p, 1, EK_PART, NULL, &n))
            return 0;
        if (!ev_word_is(q->s, p, 0, EK_BODY, NULL, &n) || in_pair(q, p) ||
            !(front_words(q, s0, p, mode & FRONT_VERB) || ((mode & FRONT_THAT) && p > s0 &&
                                          ev_word_is(q->s, p - 1, 1, EK_THAT, NULL, &n) && n == 1)))
            continue;
        if (!unnamed(q, p, i, sp, EK_BODY, 0))
            return 0;
        if (sp->end == q->s->t[p].end && (en = body_org(q, p, i)) != NULL)
            speaker_is(sp, en, sp->start, sp->end);
        return 1;
    }
    return 0;
}

/* The subject that ends right before cue c (قد between allowed) when it stands first in its
 * sentence or after إن/أن (fronted(), fronted_body()): what follows such a verb is its
 * object, not its subject (إلا أن مديرية الأحوال طالبت المواطن بإحضار …). Not for a verb
 * with و or ف, nor a participle. */
static int adjacent_subject(qctx *q, const qcue *c, speaker *sp)
{
    size_t j = c->i, n;
    const rasd_entity *en;
    if (c->cut || c->part)
        return 0;
    if (j > 0 && ev_word_is(q->s, j - 1, 0, EK_AUX, NULL, &n) && n == 1)
        j--;
    if (j == 0)
        return 0;
    if ((en = fronted(q, c->i, FRONT_THAT)) != NULL) {
        if (en->tok_end != j)
            return 0;
        speaker_is(sp, en, en->start, en->end);
        return 1;
    }
    return fronted_body(q, c->i, sp, FRONT_THAT) && sp->end == q->s->t[j - 1].end;
}

/* The speaker of a cue followed by فيها/فيه (data/quotes.tsv "inwhich": ألقى … علي الغامدي
 * كلمة، أكد فيها أن …؛ أصدرت وزارة الداخلية بيانا قالت فيه): the subject of the sentence's
 * verb before it, which gave the speech or statement: the first person its sentence names
 * before the cue (not one spoken to), else its first organisation; else nobody. */
static speaker inwhich(qctx *q, const qcue *c)
{
    speaker sp = {NULL, NULL, 0, 0, 0, c->gender};
    const rasd_entity *org = NULL;
    for (size_t k = 0; k < q->ne && q->en[k].tok_start < c->i; k++) {
        const rasd_entity *en = &q->en[k];
        if (send(q, en->tok_start) != send(q, c->i) || in_pair(q, en->tok_start) ||
            !can_speak(q, en) || addressed(q, en->tok_start))
            continue;
        if (strcmp(en->type, "PER") == 0) {
            speaker_is(&sp, en, en->start, en->end);
            return sp;
        }
        if (!org && strcmp(en->type, "ORG") == 0)
            org = en;
    }
    if (org)
        speaker_is(&sp, org, org->start, org->end);
    return sp;
}

/* The bits of cue c's nominal complement (data/quotes.tsv "comp"), 0 for none. */
static int comp_bits(qctx *q, const qcue *c)
{
    int bits;
    size_t n;
    return ev_word_is(q->s, c->i, 1, EK_COMP, &bits, &n) ? bits : 0;
}

/* The subject of cue c, its window from token a to b (exclusive). */
static speaker subject(qctx *q, const qcue *c, size_t a, size_t b)
{
    speaker sp = {NULL, NULL, 0, 0, 0, c->gender};
    const rasd_entity *en, *compl;
    size_t n;
    if (a == b)
        return continued(q, c->i, c->gender, 1 + !!c->cut);   /* no subject: the last goes on */
    if (ev_word_is(q->s, a, 0, EK_INWHICH, NULL, &n))
        return inwhich(q, c);                      /* ألقى X كلمة أكد فيها */
    if (adjacent_subject(q, c, &sp))
        return sp;                                 /* إلا أن مديرية الأحوال طالبت المواطن */
    sp = (speaker){NULL, NULL, 0, 0, 0, c->gender};
    if (unnamed(q, a, b, &sp, EK_SOURCE, comp_bits(q, c)) || honorific(q, c, a, &sp))
        return sp;
    for (size_t j = a; j < b && j < a + 2; j++) {  /* وقد أعرب الهويش، وقال الدكتور العواجي */
        const rasd_entity *full = surname(q, j, c->i);
        if (full) {
            speaker_is(&sp, full, q->s->t[a].start, q->s->t[j].end);
            return sp;
        }
        if (!title_word(q, j))
            break;
    }
    en = subject_entity(q, a, b, &compl);
    if (en && strcmp(en->type, "PER") == 0) {
        sp.id = en->id, sp.name = en->name, sp.start = en->start, sp.end = en->end;
        remember_title(q, a, en->tok_start, en, &sp);
        /* and after it: وأوضح سلطان القرشي مدير إدارة المشاريع أنه … وأشار مدير إدارة المشاريع */
        remember_title(q, en->tok_end, b, en, &sp);
        return sp;
    }
    if (recall_title(q, a, b, &sp))
        return sp;
    if (!en && compl && strcmp(compl->type, "PER") != 0)
        en = compl;
    if (en && subject_org(q, a, en->tok_start)) {
        /* قالت موسكو، قالت وكالة (سبوتنيك): not المتحدث باسم الكرملين, not لـ«الرياض» */
        sp.id = en->id, sp.name = en->name, sp.start = en->start, sp.end = en->end;
        return sp;
    }
    /* قال الجيش الأمريكي، أعلنت وزارة الصحة، أشارت الدراسة: a body the recogniser did not
       name speaks by its description; a bare title (وأضاف المحافظ:) is the last speaker */
    if (unnamed(q, a, b, &sp, EK_BODY, 0)) {
        if (sp.end == q->s->t[a].end && (en = body_org(q, a, c->i)) != NULL)
            speaker_is(&sp, en, sp.start, sp.end);   /* وأوضحت الوزارة: وزارة الداخلية */
        return sp;
    }
    if (!en && !compl && b == a + 1 && title_word(q, a) &&
        (sp = continued(q, c->i, c->gender, 1 + !!c->cut)).name)
        return sp;
    /* a title with no name the recogniser knows (قال الرئيس التنفيذي لجمعية حماية المستهلك،
       وأبدى أمين جدة، المتحدث باسم الكرملين): by its words, as an unnamed source */
    if (!en && unnamed(q, a, b, &sp, EK_LEAD, comp_bits(q, c)))
        return sp;
    return sp;             /* someone the recogniser does not know */
}

/* ---------------------------------------------------------------- content */


/* The first token at or after a, before the sentence ends and within WINDOW, where content
 * starts: إن/أن (its length in *that), ':' or a quote pair that opens. Returns it, or the
 * sentence's end when there is none. */
static size_t content_start(qctx *q, size_t a, size_t *that)
{
    size_t end = send(q, a), i;
    *that = 0;
    for (i = a; i < end && i < a + WINDOW; i++) {
        if (ev_word_is(q->s, i, 0, EK_THAT, NULL, that) && !in_entity(q, i))
            return i;
        *that = 0;
        if (ev_punct(q->s, i, ":") || pair_at(q, i))
            return i;
        if (plain_cue(q, i, that) ||
            ev_word_is(q->s, i, 1, EK_PART, NULL, that)) {
            *that = 0;                         /* another statement begins: none here */
            return end;
        }
    }
    return end;
}

static void emit_one(qctx *q, uint32_t start, uint32_t end, size_t cue, size_t ncue,
                     int direct, const speaker *sp)
{
    rasd_quote *r;
    q->x->quotes = grow_array(q->x->quotes, &q->x->quotes_cap, q->x->nquotes + 1,
                              sizeof *q->x->quotes, &q->rc);
    q->x->desc = grow_array(q->x->desc, &q->x->desc_cap, q->x->nquotes + 1, sizeof *q->x->desc,
                            &q->rc);
    if (q->rc || start >= end)
        return;
    q->x->desc[q->x->nquotes] = sp->desc;
    r = &q->x->quotes[q->x->nquotes++];
    memset(r, 0, sizeof *r);
    r->start = start, r->end = end, r->direct = direct;
    r->cue_start = q->s->t[cue].start, r->cue_end = q->s->t[cue + ncue - 1].end;
    r->speaker_id = sp->name ? sp->id : NULL;
    r->speaker_name = sp->name;
    r->speaker_start = sp->start, r->speaker_end = sp->end;
}

/* Emits a quote of speaker sp, and one more for each person coordinated with a named subject
 * right after the cue (قال سعيد الحربي وجمال عسيري: …): one quote a speaker, the same words,
 * so that a speaker's quotes are each a row of its own (docs/EVENTS.md "Coordinated
 * subjects"). */
static void emit(qctx *q, uint32_t start, uint32_t end, size_t cue, size_t ncue, int direct,
                 const speaker *sp)
{
    size_t k = 0, co = 0;
    emit_one(q, start, end, cue, ncue, direct, sp);
    if (!sp->id || sp->start < q->s->t[cue].start)
        return;                                /* continued from before: no subject here */
    while (k < q->ne && q->en[k].start != sp->start)
        k++;
    if (k < q->ne && q->en[k].tok_end == q->en[k].tok_start + 1 &&
        !starts_with(q->s->t[q->en[k].tok_start].norm, q->s->t[q->en[k].tok_start].norm_len,
                     U_ARTICLE))
        return;                /* محمد وادي العنزي: a first name alone, more likely one name */
    for (; k + 1 < q->ne && co < COORDINATED; k++, co++) {
        const rasd_entity *en = &q->en[k + 1];
        speaker other = *sp;
        if (en->tok_start != q->en[k].tok_end || strcmp(en->type, "PER") != 0 ||
            !letter_is(q->s->t[en->tok_start].norm, U_WAW) || !can_speak(q, en) ||
            title_mention(en))
            break;
        other.id = en->id, other.name = en->name, other.start = en->start, other.end = en->end;
        emit_one(q, start, end, cue, ncue, direct, &other);
    }
}

/* The reported clause from token a: to the end of the sentence, or to a participle or a
 * verb with و that starts the next statement (with the comma before it). Quoted passages
 * inside are part of it. Returns its last token + 1. */
static size_t clause_end(qctx *q, size_t a)
{
    size_t end = send(q, a), n;
    qpair *p;
    for (size_t i = a; i < end; i++) {
        if (ev_word_is(q->s, i, 1, EK_PART, NULL, &n) ||
            (i > a && plain_cue(q, i, &n) && q->s->cut)) {
            end = i > a && comma(q, i - 1) ? i - 1 : i;
            break;
        }
    }
    for (size_t i = a; i < end; i++)
        if ((p = pair_at(q, i)) != NULL && p->close < end)
            p->claimed = 1;
    while (end > a && q->s->t[end - 1].kind == RASD_TOK_PUNCT)
        end--;
    return end;
}

/* Whether a quoted passage ends its clause: the sentence, punctuation or the next statement
 * follows its closing mark. */
static int ends_clause(qctx *q, const qpair *p)
{
    size_t i = p->close + 1, n;
    if (p->close >= q->s->nt || i >= q->s->nt || i >= send(q, p->close))
        return 1;
    return q->s->t[i].kind == RASD_TOK_PUNCT || ev_word_is(q->s, i, 1, EK_PART, NULL, &n) ||
           plain_cue(q, i, &n);
}

/* The speaker of participle c: the last speaker when a reporting verb named them in this
 * sentence; else the first person the sentence names before it (وعبر جونسون عن … معتبرا
 * أن …); else the last speaker when the sentence names nobody (continued() has the limits). */
static speaker participle_speaker(qctx *q, const qcue *c)
{
    speaker sp = {NULL, NULL, 0, 0, 0, c->gender};
    size_t a = c->i;
    if (honorific(q, c, c->i + c->n, &sp))
        return sp;
    if (q->last_sent == send(q, c->i))
        return continued(q, c->i, c->gender, 0);
    while (a > 0 && send(q, a - 1) == send(q, c->i))
        a--;
    for (size_t k = 0; k < q->ne && q->en[k].tok_start < c->i; k++)
        if (q->en[k].tok_start >= a && strcmp(q->en[k].type, "PER") == 0 &&
            can_speak(q, &q->en[k]) && !addressed(q, q->en[k].tok_start)) {
            sp.id = q->en[k].id, sp.name = q->en[k].name;
            sp.start = q->en[k].start, sp.end = q->en[k].end;
            return sp;
        }
    return continued(q, c->i, c->gender, 0);
}

/* Who spoke last from now on: sp, by cue c, whose statement ends before token end. A
 * participle changes nobody, but its statement is still theirs. */
static void spoke(qctx *q, const qcue *c, const speaker *sp, size_t end)
{
    if (!c->part) {
        q->last = *sp, q->last_sent = (uint32_t)send(q, c->i);   /* unknown: no last speaker */
        q->last_end = (uint32_t)end;
    } else if (sp->name && sp->name == q->last.name && end > q->last_end) {
        q->last_end = (uint32_t)end;
    }
}

/* The first token after the subject of cue c, whose speaker sp was named at bytes
 * [sp->start, sp->end) (or before the cue, for a continuing speaker). */
static size_t after_subject(const qctx *q, const qcue *c, const speaker *sp)
{
    size_t j = c->i + c->n, end = send(q, j);
    if (!c->part && sp->name && sp->start > q->s->t[c->i].start)
        while (j < end && q->s->t[j].start < sp->end)
            j++;
    return j;
}

/* Whether token j opens cue c's nominal complement (bits: data/quotes.tsv "comp"): a
 * preposition it takes (شدد على، أعرب عن، أشار إلى), ب on a noun of "cnoun" (نوه بالدعم،
 * أفادت … بمقتل), or such a noun itself (أكد أهمية، مؤكدا عمق). */
static int comp_opens(const qctx *q, size_t j, int bits)
{
    ev_scan *s = q->s;
    int v;
    size_t n;
    if (in_entity(q, j))
        return 0;
    if (ev_word_is(s, j, 0, EK_CPREP, &v, &n))
        return (v & bits) != 0;
    if ((bits & COMP_NOUN) && ev_word_is(s, j, 0, EK_CNOUN, NULL, &n))
        return 1;
    return (bits & COMP_BI) && letter_is(s->t[j].norm, U_BEH) &&
           ev_word_is(s, j, 1, EK_CNOUN, NULL, &n) && s->cut == 1;
}

/* Where cue c's nominal complement starts (أكد الوزير ضرورة …، شدد على أهمية …، أعرب عن
 * استعداد …): the first token within COMP_GAP after the subject that opens one, before another
 * reporting word or the sentence's end; the sentence's end when there is none. */
static size_t comp_start(qctx *q, const qcue *c, const speaker *sp)
{
    size_t j = after_subject(q, c, sp), end = send(q, c->i), n;
    int bits;
    if (!ev_word_is(q->s, c->i, 1, EK_COMP, &bits, &n))
        return end;
    for (size_t k = j; k < end && k < j + COMP_GAP; k++) {
        if (plain_cue(q, k, &n) || ev_word_is(q->s, k, 1, EK_PART, NULL, &n))
            return end;
        if (ev_is_word(&q->s->t[k]) && comp_opens(q, k, bits))
            return k;
    }
    return end;
}

/* Whether cue c's nominal complement opens right after it, with no subject between (وأعرب
 * عن …، مؤكدا عمق …): the verb continues the last speaker. */
static int comp_now(qctx *q, const qcue *c)
{
    size_t j = c->i + c->n, n;
    int bits;
    return j < send(q, c->i) && ev_word_is(q->s, c->i, 1, EK_COMP, &bits, &n) &&
           comp_opens(q, j, bits);
}

/* Whether reporting word c calls on God (داعيا الله، ودعا المولى أن، سائلا الله): a prayer
 * (data/events.tsv "pray", the words of one), not a statement. */
static int prays(qctx *q, const qcue *c)
{
    size_t j = c->i + c->n, n;
    return j < q->s->nt && ev_word_is(q->s, j, 0, EK_PRAY, NULL, &n) && n == 1 &&
           q->s->t[j].norm_len > LETTERS(3);              /* الله، المولى; not له، لها */
}

/* Whether STRICT cue c has its complement: a preposition it takes (data/quotes.tsv "comp")
 * with a noun of "cnoun" right after it, within SUBJECT_WORDS + COMP_GAP tokens, before
 * another statement or the sentence's end (وعبر المتظاهرون عن رفضهم; not عبر الحدود). */
static int strict_ok(qctx *q, const qcue *c)
{
    size_t end = send(q, c->i), n;
    int bits, v;
    if (!ev_word_is(q->s, c->i, 1, EK_COMP, &bits, &n))
        return 0;
    for (size_t k = c->i + c->n; k + 1 < end && k < c->i + c->n + SUBJECT_WORDS + COMP_GAP;
         k++) {
        if (plain_cue(q, k, &n) || ev_word_is(q->s, k, 1, EK_PART, NULL, &n))
            return 0;
        if (!in_entity(q, k) && ev_word_is(q->s, k, 0, EK_CPREP, &v, &n) && (v & bits))
            return ev_word_is(q->s, k + n, 0, EK_CNOUN, NULL, &n);
    }
    return 0;
}

/* What reporting word c says (a participle, or a verb; one with و or ف starts a statement
 * and does not attribute the quote before it); returns the token after it all. */
static size_t statement(qctx *q, const qcue *c)
{
    if (prays(q, c) || (c->strict && !strict_ok(q, c)))
        return c->i + c->n;          /* داعيا الله أن يحفظ …: a prayer; عبر الحدود: via */
    size_t i = c->i, n = c->n, that, at = content_start(q, i + n, &that), k = at + that;
    int now = at != i + n && comp_now(q, c);           /* وأعرب عن رغبة باريس بأن … */
    speaker sp = c->part ? participle_speaker(q, c)
                 : now   ? continued(q, i, c->gender, 1 + !!c->cut)
                         : subject(q, c, i + n, at);
    qpair *before = c->part || c->cut ? NULL : pair_before(q, i), *p;
    if ((at >= send(q, i + n) || now) && !before) {
        size_t e;
        k = now ? i + n : comp_start(q, c, &sp);       /* أكد بوتين ضرورة … */
        if (k >= send(q, i))
            return spoke(q, c, &sp, send(q, i)), i + n;
        e = clause_end(q, k);
        if (e > k && words_in(q, k, e) >= MIN_WORDS)
            emit(q, q->s->t[k].start, q->s->t[e - 1].end, i, n, 0, &sp);
        e = e > i + n ? e : i + n;
        spoke(q, c, &sp, e);
        return e;
    }
    if (ev_punct(q->s, k, ":") && that == 0)
        k++;
    p = k < q->s->nt ? pair_at(q, k) : NULL;
    if (p && !ends_clause(q, p))
        p = NULL;              /* إن «إل جي» أعلنت …: a quoted name inside a reported clause */
    if (before && !p) {                        /* « … »، قال بوتين */
        before->claimed = 1;
        emit(q, before->start, before->end, i, n, 1, &sp);
    } else if (p) {                            /* split by the verb: one quote */
        p->claimed = 1;
        if (before)
            before->claimed = 1;
        emit(q, before ? before->start : p->start, p->end, i, n, 1, &sp);
        k = p->close + 1;
    } else if (at < send(q, i + n)) {
        size_t e;
        while (k < send(q, i + n) && q->s->t[k].kind == RASD_TOK_PUNCT && !pair_at(q, k))
            k++;
        e = clause_end(q, k);
        if (e > k && words_in(q, k, e) >= MIN_WORDS)
            emit(q, q->s->t[k].start, q->s->t[e - 1].end, i, n, 0, &sp);
        k = e;
    }
    k = k > i + n ? k : i + n;
    spoke(q, c, &sp, k);
    return k;
}

/* ------------------------------------------------------------- the stage */

static void sentence_ends(qctx *q)
{
    size_t ns, k = 0, j = 0, nt = q->s->nt;
    const rasd_span *sn = rasd_doc_sentences(q->doc, &ns);
    const rasd_token *t = q->s->t;
    q->x->sent_end = grow_array(q->x->sent_end, &q->x->sent_end_cap, nt + 1, sizeof(uint32_t),
                                &q->rc);
    if (q->rc)
        return;
    q->sent_end = q->x->sent_end;
    for (size_t i = 0; i < nt; i++) {
        uint32_t limit;
        while (k < ns && sn[k].end <= t[i].start)
            k++;
        limit = k < ns ? sn[k].end : UINT32_MAX;
        if (j < i + 1)
            j = i + 1;
        while (j < nt && t[j].start < limit)
            j++;
        q->sent_end[i] = (uint32_t)j;
    }
}

rasd_status ev_find_quotes(const rasd_engine *e, rasd_doc *doc, ev_scan *s)
{
    qctx q = {e, s, doc, EV_DOC(doc), NULL, 0, NULL, NULL, 0, {NULL, NULL, 0, 0, 0, 0}, 0, 0,
              RASD_OK};
    struct ev_doc *x = EV_DOC(doc);
    qcue c = {0, 0, 0, 0, 0, 0};
    x->nquotes = 0;
    x->ntitles = 0;
    x->names.n = 0;
    if (s->nt == 0)
        return RASD_OK;
    q.en = ent_doc_names(doc, &q.ne);
    sentence_ends(&q);
    if (!q.rc)
        pair_marks(&q);
    for (size_t i = 0; i < s->nt && !q.rc && !s->rc;) {
        c.i = i;
        if ((c.part = 0, ev_word_is(s, i, 1, EK_CUE, &c.gender, &c.n)) ||
            (c.part = 1, ev_word_is(s, i, 1, EK_PART, &c.gender, &c.n))) {
            c.cut = s->cut;
            c.strict = c.gender & STRICT, c.gender &= GENDER;
            i = ev_conjunctions(&s->t[i], c.cut) ? statement(&q, &c) : i + 1;
        } else {
            i++;
        }
    }
    for (size_t k = 0; k < x->nquotes; k++)    /* descriptions now that names stopped growing */
        if (x->desc[k])
            x->quotes[k].speaker_name = x->names.p + x->desc[k] - 1;
    return q.rc ? q.rc : s->rc;
}
