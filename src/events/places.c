/* places.c — an event's place: a LOC after في or إلى or with ب, a venue, a visit's place
 * with لـ, the town after a building (actors.h; docs/EVENTS.md). Moved from events.c
 * unchanged (tidy51, stop 43).
 */
#include "events/actors.h"
#include "entities/ent.h"

#include <string.h>

/* Whether a comma or a quote mark lies in tokens [a, b). */
static int broken(const sent_ctx *c, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        const rasd_token *t = &c->s->t[i];
        if (t->kind == RASD_TOK_PUNCT && !ev_punct(c->s, i, "()"))
            return 1;
    }
    return 0;
}

/* Whether what the event is about starts in tokens (a, b): a word of data/events.tsv
 * "about", إلى، على، أن (دعا إلى …، اتفقا على ضرورة مفاوضات سلام في سوريا): a place after it is
 * the matter's, not the event's. */
static int says_what(sent_ctx *c, size_t a, size_t b)
{
    for (size_t i = a + 1; i < b; i++)
        if (word_kind(c, i, 0, EK_ABOUT))
            return 1;
    return 0;
}

/* A bombing's place when nobody is named (F_BARE) may stand after its target and a relative
 * clause (حادث التفجير الذي تعرض له مسجد قوات الطوارئ الخاصة في مدينة أبها; evbreadth). */
enum { PLACE_REACH_BARE = PLACE_REACH + 4 };

/* The town or region said right after a building the recogniser named as a place (data/
 * events.tsv "facility": في مقر قوات الطوارئ الخاصة بمنطقة عسير، في مسجد قوات الطوارئ في
 * أبها): a LOC at most two words after it (an area noun or في between), no punctuation
 * between; else the building itself. */
static const rasd_entity *wider_place(sent_ctx *c, const rasd_entity *e)
{
    const rasd_entity *n;
    if (!word_kind(c, e->tok_start, 1, EK_FACILITY))
        return e;
    for (size_t k = e->tok_end; k < c->t1 && k <= e->tok_end + 2; k++)
        if ((n = ev_first_entity(c, k, k + 1)) != NULL)
            return is_loc(n) && !broken(c, e->tok_end, k) ? n : e;
    return e;
}

/* The place of an attack named by a noun in the construct state (F_AT), whose genitive
 * starts at token k: a LOC there with no proclitic (or the town after a facility so named),
 * not followed by على (the genitive is then the doer); NULL if none. */
const rasd_entity *ev_at_place(sent_ctx *c, size_t k)
{
    const rasd_entity *g = k < c->t1 ? ev_first_entity(c, k, k + 1) : NULL;
    if (!g || !is_loc(g) || ev_name_clitic(c, g) ||
        (g->tok_end < c->t1 && (word_value(c, g->tok_end, EK_WITH) == WITH_ALA ||
                                (c->s->t[g->tok_end].norm_len == LETTERS(2) &&
                                 starts_with(c->s->t[g->tok_end].norm, LETTERS(2),
                                             U_DAD U_DAL)))))
        return NULL;
    return wider_place(c, g);
}

/* Whether a word of criticism (data/events.tsv criticize: استنكر، ندد، أدان، شجب) stands in
 * tokens [t0, i) before a place at token i that comes before an attack's word: the place is
 * then the condemner's (استنكرت دائرة الإفتاء العام في الأردن العمل الإرهابي الذي استهدف
 * مسجد … بمنطقة عسير: judge57's 57), not the attack's (lay66). */
static int condemner_place(sent_ctx *c, size_t i, int kind)
{
    if (kind != EK_ASSAULT && kind != EK_FIGHT && kind != EK_KILL && kind != EK_ASSASSINATE)
        return 0;
    for (size_t k = c->t0; k < i; k++)
        if (word_kind(c, k, 1, EK_CRITICIZE))
            return 1;
    return 0;
}

/* The place: a LOC after a word of data/events.tsv "place" (في، إلى) or carrying ب, or a venue
 * (an organisation after a word of "venue": في الكرملين، قمة مجموعة العشرين), within
 * PLACE_REACH tokens after the reporting word (else within PLACE_BEFORE before it), with no
 * comma or quote mark between; a visit's place with لـ right
 * after its word (زيارته لقطر). After an appeal, agreement, criticism, accusation or threat,
 * not past the start of what it is about (says_what). */
const rasd_entity *ev_place_of(sent_ctx *c, size_t at, int kind, int area)
{
    int visit = kind == EK_VISIT, content = kind == EK_APPEAL || kind == EK_AGREE ||
                kind == EK_CRITICIZE || kind == EK_ACCUSE || kind == EK_THREATEN;
    const rasd_entity *best = NULL;
    const rasd_token *t = c->s->t;
    for (size_t k = 0; k < c->ne; k++) {
        const rasd_entity *e = &c->en[k];
        size_t i = e->tok_start;
        int marked, v;
        size_t n;
        if (i < c->t0 || i >= c->t1 || (!is_loc(e) && strcmp(e->type, "ORG") != 0))
            continue;
        if (!is_loc(e)) {      /* a venue: في الكرملين، قمة مجموعة العشرين */
            if (i > c->t0 && word_kind(c, i - 1, 0, EK_VENUE)) {
                if (i >= at)
                    return i <= at + PLACE_REACH && !broken(c, at, i) &&
                           !(content && says_what(c, at, i)) ? e : best;
                best = i + PLACE_BEFORE >= at && !broken(c, i, at) ? e : NULL;
            }
            continue;
        }
        v = i > c->t0 ? word_value(c, i - 1, EK_PLACE) : -1;
        marked = (v >= 0 && v != PLACE_NOUN && (v != PLACE_AREA || visit || area)) ||
                                                  /* في، إلى، بمحافظة (visits) */
                 ((area || visit) && v == PLACE_NOUN && i > c->t0 + 1 &&
                  (word_value(c, i - 2, EK_PLACE) == PLACE_IN ||
                   (visit && word_value(c, i - 2, EK_PLACE) == PLACE_TO))) ||
                                  /* a visit إلى محافظة الطائف (events6) */
                                  /* a bombing with nobody named في منطقة عسير (evrecall3) */
                 (t[i].norm_len > LETTERS(1) && letter_is(t[i].norm, U_BEH) &&
                  ent_with_particle(c->doc, i)) ||                             /* بموسكو */
                 (visit && i == at + 1 && t[i].norm_len > LETTERS(1) &&
                  letter_is(t[i].norm, U_LAM) && ent_with_particle(c->doc, i)) ||
                                                                   /* زيارته لقطر */
                 (visit && i == at + 1 && !ent_with_particle(c->doc, i) &&
                  ev_word_is(c->s, at, 1, EK_VISIT, &v, &n) && v == F_VERB);
                                                                   /* سيزور إندونيسيا */
        if (!marked)
            continue;
        if (i >= at)
            return i <= at + (area ? PLACE_REACH_BARE : PLACE_REACH) && !broken(c, at, i) &&
                   !(content && says_what(c, at, i)) ? wider_place(c, e) : best;
        best = i + PLACE_BEFORE >= at && !broken(c, i, at) && !condemner_place(c, i, kind)
                   ? e : NULL;   /* or right before, not the condemner's */
    }
    return best;
}

const rasd_entity *ev_place_at(sent_ctx *c, size_t at, int kind) { return ev_place_of(c, at, kind, 0); }
