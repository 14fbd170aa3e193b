/* actors.c — who took part in an event: the names the recogniser found, taken as actors only
 * where Arabic syntax puts them (actors.h; docs/EVENTS.md "Who the actors are"). A verb's
 * subject after it (ev_subject_after) or before it (ev_subject_before), its object
 * (ev_object_of), a noun's parties before it (ev_last_in), a killing's doer (ev_doer_of),
 * and the tests on the words between them (ev_lead_span: titles and genitives only). */
#include "events/actors.h"
#include "events/abbrev_dot.h"
#include "entities/ent.h"

/* The proclitic (و ف ب ل ك) on token i, as its letter's second UTF-8 byte; 0 if none. */
int ev_clitic(const sent_ctx *c, size_t i)
{
    return ent_with_particle(c->doc, i) ? (unsigned char)c->s->t[i].norm[1] : 0;
}

/* The proclitic on the first word of name e, unless that letter is the name's own (لافروف،
 * كيري: the recogniser's stemmer takes their ل and ك for particles): 0 when the name as
 * resolved holds the word with it. */
int ev_name_clitic(const sent_ctx *c, const rasd_entity *e)
{
    const rasd_token *t = &c->s->t[e->tok_start];
    int cl = ev_clitic(c, e->tok_start);
    const char *p = e->name;
    if (!cl)
        return 0;
    while (*p) {
        size_t n = strcspn(p, " ");
        if (n == t->norm_len && memcmp(p, t->norm, n) == 0)
            return 0;
        p += n + (p[n] == ' ');
    }
    return cl;
}

int ev_comma(const sent_ctx *c, size_t i)
{
    return ev_token_comma(&c->s->t[i]);
}

/* Whether token i ends a clause: a comma or a stop (quote marks and brackets do not). */
int ev_clause_end(const sent_ctx *c, size_t i)
{
    return ev_comma(c, i) || ev_punct(c->s, i, ".;:!");
}

/* Whether the sentence asks: a word of data/events.tsv "tguard" 2 first (هل), or a question
 * mark (? or ؟). */
int ev_question(sent_ctx *c)
{
    int v;
    size_t n;
    if (ev_word_is(c->s, c->t0, 1, EK_TGUARD, &v, &n) && v == TGUARD_QUESTION)
        return 1;
    for (size_t k = c->t0; k < c->t1; k++)
        if (c->s->t[k].kind == RASD_TOK_PUNCT &&
            (ev_punct(c->s, k, "?") || (c->s->t[k].norm_len == 2 &&
                                         memcmp(c->s->t[k].norm, "\xd8\x9f", 2) == 0)))
            return 1;
    return 0;
}

/* Quote marks and brackets around a name (تنظيم «داعش»، وكالة (سبوتنيك)). */
static int is_bracket(const sent_ctx *c, size_t i)
{
    static const char *const marks[] = {"\"", "(", ")", U_LAQUO, U_RAQUO, U_LDQUO, U_RDQUO};
    const rasd_token *t = &c->s->t[i];
    for (size_t k = 0; t->kind == RASD_TOK_PUNCT && k < sizeof marks / sizeof *marks; k++)
        if (t->norm_len == strlen(marks[k]) && memcmp(t->norm, marks[k], t->norm_len) == 0)
            return 1;
    return 0;
}

/* The point of an abbreviated title (د. عزام، د.الضلعان: branch err66): a "." written right
 * after a one-letter courtesy title (data/events.tsv "lead" 1: د). A title, not a stop:
 * ev_lead_span and honorifics step over it as they do over a quote mark. */
int ev_title_dot(ev_scan *s, size_t lo, size_t i)
{
    const rasd_token *t = s->t;
    int v;
    size_t n;
    return i > lo && ev_abbrev_dot(s, i) && t[i - 1].end == t[i].start &&
           ev_word_is(s, i - 1, 0, EK_LEAD, &v, &n) &&
           n == 1 && v == 1;
}

static int title_dot(const sent_ctx *c, size_t i)
{
    return ev_title_dot(c->s, c->t0, i);
}

/* An adjective of origin: ال…ي or ال…ية (الروسي، الأميركية), not a relative pronoun. */
int ev_nisba(sent_ctx *c, size_t i)
{
    const rasd_token *t = &c->s->t[i];
    size_t n;
    const char *w = t->norm;
    size_t len = t->norm_len;
    if (len < LETTERS(4) || !starts_with(w, len, U_ARTICLE) ||
        ev_word_is(c->s, i, 0, EK_RELATIVE, NULL, &n))
        return 0;
    return ends_with(w, len, U_YEH) || (len >= LETTERS(5) && ends_with(w, len, U_YEH U_HEH));
}

/* Token i lies in a date the article states (اليوم، أمس، مساء الأحد). */
int ev_in_date(const sent_ctx *c, size_t i)
{
    size_t n;
    const rasd_date *d = rasd_doc_dates(c->doc, &n);
    uint32_t b = c->s->t[i].start;
    for (size_t k = 0; k < n; k++)
        if (d[k].start <= b && b < d[k].end)
            return 1;
    return 0;
}

/* A place said at token i: في (data/events.tsv "place" 1) and a place after it, or a place
 * with ب (بموسكو); NULL if none. */
static const rasd_entity *place_at(sent_ctx *c, size_t i)
{
    int fi = word_value(c, i, EK_PLACE) == PLACE_IN;
    for (size_t k = 0; k < c->ne; k++) {
        const rasd_entity *e = &c->en[k];
        if (e->tok_start == i + (size_t)fi && is_loc(e) &&
            (fi || ev_clitic(c, i) == CL_BI))
            return e;
    }
    return NULL;
}

/* Whether tokens [a, b) may stand between a verb (or its subject) and an actor's name:
 * titles and heads of names (lead words: وزير، نظيره، تنظيم), up to two words after one
 * of them (its genitives: وزير الثقافة، رئيس جهاز الشرطة، الأمين العام لمجلس) up to an
 * adjective of origin, which closes it (المدفعية التركية ثلاثة أهداف: no), quote marks, brackets and
 * dates and places (لقائه في موسكو اليوم نظيره). Anything else (مواقع الحوثيين، بإسقاط حكم حماس، في قطاع غزة) means
 * the name is not the actor. The first word may carry a proclitic when clitic_first. */
int ev_lead_span(sent_ctx *c, size_t a, size_t b, int clitic_first)
{
    int after_lead = 0;
    if (b > a + LEAD_MAX)
        return 0;
    for (size_t i = a; i < b; i++) {
        int cl = ev_clitic(c, i);
        const rasd_entity *loc = place_at(c, i);
        if (is_bracket(c, i) || title_dot(c, i) || ev_in_date(c, i))
            continue;
        if (loc) {             /* في موسكو، بموسكو */
            i = loc->tok_end - 1;
            continue;
        }
        if (c->s->t[i].kind == RASD_TOK_PUNCT)
            return 0;
        if (word_kind(c, i, 0, EK_LEAD) ||
            (cl && (i == a ? clitic_first : cl != CL_BI && cl != CL_WA && after_lead == 2) &&
             word_kind(c, i, 1, EK_LEAD))) {   /* الأمين العام لمجلس؛ not … مواقع لتنظيم */
            after_lead = 2;
            continue;
        }
        if (ev_nisba(c, i)) {
            after_lead = 0;    /* an adjective closes the title: المدفعية التركية ثلاثة … */
            continue;
        }
        if (after_lead && (!cl || (cl != CL_BI && cl != CL_WA)) && !word_kind(c, i, 0, EK_PREP)) {
            after_lead--;      /* a title's genitives: وزير الثقافة، رئيس جهاز الشرطة */
            continue;
        }
        return 0;
    }
    return 1;
}

/* Whether tokens [a, b) are only courtesy titles and ranks (lead words of value 1: السفير
 * الدكتور), adjectives of origin and quote marks: what stands between a title and the name
 * of the one who holds it. */
static int honorifics(sent_ctx *c, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        int v;
        size_t n;
        if (!is_bracket(c, i) && !title_dot(c, i) && !ev_nisba(c, i) &&
            !(ev_word_is(c->s, i, 0, EK_LEAD, &v, &n) && n == 1 && v == 1))
            return 0;
    }
    return 1;
}

/* Whether the name e can be the object joined to what ends at token `from`, in the ways
 * joins allows: directly, after مع or على (data/events.tsv "with"), with a proclitic ب or و
 * on the first word of its phrase (بنظيره، وبن علوي), after a word of speech for criticism
 * (أقوال كيري). 2 when by a word of speech, 1 otherwise, 0 if not joined. */
static int joined(sent_ctx *c, size_t from, const rasd_entity *e, int joins)
{
    size_t a = from;
    int cl, with, ma3, ala, said = 0;
    if (e->tok_start < from)
        return 0;
    if ((joins & J_SPEECH) && a < e->tok_start && word_kind(c, a, 0, EK_SPEECH))
        a++, said = 1;                         /* انتقد لافروف إعلان واشنطن */
    with = a < e->tok_start ? word_value(c, a, EK_WITH) : -1;
    ma3 = with == WITH_MA3, ala = with == WITH_ALA;
    if (ma3 || ala)
        return (joins & (ma3 ? J_MA3 : J_ALA)) && ev_lead_span(c, a + 1, e->tok_start, 0) &&
               !ev_name_clitic(c, e);
    cl = a == e->tok_start ? ev_name_clitic(c, e) : ev_clitic(c, a);
    if (!((cl == 0 && (joins & J_DIRECT)) || (cl == CL_BI && (joins & J_BI)) ||
          (cl == CL_WA && (joins & J_WA)) || (cl == CL_LAM && (joins & J_LAM))))
        return 0;
    if (!ev_lead_span(c, a, e->tok_start, 1) || (a != e->tok_start && ev_name_clitic(c, e)))
        return 0;
    return 1 + said;
}

/* Whether two names are one person's (a title and the name after it: خادم الحرمين الشريفين
 * الملك سلمان بن عبدالعزيز): a word of three letters or more in common, بن and آل (shorter)
 * and the first words of compound names (data/events.tsv "namehead": عبد) aside. */
static int same_person(const sent_ctx *c, const rasd_entity *x, const rasd_entity *y)
{
    const char *p = x->name;
    if (strcmp(x->id, y->id) == 0)
        return 1;
    while (*p) {
        size_t n = strcspn(p, " ");
        if (n >= LETTERS(3) && !ev_name_word_is(c->s->ev, p, n, EK_NAMEHEAD)) {
            const char *q = y->name;
            while (*q) {
                size_t m = strcspn(q, " ");
                if (m == n && memcmp(p, q, n) == 0)
                    return 1;
                q += m + (q[m] == ' ');
            }
        }
        p += n + (p[n] == ' ');
    }
    return 0;
}

/* Whether a word is a definite plural (ال…ين، ال…ون), which no one person's name is. */
static int definite_plural(const rasd_token *t)
{
    const char *w = t->norm;
    size_t len = t->norm_len;
    return len >= LETTERS(6) && starts_with(w, len, U_ARTICLE) &&
           (ends_with(w, len, U_YEH U_NOON) || ends_with(w, len, U_WAW U_NOON));
}

/* Whether entity e can be an actor (the subject when subj) of kind ki in this sentence and
 * quote. */
int ev_can_act(sent_ctx *c, const kind_info *ki, const rasd_entity *e,
               const rasd_entity *place, const rasd_quote *q, int subj)
{
    int per = strcmp(e->type, "PER") == 0, loc = strcmp(e->type, "LOC") == 0;
    if (e->tok_start < c->t0 || e->tok_start >= c->t1 || e == place ||
        strcmp(e->type, "MISC") == 0 || (ki->people == 2 && !per) ||
        (ki->people == 1 && subj && loc))
        return 0;
    if (e->tok_end < c->t1 && ev_punct(c->s, e->tok_end, ":"))
        return 0;                              /* a byline, a label */
    if (ev_pronoun_first(c, e))
        return 0;                              /* طلب مني ابراموفيتش (prep_pronoun.c) */
    if (e->tok_end == e->tok_start + 1 && (word_kind(c, e->tok_start, 1, EK_NOTACTOR) ||
                                           (per && definite_plural(&c->s->t[e->tok_start]))))
        return 0;              /* النائب الثاني: an ordinal; المرابطين: a crowd, not a name */
    if (ev_outlet_reporting(c, e, ki->kind))
        return 0;              /* ووفقا لصحيفة «آس»، تم الاتفاق: the outlet reports (src70) */
    if (per && ev_named_for(c, e))
        return 0;              /* جامعة الأمير سطام: the university's namesake (prec72) */
    return !q || (e->start >= q->start && e->end <= q->end);   /* not the one reporting it */
}

const rasd_entity *ev_entity_ending(const sent_ctx *c, size_t k)
{
    for (size_t e = 0; e < c->ne; e++)
        if (c->en[e].tok_end == k && c->en[e].tok_start >= c->t0)
            return &c->en[e];
    return NULL;
}

int ev_names_sorted(const rasd_entity *en, size_t n)
{
    for (size_t k = 1; k < n; k++)
        if (en[k].tok_start < en[k - 1].tok_start)
            return 0;
    return 1;
}

/* The first name starting in tokens [a, b), or NULL: with the names in the order of their
 * first tokens, the first that starts at a or after (the rules ask some 300,000 times a
 * 400-article run; the walk of the document's names cost 16 Ir a token, cost71). */
const rasd_entity *ev_first_entity(const sent_ctx *c, size_t a, size_t b)
{
    if (c->en_sorted) {
        size_t lo = 0, hi = c->ne;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (c->en[mid].tok_start < a)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < c->ne && c->en[lo].tok_start < b ? &c->en[lo] : NULL;
    }
    for (size_t k = 0; k < c->ne; k++)
        if (c->en[k].tok_start >= a && c->en[k].tok_start < b)
            return &c->en[k];
    return NULL;
}

/* Whether token i heads a body's name (lead words of value 3 or 4: وزارة، تنظيم، المجلس). */
static int body_head(sent_ctx *c, size_t i)
{
    int v;
    size_t n;
    return ev_word_is(c->s, i, 0, EK_LEAD, &v, &n) && n == 1 && (v == 3 || v == 4);
}

/* Whether token i (quote marks passed) is a title without the article, the head of a
 * genitive (سفير خادم الحرمين، وزير خارجية إيران), not in apposition (الرئيس أوباما). */
static int indefinite_title(sent_ctx *c, size_t i)
{
    int v;
    size_t n;
    while (i > c->t0 && is_bracket(c, i))
        i--;
    return ev_word_is(c->s, i, 0, EK_LEAD, &v, &n) && n == 1 && v == 0 &&
                      !starts_with(c->s->t[i].norm, c->s->t[i].norm_len, U_ARTICLE);
}

/* A verb's subject after it (VSO): the first name after it with only lead words between
 * (اتهم رئيس الوزراء أحمد داود أوغلو), not behind a preposition (هددت بإسقاط حكم حماس: no
 * subject). If that name cannot act, there is no subject rather than the next name. */
/* Whether name a after a verb whose word ends at token end is its subject set off between
 * commas after the title it holds (ندّد رئيس الوزراء التركي، أحمد داود أوغلو، بالهجوم; events7):
 * a title (a lead word first, its genitives and adjectives) right after the verb, a comma, the
 * name, a comma. What follows the second comma is the verb's object or matter. */
int ev_apposed(sent_ctx *c, size_t end, const rasd_entity *a)
{
    return a->tok_start > end + 1 && ev_comma(c, a->tok_start - 1) && a->tok_end < c->t1 &&
           ev_comma(c, a->tok_end) && strcmp(a->type, "PER") == 0 &&
           word_kind(c, end, 0, EK_LEAD) && ev_lead_span(c, end, a->tok_start - 1, 0);
}

static const rasd_entity *subject_near(sent_ctx *c, const kind_info *ki, size_t end,
                                       const rasd_entity *place, const rasd_quote *q)
{
    const rasd_entity *a = ev_first_entity(c, end, end + SUBJECT_REACH < c->t1 ? end + SUBJECT_REACH
                                                                            : c->t1), *n;
    int bare, genitive, own;
    if (!a || (!ev_lead_span(c, end, a->tok_start, 0) && !ev_apposed(c, end, a)))
        return NULL;
    for (size_t i = end; i < a->tok_start; i++) {
        int v;
        size_t len;
        if (ev_word_is(c->s, i, 0, EK_LEAD, &v, &len) && len == 1 && v == 3)
            return NULL;                       /* دعا المجلس الاتحاد الأوروبي: the council */
    }
    if (a->tok_start > end && ev_clitic(c, end) != 0 && ev_clitic(c, end) != CL_WA &&
        ev_clitic(c, end) != CL_FA)
        return NULL;           /* بتنظيم داعش: not a subject */
    own = ev_name_clitic(c, a);             /* الأمين العام للأمم المتحدة، لبوتين */
    bare = word_kind(c, a->tok_start, 0, EK_LEAD) && ev_lead_span(c, a->tok_start, a->tok_end, 0);
    genitive = a->tok_start > end && indefinite_title(c, a->tok_start - 1);
    if ((a->tok_start > end && strcmp(a->type, "PER") != 0) || bare || genitive || own) {
        /* a title (a mention of title words only), or a name after one (رئيسة مفوضية
         * الاتحاد الأفريقي، سفير خادم الحرمين الشريفين): the person named right after it is
         * the subject (… نكوسازانا دلاميني زوما), not someone the article gave the title
         * earlier (وزير الخارجية [الكويتي] … الإيراني محمد جواد ظريف), nor a person or a body
         * whose title it is (the ambassador of the King is not the King; نائب رئيس الاتحاد
         * السعودي, وزيرة الخارجية الأمريكية السابقة are not the federation, the ministry) */
        n = ev_first_entity(c, a->tok_end, a->tok_end + SUBJECT_REACH < c->t1
                                            ? a->tok_end + SUBJECT_REACH : c->t1);
        if (n && (!honorifics(c, a->tok_end, n->tok_start) || ev_name_clitic(c, n)) &&
            !ev_apposed(c, end, n))
            n = NULL;          /* … but رئيس الوزراء التركي، أحمد داود أوغلو، (events7) */
        if (n && strcmp(n->type, "PER") == 0 && (!same_person(c, a, n) || ev_apposed(c, end, n)))
            a = n;
        else if (own)
            return NULL;       /* مواقع للحوثيين، لبوتين: not a subject */
        else if ((n && bare && !same_person(c, a, n)) || genitive ||
                 (bare && strcmp(a->type, "PER") != 0 && !body_head(c, a->tok_start)))
            return NULL;       /* الدكتور "العمّار": whose title? وزيرة الخارجية الأمريكية
                                  السابقة …: a person's title taken for a ministry; but
                                  خادم الحرمين الشريفين الملك سلمان: the title's holder
                                  named after it is the subject, as the title */
    }
    return ev_can_act(c, ki, a, place, q, 1) ? a : NULL;
}

/* The subject after the verb ending at end: near it (subject_near), else, for a host or a
 * meeting, past the reach of titles (long_subject.c). */
const rasd_entity *ev_subject_after(sent_ctx *c, const kind_info *ki, size_t end,
                                    const rasd_entity *place, const rasd_quote *q)
{
    const rasd_entity *a = subject_near(c, ki, end, place, q);
    if (!a && (a = ev_long_subject(c, ki, end)) != NULL && !ev_can_act(c, ki, a, place, q, 1))
        a = NULL;
    return a;
}

/* Whether the verb at token i (without its cut proclitics) is in the present tense. */
int ev_present(const sent_ctx *c, size_t i, int cut)
{
    const char *w = c->s->t[i].norm + 2 * cut;
    return letter_is(w, U_YEH) || letter_is(w, U_TEH);
}

/* Whether the verb at token i follows a conjunction with the pronoun of the one reporting
 * (data/events.tsv aguard self: أنه، إنه، بأنه), right before it or before a word of the future
 * (plan 1: سوف): قال X إنه سيزور، كشف X عن أنه سوف يتوجه، أشار إلى أنه اتفق مع — in reported
 * speech, the speaker's own deed (seedev). Not a verb with و or ف; not تم (أنه تم الاتفاق:
 * the pronoun of the matter, a passive); not a present with no future (إنه يزور سوق السمك
 * باستمرار: a habit), its ي taken as the masculine present the pronoun would take. */
int ev_self_said(sent_ctx *c, size_t i)
{
    const rasd_token *t = &c->s->t[i];
    int v, future = 0;
    size_t n, k = i;
    if (k == c->t0 || ev_clitic(c, i) == CL_WA || ev_clitic(c, i) == CL_FA ||   /* not و، ف */
        (t->norm_len == LETTERS(2) && starts_with(t->norm, t->norm_len, U_TEH U_MEEM)))
        return 0;
    if (ev_word_is(c->s, k - 1, 0, EK_PLAN, &v, &n) && n == 1 && k - 1 > c->t0)
        k--, future = 1;       /* سوف */
    future |= t->norm_len > LETTERS(2) && letter_is(t->norm, U_SEEN) &&
              (letter_is(t->norm + LETTERS(1), U_YEH) || letter_is(t->norm + LETTERS(1), U_TEH));
    if (!future && letter_is(t->norm, U_YEH))
        return 0;
    return ev_aguard_word(c, k - 1, AG_SELF);
}

int ev_aguard_at(sent_ctx *c, size_t k, int strip, int l, size_t *n)
{
    size_t m;
    return k >= c->t0 && k < c->t1 && c->s->t[k].kind != RASD_TOK_PUNCT &&
           ev_aguard_is(c->s, k, strip, l, n ? n : &m);
}

int ev_aguard_word(sent_ctx *c, size_t k, int l)
{
    size_t m;
    return ev_aguard_at(c, k, 1, l, &m) && m == 1;
}

/* Whether a verb may come right after token i with its subject after it: i is punctuation,
 * a date, a relative pronoun or a particle (data/events.tsv "subject": أن، كما، قد، من جهته). */
int ev_verb_first_after(sent_ctx *c, size_t i)
{
    return c->s->t[i].kind == RASD_TOK_PUNCT || ev_in_date(c, i) || word_kind(c, i, 1, EK_SUBJECT) ||
           word_kind(c, i, 1, EK_RELATIVE);
}

/* Whether the name e is the genitive of a noun right before it (ميثاق منظمة التعاون) to which
 * the relative pronoun at token rel belongs: a word without ال, proclitic or title, which no
 * particle, date, name or punctuation is, and a relative in the masculine (الذي) after a name
 * in the feminine (…ة, a country) (evbreadth). */
static int construct(sent_ctx *c, const rasd_entity *e, size_t rel)
{
    size_t k = e->tok_start;
    const rasd_token *t = &c->s->t[rel];
    if (k <= c->t0 || ends_with(t->norm, t->norm_len, U_TEH U_YEH) ||
        (!ends_with(c->s->t[k].norm, c->s->t[k].norm_len, U_HEH) && !is_loc(e)) ||
        ev_first_entity(c, k - 1, k))
        return 0;              /* the relative agrees with a name in the feminine (…ة, a
                                  country): الذي is not the name's (ميثاق منظمة … الذي), التي
                                  may be (موقع إيران التي تهدد) */
    t = &c->s->t[k - 1];
    return ev_is_word(t) && t->kind != RASD_TOK_NUMBER && !starts_with(t->norm, t->norm_len, U_ARTICLE) &&
           !ev_clitic(c, k - 1) && !word_kind(c, k - 1, 0, EK_LEAD) &&
           !word_kind(c, k - 1, 1, EK_SUBJECT) && !word_kind(c, k - 1, 0, EK_PREP) &&
           !ev_in_date(c, k - 1) && !ev_event_start(c->s, k - 1);
}

/* A verb's subject before it (SVO): the name right before it after a word that puts a
 * subject first (أن المالكي يهاجم، وكان الوزير عادل الجبير، وزير الخارجية السعودي، التقى),
 * a name at the start of the sentence before a present-tense verb (المالكي يهاجم), or the
 * name a relative pronoun follows (محسن مرزوق، الذي وقع). *none is set when the subject is
 * somebody unnamed (من اتهم واشنطن؛ a verb after a word that is no name nor a particle:
 * الأمير علي يهاجم بلاتيني — or it is a noun: مهمات قصف تنظيم داعش) or no actor: then there
 * is no event. */
const rasd_entity *ev_subject_before(sent_ctx *c, const kind_info *ki, size_t i, int cut,
                                     const rasd_entity *place, const rasd_quote *q,
                                     int *none)
{
    int v;
    size_t n, k = i, j;
    const rasd_entity *e;
    *none = 0;
    if (i > c->t0 && ev_word_is(c->s, i - 1, 1, EK_RELATIVE, &v, &n) && n == 1) {
        k = i - 1 > c->t0 && ev_comma(c, i - 2) ? i - 2 : i - 1;
        e = v ? ev_entity_ending(c, k) : NULL;
        if (e && k == i - 1 && ev_present(c, i, cut) && v == 1 && construct(c, e, i - 1))
            e = NULL;          /* ميثاق منظمة التعاون الإسلامي الذي يدعو: with no comma and
                                  a verb in the present (what something says, not what
                                  someone did), the relative is the head noun's */
        *none = !e || !ev_can_act(c, ki, e, place, q, 1);
        return *none ? NULL : e;
    }
    if (i > c->t0 && ev_comma(c, i - 1)) {     /* an apposition between commas */
        for (k = i - 1; k > c->t0 && k + APPOSITION_REACH > i && !ev_comma(c, k - 1); k--)
            ;
        if (!(k > c->t0 && ev_comma(c, k - 1)))
            return NULL;
        k--;
    }
    if (k == i && cut == 0 && i > c->t0 + 1 && word_kind(c, i - 1, 0, EK_AUX)) {   /* قد */
        e = ev_entity_ending(c, i - 1);           /* بوتين قد التقى، المهرجان قد دعا */
        *none = e ? !ev_can_act(c, ki, e, place, q, 1) : !ev_verb_first_after(c, i - 2);
        return *none ? NULL : e;
    }
    if (k == i && cut > 0)
        return NULL;           /* يوسف أوباما وطالب الثنائي: a name before و+verb ends the
                                  clause before it */
    e = ev_entity_ending(c, k);
    if (!e && k == i && cut == 0 && i > c->t0 && !ev_verb_first_after(c, i - 1))
        *none = 1;             /* الأمير علي يهاجم بلاتيني: an unknown subject; مهمات قصف تنظيم
                                  داعش: a noun, "the bombing of" */
    if (!e || !ev_can_act(c, ki, e, place, q, 1) || ev_name_clitic(c, e) == CL_BI)
        return NULL;
    for (j = e->tok_start; j > c->t0 && word_kind(c, j - 1, 0, EK_LEAD); j--)
        ;
    if (j > c->t0 && word_kind(c, j - 1, 1, EK_SUBJECT))
        return e;
    if (k == i && j == c->t0 && ev_present(c, i, cut))
        return e;                              /* المالكي يهاجم: a present-tense verb */
    return NULL;
}

/* The values of data/events.tsv "pray" and "about". */
enum { PRAY_NAMED = 1 };            /* الله, which after عبد ("namehead") is a name */

/* Whether the appeal whose word ends at token i asks God: a word of prayer before the
 * appeal's "to" (إلى، لـ، بـ، على): دعا الله، ودعا "القحطاني" المولى، دعا رئيس المجلس في
 * ختام تصريحه المولى القدير. */
int ev_prayer(sent_ctx *c, size_t i)
{
    for (size_t k = i; k < c->t1 && k < i + PRAYER_REACH; k++) {
        int cl = ev_clitic(c, k), pray = word_value(c, k, EK_PRAY);
        if (pray >= 0 && !(pray == PRAY_NAMED && k > 0 && word_kind(c, k - 1, 0, EK_NAMEHEAD)))
            return 1;                          /* not الله in عبد الله (المحيسني) */
        if (word_value(c, k, EK_ABOUT) == ABOUT_TO ||                           /* إلى، على */
            (c->s->t[k].kind != RASD_TOK_PUNCT && (cl == CL_LAM || cl == CL_BI)))
            return 0;
    }
    return 0;
}

/* The object: the first name after `from` joined to it as the kind allows (joined), not
 * the subject again under another name (an apposition), not one of the subject's party
 * when the kind is not symmetric (يهدد العدناني ومن خلفه داعش). */
const rasd_entity *ev_object_of(sent_ctx *c, const kind_info *ki, size_t from,
                                const rasd_entity *a, const rasd_entity *place,
                                const rasd_quote *q, int joins)
{
    int how;
    if (a && from == a->tok_end && from < c->t1 && ev_punct(c->s, from, "(")) {
        while (from < c->t1 && !ev_punct(c->s, from, ")"))
            from++;            /* the subject's apposition: حزب الاتحاد الديمقراطي (أكراد سوريا) */
        if (from++ >= c->t1)
            return NULL;
    }
    for (size_t k = 0; k < c->ne; k++) {
        const rasd_entity *e = &c->en[k];
        if (e->tok_start < from || e == a)
            continue;
        if (a && e->tok_start == a->tok_end && strcmp(a->type, "PER") == 0 &&
            strcmp(e->type, "PER") == 0 && !ev_name_clitic(c, e)) {
            from = e->tok_end;         /* one name the recogniser cut in two: آل | سعود */
            continue;
        }
        if (e->tok_start >= from + OBJECT_REACH || e->tok_start >= c->t1)
            return NULL;
        if (e == place || place_at(c, e->tok_start) == e ||
            (e->tok_start > from && place_at(c, e->tok_start - 1) == e))
            continue;                          /* where, not with whom: لقائه في موسكو */
        if (!(how = joined(c, from, e, joins)))
            return NULL;
        if ((a && strcmp(e->type, a->type) == 0 && same_person(c, a, e)) ||
            (e->tok_start > from && ev_clitic(c, e->tok_start - 1) == CL_LAM)) {
            from = e->tok_end;                 /* the subject's name after its title; a name
                                                  in a title (الأمين العام المساعد لحزب …) */
            continue;
        }
        c->said = how == 2;
        return ev_can_act(c, ki, e, place, q, 0) ? e : NULL;
    }
    return NULL;
}

/* The doer of what was done to target (its word before it): the name after a word of
 * data/events.tsv "by" (على يد، بيد، من قبل) within OBJECT_REACH tokens after the target,
 * titles only between; NULL if none. */
const rasd_entity *ev_doer_of(sent_ctx *c, const kind_info *ki, size_t from,
                              const rasd_entity *target, const rasd_entity *place,
                              const rasd_quote *q)
{
    for (size_t k = from; k < c->t1 && k < from + OBJECT_REACH; k++) {
        size_t n;
        const rasd_entity *e;
        if (c->s->t[k].kind == RASD_TOK_PUNCT)
            return NULL;
        if (!ev_word_is(c->s, k, 0, EK_BY, NULL, &n))
            continue;
        e = ev_first_entity(c, k + n, k + n + SUBJECT_REACH < c->t1 ? k + n + SUBJECT_REACH : c->t1);
        return e && e != target && ev_lead_span(c, k + n, e->tok_start, 0) &&
               ev_can_act(c, ki, e, place, q, 1) ? e : NULL;
    }
    return NULL;
}

/* The last actor starting in tokens [a, b) (before skip, if given), or NULL. */
const rasd_entity *ev_last_in(sent_ctx *c, const kind_info *ki, size_t a, size_t b,
                              const rasd_entity *place, const rasd_quote *q,
                              const rasd_entity *skip)
{
    const rasd_entity *hit = NULL;
    for (size_t k = 0; k < c->ne; k++)
        if (c->en[k].tok_start >= a && c->en[k].tok_start < b && &c->en[k] != skip &&
            (!skip || c->en[k].tok_start < skip->tok_start) &&
            ev_can_act(c, ki, &c->en[k], place, q, 1))
            hit = &c->en[k];
    return hit;
}
