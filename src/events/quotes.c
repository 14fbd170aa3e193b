/* quotes.c — who said what: direct and reported speech with its speaker (ev.h, rasd.h).
 *
 * Quote marks are paired first (marks.c), the way Arabic news prints them: any of " “ ” « „
 * ‘ ’ opens (» does not), any but « and „ closes, a pair never crosses a line break, and a
 * mark left open at the end of a paragraph closes there (the press forgets closing marks).
 *
 * Then each reporting word (data/quotes.tsv) claims what follows it:
 *   cue      قال/أكد/أضاف/تابع… [subject] [adjuncts] (إن|أن|بأن|إلى أن|:) content
 *   part     مضيفا/مشيرا/قائلا… [adjuncts] (إلى أن|:) content        (the last speaker)
 * The content is a quoted passage when a pair opens there (direct), else the reported clause
 * to the end of the sentence, or to a participle that starts the next statement. A cue with no
 * content (أكد بوتين ضرورة …) still names the speaker that later participles and bare verbs
 * continue. A quoted passage right before a cue (« … »، قال بوتين) is that cue's, and when the
 * cue goes on with another quoted passage the two are one quote (the verb splits it).
 *
 * Who speaks is speakers.c's (quotes.h).
 * Quoted passages with no reporting word are not quotes (names, titles, scare quotes).
 */
#include "events/quotes.h"
#include "events/letters.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/* ---------------------------------------------------------------- content */


/* The first token at or after a, before the sentence ends and within WINDOW, where content
 * starts: إن/أن (its length in *that), ':' or a quote pair that opens. Returns it, or the
 * sentence's end when there is none. */
/* The kinds that start a statement: a reporting verb or participle. */
#define STATEMENT_KINDS (KIND_BIT(EK_CUE) | KIND_BIT(EK_PART))
_Static_assert(EK_CUE < 64 && EK_PART < 64 && EK_THAT < 64, "statement kinds in kinds[0]");

/* Whether a verb of opinion (NAMED: يرى، ينظر) with و or ف after a comma starts at token i:
 * a statement of its own (…، ويرى بعضهم أن), not the content of a verb before it (وقال لي
 * وهو يتوقف … وينظر طويلا إلى لوحة: «…» is what he said). */
static int opinion_cut(const qctx *q, size_t i)
{
    size_t n;
    int v;
    return i > 0 && qt_comma(q, i - 1) && ev_word_is(q->s, i, 1, EK_CUE, &v, &n) &&
           (v & NAMED) && q->s->cut == 1 && ev_conjunctions(&q->s->t[i], q->s->cut);
}

/* Whether the إن/أن at token i, in the words from token a, follows God within PRAY_WORDS
 * words (سائلا الله أن، راجيا من المولى عز وجل أن): a prayer's, no reported clause. */
static int prayer_that(const qctx *q, size_t a, size_t i)
{
    size_t n;
    for (size_t p = i, w = 0; p-- > a && w < PRAY_WORDS; w += ev_is_word(&q->s->t[p]))
        if (ev_word_is(q->s, p, 0, EK_PRAY, NULL, &n) && n == 1 &&
            q->s->t[p].norm_len > LETTERS(3) && !qt_in_entity(q, p) &&
            !(p > 0 && q->s->t[p - 1].norm_len == LETTERS(3) &&
              memcmp(q->s->t[p - 1].norm, U_AIN U_BEH U_DAL, LETTERS(3)) == 0) &&
            !(p > 0 && ev_is_word(&q->s->t[p - 1]) && q->s->t[p - 1].norm_len > LETTERS(2) &&
              letter_is(q->s->t[p - 1].norm + q->s->t[p - 1].norm_len - LETTERS(1), U_HEH)))
            return 1;           /* not أكد -رحمه الله- بأنه، حفظه الله أن: a blessing */
    return 0;
}

/* Whether the أن at token i, the verb's content starting at a, belongs to another: a prayer's
 * (…، سائلا الله أن), a modal's (وحاولت مدرساتي أن: quote_generic.c), the writer's contrast
 * (غير أن) or a verb of its own (يتوقع أن: that_clause.c). */
static int that_not_cues(qctx *q, size_t a, size_t i)
{
    return prayer_that(q, a, i) || qt_modal_that(q, a, i) ||
           (i > a && (qt_contrast(q, i - 1) || qt_own_that(q, i - 1)));
}

static size_t content_start(qctx *q, size_t a, size_t *that)
{
    size_t end = qt_send(q, a), i;
    *that = 0;
    for (i = a; i < end && i < a + WINDOW; i++) {
        qpair *p;
        if (i > a + 1 && q->s->t[i - 1].norm_len == LETTERS(1) &&   /* a bare لـ first */
            (p = qt_pair_at(q, i)) != NULL && qt_title_org_pair(q, p, a)) {
            i = p->close;              /* المدير العام لـ«شركة …»، أن: a name in the title */
            continue;
        }
        if (q->s->t[i].kind == RASD_TOK_PUNCT && (p = qt_work_title_at(q, i)) != NULL) {
            i = p->close;              /* أوضحت في المقال الأخير "…" الوصفة: a title (err62) */
            continue;
        }
        if (!ev_lookup_any(q->s, i, 1, STATEMENT_KINDS | KIND_BIT(EK_THAT), that)) {
            *that = 0;                 /* one lookup for most words */
            if (ev_punct(q->s, i, ":") || qt_pair_at(q, i))
                return i;
            continue;
        }
        if (ev_word_is(q->s, i, 0, EK_THAT, NULL, that) && !qt_in_entity(q, i)) {
            if (!that_not_cues(q, a, i))
                return i;
            *that = 0;                         /* another's أن: no content here */
            return end;
        }
        *that = 0;
        if (ev_punct(q->s, i, ":") || qt_pair_at(q, i))
            return i;
        if (qt_plain_cue(q, i, that) || ev_word_is(q->s, i, 1, EK_PART, NULL, that) ||
            opinion_cut(q, i)) {
            *that = 0;                         /* another statement begins: none here */
            return end;
        }
    }
    return end;
}

/* Whether the connective of a reported clause (that tokens at token at) carries its
 * subject as a pronoun (أنهما، أنه، إنها; not أن، بأن، فإن): a word of the clause, so that
 * يرى الأغلبية أنهما الشيء نفسه has the three words a clause needs (MIN_WORDS). */
static int that_pronoun(const qctx *q, size_t at, size_t that)
{
    const rasd_token *t = that ? &q->s->t[at + that - 1] : NULL;
    return t && ev_is_word(t) && t->norm_len > LETTERS(2) &&
           !letter_is(t->norm + t->norm_len - LETTERS(1), U_NOON);
}

static void emit_one(qctx *q, uint32_t start, uint32_t end, size_t cue, size_t ncue,
                     int direct, const speaker *who)
{
    rasd_quote *r;
    speaker cut = *who, *sp = &cut;
    qt_unbless(q, sp);                         /* no formula of blessing speaks (bless.c) */
    qt_cut_runon(q, sp);                       /* nor a description's object (runon.c) */
    qt_cut_adverb(q, sp);                      /* nor a name an adverb (adverb_cut.c) */
    qt_named_as(q, sp, cue, ncue, start);      /* a described one named by يدعى (named_as.c) */
    qt_title_named_earlier(q, sp);             /* a title its holder had earlier (title_named_earlier.c) */
    qt_ministry_portfolio(q, sp);              /* a ministry's whole name (ministry.c) */
    q->x->quotes = grow_array(q->x->quotes, &q->x->quotes_cap, q->x->nquotes + 1,
                              sizeof *q->x->quotes, &q->rc);
    q->x->desc = grow_array(q->x->desc, &q->x->desc_cap, q->x->nquotes + 1, sizeof *q->x->desc,
                            &q->rc);
    if (q->rc || start >= end)
        return;
    q->x->desc[q->x->nquotes] = sp->desc;
    r = &q->x->quotes[q->x->nquotes++];
    memset(r, 0, sizeof *r);
    r->start = start, r->end = end, r->direct = direct;
    r->cue_start = q->s->t[cue].start, r->cue_end = q->s->t[cue + ncue - 1].end;
    r->speaker_id = sp->name ? sp->id : NULL;
    r->speaker_name = sp->name;
    r->speaker_start = sp->start, r->speaker_end = sp->end;
#ifdef QT_TRACE
    fprintf(stderr, "QTRACE %u %u %s %s\n", (unsigned)start, (unsigned)end,
            q->how ? q->how : "-", q->sub ? q->sub : "-");
#endif
}

/* Emits a quote of speaker sp, and one more for each person coordinated with a named subject
 * right after the cue (قال سعيد الحربي وجمال عسيري: …), or before a plural or dual cue that
 * goes on with them (… وتابعوا أن): one quote a speaker, the same words,
 * so that a speaker's quotes are each a row of its own (docs/EVENTS.md "Coordinated
 * subjects"). */
static void emit(qctx *q, uint32_t start, uint32_t end, const qcue *c, int direct,
                 const speaker *sp)
{
    size_t k = 0, co = 0;
    emit_one(q, start, end, c->i, c->n, direct, sp);
    if (sp->name && sp->with) {        /* وأكد البلدان: each side a row, as coordinated */
        speaker other = *sp;
        qt_speaker_is(&other, sp->with, sp->with->start, sp->with->end);
        emit_one(q, start, end, c->i, c->n, direct, &other);
        return;
    }
    if (!sp->id || (sp->start < q->s->t[c->i].start && c->gender != 3))
        return;         /* continued from before: no subject here, unless a plural or dual
                           verb goes on with people named together (وتابعوا أن …) */
    while (k < q->ne && q->en[k].start != sp->start)
        k++;
    if (k < q->ne && q->en[k].tok_end == q->en[k].tok_start + 1 &&
        !starts_with(q->s->t[q->en[k].tok_start].norm, q->s->t[q->en[k].tok_start].norm_len,
                     U_ARTICLE))
        return;                /* محمد وادي العنزي: a first name alone, more likely one name */
    for (; k + 1 < q->ne && co < COORDINATED; k++, co++) {
        const rasd_entity *en = &q->en[k + 1];
        speaker other = *sp;
        if (en->tok_start != q->en[k].tok_end || strcmp(en->type, "PER") != 0 ||
            !letter_is(q->s->t[en->tok_start].norm, U_WAW) || !qt_can_speak(q, en) ||
            en->via != NULL)                   /* a title, not a name */
            break;
        other.id = en->id, other.name = en->name, other.start = en->start, other.end = en->end;
        emit_one(q, start, end, c->i, c->n, direct, &other);
    }
}

/* Whether the reporting verb at token i (n tokens) follows a comma (a particle at most
 * between: qt_comma_particle) and its own subject follows it at once (qt_own_subject: في وقت
 * ألقت الشرطة … رجل زعمت أنه يقوم …، أكد وزير الخارجية الإسباني … أنه): the next statement,
 * not the clause's. */
static int named_after_comma(const qctx *q, size_t i, size_t n)
{
    size_t b = i - qt_comma_particle(q, i);
    return b > 0 && qt_comma(q, b - 1) && qt_own_subject(q, i, n);
}

/* Whether a reporting verb at token i follows a comma and a particle that puts a new
 * clause's subject first or after its verb (data/events.tsv "subject" 0: بينما، فيما، لكن):
 * …، بينما يرى الأغلبية أن، …، فيما قالت مصادر إن: the next statement, an opinion too. */
static int contrast_cue(const qctx *q, size_t i)
{
    size_t n;
    int v;
    return qt_comma(q, i - 2) && ev_word_is(q->s, i - 1, 1, EK_SUBJECT, &v, &n) && n == 1 &&
           v == 0 && ev_word_is(q->s, i, 0, EK_CUE, &v, &n) &&
           !(v & (STRICT | COLON | VIA | AFTER | COMPONLY));
}

/* The reported clause from token a: to the end of the sentence, or to a participle or a
 * verb with و that starts the next statement (with the comma before it); the object of
 * a verb that condemns (noun: comp bits with COMP_OBJ) ends at any reporting verb too (أدانوا فيها الجريمة النكراء …، حيث تلقى
 * اتصالا من … أعرب خلاله: the next statement). Quoted passages inside are part of it.
 * Returns its last token + 1. */
static size_t clause_end(qctx *q, size_t a, int noun)
{
    size_t end = qt_send(q, a), n, b;
    qpair *p;
    for (size_t i = a; i < end; i++) {
        if (!ev_lookup_any(q->s, i, 1, STATEMENT_KINDS | KIND_BIT(EK_SOURCE), &n))
            continue;                  /* one lookup for most words: no reporting word */
        if (i > a && qt_source_clause(q, i)) {
            end = i;                   /* … والمصادر تتحدث عن (source_break.c) */
            break;
        }
        if (i > a + 2 && (b = qt_turn_clause(q, i)) > a && qt_plain_cue(q, i, &n)) {
            end = b;                   /* …، من جانبها، ذكرت الإذاعة: another's turn */
            break;
        }
        if (i > a + 1 && (b = qt_contrast_clause(q, i)) > a) {
            end = b;                   /* … في حين قال مسؤولون يونانيون إن: another's */
            break;
        }
        if (ev_word_is(q->s, i, 1, EK_PART, NULL, &n) ||
            (i > a && ((qt_plain_cue(q, i, &n) &&
                        (noun || q->s->cut || named_after_comma(q, i, n))) ||
                       qt_named_clause(q, i, &n)))) {
            b = i - qt_comma_particle(q, i);            /* …، كما أعلن: before كما */
            end = b > a && qt_comma(q, b - 1) ? b - 1 : i;
            break;
        }
        if (i > a + 1 && contrast_cue(q, i)) {
            end = i - 2;               /* …، بينما يرى الأغلبية أن: another statement */
            break;
        }
    }
    for (size_t i = a; i < end; i++)
        if ((p = qt_pair_at(q, i)) != NULL && p->close < end)
            p->claimed = 1;
    while (end > a && q->s->t[end - 1].kind == RASD_TOK_PUNCT)
        end--;
    return end;
}

/* Whether a quoted passage ends its clause: the sentence, punctuation or the next statement
 * follows its closing mark. */
static int ends_clause(qctx *q, const qpair *p)
{
    size_t i = p->close + 1, n;
    if (p->close >= q->s->nt || i >= q->s->nt || i >= qt_send(q, p->close))
        return 1;
    return q->s->t[i].kind == RASD_TOK_PUNCT || ev_word_is(q->s, i, 1, EK_PART, NULL, &n) ||
           qt_plain_cue(q, i, &n);
}


/* Who spoke last from now on: sp, by cue c, whose statement ends before token end. A
 * participle changes nobody, but its statement is still theirs. */
static void spoke(qctx *q, const qcue *c, const speaker *sp, size_t end)
{
    speaker none = {NULL, NULL, 0, 0, 0, sp->gender, NULL};
    if (qt_is_counted(q, sp))
        sp = &none;                  /* وقال 27٪ إنهم …: the counted group speaks once; later
                                        verbs (28% قالوا، مشيرة) are not theirs (counted.c) */
    if (qt_keeps_last(q, c, sp) || qt_offered(q, c->i))
        return;                      /* وأوضح في تغريدة …: the last speaker goes on (keep_last.c);
                                        قدم … شرحا names no one who goes on (rep70) */
    if (!c->part || (q->part_subject && sp->name &&
                     (!q->last.name || strcmp(sp->name, q->last.name) != 0))) {
        /* a verb's speaker, unknown too (no last speaker then); a participle's when its
           sentence named someone new (وسلط الدكتور أحمد أوموس … الضوء على …، موضحًا أن …
           وأكد أن: Ouamous goes on) */
        q->last = *sp, q->last_sent = (uint32_t)qt_send(q, c->i);
        q->last_end = (uint32_t)end;
        q->last_np = q->described;
    } else if (sp->name && q->last.name && strcmp(sp->name, q->last.name) == 0 && end > q->last_end) {
        q->last_end = (uint32_t)end;
    }
}

/* The first token after the subject of cue c, whose speaker sp was named at bytes
 * [sp->start, sp->end) (or before the cue, for a continuing speaker). */
static size_t after_subject(const qctx *q, const qcue *c, const speaker *sp)
{
    size_t j = c->i + c->n, end = qt_send(q, j);
    if (!c->part && sp->name && sp->start > q->s->t[c->i].start)
        while (j < end && q->s->t[j].start < sp->end)
            j++;
    return sp->name ? qt_past_chair(q, j, end) : j;   /* …، برئاسة X، عن (chaired_subject.c) */
}

/* Cue c's complement bits without COMP_FORECAST when c is the noun توقع, not the verb: after
 * a preposition or a word of "aguard forecast_as_noun" (مع توقع وصول، في توقع صعود، تم توقع
 * وصول السعر: nobody's forecast; rec63's fresh rows). */
static int forecast_bits(qctx *q, const qcue *c, int bits)
{
    size_t p = c->i, n;
    if (!(bits & COMP_FORECAST) || p == 0 || !ev_is_word(&q->s->t[p - 1]))
        return bits;
    if (ev_word_is(q->s, p - 1, 0, EK_PREP, NULL, &n) ||
        ev_aguard_is(q->s, p - 1, 0, AG_FORECAST_AS_NOUN, &n))
        return bits & ~COMP_FORECAST;
    return bits;
}

/* Whether token j opens cue c's nominal complement (bits: data/quotes.tsv "comp"): a
 * preposition it takes (شدد على، أعرب عن، أشار إلى), ب on a noun of "cnoun" (نوه بالدعم،
 * أفادت … بمقتل), or such a noun itself (أكد أهمية، مؤكدا عمق). */
int qt_comp_opens(const qctx *q, size_t j, int bits)
{
    ev_scan *s = q->s;
    int v;
    size_t n;
    if (qt_in_entity(q, j))
        return 0;
    if (ev_word_is(s, j, 0, EK_CPREP, &v, &n))
        return (v & bits) != 0;
    if (qt_forecast_noun(s, j, bits) || qt_bi_opens(q, j, bits))
        return 1;                                  /* توقع محللون انخفاضا (rec63); أوصى … بانتهاج */
    if ((bits & COMP_OFFER) && ev_aguard_is(s, j, 0, AG_OFFERED, &n))
        return 1;                                  /* وقدم الرئيس هادي … شرحا (rep70) */
    if ((bits & (COMP_NOUN | COMP_OBJ)) && ev_word_is(s, j, 0, EK_CNOUN, &v, &n))
        return (bits & (v == CNOUN_OBJ ? COMP_OBJ : COMP_NOUN)) != 0;  /* استنكر … الحادث */
    return (bits & COMP_BI) && letter_is(s->t[j].norm, U_BEH) &&
           ev_word_is(s, j, 1, EK_CNOUN, &v, &n) && s->cut == 1 &&
           (v != CNOUN_OBJ || (bits & COMP_OBJ));      /* ندد بالهجوم */
}

/* Whether token j is written علي, with a dotted ي: the name Ali before إن/أن or a colon
 * (أكد علي العثيم عضو مجلس إدارة غرفة الرياض … أن), which the normalised على does not tell
 * from the preposition. */
int qt_ali(const qctx *q, size_t j)
{
    size_t len;
    const char *text = rasd_doc_text(q->doc, &len);
    const rasd_token *t = &q->s->t[j];
    return text && t->end <= len && t->end - t->start == strlen(U_AIN U_LAM U_YEH) &&
           memcmp(text + t->start, U_AIN U_LAM U_YEH, t->end - t->start) == 0;
}

/* Whether token i ends in a dotted ي (U+064A), which the normalised ى does not tell from
 * it: a cue so written is a noun when it takes a complement (ورفض تأكيد أو نفي إلقاء القبض،
 * عقب نفي مندوبين … وجود: the denial, not نفى, he denied). */
static int dotted_end(const qctx *q, size_t i)
{
    size_t len, y = strlen(U_YEH);
    const char *text = rasd_doc_text(q->doc, &len);
    const rasd_token *t = &q->s->t[i];
    return text && t->end <= len && t->end - t->start > y &&
           memcmp(text + t->end - y, U_YEH, y) == 0;
}

/* Whether token j is a noun that can open a complement though "cnoun" does not list it
 * (مؤكدا انحسار المدارس، أكد … عبد الكريم العليط، استكمال …): a word of three letters or more
 * without ال, و or ف before it (والرئيس الدوري: a coordinated name), not a name, a date, a
 * particle, a preposition, a stop word or a reporting word. */
static int open_noun(qctx *q, size_t j)
{
    ev_scan *s = q->s;
    const rasd_token *t = &s->t[j];
    size_t n;
    return j < s->nt && ev_is_word(t) && t->norm_len >= LETTERS(3) &&
           !starts_with(t->norm, t->norm_len, U_ARTICLE) && !letter_is(t->norm, U_WAW) &&
           !letter_is(t->norm, U_FEH) && !qt_in_entity(q, j) &&
           !qt_in_date(q, j) && !ev_word_is(s, j, 1, EK_STOP, NULL, &n) &&
           !ev_word_is(s, j, 0, EK_THAT, NULL, &n) && !ev_word_is(s, j, 0, EK_CPREP, NULL, &n) &&
           !ev_word_is(s, j, 1, EK_PREP, NULL, &n) && !ev_word_is(s, j, 0, EK_HONOR, NULL, &n) &&
           !ev_word_is(s, j, 0, EK_RELATIVE, NULL, &n) && !ev_word_is(s, j, 1, EK_CUE, NULL, &n) &&
           !ev_word_is(s, j, 1, EK_PART, NULL, &n) && !ev_word_is(s, j, 0, EK_SOURCE, NULL, &n);
}

/* Whether a preposition of the complement (bits) stands within three tokens from j, before
 * end: the complement it opens, not the object before it (داعيا جميع العملاء إلى …). */
static int prep_near(qctx *q, size_t j, size_t end, int bits)
{
    size_t n;
    int v;
    for (size_t k = j + 1; k < end && k <= j + 3; k++)
        if (!qt_in_entity(q, k) && ev_word_is(q->s, k, 0, EK_CPREP, &v, &n) && (v & bits))
            return 1;
    return 0;
}

/* Where cue c's nominal complement starts (أكد الوزير ضرورة …، شدد على أهمية …، أعرب عن
 * استعداد …): the first token within COMP_GAP after the subject that opens one, before another
 * reporting word or the sentence's end; the sentence's end when there is none. A verb or
 * participle whose complement may be a noun (COMP_NOUN) takes any noun (open_noun) right
 * after a participle or after its named subject and a comma. */
size_t qt_comp_start(qctx *q, const qcue *c, const speaker *sp)
{
    size_t j = after_subject(q, c, sp), end = qt_send(q, c->i), n;
    int bits;
    if ((n = qt_describe_start(q, c, sp, j)) != 0)
        return n;                                  /* وصف … الأحمد مشاركة السعودية بالمميزة */
    if ((n = qt_appeal_li(q, c, sp, j)) != 0)
        return n;                                  /* وناشد جميع أبناء الأمة … للوقوف */
    if (qt_cause_verb(q, c))
        return (n = qt_cause_start(q, c, sp, j)) != 0 ? n : end;
                                                   /* وعزا الرشيد هذا الإنجاز إلى (estimate_cause.c):
                                                      its object only, no other complement */
    if (!ev_word_is(q->s, c->i, 1, EK_COMP, &bits, &n) || dotted_end(q, c->i))
        return end;
    bits = forecast_bits(q, c, bits);
    if ((bits & COMP_NOUN) && c->part && j == c->i + c->n && open_noun(q, j) &&
        !prep_near(q, j, end, bits))
        return j;                                  /* مؤكدا انحسار المدارس; not داعيا جميع
                                                      العملاء إلى */
    if ((bits & COMP_BI) && c->part && c->gender != 3 && j == c->i + c->n && j < end &&
        ev_is_word(&q->s->t[j]) &&
        letter_is(q->s->t[j].norm, U_BEH) && q->s->t[j].norm_len > LETTERS(2) &&
        !qt_in_entity(q, j) && !qt_in_date(q, j))
        return j;                                  /* منوها بما تشهده، منوها بالجهود: ب at once;
                                                      not a plural's (الآباء … مطالبين بتطهير:
                                                      a crowd's, unseen3) */
    if ((bits & COMP_NOUN) && !c->part && sp->name && sp->start > q->s->t[c->i].start &&
        j + 1 < end && qt_comma(q, j)) {
        size_t m = j + 1;                          /* وأعلن بلاتيني، رئيس الاتحاد …، ترشحه */
        if (ev_word_is(q->s, m, 0, EK_LEAD, NULL, &n))
            while (m < end && m < j + TITLE_WORDS && !qt_comma(q, m))
                m++;
        if (m > j + 1 && m < end)
            m++;
        if (m < end && open_noun(q, m) && !ev_word_is(q->s, m, 0, EK_LEAD, NULL, &n))
            return m;                              /* أكد … العليط، استكمال الاستعدادات */
    }
    for (size_t k = j, gap = COMP_GAP + qt_aside_len(q, j, end); k < end && k < j + gap; k++) {
        if (qt_plain_cue(q, k, &n) || ev_word_is(q->s, k, 1, EK_PART, NULL, &n) ||
            (ev_word_is(q->s, k, 0, EK_THAT, NULL, &n) && qt_modal_that(q, j, k)))
            return end;                            /* not past وحاولت مدرساتي أن (fix55) */
        if (ev_is_word(&q->s->t[k]) && ((qt_comp_opens(q, k, bits) && !qt_act_late(q, j, k) &&
                                          !qt_act_renewed(q, c, k)) ||
                                        qt_own_noun(q, c, sp, j, k)))
            return k;                              /* أعلن بلاتيني ترشحه (own_noun.c) */
    }
    return end;
}

/* Where cue c's nominal complement opens when it does right after it, with no subject
 * between (وأعرب عن …، مؤكدا عمق …; a comma, a date or a word of source 4 may stand
 * between: وأعرب أيضا عن), else 0: the verb continues the last speaker. bits: the cue's
 * comp_bits_of (0: none; no "comp" line has value 0). */
static size_t comp_now(qctx *q, const qcue *c, int bits)
{
    size_t j = c->i + c->n, that;
    while (j + 1 < qt_send(q, c->i) && qt_no_subject(q, j, j + 1))
        j++;                     /* وأعرب أيضا عن …، وأكد أمس أهمية …: no subject either */
    if (!(j < qt_send(q, c->i) && bits != 0 &&
          qt_comp_opens(q, j, forecast_bits(q, c, bits))) || dotted_end(q, c->i) ||
        qt_act_renewed(q, c, j))
        return 0;
    return qt_ali(q, j) && content_start(q, j + 1, &that) < qt_send(q, c->i) ? 0 : j;
}

/* The bits of cue c's nominal complement (data/quotes.tsv "comp"), 0 for none. */
static int comp_bits_of(qctx *q, const qcue *c)
{
    size_t n;
    int bits;
    return ev_word_is(q->s, c->i, 1, EK_COMP, &bits, &n) ? bits : 0;
}

/* Where the object of a verb that condemns (comp bits with COMP_OBJ: استنكرت الأمانة العامة
 * لمنظمة التعاون الإسلامي، التصريحات التي أدلى بها نوري المالكي) opens before at, else at:
 * its subject is looked for before it (not the person the object names). bits: cue c's
 * comp_bits_of, which statement() looks up once (tidy68). */
static size_t object_start(qctx *q, const qcue *c, size_t at, int bits)
{
    size_t n;
    if (c->part || !(bits & COMP_OBJ))
        return at;
    for (size_t k = c->i + c->n; k < at && k < c->i + c->n + SUBJECT_WORDS + COMP_GAP; k++) {
        if (qt_plain_cue(q, k, &n) || ev_word_is(q->s, k, 1, EK_PART, NULL, &n))
            return at;
        if (ev_is_word(&q->s->t[k]) && qt_comp_opens(q, k, bits))
            return k;
    }
    return at;
}

/* Whether reporting word c is the verb of a figure of speech (data/quotes.tsv "source" 8:
 * لسان حال الشارع الخليجي يقول …): one within FIGURE_GAP words before it in its sentence. */
static int figure(qctx *q, const qcue *c)
{
    size_t s0 = qt_sent_start(q, c->i), n, words = 0;
    int v;
    for (size_t p = c->i; p-- > s0 && words < FIGURE_GAP;) {
        if (ev_word_is(q->s, p, 1, EK_SOURCE, &v, &n) && v == SOURCE_FIGURE)
            return 1;
        words += ev_is_word(&q->s->t[p]);
    }
    return 0;
}

/* Whether reporting word c stands inside quote marks, closed by a mark, around a name or
 * title (TITLE_QUOTED words at most), whose passage ends before its content at token at: a name or title in quote marks (زاوية "سبق تقول للمسؤول" تحت عنوان: …),
 * not a speaker's verb. */
static int quoted_cue(const qctx *q, const qcue *c, size_t at)
{
    for (size_t k = 0; k < q->npairs; k++)
        if (q->pairs[k].open < c->i && c->i < q->pairs[k].close && at >= q->pairs[k].close &&
            qt_closed_by_mark(q, &q->pairs[k]) &&    /* not a mark left open (داعش « …) */
            qt_words_in(q, q->pairs[k].open, q->pairs[k].close) <= TITLE_QUOTED)
            return 1;   /* longer: a quote whose close mark was lost (في بيان "نحن ممتنون
                           … وأضاف "إن …) */
    return 0;
}

/* Whether the word after reporting word c is a poet the article does not name (data/quotes.tsv
 * "source" 2: يقول الشاعر:): verse the author quotes, not a statement. A poet named within
 * three words before the colon (قال الشاعر ( محمد الدحيمي ) :) or followed by أن speaks. */
static int verse(qctx *q, const qcue *c, size_t that, size_t at)
{
    size_t j = c->i + c->n, n, k;
    int v;
    if (that || j >= q->s->nt || !ev_word_is(q->s, j, 0, EK_SOURCE, &v, &n) || v != SOURCE_VERSE)
        return 0;
    k = qt_ent_from(q, j + n);
    return !(k < q->ne && q->en[k].tok_start < j + n + 3 && q->en[k].tok_start < at);
}

/* Whether COLON cue c has what it needs: a colon or a quote mark where its content starts
 * (at), after its subject (وزاد: «…»، علق علي سعيد: "…"; not وزاد عدد الزوار). */
static int colon_ok(qctx *q, const qcue *c, size_t at)
{
    size_t n;
    int v;
    if (at > c->i + 1 && ev_word_is(q->s, at - 1, 0, EK_STOP, &v, &n) && n == 1 && v == STOP_TITLE)
        return 0;                         /* كتب … مقالا بعنوان: «…»: a title, no statement */
    if (c->written && (!ev_punct(q->s, at, ":") ||
                       (c->i > 0 && ev_word_is(q->s, c->i - 1, 0, EK_PREP, NULL, &n) && n == 1)))
        return 0;                         /* كتب روايته «…»، وورد في كتب التاريخ: «…» */
    return at < qt_send(q, c->i) &&
           (ev_punct(q->s, at, ":") ||
            (qt_pair_at(q, at) && !(at > 0 && ev_word_is(q->s, at - 1, 0, EK_PREP, NULL, &n) &&
                                 n == 1)));   /* وعلق عليه فلان في "توضيح …": a title */
}

/* Where the speaker of VIA cue c starts: the token after عن (a preposition of COMP_AN) between
 * it and its content at (إن/أن، a colon or a quote mark: ونقلت الصحيفة عن مصادر عسكرية أن);
 * 0 when there is none. */
static size_t via_from(qctx *q, const qcue *c, size_t at)
{
    size_t n;
    int v;
    if (at >= qt_send(q, c->i))
        return 0;
    for (size_t k = c->i + c->n; k + 1 < at && k < c->i + c->n + VIA_WORDS; k++)
        if (!qt_in_entity(q, k) && ev_word_is(q->s, k, 0, EK_CPREP, &v, &n) && (v & COMP_AN))
            return k + n;
    return 0;
}

/* Whether verb c follows من (data/events.tsv "relative" 0, and a preposition: من قال إن,
 * "whoever says") or ما before a verb of opinion (NAMED: ما يشير إلى, "which indicates") or
 * of appeal ("appeal" in events.tsv: وهو ما دعا وزير العدل إلى تشكيل فريق, "which led the
 * minister to"): no one's statement. بحسب ما أكدت الصحيفة is. */
static int after_what(qctx *q, const qcue *c)
{
    size_t n;
    int v;
    if (c->part || c->cut || c->i == 0 || !ev_word_is(q->s, c->i - 1, 0, EK_RELATIVE, &v, &n) ||
        n != 1 || v != 0)
        return 0;
    return ev_word_is(q->s, c->i - 1, 0, EK_CPREP, NULL, &n) ||
           ev_word_is(q->s, c->i, 0, EK_APPEAL, NULL, &n) || c->named;   /* ما يشير إلى */
}

/* Whether verb c, with و or ف and no content of its own, is followed by a comma and a clause
 * that is its content (وأضافوا، أمس انقطع التيار الكهربائي …؛ وتابع، نحن نستورد …): a
 * plain cue, then a word that is no preposition, stop word, connective, reporting word, name
 * or word with و (وتابع، وكان يرد على سؤال: an adjunct). */
static int comma_clause(qctx *q, const qcue *c)
{
    size_t j = c->i + c->n + 1, n;
    const rasd_token *t = q->s->t;
    if (!c->cut || c->part || c->colon || c->strict || c->via || c->named ||
        j >= qt_send(q, c->i) || !qt_comma(q, j - 1) || !ev_is_word(&t[j]) ||
        t[j].norm_len < LETTERS(2) || letter_is(t[j].norm, U_WAW) || qt_in_entity(q, j))
        return 0;
    if (qt_in_date(q, j) || qt_no_subject(q, j, j + 1))
        return 1;                                   /* وأضافوا، أمس انقطع … */
    return !ev_word_is(q->s, j, 0, EK_PREP, NULL, &n) && !ev_word_is(q->s, j, 0, EK_STOP, NULL, &n) &&
           !ev_word_is(q->s, j, 0, EK_THAT, NULL, &n) && !ev_word_is(q->s, j, 1, EK_CUE, NULL, &n) &&
           !ev_word_is(q->s, j, 1, EK_PART, NULL, &n) && !ev_word_is(q->s, j, 0, EK_CPREP, NULL, &n);
}

/* Whether AFTER cue c stands right after a word that puts the verb first (data/events.tsv
 * "subject" 1: من جهته، بدوره), a comma at most between (من جهته، بين المواطن … أن). */
static int after_front(qctx *q, const qcue *c)
{
    size_t p = c->i, n;
    int v;
    if (p > 0 && qt_comma(q, p - 1))
        p--;
    for (size_t k = p > 3 ? p - 3 : 0; k < p; k++)
        if (ev_word_is(q->s, k, 1, EK_SUBJECT, &v, &n) && v == 1 && k + n == p &&
            q->s->t[p - 1].norm_len > LETTERS(3) &&
            (letter_is(q->s->t[p - 1].norm + q->s->t[p - 1].norm_len - LETTERS(1), U_HEH) ||
             memcmp(q->s->t[p - 1].norm + q->s->t[p - 1].norm_len - LETTERS(2), U_HEH U_ALEF,
                    LETTERS(2)) == 0))
            return 1;          /* with a pronoun (جهته، بدورها): not كما بين "داعش" و… */
    return 0;
}

/* The clause a verb reports that words of data/quotes.tsv "source" 7 put before it (وسجلت
 * صناديق التوفير …، حسبما نقلت وكالة الأنباء الألمانية; بحسب ما ذكرت، وفقا لما أوردت): from its
 * sentence's start (past punctuation) to those words, with MIN_WORDS words at least and no
 * quote of its own already (قال X إن …، بحسب ما ذكرت الوكالة: X's): the token after its last
 * (its first in *first), 0 for none. */
static int what_cue(const qctx *q, const qcue *c);

/* Whether words of "source" 7 end where cue c starts, or one word into it when c is said as
 * the relative of ما and they end with that ما (وفقا لما + لما أعلنه، حسب ما + ما ذكرته). */
static int according_at(const qctx *q, const qcue *c, size_t p, size_t n)
{
    return p + n == c->i || (p + n == c->i + 1 && what_cue(q, c));
}

static size_t according(qctx *q, const qcue *c, size_t *first)
{
    size_t s0 = qt_sent_start(q, c->i), p, e, n;
    int v;
    if (c->part || c->cut)
        return 0;
    for (p = c->i; p-- > s0 && p + 3 > c->i;)
        if (ev_word_is(q->s, p, 1, EK_SOURCE, &v, &n) && v == SOURCE_ACCORDING &&
            according_at(q, c, p, n))
            break;
    if (p + 3 <= c->i || p < s0 || p == (size_t)-1)
        return 0;
    for (e = p; e > s0 && q->s->t[e - 1].kind == RASD_TOK_PUNCT;)
        e--;
    while (s0 < e && q->s->t[s0].kind == RASD_TOK_PUNCT)
        s0++;
    if (e <= s0 || qt_words_in(q, s0, e) < MIN_WORDS ||
        (q->x->nquotes && q->x->quotes[q->x->nquotes - 1].end > q->s->t[s0].start))
        return 0;
    *first = s0;
    return e;
}

/* Whether token t is written with the indefinite accusative's mark, a tanween fatha on or
 * before its final alef (حضوراً، حضورًا، عرضاً): a noun or adjective, no name nor verb. */
static int tanween_fatha(const qctx *q, const rasd_token *t)
{
    const char *w = q->doc->text + t->start;
    size_t len = t->end - t->start;
    return len >= 4 && (memcmp(w + len - 4, U_ALEF "\xd9\x8b", 4) == 0 ||
                        memcmp(w + len - 4, "\xd9\x8b" U_ALEF, 4) == 0);
}

/* Whether participle c is an adjective of the noun right before it (data/quotes.tsv "aguard
 * adjective_part": لافتا "notable", مفيدا "useful"): that word written as an indefinite
 * accusative (سجلت حضوراً لافتا في السوق، عرضاً لافتاً يعوض). Without the mark a word in ا
 * may be a name or a verb, and the row the speaker's words going on (وجدنا تغييرا لافتا طرأ
 * … بل إن: a first version that took any such word removed 3 such rows of 21). */
static int adjective(const qctx *q, const qcue *c)
{
    size_t n;
    const rasd_token *t = &q->s->t[c->i - 1];
    return ev_aguard_is(q->s, c->i, 0, AG_ADJECTIVE_PART, &n) && t->kind != RASD_TOK_PUNCT &&
           !qt_entity_at(q, c->i - 1) && tanween_fatha(q, t);
}

/* Whether participle c is a copula's predicate (data/quotes.tsv "copula": سيكون مطالبا
 * بدفع، كما كان متوقعا: "required to", "as expected"), which reports nobody's words; a
 * copula of another gender ends a clause (أينما كان مؤكدة الحاجة: she stresses). */
static int predicate(const qctx *q, const qcue *c)
{
    size_t n;
    int g = 0;
    return c->part && c->i > 0 &&
           ((ev_word_is(q->s, c->i - 1, 0, EK_COPULA, &g, &n) && n == 1 &&
             (g == 0 || c->gender == 0 || g == c->gender)) ||
            adjective(q, c));
}

/* Whether token at is a connective that reports speech (إن، فإن، بأن، من أن: "that" after
 * a verb of saying), not the أن of any verb (ما أعلنته الوزارة يدل على أننا، ويعني ما
 * أعلنه X أن): written with ف, ب or إ, or after من. */
static int speech_that(const qctx *q, size_t at)
{
    const rasd_token *t = &q->s->t[at];
    const char *w = q->doc->text + t->start;
    return letter_is(t->norm, U_FEH) || letter_is(t->norm, U_BEH) ||
           (t->end - t->start >= 2 && memcmp(w, U_ALEF_HAMZA_BELOW, 2) == 0) ||
           (at > 0 && word_equals(q->s->t[at - 1].norm, q->s->t[at - 1].norm_len, U_MEEM U_NOON));
}

/* Whether verb c is said as the relative of ما (data/quotes.tsv, quotes16: ما قاله، لما ذكرته،
 * مما رواه) and reports nothing here: after هذا or a pronoun (وهذا ما أكدته X، وهو ما قاله: what
 * was said before); else it reports what words of "source" 7 put after it (وفقا لما ذكرته
 * الصحف، فإن …), what a colon opens, a passage in marks that starts with إن (ما قاله X "إنه
 * …"), and a clause of speech_that — not a title or name in marks (ما قاله النعيمي … عنوانها
 * «…»، وفق ما ذكرته صحيفة “ديلي ميل”) nor the أن of another verb, nor a poet's verse (ما
 * قاله أمير الشعراء …:). Such a speaker does not go on to a later bare verb (statement()). */
static int what_cue(const qctx *q, const qcue *c)
{
    const rasd_token *t = &q->s->t[c->i];
    size_t l = t->norm_len;
    return c->n >= 2 && l <= LETTERS(3) && l >= LETTERS(2) &&
           (memcmp(t->norm, U_MEEM U_ALEF, LETTERS(2)) == 0 ||
            memcmp(t->norm + l - LETTERS(2), U_MEEM U_ALEF, LETTERS(2)) == 0) &&
           (l == LETTERS(2) || letter_is(t->norm, U_LAM) || letter_is(t->norm, U_MEEM));
}

static int what_said(qctx *q, const qcue *c, size_t at, size_t that)
{
    size_t n, p;
    int v;
    if (!what_cue(q, c))
        return 0;
    for (p = c->i + c->n; p < at && p < q->s->nt; p++)
        if (ev_word_is(q->s, p, 0, EK_SOURCE, &v, &n) && v == SOURCE_VERSE)
            return 1;                                   /* ما قاله أمير الشعراء …: verse */
    if (c->i > 0 && (ev_word_is(q->s, c->i - 1, 1, EK_THIS, NULL, &n) ||
                     (ev_word_is(q->s, c->i - 1, 0, EK_STOP, NULL, &n) && n == 1 &&
                      q->s->t[c->i - 1].norm_len <= LETTERS(3))))
        return 1;
    for (p = c->i > 2 ? c->i - 2 : 0; p < c->i; p++)
        if (ev_word_is(q->s, p, 1, EK_SOURCE, &v, &n) && v == SOURCE_ACCORDING
            && p + n == c->i + 1) {
            if (at >= qt_send(q, c->i + c->n))
                return 0;     /* …، وفقا لما أعلنه X.: the clause before it (according()) */
            return !that || (at > 0 && ev_word_is(q->s, at - 1, 0, EK_STOP, NULL, &n) && n == 1);
        }
    if (at >= qt_send(q, c->i + c->n))
        return 1;
                          /* وفقا لما ذكرته الصحف، فإن; not بعد أن, nor a name in marks */
    if (at > c->i + c->n + WHAT_GAP)
        return 1;         /* يكرر ما قاله وزير الخارجية، مما دفعني … وأقول له فيها: */
    for (p = c->i + c->n; p < at; p++)
        if (ev_word_is(q->s, p, 0, EK_RELATIVE, &v, &n) && v == 1 && letter_is(q->s->t[at].norm, U_BEH))
            return 1;     /* لما أعلنه X الذي وصفته القناة بأنه: the relative's verb's */
    if (ev_punct(q->s, at, ":"))
        return 0;                                       /* ما قاله X: «…» */
    if (qt_pair_at(q, at))
        return !(at + 1 < q->s->nt && ev_word_is(q->s, at + 1, 0, EK_THAT, NULL, &n));
    return !that || !speech_that(q, at);
}

/* What reporting word c says (a participle, or a verb; one with و or ف starts a statement
 * and does not attribute the quote before it); returns the token after it all. */
static size_t statement(qctx *q, const qcue *c);

/* A cue that says what one would say or what caught an eye (cue_sense.c: وإن قال أحدهم:، لفت X
 * انتباه الزوار): read as any statement, then dropped with the speaker it named, so that the
 * cues inside what it would have said are passed over with it (فإن دعا العقل إلى الصرامة، دعا
 * القلب إلى اللين: the answer of the condition). */
static size_t supposed(qctx *q, const qcue *c)
{
    qctx keep = *q;
    size_t nq = q->x->nquotes, k;
    q->supposed = 1;
    k = statement(q, c);
    keep.rc = q->rc;
    *q = keep;
    q->x->nquotes = nq;
    return k;
}

static size_t statement(qctx *q, const qcue *c)
{
    if (c->componly && qt_offer_hopeless(q, c))
        return c->i + c->n;          /* قدم دعما: no statement offered (cost70) */
    if ((c->after && !after_front(q, c)) || qt_cue_prays(q, c) ||
        (c->strict && (!qt_strict_ok(q, c) || qt_via_word(q, c))) || qt_between_word(q, c) ||
        after_what(q, c) || predicate(q, c) || qt_cause_none(q, c))
        return c->i + c->n;          /* داعيا الله أن يحفظ …: a prayer; عبر الحدود، بينه وبين: via, between;
                                        سيكون مطالبا: a predicate */
    if (c->componly && !qt_comp_only_ok(q, c))
        return c->i + c->n;
    int comp = comp_bits_of(q, c);   /* the cue's complement, looked up once (tidy68) */
    if ((comp & COMP_BIANY) && qt_comp_negated(q, c))
        return c->i + c->n;          /* ولم يوص، بعد تعهد إيران، أوصت بهما (cue67) */
    size_t i = c->i, n = c->n, that, at = content_start(q, i + n, &that), k = at + that;
    int own52 = qt_cause_verb(q, c);
    if (own52 || c->componly)
        at = qt_send(q, i + n), that = 0, k = at;  /* قدر، برر، عزا: their object only, no أن
                                                      nor the sentence before (estimate_cause.c);
                                                      أوصى: its complement only (cue67) */
    if (what_said(q, c, at, that))
        return i + 1;                /* its verb alone, as before (بحسب ما صرح به X) */
    size_t first = 0, last, se;
    if (!own52 && qt_as_said(q, c, &first, &last, &se)) {   /* …، كما يقول X، … (as_said.c) */
        speaker sp = qt_subject(q, c, i + n, se);
        if (qt_as_said_tail(q, c, &sp, se)) {
            emit(q, q->s->t[first].start, q->s->t[last - 1].end, c, 0, &sp);
            spoke(q, c, &sp, last > se ? last : se);
            return last > se ? last : se;
        }
    }
    if (verse(q, c, that, at) || figure(q, c) || quoted_cue(q, c, at) || qt_column_title(q, c) ||
        qt_generic_saying(q, c) || qt_cue_sense(q, c))
        return i + n;                /* يقول الشاعر:، لسان حال الشارع يقول، "سبق تقول"،
                                        سبق تقول للمسؤول: (column_title.c); المثل يقول، قد
                                        يقول البعض، وقد يقول (quote_generic.c); أوضح دليل،
                                        أضاف 0.77 نقطة (cue_sense.c) */
    if (!q->supposed && (qt_cue_supposed(q, c) || qt_cue_attention(q, c)))
        return supposed(q, c);       /* وإن قال أحدهم:، لفت X انتباه الزوار (cue_sense.c) */
    if (c->colon && !colon_ok(q, c, at))
        return i + n;                /* وزاد عدد الزوار: not a statement */
    q->how = q->sub = NULL;
    q->described = 0;
    if (at >= qt_send(q, i + n) && !own52 && (k = according(q, c, &first)) != 0) {
        speaker sp = qt_subject(q, c, i + n, at);       /* …، حسبما نقلت وكالة الأنباء */
        if (sp.name) {
            emit(q, q->s->t[first].start, q->s->t[k - 1].end, c, 0, &sp);
            spoke(q, c, &sp, qt_send(q, i));
            return i + n;
        }
    }
    if (what_cue(q, c) && at >= qt_send(q, i + n))
        return i + 1;                /* وفقا لما أعلنه X. with no clause taken: as before */
    size_t via = c->via ? via_from(q, c, at) : 0;
    if (c->via && !via)
        return i + n;                /* نقل المصابين: no one's words */
    size_t now = at != i + n && !c->via && !own52 ? comp_now(q, c, comp) : 0;
                                     /* وأعرب عن رغبة باريس بأن … */
    if (!now && !c->via && !own52 && at >= qt_send(q, i + n))
        now = qt_relative_comp(q, c);   /* بلاتر الذي ينفي ارتكاب (relative_comp.c) */
    speaker sp = c->part ? qt_participle_speaker(q, c)
                 : now   ? qt_subject(q, c, i + n, now)
                 : via   ? qt_subject(q, c, via, at)
                         : qt_subject(q, c, i + n, object_start(q, c, at, comp));
    if (via)
        sp.gender = 0;               /* نقلت الوكالة عن ظريف قوله … وأضاف: the verb agrees
                                        with the body quoting, not with the speaker */
    int carried = !sp.name && c->named && !c->part && qt_describe_carried(q, c, &sp);
                                     /* ووصفت مشاركة المرأة … بالإيجابية (describe.c): its
                                        object and description are the statement */
    if (!sp.name && ((i + n < q->s->nt && qt_object(q, i + n)) || c->named))
        return i + n;                /* عندما قال ذلك فإنما …: what was said before; لا يرى
                                        بأسا أن: nobody's opinion */
    qt_named_last(q, c, &sp);        /* nobody went on: the one person named last (named_last.c;
                                        after the guard above, so no statement is added) */
    qpair *before = c->part || c->cut || c->colon || qt_cause_verb(q, c) ? NULL
                    : qt_pair_before(q, i), *p;     /* estimate_cause.c: قدر، برر، عزا never */
    if (before && q->x->nquotes && before->start < q->x->quotes[q->x->nquotes - 1].end)
        before = NULL;               /* it holds a quote already given (« … وزاد: «…» … »):
                                        quotes stay in text order */
    int noun = comp & COMP_OBJ;      /* an object only (أدانت المحكمة الشركة بارتكاب "خطأ": no
                                        statement) */
    if ((at >= qt_send(q, i + n) || now || noun || carried) && !before) {
        size_t e;
        k = now ? now : qt_comp_start(q, c, &sp);         /* أكد بوتين ضرورة … */
        qt_cause_clip(q, c, &sp, k);                 /* وقدرت الوزارة | عدد … (estimate_cause.c) */
        if (k >= qt_send(q, i)) {
            size_t m;
            if (ev_word_is(q->s, i, 1, EK_APPEAL, NULL, &m))
                return i + n;        /* ودعت الإدارة … سفيرات الحزم: farewell, no appeal */
            if (c->named && !comma_clause(q, c))
                return i + n;        /* a view or a document with nothing said (وكما جاء
                                        في الصحيحين عن أبي هريرة …): nobody speaks on */
            if (!comma_clause(q, c))
                return spoke(q, c, &sp, qt_send(q, i)), i + n;
            QT_HOW(q, "comma+");
            sp = qt_continued(q, i, c->gender, 2);
            k = i + n + 1;           /* وأضافوا، أمس انقطع التيار …: the clause after the comma */
            noun = 0;
        }
        e = qt_act_end(q, k, clause_end(q, k, noun || qt_own_opens(q, c, k) ||
                                                (comp & (COMP_BIANY | COMP_OFFER))));
                                                /* cue67; rep70: شرحا … حيث قال: ends there */
        e = qt_describe_end(q, c, k, e);             /* … بالكاذب، ونشرت (describe.c) */
        if (e > k && qt_words_in(q, k, e) >= MIN_WORDS)
            emit(q, q->s->t[k].start, q->s->t[e - 1].end, c, 0, &sp);
        e = e > i + n ? e : i + n;
        spoke(q, c, &sp, e);
        return e;
    }
    if (ev_punct(q->s, k, ":") && that == 0)
        k++;
    p = k < q->s->nt ? qt_pair_at(q, k) : NULL;
    if (p && !ends_clause(q, p))
        p = NULL;              /* إن «إل جي» أعلنت …: a quoted name inside a reported clause */
    if (before && !p) {                        /* « … »، قال بوتين */
        before->claimed = 1;
        emit(q, before->start, before->end, c, 1, &sp);
    } else if (p) {                            /* split by the verb: one quote */
        p->claimed = 1;
        if (before)
            before->claimed = 1;
        emit(q, before ? before->start : p->start, p->end, c, 1, &sp);
        k = p->close + qt_closed_by_mark(q, p);  /* a line break closed it: the next line's
                                                  first word is no quote's (وأضاف" …) */
    } else if (at < qt_send(q, i + n)) {
        size_t e;
        while (k < qt_send(q, i + n) && q->s->t[k].kind == RASD_TOK_PUNCT && !qt_pair_at(q, k))
            k++;
        e = clause_end(q, k, 0);
        if (e > k && qt_words_in(q, k, e) + that_pronoun(q, at, that) >= MIN_WORDS)
            emit(q, q->s->t[k].start, q->s->t[e - 1].end, c, 0, &sp);
        k = e;
    }
    k = k > i + n ? k : i + n;
    if (!what_cue(q, c))
        spoke(q, c, &sp, k);         /* ما قاله X: a relative, no speaker going on */
    return k;
}

/* ------------------------------------------------------------- the stage */

/* q->sent_end: a token's, the first token (after it) of the next sentence. Found once a
 * sentence and written to each of its tokens: the tokens before that one all start before
 * their sentence's end, so each has the same (cost71: once a token it cost 29 Ir a token). */
static void sentence_ends(qctx *q)
{
    size_t ns, k = 0, j, nt = q->s->nt;
    const rasd_span *sn = rasd_doc_sentences(q->doc, &ns);
    const rasd_token *t = q->s->t;
    uint32_t *end;
    q->x->sent_end = grow_array(q->x->sent_end, &q->x->sent_end_cap, nt + 1, sizeof(uint32_t),
                                &q->rc);
    if (q->rc)
        return;
    end = q->sent_end = q->x->sent_end;
    for (size_t i = 0; i < nt;) {
        uint32_t limit;
        while (k < ns && sn[k].end <= t[i].start)
            k++;
        limit = k < ns ? sn[k].end : UINT32_MAX;
        for (j = i + 1; j < nt && t[j].start < limit; j++)
            ;
        while (i < j)
            end[i++] = (uint32_t)j;
    }
}

rasd_status ev_find_quotes(const rasd_engine *e, rasd_doc *doc, ev_scan *s)
{
    qctx q = {e, s, doc, EV_DOC(doc), NULL, 0, NULL, NULL, 0, {NULL, NULL, 0, 0, 0, 0, NULL}, 0, 0,
              RASD_OK, 0, NULL, NULL, 0, 0, 0};
    struct ev_doc *x = EV_DOC(doc);
    qcue c = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    x->nquotes = 0;
    x->ntitles = 0;
    x->names.n = 0;
#ifdef QT_TRACE
    fprintf(stderr, "QDOC\n");
#endif
    if (s->nt == 0)
        return RASD_OK;
    q.en = ent_doc_names(doc, &q.ne);
    sentence_ends(&q);
    if (!q.rc)
        qt_pair_marks(&q);
    for (size_t i = 0; i < s->nt && !q.rc && !s->rc;) {
        c.i = i;
        if (ev_quote_start(s, i) &&
            ((c.part = 0, ev_word_is(s, i, 1, EK_CUE, &c.gender, &c.n)) ||
             (c.part = 1, ev_word_is(s, i, 1, EK_PART, &c.gender, &c.n)))) {
            c.cut = s->cut;
            c.strict = c.gender & STRICT, c.colon = c.gender & COLON, c.via = c.gender & VIA;
            c.named = c.gender & NAMED, c.after = c.gender & AFTER, c.written = c.gender & WRITTEN;
            c.own = c.gender & OWN, c.componly = c.gender & COMPONLY;
            c.gender &= GENDER;
            i = ev_conjunctions(&s->t[i], c.cut) ? statement(&q, &c) : i + 1;
        } else {
            i++;
        }
    }
    for (size_t k = 0; k < x->nquotes; k++)    /* descriptions now that names stopped growing */
        if (x->desc[k])
            x->quotes[k].speaker_name = x->names.p + x->desc[k] - 1;
    return q.rc ? q.rc : s->rc;
}
