/* sources.c — speakers that are no name the recogniser found: an unnamed source by its
 * description (مسؤول في البيت الأبيض، مصدر في مكتب كاميرون; المصدر later is the same one), a
 * body that speaks (قال الجيش الأمريكي، أعلنت وزارة الصحة، أشارت الدراسة) or the organisation
 * it stands for (وأوضحت الوزارة: وزارة الداخلية), before its verb too (وكانت الشرطة أعلنت).
 * Split from speakers.c (quotes7); quotes.h says what each gives. docs/EVENTS.md "Quotes".
 */
#include "events/quotes.h"
#include "events/head_object.h"
#include "events/letters.h"

#include <string.h>

/* Whether the definite noun at token a (المصدر) is the first word, with or without ال, of
 * what starts at byte off (مصدر مسؤول، المصدر): the same source named again. */
static int same_noun(const qctx *q, size_t a, uint32_t off)
{
    const rasd_token *t = q->s->t, *f;
    size_t lo = ev_token_from(q->s, off), art = strlen(U_ARTICLE);
    if (lo >= q->s->nt || t[lo].start != off)
        return 0;
    f = &t[lo];
    if (f->norm_len == t[a].norm_len)
        return memcmp(f->norm, t[a].norm, f->norm_len) == 0;
    return f->norm_len + art == t[a].norm_len && memcmp(f->norm, t[a].norm + art, f->norm_len) == 0;
}

/* Whether the bare definite body noun at token a (التقرير، الدراسة) may be the last speaker
 * when that speaker is a description opening with the same noun without ال («وكشف تقرير
 * مؤشرات الأداء لقطاع الاتصالات …» … «وأوضح التقرير»: judge57's 14): the body's fuller
 * mention, as المصدر is the source's (res65, stop 55). */
static int same_body(const qctx *q, size_t a, int kind)
{
    return kind == EK_BODY && !qt_body_org(q, a, a);
}

/* Whether token k, after a body's noun, is a relative pronoun (الذي، التي; no proclitic) whose
 * clause does not name the document's maker (aguard "maker_verb": أصدرته، أعدها) nor opens with
 * a reporting verb (التي أعلن عنها الصندوق, which would become a cue of its own): the clause
 * tells something else (التقرير الذي حصلت «الشرق الأوسط» على نسخة منه: judge57's 49), so the
 * body's description ends before it (spk66, stop 56). */
static int relative_end(const qctx *q, size_t k, size_t limit)
{
    size_t n;
    int v;
    if (k >= limit || !ev_word_is(q->s, k, 0, EK_RELATIVE, &v, &n) || v != 1 || n != 1)
        return 0;
    return !(k + 1 < limit && (ev_aguard_is(q->s, k + 1, 0, AG_MAKER_VERB, &n) ||
                               ev_word_is(q->s, k + 1, 1, EK_CUE, &v, &n)));
}

/* Whether token k is a forecast noun of "aguard forecast_object" (انخفاضا، نمو، إقبال) and the
 * cue's bits take one (COMP_FORECAST, توقع's forms): it ends an unnamed subject and opens the
 * quote (توقع محللون انخفاضا). */
int qt_forecast_noun(ev_scan *s, size_t k, int bits)
{
    size_t n;
    return (bits & COMP_FORECAST) && ev_aguard_is(s, k, 0, AG_FORECAST_OBJECT, &n);
}

/* An unnamed source at token a: its description, up to a stop word, إن/أن, punctuation,
 * a noun of "cnoun" (one of value 1 only when bits has COMP_OBJ: وزارة العمل is a name,
 * أدانت وزارة الخارجية الهجوم ends at it), a preposition of the cue's complement (bits: "comp";
 * any, for a body), with SUBJ_AFTER_VERB a relative clause that names no maker
 * (relative_end) or DESCRIPTION tokens, kept in x->names. */
int qt_unnamed(qctx *q, size_t a, size_t limit, speaker *sp, int kind, int bits)
{
    int v;
    ev_scan *s = q->s;
    size_t n, b = a;
    const rasd_token *t = s->t;
    if (!ev_word_is(s, a, 0, kind, &v, &n) || (kind == EK_SOURCE && v >= SOURCE_VERSE))
        return 0;              /* a poet, an object (ذلك): no source */
    if (kind == EK_SOURCE && v == SOURCE_SAME && q->last.name) {
        *sp = q->last;         /* وتابع المصدر نفسه: whoever spoke last, a person too */
        sp->start = t[a].start, sp->end = t[a + n - 1].end;
        return 1;
    }
    /* المصدر، المسؤول: the source named before (مصدر، مسؤول); not المحللون after a body;
       التقرير after «تقرير مؤشرات الأداء …» spoke last (same_body) */
    if ((kind == EK_SOURCE || same_body(q, a, kind)) && t[a].norm_len > LETTERS(2) &&
        starts_with(t[a].norm, t[a].norm_len, U_ARTICLE) && q->last.desc &&
        (b + n >= limit || ((bits & SUBJ_AFTER_VERB) && relative_end(q, a + n, limit))) &&
        same_noun(q, a, q->last.start)) {
        *sp = q->last;
        sp->start = t[a].start, sp->end = t[a + n - 1].end;
        return 1;
    }
    size_t h = a + n;          /* the first word after the head */
    for (b = h; b < limit && b < a + DESCRIPTION && ev_is_word(&t[b]) && !qt_in_date(q, b); b++)
        if (ev_word_is(s, b, 0, EK_STOP, NULL, &n) ||
            (ev_word_is(s, b, 1, EK_STOP, NULL, &n) && ev_conjunctions(&t[b], s->cut)) ||
            ev_word_is(s, b, 0, EK_THAT, NULL, &n) ||
            (kind == EK_BODY && b == h && ev_head_object(s, a, b, EK_BODY, -1, HO_NISBA)) ||
            (ev_word_is(s, b, 0, EK_CNOUN, &v, &n) && (v != CNOUN_OBJ || (bits & COMP_OBJ))) ||
            qt_forecast_noun(s, b, bits) ||                /* توقع محللون انخفاضا */
            qt_bi_opens(q, b, bits) ||                     /* أوصت اللجنة بطبع (cue67) */
            ((bits & SUBJ_AFTER_VERB) && relative_end(q, b, limit)) ||   /* التقرير الذي حصلت */
            (ev_word_is(s, b, 0, EK_CPREP, &v, &n) && (kind == EK_BODY || (v & bits))) ||
            ev_word_is(s, b, 1, EK_PART, NULL, &n))
            break;             /* أشارت الدراسة إلى، وحذر متخصصون من: not دبلوماسي حضر جانبا
                                  من المحادثات; وأضاف الموقع موضحا: a participle ends it */
    if (b == a + n && b + 2 < limit && qt_mark(q, b)) {
        size_t e = b + 1;      /* صحيفة “الخبر”، وكالة «رويترز»: the name in quote marks */
        while (e < limit && e < b + 1 + NESTED_WORDS && ev_is_word(&t[e]))
            e++;
        if (e < limit && e > b + 1 && qt_mark(q, e))
            b = e + 1;
    }
    qt_speaker_words(q, sp, t[a].start, t[b - 1].end);
    return 1;
}

/* The organisation a definite noun of "body" at token a stands for (وأوضحت الوزارة أن …،
 * after وزارة الداخلية): the latest organisation named before token i whose first word is
 * that noun without ال (a proclitic letter before it allowed: ووزارة), or that follows that
 * noun, in quote marks or not (أطلقت شركة "مايكروسوفت" … وقالت الشركة: مايكروسوفت). */
const rasd_entity *qt_body_org(const qctx *q, size_t a, size_t i)
{
    const rasd_token *t = q->s->t;
    size_t k = 0, art = strlen(U_ARTICLE), w;
    if (!starts_with(t[a].norm, t[a].norm_len, U_ARTICLE) || t[a].norm_len <= art + LETTERS(2))
        return NULL;
    w = t[a].norm_len - art;
    k = qt_ent_from(q, i);
    while (k-- > 0) {
        const rasd_entity *en = &q->en[k];
        size_t s = en->tok_start;
        const rasd_token *f = &t[s];
        if (strcmp(en->type, "ORG") != 0)
            continue;
        if (s > 0 && qt_mark(q, s - 1))
            s--;                       /* أطلقت شركة "مايكروسوفت" … وقالت الشركة */
        if (f->norm_len >= w && f->norm_len <= w + LETTERS(1) &&
            memcmp(f->norm + f->norm_len - w, t[a].norm + art, w) == 0)
            return en;
        f = s > 0 ? &t[s - 1] : NULL;  /* the noun right before the name */
        if (f && f->norm_len >= w && f->norm_len <= w + LETTERS(1) &&
            memcmp(f->norm + f->norm_len - w, t[a].norm + art, w) == 0)
            return en;
    }
    const rasd_entity *body = qt_body_definite(q, a);   /* المرصد: المرصد السوري … (body_anaphor.c) */
    return body ? body : qt_doc_issuer(q, a);        /* التقرير: its issuer (doc_issuer.c) */
}

/* The body a verb at token i with no subject after it has before it (SVO, as fronted()): a
 * noun of "body" or "source" (مصادر خاصة بـ«عكاظ» أشارت) at its sentence's start or right
 * after إن/أن, at most gap tokens before it with no reporting word between (وكانت الشرطة
 * أعلنت، يذكر أن جامعة تبوك قد أوضحت): its description, or the organisation it stands for
 * (qt_body_org). */
int qt_fronted_body(qctx *q, size_t i, speaker *sp, int mode, size_t gap)
{
    size_t s0 = qt_sent_start(q, i), n;
    const rasd_entity *en;
    for (size_t p = i; p-- > s0 && p + gap >= i;) {
        if (qt_plain_cue(q, p, &n) || ev_word_is(q->s, p, 1, EK_PART, NULL, &n))
            return 0;
        int kind = ev_word_is(q->s, p, 0, EK_BODY, NULL, &n)     ? EK_BODY
                   : ev_word_is(q->s, p, 0, EK_SOURCE, NULL, &n) ? EK_SOURCE
                                                                 : -1;
        int v;
        if (kind < 0 || qt_in_pair(q, p) ||
            !(qt_front_words(q, s0, p, mode & FRONT_VERB) ||
              ((mode & FRONT_THAT) && p > s0 && qt_after_that(q, p, mode & FRONT_PART)) ||
              (p > 0 && ev_word_is(q->s, p - 1, 1, EK_SOURCE, &v, &n) && n == 1 &&
               v == SOURCE_TOPIC)))       /* فهناك دراسة موسعة من جامعة كورنيل أكدت */
            continue;
        if (!qt_unnamed(q, p, i, sp, kind, 0))
            return 0;
        if (sp->end == q->s->t[p].end && (en = qt_body_org(q, p, i)) != NULL)
            qt_speaker_is(sp, en, sp->start, sp->end);
        return 1;
    }
    return 0;
}

/* The subject of the verb that starts participle c's sentence (from token s0), when it is a
 * body or an organisation the sentence names right after that verb and agrees with c in
 * gender (حصرت اللجنة الهندسية … أسباب …، داعية إلى …; a masculine participle after a noun
 * with ة is not its). */
int qt_sentence_body(qctx *q, const qcue *c, size_t s0, speaker *sp)
{
    const rasd_token *t = q->s->t;
    const rasd_entity *en;
    size_t n, k, a;
    int fem;
    while (s0 + 1 < c->i && qt_in_date(q, s0))
        s0++;                           /* وأمس الثلاثاء رفعت مؤسسة … قائلة */
    a = s0 + 1;
    if (a >= c->i || !ev_is_word(&t[s0]) || qt_in_entity(q, s0))
        return 0;
    k = qt_ent_from(q, a);
    fem = t[a].norm_len >= LETTERS(2) &&
          (memcmp(t[a].norm + t[a].norm_len - LETTERS(1), U_HEH, LETTERS(1)) == 0 ||
           (t[a].norm_len >= LETTERS(3) &&
            memcmp(t[a].norm + t[a].norm_len - LETTERS(2), U_ALEF U_TEH, LETTERS(2)) == 0));
    if ((c->gender == 1 && fem) || (c->gender == 2 && !fem))
        return 0;
    if (k < q->ne && q->en[k].tok_start == a && strcmp(q->en[k].type, "ORG") == 0) {
        qt_speaker_is(sp, &q->en[k], q->en[k].start, q->en[k].end);
        return 1;
    }
    if (!ev_word_is(q->s, a, 0, EK_BODY, NULL, &n))
        return 0;
    if (!qt_unnamed(q, a, c->i, sp, EK_BODY, 0))
        return 0;
    if (sp->end == t[a].end && (en = qt_body_org(q, a, c->i)) != NULL)
        qt_speaker_is(sp, en, sp->start, sp->end);
    return 1;
}

/* The two parties a word such as الجانبان or البلدان at token a stands for, before token i:
 * the latest two mentions of one kind (places, organisations or people) the article put
 * side by side with و (بين المملكة الأردنية الهاشمية والمملكة العربية السعودية), two
 * different ones, not in quote marks. */
int qt_parties(qctx *q, size_t a, size_t i, speaker *sp)
{
    size_t n;
    int v;
    if (!ev_word_is(q->s, a, 0, EK_SOURCE, &v, &n) || v != SOURCE_PARTIES)
        return 0;
    for (size_t k = qt_ent_from(q, i); k-- > 1;) {
        const rasd_entity *x = &q->en[k - 1], *y = &q->en[k];
        if (y->tok_end > i || y->tok_start != x->tok_end || strcmp(x->type, y->type) != 0 ||
            strcmp(x->type, "MISC") == 0 || !letter_is(q->s->t[y->tok_start].norm, U_WAW) ||
            qt_in_pair(q, x->tok_start) || (x->id && y->id && strcmp(x->id, y->id) == 0))
            continue;
        qt_speaker_is(sp, x, x->start, x->end);
        sp->with = y, sp->gender = 3;
        return 1;
    }
    return 0;
}

/* ------------------------------------------ a STRICT cue's complement (from quotes.c) */

/* Whether token j is a noun with a possessive pronoun and no article (عن عزائه، عن
 * استنكارها: the subject's feeling or view; ه also stands for a folded ة). */
static int own_noun(const qctx *q, size_t j)
{
    const rasd_token *t = &q->s->t[j];
    size_t n;
    return j < q->s->nt && ev_is_word(t) && t->norm_len >= LETTERS(4) && !qt_in_entity(q, j) &&
           !starts_with(t->norm, t->norm_len, U_ARTICLE) && !ev_word_is(q->s, j, 1, EK_STOP, NULL, &n) &&
           (letter_is(t->norm + t->norm_len - LETTERS(1), U_HEH) ||
            memcmp(t->norm + t->norm_len - LETTERS(2), U_HEH U_ALEF, LETTERS(2)) == 0 ||
            memcmp(t->norm + t->norm_len - LETTERS(2), U_HEH U_MEEM, LETTERS(2)) == 0);
}

/* Whether STRICT cue c has its complement: a preposition it takes (data/quotes.tsv "comp")
 * with a noun of "cnoun" (value 0) right after it, within SUBJECT_WORDS + COMP_GAP tokens,
 * before another statement or the sentence's end (وعبر المتظاهرون عن رفضهم; not عبر
 * الحدود). */
int qt_strict_ok(qctx *q, const qcue *c)
{
    size_t end = qt_send(q, c->i), n, m;
    int bits, v;
    if (!ev_word_is(q->s, c->i, 1, EK_COMP, &bits, &n))
        return 0;
    for (size_t k = c->i + c->n; k + 1 < end && k < c->i + c->n + SUBJECT_WORDS + COMP_GAP;
         k++) {
        if (qt_plain_cue(q, k, &n) || ev_word_is(q->s, k, 1, EK_PART, NULL, &n))
            return 0;
        if (!qt_in_entity(q, k) && ev_word_is(q->s, k, 0, EK_CPREP, &v, &n) && (v & bits))
            return (ev_word_is(q->s, k + n, 0, EK_CNOUN, &v, &m) && v == 0) ||
                   own_noun(q, k + n);
    }
    return 0;
}

/* Whether token k starts a prepositional phrase: ب، ل or ك on a definite noun (بالرياض،
 * للصحفيين، كالمعتاد), not باسم (المتحدث باسم …). */
static int clitic_prep(const qctx *q, size_t k)
{
    const rasd_token *t = &q->s->t[k];
    size_t art = strlen(U_ARTICLE);
    if (t->norm_len <= LETTERS(3))
        return 0;
    if (letter_is(t->norm, U_LAM) && letter_is(t->norm + LETTERS(1), U_LAM))
        return 1;                                  /* لل */
    return (letter_is(t->norm, U_BEH) || letter_is(t->norm, U_KAF)) &&
           memcmp(t->norm + LETTERS(1), U_ARTICLE, art) == 0;
}

/* Whether token k ends a described subject (qt_described) for a cue whose complement takes
 * bits: a mark or other punctuation, إن/أن, a stop word, a relative or negation, a
 * preposition, a noun that opens a complement, a date or a reporting word. */
static int np_end(const qctx *q, size_t k, int bits)
{
    ev_scan *s = q->s;
    size_t n;
    int v;
    return !ev_is_word(&s->t[k]) || qt_in_date(q, k) || qt_in_pair(q, k) || clitic_prep(q, k) ||
           ev_word_is(s, k, 1, EK_STOP, NULL, &n) || ev_word_is(s, k, 0, EK_THAT, NULL, &n) ||
           ev_word_is(s, k, 0, EK_CPREP, NULL, &n) || ev_word_is(s, k, 1, EK_PREP, NULL, &n) ||
           ev_word_is(s, k, 0, EK_RELATIVE, NULL, &n) ||
           (ev_word_is(s, k, 0, EK_NEGATION, &v, &n) && v == 0) ||
           (ev_word_is(s, k, 0, EK_CNOUN, &v, &n) && (v != CNOUN_OBJ || (bits & COMP_OBJ))) ||
           qt_forecast_noun(s, k, bits) ||
           (ev_word_is(s, k, 0, EK_SOURCE, &v, &n) && v == SOURCE_WHEN) ||
           ev_word_is(s, k, 0, EK_AUX, NULL, &n) || ev_word_is(s, k, 1, EK_CUE, NULL, &n) ||
           ev_word_is(s, k, 1, EK_PART, NULL, &n);
}

/* Whether token a, a subject's first word, reads as an adverb, an object or an adjunct: one
 * that starts with ب، ل or ك or with ي (يجب، يمكن: a verb), an indefinite word in ا
 * (مرارا، أيضا: the accusative) or one with a pronoun in ه or ها as written (فائدته،
 * واضعها), not ة. */
static int adverb_or_object(const qctx *q, size_t a)
{
    const rasd_token *t = &q->s->t[a];
    const char *w = q->doc->text + t->start;
    size_t len = t->end - t->start, h = strlen(U_HEH);
    if (letter_is(w, U_BEH) || letter_is(w, U_LAM) || letter_is(w, U_KAF) ||
        (letter_is(w, U_YEH) && !starts_with(t->norm, t->norm_len, U_ARTICLE)))
        return 1;                /* بما، بتردد، بصوت واحد: a preposition on it; يجب: a verb */
    if (!starts_with(t->norm, t->norm_len, U_ARTICLE) && t->norm_len >= LETTERS(4) &&
        memcmp(t->norm + t->norm_len - LETTERS(1), U_ALEF, LETTERS(1)) == 0)
        return 1;
    if (len > h && memcmp(w + len - h, U_HEH, h) == 0)
        return 1;
    return len > h + LETTERS(1) &&
           memcmp(w + len - h - LETTERS(1), U_HEH U_ALEF, h + LETTERS(1)) == 0;
}

/* Whether cue c reads as a noun: after a preposition (وعلى ذكر الزائرين أقول), or written
 * with a final ي where the verb has ى (رأي العالم، رأي مشترك: "opinion"). */
static int noun_cue(const qctx *q, const qcue *c)
{
    const rasd_token *t = &q->s->t[c->i];
    const char *w = q->doc->text + t->start;
    size_t len = t->end - t->start, y = strlen(U_YEH), m;
    if (c->i > 0 && (ev_word_is(q->s, c->i - 1, 1, EK_PREP, NULL, &m) ||
                     ev_word_is(q->s, c->i - 1, 0, EK_CPREP, NULL, &m)))
        return 1;
    return len > y && memcmp(w + len - y, U_YEH, y) == 0 &&
           !letter_is(t->norm, U_YEH) && !letter_is(t->norm, U_TEH);  /* not يرى، ترى */
}

/* A subject no list names, right after cue c from token a (before b, where its content
 * opens): قالت قوة المهام المشتركة التي …، وأكدت سجون الشمالية في إعلانها، فقال طالب العلم:،
 * وأوضح معين شمشوم الذي …. The noun phrase up to where it ends (np_end), of DESCRIPTION
 * words at most (none when it has not ended by then), speaks by its words with no entity,
 * as an unnamed source does. None for a verb of appeal, whose object may stand there
 * (data/events.tsv "appeal": وطالب شخصيات المجتمع ب، دعا الأهالي إلى), one that reports
 * only with its speaker found, a first word that ends it already (a particle, بال، لل) or
 * reads as no subject (adverb_or_object), a cue read as a noun, a و-verb whose sentence
 * named its speaker already (فنفت الشركة … وأكدت سلامة …), a first word of the first person
 * (quotes.tsv own_word: أعتقد، سعادتي, wrong58), or words with a person the article names
 * (the one spoken to or about). */
int qt_described(qctx *q, const qcue *c, size_t a, size_t b, speaker *sp, int bits)
{
    const rasd_token *t = q->s->t;
    size_t e = a, n;
    if (c->part || c->named || ev_word_is(q->s, c->i, 1, EK_APPEAL, NULL, &n) || a >= b ||
        np_end(q, a, bits) || t[a].norm_len < LETTERS(2) || adverb_or_object(q, a) ||
        noun_cue(q, c) || (c->cut && q->last.name && q->last_sent == qt_send(q, c->i)) ||
        ev_aguard_is(q->s, a, 0, AG_OWN_WORD, &n))
        return 0;                /* وأكدت سلامة …: the sentence's subject goes on; وتابع
                                    أعتقد أن: the first person, the speaker's own word */
    while (e < b && e < a + DESCRIPTION && !np_end(q, e, bits))
        e++;
    if (e < b && !np_end(q, e, bits))
        return 0;                                  /* no end within its bound */
    for (size_t k = qt_ent_from(q, a); k < q->ne && q->en[k].tok_start < e; k++)
        if (strcmp(q->en[k].type, "PER") == 0)
            return 0;
    qt_speaker_words(q, sp, t[a].start, t[e - 1].end);
    return 1;
}

/* A participle cue c whose own subject follows it: a definite body noun right after it, then
 * أن/إن or a colon («…، موضحة الوزارة أن …»: judge57's 2, where the last speaker's run-on
 * description went on): the body, or the organisation it stands for. Not an appeal's
 * participle, whose addressee stands there (داعيا الآباء أن، مطالبا الجهة). (spk66, stop 56) */
int qt_part_own_body(qctx *q, const qcue *c, speaker *sp)
{
    const rasd_token *t = q->s->t;
    const rasd_entity *en;
    size_t a = c->i + c->n, n, m;
    if (a + 1 >= q->s->nt || ev_word_is(q->s, c->i, 1, EK_APPEAL, NULL, &n) ||
        !starts_with(t[a].norm, t[a].norm_len, U_ARTICLE) || !ev_word_is(q->s, a, 0, EK_BODY, NULL, &n) ||
        a + n >= q->s->nt ||
        !(ev_word_is(q->s, a + n, 0, EK_THAT, NULL, &m) || ev_punct(q->s, a + n, ":")))
        return 0;
    qt_speaker_words(q, sp, t[a].start, t[a + n - 1].end);
    if ((en = qt_body_org(q, a, c->i)) != NULL)
        qt_speaker_is(sp, en, sp->start, sp->end);     /* وزارة الخدمة المدنية */
    else
        qt_body_described(q, a, sp);
    return 1;
}

/* sp set to the words at bytes [start, end) of the text, with no entity: a description kept
 * in the quotes' name buffer (its offset + 1 in desc; name pointed into it when the quotes
 * are done). */
void qt_speaker_words(qctx *q, speaker *sp, uint32_t start, uint32_t end)
{
    sp->id = NULL;
    sp->start = start, sp->end = end;
    sp->desc = 1 + q->x->names.n;
    rbuf_add(&q->x->names, q->doc->text + start, end - start, &q->rc);
    rbuf_addc(&q->x->names, 0, &q->rc);
    sp->name = "";
}
