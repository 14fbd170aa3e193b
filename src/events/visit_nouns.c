/* visit_nouns.c — a visit told by its noun, the visitor its genitive, the place after لـ or إلى
 * (issue 16, branch visit53; docs/EVENTS.md "Issue 16: visits told by a noun and its visitor
 * (branch visit53, stop 45)").
 *
 * The rules read زيارة X لـY (data/events.tsv visit 5) and زيارته إلى Y (visit 3) only when
 * the words stand close and no other event took the sentence first; the press puts the
 * visitor's titles after his name, or gives him by an honorific or a pronoun:
 *   واستمع إلى نتائج زيارة صاحب السمو الملكي الأمير محمد بن سلمان … وزير الدفاع للأردن
 *   بعث الأمير محمد بن سلمان … برقية شكر لجلالة الملك …، وذلك بعد انتهاء زيارة سموه للأردن
 * The noun (data/events.tsv "encounter" 70: زيارة, 71: زيارته، زيارتها; و or ف alone before
 * it, not لـ (a purpose: لزيارة) nor بـ (قام بزيارة: support_verbs.c; رحب بزيارة)), not after إلى
 * (دعاه إلى زيارة: an invitation) nor after a word of "negation" 0 (لم، قبل، بعد: not at the
 * sentence's date); its visitor:
 *   - 70: a person named within VISITOR_LEAD words after it, titles between, no punctuation;
 *   - 70 with an honorific right after it ("encounter" 72: سموه، معاليه) or 71: the
 *     sentence's first person named, within SUBJ_LEAD words of its start, before the noun,
 *     unless a word that makes that person the one met governs it (aguard aside_occasion: استقبال
 *     الرئيس المصري لصاحب السمو …، أثناء زيارة سموه لمصر: the guest visits) or his titles
 *     carry لـ (بعث سموه برقية شكر لفخامة الرئيس …: the one written to); none then;
 * then its place within VISIT_PLACE_GAP words after the visitor (after the honorific or the noun
 * for 71): a place named on a word with لـ (للأردن) or right after إلى, the visitor's titles
 * and the noun's adjectives between, no punctuation and no other person. Planned for the
 * words of "plan" (المرتقبة، من المقرر أن); none when denied, asked, dated two years or more
 * before the article (a year alone too: وفي عام 1977 … أثناء زيارته للقدس), told as before (سبق أن، كان قد: told_before.c) or the visitor's last one
 * (زيارته الأخيرة: told_before.c). Generic visits (زيارات ميدانية) are plural: not read. A visit
 * of a place by the public (زيارة المتحف للزوار) or by pilgrims names no person: none.
 * Hook: triggers.c's pass after the layer (with support_verbs.c), so the layer's guards and drop_off
 * have run; an event told already in the sentence is not added again (ev_told_at), one of the
 * article with the same visitor is folded by ev_add_event. */
#include "events/visit_nouns.h"
#include "events/aguard.h"
#include "events/notes.h"
#include "entities/ent.h"

#include <string.h>

enum { NOUN_BARE = 70,         /* زيارة: its visitor named after it */
       NOUN_OWN = 71,          /* زيارته، زيارتها: the sentence's subject */
       HONORIFIC = 72,         /* سموه، معاليه: the sentence's subject */
       NEG_BEFORE = 0,         /* "negation" 0 right before the noun */
       HOST_VERB = 1 };        /* data/events.tsv host 1: استقبل (meet54) */
enum { VISITOR_LEAD = 6,       /* titles between زيارة and its visitor's name (صاحب السمو
                                  الملكي الأمير) */
       SUBJ_LEAD = 8,        /* the words before the sentence's subject: a verb and its
                                  titles (بعث صاحب السمو الملكي الأمير محمد) */
       VISIT_PLACE_GAP = 14,   /* the visitor's titles after his name before the place (ولي
                                  ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع) */
       MET_AFTER_REACH = 5,    /* titles between a word of aside_occasion and the name it
                                  governs */
       YEAR_AFTER = 24,        /* bytes from the place to a year said after it (« عام 1977») */
       HISTORY_YEARS = 2 };

/* Whether token t may be the noun: its letters start with زي, after و or ف at most (a filter
 * on bytes before the look-up, bench/extract_cost.sh). */
static int may_noun(const rasd_token *t)
{
    const unsigned char *w = (const unsigned char *)t->norm;
    if (t->norm_len < 10 || t->norm_len > 18)
        return 0;
    if (w[0] == 0xd8 && w[1] == 0xb2)
        return 1;
    return w[0] == 0xd9 && (w[1] == 0x88 || w[1] == 0x81) && w[2] == 0xd8 && w[3] == 0xb2;
}

/* The value of "encounter" 70-72 at token i, its proclitics only و or ف; -1 if none. */
static int noun_value(sent_ctx *c, size_t i)
{
    int v;
    size_t n;
    if (!ev_word_is(c->s, i, 1, EK_ENCOUNTER, &v, &n) || n != 1 ||
        !ev_conjunctions(&c->s->t[i], c->s->cut))
        return -1;
    return v == NOUN_BARE || v == NOUN_OWN || v == HONORIFIC ? v : -1;
}

/* The entity whose mention starts at token k, or NULL. */
static const rasd_entity *starts_at(const sent_ctx *c, size_t k)
{
    const rasd_entity *e = ev_first_entity(c, k, k + 1);
    return e && e->tok_start == k ? e : NULL;
}

/* The person named within VISITOR_LEAD words after token from, no punctuation between. */
static const rasd_entity *visitor_after(sent_ctx *c, const kind_info *ki, size_t from)
{
    for (size_t k = from; k < c->t1 && k <= from + VISITOR_LEAD; k++) {
        const rasd_entity *e = starts_at(c, k);
        if (c->s->t[k].kind == RASD_TOK_PUNCT)
            return NULL;
        if (e)
            return strcmp(e->type, "PER") == 0 && !ev_name_clitic(c, e) &&
                   ev_can_act(c, ki, e, NULL, NULL, 0) ? e : NULL;
    }
    return NULL;
}

/* Whether the mention at token k follows, past titles only, a word that makes it the one
 * met or received (aguard aside_occasion: استقبال، لقاء، أثناء): جاء ذلك خلال استقبال الرئيس المصري
 * لصاحب السمو الملكي الأمير محمد بن سلمان …، أثناء زيارة سموه لمصر (the guest visits). */
static int met_after(sent_ctx *c, size_t k)
{
    for (size_t n = 0; k > c->t0 && n <= MET_AFTER_REACH; n++) {
        k--;
        if (ev_aguard_word(c, k, AG_ASIDE_OCCASION))
            return 1;
        if (!word_kind(c, k, 1, EK_LEAD))
            return 0;
        if (c->s->cut > 0 && memcmp(c->s->t[k].norm, U_LAM, sizeof U_LAM - 1) == 0)
            return 1;          /* لفخامة الرئيس: the one a cable is sent to, not its sender */
    }
    return 0;
}

/* Whether a year HISTORY_YEARS or more before the article's stands in the sentence [s, noun)
 * (وفي عام 1977 نزل السادات … أثناء زيارته للقدس) or right after the place ending at byte pl
 * (زيارة الرئيس جيمي كارتر إلى بولندا عام 1977): a year alone dates no event (event_when.c). */
static int old_year(sent_ctx *c, uint32_t s, uint32_t noun, uint32_t pl)
{
    size_t n;
    const rasd_date *d = rasd_doc_dates(c->doc, &n);
    for (size_t k = 0; k < n; k++)
        if (d[k].start >= s && (d[k].end <= noun || (d[k].start >= pl &&
                                                     d[k].start <= pl + YEAR_AFTER)) &&
            strlen(d[k].value) == 4 && ev_years_before(c->doc, d[k].value, HISTORY_YEARS))
            return 1;
    return 0;
}

/* Whether a reception's verb (data/events.tsv host 1: استقبل، يستقبل) stands before token k
 * in the sentence: its subject is the host, and a pronoun of the visit (في إطار زيارته) is
 * the guest's (meet54, stop 46: استقبل أمين عام غرفة الشرقية عبدالرحمن الوابل … وفدا
 * إعلاميا … في إطار زيارته للمملكة gave the host as visitor). */
static int host_before(sent_ctx *c, size_t k)
{
    int v;
    size_t n;
    for (size_t j = c->t0; j < k; j++)
        if (ev_word_is(c->s, j, 1, EK_HOST, &v, &n) && v == HOST_VERB)
            return 1;
    return 0;
}

/* The sentence's first person named, starting within SUBJ_LEAD words of its start and
 * ending before token i, or NULL. */
static const rasd_entity *subject_of(sent_ctx *c, const kind_info *ki, size_t i)
{
    for (size_t k = c->t0; k < i && k <= c->t0 + SUBJ_LEAD; k++) {
        const rasd_entity *e = starts_at(c, k);
        if (!e)
            continue;
        if (strcmp(e->type, "PER") != 0)
            continue;
        return e->tok_end <= i && !ev_name_clitic(c, e) && !met_after(c, e->tok_start) &&
                       !host_before(c, e->tok_start) && ev_can_act(c, ki, e, NULL, NULL, 1)
                   ? e : NULL;
    }
    return NULL;
}

/* The place after token from within VISIT_PLACE_GAP words: a place named on a word with لـ or
 * right after إلى; no punctuation and no person between. */
static const rasd_entity *place_after(sent_ctx *c, size_t from)
{
    for (size_t k = from; k < c->t1 && k <= from + VISIT_PLACE_GAP; k++) {
        const rasd_entity *e = starts_at(c, k);
        if (c->s->t[k].kind == RASD_TOK_PUNCT)
            return NULL;
        if (word_value(c, k, EK_PLACE) == PLACE_TO) {
            e = k + 1 < c->t1 ? starts_at(c, k + 1) : NULL;
            return e && is_loc(e) ? e : NULL;
        }
        if (!e)
            continue;
        if (is_loc(e) && ev_clitic(c, k) == CL_LAM)
            return e;
        if (strcmp(e->type, "PER") == 0)
            return NULL;
        k = e->tok_end - 1;    /* a body's name among the titles (مجلس الوزراء) */
    }
    return NULL;
}

/* Whether the noun at token i may tell a visit: not after إلى or "negation" 0, not denied,
 * not in a question. */
static int real_at(sent_ctx *c, size_t i)
{
    return !(i > c->t0 && (word_value(c, i - 1, EK_PLACE) == PLACE_TO ||
                           word_value(c, i - 1, EK_NEGATION) == NEG_BEFORE)) &&
           !ev_denied(c->s, c->t0, i) && !ev_question(c);
}

/* Adds the visit of a (visitor) to pl (place) told by the noun at token i to x. */
static rasd_status add_visit(sent_ctx *c, struct ev_doc *x, const kind_info *ki, uint32_t s,
                             uint32_t e, size_t i, const rasd_entity *a, const rasd_entity *pl)
{
    rasd_event ev;
    ev_event_begin(&ev, c, ki, s, e, i, i, pl);
    ev_append_actor(&ev, a);
    ev_event_date(c->doc, s, e, 1, ev_content_start(c, ki, pl->tok_end), &ev);
    if ((ev.dated && ev_years_before(c->doc, ev.date, HISTORY_YEARS)) ||
        ev_told_before(c->doc, &ev) || ev_last_time(c->doc, &ev))
        return RASD_OK;
    ev.planned |= ev_planned_by_words(c->s, c->t0, c->t1, i, 1, 0);
    return ev_add_event(x, i, pl, &ev);
}

/* The visit the noun at token i of value v tells, added to x. */
static rasd_status noun_at(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e, size_t i,
                           int v)
{
    const kind_info *ki = ev_kind_info(EK_VISIT);
    const rasd_entity *a = NULL, *pl;
    size_t from = i + 1;
    if (!ki || !real_at(c, i))
        return RASD_OK;
    if (v == NOUN_BARE && from < c->t1 && noun_value(c, from) == HONORIFIC)
        v = NOUN_OWN, from++;
    if (v == NOUN_BARE && (a = visitor_after(c, ki, from)) != NULL)
        from = a->tok_end;
    else if (v == NOUN_OWN)
        a = subject_of(c, ki, i);
    if (!a || (pl = place_after(c, from)) == NULL ||
        (a->id && pl->id && a->id[0] && strcmp(a->id, pl->id) == 0) ||
        old_year(c, s, c->s->t[i].start, c->s->t[pl->tok_end - 1].end) ||
        ev_told_at(x, s, ki->type, c->s->t[i].start, c->s->t[pl->tok_end - 1].end))
        return RASD_OK;
    return add_visit(c, x, ki, s, e, i, a, pl);
}

rasd_status ev_visit_note(sent_ctx *c, struct ev_doc *x, size_t i, size_t n)
{
    if (n != 1 || !ev_conjunctions(&c->s->t[i], c->s->cut))
        return RASD_OK;
    return ev_note_add(x, i, EV_NOTE_VISIT_NOUN, 0);
}

rasd_status ev_visit_nouns(sent_ctx *c, struct ev_doc *x, uint32_t s, uint32_t e)
{
    rasd_status rc = RASD_OK;
    if (x->noted) {            /* the nouns encounter.c's walk noted (ev_visit_note) */
        for (const ev_note *o; !rc && (o = ev_note_next(x, EV_NOTE_VISIT_NOUN, c->t0, c->t1));) {
            size_t i = o->token;
            int v;
            if (i + 2 < c->t1 && ((v = noun_value(c, i)) == NOUN_BARE || v == NOUN_OWN))
                rc = noun_at(c, x, s, e, i, v);
        }
        return rc;
    }
    for (size_t i = c->t0; i + 2 < c->t1 && !rc; i++) {   /* no walk: a walk of its own */
        int v = may_noun(&c->s->t[i]) ? noun_value(c, i) : -1;
        if (v == NOUN_BARE || v == NOUN_OWN)
            rc = noun_at(c, x, s, e, i, v);
    }
    return rc;
}
