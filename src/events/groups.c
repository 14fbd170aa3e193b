/* groups.c — actors the text gives by their description when no name stands for them (issue
 * 16, branch evrecall3; docs/EVENTS.md "Actors by their description"): القوات الأمريكية، طيران
 * التحالف، مليشيا الحوثي، المقاومة الشعبية، وزيري التعليم والعمل، مديري 28 جامعة. A
 * description starts with a head of data/events.tsv "group" (its value says what it is: 1 an
 * armed force or group, 2 a body, 3 a group of people) and runs on over what Arabic puts after
 * a head: its genitive after an indefinite head (طيران التحالف، وزيري التعليم والعمل), a name
 * the recogniser found (ميليشيات علي عبد الله صالح), adjectives of origin (الأمريكية،
 * الشعبية), a number and its noun (مديري 28 جامعة). A definite head takes no genitive (الطائرات
 * المدن: the planes, then what they struck). It is an actor as a name would be, where the
 * event's form puts one, when the recogniser found none there: with no entity id, its words as
 * its name and its byte offsets (as quotes give an unnamed source). Which heads a kind takes:
 * ev_group_mask. */
#include "events/actors.h"
#include "events/head_object.h"
#include "entities/ent.h"

#include <stdlib.h>

/* A description's words at most: its head, two genitives joined by و, adjectives (طيران
 * التحالف العربي، قوات الأمن الخاصة التابعة: the sixth word is no longer the description). */
enum { DESC_MAX = 6 };

int ev_is_group(const rasd_entity *e)
{
    return e && e->id && e->id[0] == '\0';
}

void ev_append_actor(rasd_event *ev, const rasd_entity *e)
{
    size_t k = ev->nactors;
    if (k >= RASD_EVENT_ACTORS)
        return;
    ev->actor_id[k] = ev_is_group(e) ? NULL : e->id;
    ev->actor_name[k] = e->name;
    ev->actor_start[k] = e->start, ev->actor_end[k] = e->end;
    ev->nactors++;
}

/* The heads a kind's actors may have: forces fight and attack; forces and bodies appeal,
 * criticise, accuse, threaten, agree and sign; meetings, visits and hosts are between people,
 * so their descriptions are groups of people (اللاعبين، وزيري، وفد). */
int ev_group_mask(const kind_info *ki)
{
    switch (ki->kind) {
    case EK_FIGHT: case EK_ASSAULT: case EK_KILL: case EK_ASSASSINATE:
        return 1 << GROUP_FORCE;
    case EK_MEET: case EK_HOST: case EK_VISIT:
        return 1 << GROUP_PEOPLE;
    case EK_APPEAL: case EK_CRITICIZE: case EK_ACCUSE: case EK_THREATEN:
        return 1 << GROUP_FORCE | 1 << GROUP_BODY | 1 << GROUP_PEOPLE;
                               /* طالب المواطنون، انتقد الخبراء (evbreadth): people speak too */
    default:
        return 1 << GROUP_FORCE | 1 << GROUP_BODY;
    }
}

/* Whether token b is a word that may not be in a description: a preposition, a word that
 * opens what something is about or joins another party (في، على، مع، إلى، أن), a word with ب،
 * ل or ك (بقيادة، لصالح), punctuation, a date. */
static int closes(sent_ctx *c, size_t b)
{
    int cl = ev_clitic(c, b);
    return !ev_is_word(&c->s->t[b]) || ev_in_date(c, b) || cl == CL_BI || cl == CL_LAM ||
           (cl && cl != CL_WA) || word_kind(c, b, 0, EK_PREP) || word_kind(c, b, 0, EK_ABOUT) ||
           word_kind(c, b, 0, EK_WITH) || word_kind(c, b, 0, EK_PLACE) ||
           word_kind(c, b, 0, EK_OBJPREP) || word_kind(c, b, 1, EK_NEGATION);
}

/* Whether token i is a word in the feminine singular (…ة, folded to …ه): الحكومة، الوزارة. */
static int feminine(const rasd_token *t)
{
    return t->norm_len > LETTERS(2) && ends_with(t->norm, t->norm_len, U_HEH);
}

/* Whether token a heads a body's description (data/events.tsv "group" 2: الأمانة، اللجنة). */
static int body_of(sent_ctx *c, size_t a)
{
    int v;
    size_t n;
    return ev_word_is(c->s, a, 0, EK_GROUP, &v, &n) && v == GROUP_BODY;
}

/* Whether token t is a sound masculine plural that keeps its nun (…ون، …ين, five letters or
 * more, no ال): not in the construct state, which drops the nun (مسلحو داعش), so it takes no
 * genitive (أطلق مسلحون النار: the fire is the deed, not the gunmen's; vio68). */
static int nun_plural(const rasd_token *t)
{
    return !ev_definite(t) && t->norm_len >= LETTERS(5) &&
           (ends_with(t->norm, t->norm_len, U_WAW U_NOON) ||
            ends_with(t->norm, t->norm_len, U_YEH U_NOON));
}

/* The first token after the description whose head is tokens [a, a + n). */
static size_t desc_end(sent_ctx *c, size_t a, size_t n)
{
    const rasd_token *t = c->s->t;
    size_t b = a + n;
    int indef = !ev_definite(&t[a + n - 1]), nisba = 0, gen = 0;
    if (indef && !ev_clitic(c, a + n - 1) && nun_plural(&t[a + n - 1]))
        return b;              /* مسلحون النار: no genitive; its adjectives left out, as
                                  before (مسلحين مجهولين: مسلحين); not after a proclitic, whose
                                  word may be definite (والمسلحين الحوثيين) */
    while (b < c->t1 && b < a + DESC_MAX) {
        const rasd_entity *e = ev_first_entity(c, b, b + 1);
        int wa = ev_clitic(c, b) == CL_WA;
        if (e && ev_clitic(c, b) == CL_LAM && b > a && !is_loc(e) && body_of(c, a)) {
            b = e->tok_end;    /* الأمانة العامة لمنظمة التعاون الإسلامي: a body's name
                                  with لـ after its head is its complement (evbreadth) */
            break;
        }
        if (t[b].kind == RASD_TOK_NUMBER && indef && !nisba && b + 1 < c->t1 &&
            !closes(c, b + 1)) {
            b += 2;            /* مديري 28 جامعة */
            continue;
        }
        if (closes(c, b))
            break;
        if (e && !wa && indef && !nisba && !is_loc(e)) {
            b = e->tok_end;    /* ميليشيات علي عبد الله صالح، قوات «التحالف» */
            indef = 0;
            continue;
        }
        if (!wa && ev_nisba(c, b)) {
            b++, nisba = 1;    /* القوات الأمريكية، المقاومة الشعبية */
            continue;
        }
        if (!nisba && ev_definite(&t[b]) && !wa && indef) {
            b++, indef = 0, gen = 1;   /* طيران التحالف، وزيري التعليم */
            continue;
        }
        if (!wa && indef && !ev_definite(&t[b]) && t[b].norm_len >= LETTERS(4) &&
            ends_with(t[b].norm, t[b].norm_len, U_YEH U_HEH)) {
            b++, nisba = 1;    /* طائرات حربية عربية: adjectives of an indefinite head */
            continue;
        }
        if (!nisba && !wa && indef && b == a + n && word_kind(c, b, 0, EK_GROUP)) {
            b++;               /* مقاتلي جماعة ولاية سيناء: the genitive is a head too */
            continue;
        }
        if (!wa && b == a + n && !indef && ev_definite(&t[b]) && feminine(&t[b]) &&
            (feminine(&t[a + n - 1]) || ends_with(t[a + n - 1].norm, t[a + n - 1].norm_len,
                                                  U_ALEF U_TEH)) &&
            !ev_head_object(c->s, a + n - 1, b, EK_GROUP, GROUP_BODY, 0)) {
            b++, nisba = 1;    /* الأمانة العامة، القوات الخاصة: an adjective that agrees */
            continue;
        }
        if (!nisba && wa && gen == 1 && t[b].norm_len > LETTERS(4) &&
            starts_with(t[b].norm + LETTERS(1), t[b].norm_len - LETTERS(1), U_ARTICLE)) {
            gen = 2;
            b++;               /* وزيري التعليم والعمل: two genitives */
            continue;
        }
        break;
    }
    return b;
}

/* Keeps the name of a description (bytes [s, e) of the text) in x; NULL when out of memory. */
const char *ev_keep_name(sent_ctx *c, uint32_t s, uint32_t e)
{
    struct ev_doc *x = c->x;
    rasd_status rc = RASD_OK;
    char *p;
    x->dnames = grow_array(x->dnames, &x->dnames_cap, x->ndnames + 1, sizeof *x->dnames, &rc);
    if (rc || (p = malloc(e - s + 1)) == NULL)
        return NULL;
    memcpy(p, c->doc->text + s, e - s);
    p[e - s] = '\0';
    return x->dnames[x->ndnames++] = p;
}

/* Adds to c's descriptions the one of tokens [a, b) of type (PER, ORG) whose text starts at
 * byte start (after a proclitic it leaves out) and ends with token b - 1; NULL when c holds
 * GROUPS already or out of memory. */
rasd_entity *ev_add_desc(sent_ctx *c, const char *type, size_t a, size_t b, uint32_t start)
{
    rasd_entity *g;
    const char *name;
    if (c->ngrp >= GROUPS || (name = ev_keep_name(c, start, c->s->t[b - 1].end)) == NULL)
        return NULL;
    g = &c->grp[c->ngrp++];
    g->start = start, g->end = c->s->t[b - 1].end;
    g->type = type, g->id = "", g->name = name, g->via = "description";
    g->tok_start = (uint32_t)a, g->tok_end = (uint32_t)b;
    return g;
}

/* The description at token a whose head is a "group" word of a value in mask (bits 1 << v),
 * carrying no proclitic but `clitic` (0: none; CL_WA, CL_BI) on it, as an actor; NULL if
 * none. */
const rasd_entity *ev_group_at(sent_ctx *c, size_t a, int mask, int clitic)
{
    int v, cut = 0;
    size_t n, b;
    size_t q = a;              /* a quantifier before the head (بعض المواطنين; evbreadth) */
    if (a >= c->t1 || c->ngrp >= GROUPS)
        return NULL;
    if (!clitic && word_value(c, a, EK_GROUP) == GROUP_SOME && a + 1 < c->t1)
        a++;
    if (!ev_word_is(c->s, a, 0, EK_GROUP, &v, &n)) {
        if (!clitic || ev_clitic(c, a) != clitic || !ev_word_is(c->s, a, 1, EK_GROUP, &v, &n) ||
            (cut = c->s->cut) != 1)
            return NULL;
    }
    if (v < 0 || v > 7 || !(mask & (1 << v)) || a + n > c->t1)
        return NULL;
    b = desc_end(c, a, n);
    a = q < a ? q : a;
    return ev_add_desc(c, v == GROUP_PEOPLE ? "PER" : "ORG", a, b,
                       c->s->t[a].start + (uint32_t)LETTERS(cut));
}

/* Whether the kind is said (an appeal, a criticism, an accusation, a threat): the kinds whose
 * verb is often followed by the one it is aimed at (دعا المواطنين، يطالب الدول). A bombing's
 * قصف طائرات التحالف is as often the noun with its doer, which the tests below would lose. */
static int speech_kind(const kind_info *ki)
{
    return ki->kind == EK_APPEAL || ki->kind == EK_CRITICIZE || ki->kind == EK_ACCUSE ||
           ki->kind == EK_THREATEN;
}

/* Whether token t is a sound masculine plural in the oblique case (المواطنين، خبراء is not
 * one): a verb's object or a genitive, never its subject (evbreadth). Four letters at least
 * after ال (الحوثيين), so that a short word (الصين، الدين) is not taken for one. */
static int oblique(const rasd_token *t)
{
    size_t n = t->norm_len, min = LETTERS(5) + (ev_definite(t) ? LETTERS(2) : 0);
    return n >= min && ends_with(t->norm, n, U_YEH U_NOON);
}

/* Whether token t is such a plural in the construct state (no ال, no ن): a participle's
 * plural of five letters or more in م…ي (مديري الجامعات، منسوبي المدارس: the subject says
 * مديرو). After a verb of speech it is the one asked, not the subject (events8); inside a
 * title it is a genitive (زعيمة مجاهدي خلق), which oblique's callers there pass. */
static int oblique_construct(const rasd_token *t)
{
    size_t n = t->norm_len;
    return !ev_definite(t) && n >= LETTERS(5) && starts_with(t->norm, n, U_MEEM) &&
           ends_with(t->norm, n, U_YEH);
}

/* Whether the verb at token i (less cut proclitic letters) is in the feminine: قصفت، دعت،
 * تطالب. */
int ev_verb_feminine(const sent_ctx *c, size_t i, int cut)
{
    const rasd_token *t = &c->s->t[i];
    const char *w = t->norm + LETTERS(cut);
    size_t len = t->norm_len - (size_t)LETTERS(cut);
    return len > LETTERS(2) && (ends_with(w, len, U_TEH) || letter_is(w, U_TEH));
}

/* Whether a name stands right after the description g, quote marks or brackets between: the
 * description is that name's head (منظمة “هيومن رايتس ووتش”), not an actor of its own. */
static int named_after(sent_ctx *c, const rasd_entity *g)
{
    size_t k = g->tok_end;
    while (k < c->t1 && k < g->tok_end + 2 && c->s->t[k].kind == RASD_TOK_PUNCT &&
           !ev_punct(c->s, k, ",.:"))
        k++;
    return k < c->t1 && ev_first_entity(c, k, k + 1) != NULL;
}

/* A verb's subject given by its description, right after it (dates passed): قصفت القوات
 * الأمريكية، شن طيران التحالف، دعت الوزارة. The verb, at token i with cut proclitic letters
 * (its word ends at token end), must come first in its clause (after و، a particle, a
 * punctuation mark or the sentence's start: … في الضالع قصفت ميليشيات الحوثي is the militia
 * shelled), and a verb in the masculine takes no head in the feminine singular as its subject
 * (كما دعا الحكومة إلى: the government is the one asked). */
const rasd_entity *ev_group_subject(sent_ctx *c, const kind_info *ki, size_t i, size_t end,
                                    int cut)
{
    const rasd_entity *g;
    const rasd_token *v = &c->s->t[i];
    if (!(cut > 0 || i == c->t0 || ev_verb_first_after(c, i - 1)))
        return NULL;
    if (v->norm_len > (size_t)LETTERS(2 + cut) && ends_with(v->norm, v->norm_len, U_WAW U_ALEF))
        return NULL;           /* … حزب العمال، هاجموا عناصر من قوات الأمن: a verb in the
                                  plural follows its subject; what comes after is its object */
    while (end < c->t1 && ev_in_date(c, end))
        end++;
    if (end < c->t1 && (feminine(&c->s->t[end]) ||
                        (speech_kind(ki) && (ends_with(c->s->t[end].norm, c->s->t[end].norm_len,
                                                       U_ALEF U_TEH) ||
                                             word_kind(c, end, 0, EK_FPLURAL)))) &&
        !ev_verb_feminine(c, i, cut))
        return NULL;           /* … or, for what is said, in …ات or a broken plural of
                                  things (data/events.tsv "fplural"), which take the
                                  feminine (كما يدعو الجهات، الدول: they are asked;
                                  evbreadth) */
    if (end < c->t1 && (oblique(&c->s->t[end]) || oblique_construct(&c->s->t[end])) &&
        speech_kind(ki))
        return NULL;           /* دعا المواطنين إلى: a plural in …ين is no subject (the
                                  subject says …ون: دعا المواطنون), it is the one asked; a
                                  bombing's قصف المتمردين is often the noun and its doer */
    g = ev_group_at(c, end, ev_group_mask(ki), 0);
    return g && !named_after(c, g) ? g : NULL;
}

/* A verb's subject given by its description before it (SVO; evbreadth): after a word that
 * puts the subject first (data/events.tsv "subject" 0: أن، إن، كان، لكن) or, for a verb in the
 * present, at the sentence's start, a description that ends right before the verb at token i
 * (وكانت الوزارة دعت، إن القوات الأمريكية قصفت، الوزارة تطالب), or before a relative clause
 * closed by a comma (وكان المهاجمون الذين لم تحدد هويتهم رسميا، اقتحموا). A verb with و or ف
 * starts a clause of its own: none. */
enum { RELATIVE_REACH = 10 };  /* a relative clause's words before the comma that closes it */

const rasd_entity *ev_group_before(sent_ctx *c, const kind_info *ki, size_t i, int cut)
{
    size_t end = i, k;
    int v;
    if (cut > 0 || i <= c->t0)
        return NULL;
    if (ev_punct(c->s, i - 1, ",") || ev_punct(c->s, i - 1, U_ARABIC_COMMA)) {
        for (k = i - 1; k > c->t0 && k + RELATIVE_REACH > i; k--)
            if (word_value(c, k - 1, EK_RELATIVE) == 1)
                break;
        if (!(k > c->t0 && k + RELATIVE_REACH > i))
            return NULL;
        end = k - 1;           /* the relative pronoun: the description ends before it */
    }
    for (k = end; k-- > c->t0 && k + DESC_MAX >= end;) {
        size_t n;
        const rasd_entity *g;
        int first = k == c->t0 && ev_present(c, i, 0);
        if (!first && !(k > c->t0 && ev_word_is(c->s, k - 1, 1, EK_SUBJECT, &v, &n) && n == 1 &&
                        v == 0))
            continue;
        if (ev_first_entity(c, k, end))
            return NULL;       /* a name there: the name rules' (ev_subject_before) */
        g = ev_group_at(c, k, ev_group_mask(ki), 0);
        return g && g->tok_end == end && !named_after(c, g) ? g : NULL;
    }
    return NULL;
}

/* The other party given by its description after token `from` (the subject's end), joined as
 * joins allows (J_DIRECT, J_MA3, J_ALA, J_BI, J_WA): مع صندوق تنمية الموارد البشرية، بمديري
 * 28 جامعة، والجيش الوطني. */
const rasd_entity *ev_group_after(sent_ctx *c, const kind_info *ki, size_t from, int joins)
{
    int mask = ev_group_mask(ki), with;
    if (from >= c->t1)
        return NULL;
    with = word_value(c, from, EK_WITH);
    if ((with == WITH_MA3 && (joins & J_MA3)) || (with == WITH_ALA && (joins & J_ALA)))
        return ev_group_at(c, from + 1, mask, 0);
    if ((joins & J_BI) && ev_clitic(c, from) == CL_BI)
        return ev_group_at(c, from, mask, CL_BI);
    if ((joins & J_WA) && ev_clitic(c, from) == CL_WA)
        return ev_group_at(c, from, mask, CL_WA);
    return (joins & J_DIRECT) ? ev_group_at(c, from, mask, 0) : NULL;
}

/* A guest given by a title the recogniser resolved to nobody, after a courtesy title (معالي
 * وزير الخارجية بجمهورية مصر العربية سامح شكري والوفد المرافق له): the title's words from
 * token a, a lead word of data/events.tsv (value 0: وزير، رئيس), to the next word with و or
 * punctuation mark, at most TITLE_MAX words; NULL if none. */
enum { TITLE_MAX = 12 };

const rasd_entity *ev_title_desc(sent_ctx *c, size_t a)
{
    size_t b;
    if (a >= c->t1 || c->ngrp >= GROUPS || word_value(c, a, EK_LEAD) != 0)
        return NULL;
    for (b = a + 1; b < c->t1 && b < a + TITLE_MAX && ev_is_word(&c->s->t[b]) &&
                    ev_clitic(c, b) != CL_WA; b++)
        ;
    return ev_add_desc(c, "PER", a, b, c->s->t[a].start);
}

/* Whether a place the recogniser found starts at token b. */
static int is_loc_at(const sent_ctx *c, size_t b)
{
    const rasd_entity *e = ev_first_entity(c, b, b + 1);
    return e && is_loc(e);
}

/* A speech act's subject given by a title the recogniser resolved to nobody, right after its
 * verb (ودعا رئيس مجلس إدارة الجمعية المهندس فهد المقحم المبتعثين إلى، أهاب مدير عام الإدارة
 * …; evbreadth): a lead word of data/events.tsv of value 0 (a title) and the words
 * after it up to one that closes a description (a preposition, a ب/ل-word, إلى، أن) or a
 * punctuation mark, at most TITLE_SUBJECT words; the verb must come first in its clause. */
enum { TITLE_SUBJECT = 8,
       TITLE_HOLDER = 6 };     /* a person named this close after the title is its holder */

const rasd_entity *ev_title_subject(sent_ctx *c, size_t i, size_t end, int cut)
{
    size_t b;
    int v;
    if (end >= c->t1 || c->ngrp >= GROUPS || !(cut > 0 || i == c->t0 || ev_verb_first_after(c, i - 1)))
        return NULL;
    v = word_value(c, end, EK_LEAD);
    if (v != 0)
        return NULL;           /* a title (وزير، رئيس، مدير), not a courtesy title or rank
                                  with no name after it (وصل الفريق الأول لكرة القدم: a team) */
    for (b = end + 1; b < c->t1 && b < end + TITLE_SUBJECT && !closes(c, b) &&
                      ev_clitic(c, b) != CL_WA && !oblique(&c->s->t[b]) &&
                      !(is_loc_at(c, b) && !ev_nisba(c, b - 1) && word_value(c, b - 1, EK_LEAD) < 0);
         b++)
        ;                      /* ودعا الرئيس المواطنين إلى: not "الرئيس المواطنين"; زار وزير
                                  الخارجية القطري بغداد: not "… بغداد" (a place after an
                                  adjective or a plain word is the visit's, not the title's) */
    for (size_t k = 0; k < c->ne; k++)
        if (c->en[k].tok_start >= b && c->en[k].tok_start < b + TITLE_HOLDER &&
            strcmp(c->en[k].type, "PER") == 0)
            return NULL;       /* استقبل مدير التعليم بمحافظة المجمعة الدكتور صالح الربيعة،
                                  … وزير العدل، الشيخ وليد الصمعاني: the title's holder is
                                  named after it; the name rules' (evbreadth) */           /* واستقبل وزير العدل، الشيخ وليد الصمعاني، …: the name in
                                  apposition is the subject, not the guest */
    return ev_add_desc(c, "PER", end, b, c->s->t[end].start);
}

/* Frees the names of the last document's descriptions. */
void ev_groups_reset(struct ev_doc *x)
{
    for (size_t i = 0; i < x->ndnames; i++)
        free(x->dnames[i]);
    x->ndnames = 0;
}

void ev_groups_free(struct ev_doc *x)
{
    ev_groups_reset(x);
    free(x->dnames);
    x->dnames = NULL;
    x->dnames_cap = 0;
}
