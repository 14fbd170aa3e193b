/* visit_paid.c — a visit told by قام X … بزيارة where support_verbs.c reads none: words between the
 * visitor and the noun that are no title or date, or a visited place that is no name (issue
 * 16, branch u24e56; docs/EVENTS.md "Issue 16: unseen24's missed events over every part
 * (branch u24e56, stop 48)").
 *
 * support_verbs.c reads قام, its subject a person, then titles, dates or commas only, بزيارة and a
 * place named right after it (وقام وزير الدفاع الأمريكي أشتون كارتر بزيارة مفاجئة لبغداد).
 * The press also writes a clause or a companion between the visitor and the noun, and the
 * visited as a description (a hospital, a unit, a headquarters):
 *   قام إمام وخطيب المسجد النبوي الشريف فضيلة الشيخ صلاح بن محمد البدير بناء على دعوة
 *   تلقاها من وزارة الدفاع بزيارة إلى مقر قيادة قوة جازان
 *   قام معالي رئيس هيئة الأركان العامة … الفريق ركن حمد بن محمد الرميثي بزيارة تفقدية
 *   للوحدات الإماراتية
 * The verb قام or قامت (data/events.tsv "encounter" 40, past; the notes support_verbs.c reads), not
 * negated, denied or asked; its subject a person named after it (ev_subject_after, as
 * support_verbs.c; past a place in his title: إمام وخطيب المسجد النبوي الشريف فضيلة الشيخ X); then within VISIT_NOUN_GAP words the noun بزيارة (encounter 39) with no sentence mark
 * (. : ؛ ؟ !), no other قام and no other deed of قام between (a word with ب that is no name and
 * no date: قام الأمير بافتتاح …; بناء على, a cause, is kept); after the noun at most VISIT_ADJ
 * adjectives, then إلى or a word with ل: the visited is said. The visited is the first name
 * within VISITED_REACH words: a place gives the visit's place, an organisation or a person
 * its second actor; a description gives the visitor alone (the place the sentence's, if
 * any). Dated two years or more before the article: history, none. A visit the sentence
 * already holds (support_verbs.c's, the rules') is not told twice. */
#include "events/visit_paid.h"
#include "events/notes.h"
#include "entities/ent.h"

#include <string.h>

enum { VISIT_NOUN = 39,        /* data/events.tsv encounter 39: بزيارة */
       WENT = 40 };            /* encounter 40: قام، قامت */
enum { VISIT_NOUN_GAP = 14,    /* words between the visitor's name and بزيارة: a clause of
                                  cause (بناء على دعوة تلقاها من وزارة الدفاع: 7), a date, a
                                  companion's title and name */
       VISIT_ADJ = 2,          /* adjectives between بزيارة and its visited (تفقدية، رسمية) */
       SUBJECT_SCAN = 8,       /* title words between قام and a place or name in the
                                  visitor's title (إمام وخطيب المسجد النبوي) */
       TITLE_TAIL = 5,         /* words between a place in the visitor's title and his name
                                  (المسجد النبوي الشريف فضيلة الشيخ) */
       VISITED_REACH = 6,      /* words from إلى or ل to the visited's name (إلى مقر قيادة قوة
                                  جازان) */
       HISTORY_YEARS = 2 };

/* Whether token k ends the clause of the verb: a sentence mark other than a comma. */
static int clause_mark(const sent_ctx *c, size_t k)
{
    static const char marks[][4] = {".", ":", "\xd8\x9b", "\xd8\x9f", "!"};   /* . : ؛ ؟ ! */
    const rasd_token *t = &c->s->t[k];
    if (t->kind != RASD_TOK_PUNCT)
        return 0;
    for (size_t m = 0; m < sizeof marks / sizeof *marks; m++)
        if (t->norm_len == strlen(marks[m]) && memcmp(t->norm, marks[m], t->norm_len) == 0)
            return 1;
    return 0;
}

/* Whether token k with ب is another deed of قام (بافتتاح، بتكريم): no name, no date, not
 * بناء على (a cause: the word after it على, data/events.tsv "with" 2). */
static int other_deed(sent_ctx *c, size_t k)
{
    return ev_clitic(c, k) == CL_BI && !ev_first_entity(c, k, k + 1) && !ev_in_date(c, k) &&
           !(k + 1 < c->t1 && word_value(c, k + 1, EK_WITH) == WITH_ALA);
}

/* The token of بزيارة after the visitor ending at token from, within VISIT_NOUN_GAP words; SIZE_MAX
 * if none or the clause ends before it. */
static size_t noun_after(sent_ctx *c, size_t from)
{
    for (size_t k = from; k < c->t1 && k <= from + VISIT_NOUN_GAP; k++) {
        int v = word_value(c, k, EK_ENCOUNTER);
        if (v == VISIT_NOUN)
            return k;
        if (clause_mark(c, k) || v == WENT || other_deed(c, k))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Whether token t ends in ة, or ه as normalised (an adjective of زيارة: تفقدية، رسمية). */
static int feminine(const rasd_token *t)
{
    return t->norm_len > 4 && (memcmp(t->norm + t->norm_len - 2, "\xd8\xa9", 2) == 0 ||
                               memcmp(t->norm + t->norm_len - 2, "\xd9\x87", 2) == 0);
}

/* The token where the visited begins after the noun at token j: past at most VISIT_ADJ
 * adjectives, إلى (the token after it) or a word with ل (that token); SIZE_MAX if none. */
static size_t visited_at(sent_ctx *c, size_t j)
{
    size_t k = j + 1;
    for (; k < c->t1 && k <= j + VISIT_ADJ && ev_is_word(&c->s->t[k]) &&
           !ev_first_entity(c, k, k + 1) && !ev_clitic(c, k) && feminine(&c->s->t[k]) &&
           word_value(c, k, EK_PLACE) != PLACE_TO;
         k++)
        ;
    if (k + 1 < c->t1 && word_value(c, k, EK_PLACE) == PLACE_TO)
        return k + 1;
    return k < c->t1 && ev_clitic(c, k) == CL_LAM ? k : SIZE_MAX;
}

/* Whether token k may stand in a title before a name: a word, no mark, no word with ب or ل
 * (a deed or an object: قام بدوره، قام له). */
static int title_word(const sent_ctx *c, size_t k)
{
    return c->s->t[k].kind != RASD_TOK_PUNCT && ev_clitic(c, k) != CL_BI &&
           ev_clitic(c, k) != CL_LAM;
}

/* The person named at the first name from token k within reach words, title words only
 * before it; past a place or body in the title (إمام وخطيب المسجد النبوي الشريف فضيلة الشيخ
 * صلاح بن محمد البدير, the recogniser's النبوي a place or a body: the person after it, within
 * TITLE_TAIL words); NULL if none. */
static const rasd_entity *titled_person(sent_ctx *c, size_t k, size_t reach, int past_place)
{
    for (size_t m = k; m < c->t1 && m <= k + reach; m++) {
        const rasd_entity *p = ev_first_entity(c, m, m + 1);
        if (p && p->tok_start == m) {
            if (strcmp(p->type, "PER") == 0)
                return ev_name_clitic(c, p) ? NULL : p;
            return past_place ? titled_person(c, p->tok_end, TITLE_TAIL, 0) : NULL;
        }
        if (!title_word(c, m))
            return NULL;
    }
    return NULL;
}

/* The visitor after the verb at token i: its subject (ev_subject_after) when a person; else
 * the person its title names (titled_person: a place or body in the title, a word the
 * subject reader does not take for a title, وخطيب); NULL if none (a body alone: قامت شركة
 * X بزيارة is no person's visit this rule reads). */
static const rasd_entity *visitor(sent_ctx *c, const kind_info *ki, size_t i)
{
    const rasd_entity *a = ev_subject_after(c, ki, i + 1, NULL, NULL);
    if (a && a->tok_start > i && strcmp(a->type, "PER") == 0)
        return ev_name_clitic(c, a) ? NULL : a;
    a = titled_person(c, i + 1, SUBJECT_SCAN, 1);
    return a && ev_named_for(c, a) ? NULL : a;   /* مدير جامعة الأمير سطام: not the prince */
}

/* Whether the verb at token i is negated, denied or asked. */
static int unreal(sent_ctx *c, size_t i)
{
    return (i > c->t0 && word_value(c, i - 1, EK_NEGATION) == 0) || ev_denied(c->s, c->t0, i) ||
           ev_question(c);
}

rasd_status ev_visit_paid(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i, int v)
{
    const kind_info *ki = ev_kind_info(EK_VISIT);
    const rasd_entity *a, *b = NULL, *place = NULL;
    size_t j, k;
    rasd_event ev;
    if (v != WENT || !ki || ev_told_at(x, s, ki->type, s, e) ||
        (a = visitor(c, ki, i)) == NULL || (j = noun_after(c, a->tok_end)) == SIZE_MAX ||
        (k = visited_at(c, j)) == SIZE_MAX || unreal(c, i))
        return RASD_OK;
    b = ev_first_entity(c, k, k + VISITED_REACH < c->t1 ? k + VISITED_REACH : c->t1);
    if (b && is_loc(b))
        place = b, b = NULL;
    else if (b && (b == a || (a->id && b->id && a->id[0] && strcmp(a->id, b->id) == 0)))
        b = NULL;
    if (!place)
        place = ev_place_at(c, j, EK_VISIT);
    ev_event_begin(&ev, c, ki, s, e, j, j, place);
    ev_append_actor(&ev, a);
    if (b)
        ev_append_actor(&ev, b);
    ev_event_date(c->doc, s, e, 1, ev_content_start(c, ki, b ? b->tok_end : j + 1), &ev);
    if (ev.dated && ev_years_before(c->doc, ev.date, HISTORY_YEARS))
        return RASD_OK;
    ev.planned |= ev_planned_by_words(c->s, c->t0, c->t1, i, 1, 0);
    return ev_add_event(x, i, place, &ev);
}
