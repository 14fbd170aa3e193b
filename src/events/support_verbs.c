/* support_verbs.c — calls, meetings and visits told by a support verb, its subject between the verb
 * and the noun (issue 16, branch meet51; docs/EVENTS.md "Issue 16: calls, meetings and
 * visits told with the subject between (branch meet51, stop 43)").
 *
 * The rules read a call when its words stand together (data/events.tsv meet 1: أجرى اتصالا
 * هاتفيا مع، تلقى اتصالا هاتفيا من), encounter.c a support verb before a meeting's noun with
 * nothing between the noun and مع, the rules قام X بزيارة with the place right after the noun;
 * none reads the press's usual order with a date, a comma, an adjective or the subject's name
 * after its title between:
 *   أجرى خادم الحرمين الشريفين الملك سلمان بن عبد العزيز اتصالا هاتفيا أمس، بالرئيس المصري …
 *   تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، اتصالا هاتفيا أمس من الرئيس …
 *   ومن المقرر أن يعقد كيري، الاثنين، أيضا اجتماعا ثلاثيا مع وزير الخارجية السعودي عادل الجبير
 *   وقام وزير الدفاع الأمريكي أشتون كارتر بزيارة مفاجئة لبغداد
 * The verb (data/events.tsv "encounter" 31 أجرى، 32 تلقى، 37 عقد، 40 قام; 35, 36, 6 and 41 their
 * present and future forms, planned), و or ف alone before it; its subject a person named right
 * after it (ev_subject_after, past his titles); then within CALL_GAP words only titles, the
 * subject's name after its title (the recogniser reads خادم الحرمين الشريفين as the king), a
 * date, a time, a comma or a word of "encounter" 8, 11 or 38 (أمس، ثلاثيا، أيضا); then the noun:
 *   - a call (30: اتصالا، اتصالات، مكالمة, its adjective هاتفيا: 8, هاتفية: 33) after أجرى (the
 *     party after مع or a word with ب) or تلقى (the party after من);
 *   - a meeting (encounter 1 and 4: اجتماعا، مباحثات، لقاء; indefinite, no pronoun; لقاء not in
 *     a sentence of sport) after عقد or أجرى, the party after مع or ب;
 *   - a visit (39: بزيارة) after قام, at most VISIT_ADJ feminine adjectives (مفاجئة), إلى or
 *     none, then a place named.
 * The party within PARTY_GAP words (a date, a time, a comma, an adjective between), a person
 * named behind titles only, other than the subject. A newspaper's call (أجرت «المدينة» اتصالا)
 * has no person as subject: none. Not negated, denied or asked; planned for the present and
 * future verbs and the words of "plan"; dated two years or more before the article: history. */
#include "events/support_verbs.h"
#include "events/encounter.h"
#include "events/notes.h"
#include "events/visit_paid.h"
#include "entities/ent.h"

#include <string.h>

enum { ENC_BETWEEN = 8,        /* أمس، اليوم، هاتفيا: a word between (encounter.c) */
       CALL_NOUN = 30,         /* اتصالا، اتصالات، مكالمة */
       CALL_MAKE = 31,         /* أجرى، أجرت: the party after مع or ب */
       CALL_TAKE = 32,         /* تلقى، تلقت: the party after من */
       CALL_ADJ = 33,          /* هاتفية، هاتفي (هاتفيا is 8) */
       WILL_MAKE = 35,         /* يجري، سيجري: planned, as 31 */
       WILL_TAKE = 36,         /* يتلقى، سيتلقى: planned, as 32 */
       HOLD = 37,              /* عقد، عقدت: a meeting's noun only */
       FILL = 38,              /* أيضا، طارئا: a word between, as 8 */
       ENC_ADJ = 11,           /* ثلاثيا، مغلقة: an adjective, a word between too */
       ENC_NOUN = 1, ENC_MATCH = 4,   /* اجتماعا، مباحثات؛ لقاء (encounter.c) */
       ENC_WILL_HOLD = 6,      /* يعقد، سيعقد: planned (encounter.c) */
       VISIT_NOUN = 39,        /* بزيارة */
       WENT = 40,              /* قام، قامت: the deed its noun with ب names */
       WILL_GO = 41 };         /* يقوم، سيقوم: planned, as 40 */
enum { CALL_GAP = 12,          /* words between the subject and the call: a date, his name
                                  after his title (الملك سلمان بن عبدالعزيز آل سعود) */
       PARTY_GAP = 4,          /* words between the call and its preposition (أمس، البارحة
                                  الأولى) */
       PARTY_LEAD = 5,         /* titles before the party's name (بالرئيس المصري عبد الفتاح) */
       VERB_BACK = 30,         /* words between the verb and the call: the subject's titles
                                  (تلقى نائب خادم الحرمين الشريفين الأمير محمد بن نايف …) */
       VISIT_ADJ = 2,          /* adjectives between بزيارة and its place (مفاجئة، رسمية) */
       HISTORY_YEARS = 2 };

/* Whether token k may stand between the subject and the call or the call and its party: a
 * comma, a word of a date or "encounter" 8 (أمس، اليوم، مساء). */
static int filler(sent_ctx *c, size_t k)
{
    int w = word_value(c, k, EK_ENCOUNTER);
    return ev_comma(c, k) || ev_in_date(c, k) || w == ENC_BETWEEN || w == ENC_ADJ || w == FILL;
}

/* The person named at token k behind titles only (bi: k carries ب), or NULL. */
static const rasd_entity *person_at(sent_ctx *c, const kind_info *ki, size_t k, int bi)
{
    const rasd_entity *e;
    if (k >= c->t1)
        return NULL;
    e = ev_first_entity(c, k, k + PARTY_LEAD < c->t1 ? k + PARTY_LEAD : c->t1);
    if (!e || strcmp(e->type, "PER") != 0 ||
        !(e->tok_start == k || ev_lead_span(c, k, e->tok_start, bi)) ||
        !ev_can_act(c, ki, e, NULL, NULL, 0))
        return NULL;
    return e;
}

/* من, tested on bytes: the longest "objprep" phrase at the token may be longer (من أجل). */
static const char MIN[] = "\xd9\x85\xd9\x86";

/* The party of the call ending at token from, made (take == 0: مع or ب) or received (من). */
static const rasd_entity *party_of(sent_ctx *c, const kind_info *ki, size_t from, int take)
{
    for (size_t k = from; k < c->t1 && k <= from + PARTY_GAP; k++) {
        if (!take && word_value(c, k, EK_WITH) == WITH_MA3)
            return person_at(c, ki, k + 1, 0);
        if (!take && ev_clitic(c, k) == CL_BI)
            return person_at(c, ki, k, 1);
        if (take && c->s->t[k].norm_len == sizeof MIN - 1 &&
            memcmp(c->s->t[k].norm, MIN, sizeof MIN - 1) == 0)
            return person_at(c, ki, k + 1, 0);
        if (!filler(c, k))
            return NULL;
    }
    return NULL;
}

/* What a verb told before its noun: the verb at token i, its value v, the noun's tokens
 * [j, j_end], its subject a, its party p (NULL: a visit, its place given). */
struct told51 {
    size_t i, j, j_end;
    int v;
    const rasd_entity *a, *p, *place;
};

/* Adds the event of kind ki told as t in the sentence [s, e) to x, unless dated two years or
 * more before the article (history). */
static rasd_status add_told_event(sent_ctx *c, struct ev_doc *x, const kind_info *ki, uint32_t s,
                                  uint32_t e, const struct told51 *t)
{
    rasd_event ev;
    size_t end = t->p ? t->p->tok_end : t->place->tok_end;
    ev_event_begin(&ev, c, ki, s, e, t->j, t->j_end, t->place);
    ev_append_actor(&ev, t->a);
    if (t->p)
        ev_append_actor(&ev, t->p);
    ev_event_date(c->doc, s, e, 1, ev_content_start(c, ki, end), &ev);
    if (ev.dated && ev_years_before(c->doc, ev.date, HISTORY_YEARS))
        return RASD_OK;
    ev.planned |= t->v == WILL_MAKE || t->v == WILL_TAKE || t->v == ENC_WILL_HOLD ||
                  t->v == WILL_GO || ev_planned_by_words(c->s, c->t0, c->t1, t->i, 1, 0);
    return ev_add_event(x, t->i, t->place, &ev);
}

/* Whether the verb at token i is negated (لم يجر), denied or asked. */
static int unreal(sent_ctx *c, size_t i)
{
    return (i > c->t0 && word_value(c, i - 1, EK_NEGATION) == 0) || ev_denied(c->s, c->t0, i) ||
           ev_question(c);
}

/* The call (call: its adjective at j + 1) or meeting whose noun is token j, told by the verb
 * at token t->i after its subject t->a, added to x. */
static rasd_status call_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e,
                           struct told51 *t, int call)
{
    const kind_info *ki = ev_kind_info(EK_MEET);
    size_t j = t->j;
    t->j_end = j + (size_t)call;
    if (!ki || ev_clitic(c, j) ||
        (t->p = party_of(c, ki, j + 1 + call, t->v == CALL_TAKE || t->v == WILL_TAKE)) == NULL ||
        t->p == t->a || (t->a->id && t->p->id && t->a->id[0] && strcmp(t->a->id, t->p->id) == 0) ||
        unreal(c, t->i) ||
        ev_told_at(x, s, ki->type, c->s->t[t->i].start, c->s->t[t->p->tok_end - 1].end))
        return RASD_OK;
    t->place = ev_place_at(c, j, EK_MEET);
    return add_told_event(c, x, ki, s, e, t);
}

/* Whether token t ends in ة, or ه as normalised (an adjective of زيارة: مفاجئة، رسمية). */
static int feminine(const rasd_token *t)
{
    return t->norm_len > 4 && (memcmp(t->norm + t->norm_len - 2, "\xd8\xa9", 2) == 0 ||
                               memcmp(t->norm + t->norm_len - 2, "\xd9\x87", 2) == 0);
}

/* The place of a visit after its noun ending at token from: at most VISIT_ADJ adjectives
 * (no name, no proclitic, ending in ة), then a place named right there (بزيارة قطر، لبغداد) or
 * after إلى; NULL if none. */
static const rasd_entity *visit_place(sent_ctx *c, size_t from)
{
    size_t k = from;
    const rasd_entity *pl;
    for (; k < c->t1 && k < from + VISIT_ADJ && ev_is_word(&c->s->t[k]) &&
           !ev_first_entity(c, k, k + 1) && !ev_clitic(c, k) && feminine(&c->s->t[k]) &&
           word_value(c, k, EK_PLACE) != PLACE_TO;
         k++)
        ;
    if (k < c->t1 && word_value(c, k, EK_PLACE) == PLACE_TO)
        k++;
    if (k >= c->t1 || (pl = ev_first_entity(c, k, k + 1)) == NULL || !is_loc(pl) ||
        pl->tok_start != k)
        return NULL;
    return pl;
}

/* The visit whose noun بزيارة is token t->j, told by قام at token t->i after its subject
 * t->a, added to x. */
static rasd_status visit_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e,
                            struct told51 *t)
{
    const kind_info *ki = ev_kind_info(EK_VISIT);
    t->j_end = t->j;
    if (!ki || (t->place = visit_place(c, t->j + 1)) == NULL || unreal(c, t->i) ||
        ev_told_at(x, s, ki->type, c->s->t[t->i].start, c->s->t[t->place->tok_end - 1].end))
        return RASD_OK;
    return add_told_event(c, x, ki, s, e, t);
}

/* Whether token t is indefinite and bare: no article ال, no pronoun (اجتماعا، مباحثات; not
 * الاجتماع، اجتماعه: encounter.c's and meeting_held.c's). */
static int indefinite(const rasd_token *t)
{
    size_t n = t->norm_len;
    return !(n > 4 && memcmp(t->norm, "\xd8\xa7\xd9\x84", 4) == 0) &&
           !(n > 2 && memcmp(t->norm + n - 2, "\xd9\x87", 2) == 0) &&
           !(n > 4 && (memcmp(t->norm + n - 4, "\xd9\x87\xd8\xa7", 4) == 0 ||
                       memcmp(t->norm + n - 4, "\xd9\x87\xd9\x85", 4) == 0));
}

/* Whether token t may be one of the verbs, by the second bytes of its last three letters: جرى،
 * جرت، جري، لقى، لقت، عقد، قدت، قام، امت، قوم (أجرى، يجري، تلقت، عقدت، قامت، يقوم). Asked where
 * encounter.c's walk found a verb (ev_support_note), and at every token only when that walk does
 * not run: there it cost 26 instructions a token, bench/extract_cost.sh (cost52). */
static int may_verb(const rasd_token *t)
{
    const unsigned char *w = (const unsigned char *)t->norm;
    size_t n = t->norm_len;
    if (n < 6)
        return 0;
    if (n > 12)
        return 0;              /* six letters at most, و with سيقوم: not انطلقت with و */
    switch ((uint32_t)w[n - 5] << 16 | (uint32_t)w[n - 3] << 8 | w[n - 1]) {
    case 0xacb189: case 0xacb1aa: case 0xacb18a:   /* جرى جرت جري */
    case 0xb982af: case 0x828885:                  /* عقد قوم */
        return 1;
    case 0x848289: case 0x84828a: case 0x8482aa:   /* لقى لقي لقت after ت: تلقى، not ألقى */
        return n >= 8 && w[n - 7] == 0xaa;
    case 0x82afaa:                                 /* قدت after ع: عقدت، not فقدت */
        return n >= 8 && w[n - 7] == 0xb9;
    case 0xa785aa:                                 /* امت after ق: قامت، not دامت */
        return n >= 8 && w[n - 7] == 0x82;
    case 0x82a785:                                 /* قام after no letter, و or ف: not أرقام */
        return n == 6 || (n == 8 && (w[1] == 0x88 || w[1] == 0x81));
    default:
        return 0;
    }
}

/* Whether a noun of the forms may follow the verb at token i within VERB_BACK words: a word
 * whose letters start with اجت، مبا، محا، لقا، اتص، مكا or بزي (a filter by bytes before the
 * subject is looked for: bench/extract_cost.sh). */
static int noun_ahead(const sent_ctx *c, size_t i)
{
    static const char starts[][7] = {
        "\xd8\xa7\xd8\xac\xd8\xaa", "\xd9\x85\xd8\xa8\xd8\xa7", "\xd9\x85\xd8\xad\xd8\xa7",
        "\xd9\x84\xd9\x82\xd8\xa7", "\xd8\xa7\xd8\xaa\xd8\xb5", "\xd9\x85\xd9\x83\xd8\xa7",
        "\xd8\xa8\xd8\xb2\xd9\x8a"};
    for (size_t k = i + 1; k < c->t1 && k <= i + VERB_BACK; k++) {
        const rasd_token *t = &c->s->t[k];
        if (t->norm_len < 8)
            continue;
        for (size_t m = 0; m < sizeof starts / sizeof *starts; m++)
            if (memcmp(t->norm, starts[m], 6) == 0)
                return 1;
    }
    return 0;
}

/* The token the noun stands at after a subject ending at token from: past titles, a person's
 * name (the subject's after its title), a date, a time, a comma or a word of "encounter" 8
 * and 38, within CALL_GAP words; SIZE_MAX if none. */
static size_t noun_after(sent_ctx *c, size_t from)
{
    size_t k = from;
    while (k < c->t1 && k <= from + CALL_GAP) {
        const rasd_entity *en = ev_first_entity(c, k, k + 1);
        if (en && en->tok_start == k && strcmp(en->type, "PER") == 0)
            k = en->tok_end;
        else if (filler(c, k) || word_kind(c, k, 0, EK_LEAD))
            k++;
        else
            return k;
    }
    return SIZE_MAX;
}

/* The call, meeting or visit the verb at token i of value v tells, added to x. */
static rasd_status verb_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                           int v)
{
    int go = v == WENT || v == WILL_GO, w, adj;
    const kind_info *ki = ev_kind_info(go ? EK_VISIT : EK_MEET);
    struct told51 t = {i, 0, 0, v, NULL, NULL, NULL};
    if (!ki || (t.a = ev_subject_after(c, ki, i + 1, NULL, NULL)) == NULL ||
        t.a->tok_start <= i || strcmp(t.a->type, "PER") != 0 || ev_name_clitic(c, t.a) ||
        (t.j = noun_after(c, t.a->tok_end)) == SIZE_MAX || t.j + 1 >= c->t1)
        return RASD_OK;
    w = word_value(c, t.j, EK_ENCOUNTER);
    if (go)
        return w == VISIT_NOUN ? visit_at(c, x, s, e, &t) : RASD_OK;
    if (w == CALL_NOUN && v != HOLD && v != ENC_WILL_HOLD &&
        ((adj = word_value(c, t.j + 1, EK_ENCOUNTER)) == ENC_BETWEEN || adj == CALL_ADJ))
        return call_at(c, x, s, e, &t, 1);
    if ((w == ENC_NOUN || (w == ENC_MATCH && !ev_enc_sport(c))) && v != CALL_TAKE &&
        v != WILL_TAKE && indefinite(&c->s->t[t.j]))
        return call_at(c, x, s, e, &t, 0);
    return RASD_OK;
}

/* Whether the encounter v of n words at token i (c->s->cut its proclitic letters, from the
 * look-up just made) is one of the verbs, a noun of the forms ahead of it. */
static int verb_ok(sent_ctx *c, size_t i, int v, size_t n)
{
    return i + 2 < c->t1 && n == 1 && may_verb(&c->s->t[i]) &&
           (v == CALL_MAKE || v == CALL_TAKE || v == WILL_MAKE || v == WILL_TAKE || v == HOLD ||
            v == ENC_WILL_HOLD || v == WENT || v == WILL_GO) &&
           ev_conjunctions(&c->s->t[i], c->s->cut) && noun_ahead(c, i);
}

rasd_status ev_support_note(sent_ctx *c, struct ev_doc *x, size_t i, int v, size_t n)
{
    return verb_ok(c, i, v, n) ? ev_note_add(x, i, EV_NOTE_SUPPORT_VERB, v) : RASD_OK;
}

rasd_status ev_support(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e)
{
    rasd_status rc = RASD_OK;
    if (x->noted) {            /* the verbs encounter.c's walk noted (ev_support_note) */
        for (const ev_note *o; !rc && (o = ev_note_next(x, EV_NOTE_SUPPORT_VERB, c->t0, c->t1));) {
            rc = verb_at(c, x, s, e, o->token, o->value);
            if (!rc)           /* visit_paid.c: after this file's visit, none if it told one */
                rc = ev_visit_paid(c, x, s, e, o->token, o->value);
        }
        return rc;
    }
    for (size_t i = c->t0; i + 2 < c->t1 && !rc; i++) {   /* no walk: a walk of its own */
        int v;
        size_t n;
        if (may_verb(&c->s->t[i]) && ev_word_is(c->s, i, 1, EK_ENCOUNTER, &v, &n) &&
            verb_ok(c, i, v, n) && (rc = verb_at(c, x, s, e, i, v)) == RASD_OK)
            rc = ev_visit_paid(c, x, s, e, i, v); /* visit_paid.c, as above */
    }
    return rc;
}
