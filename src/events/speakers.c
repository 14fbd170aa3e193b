/* speakers.c — who said it: the subject of a reporting word (quotes.h, docs/EVENTS.md
 * "Speakers").
 *
 * The speaker is the first named entity (rasd_recognize: PER, ORG, LOC as in "قالت موسكو")
 * within the first words after the cue; a title resolved by the recogniser counts (الرئيس
 * الروسي → فلاديمير بوتين). An unnamed source (مسؤول في البيت الأبيض، مصدر في مكتب كاميرون)
 * keeps its description and no entity; "المصدر" later is the same source. After the subject's
 * first word a resolved title, place or organisation is a complement (مدرب المكسيك، مساعدة
 * الرئيس الإيراني): the name after it is the speaker, else nobody. A verb with no subject
 * (وأضاف: …) continues the last speaker only if it agrees in gender with the verb that named
 * them and nobody else was named since (docs/EVENTS.md, "Quotes": precision before recall).
 * Issue 16 (quotes2): a subject before its verb (وكان الرئيس بوتين قد أكد، يذكر أن جامعة تبوك
 * قد أوضحت), a surname the article gave in full, a speech the sentence's subject gave (ألقى X
 * كلمة أكد فيها), a body standing for the organisation the article named (الوزارة), and a
 * title with no name, by its words.
 */
#include "events/quotes.h"
#include "events/letters.h"

#include <stdlib.h>
#include <string.h>

/* Whether a reporting verb that is not STRICT, COLON or VIA starts at token i (its length in
 * *n): where another statement begins. A STRICT one (عبر) is that only with its complement:
 * قالت عبر حسابها إن … goes on; nor do وزاد or بنقل المصاب start one, nor a COMPONLY one
 * (cue67: إن الحوادث تحدث كثيرا goes on). */
int qt_plain_cue(const qctx *q, size_t i, size_t *n)
{
    int v;
    return ev_word_is(q->s, i, 1, EK_CUE, &v, n) &&
           !(v & (STRICT | COLON | VIA | NAMED | AFTER | COMPONLY)) &&
           ev_conjunctions(&q->s->t[i], q->s->cut);   /* not كيري: ك is no conjunction */
}

/* Whether the word before token i is one with ل before a person (لفخامة، لسمو، لمعالي
 * رئيس …): the one spoken to or for, not the speaker. */
int qt_addressed(const qctx *q, size_t i)
{
    const rasd_token *t = q->s->t;
    return i > 0 && ev_is_word(&t[i - 1]) && t[i - 1].norm_len > LETTERS(3) &&
           letter_is(t[i - 1].norm, U_LAM) && !starts_with(t[i - 1].norm, t[i - 1].norm_len,
                                                            U_ARTICLE);
}

/* Whether a mention can be a subject: not one spoken to (لكاميرون، بالرئيس: a particle
 * before it), not a word of one or two letters (تقول لي: "to me", not a person), not a
 * noun's adjectives the recogniser took for a person (adjectives()), not words opening with
 * the first person (quotes.tsv own_word: نحن نعمل، أرى كرتي; wrong58). */
/* The person whose name one-word person en ends when its word, read as ل or ب and a name,
 * is written the same right after that person's name elsewhere in the article (راجح بادي
 * … وقال بادي: راجح, as the recogniser keyed the full name): the letter is the name's own,
 * not a particle (quotes11); else NULL. */
static const rasd_entity *name_part_elsewhere(const qctx *q, const rasd_entity *en)
{
    const rasd_token *t = q->s->t, *w = &t[en->tok_start];
    if (strcmp(en->type, "PER") != 0 || en->via || en->tok_end != en->tok_start + 1)
        return 0;
    for (size_t k = 1; k < q->ne; k++) {
        const rasd_entity *e2 = &q->en[k], *prev = &q->en[k - 1];
        size_t j = e2->tok_start;
        if (e2 == en || strcmp(e2->type, "PER") != 0 || strcmp(prev->type, "PER") != 0 ||
            prev->tok_end != j || prev->via || t[j].norm_len != w->norm_len ||
            memcmp(t[j].norm, w->norm, w->norm_len) != 0)
            continue;
        return prev;                       /* راجح بادي: two persons back to back */
    }
    return NULL;
}

/* Whether the longer name e2 can be the man a bare surname stands for: not a thing's
 * namesake (qt_namesake: «جامع الشيخ صالح الراجحي» … «وبيّن الراجحي» is the article's
 * عبدالسلام بن صالح الراجحي named before, not the mosque's namesake; judge57's 4), the guard
 * fix61 made for carried speakers, on the surname's path too. */
static int surname_holder(const qctx *q, const rasd_entity *e2)
{
    return !qt_namesake(q, e2);
}

/* The person named earlier in the article with two words or more (not by a title) whose
 * last word is the one word of person en (إبراهيم عبدالله آل خالد الأسمري … وشدد الأسمري:
 * the resolver keeps the family name after آل apart): the latest such, never a thing's
 * namesake (surname_holder); else NULL. */
static const rasd_entity *surname_of(const qctx *q, const rasd_entity *en)
{
    const rasd_token *t = q->s->t, *w = &t[en->tok_start];
    if (strcmp(en->type, "PER") != 0 || en->via || en->tok_end != en->tok_start + 1)
        return NULL;
    for (size_t k = qt_ent_from(q, en->tok_start); k-- > 0;) {
        const rasd_entity *e2 = &q->en[k];
        const rasd_token *last = &t[e2->tok_end - 1];
        if (e2->tok_end <= en->tok_start && strcmp(e2->type, "PER") == 0 && !e2->via &&
            e2->tok_end >= e2->tok_start + 2 && last->norm_len == w->norm_len &&
            memcmp(last->norm, w->norm, w->norm_len) == 0 && surname_holder(q, e2))
            return e2;
    }
    return NULL;
}

/* The person a mention names: en, or the one whose full name it ends (name_part_elsewhere,
 * surname_of when the resolver gave the one word a name of its own). */
static const rasd_entity *full_person(const qctx *q, const rasd_entity *en)
{
    const rasd_token *t = &q->s->t[en->tok_start];
    const rasd_entity *whole;
    if (letter_is(t->norm, U_BEH) && ent_with_particle(q->doc, en->tok_start) &&
        (whole = name_part_elsewhere(q, en)) != NULL)
        return whole;
    if (en->name && !strchr(en->name, ' ') && (whole = surname_of(q, en)) != NULL &&
        (!whole->id || !en->id || strcmp(whole->id, en->id) != 0))
        return whole;
    return en;
}

/* Whether person mention en is a thing's namesake: a noun of data/events.tsv "aguard"
 * namesake (لواء، مطار، جائزة) right before it, at most two titles of "namesake_title"
 * between (لواء الامير تركي بن عبدالعزيز الآلي: a brigade, not the prince; judge56's 23). */
int qt_namesake(const qctx *q, const rasd_entity *en)
{
    size_t k = en->tok_start, n;
    for (int h = 0; h < 2 && k > 0 && ev_aguard_is(q->s, k - 1, 0, AG_NAMESAKE_TITLE, &n) &&
                    n == 1; h++)
        k--;
    return strcmp(en->type, "PER") == 0 && !en->via && k > 0 &&
           ev_aguard_is(q->s, k - 1, 1, AG_NAMESAKE, &n) && n == 1;
}

int qt_can_speak(const qctx *q, const rasd_entity *en)
{
    const rasd_token *t = &q->s->t[en->tok_start];
    size_t n;
    if (strcmp(en->type, "MISC") == 0 || (en->tok_end == en->tok_start + 1 && t->norm_len <= 4))
        return 0;
    if (ev_aguard_is(q->s, en->tok_start, 0, AG_OWN_WORD, &n))
        return 0;                  /* نحن نعمل، أرى كرتي: the first person (wrong58) */
    if (strcmp(en->type, "PER") == 0 && !en->via && qt_adjectives(q, en) && !surname_of(q, en))
        return 0;                  /* not a surname of a person named before (الأسمري) */
    if (qt_nisba_before_name(q, en))
        return 0;                  /* الباراغوياني خوان انخل نابوت: the name speaks */
    /* ل or ب before the name (لكاميرون، بالرئيس): spoken to or about */
    return !((letter_is(t->norm, U_LAM) || letter_is(t->norm, U_BEH)) &&
             ent_with_particle(q->doc, en->tok_start) &&
             !(letter_is(t->norm, U_BEH) && name_part_elsewhere(q, en)));
}

/* Whether a mention is a title the recogniser resolved to its holder (الرئيس الإيراني،
 * خادم الحرمين الشريفين: src/entities/titles.c), not a name. */
int qt_title_mention(const rasd_entity *en)
{
    return en->via != NULL;
}

/* The end of the words that can be a subject's titles from token a (before b): words and
 * commas, up to TITLE_WORDS, not past a stop word (للصحفيين، خلال), إن/أن or a preposition
 * of a complement (على، إلى، عن، من: شدد الأمير … على). */

/* The token after a quoted name at token j (a mark, at most three words, a mark) inside a
 * title that goes on after it with a title word or a person (المشرف على فعاليات «الجادة»
 * المخرج ممدوح سالم); 0 when it does not (في مقابلة مع قناة «العربية» إن: the channel ends
 * the words about the subject). */
static size_t quoted_title_end(const qctx *q, size_t j, size_t b)
{
    size_t m = j + 1, k;
    while (m < b && m <= j + 4 && !qt_mark(q, m))
        m++;
    if (m + 1 >= b || !qt_mark(q, m))
        return 0;
    k = qt_ent_from(q, m + 1);
    return qt_title_word(q, m + 1) ||
           (k < q->ne && q->en[k].tok_start == m + 1 && strcmp(q->en[k].type, "PER") == 0)
               ? m + 1 : 0;
}

static size_t title_chain(const qctx *q, size_t a, size_t b)
{
    size_t j = a, n;
    ev_scan *s = q->s;
    /* before إن/أن or a colon the content is a clause, so no complement opens in the titles:
       a second title's preposition (after و: والمشرف على) and a quoted name go on (أوضح مخرج
       العرض والمشرف على فعاليات «الجادة» المخرج ممدوح سالم أن; not أشار عميل في مكتب
       التحقيقات الاتحادي إلى اداير على أنه) */
    int clause = b < s->nt && (ev_word_is(s, b, 0, EK_THAT, NULL, &n) || ev_punct(s, b, ":"));
    while (j < b && j < a + TITLE_WORDS) {
        if (clause && j > a && qt_mark(q, j)) {
            size_t m = quoted_title_end(q, j, b);
            if (!m)
                break;
            j = m;
            continue;
        }
        if (!ev_is_word(&s->t[j]) && !qt_comma(q, j) &&
            !(ev_punct(s, j, ".") && j > a && s->t[j - 1].norm_len == LETTERS(1)))
            break;              /* د. موفق أبو طالب: an abbreviation's dot goes on */
        if (ev_word_is(s, j, 0, EK_STOP, NULL, &n) || ev_word_is(s, j, 0, EK_THAT, NULL, &n) ||
            (ev_word_is(s, j, 0, EK_CPREP, NULL, &n) && !qt_in_entity(q, j) &&
             !(clause && j > a && qt_and_title_word(q, j - 1))) ||
            (clause && ev_word_is(s, j, 0, EK_RELATIVE, NULL, &n)))
            break;              /* not علي, a name, which على is once normalised; not الرجل
                                   الذي يعمل بالقرب من قائد الجيش …، اللواء خليفة حفتر */
        j++;
    }
    return j;
}

/* Whether a mention that can speak starts in tokens [a, b). */
static int subject_named(const qctx *q, size_t a, size_t b)
{
    for (size_t k = qt_ent_from(q, a); k < q->ne && q->en[k].tok_start < b; k++)
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
        ev_word_is(q->s, a, 0, EK_HONOR, &v, &n) && v == HONOR_TITLE)
        return 0;              /* معالي وزير الخارجية: the minister, not his complement */
    return en->tok_start > a && (strcmp(en->type, "PER") != 0 || qt_title_mention(en));
}

/* Whether mention en, which the recogniser did not take for a person or organisation
 * (MISC), is a name filling the quote marks right after a cue ending at a: it speaks as an
 * organisation there (وقالت "هيومان رايتس ووتش": إن …). */
static int quoted_name(const qctx *q, const rasd_entity *en, size_t a)
{
    return strcmp(en->type, "MISC") == 0 && en->tok_start == a + 1 && qt_mark(q, a) &&
           en->tok_end < q->s->nt && qt_mark(q, en->tok_end);
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
    for (size_t k = qt_ent_from(q, a); k < q->ne && q->en[k].tok_start < lim; k++) {
        const rasd_entity *en = &q->en[k];
        if (en->tok_start < a || (!qt_can_speak(q, en) && !quoted_name(q, en, a)) ||
            qt_chaired_by(q, en, a))      /* إدارة النادي برئاسة X (chaired_subject.c) */
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

/* The first token of the sentence of token i. */
size_t qt_sent_start(const qctx *q, size_t i)
{
    while (i > 0 && qt_send(q, i - 1) == qt_send(q, i))
        i--;
    return i;
}

/* Sets sp to the mention en, named at bytes [start, end) of the text (the mention's own
 * span, or a word that stands for it). */
void qt_speaker_is(speaker *sp, const rasd_entity *en, uint32_t start, uint32_t end)
{
    sp->id = en->id, sp->name = en->name, sp->start = start, sp->end = end, sp->desc = 0;
}

/* Whether token a ends in ون, a plural (وأكد المصابون أن: the injured, no one title). */
static int plural(const qctx *q, size_t a)
{
    const rasd_token *t = &q->s->t[a];
    return t->norm_len > LETTERS(4) &&
           memcmp(t->norm + t->norm_len - LETTERS(2), U_WAW U_NOON, LETTERS(2)) == 0;
}

/* Whether token a is a title with the article and nothing else (المحافظ، الوزير). */
int qt_title_word(const qctx *q, size_t a)
{
    const rasd_token *t = &q->s->t[a];
    size_t n;
    return ev_is_word(t) && t->norm_len > LETTERS(3) &&
           starts_with(t->norm, t->norm_len, U_ARTICLE) &&
           !ev_word_is(q->s, a, 0, EK_SOURCE, NULL, &n);
}

/* Whether token a is a title with the article after و (والناقد، والمشرف: a second title of
 * the same subject, الكاتب والناقد الرياضي أحمد الشمراني). */
int qt_and_title_word(const qctx *q, size_t a)
{
    const rasd_token *t = &q->s->t[a];
    return ev_is_word(t) && t->norm_len > LETTERS(4) && letter_is(t->norm, U_WAW) &&
           starts_with(t->norm + LETTERS(1), t->norm_len - LETTERS(1), U_ARTICLE) &&
           !qt_in_entity(q, a);
}

/* Whether token a is a word that gives the subject its turn with a pronoun (data/events.tsv
 * "subject" 1: بدوره، جهته، جانبها), not one that opens a clause of its own (عندما، إذا). */
static int own_turn(const qctx *q, size_t a)
{
    const rasd_token *t = &q->s->t[a];
    return t->norm_len > LETTERS(3) &&
           (letter_is(t->norm + t->norm_len - LETTERS(1), U_HEH) ||
            memcmp(t->norm + t->norm_len - LETTERS(2), U_HEH U_ALEF, LETTERS(2)) == 0);
}

/* Whether tokens [s0, a) are at most FRONT words before a subject at the sentence's start:
 * words that put a subject first (data/events.tsv "subject": وكان، كما، من جهته), titles
 * (المهندس، الرئيس), commas, and first the sentence's verb (ومثل ويب …، حيث أكد). A body
 * (وقدمت الدراسة محمد حسن فقي) says the name is an object. */
int qt_front_words(const qctx *q, size_t s0, size_t a, int verb)
{
    size_t n, titles = 0;
    for (size_t j = s0; j < a && a > s0 + FRONT; j++)
        titles += qt_title_word(q, j) || qt_and_title_word(q, j);   /* وواصل الرئيس الإيراني حسن
                                              روحاني …: the title words the recogniser left out */
    if (a > s0 + FRONT + (titles < APPOSITION ? titles : APPOSITION))
        return 0;
    for (size_t j = s0; j < a; j++) {
        if (ev_word_is(q->s, j, 1, EK_BODY, NULL, &n))
            return 0;
        int v0, first = j == s0 || (j == s0 + 1 && ev_word_is(q->s, s0, 1, EK_SUBJECT, &v0, &n) &&
                                     n == 1 && (v0 == 0 || (v0 == 1 && own_turn(q, s0))));
                                  /* فيما واصل الرئيس … وقال، بدوره عزا الكاتب …; not عندما
                                     تفضلت الدكتورة …، توقعت (a clause of its own) */
        if (!(ev_word_is(q->s, j, 1, EK_SUBJECT, NULL, &n) && j + n <= a) && !qt_title_word(q, j) &&
            !(j > s0 && qt_and_title_word(q, j)) &&
            !qt_comma(q, j) && !(verb && first && ev_is_word(&q->s->t[j]) && !qt_in_entity(q, j)))
            return 0;
    }
    return 1;
}

/* Whether the word before token a is إن/أن or (part) a particle after which a clause's
 * subject comes before its verb (data/events.tsv "subject" 0: لكن، بينما، فيما، حيث: لكن
 * رئيس الوزراء التركي أحمد داود أوغلو قال), for a subject right before its verb only. */
int qt_after_that(const qctx *q, size_t a, int part)
{
    size_t n, p = a;
    int v;
    if (a > 0 && ev_word_is(q->s, a - 1, 1, EK_THAT, NULL, &n) && n == 1)
        return 1;
    if (!part)
        return 0;
    /* a title the recogniser left out of the name may stand between: لكن رئيس الوزراء
       التركي أحمد داود أوغلو قال */
    while (p > 1 && p + APPOSITION > a && ev_is_word(&q->s->t[p - 1]) &&
           !ev_word_is(q->s, p - 1, 1, EK_SUBJECT, &v, &n))
        p--;
    if (p < a && !ev_word_is(q->s, p, 0, EK_LEAD, NULL, &n))
        p = a;
    return p > 0 && ev_word_is(q->s, p - 1, 1, EK_SUBJECT, &v, &n) && n == 1 && v == 0;
}

/* Whether token i is part of a date (قال الأسبوع الماضي: not a speaker's words). */
int qt_in_date(const qctx *q, size_t i)
{
    const rasd_token *t = &q->s->t[i];
    for (size_t k = 0; k < q->x->ndates; k++)
        if (q->x->dates[k].start < t->end && t->start < q->x->dates[k].end)
            return 1;
    return 0;
}

int qt_object(const qctx *q, size_t a)
{
    size_t n;
    int v;
    return ev_word_is(q->s, a, 0, EK_SOURCE, &v, &n) && v == SOURCE_OBJECT;
}

/* The first token of a subject's window from token a (before b) past an addressee the verb
 * names before its subject (فيما أكد لـ(عكاظ) عدد من مديري المدارس، وأكدت لـ«عكاظ» مصادر):
 * ل or لـ with a name in brackets or quote marks, or an organisation or place with ل. */
static size_t past_addressee(const qctx *q, size_t a, size_t b)
{
    const rasd_token *t = q->s->t;
    size_t k;
    if (a + 3 < b && ev_is_word(&t[a]) && t[a].norm_len == LETTERS(1) &&
        letter_is(t[a].norm, U_LAM) && t[a + 1].kind == RASD_TOK_PUNCT) {
        for (k = a + 3; k < b && k < a + 2 + DESCRIPTION; k++)
            if (t[k].kind == RASD_TOK_PUNCT)
                return k + 1 < b ? k + 1 : a;       /* لـ(عكاظ) */
        return a;
    }
    k = qt_ent_from(q, a);
    if (k < q->ne && q->en[k].tok_start == a && strcmp(q->en[k].type, "PER") != 0 &&
        letter_is(t[a].norm, U_LAM) && ent_with_particle(q->doc, a) && q->en[k].tok_end < b)
        return q->en[k].tok_end;                    /* لعكاظ */
    return a;
}

/* The token after كل من at token a (أكد كل من البيت الأبيض والاستخبارات الأفغانية: "each of",
 * whose first party is the subject), a when there is none. */
static size_t past_all_of(const qctx *q, size_t a, size_t b)
{
    const rasd_token *t = q->s->t;
    return a + 2 < b && word_equals(t[a].norm, t[a].norm_len, U_KAF U_LAM) &&
           word_equals(t[a + 1].norm, t[a + 1].norm_len, U_MEEM U_NOON) ? a + 2 : a;
}

/* The person an earlier title named (اطلع الأمين العام لمجلس التعاون … الدكتور عبداللطيف
 * الزياني … وأكد الأمين العام حرص …): the subject's first two words, a title, stood before
 * in the article with a person after them within its title chain, not a title mention
 * itself; the third words agree unless the subject's ends there (الأمين العام للأمم المتحدة
 * is not الأمين العام لمجلس التعاون). The latest such. */
static int title_named(qctx *q, size_t a, size_t b, size_t i, speaker *sp)
{
    const rasd_token *t = q->s->t;
    int third = a + 2 < b && ev_is_word(&t[a + 2]) &&
                (letter_is(t[a + 2].norm, U_LAM) || starts_with(t[a + 2].norm, t[a + 2].norm_len,
                                                                 U_ARTICLE));
    size_t n;
    if (a + 1 >= b || !qt_title_word(q, a) || !ev_word_is(q->s, a, 0, EK_LEAD, NULL, &n) ||
        !ev_is_word(&t[a + 1]) || qt_in_entity(q, a))
        return 0;                  /* a title (الأمين), not a body (الوزارة) */
    for (size_t p = i; p-- > 0;) {
        size_t e, k;
        if (p + 2 >= i || t[p].norm_len != t[a].norm_len || t[p + 1].norm_len != t[a + 1].norm_len ||
            memcmp(t[p].norm, t[a].norm, t[a].norm_len) != 0 ||
            memcmp(t[p + 1].norm, t[a + 1].norm, t[a + 1].norm_len) != 0)
            continue;
        if (third && (t[p + 2].norm_len != t[a + 2].norm_len ||
                      memcmp(t[p + 2].norm, t[a + 2].norm, t[a + 2].norm_len) != 0))
            continue;
        e = title_chain(q, p, i);
        for (k = qt_ent_from(q, p + 2); k < q->ne && q->en[k].tok_start <= e; k++)
            if (strcmp(q->en[k].type, "PER") == 0 && !qt_title_mention(&q->en[k])) {
                const rasd_entity *en = &q->en[k];
                sp->id = en->id, sp->name = en->name, sp->desc = 0;
                sp->start = t[a].start, sp->end = t[a + 1].end;
                return 1;
            }
    }
    return 0;
}

/* Whether the word before token i is باسم (data/quotes.tsv "behalf": المتحدث باسم الكرملين,
 * not the Kremlin). */
static int after_on_behalf(qctx *q, size_t i)
{
    size_t n;
    int v;
    return i > 0 && ev_word_is(q->s, i - 1, 0, EK_BEHALF, &v, &n) && n == 1 && v == 0;
}

/* Whether an organisation or place at token e is the subject after a cue ending at a: first,
 * or after a noun of its kind (data/quotes.tsv "org": وكالة يونهاب، وكالة (سبوتنيك)), never
 * after a title (مدرب المكسيك، رئيس الاتحاد: the speaker is the holder) or باسم. */
static int subject_org(qctx *q, size_t a, size_t e)
{
    size_t n;
    if (e == a || (e == a + 1 && qt_mark(q, a)))
        return 1;                  /* وقالت "هيومان رايتس ووتش": (a name in quote marks) */
    if (after_on_behalf(q, e) || !ev_word_is(q->s, a, 0, EK_ORGNOUN, NULL, &n))
        return 0;
    return e == a + n ||
           (e == a + n + 1 && (ev_punct(q->s, a + n, "(") || qt_mark(q, a + n)));
}

/* The speaker an honorific at token a stands for (وقال سموه، مؤكدا معاليه): the last speaker,
 * else the first person the article named before it, not in quote marks. */
static int honorific(qctx *q, const qcue *c, size_t a, speaker *sp)
{
    size_t n;
    int v;
    if (a >= q->s->nt || !ev_word_is(q->s, a, 0, EK_HONOR, &v, &n) || v != HONOR_PRONOUN)
        return 0;
    *sp = qt_continued(q, c->i, c->gender, 0);
    if (qt_blessed(q, sp))
        sp->name = NULL;                       /* not a prophet (bless.c) */
    for (size_t k = 0; !sp->name && k < q->ne && q->en[k].tok_start < c->i; k++) {
        const rasd_entity *en = &q->en[k];
        if (strcmp(en->type, "PER") == 0 && !qt_in_pair(q, en->tok_start) && qt_can_speak(q, en) &&
            !qt_title_mention(en)) {
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
    if (!ev_is_word(&t[j]) || t[j].norm_len <= LETTERS(3) || qt_in_entity(q, j) ||
        ev_word_is(q->s, j, 0, EK_LEAD, NULL, &k) || ev_word_is(q->s, j, 0, EK_BODY, NULL, &k) ||
        ev_word_is(q->s, j, 0, EK_SOURCE, NULL, &k))
        return NULL;               /* المحامي: a title the recogniser put inside a name */
    k = 0;
    k = qt_ent_from(q, i);
    while (k-- > 0) {
        const rasd_entity *en = &q->en[k];
        const rasd_token *last = &t[en->tok_end - 1];
        if (strcmp(en->type, "PER") == 0 && !qt_title_mention(en) &&
            en->tok_end >= en->tok_start + 2 && last->norm_len == t[j].norm_len &&
            memcmp(last->norm, t[j].norm, last->norm_len) == 0)
            return en;
    }
    return NULL;
}

/* The person that ends at token j, right before a verb, when its sentence opens with a
 * title and only title words and commas stand before the name (TITLE_WORDS at most): the
 * subject before its verb however long its titles (رئيس النادي الأهلي الأسبق ولثلاثة فترات
 * رئاسية الدكتور عبدالرزاق أبو داوود قال إنه), as qt_fronted() finds it after a few. */
static const rasd_entity *titled_first(const qctx *q, size_t j)
{
    size_t s0 = qt_sent_start(q, j - 1), k = qt_ent_from(q, s0), n;
    const rasd_entity *en = NULL;
    for (; k < q->ne && q->en[k].tok_start < j; k++)
        if (q->en[k].tok_end == j)
            en = &q->en[k];
        else if (strcmp(q->en[k].type, "PER") == 0)
            return NULL;            /* another person first: whose titles they are is unclear */
    if (!en || strcmp(en->type, "PER") != 0 || en->tok_start <= s0 ||
        en->tok_start > s0 + TITLE_WORDS || qt_in_pair(q, en->tok_start) ||
        !qt_can_speak(q, en) || qt_addressed(q, en->tok_start) ||
        !ev_word_is(q->s, s0, 0, EK_LEAD, NULL, &n))
        return NULL;            /* a title first; not الهوس ببرنامج الـ Keek كشف */
    for (size_t m = s0; m < en->tok_start; m++)
        if ((!ev_is_word(&q->s->t[m]) && !qt_comma(q, m)) || qt_plain_cue(q, m, &n) ||
            ev_word_is(q->s, m, 1, EK_PART, NULL, &n) || ev_word_is(q->s, m, 0, EK_THAT, NULL, &n) ||
            ev_word_is(q->s, m, 1, EK_SUBJECT, NULL, &n))
            return NULL;
    return en;
}

/* The subject that ends right before cue c (قد between allowed) when it stands first in its
 * sentence or after إن/أن (qt_fronted(), qt_fronted_body()): what follows such a verb is its
 * object, not its subject (إلا أن مديرية الأحوال طالبت المواطن بإحضار …). Not for a verb
 * with و or ف, nor a participle. */
static int adjacent_subject(qctx *q, const qcue *c, speaker *sp)
{
    size_t j = c->i, n;
    const rasd_entity *en;
    if (c->cut || c->part)
        return 0;
    while (j > 0 && qt_comma(q, j - 1))
        j--;                       /* دراسة علمية أجرتها وزارة التعليم، ذكرت أن */
    if (j > 0 && ev_word_is(q->s, j - 1, 0, EK_AUX, NULL, &n) && n == 1)
        j--;
    j = qt_past_copula(q, c, j);   /* أن الادعاء العام كان قد أعلن (relative_speaker.c) */
    if (j == 0)
        return 0;
    if ((en = qt_fronted(q, c->i, FRONT_THAT | FRONT_PART)) != NULL) {
        if (en->tok_end != j)
            return 0;
        qt_speaker_is(sp, en, en->start, en->end);
        return 1;
    }
    if ((en = titled_first(q, j)) != NULL) {
        qt_speaker_is(sp, en, en->start, en->end);
        return 2;                  /* its own titles before it (الدكتور): no head's complement */
    }
    /* the body ends right before the verb: it starts at most DESCRIPTION tokens before */
    return qt_fronted_body(q, c->i, sp, FRONT_THAT | FRONT_PART, c->i - j + DESCRIPTION) &&
           sp->end == q->s->t[j - 1].end;
}

/* Whether token t is a definite word (ال، لل, و first allowed: والناقد): a noun that heads
 * no construct. */
static int definite_word(const rasd_token *t)
{
    const char *p = t->norm;
    size_t len = t->norm_len;
    if (len > LETTERS(4) && letter_is(p, U_WAW))
        p += LETTERS(1), len -= LETTERS(1);
    return ev_is_word(t) && len > LETTERS(3) &&
           (starts_with(p, len, U_ARTICLE) || starts_with(p, len, U_LAM U_LAM));
}

/* Whether a person starts at token lo after only definite words (titles and descriptions,
 * TITLE_WORDS at most, no relative pronoun, no date, no other mention) that run back to the
 * sentence's start or to a word that opens a clause (aguard "clause_open": لكن، بينما):
 * «الإعلامي عبدالخالق الزهراني يرى»، «لكن القائد السابق للفريق براين روبسون يرى». A definite
 * title heads no construct, so the name is in apposition to it, the verb's subject; not
 * «مستشار الملك سلمان قال» (an indefinite head first), «استقبل الأمير …» (a verb first),
 * «إن المستشارة … ميركل ترى» (another's words). bench/turn65/rule_1.md. */
static int apposed_first(const qctx *q, size_t lo)
{
    size_t s0 = qt_sent_start(q, lo), p = lo, n, k;
    for (k = qt_ent_from(q, s0); k < q->ne && q->en[k].tok_start != lo; k++)
        ;
    if (k == q->ne || strcmp(q->en[k].type, "PER") != 0)
        return 0;
    while (p > s0 && p + TITLE_WORDS > lo && definite_word(&q->s->t[p - 1]) &&
           !qt_in_entity(q, p - 1) && !qt_in_date(q, p - 1) &&
           !ev_word_is(q->s, p - 1, 0, EK_RELATIVE, NULL, &n) &&
           !ev_aguard_is(q->s, p - 1, 0, AG_CLAUSE_OPEN, &n))
        p--;
    return p < lo && (p == s0 || (ev_aguard_is(q->s, p - 1, 0, AG_CLAUSE_OPEN, &n) && n == 1));
}

/* Whether the token before the one that starts at byte off is a title, a body or a noun of
 * an organisation's kind (محافظ البنك المركزي، مكتب رئيس الحكومة): what starts there is
 * that word's complement, not a subject of its own; unless a person follows definite titles
 * only, from its clause's start (apposed_first). */
static int after_head(const qctx *q, uint32_t off)
{
    const rasd_token *t = q->s->t;
    size_t lo = ev_token_from(q->s, off), n;
    return lo > 0 && lo < q->s->nt && t[lo].start == off && ev_is_word(&t[lo - 1]) &&
           (ev_word_is(q->s, lo - 1, 0, EK_LEAD, NULL, &n) ||
            ev_word_is(q->s, lo - 1, 0, EK_BODY, NULL, &n) ||
            ev_word_is(q->s, lo - 1, 0, EK_ORGNOUN, NULL, &n)) &&
           !apposed_first(q, lo);
}

/* The bits of cue c's nominal complement (data/quotes.tsv "comp"), 0 for none. */
static int comp_bits(qctx *q, const qcue *c)
{
    int bits;
    size_t n;
    return ev_word_is(q->s, c->i, 1, EK_COMP, &bits, &n) ? bits : 0;
}

/* Whether tokens [a, b) start with a title alone, an adjective of origin after it at most,
 * and then only adjuncts (وقال الوزير المصري في تصريحات له مساء الثلاثاء إن, after محمد
 * مختار جمعة، وزير الأوقاف المصري): the last speaker when a person, as a bare title is. */
static int bare_title(const qctx *q, size_t a, size_t b)
{
    const rasd_token *t = q->s->t;
    size_t k = a + 1, n;
    if (!q->last.name || q->last.desc || !qt_title_word(q, a) ||
        !ev_word_is(q->s, a, 0, EK_LEAD, NULL, &n) || n != 1)
        return 0;
    if (k < b && ev_is_word(&t[k]) && starts_with(t[k].norm, t[k].norm_len, U_ARTICLE) &&
        t[k].norm_len > LETTERS(4) && !qt_in_entity(q, k) &&
        (memcmp(t[k].norm + t[k].norm_len - LETTERS(1), U_YEH, LETTERS(1)) == 0 ||
         memcmp(t[k].norm + t[k].norm_len - LETTERS(2), U_YEH U_HEH, LETTERS(2)) == 0))
        k++;                                       /* المصري، الإيراني */
    return k == b || qt_comma(q, k) || qt_in_date(q, k) ||
           ev_word_is(q->s, k, 0, EK_STOP, NULL, &n) || ev_word_is(q->s, k, 0, EK_PREP, NULL, &n);
}

/* CONT_CARRY for a verb that opens its clause, with و or ف or at its sentence's start
 * (وقال:، قال:), whose subject cannot stand before it (not فإن رئيس نادي … نفى أن). */
static int carry_bit(const qctx *q, const qcue *c)
{
    return c->cut || c->i == qt_sent_start(q, c->i) ? CONT_CARRY : 0;
}

/* Whether token t is a plural in the nominative, a subject (دعا الدائنون، وطالب متناقلو
 * المقطع): it ends in ون or, in a construct, و. */
static int nominative(const rasd_token *t)
{
    size_t len = t->norm_len;
    return ev_is_word(t) && len > LETTERS(3) &&
           (memcmp(t->norm + len - LETTERS(1), U_WAW, LETTERS(1)) == 0 ||
            memcmp(t->norm + len - LETTERS(2), U_WAW U_NOON, LETTERS(2)) == 0);
}

/* Whether cue c opens its clause: with و or ف, at its sentence's start, after punctuation
 * or after كما or قد (not فالجمعية طالبت, التي دعا: a subject or a relative before it). */
static int clause_first(const qctx *q, const qcue *c)
{
    const rasd_token *p = c->i > 0 ? &q->s->t[c->i - 1] : NULL;
    return c->cut || c->i == qt_sent_start(q, c->i) || !ev_is_word(p) ||
           word_equals(p->norm, p->norm_len, U_KAF U_MEEM U_ALEF) ||
           word_equals(p->norm, p->norm_len, U_QAF U_DAL);
}

/* Whether the words from token a after a verb of appeal (data/quotes.tsv "behalf" 2: دعا،
 * طالب، حث), before b, are whom it appeals to, not its subject, when nothing else made them a
 * speaker, the verb first in its clause: one to DESCRIPTION words, no mention, no date and no
 * nominative plural first, then its complement (إلى، على،
 * أن، a noun with ب): ودعا المواطنين إلى الإبلاغ …، وطالب شخصيات المجتمع بالدعم …: the one
 * who spoke last goes on (quotes20). */
static int appeal_addressee(const qctx *q, const qcue *c, size_t a, size_t b)
{
    const rasd_token *t = q->s->t;
    size_t n;
    int v;
    if (c->part || a >= b || !ev_word_is(q->s, c->i, 1, EK_BEHALF, &v, &n) || v != BEHALF_APPEAL ||
        nominative(&t[a]) || !clause_first(q, c))
        return 0;
    for (size_t k = a; k < b && k <= a + DESCRIPTION; k++) {
        if (k > a && (ev_word_is(q->s, k, 0, EK_CPREP, NULL, &n) || ev_word_is(q->s, k, 0, EK_THAT, NULL, &n) ||
                      (letter_is(t[k].norm, U_BEH) && t[k].norm_len > LETTERS(3)) ||
                      qt_li_word(q, k)))  /* وناشد جميع أبناء الأمة … للوقوف (appeal_li.c) */
            return !qt_in_entity(q, k);          /* إلى، على، أن، بعدم، بالدعم: its complement */
        if (!ev_is_word(&t[k]) || qt_in_entity(q, k) || qt_in_date(q, k))
            return 0;
    }
    return 0;
}

/* The subject of cue c, its window from token a to b (exclusive). */
static speaker subject_of(qctx *q, const qcue *c, size_t a, size_t b)
{
    speaker sp = {NULL, NULL, 0, 0, 0, c->gender, NULL};
    const rasd_entity *en, *compl;
    size_t n;
    int v, fr;
    if (a < b && qt_relative_adjunct(q, c, a, b, &sp))
        return QT_HOW(q, "relative_adjunct"), sp;   /* بلاتر الذي أعلن في يونيو (relative_speaker.c) */
    if (a < b && !c->part && qt_adjuncts_only(q, a, a + 1)) {
        size_t adj = a + 1;        /* the adjuncts end where a complement opens */
        while (adj < b && !((ev_word_is(q->s, adj, 0, EK_CPREP, &v, &n) && !qt_in_entity(q, adj)) ||
                            ev_word_is(q->s, adj, 0, EK_CNOUN, &v, &n)))
            adj++;
        if (qt_adjuncts_only(q, a, adj) &&
            (en = qt_fronted(q, c->i, c->cut ? FRONT_VERB : FRONT_VERB | FRONT_THAT)) != NULL) {
            qt_speaker_is(&sp, en, en->start, en->end);
            return QT_HOW(q, "adjuncts_fronted"), sp;  /* وكان الأمير خالد الفيصل مستشار …، أمير منطقة مكة المكرمة أكد في
                           وقت سابق على: the subject before the verb, adjuncts after it */
        }
    }
    if (a < b && !surname(q, a, c->i) && (qt_no_subject(q, a, b) || qt_addressed_only(q, a, b) ||
                  ((c->i == qt_sent_start(q, c->i) || !ev_is_word(&q->s->t[c->i - 1]) || c->cut) &&
                   qt_adjuncts_only(q, a, b)))) {
        /* وأضاف، أن: nobody named, the last goes on, in the same gender even for a source
           (ردود الفعل … وتقول، إنه is not the minister's); a surname that is also a date
           word is the person (أحمد الخميس … أكد الخميس أن); a subject right before the
           verb comes first (… علي خامنئي حذر السبت بأن) */
        if (!c->via && adjacent_subject(q, c, &sp))
            return QT_HOW(q, "adjacent_nosubj"), sp;
        sp = (speaker){NULL, NULL, 0, 0, 0, c->gender, NULL};
        if (c->named && (!c->cut || c->own))
            return QT_HOW(q, "named_none"), sp;
        QT_HOW(q, "nosubj+");
        sp = qt_continued(q, c->i, c->gender, (1 + !!c->cut) | carry_bit(q, c) |
                          (qt_addressed_only(q, a, b) ? CONT_NOTOPIC : 0));
        if (sp.name && sp.start == q->last.start && c->gender && q->last.gender && c->gender != 3 && q->last.gender != 3 &&
            c->gender != q->last.gender)
            sp = (speaker){NULL, NULL, 0, 0, 0, c->gender, NULL};
        return sp;
    }
    if (a == b && qt_relative_owner(q, c, &sp))
        return QT_HOW(q, "relative"), sp;                                 /* العليان الذي بين أن */
    if (a == b && !c->via && (fr = adjacent_subject(q, c, &sp)) != 0 &&
        (fr == 2 || !after_head(q, sp.start)))
        return QT_HOW(q, fr == 2 ? "titled_first" : "adjacent"), sp;         /* لكن أحد الباحثين يشير إلى أن: the subject before the verb;
                              not محافظ البنك المركزي حذر، مكتب رئيس الحكومة قد أعلن */
    sp = (speaker){NULL, NULL, 0, 0, 0, c->gender, NULL};
    if (a == b && c->named && (!c->cut || c->own))
        return QT_HOW(q, "named_none"), sp;         /* يؤكد، يشير with nobody named: no one's (… استطاع أن يختار …) */
    if (a == b && qt_then_person(q, c, &sp))
        return QT_HOW(q, "then_person"), sp;                                 /* وتحدثنا مع …، عبدالرحمن الحيدر عن … فقال: */
    if (a == b && qt_surname_fronted(q, c, &sp))
        return QT_HOW(q, "surname_fronted"), sp;   /* لكن زانجانة يقول إنه (surname.c) */
    if (a == b)
        return QT_HOW(q, "bare+"), qt_continued(q, c->i, c->gender, (1 + !!c->cut) | carry_bit(q, c));   /* no subject: the last goes on */
    if (ev_word_is(q->s, a, 0, EK_HONOR, &v, &n) && v == HONOR_INWHICH)
        return QT_HOW(q, "inwhich"), qt_inwhich(q, c);  /* ألقى X كلمة أكد فيها */
    if (!c->via && adjacent_subject(q, c, &sp))
        return QT_HOW(q, "adjacent_before"), sp;                                 /* إلا أن مديرية الأحوال طالبت المواطن */
    sp = (speaker){NULL, NULL, 0, 0, 0, c->gender, NULL};
    a = past_addressee(q, a, b);                   /* وأكدت لـ(عكاظ) مصادر */
    a = past_all_of(q, a, b);                      /* أكد كل من البيت الأبيض و… */
    for (size_t a2 = a; a2 + 1 < b && (qt_object(q, a2) ||
                                       (ev_word_is(q->s, a2, 0, EK_SOURCE, &v, &n) &&
                                        (v == SOURCE_WHEN || v == SOURCE_LATELY)) || qt_in_date(q, a2));)
        if (!ev_word_is(q->s, ++a2, 0, EK_CPREP, &v, &n))
            a = a2;                                /* أوضح ذلك اليوم مدير عام …; not أعلن
                                                      أمس عن التعاقد مع الفنان تامر */
    if (qt_parties(q, a, c->i, &sp))               /* وأكد البلدان: the two named together */
        return QT_HOW(q, "parties"), sp;
    if (qt_counted(q, a, b, &sp))                  /* وقال 27٪ إنهم (counted.c) */
        return QT_HOW(q, "counted"), sp;
    if (qt_unnamed(q, a, b, &sp, EK_SOURCE, comp_bits(q, c)))
        return QT_HOW(q, "source"), sp;
    if (honorific(q, c, a, &sp))
        return QT_HOW(q, "honorific+"), sp;
    for (size_t j = a + (q->s->t[a].kind == RASD_TOK_PUNCT && !qt_comma(q, a)), j0 = j;
         j < b && j < j0 + 2; j++) {              /* وقد أعرب الهويش، وأشار "الغامدي" */
        const rasd_entity *full = surname(q, j, c->i);
        size_t m;
        if (qt_last_surname(q, j) || (j == a && qt_last_two_words(q, j))) {
            sp = q->last;                          /* علي العثيم … وأضاف العثيم */
            return QT_HOW(q, "last_surname"), sp;
        }
        if (full) {
            qt_speaker_is(&sp, full, q->s->t[a].start, q->s->t[j].end);
            return QT_HOW(q, "surname"), sp;
        }
        if ((full = qt_named_again(q, j, c->i, &m)) != NULL) {
            qt_speaker_is(&sp, full, q->s->t[j].start, q->s->t[j + m - 1].end);
            return QT_HOW(q, "named_again"), sp;   /* كما شدد كمال القبلي: named before */
        }
        if (!qt_title_word(q, j))
            break;
    }
    if (qt_office(q, a, b, &sp))
        return QT_HOW(q, "office"), sp;            /* وتابع مكتب العبادي: the office (office.c) */
    en = subject_entity(q, a, b, &compl);
    const rasd_entity *whole = en ? qt_split_name(q, en, c->i) : NULL;
    if (whole) {
        qt_speaker_is(&sp, whole, q->s->t[en->tok_start].start, q->s->t[en->tok_start].end);
        return QT_HOW(q, "split_name"), sp;        /* وقال كيري مازحا: جون كيري */
    }
    if (en && strcmp(en->type, "PER") == 0) {
        const rasd_entity *who = full_person(q, en);   /* وقال بادي: راجح بادي */
        sp.id = who->id, sp.name = who->name, sp.start = en->start, sp.end = en->end;
        /* a relative pronoun (التي، الذي) before the name: the words hold a clause, not its
         * title (fix53; judge53's quote 35) */
        if (!ev_word_in(q->s, a, en->tok_start, 0, EK_RELATIVE))
            qt_remember_title(q, a, en->tok_start, en, &sp, 2);   /* not استنكرت الأمانة العامة …
                                 التصريحات التي أدلى بها … نوري المالكي: no title of his (fix53) */
        /* and after it: وأوضح سلطان القرشي مدير إدارة المشاريع أنه … وأشار مدير إدارة المشاريع */
        size_t after = en->tok_end;
        while (after < b && qt_comma(q, after))
            after++;      /* يقول اللواء سلامة الجوهري، مدير وحدة …: by three words after a
                             comma (not إيريك شولتز، المتحدث باسم البيت الأبيض for المتحدث باسم
                             الاستخبارات) */
        qt_remember_title(q, after, b, en, &sp, after > en->tok_end ? 3 : 2);
        return QT_HOW(q, qt_title_mention(en) ? "person_title" : "person"), sp;
    }
    if (!en && !compl && qt_title_again(q, a, b, c->i, &sp))
        return QT_HOW(q, "title_again"), sp;       /* وأضافت المتحدثة (office.c) */
    if (qt_recall_title(q, a, b, &sp))
        return QT_HOW(q, "title_memory"), sp;
    if (!en && !compl && title_named(q, a, b, c->i, &sp))
        return QT_HOW(q, "title_named"), sp;
    if (!en && !compl && qt_title_nisba(q, a, b, c->i, &sp))
        return QT_HOW(q, "title_nisba"), sp;       /* وجدد الرئيس اليمني (title_nisba.c) */
    if (!en && compl && strcmp(compl->type, "PER") != 0)
        en = compl;
    if (en && subject_org(q, a, en->tok_start)) {
        /* قالت موسكو، قالت وكالة (سبوتنيك): not المتحدث باسم الكرملين, not لـ«الرياض» */
        sp.id = en->id, sp.name = en->name, sp.start = en->start, sp.end = en->end;
        return QT_HOW(q, "org"), sp;
    }
    /* قال الجيش الأمريكي، أعلنت وزارة الصحة، أشارت الدراسة: a body the recogniser did not
       name speaks by its description; a bare title (وأضاف المحافظ:) is the last speaker */
    if (qt_unnamed(q, a, b, &sp, EK_BODY,
                   (comp_bits(q, c) & (COMP_OBJ | COMP_BIANY)) | SUBJ_AFTER_VERB)) {
        if (sp.end == q->s->t[a].end && (en = qt_body_org(q, a, c->i)) != NULL)
            qt_speaker_is(&sp, en, sp.start, sp.end);   /* وأوضحت الوزارة: وزارة الداخلية */
        else if (sp.end == q->s->t[a].end)
            qt_body_described(q, a, &sp);      /* الهيئة: هيئة شؤون الأسرى (body_anaphor.c) */
        return QT_HOW(q, "body"), sp;
    }
    if (qt_last_title(q, a, b) && (sp = qt_continued(q, c->i, c->gender, 1 + !!c->cut)).name)
        return QT_HOW(q, "last_title+"), sp;         /* فؤاد المسلم مدير فريق هجر … وأوضح مدير الكرة بنادي هجر */
    if (!en && !compl && qt_things_subject(q, c, a, b, &sp))
        return QT_HOW(q, "things_subject"), sp;      /* وذكرت المنشورات أن (plural_subject.c) */
    if (!en && !compl && ((b == a + 1 && qt_title_word(q, a) && !plural(q, a)) || bare_title(q, a, b))) {
        if (!qt_info_last(q) && (sp = qt_continued(q, c->i, c->gender, 1 + !!c->cut)).name)
            return QT_HOW(q, "bare_title+"), sp;   /* (mend53) not after وتشير المعلومات */
        if (qt_title_holder(q, a, c->i, &sp))      /* (mend53) nobody goes on: the person */
            return QT_HOW(q, "title53"), sp;       /* named since with that title (title_holder.c) */
    }
    /* a title with no name the recogniser knows (قال الرئيس التنفيذي لجمعية حماية المستهلك،
       وأبدى أمين جدة، المتحدث باسم الكرملين): by its words, as an unnamed source */
    if (qt_long_title(q, a, b, comp_bits(q, c), &sp))
        return QT_HOW(q, "long_title"), sp;         /* المتحدث الرسمي للهلال الأحمر بمكة المكرمة علي عبدالله الغامدي */
    if (qt_unnamed(q, a, b, &sp, EK_LEAD, comp_bits(q, c))) {  /* (en: a complement passed over) */
        size_t e = a;
        while (e < b && q->s->t[e].end <= sp.end)
            e++;
        if ((en = qt_titled_before(q, a, e, c->i)) != NULL) {
            qt_speaker_is(&sp, en, sp.start, sp.end);
            return QT_HOW(q, "title_named_before"), sp;   /* بعث نائب خادم الحرمين الشريفين الأمير محمد بن نايف …. وعبر نائب خادم الحرمين الشريفين عن */
        }
        return QT_HOW(q, "title_desc"), sp;
    }
    if (qt_name_before_title(q, a, b, &sp))
        return QT_HOW(q, "name_before_title"), sp;         /* أكد علي العثيم عضو مجلس إدارة …: the name by its words */
    if (qt_object_words(q, c, a, b))             /* ذكر عبارة … بقوله: an object (objects.c) */
        return QT_HOW(q, "object+"), qt_continued(q, c->i, c->gender, 1 + !!c->cut);
    if (qt_described(q, c, a, b, &sp, comp_bits(q, c)))
        return q->described = 1, QT_HOW(q, "described"), sp;   /* سجون الشمالية: by its words */
    if (appeal_addressee(q, c, a, b))            /* ودعا المواطنين إلى: the last goes on */
        return QT_HOW(q, "appeal_addressee+"), qt_continued(q, c->i, c->gender,
                                                           (1 + !!c->cut) | carry_bit(q, c));
    return QT_HOW(q, "unknown"), sp;  /* someone the recogniser does not know */
}

/* The subject of cue c (subject_of) past the one a verb of telling tells, with a first name
 * the article gave another person written as the text writes it (objects.c, quotes18). */
static speaker window_subject(qctx *q, const qcue *c, size_t a, size_t b)
{
    if (a + 2 < b && ev_title_dot(q->s, a, a + 1) && ev_is_word(&q->s->t[a + 2]))
        a += 2;   /* وأكد د. الفلاح أن: the subject after the title's point, not «د» (spk69) */
    if (qt_viewed(q, c, a, b)) {
        speaker none = {NULL, NULL, 0, 0, 0, c->gender, NULL};
        return QT_HOW(q, "viewed"), none;   /* وكان ينظر إلى منصور … على أنه: the one viewed */
    }
    speaker sp = subject_of(q, c, qt_past_told(q, c, a, b), b);
    if (c->gender == 3 && q->how &&
        (strcmp(q->how, "bare+") == 0 || strcmp(q->how, "nosubj+") == 0) &&
        qt_plural_subject(q, c, &sp))
        QT_HOW(q, "plural_subject");   /* ووجد الباحثون … . وأوضحوا (plural_subject.c) */
    if (!sp.name && q->how && (strcmp(q->how, "bare+") == 0 || strcmp(q->how, "nosubj+") == 0 ||
                               strcmp(q->how, "inwhich") == 0) && qt_noun_owner(q, c, &sp))
        QT_HOW(q, "noun_owner");   /* بكلمة مديرة النادي X …، وقالت (speaker_noun.c) */
    if (!sp.name && qt_desc_speaker(q, c, a, b, &sp))
        QT_HOW(q, "desc56");       /* لكن محليين قالوا، كلمة الأهالي … أعربوا فيها (speaker_described.c) */
    if (!sp.name && q->how && (strcmp(q->how, "bare+") == 0 || strcmp(q->how, "nosubj+") == 0) &&
        qt_opening_subject(q, c, &sp))
        QT_HOW(q, "opening_subject");   /* وتصف الناشطة نوال الزهراني …، وتتابع
                                           (opening_subject.c) */
    qt_written_name(q, &sp);
    qt_apposed_name(q, &sp, a, b);   /* مسؤول (بارع) في الأحساء محمد … أن (apposed_name.c) */
    qt_apposed_far(q, &sp, a, b);    /* … التي تعرضت لحادث … خليفة خلفان إن (apposed_far.c) */
    qt_addressee(q, c, &sp);         /* كما دعا قيادة التمرد إلى: its object (addressee.c) */
    return sp;
}

/* window_subject(), but not a name from an occasion phrase whose pronoun refers back on
 * (خلال لقائه بالسفير: the ambassador; occasion_subject.c, attr73): then, or when nobody is
 * found, the window cut at the phrase speaks (a subject before it, else the carried one). */
speaker qt_subject(qctx *q, const qcue *c, size_t a, size_t b)
{
    size_t bj = b;
    speaker sp = window_subject(q, c, a, b), cut;
    qt_occasion_window(q, a, &bj);
    if (bj >= b || (sp.name && !qt_in_occasion(q, &sp, bj, b)))
        return sp;
    cut = window_subject(q, c, a, bj);
    return cut.name || sp.name ? cut : sp;
}

/* The speaker of participle c: the last speaker when a reporting verb named them in this
 * sentence; else the first person the sentence names before it (وعبر جونسون عن … معتبرا
 * أن …); else the last speaker when the sentence names nobody (qt_continued() has the limits). */
speaker qt_participle_speaker(qctx *q, const qcue *c)
{
    speaker sp = {NULL, NULL, 0, 0, 0, c->gender, NULL};
    size_t a = c->i;
    q->part_subject = 0;
    if (honorific(q, c, c->i + c->n, &sp))
        return QT_HOW(q, "p_honorific+"), sp;
    if (qt_part_own_body(q, c, &sp))
        return QT_HOW(q, "p_own_body"), sp;          /* موضحة الوزارة أن (sources.c) */
    if (qt_plural_subject(q, c, &sp))
        return QT_HOW(q, "p_plural_subject"), sp;   /* وفسر الباحثون ذلك مشيرين
                                                        (plural_subject.c) */
    if (q->last_sent == qt_send(q, c->i))
        return QT_HOW(q, "p_sentence+"), qt_continued(q, c->i, c->gender, 0);
    while (a > 0 && qt_send(q, a - 1) == qt_send(q, c->i))
        a--;
    for (size_t k = qt_ent_from(q, a); k < q->ne && q->en[k].tok_start < c->i; k++)
        if (q->en[k].tok_start >= a && strcmp(q->en[k].type, "PER") == 0 &&
            qt_can_speak(q, &q->en[k]) && !qt_addressed(q, q->en[k].tok_start) &&
            !qt_greeted(q, q->en[k].tok_start)) {
            sp.id = q->en[k].id, sp.name = q->en[k].name;
            sp.start = q->en[k].start, sp.end = q->en[k].end;
            q->part_subject = qt_front_words(q, a, q->en[k].tok_start, FRONT_VERB);
            return QT_HOW(q, "p_first_person"), sp;          /* وسلط البدر الضوء على …، معربا: Al-Badr speaks on */
        }
    if (q->last_sent != qt_send(q, c->i) && qt_sentence_body(q, c, a, &sp))
        return QT_HOW(q, "p_sentence_body"), sp;                      /* حصرت اللجنة الهندسية … داعية إلى */
    if (qt_honorific_before(q, a, c->i, &sp))
        return QT_HOW(q, "p_honorific_before"), sp;                      /* تحدث فضيلته عن …، مؤكدا أن: the preacher named last */
    if (qt_part_opens_after(q, c, a, &sp))
        return QT_HOW(q, "p_opens_after"), sp;     /* … تعليقات القراء. مؤكداً: the sentence before's */
    sp = qt_continued(q, c->i, c->gender, 0);
    if (!sp.name && qt_opening_part(q, c, &sp))   /* تمكنت فرق الدفاع …، محذرة: opening_subject.c */
        return QT_HOW(q, "p_opening"), sp;
    return QT_HOW(q, "p_last+"), sp;
}
