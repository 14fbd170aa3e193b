/* meeting_held.c — a meeting named by its noun and a relative clause of holding (issue 16, branch
 * nouns47; docs/EVENTS.md "Issue 16: meetings named by a noun and the one who held them").
 *
 * A meeting's noun (data/events.tsv "encounter" 1, 4, 9: اجتماع، لقاء، الاجتماع، القمة …)
 * followed, within HOLD_GAP words (a definite adjective or one of "encounter" 8 and 11: الموسع،
 * الطارئ، مغلق; then الذي/التي), by a verb of holding that carries the noun's pronoun ("encounter"
 * 20, past: عقده، عقدته، عقدها; 21, present or future: يعقده، تعقده، سيعقده) is a meeting of that
 * verb's subject, a person named right after it past his titles (اجتماع يعقده وزير التعليم عزام
 * الدخيل مع مديري التعليم؛ خلال الاجتماع الذي عقده الأمير … بمقر الإمارة), and of the party after
 * مع or ب within PARTY_GAP words of the subject (a name behind titles, or a group of people).
 * Neither the rules nor the layer read it: the noun's subject stands after a verb of its own,
 * and encounter.c's noun form allows no verb between the noun and مع.
 * The verb's pronoun makes the subject the holder (الاجتماع الذي عقد أمس is a passive: no one
 * named). أجرى is left out: لقاء أجرته معه صحيفة is an interview. Status: planned for the
 * present verb and the words of "plan"; occurred for the past. Not when the noun carries ل (a
 * purpose), is negated, denied, prevented or asked (as encounter.c's), when a word of sport is in
 * the sentence (لقاء is a match), for a plural noun with a present verb (اجتماعات تعقدها
 * المؤسسة مع: a habit), or when dated two years or more before the article (history). *
 * And a summit told as held (ev_summit_held; meeting_during.c's until stop 48): قمة (encounter 9, any proclitic: لقمة، بقمة)
 * whose genitive names a body (قمة دول «بريكس»، قمة مجموعة الدول الصناعية الكبرى السبع، قمة
 * الاتحاد الأفريقي), then only a place (في أوفا) or a comma, then الذي/التي and a past verb of
 * being held (encounter 37 عقد، عقدت; 50 انعقدت، تم عقدها، جرت، اختتمت): the meeting of that
 * body, its one actor the genitive as a description (a body is no person: the recall set's
 * guideline names it so). Not an adjective for genitive (القمة العربية، القمة العالمي: no body
 * named), not a place's name (قمة كامب ديفيد: a venue), not a plural. */
#include "events/meeting_held.h"
#include "events/encounter.h"
#include "entities/ent.h"

#include <string.h>

enum { GENITIVE_WORDS = 7,     /* a summit's genitive (مجموعة الدول الصناعية الكبرى السبع: 5) */
       PLACE_WORDS = 4 };      /* a place phrase between it and its relative (في مدينة أوفا) */
enum { HOLD_PAST = 37, HELD = 50 };   /* data/events.tsv "encounter" 37, 50 */

enum { ENC_NOUN = 1, ENC_MATCH = 4, ENC_BETWEEN = 8, ENC_GATHER = 9, ENC_ADJ = 11,
       HELD_PAST = 20,         /* عقده، عقدته، عقدها، عقدتها */
       HELD_NOW = 21 };        /* يعقده، تعقده، سيعقده، ستعقده: planned */
enum { HOLD_GAP = 3,           /* words between the noun and the verb (an adjective, الذي) */
       PARTY_GAP = 4,          /* words between the subject and مع or ب (a time: اليوم، أمس) */
       PARTY_LEAD = 4,         /* titles before the party's name */
       HISTORY_YEARS = 2 };
enum { NEG_AFTER = 1, GUARD_BEFORE = 1, GUARD_PUBLIC = 40 };

/* Whether token t is a plural of meetings (اجتماعات، اللقاءات): ات after اجتماع or لقاء, not
 * محادثات or مباحثات, plural in form only (مباحثات يعقدها الجبير مع نظيره: one round of talks). */
static int plural(const rasd_token *t)
{
    static const char ijt[] = "\xd8\xac\xd8\xaa\xd9\x85\xd8\xa7\xd8\xb9\xd8\xa7\xd8\xaa",   /* جتماعات */
                      liq[] = "\xd9\x82\xd8\xa7\xd8\xa1\xd8\xa7\xd8\xaa";                 /* قاءات */
    size_t n = t->norm_len;
    return (n >= sizeof ijt - 1 && memcmp(t->norm + n - (sizeof ijt - 1), ijt, sizeof ijt - 1) == 0) ||
           (n >= sizeof liq - 1 && memcmp(t->norm + n - (sizeof liq - 1), liq, sizeof liq - 1) == 0);
}

/* The verb of holding after the noun ending at token from (its value in *v), or SIZE_MAX:
 * only a definite adjective, a word of "encounter" 8 or 11 and a relative pronoun between. */
static size_t held_verb(sent_ctx *c, size_t from, int *v)
{
    for (size_t k = from; k < c->t1 && k <= from + HOLD_GAP; k++) {
        int w = word_value(c, k, EK_ENCOUNTER);
        if (w == HELD_PAST || w == HELD_NOW)
            return ev_clitic(c, k) ? SIZE_MAX : (*v = w, k);   /* وعقده: another clause */
        if (!ev_is_word(&c->s->t[k]) || ev_clitic(c, k) ||
            !(word_kind(c, k, 0, EK_RELATIVE) || w == ENC_BETWEEN || w == ENC_ADJ ||
              (ev_definite(&c->s->t[k]) && !ev_first_entity(c, k, k + 1))))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Whether the noun at token i is negated, denied, prevented or asked (encounter.c unreal). */
static int unreal(sent_ctx *c, size_t i)
{
    int v;
    size_t n;
    if (i > c->t0 && ev_word_is(c->s, i - 1, 1, EK_NEGATION, &v, &n) && n == 1 && v != NEG_AFTER)
        return 1;              /* حضر الاجتماع، قبل اجتماع; بعد اجتماع happened */
    if (i > c->t0 && ev_word_is(c->s, i - 1, 1, EK_TGUARD, &v, &n) && v == GUARD_BEFORE)
        return 1;
    return ev_denied(c->s, c->t0, i) || ev_question(c);
}

/* The party told by words from token k after مع: a definite word (مع الدبلوماسيين) or an
 * indefinite one and its definite genitive (مع وكلاء الوزارة ومديري العموم: وكلاء الوزارة), as
 * a description; NULL for an indefinite word alone (مع عدد من نظرائها، مع كل زعماء: a quantity,
 * not the party). */
static const rasd_entity *words_party(sent_ctx *c, size_t k)
{
    size_t b;
    if (k >= c->t1 || ev_enc_party_stop(c, k) || ev_clitic(c, k))
        return NULL;
    b = ev_definite(&c->s->t[k]) ? k + 1 : k + 2;
    if (b > c->t1 || (b == k + 2 && (ev_enc_party_stop(c, k + 1) || ev_clitic(c, k + 1) ||
                                     !ev_definite(&c->s->t[k + 1]))))
        return NULL;
    return ev_add_desc(c, "PER", k, b, c->s->t[k].start);
}

/* The party at token k (after مع, or carrying ب when bi): a person named behind titles only,
 * else a group of people; NULL if none or the public. */
static const rasd_entity *party_at(sent_ctx *c, const kind_info *ki, size_t k, int bi)
{
    int v;
    size_t n;
    const rasd_entity *e = ev_first_entity(c, k, k + PARTY_LEAD < c->t1 ? k + PARTY_LEAD : c->t1);
    if (k >= c->t1 || (ev_word_is(c->s, k, 1, EK_TGUARD, &v, &n) && v == GUARD_PUBLIC))
        return NULL;           /* مع الأهالي: the public */
    if (e && !is_loc(e) && (e->tok_start == k || ev_lead_span(c, k, e->tok_start, bi)) &&
        ev_can_act(c, ki, e, NULL, NULL, 0))
        return e;
    if ((e = ev_group_at(c, k, 1 << GROUP_PEOPLE, bi ? CL_BI : 0)) != NULL)
        return e;              /* مع مديري التعليم */
    return bi ? NULL : words_party(c, k);   /* بمقر الإدارة: a place, not a party */
}

/* The party after the subject ending at token from: مع or a word with ب within PARTY_GAP
 * words of its clause, only a time or a word of "encounter" 8 between. */
static const rasd_entity *party_after(sent_ctx *c, const kind_info *ki, size_t from)
{
    for (size_t k = from; k < c->t1 && k < from + PARTY_GAP; k++) {
        if (!ev_is_word(&c->s->t[k]) || ev_clause_end(c, k))
            return NULL;
        if (word_value(c, k, EK_WITH) == WITH_MA3)
            return party_at(c, ki, k + 1, 0);
        if (ev_clitic(c, k) == CL_BI)
            return party_at(c, ki, k, 1);
        if (!ev_in_date(c, k) && word_value(c, k, EK_ENCOUNTER) != ENC_BETWEEN)
            return NULL;
    }
    return NULL;
}

/* Whether the verb at token j has no subject after it: مع، a word with ب، a preposition
 * (في، بمقر), a date or a time right after it (خلال اجتماع عقده مع …، الذي عقده بمقر الإدارة). */
static int no_subject(sent_ctx *c, size_t j)
{
    size_t k = j + 1;
    return k < c->t1 && ev_is_word(&c->s->t[k]) &&
           (word_value(c, k, EK_WITH) == WITH_MA3 || ev_clitic(c, k) == CL_BI ||
            word_kind(c, k, 0, EK_PREP) || ev_in_date(c, k) ||
            word_value(c, k, EK_ENCOUNTER) == ENC_BETWEEN);
}

/* The holder named before the noun at token i when its verb at token j has none after it: the
 * last person named in the NOUN_REACH words before the noun, in its sentence (أكد مدير التعليم
 * عبدالله المنيع خلال الاجتماع الذي عقده بمقر الإدارة: the pronoun's antecedent, the main
 * verb's subject), as the rules read a noun's subject (F_POSS); NULL if none. */
static const rasd_entity *holder_before(sent_ctx *c, const kind_info *ki, size_t i, size_t j)
{
    size_t a = i;
    for (size_t m = NOUN_REACH; a > c->t0 && m > 0; m--)
        a--;
    if (!no_subject(c, j))
        return NULL;
    return ev_last_in(c, ki, a, i, NULL, NULL, NULL);
}

/* The meeting of the noun at tokens [i, i + n) of value v, held as a relative clause says,
 * added to x. */
static rasd_status held_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                           size_t n, int v)
{
    const kind_info *ki = ev_kind_info(EK_MEET);
    const rasd_entity *a, *p;
    rasd_event ev;
    size_t j;
    int hv = 0;
    if (!ki || ev_clitic(c, i) == CL_LAM || (j = held_verb(c, i + n, &hv)) == SIZE_MAX ||
        (hv == HELD_NOW && plural(&c->s->t[i + n - 1])))
        return RASD_OK;        /* للقاء: a purpose; اجتماعات تعقدها: a habit */
    if ((a = ev_subject_after(c, ki, j + 1, NULL, NULL)) == NULL)
        a = holder_before(c, ki, i, j);
    if (!a || strcmp(a->type, "PER") != 0 || ev_name_clitic(c, a) || unreal(c, i) ||
        (v == ENC_MATCH && ev_enc_sport(c)) || ev_told_at(x, s, ki->type, c->s->t[i].start, c->s->t[j].end))
        return RASD_OK;
    p = party_after(c, ki, a->tok_end > j ? a->tok_end : j + 1);
    memset(&ev, 0, sizeof ev);
    ev_append_actor(&ev, a);
    if (p && p != a && !(a->id && p->id && a->id[0] && strcmp(a->id, p->id) == 0))
        ev_append_actor(&ev, p);
    ev.type = ki->type, ev.cameo = ki->cameo;
    {
        const rasd_entity *place = ev_place_at(c, i, EK_MEET);
        if (place)
            ev.place_id = place->id, ev.place_name = place->name;
        ev.start = s, ev.end = e;
        ev.trigger_start = c->s->t[i].start, ev.trigger_end = c->s->t[i + n - 1].end;
        ev_event_date(c->doc, s, e, 1, ev_content_start(c, ki, (p ? p : a)->tok_end), &ev);
        if (ev.dated && ev_years_before(c->doc, ev.date, HISTORY_YEARS))
            return RASD_OK;    /* a meeting of years ago: history */
        ev.planned |= hv == HELD_NOW || ev_planned_by_words(c->s, c->t0, c->t1, i, n, 0);
        return ev_add_event(x, i, place, &ev);
    }
}

/* Whether token t may be a verb of holding with a pronoun: its letters end in عقده، عقدها،
 * عقدته or عقدتها. A filter only (the look-up decides), by bytes: a look-up at every token
 * costs more (bench/extract_cost.sh). */
static int may_hold(const rasd_token *t)
{
    const unsigned char *w = (const unsigned char *)t->norm;
    size_t n = t->norm_len;
    if (n >= 2 && w[n - 2] == 0xd8 && w[n - 1] == 0xa7)
        n -= 2;                /* ها: its ا */
    if (n < 8 || w[n - 2] != 0xd9 || w[n - 1] != 0x87)
        return 0;              /* ه */
    n -= 2;
    if (w[n - 2] == 0xd8 && w[n - 1] == 0xaa)
        n -= 2;                /* عقدته: its ت */
    return n >= 6 && memcmp(w + n - 6, "\xd8\xb9\xd9\x82\xd8\xaf", 6) == 0;   /* عقد */
}

/* Whether the bytes [s, e) of the document hold عقد (d8 b9 d9 82 d8 af): a sentence with no
 * verb of holding is passed over without a look at its tokens (bench/extract_cost.sh). */
static int holds_aqd(const rasd_doc *doc, uint32_t s, uint32_t e)
{
    const unsigned char *p = (const unsigned char *)doc->text + s, *end;
    if (e > doc->len)
        e = (uint32_t)doc->len;
    end = (const unsigned char *)doc->text + e;
    while (end - p >= 6 && (p = memchr(p, 0xb9, (size_t)(end - p - 4))) != NULL) {
        if (p[-1] == 0xd8 && p[1] == 0xd9 && p[2] == 0x82 && p[3] == 0xd8 && p[4] == 0xaf)
            return 1;
        p++;
    }
    return 0;
}

rasd_status ev_meeting_held(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e)
{
    rasd_status rc = RASD_OK;
    if (e < s + 6 || !holds_aqd(c->doc, s + 1, e))
        return RASD_OK;
    for (size_t j = c->t0 + 1; j < c->t1 && !rc; j++) {
        int w;
        if (!may_hold(&c->s->t[j]) || ((w = word_value(c, j, EK_ENCOUNTER)) != HELD_PAST &&
                                       w != HELD_NOW))
            continue;
        for (size_t i = j > c->t0 + HOLD_GAP + 1 ? j - HOLD_GAP - 1 : c->t0; i < j && !rc; i++) {
            int v, hv;
            size_t n;
            if (!ev_event_start(c->s, i) || !ev_word_is(c->s, i, 1, EK_ENCOUNTER, &v, &n) ||
                i + n > j || (v != ENC_NOUN && v != ENC_MATCH && v != ENC_GATHER) ||
                held_verb(c, i + n, &hv) != j)
                continue;
            rc = held_at(c, x, s, e, i, n, v);
            break;             /* the noun nearest the start: one meeting a verb */
        }
    }
    return rc;
}

/* Whether token k may be in a summit's genitive: a word with no proclitic و, no preposition,
 * relative or word of place, or a quote mark or bracket. */
static int genitive_word(sent_ctx *c, size_t k)
{
    if (!ev_is_word(&c->s->t[k]))
        return !ev_punct(c->s, k, ",.;:!?") && !ev_clause_end(c, k);
    return ev_clitic(c, k) != CL_WA && !word_kind(c, k, 0, EK_PREP) &&
           !word_kind(c, k, 0, EK_PLACE) && !word_kind(c, k, 0, EK_RELATIVE) &&
           !word_kind(c, k, 0, EK_ABOUT);
}

/* The token of the relative pronoun after a summit's genitive ending at token k: right
 * there, past a comma, or past a place phrase (في مدينة أوفا الروسية); 0 if none. */
static size_t relative_after(sent_ctx *c, size_t k)
{
    if (k < c->t1 && word_kind(c, k, 0, EK_PLACE)) {
        const rasd_entity *p = ev_first_entity(c, k + 1, c->t1 < k + PLACE_WORDS ? c->t1 : k + PLACE_WORDS);
        if (!p || !is_loc(p))
            return 0;
        for (k = p->tok_end; k < c->t1 && ev_nisba(c, k); k++)
            ;                  /* في مدينة أوفا الروسية */
    }
    if (k < c->t1 && ev_comma(c, k))
        k++;
    return k < c->t1 && word_kind(c, k, 0, EK_RELATIVE) && ev_clitic(c, k) == 0 ? k : 0;
}

rasd_status ev_summit_held(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                           size_t n)
{
    const rasd_entity *b, *q;
    size_t k = i + n, r, m;
    int v;
    const rasd_token *t = &c->s->t[i];
    if (n != 1 || ev_definite_any(t) || (t->norm_len > 4 && memcmp(t->norm, "\xd9\x84\xd9\x84", 4) == 0) ||
        k >= c->t1 || !ev_is_word(&c->s->t[k]) || ev_clitic(c, k) != 0 ||
        ev_nisba(c, k) || ev_in_date(c, k) || !genitive_word(c, k) ||
        ((q = ev_first_entity(c, k, k + 1)) != NULL && is_loc(q)))
        return RASD_OK;        /* القمة، للقمة (its word after it an adjective); قمة
                                  العربية، قمة كامب ديفيد، قمة الثلاثاء */
    while (k < c->t1 && k < i + n + GENITIVE_WORDS && genitive_word(c, k))
        k++;
    if ((r = relative_after(c, k)) == 0 || r + 1 >= c->t1 ||
        !ev_word_is(c->s, r + 1, 0, EK_ENCOUNTER, &v, &m) || (v != HOLD_PAST && v != HELD) ||
        ev_enc_unreal(c, i, n, 0))
        return RASD_OK;
    if ((b = ev_add_desc(c, "ORG", i + n, k, c->s->t[i + n].start)) == NULL)
        return RASD_OK;
    return ev_enc_add(c, x, s, e, &b, 1, i, r + m);
}
