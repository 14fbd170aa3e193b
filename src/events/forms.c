/* forms.c — who did what a noun of force names, and who a host received (actors.h;
 * docs/EVENTS.md, branches evrecall2, events5 and events6): the armed force after a noun of
 * attack (قصف الطيران المروحي، قصف من قبل قوات النظام، قصف لطيران التحالف), the guest of استقبل
 * after the protocol formula's courtesy title or past the venue and the date, the host and
 * guest of كان في استقباله, the parties of talks held as a journey's purpose (لإجراء محادثات
 * مع), and the tests of a verb's subject events.c asks (an armed force's verbs, a threat in
 * the present, an agreement among a description: moved from events.c at events8). events.c
 * calls them where the reporting word's form asks. */
#include "events/actors.h"

#include <string.h>

/* Whether the verb of fighting at token i, cut proclitic letters off, is also its verbal noun:
 * a bare past of three letters (قصف), not قصفت، يقصف. */
int ev_verbal_noun(const sent_ctx *c, size_t i, int cut)
{
    return c->s->t[i].norm_len == (size_t)LETTERS(3 + cut);
}

/* The armed force that did what the noun of fighting whose word ends at token end names
 * (F_FORCE): its genitive right after an indefinite noun, a description whose head is a force
 * or an organisation named from such a head (قصف الطيران المروحي، غارات التحالف), or, at most
 * FORCE_GAP words on, with no comma between, after a word of "by" of data/events.tsv (من قبل،
 * على يد: an organisation, or a force's description), من (a force's) or, right after an
 * indefinite noun or its adjective, لـ (a force's description: قصف لطيران التحالف); NULL if
 * none. */
enum { FORCE_GAP = 3 };

static const rasd_entity *force_at(sent_ctx *c, size_t k, int named)
{
    const rasd_entity *e = k < c->t1 ? ev_first_entity(c, k, k + 1) : NULL;
    const rasd_token *t;
    if (k >= c->t1)
        return NULL;
    if (e && e->tok_start == k && strcmp(e->type, "ORG") == 0 &&
        (named ? word_value(c, k, EK_GROUP) != GROUP_BODY
               : word_value(c, k, EK_GROUP) == GROUP_FORCE))
        return e;              /* not للهجوم من قبل صندوق التمويل: a fund's attack is words */
    if (e && e->tok_start == k)
        return NULL;
    e = ev_group_at(c, k, 1 << GROUP_FORCE, 0);
    t = &c->s->t[k];
    return e && (named || e->tok_end > e->tok_start + 1 ||
                 starts_with(t->norm, t->norm_len, U_ARTICLE))
               ? e : NULL;     /* اعتداء انتحاري: an adjective; طيران alone: whose? But
                                  after من قبل one word is the doer (إطلاق نار من قبل مسلحين;
                                  events8) */
}

const rasd_entity *ev_force_doer(sent_ctx *c, size_t i, size_t end)
{
    const rasd_token *t = &c->s->t[i];
    size_t n;
    int cut = ev_clitic(c, i) ? 1 : 0;
    int definite = starts_with(t->norm + LETTERS(cut), t->norm_len - (size_t)LETTERS(cut),
                               U_ARTICLE);
    if (!definite) {
        const rasd_entity *e = force_at(c, end, 0);
        if (e)
            return e;          /* قصف الطيران المروحي، غارات التحالف */
    }
    for (size_t k = end; k < c->t1 && k <= end + FORCE_GAP; k++) {
        if (c->s->t[k].kind == RASD_TOK_PUNCT || (k > end && ev_first_entity(c, k - 1, k)) ||
            word_value(c, k, EK_WITH) >= 0)
            return NULL;       /* غارات على تجمعات لمليشيات الحوثي: after على, the target's */
        if (ev_word_is(c->s, k, 0, EK_BY, NULL, &n))
            return force_at(c, k + n, 1);          /* من قبل قوات النظام، على يد الحوثيين */
        if (ev_clitic(c, k) == CL_LAM && !definite && k <= end + 1) {
            const rasd_entity *g = ev_group_at(c, k, 1 << GROUP_FORCE, CL_LAM);
            return g && g->tok_end > g->tok_start + 1 ? g : NULL;
        }                      /* قصف لطيران التحالف، قصف مدفعي للحوثيين; not قصف لمواقع …
                                  (its target), nor past a verb: هجوما استهدف نقطة تابعة
                                  لميليشيات الانقلابيين */
        if (word_equals(c->s->t[k].norm, c->s->t[k].norm_len, U_MEEM U_NOON))
            return force_at(c, k + 1, 0);          /* لقصف مكثف من الطيران المروحي */
    }
    return NULL;
}

/* The guest of a host (استقبل) whose object is not right after its subject: the protocol
 * formula puts a prayer, the venue and the date between them and a courtesy title (a lead
 * word of value 1: معالي، فخامة) before the guest (استقبل خادم الحرمين الشريفين الملك سلمان
 * … - حفظه الله - في قصر السلام اليوم معالي وزير الدفاع الأمريكي اشتون كارتر). Within
 * HOST_GAP words after the subject, with no person named and no و-word (another clause)
 * before the title; the guest is read after the title as a verb's subject is. */
enum { HOST_GAP = 24 };

const rasd_entity *ev_guest_after(sent_ctx *c, const kind_info *ki, const rasd_entity *a,
                                  const rasd_entity *place, const rasd_quote *q)
{
    for (size_t k = a->tok_end; k < c->t1 && k < a->tok_end + HOST_GAP; k++) {
        const rasd_entity *e = ev_first_entity(c, k, k + 1);
        if (e && (strcmp(e->id, a->id) == 0 ||
                  (k <= a->tok_end + 2 && ev_lead_span(c, a->tok_end, k, 0)))) {
            k = e->tok_end - 1;        /* the subject's name after its title: خادم الحرمين
                                          الشريفين الملك سلمان */
            continue;
        }
        if ((e && strcmp(e->type, "PER") == 0) || ev_clitic(c, k) == CL_WA ||
            ev_punct(c->s, k, ".") || word_kind(c, k, 1, EK_RELATIVE) ||
            word_kind(c, k, 0, EK_WITH))
            return NULL;       /* … الذين يزورون قطر، لحضور اجتماعهم المشترك مع معالي …:
                                  another clause, another matter */
        if (word_value(c, k, EK_LEAD) == 1 && k > a->tok_end) {
            if ((e = ev_subject_after(c, ki, k, place, q)) == NULL)
                return ev_title_desc(c, k + 1);    /* معالي وزير الخارجية بجمهورية مصر
                                                      العربية سامح شكري: a guest the
                                                      recogniser did not name (evrecall3) */
            return e != a && strcmp(e->id, a->id) != 0 ? e : NULL;
        }
    }
    return NULL;
}

/* The guest of a host named after the venue and the date that the protocol formula puts
 * between the subject and the guest, set off by commas, with no courtesy title (استقبل أمير
 * منطقة عسير فيصل بن خالد، في المجلس العام بديوان الإمارة، اليوم الأربعاء، جموع المهنئين؛
 * استقبل الأمير محمد بن سلمان … في مكتبه بالمعذر أمس، المهنئين؛ استقبل خادم الحرمين الشريفين
 * الملك سلمان، في قصر السلام بجدة اليوم (الأربعاء)، وزير الدفاع الأميركي; events5): within
 * HOST_GAP words after the subject, a part that has في, a ب-word or a date, then a comma;
 * after it a person (titles first) or a group of people. No other person, و-word, relative
 * pronoun or مع before it (another clause, another matter, as guest_after). */
const rasd_entity *ev_guest_past_venue(sent_ctx *c, const kind_info *ki,
                                       const rasd_entity *a, const rasd_entity *place,
                                       const rasd_quote *q)
{
    int venue = 0;
    for (size_t k = a->tok_end; k < c->t1 && k < a->tok_end + HOST_GAP; k++) {
        const rasd_entity *e = ev_first_entity(c, k, k + 1);
        if (e && strcmp(e->id, a->id) == 0) {
            k = e->tok_end - 1;
            continue;
        }
        if ((e && strcmp(e->type, "PER") == 0) || ev_clitic(c, k) == CL_WA ||
            ev_punct(c->s, k, ".") || word_kind(c, k, 1, EK_RELATIVE) ||
            word_kind(c, k, 0, EK_WITH))
            return NULL;
        if (word_value(c, k, EK_PLACE) == PLACE_IN || ev_clitic(c, k) == CL_BI ||
            ev_in_date(c, k))
            venue = 1;
        if (venue && ev_comma(c, k) && k + 1 < c->t1 && !ev_in_date(c, k + 1)) {
            if ((e = ev_subject_after(c, ki, k + 1, place, q)) != NULL)
                return e != a && strcmp(e->id, a->id) != 0 &&
                       ev_lead_span(c, k + 1, e->tok_start, 0) ? e : NULL;
            return ev_group_at(c, k + 1, 1 << GROUP_PEOPLE, 0);
        }
    }
    return NULL;
}

/* The person an honorific at token h stands for (خلال زيارة سموه، لقاء معاليه: "honor" of
 * data/quotes.tsv), as quotes.c reads it: the speaker of the last quote before it that a
 * person named, else the first person the article named; NULL if none or h is no honorific. */
const rasd_entity *ev_honoree(sent_ctx *c, size_t h)
{
    size_t nq, n;
    const rasd_quote *q = rasd_doc_quotes(c->doc, &nq);
    const rasd_entity *hit = NULL;
    if (h >= c->t1 || !ev_word_is(c->s, h, 0, EK_HONOR, NULL, &n))
        return NULL;
    for (size_t k = 0; k < nq && q[k].cue_start < c->s->t[h].start; k++)
        for (size_t e = 0; q[k].speaker_id && e < c->ne; e++)
            if (c->en[e].start == q[k].speaker_start &&
                strcmp(c->en[e].id, q[k].speaker_id) == 0 && strcmp(c->en[e].type, "PER") == 0)
                hit = &c->en[e];
    for (size_t e = 0; !hit && e < c->ne && c->en[e].tok_start < h; e++)
        if (strcmp(c->en[e].type, "PER") == 0)
            hit = &c->en[e];
    return hit;
}

/* The host and the guest of the protocol formula of a reception (F_RECEIVED, events6): كان
 * في استقبال(ه) at tokens [i, i + n). The guest is the name or honorific right after استقبال
 * (وكان في استقبال سموه؛ كان في استقبال الرئيس …), or, for استقباله ("him"), `him` (the
 * caller's antecedent: the visitor of the sentence's last event or of the article's last
 * visit). The host is the person named right after that, titles first, or after a part set
 * off by a comma or a dash (- لدى وصوله مطار الملك عبدالعزيز الدولي -، بساحل حلي،) within
 * RECEPTION_GAP words with nobody named in it, or past an arrival clause and its place
 * (لدى وصوله مطار …), else a group of people (وفد من …). events22: up to RECEPTION_PARTS
 * parts set off by commas (بساحل حلي، شيخ شمل قبائل العمور، الشيخ …), and past an arrival
 * clause whose place is no name, the first person named, brackets only between (عند وصوله
 * مقر قيادة ( قوة الواجب 10 ) صاحب السمو الملكي اللواء ركن نايف …). NULL if
 * either is missing or they are one person. */
enum { RECEPTION_GAP = 14,
       RECEPTION_ARRIVAL = 19,     /* data/events.tsv visit 19: لدى وصوله */
       RECEPTION_PARTS = 2 };      /* parts set off by commas before the host (events22) */

static int punct_in(const sent_ctx *c, size_t a, size_t b);

const rasd_entity *ev_reception(sent_ctx *c, const kind_info *ki, size_t i, size_t n,
                                const rasd_entity *him, const rasd_entity *place,
                                const rasd_quote *q, const rasd_entity **guest)
{
    const rasd_token *w = &c->s->t[i + n - 1];
    const rasd_entity *g = NULL, *h;
    size_t k = i + n, m;
    int v, arrived = 0, parts = 0;
    *guest = NULL;
    if (ends_with(w->norm, w->norm_len, U_HEH))
        g = him;                               /* استقباله: the one who came */
    else if (k < c->t1 && (g = ev_honoree(c, k)) != NULL)
        k++;                                   /* في استقبال سموه */
    else if ((g = ev_subject_after(c, ki, k, place, q)) != NULL)
        k = g->tok_end;                        /* في استقبال الرئيس عبدالفتاح السيسي */
    if (!g || strcmp(g->type, "PER") != 0)
        return NULL;                           /* استقبال الطائرة، الجثمان: no guest */
    if (k < c->t1 && ev_word_is(c->s, k, 0, EK_VISIT, &v, &m) && v == RECEPTION_ARRIVAL &&
        k + m < c->t1) {               /* لدى وصوله مطار الملك عبدالعزيز الدولي وكيل … */
        const rasd_entity *at = ev_first_entity(c, k + m, k + m + 2);
        k += m;
        arrived = 1;
        if (at && strcmp(at->type, "PER") != 0)
            k = at->tok_end;
    }
    if (k < c->t1 && ev_clitic(c, k) == CL_BI) {   /* بمطار الأمير محمد بن عبدالعزيز الدولي
                                                    وكيل …: the venue and its genitive name */
        const rasd_entity *at = ev_first_entity(c, k, k + 1);
        size_t j = k = at ? at->tok_end : k + 1;
        while (j < c->t1 && j < k + 2 && word_kind(c, j, 0, EK_LEAD))
            j++;
        if ((at = ev_first_entity(c, k, j + 1)) != NULL && at->tok_start <= j)
            k = at->tok_end;
    }
    h = ev_subject_after(c, ki, k, place, q);
    for (size_t j = k; !h && j < c->t1 && j < k + RECEPTION_GAP; j++) {
        const rasd_entity *e = ev_first_entity(c, j, j + 1);
        if (e && strcmp(e->type, "PER") == 0 && arrived && !parts && !punct_in(c, k, j)) {
            h = e;             /* عند وصوله مقر قيادة ( قوة الواجب 10 ) صاحب السمو الملكي
                                  اللواء ركن نايف بن ماجد: the arrival's place, then the host
                                  past his titles (events22) */
            break;
        }
        if ((e && strcmp(e->type, "PER") == 0) || ev_punct(c->s, j, "."))
            break;
        if (ev_comma(c, j) || ev_punct(c->s, j, "-")) {
            while (j + 1 < c->t1 && (ev_comma(c, j + 1) || ev_punct(c->s, j + 1, "-")))
                j++;
            if (j + 1 < c->t1 && (h = ev_subject_after(c, ki, j + 1, place, q)) == NULL)
                h = ev_group_at(c, j + 1, 1 << GROUP_PEOPLE, 0);
            if (h || ++parts == RECEPTION_PARTS)
                break;         /* بساحل حلي، شيخ شمل قبائل العمور، الشيخ محمد بن حمد العمري:
                                  a title set off by commas too (events22) */
        }
    }
    if (!h && k < c->t1)
        h = ev_group_at(c, k, 1 << GROUP_PEOPLE, 0);
    if (!h || h == g || (!ev_is_group(h) && strcmp(h->id, g->id) == 0))
        return NULL;
    *guest = g;
    return h;
}

/* Whether a punctuation mark other than brackets lies in tokens [a, b). */
static int punct_in(const sent_ctx *c, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (c->s->t[i].kind == RASD_TOK_PUNCT && !ev_punct(c->s, i, "()"))
            return 1;
    return 0;
}

enum { PURPOSE_REACH = 8,
       PURPOSE_TITLES = 4 };  /* words between مع and the person's name, at most */

/* The other party of talks held as a journey's purpose (F_PURPOSE), the noun's words ending
 * at token end: a person after مع within PURPOSE_REACH words, no punctuation and no other
 * person between (محادثات عن القتال ضد داعش مع نظيريه …); a person coordinated right after
 * it, c->also. */
const rasd_entity *ev_purpose_party(sent_ctx *c, const kind_info *ki, size_t end,
                                        const rasd_entity *place, const rasd_quote *q)
{
    c->also = NULL;
    for (size_t k = end; k < c->t1 && k < end + PURPOSE_REACH; k++) {
        const rasd_entity *b, *o;
        const rasd_entity *e = ev_first_entity(c, k, k + 1);
        if (c->s->t[k].kind == RASD_TOK_PUNCT || (e && strcmp(e->type, "PER") == 0))
            return NULL;               /* a topic may be named (ضد داعش), not a person */
        if (word_value(c, k, EK_WITH) != WITH_MA3)
            continue;
        if ((b = ev_object_of(c, ki, k, NULL, place, q, J_MA3)) == NULL &&
            (b = ev_first_entity(c, k + 1, k + 1 + PURPOSE_TITLES)) != NULL &&
            (punct_in(c, k + 1, b->tok_start) || ev_name_clitic(c, b) ||
             !ev_can_act(c, ki, b, place, q, 0)))
            b = NULL;                  /* مع نظيريه الامريكي والروسي باراك اوباما: titles
                                          the lead words do not list (a dual, an adjective
                                          with و) */
        if (!b)
            return NULL;
        o = b->tok_end < c->t1 ? ev_first_entity(c, b->tok_end, b->tok_end + 1) : NULL;
        if (o && ev_name_clitic(c, o) == CL_WA && ev_can_act(c, ki, o, place, q, 0))
            c->also = o;                       /* … باراك اوباما وفلاديمير بوتين */
        return b;
    }
    return NULL;
}

/* The one person the sentence names before token i, else NULL (none, or two: whom "him"
 * means is then not told; events8: انضم … المحترف البحريني عمر عبدالله لبعثة الفريق …، وكان
 * في استقباله اداري الفريق حسين الغامد). */
static const rasd_entity *lone_person(sent_ctx *c, size_t i)
{
    const rasd_entity *p = NULL;
    for (size_t e = 0; e < c->ne && c->en[e].tok_start < i; e++) {
        if (c->en[e].tok_start < c->t0 || strcmp(c->en[e].type, "PER") != 0)
            continue;
        if (p && strcmp(p->id, c->en[e].id) != 0)
            return NULL;
        p = &c->en[e];
    }
    return p;
}

/* The one a reception's "him" (استقباله) stands for: the subject of the sentence's last verb
 * event, else the visitor of the article's last event if it is a visit told in this sentence
 * or the one before (وصل الأمير … إلى مطار عرعر، حيث كان في استقباله …), else the one person
 * the sentence names before it (lone_person); NULL if none is a person. */
const rasd_entity *ev_visitor(sent_ctx *c, size_t i)
{
    const rasd_event *ev = c->x->nevents ? &c->x->events[c->x->nevents - 1] : NULL;
    if (c->prev)
        return strcmp(c->prev->type, "PER") == 0 ? c->prev : NULL;
    if (ev && strcmp(ev->type, "visit") == 0 && ev->start >= c->before && ev->actor_id[0]) {
        for (size_t e = 0; e < c->ne && c->en[e].tok_start < i; e++)
            if (strcmp(c->en[e].id, ev->actor_id[0]) == 0 && strcmp(c->en[e].type, "PER") == 0)
                return &c->en[e];
        return NULL;
    }
    return lone_person(c, i);
}

/* Whether the journey whose purpose is the talks at token i is planned (F_PURPOSE): a word
 * of plan (سوف، سيتوجه، من المقرر أن) stands in the NOUN_REACH words before it, no full stop
 * between (سوف يتوجه إلى واشنطن وموسكو لاجراء محادثات). */
int ev_journey_planned(sent_ctx *c, size_t i)
{
    for (size_t k = i; k-- > c->t0 && k + NOUN_REACH >= i;) {
        int v;
        size_t m;
        if (ev_punct(c->s, k, "."))
            return 0;
        if (ev_word_is(c->s, k, 1, EK_PLAN, &v, &m) && v == 1 && k + m <= i)
            return 1;
    }
    return 0;
}

/* Tests of a verb's event that events.c asks (moved here from events.c, events8, as it
 * passed 1,000 lines). */

/* Whether token i is a verb of value 16 (F_FVERB) of kind ki: never a verbal noun (لطرد، إلى
 * حين طرد: the one expelled follows, not the force that expels; events8). */
int ev_force_verb(sent_ctx *c, const kind_info *ki, size_t i)
{
    int v;
    size_t n;
    return ev_word_is(c->s, i, 1, ki->kind, &v, &n) && v == F_FVERB;
}

/* Whether the threat at token i is in the present (يهدد، تهدد; not توعد, a past in ت). */
int ev_threat_present(const sent_ctx *c, size_t i, int cut)
{
    const rasd_token *t = &c->s->t[i];
    const char *w = t->norm + LETTERS(cut);
    size_t n = t->norm_len - (size_t)LETTERS(cut);
    return letter_is(w, U_YEH) || starts_with(w, n, U_TEH U_HEH);
}

/* Whether the event of the verb at token i has the subject its word asks for: for a verb of
 * value 16 (F_FVERB: استهدف) first in its clause (after the sentence's start, punctuation or a
 * particle), an armed force, its description or an organisation named from a force's head. */
int ev_armed(sent_ctx *c, const kind_info *ki, size_t i, int form)
{
    int v;
    size_t n;
    const rasd_entity *a = c->actor[0];
    if (form != F_VERB || !ev_word_is(c->s, i, 1, ki->kind, &v, &n) || v != F_FVERB)
        return 1;
    if (i > c->t0 && !ev_verb_first_after(c, i - 1) && !(a && a->tok_end <= i))
        return 0;              /* عملية انتحارية نفذتها حركة طالبان واستهدفت الشرطة: the
                                  operation's verb, the police its target; but a subject
                                  the syntax puts first (إن المقاومة سيطرت على; events8) */
    return a && (ev_is_group(a) ? word_value(c, a->tok_start, EK_GROUP) == GROUP_FORCE
                                : strcmp(a->type, "ORG") == 0 &&
                                  word_value(c, a->tok_start, EK_GROUP) == GROUP_FORCE);
}

/* Whether an agreement's one actor is a description in the plural that agreed among itself
 * on something (اتفقت لجان عقارية وتجارية على تحديد …; evbreadth): a verb whose subject is a
 * description (no name) followed right by على. */
int ev_agreed_among(sent_ctx *c, size_t i, size_t n)
{
    const rasd_entity *a = c->actor[0];
    return a && ev_is_group(a) && a->tok_start == i + n && a->tok_end < c->t1 &&
           word_value(c, a->tok_end, EK_ABOUT) == ABOUT_TO &&
           !ends_with(c->s->t[a->tok_start].norm, c->s->t[a->tok_start].norm_len, U_HEH);
                               /* not a head in …ة: الوزارة is one party */
}
